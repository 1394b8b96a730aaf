"""Text for the benchmark, generated here from a seed: report prose and adversarial input.

The prose is original: templates about inspections, hospitals, budgets, schools and
surveys, filled with figures that are mostly consistent (a part, its whole and the
percentage computed from them), sometimes rounded or hedged, and now and then wrong, so
the checker has real relations to recompute. Same seed, same text, on every machine.

>>> len(report_prose(2_000)) >= 2_000
True
>>> report_prose(3_000) == report_prose(3_000)
True
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["ADVERSARIAL", "adversarial", "report_prose"]

FORCES = ["Northshire", "Eastmoor", "Kelby Vale", "Harrowgate", "Westmarch", "Lowfield", "Brackenridge", "Saltmere"]
TRUSTS = ["St Aldric's", "Riverside General", "Moorland Royal", "Queen's Park", "Ashcombe Community", "Fenwick District"]
COUNCILS = ["Tollbury", "Grayford", "Pennick", "Oakhurst", "Marlow Fen", "Stourby"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CRIMES = ["violent crime", "sexual offences", "burglary", "vehicle crime", "criminal damage", "fraud", "shoplifting"]
HOSPITAL_MEASURES = ["seen within four hours", "discharged on the planned day", "given a follow-up appointment",
                     "treated within 18 weeks", "assessed by a consultant within 14 hours"]
SURVEY_TOPICS = ["felt safe walking alone after dark", "trusted their local police", "were satisfied with their GP",
                 "had waited more than a month for an appointment", "would recommend the service to a friend"]
ONE_IN = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "12", "20"]
FRACTIONS = ["a third", "a quarter", "half", "two thirds", "three quarters", "a fifth"]
HEDGES = ["about", "around", "nearly", "almost", "more than", "just over", "fewer than", "roughly", "some", "at least"]
CONNECTIVES = ["However,", "In addition,", "By contrast,", "Overall,", "In the same period,", "At the time of the visit,",
               "According to the report,", "Inspectors noted that", "Separately,", "As a result,"]


def _pct(part: int, whole: int, places: int) -> str:
    return f"{100 * part / whole:.{places}f}"


def _money(rng: random.Random) -> tuple[str, float]:
    millions = rng.choice([rng.uniform(0.4, 9.9), rng.uniform(10, 250)])
    if millions < 10:
        return f"£{millions:.1f}m", round(millions, 1)
    return f"£{millions:.0f}m", float(round(millions))


def _wrong(rng: random.Random, value: float) -> float:
    """Now and then a figure that does not add up: about one claim in eight."""
    if rng.random() < 0.125:
        return value + rng.choice([-3, -2, 2, 3, 5])
    return value


def _crime(rng: random.Random) -> str:
    force = rng.choice(FORCES)
    reported = rng.randint(800, 60_000)
    rate = rng.uniform(72, 97)
    recorded = round(reported * rate / 100)
    shown = _wrong(rng, round(100 * recorded / reported, 1))
    crime = rng.choice(CRIMES)
    return rng.choice([
        f"{force} Police recorded {recorded:,} of the {reported:,} {crime} reports it received ({shown:.1f}%).",
        f"The recording rate for {crime} in {force} was {shown:.1f}%, and the {100 - shown:.1f}% that went unrecorded "
        f"amounted to about {reported - recorded:,} reports.",
        f"Of {reported:,} reports of {crime}, {recorded:,} were recorded within 24 hours, a rate of {shown:.0f} per cent.",
        f"{rng.choice(HEDGES).capitalize()} {round(rate)} per cent of {crime} reports in {force} were recorded correctly, "
        f"up from {rate - rng.uniform(1, 9):.1f}% in {rng.randint(2014, 2019)}.",
        f"In {force}, one in {rng.choice(ONE_IN)} victims of {crime} said they were not told the outcome of their case.",
    ])


def _hospital(rng: random.Random) -> str:
    trust = rng.choice(TRUSTS)
    patients = rng.randint(1_200, 95_000)
    share = rng.uniform(55, 96)
    seen = round(patients * share / 100)
    measure = rng.choice(HOSPITAL_MEASURES)
    day = rng.randint(1, 28)
    month = rng.choice(MONTHS)
    year = rng.randint(2016, 2024)
    beds = rng.randint(120, 1_400)
    occupied = rng.randint(int(beds * 0.8), beds)
    return rng.choice([
        f"At {trust}, {seen:,} of {patients:,} patients ({_wrong(rng, round(100 * seen / patients)):.0f}%) were {measure}.",
        f"Inspectors visited {trust} on {day} {month} {year} and found {occupied:,} of its {beds:,} beds occupied, "
        f"an occupancy rate of {_pct(occupied, beds, 1)}%.",
        f"The trust treated {patients:,} patients in {year}, {rng.choice(['up', 'down'])} "
        f"{rng.uniform(0.5, 14):.1f}% on the year before, and {rng.choice(FRACTIONS)} of them were over 65.",
        f"Waiting lists at {trust} grew from {patients:,} in {month} {year - 1} to {seen + patients:,} in {month} {year}, "
        f"an increase of {_pct(seen, patients, 0)}%.",
        f"Staff sickness at {trust} averaged {rng.uniform(3, 7.5):.1f} per cent, against a national figure of "
        f"{rng.uniform(4, 5.5):.1f} per cent; {rng.randint(12, 480)} posts were vacant on {rng.choice(WEEKDAYS)} "
        f"{day} {month}.",
    ])


def _budget(rng: random.Random) -> str:
    council = rng.choice(COUNCILS)
    text_a, a = _money(rng)
    grow = rng.uniform(-12, 25)
    b = round(a * (1 + grow / 100), 1)
    text_b = f"£{b:.1f}m"
    parts = [rng.randint(5, 60) for _ in range(3)]
    total = sum(parts)
    return rng.choice([
        f"{council} Council's budget rose from {text_a} in {rng.randint(2015, 2020)} to {text_b} this year, "
        f"a change of {_wrong(rng, round(grow, 1)):.1f}%.",
        f"Of its {text_a} capital budget, {council} spent {rng.randint(20, 90)}% on roads, "
        f"with the remainder split between housing and libraries.",
        f"Adult social care takes £{parts[0]}m, children's services £{parts[1]}m and waste collection £{parts[2]}m, "
        f"a total of £{_wrong(rng, total):.0f}m.",
        f"The council expects to save {text_a} by {rng.randint(2025, 2030)}, nearly twice the saving it made last year.",
        f"Council tax in {council} will rise by {rng.choice(['2.99', '4.99', '1.5', '3'])}% from {rng.randint(1, 28)} "
        f"April, adding about £{rng.randint(40, 140)} a year to a band D bill of £{rng.randint(1_700, 2_400):,}.",
    ])


def _survey(rng: random.Random) -> str:
    asked = rng.randint(400, 12_000)
    share = rng.uniform(8, 92)
    yes = round(asked * share / 100)
    topic = rng.choice(SURVEY_TOPICS)
    places = rng.choice([0, 1])
    pct = _pct(yes, asked, places)
    return rng.choice([
        f"In a survey of {asked:,} residents, {yes:,} ({pct}%) said they {topic}.",
        f"{pct}% of the {asked:,} people questioned said they {topic}, while {_pct(asked - yes, asked, places)}% did not.",
        f"Just over {rng.choice(FRACTIONS)} of respondents said they {topic}, compared with "
        f"{rng.randint(10, 70)}% in the {rng.randint(2010, 2020)} survey.",
        f"The proportion who {topic} fell by {rng.uniform(1, 9):.1f} percentage points, to {pct}%.",
        f"Roughly one in {rng.choice(ONE_IN)} of the {asked:,} respondents said they {topic}.",
    ])


def _inspection(rng: random.Random) -> str:
    schools = rng.randint(40, 600)
    good = rng.randint(int(schools * 0.5), schools)
    visits = rng.randint(3, 40)
    return rng.choice([
        f"Of the {schools} schools inspected, {good} were rated good or outstanding, "
        f"{_wrong(rng, round(100 * good / schools)):.0f} per cent of the total.",
        f"The inspection team of {visits} spent {rng.randint(2, 9)} days on site and reviewed {rng.randint(60, 900)} case files, "
        f"of which {rng.randint(5, 59)} were incomplete.",
        f"The previous inspection, on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2012, 2020)}, made "
        f"{rng.randint(4, 22)} recommendations; {rng.randint(1, 4)} of them have not been acted on.",
        f"{rng.choice(HEDGES).capitalize()} {rng.randint(11, 99) * 100:,} calls to the 101 line went unanswered, "
        f"around {rng.randint(3, 25)}% of all calls.",
    ])


TOPICS: list[Callable[[random.Random], str]] = [_crime, _hospital, _budget, _survey, _inspection]


def report_prose(size: int, seed: int = 20240611) -> str:
    """At least ``size`` characters of report prose: paragraphs of three to seven sentences."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        topic = rng.choice(TOPICS)
        sentences = []
        for k in range(rng.randint(3, 7)):
            s = (topic if rng.random() < 0.7 else rng.choice(TOPICS))(rng)
            if k and rng.random() < 0.25:
                conn = rng.choice(CONNECTIVES)
                s = f"{conn} {s[0].lower() + s[1:] if conn.endswith(',') or conn.endswith('that') else s}"
            sentences.append(s)
        para = " ".join(sentences)
        paragraphs.append(para)
        total += len(para) + 2
    return "\n\n".join(paragraphs) + "\n"


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _comma_ones(size: int) -> str:
    return _repeat_to("1,", size)


def _dot_ones(size: int) -> str:
    return _repeat_to("1.", size)


def _digit_runs(size: int) -> str:
    # long digit runs separated by single spaces, no line breaks
    return _repeat_to("1234567890" * 20 + " ", size)


def _number_words(size: int) -> str:
    return _repeat_to("one hundred and twenty three thousand four hundred and fifty six ", size)


def _long_line(size: int) -> str:
    # report prose with every line break and full stop removed: one sentence, one line
    return report_prose(size, seed=7).replace("\n", " ").replace(". ", "; ")[:size]


def _hedge_soup(size: int) -> str:
    return _repeat_to("about 87 per cent, nearly one in five, more than 11,200 and 12.8% of 463 ", size)


#: name -> function making that many characters of adversarial text
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "1,1,1,...": _comma_ones,
    "1.1.1....": _dot_ones,
    "digit runs": _digit_runs,
    "number words": _number_words,
    "hedged figures": _hedge_soup,
    "one long line": _long_line,
}


def adversarial(name: str, size: int) -> str:
    return ADVERSARIAL[name](size)
