"""FC603 a quantity and its conversion written side by side ('a 12-mile (19km) route',
'10kg (22lb)'), checked with pint; FC604 years ago and ages against a stated year."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from claims._records import Interval, Mention

from ._analysis import Analysis
from ._records import Check, Relation
from ._registry import rule
from ._rules_rates import rounded_interval
from ._verdict import num, transposed

__all__: list[str] = []

#: the grammar's unit names as pint names; where a name has readings that differ (US or
#: imperial gallons, short or long tons) each is tried. Never money, never 'per cent'.
_PINT: dict[str, tuple[str, ...]] = {
    "kilometre": ("kilometer",), "mile": ("mile",), "metre": ("meter",), "centimetre": ("centimeter",),
    "millimetre": ("millimeter",), "kilogram": ("kilogram",), "gram": ("gram",), "pound_mass": ("pound",),
    "tonne": ("metric_ton",), "ton": ("long_ton", "short_ton", "metric_ton"), "foot": ("foot",), "inch": ("inch",),
    "litre": ("liter",), "millilitre": ("milliliter",), "gallon": ("imperial_gallon", "gallon"), "acre": ("acre",),
    "hectare": ("hectare",), "mile_per_hour": ("mile/hour",), "kilometre_per_hour": ("kilometer/hour",),
    "degC": ("degC",), "degF": ("degF",), "kilowatt_hour": ("kilowatt_hour",), "megawatt": ("megawatt",),
    "gigawatt": ("gigawatt",), "kilowatt": ("kilowatt",), "hour": ("hour",), "minute": ("minute",), "second": ("second",),
    "day": ("day",), "week": ("week",), "stone": ("stone",), "yard": ("yard",), "ounce": ("ounce",),
    "pint": ("imperial_pint", "pint"), "square_mile": ("mile**2",), "square_kilometre": ("kilometer**2",),
    "square_metre": ("meter**2",), "square_foot": ("foot**2",),
}
_DIMENSION = {
    "kilometre": "length", "mile": "length", "metre": "length", "centimetre": "length", "millimetre": "length",
    "foot": "length", "inch": "length", "yard": "length", "kilogram": "mass", "gram": "mass", "pound_mass": "mass",
    "tonne": "mass", "ton": "mass", "stone": "mass", "ounce": "mass", "litre": "volume", "millilitre": "volume",
    "gallon": "volume", "pint": "volume", "acre": "area", "hectare": "area", "square_mile": "area",
    "square_kilometre": "area", "square_metre": "area", "square_foot": "area", "mile_per_hour": "speed",
    "kilometre_per_hour": "speed", "degC": "temperature", "degF": "temperature", "kilowatt_hour": "energy",
    "megawatt": "power", "gigawatt": "power", "kilowatt": "power", "hour": "time", "minute": "time", "second": "time",
    "day": "time", "week": "time",
}
# units the grammar leaves as a bare count: '20°C', '130 sq miles', '13 stone', '6 yards', '8oz', '2 pints'
_AFTER_COUNT = re.compile(
    r"(?P<deg>\s?°\s?(?P<cf>[CF])\b)|\s*(?P<sq>sq\.?|square)\s+(?P<area>km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|ft|feet)\b"
    r"|\s+(?P<st>stone)\b|\s*(?P<word>yards?|yds?|oz|ounces?|pints?)\b", re.I)
_AREA = {"km": "square_kilometre", "kilometre": "square_kilometre", "kilometres": "square_kilometre", "kilometer": "square_kilometre",
         "kilometers": "square_kilometre", "mile": "square_mile", "miles": "square_mile", "m": "square_metre",
         "metre": "square_metre", "metres": "square_metre", "meter": "square_metre", "meters": "square_metre",
         "ft": "square_foot", "feet": "square_foot"}
_WORD_UNITS = {"yard": "yard", "yards": "yard", "yd": "yard", "yds": "yard", "oz": "ounce", "ounce": "ounce",
               "ounces": "ounce", "pint": "pint", "pints": "pint"}
_SIDE = re.compile(r"^\s*(?:\(|/|,\s*or|or|–|—|-)\s*(?:about|around|roughly|approx\.?|approximately|some|c\.|circa|nearly|"
                   r"almost|just\s+over|just\s+under|over|under)?\s*$", re.I)
_CHANGE_WORDS = re.compile(r"\b(?:rise|rises|rose|risen|increase[ds]?|warm(?:er|ing|ed)|cool(?:er|ing|ed)|fall|fell|drop(?:ped)?|"
                           r"by|up|down|change|difference|higher|lower|above|below|more|less|hotter|colder)\b", re.I)

_UREG: Any = None


def _ureg() -> Any:
    """pint's registry, made on first use (pint takes 0.2 s to import)."""
    global _UREG
    if _UREG is None:
        import pint

        try:
            # (pint's cache, keyed by the definitions' content, keeps the path of the install
            # that wrote it: a second virtual environment with the same pint finds a cache whose
            # files are gone, and every conversion fails; a probe tells, and the registry is
            # then built without it)
            _UREG = pint.UnitRegistry(cache_folder=":auto:")
            _UREG.Quantity(1, "mile").to("kilometer")
        except Exception:
            _UREG = pint.UnitRegistry()
    return _UREG


