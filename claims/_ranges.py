"""Ranges: 'between 10 and 12 per cent', '10-12%', '£3m-£4m', 'aged 18 to 24'.

A pass over the mentions the grammar found: two figures joined as a range are marked
(extra "range": "low" or "high", and "range_with": the other end's id), and a bare low end
takes the kind, unit and scale of the high end ('between 10 and 12 per cent' is 10 per
cent to 12 per cent). 'From 36 to 23' is a change, not a range, and is left alone.

>>> [(m.text, m.kind, str(m.value), m.get("range")) for m in extract("between 10 and 12 per cent")]
[('10', 'percent', '10', 'low'), ('12 per cent', 'percent', '12', 'high')]
>>> [(m.text, m.kind, str(m.value), m.get("range")) for m in extract("a rise of 3-4m")]
[('3', 'count', '3000000', 'low'), ('4m', 'count', '4000000', 'high')]
>>> [m.get("range") for m in extract("it fell from 36 to 23")]
[None, None]
>>> [(m.text, m.kind, m.unit, m.get("range")) for m in extract("extended from 10 to 14 weeks")]
[('10', 'quantity', 'week', None), ('14 weeks', 'quantity', 'week', None)]
>>> [(m.text, m.kind, m.get("range")) for m in extract("rose from 41 to 44.2 per cent")]
[('41', 'percent', None), ('44.2 per cent', 'percent', None)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import _numbers
from ._records import Interval, Mention

__all__ = ["extract", "mark_ranges"]

_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?$", re.I)
_JOIN_AND = re.compile(r"^\s+and\s+$")
_JOIN_DASH = re.compile(r"^\s?[-–—]\s?$")
_JOIN_TO = re.compile(r"^\s+to\s+$")
_DOWN_FROM = re.compile(r"^\s*,?\s*(?:down|up|falling|rising|fell|rose|dropping|climbing)\s+from\s+(?:the\s+|a\s+)?$", re.I)
_BARE = frozenset({"count", "decimal"})
_RANGED = frozenset({"count", "decimal", "percent", "money", "quantity", "points"})


def _widen(low: Mention, high: Mention) -> Mention:
    """The low end, in the high end's terms when it was written bare."""
    if low.kind not in _BARE or low.scale != 1 or (high.kind in _BARE and high.scale == 1):
        return low
    scale = high.scale if high.kind in ("money", "count", "quantity") else 1
    value = low.value * scale
    precision = low.precision * scale if low.precision is not None else None
    if precision is not None:
        interval = Interval(value - precision / 2, value + precision / 2)
    else:
        interval = Interval.point(value)
    return replace(low, kind=high.kind, unit=high.unit, scale=scale, value=value, precision=precision,
                   interval=interval)


def mark_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        if low.kind not in _RANGED or high.kind not in _RANGED or low.get("range") or high.get("range"):
            continue
        gap = text[low.end:high.start]
        before = text[max(0, low.start - 12):low.get("hedge_start") or low.start]
        if _JOIN_AND.match(gap) and _BETWEEN.search(before):
            pass
        elif _JOIN_DASH.match(gap) and not _FROM.search(before):
            pass
        elif _JOIN_TO.match(gap) and not _FROM.search(before) and re.search(r"\b(?:aged|ages|age|of|between|for|within)\s+$", before, re.I):
            pass
        elif _DOWN_FROM.match(gap) and high.kind in _BARE and high.scale == 1 and low.kind == "quantity" \
                and not re.search(r"\b(?:per|every|each|a)\s+$", text[max(0, low.start - 8):low.start]):
            # the earlier level said bare after its later one ('8.9 working days, down from
            # 11.2'): 11.2 working days, read not written ("widened")
            # (not a rate's base: '412 items per 100 metres, down from 486' is 486 items)
            wide = _widen(high, low)
            out[i + 1] = replace(wide, extra=wide.extra + (("widened", True),))
            continue
        elif _JOIN_TO.match(gap) and _FROM.search(before):
            # a change, no range: its bare end is in the other end's terms ('extended from 10 to
            # 14 weeks' is from 10 weeks; 'stretched from 10 weeks to 14' is to 14 weeks)
            # (marked "widened": the unit is read, not written, so a bare figure of the
            # same value elsewhere may be it: '46 calendar days', a table cell under 'km')
            if high.kind in _BARE and high.scale == 1 and low.kind in ("quantity", "percent"):
                wide = _widen(high, low)
                out[i + 1] = replace(wide, extra=wide.extra + (("widened", True),))
            elif low.kind in _BARE and high.kind in ("quantity", "percent"):
                wide = _widen(low, high)
                out[i] = replace(wide, extra=wide.extra + (("widened", True),))
            continue
        else:
            continue
        low2 = _widen(low, high)
        if low2.kind != high.kind or (low2.unit != high.unit) or low2.value > high.value:
            continue
        out[i] = replace(low2, extra=low2.extra + (("range", "low"), ("range_with", high.id)))
        out[i + 1] = replace(high, extra=high.extra + (("range", "high"), ("range_with", low.id)))
    return out


def extract(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """Every figure in text, in order, with ranges marked."""
    return mark_ranges(text, _numbers.extract(text, skip))
