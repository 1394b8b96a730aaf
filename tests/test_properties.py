"""Properties of the number grammar and the whole pipeline, over generated text (hypothesis).

Budgets are modest so the suite stays quick on CI's two cores: the ``figcheck`` profile runs
200 examples a test with no deadline (a shared machine makes timings noisy). Set
HYPOTHESIS_PROFILE=figcheck-deep for a longer search when changing the grammar.

Round-trip, kind by kind (``roundtrip`` below): a figure written in digits is read back
from its own text. Its *digits* are the mention's text from its first to its last digit
(Unicode digits taken as their ASCII value); read with ',' (or a space) grouping thousands
and '.' as the decimal point, or the other way round (European), or with an exponent
('1e6'), one reading times the mention's ``scale`` ("£1.2m": scale 10^6) must equal the
absolute value. A year is its digits; an ordinal ("3rd") its leading digits; a vulgar
fraction ('½') its Unicode numeric value, added to the digits before it ('3½'); "one in five" its numerator over its
denominator; pence and cents ('1p', '50 cents') are a hundredth of the
currency their unit names. Codes and labels (serial numbers, digit runs past 30 digits) carry no value to
round-trip, and figures in words ("a third", "twelve") are checked by their own tests in
tests/test_numbers.py.
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from checker import check, check_document
from checker._records import VERDICTS
from claims import Mention, extract, read_document
from reports import render_csv, render_html, render_json, render_markdown, render_text

settings.register_profile("figcheck", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("figcheck-deep", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "figcheck"))

# --- text: arbitrary Unicode, weighted toward what the grammar reads -------------------------------

#: pieces a number is made of, and the characters that confuse the unwary: separators of every
#: kind, Arabic-Indic, Devanagari and full-width digits, right-to-left marks and letters,
#: combining marks, vulgar fractions, minus signs and dashes
PIECES = [
    *"0123456789", ",", ".", "%", " ", "\u00a0", "\u202f", "\u2009", "-", "\u2212", "–", "£", "$", "€", "(", ")",
    "٣", "٠", "٪", "١٢", "१२", "０", "９", "％", "\u200f", "\u202e", "\u200b", "\u0301", "\u0308", "א", "ب",
    "½", "¾", "⅓", "\n", "\n\n", "\t", "per cent", " percent", " percentage points", "m", "bn", " million",
    " of ", " out of ", "one in ", "a third", "about ", "more than ", "nearly ", "p = ", "t(", ") = ",
    "between ", " and ", "rose", "fell", "from ", " to ", "March", "2023", "1,000", "per ", " a year",
    "aged ", "times", "twice", "doubled", "Total", "|", "#", "> ", "- ", "*", "`", "[", "](", "<", "&amp;", "\ufeff",
]

unicode_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
texts = st.lists(st.one_of(st.sampled_from(PIECES), unicode_text), max_size=40).map("".join)


def _digits_only(s: str) -> str:
    """Unicode decimal digits as ASCII; everything else kept."""
    return "".join(str(unicodedata.digit(c)) if c.isdecimal() and not c.isascii() else c for c in s)


def readings(text: str) -> set[Fraction]:
    """Every value the digits of ``text`` can stand for (see the module's note)."""
    s = _digits_only(text)
    first = next((i for i, c in enumerate(s) if c.isdigit() or c == "."), None)
    last = max((i for i, c in enumerate(s) if c.isdigit()), default=None)
    if first is None or last is None:
        return set()
    core = s[first:last + 1]
    out: set[Fraction] = set()
    exp = re.fullmatch(r"(\d+(?:\.\d+)?)[eE]([+-]?\d+)", core)
    if exp:
        out.add(Fraction(exp.group(1)) * Fraction(10) ** int(exp.group(2)))
    for group, point in ((",", "."), (".", ","), ("'", ".")):
        flat = re.sub(r"[\s\u00a0\u202f\u2009]", "", core).replace(group, "").replace(point, ".")
        if re.fullmatch(r"\d*\.?\d+|\d+\.", flat):
            out.add(Fraction(flat if not flat.endswith(".") else flat[:-1]))
    # a mixed number: '3½' is 3 + 1/2
    vulgar = [c for c in s[last + 1:last + 3] if not c.isdecimal() and unicodedata.numeric(c, 0) % 1]
    if vulgar:
        out |= {v + Fraction(unicodedata.numeric(vulgar[0])).limit_denominator(1000) for v in out}
    return out


def roundtrip(m: Mention) -> None:
    """Assert that a mention's value can be read back from its text (see the module's note)."""
    has_digits = any(c.isdecimal() for c in m.text)
    if m.kind in ("code", "label", "date", "time", "age") or not has_digits:
        return
    if m.kind == "year":
        assert m.value == int(_digits_only(re.search(r"\d+", _digits_only(m.text)).group(0))), m  # type: ignore[union-attr]
    elif m.kind == "ordinal":
        assert m.value == int(re.match(r"\d+", _digits_only(m.text)).group(0)), m  # type: ignore[union-attr]
    elif m.kind == "ratio" and m.get("denominator"):
        assert m.value == Fraction(m.get("numerator")) / Fraction(m.get("denominator")), m
    elif m.kind == "fraction" and len(m.text) == 1:
        assert m.value == Fraction(unicodedata.numeric(m.text)).limit_denominator(1000), m
    else:
        options = readings(m.text)
        if not options:  # a figure in words with digits elsewhere in it is the other tests' business
            return
        if m.kind == "money" and m.text[0] not in "£$€" and re.search(r"(?:p|pence|c|cents?)$", m.text, re.I):
            options = {v / 100 for v in options}  # '1p', '50 cents': a hundredth of the unit
        assert abs(m.value) in {v * m.scale for v in options}, (m, options)


def offsets(text: str, mentions: list[Mention] | tuple[Mention, ...]) -> None:
    ids = set()
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.text, m
        assert m.id not in ids, m
        ids.add(m.id)
        assert isinstance(m.value, Fraction)
        if m.precision is not None:
            assert m.precision > 0, m


@given(texts)
def test_extract_any_unicode_text(text: str) -> None:
    mentions = extract(text)
    offsets(text, mentions)
    for m in mentions:
        roundtrip(m)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


@given(st.text(max_size=300))
def test_extract_plain_hypothesis_text(text: str) -> None:
    mentions = extract(text)
    offsets(text, mentions)
    for m in mentions:
        roundtrip(m)


@given(st.text(alphabet="0123456789,.% \n-", max_size=400))
def test_extract_digit_and_separator_soup(text: str) -> None:
    mentions = extract(text)
    offsets(text, mentions)
    for m in mentions:
        roundtrip(m)


# --- numbers built from the grammar, so the parser (not the tokenizer's noise handling) is tested --


@st.composite
def integer_part(draw: st.DrawFn) -> tuple[str, int]:
    """An integer as a report writes it: plain (up to 4 digits) or grouped in thousands."""
    value = draw(st.integers(min_value=0, max_value=10**12))
    grouped = value >= 10_000 or draw(st.booleans())
    return (f"{value:,}" if grouped else str(value)), value


@st.composite
def figure(draw: st.DrawFn) -> tuple[str, Fraction, frozenset[str]]:
    """A figure's text, its exact value and the kinds it may be read as."""
    whole, value = draw(integer_part())
    text, exact = whole, Fraction(value)
    places = draw(st.integers(min_value=0, max_value=3))
    if places:
        decimals = draw(st.text(alphabet="0123456789", min_size=places, max_size=places))
        text += "." + decimals
        exact += Fraction(int(decimals), 10**places)
    form = draw(st.sampled_from(["count", "percent", "per cent", "percent word", "points", "money", "money scaled",
                                 "scaled"]))
    if form == "percent":
        return text + "%", exact, frozenset({"percent"})
    if form == "per cent":
        return text + " per cent", exact, frozenset({"percent"})
    if form == "percent word":
        return text + " percent", exact, frozenset({"percent"})
    if form == "points":
        return text + " percentage points", exact, frozenset({"points"})
    if form == "money":
        symbol = draw(st.sampled_from("£$€"))
        return symbol + text, exact, frozenset({"money"})
    if form == "money scaled":
        symbol = draw(st.sampled_from("£$€"))
        suffix, scale = draw(st.sampled_from([("m", 10**6), ("bn", 10**9), (" million", 10**6), (" billion", 10**9)]))
        return symbol + text + suffix, exact * scale, frozenset({"money"})
    if form == "scaled":
        suffix, scale = draw(st.sampled_from([(" million", 10**6), (" billion", 10**9)]))
        return text + suffix, exact * scale, frozenset({"count", "decimal", "quantity"})
    # a bare number may be a year (1066, 2023), a decimal or a count
    return text, exact, frozenset({"count", "decimal", "year"})


FILLER = ["Of the", "reports", "were recorded", "in all", "and", "staff", "the total was", "with", "cases", "overall"]


@st.composite
def sentence(draw: st.DrawFn) -> tuple[str, list[tuple[int, str, Fraction, frozenset[str]]]]:
    """Filler words and figures: the text and, for each figure, where it starts and what it is."""
    parts: list[str] = []
    figures: list[tuple[int, str, Fraction, frozenset[str]]] = []
    pos = 0
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        words = " ".join(draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=3)))
        hedge = draw(st.sampled_from(["", "about ", "more than ", "nearly ", "some "]))
        text, value, kinds = draw(figure())
        chunk = f"{words} {hedge}"
        parts.append(chunk)
        pos += len(chunk)
        figures.append((pos, text, value, kinds))
        parts.append(text)
        pos += len(text)
        end = draw(st.sampled_from([" ", ", ", ". ", "; ", " (", ")\n\n"]))
        parts.append(end)
        pos += len(end)
    return "".join(parts), figures