@dataclass(frozen=True, slots=True)
class _Qty:
    m: Mention
    value: Fraction
    unit: str
    interval: Interval
    text: str
    end: int  # where the figure with its unit ends


def _digits_interval(m: Mention, value: Fraction, precision: Fraction | None) -> Interval:
    return rounded_interval(replace(m, value=value, precision=precision,
                                    interval=Interval.point(value) if m.hedge == "exact" else m.interval))


def _quantity(a: Analysis, m: Mention, other_dim: str | None = None) -> _Qty | None:
    """A figure with a physical unit, read from the grammar's unit or from the words after it."""
    if m.kind == "quantity" and m.unit in _PINT:
        unit = m.unit
        if unit == "kilometre" and a.text.startswith(("/h", "/hr", "ph"), m.end):
            unit = "kilometre_per_hour"
        end = m.end + (2 if unit != m.unit else 0)
        return _Qty(m, m.value, unit, rounded_interval(m), a.text[m.start:end], end)
    if m.kind not in ("count", "decimal"):
        return None
    if other_dim == "length" and m.scale == 10**6 and re.fullmatch(r"[\d.,]+m", m.text):
        # '3,000ft (914m)': metres, not millions
        value = m.value / m.scale
        prec = None if m.precision is None else m.precision / m.scale
        return _Qty(m, value, "metre", _digits_interval(m, value, prec), m.text, m.end)
    if m.scale != 1:
        return None
    got = _AFTER_COUNT.match(a.text, m.end, m.end + 30)
    if got is None:
        return None
    if got.group("deg"):
        unit = "degC" if got.group("cf").upper() == "C" else "degF"
    elif got.group("sq"):
        unit = _AREA[got.group("area").lower()]
    elif got.group("st"):
        unit = "stone"
    else:
        unit = _WORD_UNITS[got.group("word").lower()]
    return _Qty(m, m.value, unit, rounded_interval(m), a.text[m.start:got.end()].strip(), got.end())


def _convert(x: Fraction, src: str, dst: str, delta: bool) -> Fraction:
    ureg = _ureg()
    if delta and src in ("degC", "degF"):
        src, dst = "delta_" + src, "delta_" + dst
    return Fraction(ureg.Quantity(float(x), src).to(dst).magnitude)


def _readings(q1: _Qty, q2: _Qty) -> list[tuple[str, str, str]]:
    """(pint unit of q1, pint unit of q2, words for the working) for every reading of the pair."""
    out = []
    for u1 in _PINT[q1.unit]:
        for u2 in _PINT[q2.unit]:
            if u1 != u2:
                out.append((u1, u2, ""))
    return out


_RANK = {"verified": 0, "rounded": 1, "inconsistent": 2}


def _judge(q1: _Qty, q2: _Qty, u1: str, u2: str, delta: bool) -> tuple[str, Fraction, Interval]:
    point = _convert(q1.value, u1, u2, delta)
    ends = [_convert(x, u1, u2, delta) for x in (q1.interval.low, q1.interval.high) if x is not None]
    conv = Interval(min(ends), max(ends)) if len(ends) == 2 else Interval.point(point)
    tiv = q2.interval
    close = abs(point - q2.value) <= abs(q2.value) * Fraction(1, 10**6)
    if close:
        return "verified", point, conv
    if tiv.contains(point) or tiv.intersects(conv):
        return "rounded", point, conv
    return "inconsistent", point, conv


def _plain(unit: str) -> str:
    return {"kilometer": "km", "meter": "m", "centimeter": "cm", "millimeter": "mm", "kilogram": "kg", "gram": "g",
            "pound": "lb", "foot": "ft", "inch": "in", "liter": "litres", "milliliter": "ml", "mile": "miles",
            "stone": "stone", "ounce": "oz", "hectare": "hectares", "acre": "acres", "yard": "yards","mile**2": "sq miles", "kilometer**2": "sq km", "meter**2": "sq m", "foot**2": "sq ft", "mile/hour": "mph",
            "kilometer/hour": "km/h", "degC": "°C", "degF": "°F", "imperial_gallon": "imperial gallons",
            "gallon": "US gallons", "imperial_pint": "imperial pints", "pint": "US pints", "long_ton": "long tons",
            "short_ton": "short tons", "metric_ton": "tonnes"}.get(unit, unit + "s")


