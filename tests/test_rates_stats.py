"""The rate, average, interval, GRIM and date-span rules: their docstring examples run
one rule at a time, and traps that must draw no inconsistency."""

from __future__ import annotations

from fractions import Fraction

import pytest
from test_rules import judge_example  # tests/ is on the path (pytest prepend mode)

from checker import RULES, check
from checker._api import _load_rules
from checker._registry import examples

_load_rules()
CODES = ("FC401", "FC402", "FC403", "FC602", "FC701", "FC702")
CASES = [(code, tag, text) for code in CODES for tag, text in examples(RULES[code])]


@pytest.mark.parametrize(("code", "tag", "text"), CASES, ids=[f"{c}-{t}-{i}" for i, (c, t, _) in enumerate(CASES)])
def test_example(code: str, tag: str, text: str) -> None:
    judge_example(code, tag, text, select=(code,))


def test_every_rule_here_has_ok_and_bad_examples() -> None:
    for code in CODES:
        assert {"ok", "bad"} <= {tag for tag, _ in examples(RULES[code])}, code


def _inconsistent(text: str, code: str) -> list[str]:
    return [c.explanation for c in check(text, text=True, select=[code]).checks if c.verdict == "inconsistent"]


@pytest.mark.parametrize("text", [
    # two per-year figures of different measures: nothing is restated
    "Over 11,200 reported crimes each year go unrecorded. The force fails to record over 3,700 violent crimes each year.",
    # a per-day figure of another measure after a per-year one
    "The force fails to record 11,600 crimes a year. Violent crime is worse. It works out at 40 violent crimes every day.",
    # 'a year earlier' is not a period
    "Attendances were up 3.7% on the same month a year earlier, at 562 a day.",
    # a restated figure rounded to the ten
    "The force misses 11,600 crimes a year, or about 30 every day.",
])
def test_rate_traps(text: str) -> None:
    assert not _inconsistent(text, "FC401")


def test_rate_names_its_convention_and_cause() -> None:
    text = ("Inspectors estimated that 11,600 crimes reported every year are not logged.\n\n"
            "It works out at more than 40 crimes going unrecorded every day.")
    [c] = [c for c in check(text, text=True, select=["FC401"]).checks]
    assert c.verdict == "inconsistent"
    assert "11,600 / 365 days = 31.78" in c.explanation
    assert "working days" in c.cause


def test_rate_per_week_accepts_either_week_convention() -> None:
    # 79.96 / 52 = 1.538 and 79.96 / (365/7) = 1.533: either is a fair weekly figure
    for weekly in ("£1.54", "£1.53"):
        text = f"The bill rises by £79.96 a year, or {weekly} a week."
        checks = check(text, text=True, select=["FC401"]).checks
        assert checks and all(c.verdict != "inconsistent" for c in checks), [c.explanation for c in checks]


def test_mean_ignores_another_year_and_parts() -> None:
    text = ("15,203 of the 17,418 patients who attended were seen within four hours. That is down on December 2016, "
            "when 15,112 of 16,790 patients were seen. Across the 31 days of December the trust saw an average of "
            "562 patients a day, and on Wednesday 27 December 2017, 702 people came.")
    checks = check(text, text=True, select=["FC402"]).checks
    assert [c.verdict for c in checks] == ["rounded"]
    assert "17,418 / 31 days" in checks[0].explanation


def test_mean_needs_a_count_of_periods() -> None:
    assert not check("The trust saw 17,418 patients, an average of 562 patients a day.", text=True, select=["FC402"]).checks


def test_interval_checks_each_bound() -> None:
    text = ("Violent crime was recorded at 80.9 percent, give or take +/- 3.00 percent, which places the true rate "
            "between 77.90 and 84.90 percent.")
    checks = check(text, text=True, select=["FC701"]).checks
    assert sorted(c.verdict for c in checks) == ["inconsistent", "verified"]
    bad = next(c for c in checks if c.verdict == "inconsistent")
    assert "80.9 percent + 3.00 percent = 83.9" in bad.explanation


def test_interval_found_by_its_midpoint_sentences_away() -> None:
    text = ("The force was recording just 83.6 per cent of the crimes reported to it. That leaves roughly 16 per cent "
            "unrecorded.\n\nInspectors say their figure is accurate to within 1.8 percentage points either way, which "
            "puts the true recording rate somewhere between 81.8 and 85.4 per cent.")
    checks = check(text, text=True, select=["FC701"]).checks
    assert checks and all(c.verdict == "verified" for c in checks)
    assert any("83.6 per cent" in c.explanation for c in checks)


def test_lopsided_interval_is_not_flagged() -> None:
    for text in ("The rate was 12.0% (95% CI 9.1 to 16.2).", "The hazard ratio was 0.71 (95% CI 0.55 to 0.98)."):
        assert not _inconsistent(text, "FC701"), text


