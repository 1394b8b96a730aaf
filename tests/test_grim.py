"""GRIM, GRIMMER and DEBIT against the scrutiny R package (0.6.1, rounding "up_or_down"):
the 67 published cases in ../shared/peers/grim_cases.jsonl (copied here so the tests stand
alone), as arithmetic and as sentences the extractor must find.

One case differs on purpose. scrutiny 0.6.1 tries only the total round(mean x N) in
GRIMMER (its issue #80), so it flags mean 8.9, SD 2.81, N = 25; but 25 whole numbers can
have exactly those figures (below). figcheck tries every total whose mean rounds to the
stated one, and ``grimmer(..., scrutiny_061=True)`` reproduces scrutiny's reading, which
agrees on all 67.
"""

from __future__ import annotations

import json
import statistics
from fractions import Fraction
from pathlib import Path

import pytest

from checker import check
from checker._granularity import debit, grim, grimmer

DATA = Path(__file__).parent / "data" / "grim_cases.jsonl"  # a copy of ../shared/peers/grim_cases.jsonl
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
#: where scrutiny 0.6.1 is wrong: (x, sd, n) -> the true verdict, with a data set that proves it
SCRUTINY_WRONG = {("8.9", "2.81", 25): True}


def _id(c: dict) -> str:
    i = c["input"]
    return f"{c['test']}-{i['x']}-{i.get('sd', '')}-{i['n']}"


def _arith(c: dict, scrutiny_061: bool = False) -> bool:
    i = c["input"]
    if c["test"] == "GRIM":
        return grim(i["x"], i["n"], i["items"], i["percent"]).ok
    if c["test"] == "GRIMMER":
        return grimmer(i["x"], i["sd"], i["n"], i["items"], scrutiny_061=scrutiny_061).ok
    return debit(i["x"], i["sd"], i["n"]).ok


def _truth(c: dict) -> bool:
    i = c["input"]
    return SCRUTINY_WRONG.get((i["x"], i.get("sd"), i["n"]), c["expected"]["consistent"])


def test_all_67_cases_are_here() -> None:
    assert len(CASES) == 67
    assert {c["test"] for c in CASES} == {"GRIM", "GRIMMER", "DEBIT"}


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_arithmetic_agrees_with_scrutiny(case: dict) -> None:
    assert _arith(case, scrutiny_061=True) == case["expected"]["consistent"]
    assert _arith(case) == _truth(case)


def test_grimmer_reasons_agree_with_scrutiny() -> None:
    names = {0: "Passed all", 1: "GRIMMER inconsistent (test 1)", 3: "GRIMMER inconsistent (test 3)", -1: "GRIM inconsistent"}
    for c in CASES:
        if c["test"] == "GRIMMER":
            i = c["input"]
            got = grimmer(i["x"], i["sd"], i["n"], i["items"], scrutiny_061=True)
            assert names[got.test] == c["expected"]["reason"], c


def test_scrutiny_061_is_wrong_on_8_9_2_81_25() -> None:
    # 25 whole numbers, total 223 (mean 8.92, reported 8.9), squares summing to 2,179
    data = [0, 4, 6, 7, 7, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9, 9, 10, 10, 11, 11, 11, 12, 12, 13, 13]
    assert len(data) == 25 and sum(data) == 223 and sum(x * x for x in data) == 2179
    assert f"{statistics.mean(data):.1f}" == "8.9" and f"{statistics.stdev(data):.2f}" == "2.81"
    # scrutiny took only round(8.9 x 25) = round(222.5) = 222 (even), whose squares would need 2,161 (odd)
    assert not grimmer("8.9", "2.81", 25, scrutiny_061=True).ok
    assert grimmer("8.9", "2.81", 25).ok


def test_corpus_sd_at_4_93_is_impossible_as_a_sample_sd_but_fits_with_divisor_n() -> None:
    # dev_research_results: M = 4.93, SD = 1.21, 43 single whole-number items. The total is
    # 212 (even); 42 x SD^2 + 43 x (212/43)^2 runs from 1106.19 to 1107.21, so the sum of
    # squares would be 1107 (odd): scrutiny flags it (test 3) and so does the arithmetic.
    g = grimmer("4.93", "1.21", 43)
    assert (g.ok, g.test, g.total, g.squares) == (False, 3, 212, (1107,))
    assert not grimmer("4.93", "1.21", 43, scrutiny_061=True).ok
    # With divisor n (43 x SD^2 + ...): 1107.65 to 1108.69, so 1108, even like 212: it fits.
    p = grimmer("4.93", "1.21", 43, population=True)
    assert p.ok and p.squares == (1108,)


