"""FC602: the span between two written dates against a stated duration."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from fractions import Fraction

from claims._records import Interval, Mention

from ._analysis import Analysis
from ._records import Check, Relation
from ._registry import rule
from ._verdict import judge, num

__all__ = ["span"]

_UNITS = ("day", "week", "month", "year", "decade")
_FROM_TO = re.compile(r"^\s*+(?:,\s*+)?(?:to|until|till|through|and|-|–|—)\s+(?:the\s+end\s+of\s+)?$", re.I)
_PAIR_LEAD = re.compile(r"\b(?:from|between|covering|spanning)\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+)?$", re.I)
_D_BEFORE_PAIR = re.compile(r"^\s*+(?:\w+\s+)?(?:from|between|covering|spanning|,\s*from)\s+(?:the\s+)?$", re.I)
_D_AFTER_PAIR = re.compile(r"^\s*+(?:[,(–—-]\s*+)?(?:a\s+period\s+of|a\s+span\s+of|or|some|just\s+over|just\s+under|"
                           r"nearly|almost|about|over|in\s+all|altogether|that\s+is)?\s*$", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
_IN_SPAN = re.compile(r"\b(?:in|over|within|during)\s+(?:the\s+)?(?:(?:past|last|previous|intervening)\s+)?"
                      r"(?:(?:just|only|barely|almost|nearly|about|some|more\s+than|less\s+than|over|under)\s+)?$", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|expected|expects|plans?|planned|forecast|projected|by\s+the\s+end|next)\b", re.I)
_AFTER_NOT_SPAN = re.compile(r"^\s*+(?:-?\s*+olds?|ago|later|earlier|before|after|old|of\s+age|into|in\s+prison|sentence|jail)\b",
                             re.I)


def _duration(m: Mention) -> bool:
    return m.kind == "quantity" and m.unit in _UNITS and m.value > 0


def _when(m: Mention) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a date or year mention; month and day None where not written."""
    if m.kind == "date":
        y, mo, d = m.get("year"), m.get("month"), m.get("day")
        if y is None or mo is None:
            return None
        return int(y), int(mo), (int(d) if d is not None and not _month_only(m) else None)
    if m.kind == "year" and m.value.denominator == 1:
        return int(m.value), None, None
    return None


def _month_only(m: Mention) -> bool:
    """'March 2022' is a date mention whose value is its year and which has no day."""
    return m.get("day") is None


def _corners(w: tuple[int, int | None, int | None], end: bool) -> list[dt.date]:
    """The days a written date may stand for: its first and last where month or day is unwritten."""
    y, mo, d = w
    if mo is None:
        return [dt.date(y, 1, 1), dt.date(y, 12, 31)]
    if d is None:
        return [dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])]
    return [dt.date(y, mo, d)]


def _anchor(w: tuple[int, int | None, int | None], other: tuple[int, int | None, int | None] | None = None) -> dt.date:
    """The point a written date is read at when its day or month is not given: the day and
    month of the other end where that has them, else the 1st and January, so that March
    2022 to 21 March 2024 is two years exactly."""
    y, mo, d = w
    if other is not None:
        mo = mo or other[1]
        d = d or (other[2] if mo == other[1] or other[1] is None or w[1] is not None else None)
    mo = mo or 1
    d = min(d or 1, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, d)


def _months_between(a: dt.date, b: dt.date) -> Fraction:
    whole = (b.year - a.year) * 12 + (b.month - a.month)
    if b.day < a.day:
        whole -= 1
    y, m = divmod(a.month - 1 + whole, 12)
    start = dt.date(a.year + y, m + 1, min(a.day, calendar.monthrange(a.year + y, m + 1)[1]))
    rest = (b - start).days
    length = calendar.monthrange(start.year, start.month)[1]
    return Fraction(whole) + Fraction(rest, length)


def span(a: dt.date, b: dt.date, unit: str) -> Fraction:
    """The span from a to b in days, weeks, months, years or decades (calendar months)."""
    if unit == "day":
        return Fraction((b - a).days)
    if unit == "week":
        return Fraction((b - a).days, 7)
    months = _months_between(a, b)
    return {"month": months, "year": months / 12, "decade": months / 120}[unit]


