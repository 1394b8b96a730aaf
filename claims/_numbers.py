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
>>> [(m.text, m.hedge) for m in extract("Wardens top 400; the top 10 sites")]
[('400', 'more than'), ('10', 'exact')]
>>> [(m.text, m.kind) for m in extract("Summary.\\n\\n3. Complaints by source\\nIt rose to\\n3. The rest")]
[('3', 'label'), ('3', 'count')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from ._records import Interval, Mention
from ._words import (
    BIG_SCALES,
    CURRENCY_SCALE_SUFFIX,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOZEN_WORDS,
    FRACTION_DENOMINATORS,
    HEDGES,
    MONTHS,
    MULTIPLE_WORDS,
    ORDINAL_WORDS,
    PLURAL_DENOMINATORS,
    SCALE_SUFFIX,
    SCALE_WORDS,
    SIGN_WORDS,
    SPACED_SCALE,
    SUPERSCRIPTS,
    TENS_WORDS,
    TIME_UNITS,
    UNIT_ORDINALS,
    UNIT_WORDS,
    UNITS_WORDS,
    VULGAR_FRACTIONS,
    WEEKDAYS,
    ZERO_WORDS,
)

__all__ = ["Token", "extract", "tokenize"]

# Digit runs may hold single separators (1,234.5 or 1.1.1); words are letters with an
# inner apostrophe; anything else is one character (a vulgar fraction such as ½ too, though
# Unicode counts it a letter). Each alternative consumes at least one character and never
# re-reads what another consumed: linear time.
# possessive throughout: nothing follows a token in its alternative, so giving characters back
# can never help, and without it the engine keeps a backtracking mark for every group of a
# run ("1,1,1,..." of 8 MB took 500 MB and six times as long)
_TOKEN = re.compile(r"(\d++(?:[,.]\d++)*+)|([^\W\d_¼-¾⅐-⅞]++(?:['’][^\W\d_¼-¾⅐-⅞]++)?+)|(\S)")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")  # 12,34,567.89: lakh grouping
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")  # 1.111,11: both separators, so unambiguous
_SPACE_GROUP = re.compile(r"\d{3}(?:\.\d+)?")  # a group after a space: 1 234 567.89
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")  # space, no-break, narrow no-break, thin
_RATE_BASES = frozenset({10, 100, 1000, 10**4, 10**5, 10**6})
_MAX_DIGITS = 30  # longer digit strings are codes, not figures

LABEL_BEFORE = frozenset(
    "section table figure fig chart page pages p pp para paragraph chapter annex appendix "
    "study step phase wave question q type band level stage part no number act article rule "
    "schedule clause item line volume vol issue grade year key version v room flat unit "
    "route junction platform class category tier priority "
    # plurals open a list of labels: 'levels 4 and 5', 'stages 1 to 3', 'tables 2 and 3'
    "levels stages bands grades tiers categories classes types phases waves steps chapters sections tables years "
    "annexes appendices".split()
)
_RANGE_DASHES = frozenset("-–—")
_MINUS = frozenset("-−")
#: the hedges by their last word, longest first as in HEDGES: only those can end before a figure
_HEDGES_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words_, _name_ in HEDGES:
    _HEDGES_BY_LAST.setdefault(_words_[-1], []).append((_words_, _name_))
#: the only words and characters a figure (or a date, time or label) may start with
_WORD_STARTS = frozenset(
    {*UNITS_WORDS, *TENS_WORDS, *MULTIPLE_WORDS, *WEEKDAYS, *MONTHS, "a", "an", "hundred", "half", "quarter"}
)
_PUNCT_STARTS = frozenset({".", *VULGAR_FRACTIONS})
#: kinds of figure a sign word may negate: 'minus five percent', 'negative one over 20'
_SIGNED_KINDS = frozenset({"count", "decimal", "percent", "points", "money", "quantity", "fraction"})
#: the words before a p-value's comparison, and the comparisons: (hedge, comparison)
_P_WORDS = frozenset({"p", "ps", "p's", "p’s"})
_P_COMPARISONS = {"=": ("exact", "="), "<": ("less than", "<"), ">": ("more than", ">"), "≤": ("at most", "<="),
                  "≥": ("at least", ">=")}
#: denominators common in prose, taken in the singular even before a noun ('a third of')
_PROSE_DENOMINATORS = frozenset(
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths "
    "eighth eighths ninth ninths tenth tenths hundredth hundredths".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "num", "word", "punct"
    text: str
    start: int
    end: int
    low: str = field(init=False, repr=False, compare=False)  # the text in lower case, made once

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.lower())


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


@dataclass(slots=True)
class _Card:
    """A cardinal in words as parsed, with what the fraction rules need to know of its shape."""

    i: int  # first token
    value: int
    end: int = 0  # one past the last token
    last: str = ""  # the kind of its last word: zero, unit, tens, hundred, scale, dozen
    scale: int = 1  # its last scale word of a thousand or more
    hundred: bool = False  # it holds the word 'hundred'
    tens_at: int = -1  # token of its last tens word
    and_at: int = -1  # token of its last joining 'and'
    before_and: int = 0  # its value before that 'and'
    scale_before_and: int = 1  # the scale word straight before that 'and', if any


@lru_cache(maxsize=4096)
def _num_value(raw: str) -> tuple[Fraction, Fraction | None] | None:
    """Value and precision of a digit token: '1,234.5' -> (2469/2, 1/10).

    Several rules ask for the same token's value; the answer is cached (Fractions are immutable)."""
    if len(raw) > _MAX_DIGITS:
        return None
    if _THOUSANDS.fullmatch(raw) or _INDIAN.fullmatch(raw):
        clean = raw.replace(",", "")
    elif _PLAIN.fullmatch(raw):
        clean = raw
    elif _EUROPEAN.fullmatch(raw):
        clean = raw.replace(".", "").replace(",", ".")
    else:
        return None
    value = Fraction(int(clean)) if clean.isdigit() else Fraction(clean)
    if "." in clean:
        return value, Fraction(1, 10 ** len(clean.split(".")[1]))
    return value, Fraction(1)


def _trailing_zero_unit(raw: str) -> Fraction:
    """For an integer like 11,200: the unit it may have been rounded to (100)."""
    digits = raw.replace(",", "")
    if "." in digits:
        return Fraction(1)
    stripped = digits.rstrip("0")
    # at coarsest, two significant figures: 10,000 is 9,500 to 10,500, not 5,000 to 15,000
    zeros = min(len(digits) - len(stripped), max(len(digits) - 2, 0))
    return Fraction(10) ** zeros if stripped else Fraction(1)


class _Parser:
    def __init__(self, text: str, skip: tuple[tuple[int, int], ...] = ()) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.n = len(self.toks)
        self.skip = skip
        self.out: list[Mention] = []
        self._cards: dict[int, _Card | None] = {}

    # --- small helpers -------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j touch, with no space between."""
        a, b = self.tok(i), self.tok(j)
        return bool(a and b and a.end == b.start)

    def gap_is_space(self, i: int, j: int, allow_newline: bool = False) -> bool:
        a, b = self.tok(i), self.tok(j)
        if not (a and b):
            return False
        if b.start == a.end + 1 and self.text[a.end] == " ":
            return True
        gap = self.text[a.end:b.start]
        return gap.strip() == "" and (allow_newline or gap.count("\n") <= 1)

    def spaced(self, i: int, j: int) -> bool:
        """Tokens i and j are apart by a space or two on one line: 'fifty - two'."""
        a, b = self.tok(i), self.tok(j)
        return bool(a and b and 0 < b.start - a.end <= 2 and self.text[a.end:b.start].isspace() and "\n" not in self.text[a.end:b.start])

    def hyphen(self, k: int) -> bool:
        """Token k is a hyphen joining the words either side: 'twenty-one', 'fifty - two'."""
        return self.low(k) in ("-", "–") and (
            self.adjacent(k - 1, k) and self.adjacent(k, k + 1) or self.spaced(k - 1, k) and self.spaced(k, k + 1))

    def word_number(self, i: int) -> tuple[int, Fraction] | None:
        """Number words from token i: 'twenty-six', 'one hundred and three', 'a dozen'."""
        c = self.cardinal(i)
        return (c.end, Fraction(c.value)) if c else None

    def cardinal(self, i: int, allow_comma: bool = True) -> _Card | None:
        """The cardinal from token i, parsed once: several rules ask for it at the same token."""
        key = i if allow_comma else -1 - i
        if key not in self._cards:
            self._cards[key] = self._cardinal(i, allow_comma)
        return self._cards[key]

    def _cardinal(self, i: int, allow_comma: bool) -> _Card | None:
        """A cardinal written in words from token i.

        Groups close with a scale word (thousand, million, lakh ...) and scales fall from left
        to right, except that a bigger scale straight after a smaller one multiplies the whole
        ('two thousand million', 'three lakh crore'). 'and' joins a group to the tens and units
        after a hundred or a scale; a comma may do the same after a scale word when what follows
        holds a hundred or a smaller scale ('three million, two hundred & forty'). Every token
        is looked at once: linear time.
        """
        toks = self.toks
        first = self.low(i)
        j = i
        last = ""  # what the last word taken was: a, zero, unit, tens, hundred, scale, and, dozen
        if first in ("a", "an", "hundred"):
            nxt = self.low(i + 1)
            if not (nxt in BIG_SCALES or first != "hundred" and (nxt == "hundred" or nxt in DOZEN_WORDS)) \
                    or not self.gap_is_space(i, i + 1):
                return None
            last = "a"
            j = i + (first != "hundred")
        total = current = 0
        min_scale = 0  # the smallest scale word so far (0: none yet)
        card = _Card(i, 0)
        comma: tuple[int, int, int, int, str] | None = None  # state where a comma was crossed
        before_and = ""
        grouped_since_comma = False
        while j < len(toks):
            w = toks[j].low
            if j > i and not self.gap_is_space(j - 1, j):
                break
            if w in ZERO_WORDS:
                if last:
                    break
                last, card.end = "zero", j + 1
                break
            if w in UNITS_WORDS:
                u = UNITS_WORDS[w]
                if not (last in ("", "hundred", "scale", "and") or last == "tens" and u < 10):
                    break
                current += u
                last, card.end = "unit", j + 1
                j += 1
                continue
            if w in TENS_WORDS:
                if last not in ("", "hundred", "scale", "and"):
                    break
                current += TENS_WORDS[w]
                last, card.end, card.tens_at = "tens", j + 1, j
                nxt = self.low(j + 2)
                if self.hyphen(j + 1) and nxt in UNITS_WORDS and 0 < UNITS_WORDS[nxt] < 10:
                    current += UNITS_WORDS[nxt]
                    last, card.end = "unit", j + 3
                    j += 3
                    continue
                j += 1
                continue
            if w == "hundred":
                if not (last in ("unit", "tens") and current < 100 or last == "a"):
                    break
                current = (current or 1) * 100
                last, card.end, card.hundred = "hundred", j + 1, True
                grouped_since_comma = True
                j += 1
                continue
            if w in BIG_SCALES:
                scale = SCALE_WORDS[w]
                if last in ("unit", "tens", "hundred", "a"):
                    if min_scale and scale >= min_scale:
                        break
                    total += (current or 1) * scale
                elif last == "scale" and current == 0 and total < scale:
                    total *= scale  # 'two thousand million', 'three lakh crore'
                else:
                    break
                current, min_scale = 0, scale
                last, card.end, card.scale = "scale", j + 1, scale
                grouped_since_comma = True
                j += 1
                continue
            if w in DOZEN_WORDS:
                if last not in ("unit", "tens", "a"):
                    break
                rest = current % 100
                current += (rest or 1) * 12 - rest  # 'three hundred and two dozens' is 324
                last, card.end = "dozen", j + 1
                break
            nxt = self.low(j + 1)
            joins = nxt in TENS_WORDS or nxt in UNITS_WORDS and nxt not in ZERO_WORDS
            if w in ("and", "&") and last in ("hundred", "scale") and current % 100 == 0 and joins:
                card.and_at, card.before_and = j, total + current
                card.scale_before_and = min_scale if last == "scale" else 1
                before_and, last = last, "and"
                j += 1
                continue
            if w == "," and allow_comma and last == "scale" and comma is None and self.adjacent(j - 1, j) \
                    and self.spaced(j, j + 1) and joins:
                comma = (card.end, total, current, card.scale, last)
                grouped_since_comma = False
                before_and, last = last, "and"
                j += 1
                continue
            break
        if comma is not None and (not grouped_since_comma or j < len(toks) and toks[j].low in BIG_SCALES and last != "scale"):
            # the comma separated two numbers after all: 'three million, two million'
            card.end, total, current, card.scale, last = comma
            if card.and_at > card.end:
                card.and_at = -1
        if not last or last == "a" or card.end <= i:
            return None
        if card.and_at >= card.end:
            card.and_at = -1
        card.value = total + current
        card.last = last if last != "and" else before_and
        return card

    # --- the chain of rules --------------------------------------------------------
    def run(self) -> list[Mention]:
        i = 0
        n = len(self.toks)
        skip = sorted(self.skip)
        s = 0  # skip ranges before s end before the current token
        rules = (self.pvalue, self.date, self.time, self.label, self.one_in_n, self.over, self.digits,
                 self.words, self.fraction, self.multiple)
        while i < n:
            t = self.toks[i]
            if t.kind == "word" and t.low not in _WORD_STARTS or t.kind == "punct" and t.text not in _PUNCT_STARTS:
                i += 1  # no rule starts at this token
                continue
            while s < len(skip) and skip[s][1] <= t.start:
                s += 1
            k = s
            while k < len(skip) and skip[k][0] <= t.start and not t.start < skip[k][1]:
                k += 1
            if k < len(skip) and skip[k][0] <= t.start < skip[k][1]:
                i += 1
                continue
            if t.kind == "num" and len(t.text) > _MAX_DIGITS:
                # a run of digits too long to be a figure (a serial, a hash, a hostile file):
                # a code, and never an integer conversion of ten thousand digits
                i = self.label_emit(i, i + 1, "code", Fraction(0))
                continue
            j = 0
            for rule in rules:
                j = rule(i)
                if j:
                    break
            i = j if j > i else i + 1
        return self.out

    def emit(self, fig: _Figure, hedge: str = "exact", hedge_start: int | None = None) -> None:
        if fig.kind in _SIGNED_KINDS and self.sign_word(fig.i):
            fig.i, fig.value = fig.i - 1, -fig.value
        if hedge == "exact":
            hedge, hedge_start = self.hedge_before(fig.i)
        a = self.toks[fig.i].start
        b = self.toks[fig.j - 1].end
        if fig.kind == "count" and hedge == "exact" and fig.value in _RATE_BASES and fig.i > 0 \
                and self.low(fig.i - 1) in ("per", "every"):
            # the base of a rate ('12.3 per 1,000', 'for every 100,000') is part of its unit, not a figure
            fig.kind, fig.extra = "label", fig.extra + (("rate_base", True),)
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

    def sign_word(self, i: int) -> bool:
        """'minus' or 'negative' just before token i makes the figure negative, unless it is a
        subtraction: '100 minus 87.2', 'seven minus two'."""
        if self.low(i - 1) not in SIGN_WORDS or self.low(i) in _MINUS or not self.gap_is_space(i - 1, i):
            return False
        before = self.tok(i - 2)
        if before is None or "\n\n" in self.text[before.end:self.toks[i - 1].start]:
            return True
        w = before.low
        if w == "plus" or self.low(i - 3) == "plus":
            return False  # 'plus or minus 2.1 points' is a margin
        return not (before.kind == "num" or w in UNITS_WORDS or w in TENS_WORDS or w in SCALE_WORDS
                    or w in DOZEN_WORDS or w in (")", "%", "]") or w in FRACTION_DENOMINATORS)

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
        for words, name in _HEDGES_BY_LAST.get(self.low(i - 1), ()):
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
                if words == ("top",) and not re.fullmatch(r"[a-z]{3,}s", self.low(i - 2)):
                    continue  # 'wardens top 400' is over 400; 'the top 10', 'Top 40' are ranks
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
                return None  # 'may' in lower case is the verb
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
        if prev and prev.low in LABEL_BEFORE and (prev.low not in ("no", "number", "year", "years", "key", "line", "v", "p", "q", "issue", "unit", "part", "item") or
                                                    prev.text[0].isupper() or prev.low in ("p", "pp")):
            # ('Years 7 to 11' are school years; 'years 7 to 11' of a plan, or '5 years', are not)
            if prev.low in ("year", "years") and not prev.text[0].isupper():
                return 0
            return self.label_emit(i, i + 1, "label", _num_value(raw)[0])  # type: ignore[index]
        # the next of a list of labels: the 5 of 'levels 4 and 5', the 3 of 'stages 1 to 3'
        if prev and prev.low in ("and", "or", "to", "&") and self.tok(i - 2) and self.out and self.out[-1].kind == "label" \
                and self.out[-1].end == self.toks[i - 2].end and raw.isdigit() \
                and 0 < int(raw) - self.out[-1].value <= 10:
            return self.label_emit(i, i + 1, "label", _num_value(raw)[0])  # type: ignore[index]
        # an emergency or service number: 'calls on 999', 'dial 111', 'the 101 line', '999 calls'
        # (not a count of a plural noun after it: 'on 911 occasions', 'the 101 cases')
        counted = nxt is not None and nxt.kind == "word" and nxt.low.endswith("s") and not nxt.low.endswith(("ss", "us")) \
            and nxt.low not in _SERVICE_WORDS and nxt.low not in ("is", "was", "has", "its", "this", "as", "across")
        if raw in _SERVICE_NUMBERS and not counted and ((prev and prev.low in ("on", "dial", "dialled", "dialling", "ring", "rang", "via", "to", "the", "through"))
                                        or (nxt and nxt.low in _SERVICE_WORDS)):
            return self.label_emit(i, i + 1, "code", Fraction(0))
        # a heading number at the start of a line: '3.1 Incidents'
        if "." in raw and "," not in raw and self._line_start(t.start) and nxt and nxt.kind == "word" \
                and nxt.text not in SPACED_SCALE \
                and nxt.text[0].isupper() and self.text.count("\n", t.start, nxt.start) == 0:
            return self.label_emit(i, i + 1, "label", _num_value(raw)[0])  # type: ignore[index]
        # a section or list number at the start of a line after a blank one or a finished
        # line, its full stop, then a capital: '3. Complaints by source', '1. 412 people came'
        # (not a sentence carried over a line: 'it rose to\n3. The council said')
        if raw.isdigit() and len(raw) <= 2 and self._line_start(t.start) and nxt is not None and nxt.text == "." \
                and nxt.start == t.end and re.match(r"[ \t]+(?:[A-Z]|[£$€]?\d)", self.text[nxt.end:nxt.end + 3]) \
                and self._line_closed(t.start):
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
        # years, and decades: the 1990s
        if self._year(i) is not None and 1800 <= int(raw) <= 2100:
            if raw.endswith("0") and self.low(i + 1) == "s" and self.adjacent(i, i + 1):
                return self.label_emit(i, i + 2, "year", Fraction(int(raw)), decade=True)
            if not self._figure_follows(i + 1) and not (prev and prev.text in CURRENCY_SYMBOLS):
                return self.label_emit(i, i + 1, "year", Fraction(int(raw)))
        return 0

    def _line_start(self, pos: int) -> bool:
        """Only '#', spaces and tabs stand between pos and the start of its line (looking back
        over those characters alone, so that a long line costs nothing)."""
        k = pos - 1
        while k >= 0 and self.text[k] in "# \t":
            k -= 1
        return k < 0 or self.text[k] == "\n"

    def _line_closed(self, pos: int) -> bool:
        """Whether the line before pos's line (pos at a line's start) is none, blank, finished
        by a stop, colon or bracket, or a heading or list item: no sentence carries over."""
        start = self.text.rfind("\n", 0, pos)
        if start < 0:
            return True
        prev = self.text[self.text.rfind("\n", 0, start) + 1:start].strip()
        return not prev or prev[-1] in ".:;!?)" or prev[0] in "-*#|"

    def _figure_follows(self, j: int) -> bool:
        """A year-like number followed by %, a scale, a unit or a plural noun is a figure."""
        t = self.tok(j)
        if not t:
            return False
        w = t.low
        if t.text == "%" or w in ("per", "percent", "pc") or w in SCALE_WORDS or w in UNIT_WORDS:
            return True
        if w == "percentage" and self.low(j + 1) in ("point", "points"):  # not 'in 2000 percentage terms'
            return True
        if t.kind == "word" and w.endswith("s") and not w.endswith("ss") and w not in (
                "was", "is", "has", "as", "its", "this", "his", "hers", "ours", "yes", "us", "less",
                "plus", "thus", "versus") and self.gap_is_space(j - 1, j) and t.text[0].islower():
            return True
        return False

    # --- p-values ----------------------------------------------------------------------
    def pvalue(self, i: int) -> int:
        """A p-value after 'p' (or 'ps', 'p-value') and a comparison: 'p = .03', 'p < .001',
        'ps > .20', 'p = 2.1e-5', 'p = 1.2 × 10−5'. It is its own kind, never compared as a
        quantity, and its interval stays inside [0, 1]: 'p = .03' is [.025, .035], 'p < .001'
        is [0, .001), 'p > .05' is (.05, 1]."""
        t = self.toks[i]
        c = self.tok(i - 1)
        if c is None or c.text not in _P_COMPARISONS or (t.kind != "num" and t.text != "."):
            return 0
        k = last = i - 2
        if self.low(k) in ("value", "values"):  # 'p-value =', 'p value ='
            k -= 2 if self.low(k - 1) == "-" and self.adjacent(k - 1, k) and self.adjacent(k - 2, k - 1) else 1
        w = self.tok(k)
        if w is None or w.low not in _P_WORDS or not self._p_gap(last, i - 1) or not self._p_gap(i - 1, i):
            return 0
        if k < last and not (k == last - 2 or self.text[w.end:self.toks[last].start] == " "):
            return 0
        if t.text == ".":
            d = self.tok(i + 1)
            if not (d and d.kind == "num" and d.text.isdigit() and self.text[t.end:d.start] in ("", " ")):
                return 0
            raw, j = "0." + d.text, i + 2
        elif _PLAIN.fullmatch(t.text):
            raw, j = t.text, i + 1
        else:
            return 0
        value = Fraction(raw)
        unit = Fraction(1, 10 ** len(raw.split(".")[1])) if "." in raw else Fraction(1)
        sci = self._p_exponent(j)
        if sci:
            j, exp = sci
            value, unit = value * Fraction(10) ** exp, unit * Fraction(10) ** exp
        nxt = self.tok(j)
        if value > 1 or nxt and nxt.low in ("%", "per", "percent") and self._p_gap(j - 1, j):
            return 0
        hedge, cmp = _P_COMPARISONS[c.text]
        if hedge == "exact":
            iv = Interval(max(value - unit / 2, Fraction(0)), min(value + unit / 2, Fraction(1)))
        elif hedge in ("less than", "at most"):
            iv = Interval(Fraction(0), value, high_open=hedge == "less than")
        else:
            iv = Interval(value, Fraction(1), low_open=hedge == "more than")
        a, b = self.toks[i].start, self.toks[j - 1].end
        extra: tuple[tuple[str, object], ...] = (("comparison", cmp),)
        if hedge != "exact":
            extra += (("hedge_start", c.start),)
        self.out.append(Mention(id=f"m{len(self.out) + 1}", start=a, end=b, text=self.text[a:b], value=value, kind="pvalue",
                                hedge=hedge, interval=iv, precision=unit, extra=extra))
        return j

    def _p_gap(self, a: int, b: int) -> bool:
        gap = self.text[self.toks[a].end:self.toks[b].start]
        return len(gap) <= 3 and (not gap or gap.isspace())

    def _p_exponent(self, j: int) -> tuple[int, int] | None:
        """'e-3' glued to a p, or ' × 10−5', ' x 10^-5', '×10⁻⁵' with or without spaces."""
        if self.low(j) == "e" and self.adjacent(j - 1, j):
            k = j + 1 + (self.low(j + 1) in ("-", "−", "+"))
            d = self.tok(k)
            if d and d.kind == "num" and d.text.isdigit() and len(d.text) <= 3 and self.adjacent(k - 1, k):
                return k + 1, int(d.text) * (-1 if self.low(j + 1) in ("-", "−") else 1)
            return None
        if self.low(j) not in ("x", "×", "·", "*") or self.low(j + 1) != "10" or not self._p_gap(j - 1, j):
            return None
        k = j + 2
        if self.low(k) == "^":
            k += 1
        sign = 1
        if self.low(k) in ("-", "−", "⁻"):
            sign, k = -1, k + 1
        d = self.tok(k)
        if d and d.kind == "num" and d.text.isdigit() and len(d.text) <= 3 and self.adjacent(k - 1, k):
            return k + 1, sign * int(d.text)
        if d and d.kind == "word" and len(d.text) <= 3 and all(ch in SUPERSCRIPTS for ch in d.text) and self.adjacent(k - 1, k):
            return k + 1, sign * int("".join(str(SUPERSCRIPTS[ch]) for ch in d.text))
        return None

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
        # 'one in 10 years' is a frequency, not a share; 'two in five hours' is a share of hours
        if a == 1 and self.low(end) in UNIT_WORDS and UNIT_WORDS[self.low(end)] in TIME_UNITS:
            return 0
        if self.low(end) == "%" or self.low(end) in ("per", "percent"):
            return 0
        fig = _Figure(i, end, a / n, "ratio", None, extra=(("numerator", a), ("denominator", n)))
        self.emit(fig)
        return end

    # --- 'one over three' ----------------------------------------------------------------
    def _whole_number(self, i: int) -> tuple[int, int] | None:
        """A whole number standing alone from token i: '3', '2,000', 'twenty-one'."""
        t = self.tok(i)
        if not t:
            return None
        if t.kind == "num":
            v = _num_value(t.text)
            nxt = self.tok(i + 1)
            if not v or v[0].denominator != 1 or "." in t.text or nxt and self.adjacent(i, i + 1) and nxt.text not in ".,;:!?)":
                return None
            return i + 1, int(v[0])
        c = self.cardinal(i, allow_comma=False)
        if c is None or c.last == "dozen" or self.hyphen(c.end):
            return None
        return c.end, c.value

    def over(self, i: int) -> int:
        """'one over three', '1 over 20', '2000 over 3': a fraction read out as a division.

        Only where the divisor ends the phrase: '£2000 over 3 years' and 'up 5 over 3 months'
        are a figure and a period."""
        prev = self.tok(i - 1)
        if prev and prev.text in CURRENCY_SYMBOLS and prev.end == self.toks[i].start:
            return 0
        a = self._whole_number(i)
        if not a or self.low(a[0]) != "over" or not self.gap_is_space(a[0] - 1, a[0]):
            return 0
        b = self._whole_number(a[0] + 1)
        if not b or b[1] == 0 or not self.gap_is_space(a[0], a[0] + 1):
            return 0
        end = b[0]
        nxt = self.tok(end)
        if nxt and "\n" not in self.text[self.toks[end - 1].end:nxt.start]:
            if nxt.kind == "punct" and nxt.text in "%/^-–":
                return 0
            if nxt.kind != "punct" and nxt.low not in ("is", "equals", "equal", "and", "or"):
                return 0
        value = Fraction(a[1], b[1])
        self.emit(_Figure(i, end, value, "fraction" if value < 1 else "decimal", None))
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
            if t.text in VULGAR_FRACTIONS:
                # '½', '⅓ cup'
                fig = _Figure(i, i + 1, VULGAR_FRACTIONS[t.text], "fraction", None)
                if self.negative_sign(i):
                    fig.i, fig.value = i - 1, -fig.value
                return self.suffixes(fig, "")
            return 0
        raw = t.text
        j = i + 1
        grouped = self.space_groups(i)
        if grouped:
            j, raw = grouped
        parsed = _num_value(raw)
        if parsed is None:
            return 0
        value, precision = parsed
        kind = "count" if value.denominator == 1 and "." not in raw else "decimal"
        if kind == "count" and value >= 1000:
            # 11,200 may be a figure rounded to the hundred; 404 and 800 are exact
            unit = _trailing_zero_unit(raw)
            precision = unit if unit >= 100 else precision
        fig = _Figure(i, j, value, kind, precision)
        # negative: '-5' with the minus glued on and not after a word or number
        neg = self.negative_sign(i)
        if neg:
            fig.i = i - 1
            fig.value = -value
        nxt = self.tok(j)
        # a mixed number with a vulgar fraction: '2½'
        if nxt and nxt.text in VULGAR_FRACTIONS and not grouped and raw.isdigit() and (self.adjacent(i, j) or self.spaced(i, j)):
            frac = VULGAR_FRACTIONS[nxt.text]
            fig.value += -frac if neg else frac
            fig.j, fig.kind, fig.precision = j + 1, "decimal", None
            return self.suffixes(fig, "")
        # scientific notation: 1e10, -127.32e13, 1.3x10^6, 2.48×10−5, 4×10⁶
        sci = self.exponent(j) if not grouped else None
        if sci:
            fig.j, exp = sci
            fig.value *= Fraction(10) ** exp
            if fig.precision is not None:
                fig.precision = (fig.precision if "." in raw else Fraction(1)) * Fraction(10) ** exp
            fig.kind = "count" if fig.value.denominator == 1 and exp >= 0 else "decimal"
            return self.suffixes(fig, raw)
        # '2 and a half years', '2 and a half million'
        if kind == "count" and not grouped and self.low(j) in ("and", "&") and self.gap_is_space(j - 1, j):
            f = self.fraction_phrase(j + 1, allow_number=False)
            if f:
                fig.value += -f[1] if neg else f[1]
                fig.j, fig.kind, fig.precision = f[0] - (f[2] > 0), "decimal", None
                return self.suffixes(fig, raw)
        # vulgar fraction written with digits: 2 1/2, 3/4
        if nxt and nxt.text == "/" and not grouped and self.adjacent(i, i + 1) and self.tok(i + 2) and \
                self.toks[i + 2].kind == "num" and self.adjacent(i + 1, i + 2) and t.text.isdigit() \
                and self.toks[i + 2].text.isdigit() and int(self.toks[i + 2].text) not in (0,) and len(self.toks[i + 2].text) <= 3 \
                and len(t.text) <= 3:
            frac = Fraction(int(t.text), int(self.toks[i + 2].text))
            # dates such as 5/17/2018 are not fractions
            if self.low(i + 3) == "/":
                return self.label_emit(i, min(i + 5, len(self.toks)), "date", Fraction(0))
            start = fig.i
            prev = self.tok(i - 1)
            if prev and prev.kind == "num" and prev.text.isdigit() and self.gap_is_space(i - 1, i) and frac < 1:
                # the whole part was already emitted as its own mention: replace it
                if self.out and self.out[-1].start == prev.start:
                    whole = self.out.pop()
                    frac += abs(whole.value)
                    neg = whole.value < 0
                    start = i - 1 - (whole.start < prev.start)
            fig = _Figure(start, i + 3, -frac if neg else frac, "fraction", None)
            self.emit(fig)
            return i + 3
        return self.suffixes(fig, raw)

    def negative_sign(self, i: int) -> bool:
        """A minus glued to the figure at token i and standing alone: '-5', '(-5)', '$-99.99',
        not the hyphen of 'COVID-19', a range '10-12' or a sum '10 -5'."""
        prev = self.tok(i - 1)
        if not (prev and prev.text in _MINUS and prev.end == self.toks[i].start):
            return False
        before = self.tok(i - 2)
        if not before or before.text in ("(", "=", ":", "[") or before.text in CURRENCY_SYMBOLS and before.end == prev.start:
            return True
        if before.end == prev.start:
            return False
        return before.kind != "num" or "\n" in self.text[before.end:prev.start]

    def space_groups(self, i: int) -> tuple[int, str] | None:
        """Thousands set off by spaces: '1 234 567', '40\u202f000' (one space, no-break space,
        narrow no-break space or thin space before each group of three). A run that sits in a
        row of other numbers ('12 345 6') is a row of figures, not one figure."""
        t = self.toks[i]
        if not (t.text.isdigit() and len(t.text) <= 3 and t.text[0] != "0"):
            return None
        prev = self.tok(i - 1)
        if prev and prev.kind == "num" and prev.text.isdigit() and len(prev.text) <= 3 and self._group_gap(i - 1, i):
            return None
        j = i + 1
        raw = t.text
        while j < len(self.toks) and self.toks[j].kind == "num" and _SPACE_GROUP.fullmatch(self.toks[j].text) \
                and self._group_gap(j - 1, j) and len(raw) <= _MAX_DIGITS:
            raw += self.toks[j].text
            j += 1
            if "." in raw:
                break
        if j == i + 1 or len(raw) > _MAX_DIGITS:
            return None
        nxt = self.tok(j)
        if nxt and (nxt.kind == "num" and self._group_gap(j - 1, j) or nxt.text in ("/", ",", ".") and self.adjacent(j - 1, j)
                    and self.tok(j + 1) and self.toks[j + 1].kind == "num" and self.adjacent(j, j + 1)):
            return None
        return j, raw

    def _group_gap(self, a: int, b: int) -> bool:
        gap = self.text[self.toks[a].end:self.toks[b].start]
        return len(gap) == 1 and gap in _GROUP_SPACES

    def exponent(self, j: int) -> tuple[int, int] | None:
        """Scientific notation after a mantissa ending before token j: 'e10', 'E-3', 'e+14',
        'x10^6', '×10^-4', '×10−5' (a superscript lost in copying), '×10⁶'.
        Returns (end, power of ten). '1.1^23' is a power, not this, and is left alone."""
        t = self.tok(j)
        if not t or not self.adjacent(j - 1, j):
            return None
        if t.text in ("e", "E"):
            k = j + 1
            sign = 1
            if self.low(k) in ("+", "-", "−") and self.adjacent(k - 1, k):
                sign = -1 if self.low(k) != "+" else 1
                k += 1
            d = self.tok(k)
            if d and d.kind == "num" and d.text.isdigit() and len(d.text) <= 3 and self.adjacent(k - 1, k) \
                    and not (self.tok(k + 1) and self.toks[k + 1].kind == "word" and self.adjacent(k, k + 1)):
                return k + 1, sign * int(d.text)
            return None
        if t.text not in ("x", "×", "X"):
            return None
        ten = self.tok(j + 1)
        if not (ten and ten.text == "10" and self.adjacent(j, j + 1)):
            return None
        k = j + 2
        sup = self.tok(k)
        if not sup or not self.adjacent(k - 1, k):
            return None
        if sup.text == "^":
            k += 1
            sign = 1
            if self.low(k) in ("+", "-", "−") and self.adjacent(k - 1, k):
                sign = -1 if self.low(k) != "+" else 1
                k += 1
            d = self.tok(k)
            if d and d.kind == "num" and d.text.isdigit() and len(d.text) <= 3 and self.adjacent(k - 1, k):
                return k + 1, sign * int(d.text)
            return None
        sign = 1
        if sup.text in ("-", "−", "⁻"):
            sign = -1
            k += 1
            sup = self.tok(k)
            if not sup or not self.adjacent(k - 1, k):
                return None
            if sup.kind == "num" and sup.text.isdigit() and len(sup.text) <= 2 and self.toks[k - 1].text != "⁻":
                return k + 1, -int(sup.text)
        if sup.kind == "word" and len(sup.text) <= 3 and all(ch in SUPERSCRIPTS for ch in sup.text):
            return k + 1, sign * int("".join(str(SUPERSCRIPTS[ch]) for ch in sup.text))
        return None

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
        if currency and self.negative_sign(fig.i) and fig.value > 0:
            fig.i, fig.value = fig.i - 1, -fig.value  # '-£5'
        # scale: 800k, 1.2m, 3.5bn (glued) or '12.4 million', '2 hundred', '2.33 k', '10 bln'
        n = self.tok(j)
        word_scale = False
        if n and n.kind == "word" and n.start == self.toks[j - 1].end and (
                n.text in SCALE_SUFFIX or currency and n.text in CURRENCY_SCALE_SUFFIX):
            metres = n.text == "m" and not currency and self._metres_follow(j + 1)
            if metres:
                fig.kind, fig.unit = "quantity", "metre"
                fig.j = j + 1
                self.emit(fig)
                return fig.j
            fig.scale = SCALE_SUFFIX.get(n.text) or CURRENCY_SCALE_SUFFIX[n.text]
            j += 1
        elif n and n.low in SCALE_WORDS and self.gap_is_space(j - 1, j) and n.low != "hundred" or (
                n and n.low == "hundred" and self.gap_is_space(j - 1, j)):
            fig.scale = SCALE_WORDS[n.low]
            word_scale = True
            j += 1
            if self.low(j) in SCALE_WORDS and fig.scale == 100 and self.gap_is_space(j - 1, j):
                fig.scale *= SCALE_WORDS[self.low(j)]
                j += 1
        elif n and n.kind == "word" and n.text in SPACED_SCALE and self.spaced(j - 1, j) and self.toks[j - 1].kind == "num" \
                and not (self.tok(j + 1) and self.adjacent(j, j + 1) and self.toks[j + 1].text not in ".,;:!?)"):
            fig.scale = SPACED_SCALE[n.text]
            j += 1
        elif n and n.low in DOZEN_WORDS and self.gap_is_space(j - 1, j) and fig.value.denominator == 1:
            fig.scale = 12  # '3 dozens', '3 dzs'
            j += 1
        if fig.scale != 1:
            fig.value *= fig.scale
            if fig.precision is not None:
                fig.precision *= fig.scale
            if fig.kind in ("decimal", "fraction"):
                fig.kind = "count"
            if word_scale and fig.value.denominator == 1:
                j = self.scale_rest(fig, j)
        fig.j = j
        n = self.tok(j)
        if not currency and n and n.text in CURRENCY_SYMBOLS and self.adjacent(j - 1, j) \
                and not (self.tok(j + 1) and self.toks[j + 1].kind == "num" and self.adjacent(j, j + 1)):
            currency = CURRENCY_SYMBOLS[n.text]  # '15€', written the continental way
            fig.j = j + 1
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
                self.toks[j + 1].low in ("year", "point", "day", "week", "month", "hour", "minute", "mile", "tonne", "metre", "page", "item", "bed",
                                         "storey", "seat", "member", "strong", "decibel", "kilometre", "hectare", "acre", "litre"):
            # '7-point scale', '24-year-olds', 'a 12-mile route' are labels of what follows
            after = self.toks[j + 1].low
            if after in ("year",) and self.low(j + 2) in ("-",) and self.low(j + 3) in ("olds", "old"):
                fig.kind, fig.unit, fig.j = "age", "year", j + 4
            elif after in ("year", "day", "week", "month", "hour", "minute", "mile", "tonne", "metre", "decibel", "kilometre", "hectare",
                           "acre", "litre"):  # 'a 7.5-tonne limit'
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

    def scale_rest(self, fig: _Figure, j: int) -> int:
        """The rest of a figure of digits and scale words from token j: '4 thousand 3 hundred
        and 21', '3 hundred and one', '6 crore and two hundred', '3 million and a half'.

        After a hundred, 'and' takes tens and units; after a larger scale, a part needs a scale
        of its own ('£3 million and 40 jobs' is two figures)."""
        last = fig.scale
        while j < len(self.toks):
            k = j
            joined = self.low(k) in ("and", "&") and self.gap_is_space(k - 1, k)
            if joined:
                k += 1
            if k >= len(self.toks) or not self.gap_is_space(k - 1, k):
                break
            t = self.toks[k]
            if joined and t.low in ("a", "an") and last >= 1000:
                f = self.fraction_phrase(k, allow_number=False)
                if f and not f[2]:
                    fig.value += f[1] * last  # '3 million and a half'
                    return f[0]
                break
            value: Fraction | None = None
            scale = 1
            end = k
            if t.kind == "num" and t.text.isdigit() and len(t.text) <= 3 and not (self.tok(k + 1) and self.adjacent(k, k + 1)):
                value, end = Fraction(int(t.text)), k + 1
                if self.low(end) in SCALE_WORDS and self.gap_is_space(end - 1, end):
                    scale = SCALE_WORDS[self.low(end)]
                    value *= scale
                    end += 1
            elif t.kind == "word":
                c = self.cardinal(k, allow_comma=False)
                if c is not None and c.last not in ("zero", "dozen"):
                    value, end = Fraction(c.value), c.end
                    scale = c.scale if c.scale > 1 else 100 if c.hundred else 1
            if value is None or not 0 < value < last or scale == 1 and not (joined and last == 100 and value < 100):
                break
            fig.value += value
            if fig.precision is not None:
                fig.precision = Fraction(scale)
            j, last = end, scale
            if scale == 1:
                break
        return j

    def _metres_follow(self, j: int) -> bool:
        return self.low(j) in ("tall", "high", "long", "wide", "deep", "away", "above", "below",
                               "in", "of", "x", "by", "square", "squared", "long,", "-")

    # --- number words -----------------------------------------------------------------
    def words(self, i: int) -> int:
        t = self.toks[i]
        if t.kind != "word":
            return 0
        if t.low == "half" and self.low(i + 1) == "a" and self.low(i + 2) == "dozen":
            fig = _Figure(i, i + 3, Fraction(6), "count", Fraction(1))
            return self.suffixes(fig, "6")
        # 'one-to-one', 'one of', 'no one': pronoun uses of 'one' are still figures, but the
        # relation finders never pick a bare 'one' as a count
        c = self.cardinal(i)
        if c is None:
            return 0
        j, value = c.end, Fraction(c.value)
        # 'between one and three quarters' is two figures, not one and three quarters
        loose = self.low(i - 1) in ("between", "from")
        end = self.word_fraction(c, loose)
        if end:
            return end
        # 'twenty-first', 'the one hundred and fifth': an ordinal, not a count
        k = j + 1 if self.hyphen(j) or self.low(j) == "and" and c.last != "tens" else j
        ow = self.low(k)
        if c.last in ("tens", "hundred", "scale") and ow in ORDINAL_WORDS and ow != "second" and _ordinal_fits(c.value, ORDINAL_WORDS[ow]) \
                and (k > j or self.gap_is_space(j - 1, j)) and not (self.low(k + 1) in ("-", "–") and self.adjacent(k, k + 1)):
            return self.label_emit(i, k + 1, "ordinal", Fraction(c.value + ORDINAL_WORDS[ow]))
        # 'one and a half', 'one million and a half', 'twenty and three fifths'
        if self.low(j) in ("and", "&") and c.last not in ("zero", "dozen") and self.gap_is_space(j - 1, j):
            f = self.fraction_phrase(j + 1, allow_number=not loose)
            if f:
                e, frac, scale = f
                kind = "decimal"
                if scale and c.last == "scale":
                    value, kind = value + frac * scale, "count"  # 'one billion and a half million'
                elif scale:
                    value, e = value + frac, e - 1  # 'five and a half million': the scale is the whole's
                elif c.last == "scale":
                    value, kind = value + frac * c.scale, "count"  # 'one million and a half'
                else:
                    value += frac
                fig = _Figure(i, e, value, kind, None)
                return self.suffixes(fig, "")
        # 'two hundred point zero three', 'nine point nought four'
        if self.low(j) == "point" and c.last != "dozen" and self.gap_is_space(j - 1, j):
            d = self.point_digits(j + 1)
            if d:
                e, digits = d
                fig = _Figure(i, e, value + Fraction(int(digits), 10 ** len(digits)), "decimal", Fraction(1, 10 ** len(digits)))
                return self.suffixes(fig, "")
        # 'three times as likely' (not 'came over the wall nine times last winter': how often)
        if self.low(j) == "times" and self.gap_is_space(j - 1, j) and self.low(j + 1) not in _HOW_OFTEN_NEXT:
            fig = _Figure(i, j + 1, value, "multiple", None)
            self.emit(fig)
            return j + 1
        fig = _Figure(i, j, value, "count", Fraction(1))
        if value >= 100 and value % 100 == 0:
            fig.precision = _trailing_zero_unit(str(value.numerator))
        return self.suffixes(fig, str(value))

    def word_fraction(self, c: _Card, loose: bool) -> int:
        """A vulgar fraction whose numerator is the cardinal c: 'two-thirds', 'five - eighths',
        'three twenty-firsts', 'one hundred and three quarters' (a proper fraction after 'and'
        makes a mixed number), 'one hundred thirty fifths' (100/35), 'two thirds of a million'."""
        i, j = c.i, c.end
        k = j + 1 if self.hyphen(j) else j
        if k == j and not self.gap_is_space(j - 1, j):
            return 0
        w = self.low(k)
        num, whole, whole_scale = c.value, 0, 1
        if w in FRACTION_DENOMINATORS:
            end, den, plural = k + 1, FRACTION_DENOMINATORS[w], w in PLURAL_DENOMINATORS
            if c.and_at >= 0 and not loose and 0 < c.value - c.before_and < den:
                whole, num, whole_scale = c.before_and, c.value - c.before_and, c.scale_before_and
            elif c.last == "tens" and plural and w[:-1] in UNIT_ORDINALS and c.tens_at > i \
                    and self.low(c.tens_at - 1) != "and" and w != "seconds":
                # 'one hundred thirty fifths': the tens word belongs to the ordinal
                tens = TENS_WORDS[self.low(c.tens_at)]
                num, den = c.value - tens, tens + UNIT_ORDINALS[w[:-1]]
        else:
            d = self.compound_ordinal(k)
            if d is None:
                return 0
            end, den, plural = d
        if num <= 0 or c.last == "zero" or not self.fraction_number_agrees(num, plural, k, end):
            return 0
        frac = Fraction(num, den)
        kind, precision = ("decimal" if whole or frac >= 1 else "fraction"), None
        sc = self.scale_after(end)
        if sc:
            end, scale = sc
            frac, kind, precision = frac * scale, "count", Fraction(scale, 10)
        elif whole and whole_scale > 1:
            frac, kind = frac * whole_scale, "count"
        fig = _Figure(i, end, whole + frac, kind, precision)
        if kind == "fraction":
            self.emit(fig)
            return end
        return self.suffixes(fig, "")

    def fraction_number_agrees(self, num: int, plural: bool, k: int, end: int) -> bool:
        """'three fifths' and 'one fifth', not 'two fifth'; 'the two third-party' and 'one third
        time' are no fractions; a singular ordinal that may be an adjective ('a twenty-first
        birthday') counts only where a noun does not follow it."""
        w = self.low(k)
        if plural:
            return True
        if num != 1 or self.low(end) in ("-", "–") and self.adjacent(end - 1, end):
            return False
        if w in ORDINAL_WORDS and self.low(end) == "time":
            return False
        if w not in _PROSE_DENOMINATORS:
            nxt = self.tok(end)
            return not (nxt and nxt.kind == "word" and nxt.low != "of" and self.gap_is_space(end - 1, end))
        return True

    def compound_ordinal(self, k: int) -> tuple[int, int, bool] | None:
        """A denominator of more than one word from token k: 'twenty-first', 'thirty fifths',
        'one hundred and fifth'. Returns (end, value, plural)."""
        w = self.low(k)
        if not (w in TENS_WORDS or w in ("one", "a") and self.low(k + 1) in ("hundred", "thousand")):
            return None
        p = self.cardinal(k, allow_comma=False)
        if p is None or p.last not in ("tens", "hundred", "scale") or p.and_at >= 0:
            return None
        q = p.end
        if self.hyphen(q):
            q += 1
        elif self.low(q) == "and" and p.last != "tens" and self.gap_is_space(q - 1, q) and self.gap_is_space(q, q + 1):
            q += 1
        elif not self.gap_is_space(q - 1, q):
            return None
        ow = self.low(q)
        base = ow[:-1] if ow.endswith("s") and ow[:-1] in ORDINAL_WORDS else ow
        if base not in ORDINAL_WORDS or base == "second" and not self.adjacent(q - 1, q):
            return None  # 'twenty seconds' is a time
        o = ORDINAL_WORDS[base]
        if not _ordinal_fits(p.value, o):
            return None
        return q + 1, p.value + o, base != ow

    def scale_after(self, e: int) -> tuple[int, int] | None:
        """A scale word after a fraction: 'half million', 'half a million', 'two thirds of a million'."""
        k = e
        if self.low(k) == "of":
            k += 1
        if self.low(k) in ("a", "an"):
            k += 1
        if self.low(k) in BIG_SCALES and (k == e or self.low(k - 1) in ("a", "an")) and all(
                self.gap_is_space(q - 1, q) for q in range(e, k + 1)):
            return k + 1, SCALE_WORDS[self.low(k)]
        return None

    def fraction_phrase(self, k: int, allow_number: bool) -> tuple[int, Fraction, int] | None:
        """A proper fraction from token k, after 'and': 'a half', 'a thirtieth', 'three fifths',
        'a half million'. Returns (end, fraction, scale word after it or 0)."""
        w = self.low(k)
        if not self.gap_is_space(k - 1, k):
            return None
        if w in ("a", "an"):
            num, q = 1, k + 1
        elif allow_number:
            c = self.cardinal(k, allow_comma=False)
            if c is None or c.last not in ("unit", "tens") or c.and_at >= 0:
                return None
            num, q = c.value, c.end
        else:
            return None
        q2 = q + 1 if self.hyphen(q) else q
        if q2 == q and not self.gap_is_space(q - 1, q):
            return None
        ow = self.low(q2)
        if ow in FRACTION_DENOMINATORS:
            end, den, plural = q2 + 1, FRACTION_DENOMINATORS[ow], ow in PLURAL_DENOMINATORS
        else:
            d = self.compound_ordinal(q2)
            if d is None:
                return None
            end, den, plural = d
        if not 0 < num < den or not self.fraction_number_agrees(num, plural, q2, end):
            return None
        if self.low(end) in BIG_SCALES and self.gap_is_space(end - 1, end):
            return end + 1, Fraction(num, den), SCALE_WORDS[self.low(end)]
        return end, Fraction(num, den), 0

    def point_digits(self, k: int) -> tuple[int, str] | None:
        """The digits after 'point' in words: 'zero three' is '03', 'seventy-one' is '71'."""
        digits = ""
        q = k
        while q < len(self.toks) and self.low(q) in UNITS_WORDS and UNITS_WORDS[self.low(q)] < 10 \
                and self.gap_is_space(q - 1, q) and not self.hyphen(q + 1):
            digits += str(UNITS_WORDS[self.low(q)])
            q += 1
        if digits:
            return q, digits
        c = self.cardinal(k, allow_comma=False)
        if c and c.value < 100 and c.last in ("unit", "tens") and self.gap_is_space(k - 1, k):
            return c.end, str(c.value)
        return None

    def fraction(self, i: int) -> int:
        """'a third', 'half', 'a quarter', 'a twenty-first', 'half a million', 'quarter million'
        ('three-quarters' comes via words())."""
        t = self.toks[i]
        w = t.low
        if w == "a" or w == "an" or w == "one":
            nxt = self.low(i + 1)
            if nxt in FRACTION_DENOMINATORS and nxt not in ("second",) and not (self.low(i + 2) in ("-",) and self.low(i + 3) in ("year", "party", "class", "world", "time", "generation")):
                if nxt in ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth") and self.low(i + 2) in ("time", "year", "day", "successive", "consecutive", "of"):
                    if self.low(i + 2) != "of":
                        return 0
                if not self.fraction_number_agrees(1, nxt in PLURAL_DENOMINATORS, i + 1, i + 2):
                    return 0
                return self.emit_fraction(i, i + 2, Fraction(1, FRACTION_DENOMINATORS[nxt]))
            d = self.compound_ordinal(i + 1)
            if d and not d[2] and self.fraction_number_agrees(1, False, d[0] - 1, d[0]):
                return self.emit_fraction(i, d[0], Fraction(1, d[1]))
            return 0
        if w == "quarter" and self.scale_after(i + 1):
            return self.emit_fraction(i, i + 1, Fraction(1, 4))
        if w == "half" and self.low(i + 1) not in ("-", "time", "term", "way", "hour", "century", "price", "marathon", "year"):
            if self.low(i - 1) in ("first", "second", "the", "other", "latter"):
                return 0
            nxt = self.low(i + 1)
            if re.fullmatch(r"[a-z]{2,}[^s]s", nxt) and nxt not in _VERBS_IN_S:
                return 0  # 'Half plots now make up 41 per cent': a kind of plot, no share of any
            return self.emit_fraction(i, i + 1, Fraction(1, 2))
        return 0

    def emit_fraction(self, i: int, end: int, frac: Fraction) -> int:
        """A fraction, or a count where a scale follows it: 'half a million' is 500000.

        >>> [m.text for m in extract("Stays were almost a day and a half shorter; a half of patients went home.")]
        ['a half']
        """
        sc = self.scale_after(end)
        if sc:
            fig = _Figure(i, sc[0], frac * sc[1], "count", Fraction(sc[1], 10))
            return self.suffixes(fig, "")
        j = end + 1 if self.low(end) == "of" else end
        if self.low(j) in ("a", "an") and self.low(j + 1) in _SPAN_UNITS:
            return 0  # 'within half an hour', 'a quarter of a mile': a length of time or way, no share
        if j == end and self.low(j) in ("a", "an") and self.low(j + 1).isalpha() and self.low(j + 1) not in ("per", "percentage", "percent"):
            return 0  # 'counts a part-cancelled train as half a cancellation': a part of one thing, no share
        k = i - 1 if self.low(i - 1) in ("a", "an") else i
        if self.low(k - 1) == "and" and self.low(k - 2).rstrip("s") in _SPAN_UNITS:
            return 0  # 'almost a day and a half shorter': a length of time, no share
        self.emit(_Figure(i, end, frac, "fraction", None))
        return end

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


def _ordinal_fits(cardinal: int, ordinal: int) -> bool:
    """The ordinal can end a compound on top of the cardinal: 'twenty' + 'first', 'one hundred'
    + 'fifth', 'one hundred' + 'twentieth', but not 'twenty' + 'tenth'."""
    place = min(10 ** len(str(ordinal)), 1000)
    return ordinal < cardinal and cardinal % place == 0


def _base_interval(fig: _Figure) -> Interval:
    """The values a figure may stand for, from the precision it is stated at."""
    v = fig.value
    if fig.kind == "ratio":
        x, y = fig.extra[0][1], fig.extra[1][1]
        assert isinstance(x, int | Fraction) and isinstance(y, int | Fraction)
        a, n = Fraction(x), Fraction(y)
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
    """The interval a hedge allows around a figure; a shrinking multiple turns the hedge round.

    >>> extract("Complaints more than halved.")[0].interval.high
    Fraction(1, 2)
    >>> extract("about 130 hours a week")[0].interval.low
    Fraction(125, 1)
    """
    if kind == "multiple" and 0 < v < 1:
        # 'more than halved' is less than half as many: the hedge says how far it shrank
        hedge = {"more than": "less than", "well over": "well under", "at least": "at most", "just over": "just under",
                 "less than": "more than", "well under": "well over", "at most": "at least", "just under": "just over"}.get(hedge, hedge)
    lo, hi = base.low, base.high
    zero = Fraction(0) if kind in ("count", "percent", "money", "ratio", "fraction", "quantity", "decimal") and v >= 0 else None
    if v < 0 and hedge in ("well over", "just over", "well under", "nearly", "just under"):
        return base  # 'nearly minus 5': which way the words lean is not plain, so the stated precision only
    if hedge in ("exact", "about"):
        if hedge == "about" and lo is not None and hi is not None and kind in ("count", "money", "decimal", "quantity") and (
                base.is_point or kind == "quantity" and v.denominator == 1 and hi - lo <= 1):
            # 'about 32' with no stated precision: allow the rounding of the last digit, and
            # 'about 850' its rounding to the ten (851 graffiti cases; 'about 130 hours a week',
            # 131.5)
            half = (_trailing_zero_unit(str(v.numerator)) if v.denominator == 1 and v > 0 else Fraction(1)) / 2
            return Interval(v - half, v + half)
        if hedge == "about" and lo is not None and hi is not None and not base.is_point and v > 0 and kind == "money" and hi - lo < 1:
            # a last written digit of 0 after 'about' is a rounding of its own: 'around £2.30' (£2.27 a week)
            step = hi - lo
            if (v / (10 * step)).denominator == 1:
                return Interval(min(lo, v - 5 * step), max(hi, v + 5 * step))
        if hedge == "about" and kind == "ratio" and lo is not None and hi is not None and 0 < v <= Fraction(1, 20):
            # 'about one in 50' rounds the 'in' figure as prose does (2.1 per cent is one in
            # 47.6): N within a tenth either way once N is 20 or more ('about one in ten'
            # keeps the rounding of its N: wider, it would allow more than one figure of a
            # report, and single out none)
            return Interval(min(lo, v * Fraction(10, 11)), max(hi, v * Fraction(10, 9)))
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
        # a little under v; for a stated figure, up to its own rounding above ('almost 12,000'
        # may be 12,040), but 'nearly half' is never more than half
        loose = kind in ("fraction", "ratio", "multiple")
        low = v * Fraction(22, 25)
        if kind == "percent" and 50 < v <= 100:
            # a share near the whole falls short of it by a share of the rest: 'almost 95 per
            # cent' is some 93 to 95, never 87.8 (as 'just over 5 per cent' did not)
            low = max(low, v - max((100 - v) * Fraction(3, 25), Fraction(2)))
        return Interval(low, v + ((hi - v) if hi is not None and hi > v and not loose else 0))
    if hedge == "just under":
        return Interval(v * Fraction(19, 20), v, high_open=True)
    return base


#: telephone numbers of the emergency and public services (UK 999, 111, 101; 112; US 911)
_SERVICE_NUMBERS = frozenset({"999", "111", "101", "112", "911"})
#: the words that follow a service number as its own ('999 calls', 'the 101 line')
_SERVICE_WORDS = frozenset({"call", "calls", "line", "lines", "service", "services", "number", "operator", "operators",
                            "handler", "handlers", "emergency"})
#: verbs in -s a share in words may open a clause with ('half says', 'half remains')
_VERBS_IN_S = frozenset("says goes does wants needs thinks believes feels agrees lives works uses takes makes gets sees comes "
                        "remains lacks holds falls rises owns pays receives reports expects this thus".split())

#: units a fraction measures out ('half an hour') rather than a share of something
_SPAN_UNITS = frozenset({"hour", "day", "week", "month", "year", "minute", "second", "decade", "century", "mile",
                         "metre", "meter", "kilometre", "kilometer", "litre", "liter", "pint", "point", "term", "season"})


def extract(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """Every figure in text, in order of appearance.

    'Nine times' is a multiple when it compares, a count when it says how often:

    >>> [(m.text, m.kind) for m in extract("Waves topped the wall nine times last winter, at five times the usual rate.")]
    [('nine', 'count'), ('five times', 'multiple')]
    >>> [(m.text, m.kind) for m in extract("A penalty of five times that amount; three times as likely.")]
    [('five times', 'multiple'), ('three times', 'multiple')]

    A unit hyphened to what it measures is still its unit:

    >>> [(m.text, m.unit) for m in extract("a 7.5-tonne limit on a 50-metre bridge")]
    [('7.5-tonne', 'tonne'), ('50-metre', 'metre')]
    """
    return _durations(text, _ages(text, _rates_per_base(text, _Parser(text, skip).run())))  # see _ages: 'aged 10 to 17' labels a group


#: a time given in two units: '6 minutes 48 seconds', '3m 54s', '2 hours and 15 minutes', '1h 40m'
_DURATION = re.compile(r"(?<![\w.,£$€])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*"
                       r"(hours?|hrs?|h|minutes?|mins?|m)\s*(?:and\s+)?(\d{1,2})\s*"
                       r"(minutes?|mins?|m|seconds?|secs?|s)(?![\w.]\w)", re.I)


def _durations(text: str, mentions: list[Mention]) -> list[Mention]:
    """A time said in two units is one figure in the larger: '6 minutes 48 seconds' is 6.8
    minutes and '3m 54s' 3.9 (not 3 million and 54), to the nearest second.

    >>> [(m.text, m.value, m.unit) for m in extract("Callers waited 6 minutes 48 seconds, or 3m 54s for waste.")]
    [('6 minutes 48 seconds', Fraction(34, 5), 'minute'), ('3m 54s', Fraction(39, 10), 'minute')]
    >>> [(m.text, m.value, m.unit) for m in extract("The average stay fell to two hours 47 minutes.")]
    [('two hours 47 minutes', Fraction(167, 60), 'hour')]
    """
    from dataclasses import replace

    merged: list[Mention] = []
    for d in _DURATION.finditer(text):
        big, small = d.group(2).lower()[0], d.group(4).lower()[0]
        if (big, small) not in (("h", "m"), ("m", "s")) or int(d.group(3)) >= 60:
            continue
        inside = [m for m in mentions if d.start() <= m.start < d.end()]
        if not inside or inside[0].start != d.start() or any(m.kind not in ("count", "quantity") for m in inside):
            continue
        first = d.group(1).lower()
        value = (int(first) if first.isdigit() else Fraction(UNITS_WORDS[first])) + Fraction(int(d.group(3)), 60)
        step = Fraction(1, 60)
        merged.append(replace(inside[0], end=d.end(), text=d.group(0), value=value, kind="quantity",
                              interval=Interval(value - step / 2, value + step / 2), precision=step,
                              unit="hour" if big == "h" else "minute", scale=1))
    if not merged:
        return mentions
    gone = [(m.start, m.end) for m in merged]
    kept = [m for m in mentions if not any(a <= m.start < b for a, b in gone)]
    out = sorted([*kept, *merged], key=lambda m: m.start)
    return [replace(m, id=f"m{k + 1}") for k, m in enumerate(out)]


#: what follows 'nine times' when it says how often something happened, not a multiple
_HOW_OFTEN_NEXT = frozenset({"last", "in", "a", "an", "per", "each", "every", "during", "since", "between", "before", "after",
                             "on", "at", "and", "or", "so", "already", "over", ".", ",", ";", ":", ""})
_AGED = re.compile(r"\b(?:aged|ages|age)\s+(?:between\s+|from\s+|under\s+|over\s+)?$", re.I)
#: 'under-25s', 'the over 50s': a plural of the age itself names the people of that age
_AGE_PLURAL = re.compile(r"s\b")
#: an age reached ('just turned 50', 'turning 18')
_TURNED = re.compile(r"\bturn(?:ed|ing|s)?\s+$", re.I)
_UNDER_OVER = re.compile(r"\b(?:under|over)[\s-]?$", re.I)
_AGE_TO = re.compile(r"\s*(?:-\s*)?(?:to|and|-|–)\s*$")  # '14- to 17-year-olds' hangs its hyphen
#: what follows an age range's upper end: 'the 19 to 21 age group', '16 to 24-year-olds'
_AGE_AFTER = re.compile(r"\s*(?:-\s*|\s)(?:year[- ]olds?\b|age\s+(?:group|band|range|bracket)s?\b)", re.I)
#: people past an age ('those under 35', 'residents over 65') ...
_PEOPLE_PAST = re.compile(r"\b(?:those|people|adults|residents|customers|respondents|patients|drivers|women|men|users|voters)\s+"
                          r"(?:aged\s+)?(?:under|over|below|above)\s+$", re.I)
_PEOPLE = re.compile(r"\b(?:those|them|people|adults|residents|customers|respondents|patients|drivers|women|men|users|voters)\s+(?:aged\s+)?$", re.I)
#: children named by an age bound ('children under eight', 'pupils aged over 11')
_CHILDREN_UNDER = re.compile(r"\b(?:children|pupils|babies|infants|toddlers|kids|boys|girls)\s+(?:aged\s+)?(?:under|over|below|above)\s+$", re.I)
#: ... the figure ending their phrase, no count of a unit after it ('those over 30 minutes late')
_AGE_ENDS = re.compile(r"\s*(?:[,.;:)–—-]|\s(?:the|it|was|were|had|have|and|or|who|said|did|is|are)\b)", re.I)
#: a person's name just before a figure in commas ('Keith Drury, 71,')
_NAMED = re.compile(r"(?:\b[A-Z][a-z'’-]+\s+|\b(?:son|daughter|grandson|granddaughter|brother|sister|wife|husband|partner|"
                    r"friend|boy|girl|nephew|niece)\s+)[A-Z][a-z'’-]+,\s*$")


def _ages(text: str, mentions: list[Mention]) -> list[Mention]:
    """An age is no count of anything: 'children aged between 10 and 17', 'aged 65' are
    ages (kind 'age', as '42-year-old' is), and so is the upper end of an age range: never
    a part, a whole or a total, though a report's age range may be quoted. So is a figure
    in commas after a person's name.

    >>> [m.kind for m in extract("Retired postman Keith Drury, 71, said 12 trains ran late.")]
    ['age', 'count']
    >>> [m.kind for m in extract("In Castle Ward, 71 homes were empty.")]
    ['count']
    >>> [m.kind for m in extract("Most care leavers in the 19 to 21 age group had homes; 14 did not.")]
    ['age', 'age', 'count']
    >>> [m.kind for m in extract("Only 58.3 per cent of 14- to 17-year-olds had a check.")]
    ['percent', 'age', 'age']
    >>> [m.kind for m in extract("Kerry Adebayo, 41, whose son Jayden, 14, broke his wrist, said so.")]
    ['age', 'age']
    >>> [m.kind for m in extract("Among those under 35 the figure was 58.1 per cent.")]
    ['age', 'percent']
    >>> [m.kind for m in extract("In all 1,186 people took part, 472 of them under 18 - about four in ten.")]
    ['count', 'count', 'age', 'ratio']
    >>> [m.kind for m in extract("Of 64 jobs, nearly half were taken by under-25s and 9 by over 50s.")]
    ['count', 'fraction', 'age', 'count', 'age']
    >>> [m.kind for m in extract("Of 2,150 customers, 35 were under 35 minutes late.")]
    ['count', 'count', 'quantity']
    >>> [m.kind for m in extract("It offered 2,596 places for children under eight, compared with 2,790.")]
    ['count', 'age', 'count']
    >>> [m.kind for m in extract("Of those invited, most of them just turned 50, 56.4 per cent took part.")]
    ['age', 'percent']
    >>> [m.kind for m in extract("The desk turned 50 callers away.")]
    ['count']"""
    from dataclasses import replace

    out = mentions
    for k, m in enumerate(mentions):
        if m.kind != "count":
            continue
        prev = mentions[k - 1] if k else None
        age = "from" if _AGED.search(text, max(0, m.start - 20), m.start) else ""
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if not age and nxt is not None and _AGE_TO.match(text[m.end:nxt.start]) and m.value < nxt.value < 120 \
                and (nxt.kind == "count" and _AGE_AFTER.match(text, nxt.end) or nxt.kind == "age"):
            age = "from"  # 'in the 19 to 21 age group', 'among 16 to 24-year-olds': both ends are ages
        if not age and m.hedge == "exact" and 0 < m.value < 120 and m.value.denominator == 1 and m.text.isdigit() \
                and _NAMED.search(text, max(0, m.start - 40), m.start) and text.startswith(",", m.end):
            age = "of"  # 'Keith Drury, 71, who lives near the line': a person's age, in apposition
        hs = m.get("hedge_start")
        if not age and 11 < m.value < 100 and m.value.denominator == 1 and m.text.isdigit() and _AGE_ENDS.match(text, m.end) and (
                m.hedge == "exact" and _PEOPLE_PAST.search(text, max(0, m.start - 40), m.start)
                or m.hedge in ("less than", "more than") and isinstance(hs, int) and re.match(r"(?:under|over|below|above)\b", text[hs:m.start])
                and _PEOPLE.search(text, max(0, hs - 40), hs)):
            age = "from"  # 'Among those under 35 the figure was 58.1 per cent': people of an age, not 35 of them
        if not age and 0 < m.value < 19 and m.value.denominator == 1 and _CHILDREN_UNDER.search(text, max(0, m.start - 40), m.start) \
                and not re.match(r"\s*(?:%|per\b|percent\b|hours?\b|minutes?\b|days?\b|weeks?\b|months?\b|miles?\b|metres?\b)", text[m.end:m.end + 10], re.I):
            age = "from"  # 'places for children under eight at 31 March': children of an age, not eight of them
        if not age and 0 < m.value < 120 and m.text.isdigit() and _AGE_PLURAL.match(text, m.end) \
                and _UNDER_OVER.search(text, max(0, (hs if isinstance(hs, int) else m.start) - 7), m.start):
            age = "from"  # 'taken by under-25s', 'a club for the over 50s': people of an age named by it
        if not age and 0 < m.value < 120 and m.value.denominator == 1 and m.text.isdigit() \
                and _TURNED.search(text, max(0, m.start - 12), m.start) and _AGE_ENDS.match(text, m.end):
            age = "of"  # 'most of them just turned 50, uptake was': an age reached (not 'turned 50 callers away')
        if not age and prev is not None and prev.get("age") == "from" and _AGE_TO.match(text, prev.end, m.start):
            age = "to"
        if age:
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, kind="age", unit="year", extra=m.extra + (("age", age),))
            mentions = out  # the next figure sees this one as an age
    return out


_PER_BASE_GAP = re.compile(r"\s*+(?:[^\W\d_][\w'’-]*+\s++){0,3}?(?:per|for\s+every|in\s+every)\s+$", re.I)
#: a line of table cells: columns set apart by runs of spaces or bars
_TABLE_LINE = re.compile(r"\S {2,}\S|\|")


def _rates_per_base(text: str, mentions: list[Mention]) -> list[Mention]:
    """A figure written per a base ('12.3 crimes per 1,000 people', '211 per 100,000') is a
    rate, of kind 'rate' with its base in ``extra``: not a count of anything, so never a
    part, a whole or a total."""
    from dataclasses import replace

    out = mentions
    for k, base in enumerate(mentions):
        if not base.get("rate_base") or k == 0:
            continue
        r = mentions[k - 1]
        # (never from a table row's last cell to the next row's label: '84\nFirst-time entrants per 100,000')
        across = "\n" in text[r.end:base.start] and _TABLE_LINE.search(text, text.rfind("\n", 0, r.start) + 1, r.end)
        if r.kind in ("count", "decimal") and base.start - r.end <= 40 and _PER_BASE_GAP.fullmatch(text, r.end, base.start) and not across:
            if out is mentions:
                out = list(mentions)
            out[k - 1] = replace(r, kind="rate", extra=r.extra + (("base", int(base.value)),))
            # 'fell from 5.3 to 4.7 per 1,000': the base is the first end's too
            if k >= 2:
                first = mentions[k - 2]
                if first.kind in ("count", "decimal") and _FROM_TO_GAP.fullmatch(text, first.end, r.start) \
                        and re.search(r"\bfrom\s+$", text[max(0, first.start - 8):first.start]):
                    out[k - 2] = replace(first, kind="rate", extra=first.extra + (("base", int(base.value)),))
    return out


_FROM_TO_GAP = re.compile(r"\s+to\s+")


def iter_tokens(text: str) -> Iterator[Token]:
    yield from tokenize(text)