@rule("FC603", "a quantity and its conversion side by side")
def conversion(a: Analysis) -> Iterator[Check]:
    """A quantity written with its conversion into another unit ('a 12-mile (19km)
    route', '10kg (22lb)', '20°C (68°F)', '130 sq miles (337 sq km)'), converted with pint:
    the converted figure, allowing for the rounding of both, must meet the stated one.
    Gallons and tons are read as imperial or US, a temperature also as a difference ('a
    rise of 2°C (3.6°F)'). Money is never converted: exchange rates change.

    ok: The new cycle path is a 12-mile (19km) route along the old railway.
    ok: The baby weighed 10kg (22lb) at six months, and it was 20°C (68°F) outside.
    ok: The summit stands at 3,000ft (914m) above the valley.
    ok: The bridge has a 270m (886ft) span.
    bad: The new cycle path is a 12-mile (12km) route along the old railway.
    bad: The summit stands at 3,000ft (1,914m) above the valley.
    none: The route is 12 miles long and the budget is £19m.
    """
    text = a.text
    for ms in a.in_sentence.values():
        if len(ms) < 2:
            continue
        for x, y in zip(ms, ms[1:], strict=False):
            if x.kind not in ("quantity", "count", "decimal") or y.kind not in ("quantity", "count", "decimal"):
                continue
            between = text[x.end:y.start]
            if len(between) > 30 or not ("(" in between or "/" in between or "or" in between or "–" in between
                                         or "—" in between or "-" in between):
                continue
            if x.kind != "quantity" and y.kind != "quantity" and "°" not in between and "sq" not in between \
                    and "stone" not in between and "m" not in y.text[-1:]:
                continue
            q1 = _quantity(a, x)
            if q1 is None:
                seen = _quantity(a, y)  # '270m (886ft)': the metres are read from the feet beside them
                q1 = _quantity(a, x, _DIMENSION.get(seen.unit) if seen is not None else None)
                if q1 is None:
                    continue
            q2 = _quantity(a, y, _DIMENSION.get(q1.unit))
            if q2 is None or q1.unit == q2.unit or _DIMENSION.get(q1.unit) != _DIMENSION.get(q2.unit):
                continue
            gap = text[q1.end:y.get("hedge_start", y.start)]
            if not _SIDE.match(gap) or x.get("range") or y.get("range"):
                continue  # ranges ('5-10kg (11-22lb)') are left alone
            close = text[q2.end:q2.end + 12]
            if not (re.match(r"\s*\)", close) if "(" in gap else re.match(r"\s*(?:[,;.)]|$)|\s+(?!of\b|in\b|on\b|at\b)\w", close)):
                continue  # '12 miles (3km of it on roads)' is a part, not a conversion
            prev = [p for p in ms if p.end <= x.start]
            if prev and x.start - prev[-1].end <= 3 and prev[-1].kind == "quantity" \
                    and _DIMENSION.get(prev[-1].unit) == _DIMENSION.get(q1.unit):
                continue  # '6ft 2in (1.88m)': a compound measure
            if _DIMENSION[q1.unit] == "time" and ({q1.unit, q2.unit} & {"day", "week"}):
                continue  # '14 days (two weeks)' and the like are counts of periods, left to the spans
            c = _check_pair(a, q1, q2)
            if c is not None:
                yield c


