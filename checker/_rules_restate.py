"""FC5xx restatements: the same quantity stated twice in one document."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from claims._records import Mention

from ._analysis import Analysis
from ._common import conclude, is_count, same_unit
from ._records import Check
from ._registry import rule

HUNDRED = Fraction(100)


def _headline(a: Analysis, m: Mention) -> bool:
    """In the title or standfirst: the first lines, before the first full paragraph."""
    s = a.sentence(m)
    return s.paragraph <= 1 and s.index <= 2 and not a.text[s.start:s.end].rstrip().endswith(".")


def _family(m: Mention) -> str:
    if m.kind in ("percent", "ratio", "fraction"):
        return "share"
    if m.kind == "count" and is_count(m):
        return "count"
    if m.kind == "money":
        return "money:" + m.unit
    return ""


def _close(x: Fraction, y: Fraction) -> bool:
    big = max(abs(x), abs(y))
    return big > 0 and abs(x - y) <= big * Fraction(3, 10)


@rule("FC501", "the same quantity restated")
def restatement(a: Analysis) -> Iterator[Check]:
    """A hedged or headline figure that restates a more precise figure of the same
    measure elsewhere in the document ('about 87 per cent' and 87.2%; 'more than 11,000'
    and 'over 11,200'; a headline 'one in six' and an 83.6% recording rate, whose
    complement it is). The two must share the words of their measure and lie within 30%
    of each other; the verdict compares the restated figure's interval with the other.

    ok: Police failed to record more than 11,000 crimes. HMIC estimates the police failed to record over 11,200 crimes each year.
    bad: Police failed to record nearly 9,000 crimes. HMIC estimates the police failed to record 11,200 crimes each year.
    """
    shares = [m for m in a.mentions if _family(m)]
    for h in shares:
        head = _headline(a, h)
        if h.hedge == "exact" and not head and h.kind not in ("ratio",):
            continue
        if a.cell_of.get(h.id):
            continue
        fam = _family(h)
        best = None
        best_score = 0.0
        for x in shares:
            if x.id == h.id or _family(x) != fam or a.sentence_of[x.id] == a.sentence_of[h.id]:
                continue
            if fam != "share" and not same_unit(h, x):
                continue
            if x.kind in ("ratio", "fraction") or (_headline(a, x) and x.hedge == "exact"):
                continue
            if fam == "share":
                hv, xv = h.share, x.share
                assert hv is not None and xv is not None
                neg = a.negated(h) != a.negated(x)
                if neg:
                    xv = HUNDRED - xv
            else:
                hv, xv = h.value, x.value
                neg = False
            if not _close(hv, xv):
                continue
            score = float(a.overlap(h, x))
            if score < 2:
                continue
            score -= 0.01 * abs(a.sentence_of[x.id] - a.sentence_of[h.id])
            if x.hedge == "exact":
                score += 0.5
            if score > best_score:
                best, best_score = x, score
        if best is None:
            continue
        x = best
        if fam == "share":
            neg = a.negated(h) != a.negated(x)
            xv_f = (lambda v: HUNDRED - v) if neg else (lambda v: v)
            if x.kind != "percent":
                continue
            formula = f"100 - {x.text}" if neg else x.text
            check = conclude(a, "FC501", "restatement", h, [x], xv_f, formula, unit="%",
                             target_value=h.share, target_interval=a.share_interval(h))
        else:
            check = conclude(a, "FC501", "restatement", h, [x], lambda v: v, x.text, unit="")
        if check:
            yield check
