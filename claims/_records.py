"""The records that flow through figcheck: Document, Mention and the Interval they carry.

All records are frozen, slotted dataclasses; values are exact (Fraction), never float.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

__all__ = ["COMPARABLE_KINDS", "LABEL_KINDS", "Document", "Interval", "Mention", "Sentence"]

#: Kinds that are quantities and may enter arithmetic.
COMPARABLE_KINDS = frozenset(
    {"count", "percent", "points", "ratio", "fraction", "multiple", "money", "quantity", "decimal"}
)
#: ('rate', a figure per a base such as '12.3 per 1,000', is in neither set: only the
#: rules for rates compare it, so it is never a part, a whole or a total.)
#: Kinds that are recognised so that they are never compared as quantities.
LABEL_KINDS = frozenset({"date", "year", "time", "ordinal", "code", "age", "label"})


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of real values [low, high]; an end that is None is unbounded.

    ``low_open``/``high_open`` mark strict bounds ("more than 11,000" is (11000, inf)).

    >>> Interval(Fraction(8715, 100), Fraction(8725, 100)).contains(Fraction(872, 10))
    True
    >>> Interval(Fraction(11000), None, low_open=True).contains(Fraction(11000))
    False
    """

    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False

    @staticmethod
    def point(value: Fraction) -> Interval:
        return Interval(value, value)

    def contains(self, x: Fraction) -> bool:
        if self.low is not None and (x < self.low or (self.low_open and x == self.low)):
            return False
        if self.high is not None and (x > self.high or (self.high_open and x == self.high)):
            return False
        return True

    def intersects(self, other: Interval) -> bool:
        lo, lo_open = _max_low(self, other)
        hi, hi_open = _min_high(self, other)
        if lo is None or hi is None:
            return True
        if lo < hi:
            return True
        return lo == hi and not lo_open and not hi_open

    def distance(self, x: Fraction) -> Fraction:
        """How far x lies outside the interval (0 inside)."""
        if self.low is not None and x < self.low:
            return self.low - x
        if self.high is not None and x > self.high:
            return x - self.high
        return Fraction(0)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    def __str__(self) -> str:
        lo = "-inf" if self.low is None else fmt(self.low)
        hi = "inf" if self.high is None else fmt(self.high)
        return f"{'(' if self.low_open or self.low is None else '['}{lo}, {hi}{')' if self.high_open or self.high is None else ']'}"


def _max_low(a: Interval, b: Interval) -> tuple[Fraction | None, bool]:
    if a.low is None:
        return b.low, b.low_open
    if b.low is None:
        return a.low, a.low_open
    if a.low > b.low:
        return a.low, a.low_open
    if b.low > a.low:
        return b.low, b.low_open
    return a.low, a.low_open or b.low_open


def _min_high(a: Interval, b: Interval) -> tuple[Fraction | None, bool]:
    if a.high is None:
        return b.high, b.high_open
    if b.high is None:
        return a.high, a.high_open
    if a.high < b.high:
        return a.high, a.high_open
    if b.high < a.high:
        return b.high, b.high_open
    return a.high, a.high_open or b.high_open


def fmt(x: Fraction, places: int = 6) -> str:
    """A Fraction as a short decimal string: 87.2, 1200000, 0.3333."""
    if x.denominator == 1:
        return str(x.numerator)
    s = f"{float(x):.{places}f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def exact_str(x: Fraction) -> str:
    """The contract's exact value: a terminating decimal where there is one, else p/q."""
    if x.denominator == 1:
        return str(x.numerator)
    d = x.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return f"{x.numerator}/{x.denominator}"
    places = max(twos, fives)
    scaled = x * 10**places
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled.numerator)).rjust(places + 1, "0")
    out = f"{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")
    return sign + out


@dataclass(frozen=True, slots=True)
class Document:
    """A document's text as figcheck reads it, with where it came from.

    ``offset_map`` maps a text offset to a source offset when the two differ (None when
    the text *is* the source, as for .txt and .md).
    """

    source: str
    format: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    #: ranges of ``text`` that are not prose (code blocks, link targets): never read for figures
    skip: tuple[tuple[int, int], ...] = ()
    #: ranges of ``text`` that are table cells: (start, end, table index, row, column)
    cells: tuple[tuple[int, int, int, int, int], ...] = ()
    pages: int = 1
    #: for a PDF, one entry a character of ``text``: (page from 1, left, bottom, right, top)
    #: in PDF user space (points, origin at the unrotated page's bottom left); empty otherwise
    #: (a PDF's is a compact claims._pdf.CharBoxes that reads like a tuple of such tuples)
    boxes: Sequence[tuple[int, float, float, float, float]] = ()

    @property
    def page_starts(self) -> tuple[int, ...]:
        """For a PDF, where each page's text begins in ``text`` (page n at index n - 1; a page
        with no text starts where the next does), so bisect_right gives an offset's page."""
        if not self.boxes:
            return ()
        starts: list[int] = []
        for i, box in enumerate(self.boxes):
            while len(starts) < box[0]:
                starts.append(i)
        starts += [len(self.text)] * (self.pages - len(starts))
        return tuple(starts)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    index: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure as written.

    ``value`` is exact; ``precision`` is the unit of the last stated digit (Fraction(1, 10)
    for "87.2%"), None where the figure is exact by nature (a count like 404, "a third");
    ``hedge`` is the word that qualifies it ("exact", "about", "more than" ...);
    ``interval`` is the set of true values the words allow.
    """

    id: str
    start: int
    end: int
    text: str
    value: Fraction
    kind: str
    hedge: str
    interval: Interval
    precision: Fraction | None = None
    unit: str = ""
    scale: int = 1
    #: for a ratio "one in N": N; for "seven in ten": (7, 10) kept as value 7/10
    extra: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        for k, v in self.extra:
            if k == key:
                return v
        return default

    @property
    def comparable(self) -> bool:
        return self.kind in COMPARABLE_KINDS

    @property
    def ranged(self) -> bool:
        """One end of a range ('between 10 and 12 per cent'): not a figure on its own."""
        return self.get("range") is not None

    @property
    def share(self) -> Fraction | None:
        """The value as a percentage, for kinds that state a share (percent, ratio, fraction)."""
        if self.kind == "percent":
            return self.value
        if self.kind in ("ratio", "fraction"):
            return self.value * 100
        return None