def _check_pair(a: Analysis, q1: _Qty, q2: _Qty) -> Check | None:
    temperature = _DIMENSION[q1.unit] == "temperature"
    deltas = (False, True) if temperature else (False,)
    if temperature and _CHANGE_WORDS.search(a.text[max(a.sentence(q1.m).start, q1.m.start - 30):q1.m.start]):
        deltas = (True, False)
    best: tuple[int, str, Fraction, Interval, str, str, bool] | None = None
    for u1, u2, _ in _readings(q1, q2):
        for delta in deltas:
            try:
                verdict, point, conv = _judge(q1, q2, u1, u2, delta)
            except Exception:  # a unit pint does not know: no verdict
                return None
            key = (_RANK[verdict], verdict, point, conv, u1, u2, delta)
            if best is None or key[0] < best[0]:
                best = key
    if best is None:
        return None
    _, verdict, point, conv, u1, u2, delta = best
    shown = f"{num(point, 2)} {_plain(u2)}"
    how = " (as a difference)" if delta else ""
    working = f"{q1.text} = {shown}{how}"
    said = q2.text
    if verdict == "verified":
        explanation = f"{working}, as stated"
    elif verdict == "rounded":
        explanation = f"{working}; stated {said} is this rounded"
    else:
        explanation = f"{working}; stated {said} is {num(abs(point - q2.value), 2)} {'high' if q2.value > point else 'low'}"
    cause = ""
    if verdict == "inconsistent":
        cause = _cause(q1, q2, u1, u2, point)
        if cause:
            explanation += f" (likely {cause})"
    rel = Relation("conversion", (q2.m.id, q1.m.id), q2.m.id, (_DIMENSION[q1.unit],))
    return Check("FC603", rel, verdict, said, shown, explanation, cause=cause)


def _cause(q1: _Qty, q2: _Qty, u1: str, u2: str, point: Fraction) -> str:
    try:
        back = _convert(q1.value, u2, u1, False)  # the figure converted the wrong way round
    except Exception:
        return ""
    if q2.interval.contains(back) or abs(back - q2.value) <= abs(q2.value) / 50:
        return f"converted the wrong way ({q1.text} read as {_plain(u2)})"
    if q1.value == q2.value:
        return "the figure copied without converting it"
    if _DIMENSION[q1.unit] == "area":
        lin = {"mile**2": "mile", "kilometer**2": "kilometer", "meter**2": "meter", "foot**2": "foot"}
        if u1 in lin and u2 in lin:
            linear = _convert(q1.value, lin[u1], lin[u2], False)
            if q2.interval.contains(linear) or abs(linear - q2.value) <= abs(q2.value) / 50:
                return "an area converted as a length"
    if transposed(point, q2.value, q2.m.precision):
        return "digits transposed"
    return ""


# --- FC604: years ago and ages --------------------------------------------------------

_AGO = re.compile(r"\s*ago\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|age\s+of|aged\s+just)\s*$", re.I)
_AGE_AFTER = re.compile(r"\s*+(?:-\s*+)?years?(?:\s*+|-)old\b", re.I)
_AGO_NEXT = re.compile(r"\s*+(?:,|–|—|-|\()\s*+(?:some|about|around|almost|nearly|more\s+than|over|just|exactly)?\s*$", re.I)
_AGO_BACK = re.compile(r"\s*+ago\s*+(?:,|–|—|-|\()?\s*+(?:back\s++)?in\s+$", re.I)
_OTHER_PERSON = re.compile(r"\b(?:his|her|their|whose|father|mother|son|daughter|wife|husband|partner|brother|sister|"
                           r"parents?|children|child|grandmother|grandfather|friend|colleague|predecessor|successor)\b", re.I)
_OLD = re.compile(r"\s*old\b", re.I)
_BORN = re.compile(r"\b(?:born|b\.)\s+(?:in\s+|on\s+)?$", re.I)
_ERA = re.compile(r"\b(?:then|at\s+the\s+time|when\s+(?:he|she|they)\s+(?:was|were)|at\s+his|at\s+her|died|death|"
                  r"would\s+have|had\s+been|was\s+aged)\b", re.I)


def _doc_day(a: Analysis) -> tuple[dt.date, Mention] | None:
    from ._rules_spans import _doc_date

    m = _doc_date(a)
    if m is None:
        return None
    try:
        return dt.date(int(m.get("year")), int(m.get("month")), int(m.get("day"))), m
    except (TypeError, ValueError):
        return None


def _when(m: Mention) -> tuple[int, int | None, int | None] | None:
    if m.kind == "year" and m.value.denominator == 1:
        return int(m.value), None, None
    if m.kind == "date" and m.get("year") is not None:
        return int(m.get("year")), m.get("month"), m.get("day")
    return None


def _elapsed(then: tuple[int, int | None, int | None], now: dt.date) -> tuple[int, int]:
    """The fewest and the most whole years that can have passed from a date written to the
    year (or month, or day) until now."""
    y, mo, d = then
    full = now.year - y
    if mo is None:
        return full - 1, full
    if d is None:
        if (now.month, now.day) < (mo, 1):
            return full - 1, full - 1
        if now.month > mo:
            return full, full
        return full - 1, full
    return (full - 1, full - 1) if (now.month, now.day) < (mo, d) else (full, full)