def test_survey_margin_wider_than_random_sample_is_not_flagged() -> None:
    text = ("We interviewed 2,113 adults online. The margin of error for the full sample is plus or minus "
            "3 percentage points at the 95% confidence level.")
    checks = check(text, text=True, select=["FC702"]).checks
    assert [c.verdict for c in checks] == ["unverifiable"]
    assert "design effect" in checks[0].explanation


@pytest.mark.parametrize("text", [
    # no statement that the scores are whole numbers
    "There were 43 in each condition. Those affirmed rated it higher (M = 5.61, SD = 0.98).",
    # participants were excluded: the group size is not known for each mean
    "All measures were single items, so each score is a whole number. There were 43 in each condition, but "
    "four participants were excluded. Those affirmed rated it higher (M = 5.61, SD = 0.98).",
    # a mean across both groups is over 86, not 43
    "All measures were single items, so each score is a whole number. There were 43 in each condition. "
    "Across both conditions, ratings were high (M = 5.61, SD = 0.98).",
    # a multi-item scale whose item count is not given
    "Scores on the 7-point scale were averaged. There were 43 in each condition (M = 5.61, SD = 0.98).",
])
def test_grim_applies_only_when_the_text_says_so(text: str) -> None:
    assert not _inconsistent(text, "FC403")


def test_grim_arithmetic() -> None:
    from checker._rules_stats import grim_possible

    assert grim_possible(Fraction("5.61"), 2, 43)[0] is False
    assert grim_possible(Fraction("5.04"), 2, 43)[0] is False
    for mean in ("3.88", "4.93", "4.37", "4.63"):
        assert grim_possible(Fraction(mean), 2, 43)[0] is True, mean
    # a mean halfway between: 1/8 = 0.125 reported as 0.13 (half up) or 0.12 (half down)
    assert grim_possible(Fraction("0.13"), 2, 8)[0] and grim_possible(Fraction("0.12"), 2, 8)[0]


def test_grim_uses_items_per_score() -> None:
    text = ("Each score was the sum of a 3-item scale. There were 20 in each group. The mean was high (M = 4.45).")
    # 4.45 x 20 x 3 = 267: a whole total
    checks = check(text, text=True, select=["FC403"]).checks
    assert [c.verdict for c in checks] == ["verified"] or not checks


@pytest.mark.parametrize("text", [
    "The scheme ran from 1 June 2016 to 30 November 2016, and 400 people joined in six months.",
    "In March 2022, 62% were in favour. The company will double in two years since its launch.",
    "Offenders aged 18 to 24 years were sentenced between 2014 and 2016 to three years in prison.",
])
def test_span_traps(text: str) -> None:
    assert not _inconsistent(text, "FC602")


def test_span_inclusive_and_exclusive() -> None:
    for text in ("We examined the six months from 1 June 2016 to 30 November 2016.",
                 "We examined the six months from 1 June 2016 to 1 December 2016.",
                 "We examined the 183 days from 1 June 2016 to 30 November 2016."):
        checks = check(text, text=True, select=["FC602"]).checks
        assert [c.verdict for c in checks] == ["verified"], (text, [c.explanation for c in checks])


def test_mean_over_a_named_month_or_year() -> None:
    ok = check("In 2023 the helpline took 36,500 calls, an average of 100 calls a day.", text=True, select=["FC402"]).checks
    assert [c.verdict for c in ok] == ["verified"] and "365 days of 2023" in ok[0].explanation
    bad = check("The trust saw 17,418 patients in December, an average of 662 patients a day.", text=True,
                select=["FC402"]).checks
    assert [c.verdict for c in bad] == ["inconsistent"]
    # February without a year, and a total named for another month, are left alone
    for text in ("In February the unit admitted 840 patients, an average of 30 patients a day.",
                 "The trust saw 17,418 patients in December 2017. In January, it saw an average of 500 patients a day."):
        assert not check(text, text=True, select=["FC402"]).checks, text


def test_pay_restated_per_working_day() -> None:
    checks = check("A nurse's pay rose by £1,500 a year. That works out at £29 a week, or about £6 a day.", text=True,
                   select=["FC401"]).checks
    assert len(checks) == 2 and all(c.verdict != "inconsistent" for c in checks), [c.explanation for c in checks]


def test_a_bounded_source_is_read_up_to_the_next_round_figure() -> None:
    # 'over 11,600 a year' is under 11,700 a year, so 'about 38 a day' cannot restate it
    text = "Over 11,600 reported crimes a year never reach the records, or about 38 crimes every day."
    assert _inconsistent(text, "FC401")
    text = "Over 11,600 reported crimes a year never reach the records, or about 32 crimes every day."
    assert not _inconsistent(text, "FC401")