def test_the_corpus_document_is_not_flagged_for_it() -> None:
    doc = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev_research_results.txt"
    if not doc.exists():
        pytest.skip("shared corpus not present")
    checks = [c for c in check(str(doc)).checks if c.rule in ("FC404", "FC405", "FC406")]
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.explanation for c in checks]


def _sentence(c: dict) -> tuple[str, str]:
    i = c["input"]
    if c["test"] == "GRIM" and i["percent"]:
        return "FC406", f"Inspectors found that {i['x']}% of the {i['n']} reports were recorded on time."
    if c["test"] == "GRIM":
        scale = "a two-item 1-7 scale" if i["items"] == 2 else "a 1-7 scale"
        return "FC403", f"Trust in the police was rated on {scale} (M = {i['x']}, N = {i['n']})."
    if c["test"] == "GRIMMER":
        return "FC404", f"Trust in the police was rated on a 1-7 scale (M = {i['x']}, SD = {i['sd']}, N = {i['n']})."
    return "FC405", (f"The proportion who chose the gamble (coded 0 = no, 1 = yes) was M = {i['x']}, SD = {i['sd']}, "
                     f"N = {i['n']}.")


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_sentences_agree_with_scrutiny(case: dict) -> None:
    code, text = _sentence(case)
    result = check(text, text=True)
    mine = [c for c in result.checks if c.rule == code]
    flagged = any(c.verdict == "inconsistent" for c in mine)
    assert flagged == (not _truth(case)), (text, [c.explanation for c in result.checks])
    if flagged:
        assert all(c.explanation and c.cause for c in mine if c.verdict == "inconsistent")
    elif _bites(case):
        assert mine, f"a figure the test can check drew no check: {text}"


def _bites(case: dict) -> bool:
    """Whether GRIM can fail at all: N x items below 10 to the power of the decimals."""
    i = case["input"]
    if case["test"] != "GRIM":
        return case["test"] == "DEBIT"
    places = (len(i["x"].split(".")[1]) if "." in i["x"] else 0) + (2 if i["percent"] else 0)
    return int(i["n"]) * int(i["items"]) < 10**places


def test_items_multiply_the_count() -> None:
    # 2.84 x 16 x 2 = 90.88: 91 / 32 = 2.84375
    assert grim("2.84", 16, 2).ok and not grim("2.84", 16, 1).ok
    assert Fraction(91, 32) == Fraction("2.84375")


@pytest.mark.parametrize("text", [
    # a mean age or time is not a mean of whole-number ratings
    "Participants' age on a 1-7 scale of maturity (M = 5.19, N = 28).",
    # ratings averaged over items whose number is not given
    "Items were averaged into a composite on a 1-7 scale (M = 5.19, N = 28).",
    # a weighted survey's percentage need not be k / n
    "The data were weighted to match the population. In all, 87.2% of the 463 respondents agreed.",
    # a share of the count's budgets, not of the count
    "Inspectors found that 87.2% of the 463 schools' budgets went on staff.",
    # hedged figures
    "About 87.2% of the 463 reports were recorded on time.",
    # the SD of a binary measure without a statement that it is binary
    "Ratings were low (M = 0.35, SD = 0.18, N = 20).",
    # N not written with the mean and SD, and no statement of whole numbers
    "There were 18 in each group. Ratings on a 1-7 scale were low (M = 3.44, SD = 2.47).",
])
def test_traps_are_not_flagged(text: str) -> None:
    flagged = [c for c in check(text, text=True).checks if c.verdict == "inconsistent"]
    assert not flagged, [c.explanation for c in flagged]


def test_an_inferred_group_size_shows_a_misfit_without_flagging_it() -> None:
    text = ("All outcome measures were single items, so each score is a whole number. There were 18 in each condition. "
            "Ratings were low in the control group (M = 3.44, SD = 2.47).")
    checks = [c for c in check(text, text=True).checks if c.rule == "FC404"]
    assert [c.verdict for c in checks] == ["unverifiable"], [c.explanation for c in checks]
    assert "not flagged" in checks[0].explanation
