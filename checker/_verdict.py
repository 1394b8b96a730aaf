"""Verdicts by interval arithmetic on exact rationals, and the words that explain them.

A relation is an equation: target = f(inputs). ``judge`` evaluates f at the stated values
(the point) and at every corner of the inputs' intervals (the spread: f is monotone in
each input for every relation figcheck draws), then compares with the target's interval:

- verified: the point equals the stated value, or a stated bound holds;
- rounded: the point lies in the stated figure's rounding interval, or the spread does;
- inconsistent: no value allowed by the inputs meets the stated interval.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from fractions import Fraction

from claims._records import Interval, Mention, fmt

__all__ = ["BOUND_HEDGES", "judge", "spread", "truncates", "transposed"]

BOUND_HEDGES = frozenset({"more than", "at least", "less than", "at most", "well over", "well under"})


def _ends(iv: Interval, value: Fraction) -> tuple[Fraction, Fraction]:
    lo = iv.low if iv.low is not None else min(value, Fraction(0))
    hi = iv.high if iv.high is not None else max(value * 3, value + 1)
    return lo, hi


def spread(f: Callable[..., Fraction | None], inputs: Sequence[Mention]) -> Interval | None:
    """The interval of f over the corners of its inputs' intervals."""
    corners = [_ends(m.interval, m.value) for m in inputs]
    values = []
    for combo in itertools.product(*corners):
        try:
            v = f(*combo)
        except ZeroDivisionError:
            continue
        if v is not None:
            values.append(v)
    if not values:
        return None
    return Interval(min(values), max(values))


def judge(target: Mention, target_interval: Interval, target_value: Fraction,
          point: Fraction, spread_iv: Interval | None) -> str:
    """The verdict for a stated target against a recomputed point and spread."""
    if target.hedge in BOUND_HEDGES or target.hedge in ("just over", "just under", "nearly"):
        if target_interval.contains(point):
            return "verified" if target.hedge in BOUND_HEDGES else "rounded"
        if spread_iv is not None and target_interval.intersects(spread_iv):
            return "rounded"
        return "inconsistent"
    if point == target_value:
        return "verified"
    if target_interval.contains(point):
        return "rounded"
    if spread_iv is not None and target_interval.intersects(spread_iv):
        return "rounded"
    return "inconsistent"


def truncates(point: Fraction, stated: Fraction, precision: Fraction | None) -> bool:
    """The stated figure is the point cut off, not rounded: 78.986 stated as 78.9."""
    if precision is None or precision <= 0:
        return False
    cut = (abs(point) // precision) * precision
    rounded = ((abs(point) / precision) + Fraction(1, 2)) // 1 * precision
    return cut == abs(stated) and rounded != abs(stated)


def transposed(point: Fraction, stated: Fraction, precision: Fraction | None) -> bool:
    """The stated digits are the right digits with two neighbours swapped: 2,215 as 2,251."""
    p = precision or Fraction(1)
    # the digits alone: '61.7' written '67.1' swaps two digits across the point
    a = "".join(ch for ch in fmt(((point / p) + Fraction(1, 2)) // 1 * p) if ch.isdigit())
    b = "".join(ch for ch in fmt(stated) if ch.isdigit())
    if len(a) != len(b) or a == b:
        return False
    diffs = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]


def pct(x: Fraction, places: int = 2) -> str:
    return f"{float(x):.{places}f}".rstrip("0").rstrip(".") + "%"


def num(x: Fraction, places: int = 2) -> str:
    """A figure for an explanation: thousands separated, a few decimals."""
    if x.denominator == 1:
        return f"{x.numerator:,}"
    s = f"{float(x):,.{places}f}".rstrip("0").rstrip(".")
    return s
