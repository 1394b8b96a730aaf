"""Shared steps of the rules: turning a recomputation into a Check with its working."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from fractions import Fraction

from claims._records import Interval, Mention

from ._analysis import Analysis
from ._records import Check, Relation
from ._verdict import judge, num, spread, transposed, truncates

__all__ = ["COUNTS", "SHARES", "conclude", "is_count", "same_unit"]

SHARES = frozenset({"percent", "ratio", "fraction"})
COUNTS = frozenset({"count", "money", "quantity"})

_PRONOUN_ONE = re.compile(r"^(?:one|a)$", re.I)


def is_count(m: Mention) -> bool:
    """A figure that counts things: not a bare pronoun 'one', not a label."""
    if m.kind != "count":
        return False
    return not _PRONOUN_ONE.match(m.text)


def same_unit(a: Mention, b: Mention) -> bool:
    if a.kind != b.kind:
        return {a.kind, b.kind} <= {"count", "decimal"}
    return a.unit == b.unit


def conclude(
    a: Analysis, code: str, kind: str, target: Mention, inputs: Sequence[Mention],
    f: Callable[..., Fraction | None], formula: str, *, unit: str = "",
    target_value: Fraction | None = None, target_interval: Interval | None = None,
    causes: Sequence[tuple[Callable[[Fraction], bool], str]] = (), places: int = 2,
) -> Check | None:
    """Recompute target = f(inputs) and explain the verdict in one line."""
    try:
        point = f(*[m.value for m in inputs])
    except ZeroDivisionError:
        return None
    if point is None:
        return None
    tv = target.value if target_value is None else target_value
    tiv = target.interval if target_interval is None else target_interval
    sp = spread(f, inputs)
    verdict = judge(target, tiv, tv, point, sp)
    shown = f"{num(point, places)}{unit}"
    stated = target.text
    if verdict == "verified":
        how = "as stated" if point == tv else f"so '{' '.join(stated.split())}' holds"
        explanation = f"{formula} = {shown}, {how}"
    elif verdict == "rounded":
        explanation = f"{formula} = {shown}; stated {' '.join(stated.split())} is this rounded"
    else:
        gap = point - tv
        if target.hedge != "exact" and tiv.low is not None and point < tiv.low:
            gap = point - tiv.low
        elif target.hedge != "exact" and tiv.high is not None and point > tiv.high:
            gap = point - tiv.high
        word = "points" if unit == "%" else ""
        side = "high" if gap < 0 else "low"
        explanation = (f"{formula} = {shown}; stated {' '.join(stated.split())} is "
                       f"{num(abs(gap), places)}{(' ' + word) if word else unit} {side}")
    cause = ""
    if verdict == "inconsistent":
        if truncates(point, tv, target.precision):
            cause = "truncated instead of rounded"
        elif transposed(point, tv, target.precision):
            cause = "digits transposed"
        else:
            for test, name in causes:
                if test(point):
                    cause = name
                    break
        if cause:
            explanation += f" (likely {cause})"
    ids = (target.id,) + tuple(m.id for m in inputs if m.id != target.id)
    measure = sorted(set.intersection(*(set(a.measure(m)) for m in [target, *inputs]))) if inputs else []
    return Check(
        rule=code, relation=Relation(kind, ids, target.id, tuple(measure)), verdict=verdict,
        stated=" ".join(stated.split()), computed=shown, explanation=explanation, cause=cause,
    )
