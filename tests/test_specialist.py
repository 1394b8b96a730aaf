"""The specialist rules beyond their docstring examples: rates per N (FC407), ratios of
rates (FC307), average growth (FC308), granularity of shares (FC406), unit conversions
(FC603), years ago and ages (FC604). Traps first: wording that must draw no flag."""

from __future__ import annotations

import pytest

from checker import check

MINE = ("FC307", "FC308", "FC404", "FC405", "FC406", "FC407", "FC603", "FC604")
DATED = "Published 15 June 2023.\n\n"


def _flags(text: str, code: str | None = None) -> list[str]:
    return [f"{c.rule}: {c.explanation}" for c in check(text, text=True).checks
            if c.verdict == "inconsistent" and (c.rule == code if code else c.rule in MINE)]


def _verdicts(text: str, code: str) -> list[str]:
    return [c.verdict for c in check(text, text=True).checks if c.rule == code]


TRAPS = [
    # FC406: hedged, large, possessive, weighted
    "Some 87.2% of the 463 reports were recorded on time.",
    "Turnout was 34.5% of the 72,000 electors.",
    "Inspectors found 12.5% of the 40 schools' budgets went on agency staff.",
    "The survey was weighted by age and region. Of those asked, 37.5% of the 812 adults agreed.",
    # FC404/FC405: ages and times, continuous proportions
    "Participants rated the task on a 1-7 scale; their mean age was M = 24.7 years, SD = 3.13, N = 18.",
    "The proportion of time spent on task was M = 0.35, SD = 0.18, N = 20.",
    # FC407: another group, another year, two counts, another base, a count of something else
    "Kingsford has 248,000 residents and recorded 1,910 falls admissions. The national rate was 9.1 admissions per 1,000.",
    "Kingsford, with 248,000 residents, recorded 1,910 falls admissions in 2023. In 2021 the rate was 9.1 admissions per 1,000.",
    "Kingsford, with 248,000 residents, recorded 1,910 falls admissions and 2,400 stroke admissions, 9.1 admissions per 1,000.",
    "Kingsford has 248,000 residents and 310 GPs, who made 9.1 home visits per 1,000 residents last week.",
    # FC307: a pair of something else, odds ratios read as 'times'
    "Smokers were 2.3 times as likely to be admitted, and made up 18% of patients (compared with 12% in 2010).",
    "Smokers were 2.1 times more likely to be admitted (30% v 17%).",
    "Prices were 2.5 times the national average of 12%.",
    # FC308: the average of another measure
    "Rents rose by 30% over five years, while wages grew by an average of 2% a year.",
    "Prices rose 12% in the year to March, and have risen an average of 3.1% a year since 2010.",
    # FC603: not conversions
    "The 12-mile route (3km of it on roads) opens today.",
    "A 5-10kg (11-22lb) bag is allowed.",
    "He is 6ft 2in (1.88m) tall.",
    "The route is 12 miles long and cost £19m (€22m).",
    "Runners can choose from 10 miles to 25 km.",
    # FC604: two events, another person, another time
    DATED + "The law, passed in 1998, was reviewed 10 years ago.",
    DATED + "Smith, aged 42, said his father, born in 1951, had worked at the mill.",
    DATED + "He died in 2010 aged 52, having been born in 1958.",
    "The charity was founded in 1998, 35 years ago.",  # no date for the document
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_draw_no_flag(text: str) -> None:
    assert not _flags(text), text


@pytest.mark.parametrize(("text", "code"), [
    ("Inspectors found that 12.8% of the 463 reports were not recorded.", "FC406"),
    ("There were 12 infant deaths among 2,450 live births, a rate of 7.9 per 1,000 live births.", "FC407"),
    ("The town, home to 84,000 people, has 1,100 people on the waiting list, or 1.8% of its population.", "FC407"),
    ("Women were 1.5 times as likely as men to be unemployed (9% v 4%).", "FC307"),
    ("The risk was 45% lower among vaccinated adults (30% v 40%).", "FC307"),
    ("Fares rose by 30% between 2018 and 2023, an average of 8.2% a year.", "FC308"),
    ("Bookings fell by 20% over four years, an average fall of 7.4% a year.", "FC308"),
    ("The route is 12 miles (7.5km) long.", "FC603"),
    ("The park covers 130 sq miles (209 sq km).", "FC603"),
    ("It was 30°C (76°F) at noon.", "FC603"),
    (DATED + "The trust opened its visitor centre in 2009, 25 years ago.", "FC604"),
    (DATED + "Smith, 42 years old, was born in December 1981.", "FC604"),
])
def test_planted_errors_are_flagged(text: str, code: str) -> None:
    assert _flags(text, code), (text, [c.explanation for c in check(text, text=True).checks])


@pytest.mark.parametrize(("text", "code"), [
    ("There were 12 infant deaths among 2,450 live births, a rate of 4.9 per 1,000 live births.", "FC407"),
    ("Women were 1.5 times as likely as men to be unemployed (6% v 4%).", "FC307"),
    ("The risk was 25% lower among vaccinated adults (30% v 40%).", "FC307"),
    ("Fares rose by 30% between 2018 and 2023, an average of 5.4% a year.", "FC308"),
    ("A 300-tonne (330-ton) load and 5 litres (1.1 gallons) of water.", "FC603"),
    ("It was -40°C (-40°F) at the pole.", "FC603"),
    (DATED + "In 1998, 25 years ago, the charity opened its first shop.", "FC604"),
    (DATED + "The keeper, aged 41, was born in December 1981.", "FC604"),
])
def test_consistent_figures_are_checked_and_hold(text: str, code: str) -> None:
    got = _verdicts(text, code)
    assert got and "inconsistent" not in got, (text, got)


def test_pint_is_loaded_only_for_a_document_with_a_conversion() -> None:
    import subprocess
    import sys

    code = ("import sys; from checker import check; check('Crime fell 5% to 7,503 offences in 2023.', text=True); "
            "print('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_a_stale_pint_cache_is_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """pint's cache, written by another virtual environment with the same pint, names files
    that are gone; conversions then fail. The registry is probed and built again without the
    cache (this machine had such a cache: every FC603 went quiet)."""
    import pint

    from checker import _rules_units

    real = pint.UnitRegistry

    def stale(*args: object, **kw: object) -> object:
        if kw.get("cache_folder"):
            raise FileNotFoundError("/gone/.venv/lib/python3.11/site-packages/pint/default_en.txt/constants_en.txt")
        return real(*args, **kw)

    monkeypatch.setattr(pint, "UnitRegistry", stale)
    monkeypatch.setattr(_rules_units, "_UREG", None)
    got = check("The new cycle path is a 12-mile (19km) route along the old railway.", text=True)
    assert [c.rule for c in got.checks] == ["FC603"]


def test_explanations_name_a_cause() -> None:
    flags = {c.rule: c for c in check("The route is 12 miles (7.5km) long.", text=True).checks if c.verdict == "inconsistent"}
    assert "converted the wrong way" in flags["FC603"].cause
    c = [c for c in check(DATED + "Smith, 42 years old, was born in December 1981.", text=True).checks if c.rule == "FC604"][0]
    assert "birthday not yet reached" in c.cause and "2023 - 1981 - 1 = 41" in c.explanation


def test_a_rate_per_base_is_a_rate_not_a_count() -> None:
    from claims import extract

    got = [(m.text, m.kind, m.get("base")) for m in extract("a rate of 211 per 100,000 population, and 12.3 crimes per 1,000 people")]
    assert got == [("211", "rate", 100000), ("100,000", "label", None), ("12.3", "rate", 1000), ("1,000", "label", None)]


def test_rates_are_never_parts_wholes_or_totals() -> None:
    text = ("The county, home to 562,000 people, recorded 1,184 road casualties last year, a rate of 211 per 100,000 "
            "population. Of these, 214 were killed or seriously injured, or 38 per 100,000 population.")
    flagged = [f"{c.rule}: {c.explanation}" for c in check(text, text=True).checks if c.verdict == "inconsistent"]
    assert not flagged
    # and a word multiple between two rates is read as their ratio
    text = "Smokers were four times as likely to be admitted (20.5 per 1,000 against 5.0 per 1,000)."
    assert [c.verdict for c in check(text, text=True).checks] == ["rounded"]


@pytest.mark.parametrize("text", [
    "Each participant rated 10 faces on a 1-7 scale (M = 5.19, N = 28).",
    "Across the 12 trials, ratings on a 1-7 scale were high (M = 5.19, SD = 1.60, N = 28).",
])
def test_several_ratings_per_person_are_not_single_whole_numbers(text: str) -> None:
    assert not [c for c in check(text, text=True).checks if c.verdict == "inconsistent"], text


def test_more_traps_and_levels() -> None:
    # a range is not a pair of figures compared
    assert not _flags("Men were 3.5 times more likely than women to be victims, and people aged 16 to 24 were twice as likely.")
    # the levels with their years, when the total change has no periods of its own
    text = "The charity's income rose from £1.2m in 2019 to £1.9m in 2023, a rise of 58%, or roughly 12% a year on average."
    assert _verdicts(text, "FC308") == ["rounded"]
