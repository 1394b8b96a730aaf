"""Granularity arithmetic: GRIM, GRIMMER and DEBIT in exact rationals.

Summary statistics of whole-number data can take only some values: a mean of N whole
numbers is a whole total over N (GRIM), its standard deviation comes from a whole sum of
squares of the same parity as the total (GRIMMER), and the SD of 0/1 data is fixed by its
mean (DEBIT). Each function here decides, as the scrutiny R package (0.6.1) does with its
default rounding "up_or_down", whether a reported figure could have been rounded (half up
or half down) from such a value, and returns the working for the explanation.

All arithmetic is exact (Fraction, integer square roots): no verdict depends on floating
point. The reported figures are taken as strings, since trailing zeros ("5.20") set the
precision.

>>> grim("5.19", 28).ok, grim("5.21", 28).ok
(False, True)
>>> grimmer("4.93", "1.21", 43).test
3
>>> debit("0.35", "0.18", 20).ok
False
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

__all__ = ["Debit", "Grim", "Grimmer", "debit", "decimals", "grim", "grimmer", "one_digit_apart"]


def decimals(s: str) -> int:
    """Decimal places as written: '5.20' -> 2, '71' -> 0, '.35' -> 2."""
    s = s.strip()
    return len(s.split(".", 1)[1]) if "." in s else 0


def _half(places: int) -> Fraction:
    return Fraction(1, 2 * 10**places)


@dataclass(frozen=True, slots=True)
class Grim:
    ok: bool
    #: the whole totals k whose k / n rounds to the reported mean (empty when none does)
    totals: tuple[int, ...]
    #: the two totals either side of mean x n, for the explanation
    near: tuple[int, int]
    n: int
    mean: Fraction  # as a fraction of one (a percentage is divided by 100)
    places: int  # decimal places of the mean as a fraction of one


def grim(x: str, n: int, items: int = 1, percent: bool = False) -> Grim:
    """GRIM: some whole total k gives k / (n x items) that rounds to x.

    A percentage is a mean of 0/1 data: 87.2% is 0.872 to three places.

    >>> grim("87.2", 463, percent=True).ok, grim("87.3", 463, percent=True).totals
    (False, (404,))
    """
    places = decimals(x) + (2 if percent else 0)
    mean = Fraction(x.strip()) / (100 if percent else 1)
    size = n * items
    h = _half(places)
    lo, hi = (mean - h) * size, (mean + h) * size
    totals = tuple(range(math.ceil(lo), math.floor(hi) + 1))
    k = math.floor(mean * size)
    return Grim(bool(totals), totals, (k, k + 1), size, mean, places)


@dataclass(frozen=True, slots=True)
class Grimmer:
    ok: bool
    #: 0 when consistent; else the first test that fails: 1 no whole sum of squares in
    #: range, 2 none giving the SD (never apart from 1 in exact arithmetic), 3 none of the
    #: parity of the total; -1 when the mean fails GRIM already
    test: int
    total: int  # the total the working is shown for
    ss_low: Fraction
    ss_high: Fraction
    #: whole sums of squares in range for that total
    squares: tuple[int, ...]


def _round_half_even(x: Fraction) -> int:
    return round(x)  # Fraction.__round__ breaks ties to even, as R's round() does


def grimmer(x: str, sd: str, n: int, items: int = 1, scrutiny_061: bool = False,
            population: bool = False) -> Grimmer:
    """GRIMMER (Anaya 2016; Allard's analytic form, as scrutiny runs it): for a total T
    of n x items whole numbers (mean T / (n x items)), the sum of squares of the n scores,
    (n - 1) SD^2 + n mean^2 (times items^2), must be a whole number within the bounds the
    SD's rounding allows, and of the parity of T (a whole number and its square are both
    odd or both even).

    Every total whose mean rounds to x is tried. scrutiny 0.6.1 tries only round(x n)
    (its issue #80), and so flags 8.9 / 2.81 / 25, which 25 whole numbers summing to 223
    (mean 8.92) with squares summing to 2,179 (SD 2.8125) produce: ``scrutiny_061=True``
    reproduces that reading, for comparison. ``population=True`` reads the SD as one with
    divisor n (numpy's default, Excel's STDEV.P) rather than n - 1.

    >>> grimmer("5.21", "1.6", 28).ok
    True
    >>> grimmer("8.9", "2.81", 25).ok, grimmer("8.9", "2.81", 25, scrutiny_061=True).ok
    (True, False)
    """
    g = grim(x, n, items)
    if not g.ok:
        return Grimmer(False, -1, g.near[0], Fraction(0), Fraction(0), ())
    mean = Fraction(x.strip())
    s = Fraction(sd.strip())
    hs = _half(decimals(sd))
    s_lo, s_hi = max(s - hs, Fraction(0)), s + hs
    size = n * items
    best: Grimmer | None = None
    rank = {3: 0, 2: 1, 1: 2}
    totals = [_round_half_even(mean * size)] if scrutiny_061 else list(g.totals)
    div = n if population else n - 1
    for total in totals:
        xr = Fraction(total, size)
        ss_lo = (div * s_lo**2 + n * xr**2) * items**2
        ss_hi = (div * s_hi**2 + n * xr**2) * items**2
        squares = tuple(range(math.ceil(ss_lo), math.floor(ss_hi) + 1))
        if not squares:
            test = 1
        elif not any(q % 2 == total % 2 for q in squares):
            test = 3
        else:
            return Grimmer(True, 0, total, ss_lo, ss_hi, squares)
        got = Grimmer(False, test, total, ss_lo, ss_hi, squares)
        # report the candidate that came closest (the one whose mean is nearest x first)
        if best is None or rank[test] < rank[best.test] or (
                rank[test] == rank[best.test] and abs(xr - mean) < abs(Fraction(best.total, size) - mean)):
            best = got
    assert best is not None
    return best


@dataclass(frozen=True, slots=True)
class Debit:
    ok: bool
    #: the SD of 0/1 data at the two ends of the mean's rounding interval, exact squares
    var_low_end: Fraction
    var_high_end: Fraction
    sd_low: Fraction  # the reported SD's rounding interval
    sd_high: Fraction


def binary_variance(mean: Fraction, n: int, population: bool = False) -> Fraction:
    """The sample variance of n values of 0 and 1 with the given mean: n / (n - 1) x p(1 - p)
    (p(1 - p) with divisor n)."""
    return (1 if population else Fraction(n, n - 1)) * mean * (1 - mean)


def debit(x: str, sd: str, n: int, population: bool = False) -> Debit:
    """DEBIT (Heathers and Brown 2019, as scrutiny 0.6.1 runs it): the SD of binary data
    with mean p over n is sqrt(n / (n - 1) x p(1 - p)). The SD is recomputed at both ends
    of the mean's rounding interval and rounded half up and half down; the reported SD
    must lie between the lowest and the highest of those.

    >>> debit("0.30", "0.46", 100).ok, debit("0.30", "0.50", 100).ok
    (True, False)
    """
    p = Fraction(x.strip())
    s = Fraction(sd.strip())
    hx, hs = _half(decimals(x)), _half(decimals(sd))
    v1 = binary_variance(max(p - hx, Fraction(0)), n, population)
    v2 = binary_variance(min(p + hx, Fraction(1)), n, population)
    s_lo, s_hi = s - hs, s + hs
    # a recomputed SD rounds (up or down) to at least s when it is >= s - h, to at most s
    # when it is <= s + h: compare squares, exactly
    some_at_least = max(v1, v2) >= max(s_lo, Fraction(0)) ** 2
    some_at_most = min(v1, v2) <= s_hi**2
    return Debit(some_at_least and some_at_most, v1, v2, s_lo, s_hi)


def one_digit_apart(point: Fraction, stated: Fraction, precision: Fraction | None) -> bool:
    """The stated figure is the computed one, rounded to the stated precision, with one
    digit written wrong: 16.6 as 26.6."""
    from claims._records import fmt

    p = precision or Fraction(1)
    a = fmt(((point / p) + Fraction(1, 2)) // 1 * p)
    b = fmt(stated)
    digits = sum(ch.isdigit() for ch in b.lstrip("-0."))
    return digits >= 2 and len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def sqrt_places(v: Fraction, places: int = 4) -> str:
    """sqrt(v) to a few places, for an explanation."""
    return f"{math.sqrt(v):.{places}f}"