@given(sentence())
def test_grammar_figures_are_read_with_their_value(case: tuple[str, list[tuple[int, str, Fraction, frozenset[str]]]]) -> None:
    text, figures = case
    mentions = extract(text)
    offsets(text, mentions)
    at = {m.start: m for m in mentions}
    for start, written, value, kinds in figures:
        m = at.get(start)
        assert m is not None, (written, text, [(x.text, x.start) for x in mentions])
        assert m.text == written or (m.get("range") is not None and written.startswith(m.text)), (m, written)
        assert m.kind in kinds or m.get("range") is not None, (m, kinds)
        assert m.value == value, (m, written, value)
        roundtrip(m)


@st.composite
def ranged(draw: st.DrawFn) -> tuple[str, Fraction, Fraction]:
    low = draw(st.integers(min_value=0, max_value=99))
    high = draw(st.integers(min_value=low + 1, max_value=100))
    form = draw(st.sampled_from(["{a}-{b}%", "{a}–{b}%", "between {a} and {b} per cent", "within {a} to {b} per cent",
                                 "from {a}% to {b}%", "{a}-{b} per cent"]))
    return form.format(a=low, b=high), Fraction(low), Fraction(high)


@given(ranged())
def test_ranges_give_both_ends(case: tuple[str, Fraction, Fraction]) -> None:
    written, low, high = case
    text = f"The share was {written} last year."
    mentions = extract(text)
    offsets(text, mentions)
    assert [m.value for m in mentions] == [low, high], (written, mentions)
    assert all(m.kind == "percent" for m in mentions), mentions


