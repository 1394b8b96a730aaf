"""The number grammar: text in, Mentions out.

The text is first cut into tokens by one linear regular expression (digit runs, words,
single punctuation characters), then a left-to-right parser tries an ordered chain of
small rules at each token: dates, times, labels (section numbers, codes), one-in-N,
figures with their currency, scale, unit and percent signs, number words, vulgar
fractions and multiples. Hedge words before a figure set its hedge and interval.

Tokenising first keeps every pattern linear in the length of the text: no regular
expression here can backtrack over more than one token.

>>> [(m.text, m.kind, str(m.value)) for m in extract("404 out of 463 (87.3%)")]
[('404', 'count', '404'), ('463', 'count', '463'), ('87.3%', 'percent', '873/10')]
>>> [(m.text, m.kind, str(m.value)) for m in extract("11.200 and 11,200")]
[('11.200', 'decimal', '56/5'), ('11,200', 'count', '11200')]
>>> [(m.text, m.kind, m.unit) for m in extract("£1.2m, but the wall is 1.2m tall")]
[('£1.2m', 'money', 'GBP'), ('1.2m', 'quantity', 'metre')]
>>> [(m.text, m.kind) for m in extract("one in 10 crimes, one in 10 years")]
[('one in 10', 'ratio'), ('one', 'count'), ('10 years', 'quantity')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from ._records import Interval, Mention
from ._words import (
    CURRENCY_SYMBOLS, CURRENCY_WORDS, FRACTION_DENOMINATORS, HEDGES, MONTHS, MULTIPLE_WORDS,
    ORDINAL_WORDS, SCALE_SUFFIX, SCALE_WORDS, TENS_WORDS, TIME_UNITS, UNIT_WORDS, UNITS_WORDS,
    WEEKDAYS,
)

__all__ = ["Token", "extract", "tokenize"]

# Digit runs may hold single separators (1,234.5 or 1.1.1); words are letters with an
# inner apostrophe; anything else is one character. Each alternative consumes at least
# one character and never re-reads what another consumed: linear time.
_TOKEN = re.compile(r"(\d+(?:[,.]\d+)*)|([^\W\d_]+(?:['’][^\W\d_]+)?)|(\S)")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_MAX_DIGITS = 30  # longer digit strings are codes, not figures

LABEL_BEFORE = frozenset(
    "section table figure fig chart page pages p pp para paragraph chapter annex appendix "
    "study step phase wave question q type band level stage part no number act article rule "
    "schedule clause item line volume vol issue grade year key version v room flat unit "
    "route junction platform".split()
)
_RANGE_DASHES = frozenset("-–—")
_MINUS = frozenset("-−")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "num", "word", "punct"
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        if m.group(1):
            out.append(Token("num", m.group(1), m.start(), m.end()))
        elif m.group(2):
            out.append(Token("word", m.group(2), m.start(), m.end()))
        else:
            out.append(Token("punct", m.group(3), m.start(), m.end()))
    return out


@dataclass(slots=True)
class _Figure:
    """A figure under construction, before its hedge and interval are set."""

    i: int  # first token
    j: int  # one past the last token
    value: Fraction
    kind: str
    precision: Fraction | None
    unit: str = ""
    scale: int = 1
    extra: tuple[tuple[str, object], ...] = ()


def _num_value(raw: str) -> tuple[Fraction, Fraction | None] | None:
    """Value and precision of a digit token: '1,234.5' -> (2469/2, 1/10)."""
    if len(raw) > _MAX_DIGITS:
        return None
    if _THOUSANDS.fullmatch(raw):
        clean = raw.replace(",", "")
    elif _PLAIN.fullmatch(raw):
        clean = raw
    else:
        return None
    value = Fraction(clean)
    if "." in clean:
        return value, Fraction(1, 10 ** len(clean.split(".")[1]))
    return value, Fraction(1)


def _trailing_zero_unit(raw: str) -> Fraction:
    """For an integer like 11,200: the unit it may have been rounded to (100)."""
    digits = raw.replace(",", "")
    if "." in digits:
        return Fraction(1)
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    return Fraction(10) ** zeros if stripped else Fraction(1)


class _Parser:
    def __init__(self, text: str, skip: tuple[tuple[int, int], ...] = ()) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.skip = skip
        self.out: list[Mention] = []

    # --- small helpers -------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.low if t else ""

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j touch, with no space between."""
        a, b = self.tok(i), self.tok(j)
        return bool(a and b and a.end == b.start)

    def gap_is_space(self, i: int, j: int, allow_newline: bool = False) -> bool:
        a, b = self.tok(i), self.tok(j)
        if not (a and b):
            return False
        gap = self.text[a.end:b.start]
        return gap.strip() == "" and (allow_newline or gap.count("\n") <= 1)

    def word_number(self, i: int) -> tuple[int, Fraction] | None:
        """Number words from token i: 'twenty-six', 'one hundred and three', 'a dozen'."""
        total = 0
        current = 0
        j = i
        seen = False
        last_end = i
        while j < len(self.toks):
            t = self.toks[j]
            w = t.low
            if t.kind != "word":
                if t.text in "-–" and seen and j + 1 < len(self.toks) and self.toks[j + 1].low in UNITS_WORDS \
                        and self.adjacent(j - 1, j) and self.adjacent(j, j + 1) and current % 100 >= 20:
                    j += 1
                    continue
                break
            if w in UNITS_WORDS and (not seen or current % 10 == 0 and current % 100 >= 20 or current % 100 == 0):
                if seen and current % 100 == 0 and current and w in UNITS_WORDS and last_end != j - 1 and self.low(j - 1) != "and":
                    pass
                current += UNITS_WORDS[w]
                seen = True
                last_end = j
            elif w in TENS_WORDS and (not seen or current % 100 == 0):
                current += TENS_WORDS[w]
                seen = True
                last_end = j
            elif w == "hundred" and (seen or self.low(j - 1) == "a"):
                current = (current or 1) * 100
                seen = True
                last_end = j
            elif w in ("thousand", "million", "billion", "trillion") and (seen or self.low(j - 1) == "a"):
                total += (current or 1) * SCALE_WORDS[w]
                current = 0
                seen = True
                last_end = j
            elif w == "dozen" and (seen or self.low(j - 1) in ("a", "half")):
                current = (current or 1) * 12
                seen = True
                last_end = j
            elif w == "and" and seen and j + 1 < len(self.toks) and (
                self.toks[j + 1].low in UNITS_WORDS or self.toks[j + 1].low in TENS_WORDS
            ) and (total or current >= 100):
                pass
            else:
                break
            j += 1
        if not seen:
            return None
        return last_end + 1, Fraction(total + current)

    # --- the chain of rules --------------------------------------------------------
    def run(self) -> list[Mention]:
        i = 0
        n = len(self.toks)
        skip = self.skip
        while i < n:
            t = self.toks[i]
            if skip and any(a <= t.start < b for a, b in skip):
                i += 1
                continue
            j = 0
            for rule in (self.date, self.time, self.label, self.one_in_n, self.digits,
                         self.words, self.fraction, self.multiple):
                j = rule(i)
                if j:
                    break
            i = j if j > i else i + 1
        return self.out

    def emit(self, fig: _Figure, hedge: str = "exact", hedge_start: int | None = None) -> None:
        if hedge == "exact":
            hedge, hedge_start = self.hedge_before(fig.i)
        a = self.toks[fig.i].start
        b = self.toks[fig.j - 1].end
        base = _base_interval(fig)
        interval = _hedge_interval(base, fig.value, hedge, fig.kind)
        extra = fig.extra
        if hedge_start is not None:
            extra = extra + (("hedge_start", hedge_start),)
        self.out.append(
            Mention(
                id=f"m{len(self.out) + 1}", start=a, end=b, text=self.text[a:b], value=fig.value,
                kind=fig.kind, hedge=hedge, interval=interval, precision=fig.precision,
                unit=fig.unit, scale=fig.scale, extra=extra,
            )
        )

    def label_emit(self, i: int, j: int, kind: str, value: Fraction, **extra: object) -> int:
        a, b = self.toks[i].start, self.toks[j - 1].end
        self.out.append(
            Mention(
                id=f"m{len(self.out) + 1}", start=a, end=b, text=self.text[a:b], value=value,
                kind=kind, hedge="exact", interval=Interval.point(value), extra=tuple(extra.items()),
            )
        )
        return j

    def hedge_before(self, i: int) -> tuple[str, int | None]:
        for words, name in HEDGES:
            k = len(words)
            if i - k < 0:
                continue
            if all(self.low(i - k + q) == words[q] for q in range(k)):
                first = self.toks[i - k]
                # 'over' and 'under' as hedges only directly before the figure
                if words in (("over",), ("under",), ("above",), ("below",), ("some",)) and \
                        not self.gap_is_space(i - 1, i):
                    continue
                if words == ("c",) and self.low(i - 1 + 1) == "":
                    continue
                return name, first.start
        return "exact", None

    # --- dates and times -----------------------------------------------------------
    def _day(self, i: int) -> int | None:
        t = self.tok(i)
        if not t or t.kind != "num" or not t.text.isdigit() or not 1 <= int(t.text) <= 31:
            return None
        return int(t.text)

    def _after_day(self, i: int) -> int:
        """Skip an ordinal suffix (8th) after a day number at token i-1."""
        if self.low(i) in ("st", "nd", "rd", "th") and self.adjacent(i - 1, i):
            return i + 1
        return i

    def _year(self, i: int) -> int | None:
        t = self.tok(i)
        if t and t.kind == "num" and t.text.isdigit() and len(t.text) == 4 and 1000 <= int(t.text) <= 2999:
            return int(t.text)
        return None

    def _month(self, i: int) -> int | None:
        w = self.low(i)
        if w in MONTHS:
            if w == "may" and self.toks[i].text == "may":
                return None
            j = i + 1 if self.low(i + 1) != "." else i + 2
            del j
            return MONTHS[w]
        return None

    def date(self, i: int) -> int:
        """'Friday, 8th December 2017', '15 June 2017', 'June 15, 2017', 'March 2024',
        'Friday 8 and Monday 11 March 2024', '6 February and 31 March 2023'."""
        t = self.toks[i]
        weekday = None
        k = i
        if t.low in WEEKDAYS and t.text[0].isupper():
            weekday = WEEKDAYS[t.low]
            k = i + 1
            if self.low(k) == ",":
                k += 1
            if self.low(k) == "the":
                k += 1
        day = self._day(k)
        if day is not None:
            d_tok = k
            k = self._after_day(k + 1)
            if self.low(k) == "of":
                k += 1
            month = self._month(k)
            if month is not None:
                k += 1
                if self.low(k) == "." and len(self.low(k - 1)) <= 4:
                    k += 1
                year = self._year(k)
                end = k + 1 if year else k
                self.label_emit_date(i, end, d_tok, weekday, day, month, year)
                return end
            if self.low(k) in ("and", "to", "-", "–") and (weekday is not None or self._day(k + 1) is not None):
                # 'Friday 8 and Monday 11 March 2024': the first date borrows month and year
                q = k + 1
                if self.low(q) in WEEKDAYS:
                    q += 1
                    if self.low(q) == ",":
                        q += 1
                d2 = self._day(q)
                if d2 is not None:
                    q2 = self._after_day(q + 1)
                    month = self._month(q2)
                    if month is not None:
                        year = self._year(q2 + 1)
                        self.label_emit_date(i, self._after_day(d_tok + 1), d_tok, weekday, day, month, year)
                        return self._after_day(d_tok + 1)
            if weekday is None:
                return 0
        month = self._month(k)
        if month is not None and (weekday is not None or k == i):
            k2 = k + 1
            day = self._day(k2)
            if day is not None:
                d_tok = k2
                k2 = self._after_day(k2 + 1)
                if self.low(k2) == ",":
                    k2 += 1
                year = self._year(k2)
                end = k2 + 1 if year else (d_tok + 1)
                self.label_emit_date(i, end, d_tok, weekday, day, month, year)
                return end
            year = self._year(k2)
            if year is not None:
                return self.label_emit(i, k2 + 1, "date", Fraction(year), year=year, month=month)
        # 6 February and 31 March 2023: the first borrows the year
        return 0

    def label_emit_date(self, i: int, j: int, d_tok: int, weekday: int | None, day: int,
                        month: int, year: int | None) -> None:
        if year is None:
            # borrow a year from a later date in the same phrase: '6 February and 31 March 2023'
            q = j
            if self.low(q) in ("and", "to", "-", "–", "until"):
                for r in range(q + 1, min(q + 6, len(self.toks))):
                    y = self._year(r)
                    if y and self._month(r - 1) is not None:
                        year = y
                        break
        extra: dict[str, object] = {"day": day, "month": month}
        if year:
            extra["year"] = year
        if weekday is not None:
            extra["weekday"] = weekday
            extra["weekday_text"] = self.toks[i].text
        self.label_emit(i, j, "date", Fraction(day), **extra)

    def time(self, i: int) -> int:
        """'10:34 am', '00:01', '6pm'."""
        t = self.toks[i]
        if t.kind != "num":
            return 0
        if self.low(i + 1) == ":" and self.adjacent(i, i + 1) and self.tok(i + 2) and \
                self.toks[i + 2].kind == "num" and self.adjacent(i + 1, i + 2) and len(self.toks[i + 2].text) == 2:
            j = i + 3
            if self.low(j) in ("am", "pm", "a", "p", "hrs", "gmt", "bst"):
                j += 1
                if self.low(j) == "." and self.low(j + 1) == "m":
                    j += 2
            return self.label_emit(i, j, "time", Fraction(int(t.text)) if t.text.isdigit() else Fraction(0))
        if t.text.isdigit() and int(t.text) <= 12 and self.low(i + 1) in ("am", "pm") and self.gap_is_space(i, i + 1):
            return self.label_emit(i, i + 2, "time", Fraction(int(t.text)))
        return 0

    # --- labels: section numbers, codes, years, ordinals -----------------------------
    def label(self, i: int) -> int:
        t = self.toks[i]
        if t.kind != "num":
            return 0
        prev = self.tok(i - 1)
        nxt = self.tok(i + 1)
        raw = t.text
        # a digit run glued to letters on the left is a code: M25, F6, COVID-19
        if prev and prev.end == t.start and (prev.kind == "word" or prev.text in "#/\\_") and prev.low not in CURRENCY_WORDS:
            return self.label_emit(i, i + 1, "code", Fraction(0))
        if prev and prev.text in "-" and prev.end == t.start and self.tok(i - 2) and self.toks[i - 2].kind == "word" \
                and self.toks[i - 2].end == prev.start and self.toks[i - 2].text.isupper():
            return self.label_emit(i, i + 1, "code", Fraction(0))
        if _num_value(raw) is None:
            return self.label_emit(i, i + 1, "code", Fraction(0))
        # ordinals: 8th, 21st
        if nxt and nxt.low in ("st", "nd", "rd", "th") and nxt.start == t.end and raw.isdigit():
            return self.label_emit(i, i + 2, "ordinal", Fraction(int(raw)))
        # section and table numbers: Table 3.1, page 12, type 1
        if prev and prev.low in LABEL_BEFORE and (prev.low not in ("no", "number", "year", "key", "line", "v", "p", "q", "issue", "unit", "part", "item") or
                                                    prev.text[0].isupper() or prev.low in ("p", "pp")):
            if prev.low in ("year",) and not prev.text[0].isupper():
                return 0
            return self.label_emit(i, i + 1, "label", _num_value(raw)[0])  # type: ignore[index]
        # a heading number at the start of a line: '3.1 Incidents'
        line_start = self.text.rfind("\n", 0, t.start) + 1
        if self.text[line_start:t.start].strip("# \t") == "" and "." in raw and nxt and nxt.kind == "word" \
                and nxt.text[0].isupper() and self.text.count("\n", t.start, nxt.start) == 0:
            return self.label_emit(i, i + 1, "label", _num_value(raw)[0])  # type: ignore[index]
        # phone numbers: 0800 123 4567, +44 20 7946 0000
        if (raw.startswith("0") and len(raw) >= 3 and raw.isdigit()) or (prev and prev.text == "+" and prev.end == t.start and not (self.tok(i - 2) and self.toks[i - 2].kind == "num")):
            j = i + 1
            while j < len(self.toks) and self.toks[j].kind == "num" and self.toks[j].text.isdigit() and self.gap_is_space(j - 1, j) and len(self.toks[j].text) >= 2:
                j += 1
            if j - i >= 2 or len(raw) >= 8:
                return self.label_emit(i - (1 if prev and prev.text == "+" else 0), j, "code", Fraction(0))
        # financial and academic years: 2024/25, 2021-22
        if self._year(i) is not None and nxt and nxt.text in "/-–" and nxt.start == t.end:
            n2 = self.tok(i + 2)
            if n2 and n2.kind == "num" and n2.start == nxt.end and len(n2.text) in (2, 4) and n2.text.isdigit():
                return self.label_emit(i, i + 3, "year", Fraction(int(raw)))
        # years
        if self._year(i) is not None and 1800 <= int(raw) <= 2100:
            if not self._figure_follows(i + 1) and not (prev and prev.text in CURRENCY_SYMBOLS):
                return self.label_emit(i, i + 1, "year", Fraction(int(raw)))
        return 0

    def _figure_follows(self, j: int) -> bool:
        """A year-like number followed by %, a scale, a unit or a plural noun is a figure."""
        t = self.tok(j)
        if not t:
            return False
        w = t.low
        if t.text == "%" or w in ("per", "percent", "pc") or w in SCALE_WORDS or w in UNIT_WORDS:
            return True
        if t.kind == "word" and w.endswith("s") and not w.endswith("ss") and w not in (
                "was", "is", "has", "as", "its", "this", "his", "hers", "ours", "yes", "us", "less",
                "plus", "thus", "versus") and self.gap_is_space(j - 1, j) and t.text[0].islower():
            return True
        return False

    # --- one in N ----------------------------------------------------------------------
    def _small_number(self, i: int) -> tuple[int, Fraction] | None:
        t = self.tok(i)
        if not t:
            return None
        if t.kind == "num":
            v = _num_value(t.text)
            if v and v[0].denominator == 1:
                return i + 1, v[0]
            return None
        if t.low in UNITS_WORDS or t.low in TENS_WORDS or t.low == "a" and self.low(i + 1) in ("hundred", "thousand"):
            return self.word_number(i)
        return None

    def one_in_n(self, i: int) -> int:
        """'one in 10', 'seven in ten', 'one in every four', 'four out of five' shares."""
        first = self._small_number(i)
        if not first:
            return 0
        j, a = first
        if self.low(j) != "in":
            return 0
        k = j + 1
        if self.low(k) == "every":
            k += 1
        second = self._small_number(k)
        if not second:
            return 0
        end, n = second
        if not (0 < a < n) or n > 10**6 or self._year(k) is not None:
            return 0
        # 'one in 10 years' is a frequency, not a share
        if self.low(end) in UNIT_WORDS and UNIT_WORDS[self.low(end)] in TIME_UNITS:
            return 0
        if self.low(end) == "%" or self.low(end) in ("per", "percent"):
            return 0
        fig = _Figure(i, end, a / n, "ratio", None, extra=(("numerator", a), ("denominator", n)))
        self.emit(fig)
        return end

    # --- figures written with digits ----------------------------------------------------
    def digits(self, i: int) -> int:
        t = self.toks[i]
        if t.kind != "num":
            # '.05' and '-3' start with punctuation
            if t.text == "." and self.tok(i + 1) and self.toks[i + 1].kind == "num" and self.adjacent(i, i + 1) \
                    and self.toks[i + 1].text.isdigit() and not (self.tok(i - 1) and self.toks[i - 1].end == t.start and self.toks[i - 1].kind in ("num", "word")):
                raw = "0." + self.toks[i + 1].text
                value = Fraction(raw)
                fig = _Figure(i, i + 2, value, "decimal", Fraction(1, 10 ** len(self.toks[i + 1].text)))
                return self.suffixes(fig, raw)
            return 0
        parsed = _num_value(t.text)
        if parsed is None:
            return 0
        value, precision = parsed
        kind = "count" if value.denominator == 1 and "." not in t.text else "decimal"
        if kind == "count" and value >= 100:
            # 11,200 may be a figure rounded to the hundred; 404 is exact
            unit = _trailing_zero_unit(t.text)
            precision = unit if unit >= 100 else precision
        fig = _Figure(i, i + 1, value, kind, precision)
        # negative: '-5' with the minus glued on and not after a word or number
        prev = self.tok(i - 1)
        if prev and prev.text in _MINUS and prev.end == t.start:
            before = self.tok(i - 2)
            if not before or before.end < prev.start and before.kind != "num" or before.text in "(=:":
                fig.i = i - 1
                fig.value = -value
        # vulgar fraction written with digits: 2 1/2, 3/4
        nxt = self.tok(i + 1)
        if nxt and nxt.text == "/" and self.adjacent(i, i + 1) and self.tok(i + 2) and \
                self.toks[i + 2].kind == "num" and self.adjacent(i + 1, i + 2) and t.text.isdigit() \
                and self.toks[i + 2].text.isdigit() and int(self.toks[i + 2].text) not in (0,) and len(self.toks[i + 2].text) <= 3 \
                and len(t.text) <= 3:
            frac = Fraction(int(t.text), int(self.toks[i + 2].text))
            # dates such as 5/17/2018 are not fractions
            if self.low(i + 3) == "/":
                return self.label_emit(i, min(i + 5, len(self.toks)), "date", Fraction(0))
            start = i
            if prev and prev.kind == "num" and prev.text.isdigit() and self.gap_is_space(i - 1, i) and frac < 1:
                # the whole part was already emitted as its own mention: replace it
                if self.out and self.out[-1].start == prev.start:
                    self.out.pop()
                    frac += int(prev.text)
                    start = i - 1
            fig = _Figure(start, i + 3, frac, "fraction", None)
            self.emit(fig)
            return i + 3
        return self.suffixes(fig, t.text)

    def suffixes(self, fig: _Figure, raw: str) -> int:
        """Currency before, then scale, percent, points, unit after."""
        i, j = fig.i, fig.j
        # currency before: £1.2m, $10, US$5, €3
        p = self.tok(i - 1)
        currency = ""
        if p and p.text in CURRENCY_SYMBOLS and (p.end == self.toks[i].start or self.gap_is_space(i - 1, i)):
            currency = CURRENCY_SYMBOLS[p.text]
            fig.i = i - 1
            if self.tok(i - 2) and self.toks[i - 2].text in ("US", "A", "C", "NZ", "HK") and self.toks[i - 2].end == p.start:
                fig.i = i - 2
        elif p and p.text in _MINUS and self.tok(i - 2) and self.toks[i - 2].text in CURRENCY_SYMBOLS:
            pass
        # scale: 800k, 1.2m, 3.5bn (glued) or '12.4 million', '2 hundred'
        n = self.tok(j)
        if n and n.kind == "word" and n.start == self.toks[j - 1].end and n.text in SCALE_SUFFIX:
            metres = n.text == "m" and not currency and self._metres_follow(j + 1)
            if metres:
                fig.kind, fig.unit = "quantity", "metre"
                fig.j = j + 1
                self.emit(fig)
                return fig.j
            fig.scale = SCALE_SUFFIX[n.text]
            j += 1
        elif n and n.low in SCALE_WORDS and self.gap_is_space(j - 1, j) and n.low != "hundred" or (
                n and n.low == "hundred" and fig.value.denominator == 1 and self.gap_is_space(j - 1, j)):
            fig.scale = SCALE_WORDS[n.low]
            j += 1
            if self.low(j) in SCALE_WORDS and fig.scale == 100:
                fig.scale *= SCALE_WORDS[self.low(j)]
                j += 1
        if fig.scale != 1:
            fig.value *= fig.scale
            if fig.precision is not None:
                fig.precision *= fig.scale
            if fig.kind == "decimal":
                fig.kind = "count"
        fig.j = j
        n = self.tok(j)
        if currency:
            fig.kind, fig.unit = "money", currency
            self.emit(fig)
            return fig.j
        if n is None:
            self.emit(fig)
            return fig.j
        w = n.low
        # percent and points
        if n.text == "%" or n.text == "％":
            fig.kind, fig.j = "percent", j + 1
            if self.low(j + 1) == "points" or (self.low(j + 1) == "point" and self.low(j + 2) != "scale"):
                fig.kind, fig.j = "points", j + 2
        elif w in ("percent", "percents", "pc", "pct") or (w == "per" and self.low(j + 1) in ("cent", "cents")):
            end = j + (2 if w == "per" else 1)
            if w == "pc" and not (n.start == self.toks[j - 1].end or self.gap_is_space(j - 1, j)):
                end = 0
            if end:
                fig.kind, fig.j = "percent", end
                if self.low(end) == "points":
                    fig.kind, fig.j = "points", end + 1
        elif w == "percentage" and self.low(j + 1) in ("points", "point", "pts"):
            fig.kind, fig.j = "points", j + 2
        elif w == "percentage":
            fig.kind, fig.j = "percent", j + 1
        elif w in ("points", "pts", "ppts", "pp") and self.gap_is_space(j - 1, j) and fig.value < 1000:
            fig.kind, fig.j = "points", j + 1
        elif w in CURRENCY_WORDS and self.gap_is_space(j - 1, j):
            fig.kind, fig.unit, fig.j = "money", CURRENCY_WORDS[w], j + 1
        elif w == "p" and n.start == self.toks[j - 1].end and not (self.tok(j + 1) and self.toks[j + 1].text == "."):
            fig.kind, fig.unit, fig.j = "money", "GBP", j + 1
            fig.value /= 100
            if fig.precision is not None:
                fig.precision /= 100
        elif w in UNIT_WORDS and (self.gap_is_space(j - 1, j) or n.start == self.toks[j - 1].end) \
                and not (w in ("l", "g", "c", "mi", "ha", "ft") and n.start != self.toks[j - 1].end) \
                and not (w in ("day", "week", "month", "year", "hour") and self.low(j - 1) not in ("-",) and self.low(j - 1 - 1) == "a"):
            unit = UNIT_WORDS[w]
            end = j + 1
            # '-year-olds', '7-point'
            fig.kind, fig.unit, fig.j = "quantity", unit, end
        elif w in ("-", "–") and n.start == self.toks[j - 1].end and self.tok(j + 1) and \
                self.toks[j + 1].low in ("year", "point", "day", "week", "month", "hour", "minute", "mile", "page", "item", "bed", "storey", "seat", "member", "strong"):
            # '7-point scale', '24-year-olds', 'a 12-mile route' are labels of what follows
            after = self.toks[j + 1].low
            if after in ("year",) and self.low(j + 2) in ("-",) and self.low(j + 3) in ("olds", "old"):
                fig.kind, fig.unit, fig.j = "age", "year", j + 4
            elif after in ("year", "day", "week", "month", "hour", "minute", "mile"):
                fig.kind, fig.unit, fig.j = "quantity", UNIT_WORDS[after], j + 2
            else:
                fig.kind, fig.j = "label", j + 2
        elif w in ("-", "–", "—") and self.tok(j + 1) and self.toks[j + 1].kind == "num" and \
                n.start == self.toks[j - 1].end and self.toks[j + 1].start == n.end:
            # a range 10-12: both ends take the kind of the second
            self.emit(fig)
            return j + 1
        self.emit(fig)
        return fig.j

    def _metres_follow(self, j: int) -> bool:
        return self.low(j) in ("tall", "high", "long", "wide", "deep", "away", "above", "below",
                               "in", "of", "x", "by", "square", "squared", "long,", "-")

    # --- number words -----------------------------------------------------------------
    def words(self, i: int) -> int:
        t = self.toks[i]
        if t.kind != "word":
            return 0
        w = t.low
        if not (w in UNITS_WORDS or w in TENS_WORDS or (w == "a" and self.low(i + 1) in ("dozen", "hundred", "thousand", "million", "billion"))
                or (w == "half" and self.low(i + 1) == "a" and self.low(i + 2) == "dozen")):
            return 0
        if w == "half":
            fig = _Figure(i, i + 3, Fraction(6), "count", Fraction(1))
            return self.suffixes(fig, "6")
        # 'one-to-one', 'one of', 'no one': pronoun uses of 'one' are still figures, but the
        # relation finders never pick a bare 'one' as a count
        parsed = self.word_number(i)
        if not parsed:
            return 0
        j, value = parsed
        # 'two-thirds', 'three quarters', 'one fifth': a vulgar fraction
        k = j
        if self.low(k) in ("-", "–") and self.adjacent(k - 1, k):
            k += 1
        if self.low(k) in FRACTION_DENOMINATORS and not (self.low(k) in ("second", "third", "fourth") and self.low(k + 1) in ("-",)) \
                and value > 0 and not (self.low(k) in ORDINAL_WORDS and value == 1 and self.low(k + 1) == "time"):
            if self.low(k) in ("half", "halves") and value == 1 and self.low(j - 1) == "one" and self.low(k - 1) != "and":
                pass
            den = FRACTION_DENOMINATORS[self.low(k)]
            if not (self.low(k) in ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth") and value != 1):
                fig = _Figure(i, k + 1, value / den, "fraction", None)
                self.emit(fig)
                return k + 1
        # 'one and a half'
        if self.low(j) == "and" and self.low(j + 1) == "a" and self.low(j + 2) in FRACTION_DENOMINATORS:
            den = FRACTION_DENOMINATORS[self.low(j + 2)]
            fig = _Figure(i, j + 3, value + Fraction(1, den), "decimal", None)
            return self.suffixes(fig, "")
        # 'three times as likely'
        if self.low(j) == "times" and self.gap_is_space(j - 1, j):
            fig = _Figure(i, j + 1, value, "multiple", None)
            self.emit(fig)
            return j + 1
        fig = _Figure(i, j, value, "count", Fraction(1))
        if value >= 100 and value % 100 == 0:
            fig.precision = _trailing_zero_unit(str(value.numerator))
        return self.suffixes(fig, str(value))

    def fraction(self, i: int) -> int:
        """'a third', 'half', 'a quarter', 'three-quarters' (the last via words())."""
        t = self.toks[i]
        w = t.low
        if w == "a" or w == "an" or w == "one":
            nxt = self.low(i + 1)
            if nxt in FRACTION_DENOMINATORS and nxt not in ("second",) and not (self.low(i + 2) in ("-",) and self.low(i + 3) in ("year", "party", "class", "world", "time", "generation")):
                if nxt in ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth") and self.low(i + 2) in ("time", "year", "day", "successive", "consecutive", "of"):
                    if self.low(i + 2) != "of":
                        return 0
                fig = _Figure(i + (0 if w != "a" or True else 1), i + 2, Fraction(1, FRACTION_DENOMINATORS[nxt]), "fraction", None)
                self.emit(fig)
                return i + 2
            return 0
        if w == "half" and self.low(i + 1) not in ("-", "time", "term", "way", "hour", "century", "price", "marathon", "year"):
            if self.low(i - 1) in ("first", "second", "the", "other", "latter"):
                return 0
            fig = _Figure(i, i + 1, Fraction(1, 2), "fraction", None)
            self.emit(fig)
            return i + 1
        return 0

    def multiple(self, i: int) -> int:
        t = self.toks[i]
        w = t.low
        if w in MULTIPLE_WORDS:
            if w == "double" and self.low(i + 1) in ("-", "figures", "digits", "bed", "room", "glazing", "yellow", "standards"):
                return 0
            fig = _Figure(i, i + 1, MULTIPLE_WORDS[w], "multiple", None)
            self.emit(fig)
            return i + 1
        return 0


def _base_interval(fig: _Figure) -> Interval:
    """The values a figure may stand for, from the precision it is stated at."""
    v = fig.value
    if fig.kind == "ratio":
        a = Fraction(fig.extra[0][1])  # type: ignore[arg-type]
        n = Fraction(fig.extra[1][1])  # type: ignore[arg-type]
        if a == 1:
            return Interval(1 / (n + Fraction(1, 2)), 1 / (n - Fraction(1, 2)))
        return Interval((a - Fraction(1, 2)) / n, (a + Fraction(1, 2)) / n)
    if fig.kind == "fraction":
        # 'a third' in prose is a loose figure: within a tenth of its value either way
        return Interval(v * Fraction(9, 10), v * Fraction(11, 10))
    if fig.kind == "multiple":
        return Interval(v * Fraction(9, 10), v * Fraction(11, 10))
    if fig.precision is None:
        return Interval.point(v)
    if fig.kind in ("count",) and fig.precision == 1 and fig.scale == 1:
        return Interval.point(v)
    half = fig.precision / 2
    return Interval(v - half, v + half)


def _hedge_interval(base: Interval, v: Fraction, hedge: str, kind: str) -> Interval:
    lo, hi = base.low, base.high
    zero = Fraction(0) if kind in ("count", "percent", "money", "ratio", "fraction", "quantity", "decimal") else None
    if hedge in ("exact", "about"):
        if hedge == "about" and lo is not None and hi is not None and kind in ("count", "money", "decimal", "quantity") and base.is_point:
            # 'about 32' with no stated precision: allow the rounding of the last digit
            return Interval(v - Fraction(1, 2), v + Fraction(1, 2))
        return base
    if hedge == "more than":
        return Interval(v, None, low_open=True)
    if hedge == "well over":
        return Interval(v * Fraction(21, 20), None)
    if hedge == "at least":
        return Interval(v, None)
    if hedge == "just over":
        return Interval(v, v * Fraction(23, 20) + (hi - v if hi is not None else 0), low_open=True)
    if hedge == "less than":
        return Interval(zero, v, high_open=True)
    if hedge == "well under":
        return Interval(zero, v * Fraction(19, 20))
    if hedge == "at most":
        return Interval(zero, v)
    if hedge == "nearly":
        return Interval(v * Fraction(22, 25), v + ((hi - v) if hi is not None and hi > v else 0))
    if hedge == "just under":
        return Interval(v * Fraction(19, 20), v, high_open=True)
    return base


def extract(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """Every figure in text, in order of appearance."""
    return _Parser(text, skip).run()


def iter_tokens(text: str) -> Iterator[Token]:
    yield from tokenize(text)