def _judge_span(d: Mention, w1: tuple[int, int | None, int | None], w2: tuple[int, int | None, int | None],
                ids: tuple[str, ...], names: tuple[str, str], pair: bool = True) -> Check | None:
    a0, b0 = _anchor(w1, w2), _anchor(w2, w1)
    if b0 <= a0:
        return None
    # both readings of the end: up to it (exclusive) and through it (inclusive, the day after)
    readings = [(span(a0, b0, d.unit), "")]
    if w2[2] is not None:
        readings.append((span(a0, b0 + dt.timedelta(days=1), d.unit), " inclusive"))
    elif w1[2] is None:
        # 'January 2021 to June 2022' may take in the whole of June; '2017 to 2020' all of 2020
        end = _corners(w2, True)[-1] + dt.timedelta(days=1)
        start = _corners(w1, False)[0]
        readings.append((span(start, end, d.unit), " inclusive"))
    values = [span(x, y + dt.timedelta(days=inc), d.unit) for x in _corners(w1, False) for y in _corners(w2, True)
              for inc in (0, 1) if y > x]
    spread = Interval(min(values), max(values)) if values else None
    best: tuple[int, str, Fraction, str] | None = None
    rank = {"verified": 0, "rounded": 1, "inconsistent": 2}
    for point, how in readings:
        v = judge(d, d.interval, d.value, point, spread)
        # the reading that fits best; of readings that fit equally, a whole number of units
        key = (rank[v], point.denominator != 1, abs(point - d.value))
        if best is None or key < (best[0], best[2].denominator != 1, abs(best[2] - d.value)):
            best = (rank[v], v, point, how)
    if best is None:
        return None
    _, verdict, point, how = best
    unit = d.unit + ("s" if point != 1 else "")
    working = f"{names[0]} to {names[1]}{how} = {num(point)} {unit}"
    said = " ".join(d.text.split())
    if verdict == "verified":
        explanation = f"{working}, as stated"
    elif verdict == "rounded":
        explanation = f"{working}; stated {said} is this rounded"
    else:
        gap = abs(point - d.value)
        explanation = (f"{working}; stated {said} is {num(gap)} {d.unit}{'' if gap == 1 else 's'} "
                       f"{'too many' if d.value > point else 'short'}")
    cause = ""
    if verdict == "inconsistent":
        gap = abs(point - d.value)
        if pair and gap == 1 and w2[2] is not None and d.unit in ("day", "month", "year"):
            cause = f"one end counted in or out: the first or last {d.unit}"
        if cause:
            explanation += f" (likely {cause})"
    return Check("FC602", Relation("duration", ids, d.id), verdict, said, f"{num(point)} {unit}", explanation, cause=cause)


def _doc_date(a: Analysis) -> Mention | None:
    """The document's own date: the first full date with a year near its top."""
    for m in a.mentions:
        if m.start > 600:
            return None
        if m.kind == "date" and m.get("year") is not None and m.get("day") is not None:
            return m
    return None


@rule("FC602", "the span between two dates against a stated duration")
def date_span(a: Analysis) -> Iterator[Check]:
    """A duration stated with the two dates that bound it: 'the six months from 1 June 2016
    to 30 November 2016' (calendar months, the end day counted in or not, whichever the
    words fit), or a change 'since' a date 'in two years', measured to the document's own
    date. Dates given to the month or the year are read from the same day, and allowed
    their whole month or year.

    ok: We examined reports made during the six months from 1 June 2016 to 30 November 2016.
    ok: Published Tuesday 21 March 2024.\\n\\nSupport has grown since we last asked, in March 2022, when 62% were in favour: a rise of six points in two years.
    bad: We examined reports made during the eight months from 1 June 2016 to 30 November 2016.
    bad: Published Tuesday 21 March 2024.\\n\\nSupport has grown since we last asked, in March 2021, when 62% were in favour: a rise of six points in two years.
    none: Sessions ran between 6 February and 31 March 2023, and each lasted 45 minutes.
    none: Published Tuesday 21 March 2024.\\n\\nWe have lost 12 toilets since 2015 and parking charges have gone up three times in four years.
    """
    for d in a.mentions:
        if not _duration(d) or d.hedge in ("more than", "less than", "at least", "at most"):
            continue
        if _AFTER_NOT_SPAN.match(a.after(d, 20)) or re.search(r"\b(?:a|an|per|every|each)\s*$", a.before(d, 8)):
            continue
        k = a.sentence_of[d.id]
        dates = [m for m in a.in_sentence.get(k, []) if _when(m) is not None]
        c = _pair(a, d, dates)
        if c is None:
            c = _since(a, d, dates)
        if c is not None:
            yield c


def _pair(a: Analysis, d: Mention, dates: list[Mention]) -> Check | None:
    """'the six months from X to Y', 'between X and Y, a period of six months'."""
    for x, y in zip(dates, dates[1:], strict=False):
        if not _FROM_TO.match(a.between(x, y)) or not _PAIR_LEAD.search(a.before(x, 20)):
            continue
        if d.end <= x.start:
            if not _D_BEFORE_PAIR.match(a.text[d.end:x.start]):
                continue
        elif d.start >= y.end:
            if not _D_AFTER_PAIR.match(a.text[y.end:d.get("hedge_start", d.start)]):
                continue
        else:
            continue
        w1, w2 = _when(x), _when(y)
        if w1 is None or w2 is None:
            continue
        return _judge_span(d, w1, w2, (d.id, x.id, y.id), (x.text, y.text))
    return None


#: a clause of its own after 'and': its subject and verb ('and parking charges have gone up')
_OWN_SUBJECT = re.compile(r"\band\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[a-z-]+\s+){1,3}?(?:has|have|had|was|were|is|are)\b", re.I)


def _since(a: Analysis, d: Mention, dates: list[Mention]) -> Check | None:
    """'... has grown since ... March 2022 ...: a rise of six points in two years'."""
    k = a.sentence_of[d.id]
    text = a.sentence_text(k)
    if not _SINCE.search(text) or _FUTURE.search(text) or len(dates) != 1:
        return None
    if not _IN_SPAN.search(a.before(d, 30)):
        return None
    x = dates[0]
    if x.start > d.start or not _SINCE.search(a.text[a.sentences[k].start:x.start]):
        return None
    if _OWN_SUBJECT.search(a.between(x, d)):
        return None  # 'lost 12 toilets since 2015 and parking charges have gone up three times in four years': another clause's span
    now = _doc_date(a)
    w1 = _when(x)
    if now is None or w1 is None or now.id == x.id:
        return None
    w2 = _when(now)
    if w2 is None or _anchor(w2, w1) <= _anchor(w1, w2):
        return None
    return _judge_span(d, w1, w2, (d.id, x.id, now.id), (x.text, f"{now.text} (the document's date)"),
                       pair=False)