# --- the whole pipeline -----------------------------------------------------------------------------

documents = st.one_of(texts, sentence().map(lambda case: case[0]))


@given(documents)
def test_pipeline_never_raises_and_checks_are_well_formed(text: str) -> None:
    result = check(text, text=True)
    offsets(text, result.mentions)
    ids = {m.id for m in result.mentions}
    for c in result.checks:
        assert c.verdict in VERDICTS, c
        assert c.mentions and set(c.mentions) <= ids, c
        assert c.relation.target in ids, c
        assert c.explanation and "\n" not in c.explanation, c
    assert sum(result.summary.values()) == len(result.checks)


@given(documents, st.sampled_from(["text", "markdown"]), st.text(max_size=40))
def test_reports_render_any_document(text: str, fmt: str, title: str) -> None:
    doc = read_document("<doc> <script>alert('name')</script>", text=text, fmt=fmt)
    doc = dataclasses.replace(doc, metadata={"title": title + "<script>alert('title')</script>"})
    result = check_document(doc)
    for render in (render_json, render_csv, render_markdown, render_text):
        assert isinstance(render([result]), str)
    assert isinstance(render_text([result], colour=True), str)
    page = render_html([result, result])
    # the report's own script is the only one: nothing from the document opens a tag
    assert page.lower().count("<script") == 1
    assert "<script>alert(" not in page.lower() and page.rstrip().endswith("</script></body></html>")


@pytest.mark.parametrize("evil", ["<script>alert(1)</script>", "<SCRIPT SRC=x>", "<scr<script>ipt>", "<img src=x onerror=alert(1)>"])
def test_html_report_escapes_markup_around_figures(evil: str) -> None:
    text = f"{evil} Of the 96 reports, {evil}83{evil} were recorded (86.5%{evil})."
    page = render_html([check(text, text=True)])
    assert page.lower().count("<script") == 1 and "<img" not in page and "<scr<" not in page.lower()


@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_a_clear_error(data: bytes) -> None:
    from claims import InputError, decode

    try:
        text = decode(data, "blob")
    except InputError as e:
        assert "\n" not in str(e) and str(e).startswith("blob: ")
        return
    assert isinstance(text, str)
    assume(text)
    offsets(text, extract(text))
