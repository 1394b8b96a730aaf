"""FC6xx units and calendar (the weekday rule; spans and conversions come with [2])."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ._analysis import Analysis
from ._records import Check, Relation
from ._registry import rule

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@rule("FC601", "the weekday of a written date")
def weekday(a: Analysis) -> Iterator[Check]:
    """A date written with its weekday: the calendar must agree.

    ok: Published Thursday 15 June 2017.
    bad: Published Wednesday 15 June 2017.
    none: Friday (58%) was the most popular day off.
    """
    for m in a.mentions:
        if m.kind != "date" or m.get("weekday") is None or m.get("year") is None:
            continue
        try:
            day = dt.date(int(m.get("year")), int(m.get("month")), int(m.get("day")))
        except ValueError:
            yield Check("FC601", Relation("weekday", (m.id,), m.id), "inconsistent", m.text, "no such date",
                        f"{m.text}: there is no such date", cause="impossible date")
            continue
        real = _DAYS[day.weekday()]
        said = _DAYS[int(m.get("weekday"))]
        when = f"{day.day} {day.strftime('%B')} {day.year}"
        if real == said:
            yield Check("FC601", Relation("weekday", (m.id,), m.id), "verified", said, real,
                        f"{when} was a {real}, as stated")
        else:
            yield Check("FC601", Relation("weekday", (m.id,), m.id), "inconsistent", said, real,
                        f"{when} was a {real}, not a {said}", cause="wrong weekday or wrong date")
