"""A document's mentions, with the units that table headers and row labels give.

A bare number in a table cell ('83.4' under 'Rate 2024 (%)') is written without its unit:
the column header or the row label gives it. ``extract_document`` is the one place that
reads a Document for figures; it is ``extract`` followed by this step.

>>> from claims import Document
>>> text = "| Area | Fires | Share (%) |\\n|---|---|---|\\n| North | 120 | 40.0 |\\n| South | 180 | 60.0 |\\n"
>>> doc = Document("t.md", "markdown", text, cells=((2, 6, 0, 0, 0), (9, 14, 0, 0, 1), (17, 26, 0, 0, 2),
...     (44, 49, 0, 1, 0), (52, 55, 0, 1, 1), (58, 62, 0, 1, 2), (67, 72, 0, 2, 0), (75, 78, 0, 2, 1), (81, 85, 0, 2, 2)))
>>> [(m.text, m.kind) for m in extract_document(doc)]
[('120', 'count'), ('40.0', 'percent'), ('180', 'count'), ('60.0', 'percent')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from fractions import Fraction

from ._ranges import extract
from ._records import Document, Interval, Mention

__all__ = ["extract_document", "table_units"]

#: (kind, scale or base): ('percent', 1), ('money', 1_000_000), ('rate', 1000)
Unit = tuple[str, int]

_PER_BASE = re.compile(r"\bper\s+(?:(1|10|100)(?:,?000){1,2}\b|(1|10|100)\s?(?:thousand|k)\b|(?:a\s+|one\s+)?(thousand|million)\b)", re.I)
_MONEY = (
    (re.compile(r"£\s?(?:bn|billions?)\b", re.I), 1_000_000_000),
    (re.compile(r"£\s?(?:m|mn|millions?)\b", re.I), 1_000_000),
    (re.compile(r"£\s?(?:000s?|k|thousands?)(?![\w,])", re.I), 1000),
    (re.compile(r"\(\s?£\s?\)"), 1),
)
#: a duration in brackets ('Average stay (hours)', 'Wait (days)'): the cells are hours, days
_DURATION_UNIT = re.compile(r"\(\s*(hours?|hrs?|days?|weeks?|minutes?|mins?)\s*\)", re.I)
_DURATION_WORDS = {"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
                   "week": "week", "weeks": "week", "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute"}
#: a weight the header names ('Tonnes 2025', 'Waste (tonnes)'): the cells are tonnes
_TONNES = re.compile(r"\btonnes\b", re.I)
_PERCENT = re.compile(r"%|\bper\s?cent\b|\bpercent(?:age)?\b(?!\s+points?)", re.I)
#: a figure with its own unit inside a label ('more than 10%', 'over £500'; not 'Spend (£000)')
_LABEL_FIGURE = re.compile(r"[£$€]\s?[1-9][\d,.]*(?:\s?(?:m|bn|k)\b)?|\b\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b)", re.I)
#: a column of changes: its figures are changes of a measure, in whatever unit the change takes
_CHANGE = re.compile(r"(?i)\b(?:change|changes|changed|rise|fall|increase|decrease|growth|difference|diff|on (?:the )?year|yoy)\b|±|[-–]/\+|\+/[-–]")
#: what may stand in a cell beside its one number: signs, brackets, footnote marks
#: minutes and seconds in a table cell ('13:21'), under a header that says it is a duration
_MIN_SEC = re.compile(r"(\d{1,3}):([0-5]\d)")
_TIMED = re.compile(r"(?i)\b(?:response|wait|waiting|time|times|duration|minutes|mins|mm:ss|handover|average)\b")
_BARE_REST = re.compile(r"[\s()\[\]*†‡+\-−–]*(?:\[\w{1,3}\])?[\s()\[\]*†‡]*")


def table_units(label: str) -> Unit | None:
    """The unit a header or row label gives the bare numbers under or beside it, or None
    (none, or two that disagree).

    >>> table_units("Rate 2024 (%)"), table_units("Spend (£m)"), table_units("Stillbirths per 1,000 births")
    (('percent', 1), ('money', 1000000), ('rate', 1000))
    >>> table_units("2023/24"), table_units("Cost (£m, % of budget)")
    (None, None)
    >>> table_units("Average stay (hours)"), table_units("Median wait (weeks)"), table_units("Tonnes 2025")
    (('hour', 1), ('week', 1), ('tonne', 1))

    A figure in a label is that figure's unit, not the row's ('Claims more than 10% over
    the distance' counts claims; 'Bills over £500' counts bills):

    >>> table_units("Mileage more than 10% above the route-planner distance"), table_units("Bills over £500")
    (None, None)
    """
    found: set[Unit] = set()
    label = _LABEL_FIGURE.sub(" ", label)
    base = _PER_BASE.search(label)
    if base:
        words = {"thousand": 1000, "million": 1_000_000}
        if base.group(1):
            found.add(("rate", int(re.sub(r"\D", "", base.group(0)))))
        elif base.group(2):
            found.add(("rate", int(base.group(2)) * 1000))
        else:
            found.add(("rate", words[base.group(3).lower()]))
    for rx, scale in _MONEY:
        if rx.search(label):
            found.add(("money", scale))
            break
    if _PERCENT.search(label):
        found.add(("percent", 1))
    spell = _DURATION_UNIT.search(label)
    if spell:
        found.add((_DURATION_WORDS[spell.group(1).lower()], 1))
    if _TONNES.search(label):
        found.add(("tonne", 1))
    return found.pop() if len(found) == 1 else None


def extract_document(doc: Document) -> list[Mention]:
    """The mentions of a document: ``extract`` of its text, then each bare number in a
    table cell given the unit of its column header or row label (when the two agree, or
    only one gives one; a column of changes gives none)."""
    mentions = extract(doc.text, doc.skip)
    if not doc.cells or not mentions:
        return mentions
    text = doc.text
    headers: dict[tuple[int, int], str] = {}
    labels: dict[tuple[int, int], str] = {}
    for a, b, table, row, col in doc.cells:
        if row == 0:
            headers[(table, col)] = text[a:b]
        if col == 0:
            labels[(table, row)] = text[a:b]
    starts = [c[0] for c in doc.cells]
    in_cell: dict[int, list[int]] = {}
    where: dict[int, tuple[int, int, int, int, int]] = {}
    for i, m in enumerate(mentions):
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and doc.cells[k][0] <= m.start < doc.cells[k][1]:
            in_cell.setdefault(k, []).append(i)
            where[i] = doc.cells[k]
    out = list(mentions)
    captioned = _captioned_percent(doc, headers, labels, [(mentions[f[0]], where[f[0]]) for f in in_cell.values() if len(f) == 1])
    for found in in_cell.values():
        if len(found) != 1:
            continue  # '1,011 (37.7)': which number the unit belongs to is not said
        i = found[0]
        m = mentions[i]
        a, b, table, row, col = where[i]
        clock = _MIN_SEC.fullmatch(m.text)
        if clock and row and _TIMED.search(headers.get((table, col), "")) and _BARE_REST.fullmatch(text[a:m.start] + " " + text[m.end:b]):
            # '13:21' under 'Average response' is 13 minutes 21 seconds, not a time of day
            value = int(clock.group(1)) + Fraction(int(clock.group(2)), 60)
            out[i] = replace(m, kind="quantity", unit="minute", value=value, precision=Fraction(1, 60),
                             interval=_around(value, Fraction(1, 60)), scale=1)
            continue
        if m.kind not in ("count", "decimal") or row == 0 or col == 0 or m.get("range") is not None:
            continue
        if not _BARE_REST.fullmatch(text[a:m.start] + " " + text[m.end:b]):
            continue  # the cell says more than the number ('9 min 40 s', '12 ppl')
        header = headers.get((table, col), "")
        if _CHANGE.search(header):
            continue
        units = {u for u in (table_units(header), table_units(labels.get((table, row), ""))) if u is not None}
        if not units and table in captioned:
            units = {("percent", 1)}
        if len(units) == 1:
            out[i] = _with_unit(m, units.pop())
    return out


#: a table's title on the line above it ('Table 1: Percentage of people receiving each care
#: process', 'Weight categories, 2024/25 (percentage of children measured)')
_CAPTION = re.compile(r"(?i)^\s*(?:table|figure|chart)\s+[\w.]{1,6}\s*[:.\-–—]\s*\S")


def _captioned_percent(doc: Document, headers: dict[tuple[int, int], str], labels: dict[tuple[int, int], str],
                       cells: list[tuple[Mention, tuple[int, int, int, int, int]]]) -> set[int]:
    """The tables whose title says their figures are percentages, when neither a header nor
    a row label gives any unit and every bare figure in the body is one a percentage can be
    (years in the header row aside)."""
    first: dict[int, int] = {}
    for a, _b, table, _row, _col in doc.cells:
        first[table] = min(first.get(table, a), a)
    out: set[int] = set()
    for table, start in first.items():
        if any(table_units(t) for (t2, _c), t in headers.items() if t2 == table) \
                or any(table_units(t) for (t2, _r), t in labels.items() if t2 == table):
            continue
        line = doc.text.rfind("\n", 0, start) + 1  # (the header row's own line start, '| ', is no title)
        above = doc.text[max(0, line - 300):line].rstrip().splitlines()
        title = above[-1] if above else ""
        if not _CAPTION.match(title) or not _PERCENT.search(title):
            continue
        body = [m for m, (_a, _b, t, row, col) in cells if t == table and row > 0 and col > 0]
        if body and all(m.kind in ("count", "decimal") and 0 <= m.value <= 100 for m in body):
            out.add(table)
    return out


def _with_unit(m: Mention, unit: Unit) -> Mention:
    kind, n = unit
    if kind == "rate":
        return replace(m, kind="rate", extra=m.extra + (("base", n),))
    if kind in ("hour", "day", "week", "minute", "tonne"):
        # '2.8' under 'Average stay (hours)' is 2.8 hours, '78.3' under 'Tonnes 2025' 78.3 tonnes,
        # to the nearest tenth as written
        exact = m.interval.is_point and m.hedge == "exact" and m.precision is not None
        return replace(m, kind="quantity", unit=kind, interval=_around(m.value, m.precision) if exact and m.precision else m.interval)
    widen = m.interval.is_point and m.hedge == "exact" and m.precision is not None
    if kind == "percent":
        if widen:  # '84' under '(%)' is '84%', to the nearest point as written
            assert m.precision is not None
            return replace(m, kind="percent", interval=_around(m.value, m.precision))
        return replace(m, kind="percent")
    scale = Fraction(n)
    precision = m.precision * scale if m.precision is not None else None
    if widen:
        assert precision is not None
        interval = _around(m.value * scale, precision)
    else:
        iv = m.interval
        interval = Interval(None if iv.low is None else iv.low * scale, None if iv.high is None else iv.high * scale,
                            iv.low_open, iv.high_open)
    return replace(m, kind="money", unit="GBP", scale=n, value=m.value * scale, precision=precision, interval=interval)


def _around(value: Fraction, precision: Fraction) -> Interval:
    return Interval(value - precision / 2, value + precision / 2)