@rule("FC604", "years ago and ages against a stated year and the document's date")
def years_ago(a: Analysis) -> Iterator[Check]:
    """A span back from the document's date to a stated year ('founded in 1998, 25 years
    ago', written on 15 June 2023: 2023 - 1998 = 25), or an age with a year of birth
    ('aged 42 ... born in 1981': 2023 - 1981 = 42, or 41 before the birthday). Whole years
    are allowed either way of an anniversary not stated; the document's date is its first
    full date near the top. An age tied to another time ('then aged', 'died in 2010') is
    left alone, as is a sentence with a year other than the one stated.

    ok: Published 15 June 2023.\\n\\nThe charity was founded in 1998, 25 years ago.
    ok: Published 15 June 2023.\\n\\nThe new chief executive, aged 42, was born in 1981 in Leeds.
    bad: Published 15 June 2023.\\n\\nThe charity was founded in 1998, 35 years ago.
    bad: Published 15 June 2023.\\n\\nThe new chief executive, aged 52, was born in 1981 in Leeds.
    none: The charity was founded in 1998, 35 years ago.
    none: Published 15 June 2023.\\n\\nHe died in 2010 aged 52, having been born in 1961.
    """
    text = a.text
    if "ago" not in text and "born" not in text and "b." not in text:
        return
    now: tuple[dt.date, Mention] | None | bool = False
    for k, ms in a.in_sentence.items():
        whens = [m for m in ms if _when(m) is not None]
        if len(whens) != 1:
            continue
        w = whens[0]
        for m in ms:
            if m is w or m.hedge not in ("exact",) or m.value.denominator != 1 or m.value <= 0:
                continue
            is_ago = m.kind == "quantity" and m.unit == "year" and _AGO.match(text, m.end, m.end + 10)
            is_age = (m.kind == "age" or (m.kind == "count" and (
                _AGE_BEFORE.search(text[max(0, m.get("hedge_start", m.start) - 14):m.get("hedge_start", m.start)])
                or _AGE_AFTER.match(text, m.end, m.end + 14))) or (
                m.kind == "quantity" and m.unit == "year" and _OLD.match(text, m.end, m.end + 8))) \
                and bool(_BORN.search(text[max(0, w.start - 12):w.start]))
            if not (is_ago or is_age):
                continue
            if is_age and _ERA.search(a.sentence_text(k)):
                continue
            lo_at, hi_at = (w, m) if w.start < m.start else (m, w)
            between = text[lo_at.end:hi_at.get("hedge_start", hi_at.start)]
            if is_ago and not (_AGO_NEXT.match(between) if lo_at is w else _AGO_BACK.match(between)):
                continue  # 'passed in 1998 and reviewed 10 years ago': two events
            if is_age and (len(between) > 70 or _OTHER_PERSON.search(between)):
                continue  # 'aged 42, said his father, born in 1951
            if now is False:
                now = _doc_day(a)
            if not now or now[1].id == w.id:  # type: ignore[index]
                return
            assert isinstance(now, tuple)
            day, dm = now
            then = _when(w)
            assert then is not None
            if then[0] >= day.year:
                continue
            lo, hi = _elapsed(then, day)
            n = int(m.value)
            what = "years ago" if is_ago else "age"
            full = day.year - then[0]
            if lo == hi == full:
                working = f"{day.year} - {then[0]} = {full}"
            elif lo == hi:
                working = f"{day.year} - {then[0]} - 1 = {lo}, the anniversary of {w.text} not yet reached"
            else:
                working = f"{day.year} - {then[0]} = {full} (or {lo} before the anniversary)"
            if is_ago and then[1] is None:
                hi += 1  # a year written alone may be any day of it: '25 years ago' rounds
            rel = Relation(what.replace(" ", "-"), (m.id, w.id, dm.id), m.id)
            said = " ".join(m.text.split())
            span = f"from {w.text} to {dm.text} (the document's date)"
            if lo <= n <= hi:
                verdict = "verified" if n in (lo, full) and n <= _elapsed(then, day)[1] else "rounded"
                yield Check("FC604", rel, verdict, said, str(n if lo <= n <= _elapsed(then, day)[1] else full),
                            f"{working}, {span}: {said} holds")
                continue
            if n == full and is_age:
                cause = "the difference of the years, with the birthday not yet reached"
            elif transposed(Fraction(full), Fraction(n), Fraction(1)):
                cause = "digits transposed"
            else:
                cause = "counted from another year"
            yield Check("FC604", rel, "inconsistent", said, str(lo if lo == hi else f"{lo} or {hi}"),
                        f"{working}, {span}; stated {said} (likely {cause})", cause=cause)
