"""FC4xx rates and averages: a figure per period restated per another period, a mean
against the total and the count it divides, and the granularity of summaries of whole
numbers (GRIMMER, DEBIT, GRIM for a share of a count)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction

from claims._context import content_words
from claims._records import Interval, Mention

from ._analysis import Analysis
from ._common import conclude, is_change, is_count, same_unit
from ._descriptives import binary_data, descriptives, scale_items
from ._granularity import debit, decimals, grimmer, sqrt_places
from ._granularity import grim as grim_test
from ._records import Check, Relation
from ._registry import rule
from ._verdict import transposed, truncates

__all__ = ["period_after", "period_of"]

PERIODS = ("day", "week", "month", "year")
#: how many of each period a year holds, by the convention named first (the others are
#: accepted too: a weekly figure may be a yearly one over 52 weeks or over 365/7)
_PER_YEAR: dict[str, tuple[tuple[Fraction, str], ...]] = {
    "day": ((Fraction(365), "365 days"), (Fraction(1461, 4), "365.25 days")),
    "week": ((Fraction(52), "52 weeks"), (Fraction(365, 7), "365/7 weeks")),
    "month": ((Fraction(12), "12 months"),),
    "year": ((Fraction(1), "1 year"),),
}
#: conversions between two periods shorter than a year: (factor, words)
_WITHIN: dict[tuple[str, str], tuple[tuple[Fraction, str], ...]] = {
    ("week", "day"): ((Fraction(7), "7 days a week"),),
    ("month", "day"): ((Fraction(365, 12), "30.4 days a month"), (Fraction(30), "30 days a month"),
                       (Fraction(31), "31 days a month")),
    ("month", "week"): ((Fraction(52, 12), "52/12 weeks a month"), (Fraction(365, 84), "4.35 weeks a month"),
                        (Fraction(4), "4 weeks a month")),
}

_PERIOD_WORD = r"(day|week|month|year|annum)"
# 'a year', 'each day', 'every week', 'per annum', 'daily', 'in a year'; never 'a year earlier'
_AFTER = re.compile(
    rf"^(?P<lead>(?:[^\W\d][\w'’-]*\s+){{0,6}}?)(?:(?:in\s+)?(?:a|an)\s+(?:single\s+)?{_PERIOD_WORD}\b"
    r"(?!\s*(?:earlier|ago|later|before|after|on|previously|from|since|to|and|or|old|olds)\b)(?!-)"
    rf"|(?:each|every|per)\s+(?:single\s+)?{_PERIOD_WORD}\b(?!\s*olds?\b)(?!-)"
    r"|(daily|weekly|monthly|annually|yearly)\b)",
    re.I,
)
_LEAD = re.compile(rf"^\W*(?:in\s+)?(?:each|every|per|a)\s+{_PERIOD_WORD}\s*,?\s*$", re.I)
_ADJ = re.compile(r"\b(daily|weekly|monthly|annual|yearly)\s+(?:average|total|cost|bill|budget|spend|spending|income|"
                  r"salary|pay|fee|figure|charge|rent|wage|allowance)\s+(?:of|was|is|will\s+be|of\s+around)?\s*$", re.I)
_ADVERB = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
           "annual": "year", "annum": "year"}
_NOT_NOUN = frozenset({"more", "than", "going", "were", "was", "are", "is", "be", "been", "being", "have", "has",
                       "had", "that", "which", "who", "go", "goes", "went", "never", "not", "no", "will", "would",
                       "could", "can", "may", "might", "should", "must", "do", "does", "did"})
_STOP_NOUN = frozenset({"to", "of", "in", "on", "at", "by", "for", "from", "with", "into", "across", "through",
                        "over", "under", "the", "a", "an", "each", "every", "per", "this", "that", "their", "its"})


def _norm(word: str) -> str:
    w = word.lower()
    return _ADVERB.get(w, w)


def period_after(a: Analysis, m: Mention, up_to: int | None = None) -> tuple[str, str] | None:
    """The period written after a figure ('11,600 crimes reported every year') and the words
    between them; None when another figure or a clause break comes first."""
    s = a.sentence(m)
    end = min(s.end, m.end + 70) if up_to is None else min(up_to, s.end)
    text = a.text[m.end:end]
    # (a year the figure is of is no figure of another: 'helped 6,284 people in 2025')
    cut = re.search(r"[;:()–—]|,\s|\.\s|(?<!\bin )(?<![\d/-])\d|\b(?:and|or|but|while|than|compared)\b", text)
    if cut:
        text = text[:cut.start()]
    got = _AFTER.match(text.strip() and text.lstrip() or "")
    if not got:
        return None
    if re.search(r"\b(?:over|for|within|after|during|than|under|about|nearly|almost|least|of|once|twice|times)\s*$",
                 got.group("lead"), re.I):
        return None  # 'examined over a year', 'once a year' say how long or how often, not how many a year
    word = got.group(2) or got.group(3) or got.group(4)
    return _norm(word), got.group("lead")


def period_of(a: Analysis, m: Mention) -> tuple[str, str] | None:
    """A figure's period, written after it or just before it ('Each year, 280 ...',
    'an annual cost of £5m'), with the noun words that name what it counts."""
    got = period_after(a, m)
    if got:
        return got
    before = a.text[a.sentence(m).start:m.get("hedge_start", m.start)]
    b = _LEAD.match(before) or _ADJ.search(before[-40:])
    if b:
        return _norm(b.group(1)), a.after(m, 30).split(",")[0]
    return None


_BOUNDS = frozenset({"more than", "at least", "less than", "at most", "well over", "well under", "just over", "just under",
                     "nearly"})


def rounded_interval(m: Mention) -> Interval:
    """The values a computed figure (a rate, a mean) may have been rounded from: half a unit
    of its last stated digit either way, the unit of a whole number being set by its
    trailing zeros but never more than a tenth of the figure (32 -> [31.5, 32.5], 30 -> [27,
    33], 16,000 -> [15,500, 16,500], £1.54 -> [1.535, 1.545]). A bound
    ('more than 40') keeps its own interval."""
    if m.hedge in _BOUNDS:
        return m.interval
    v = m.value
    if m.precision is not None and m.precision < 1:
        unit = m.precision
    else:
        digits = str(abs(v.numerator)) if v.denominator == 1 else ""
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        unit = max(Fraction(10) ** zeros, m.precision or Fraction(1))
    half = unit / 2
    if unit >= 10:
        half = min(half, max(abs(v) / 10, Fraction(1, 2)))  # '£100' is not any figure from £50 to £150
    lo, hi = v - half, v + half
    if m.interval.low is not None and m.interval.high is not None:
        lo, hi = min(lo, m.interval.low), max(hi, m.interval.high)
    return Interval(lo, hi)


def as_written(m: Mention) -> Mention:
    """A bounded input read as its writer meant it: 'over 11,600' is more than 11,600 but
    less than the next round figure at its precision (11,700), else it would have been
    written so; 'under 500' likewise. Other figures are returned as they are."""
    iv = m.interval
    if m.hedge not in ("more than", "at least", "just over", "less than", "at most", "just under"):
        return m
    v = m.value
    digits = str(abs(v.numerator)) if v.denominator == 1 else ""
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    unit = max(Fraction(10) ** zeros, m.precision or Fraction(1))
    if m.hedge in ("more than", "at least", "just over"):
        return replace(m, interval=Interval(v, v + unit, iv.low_open, False))
    return replace(m, interval=Interval(max(v - unit, Fraction(0)), v, False, iv.high_open))


#: a total said to be the year's ('stole 1,284 road signs from its roads last year')
_YEAR_SAID = re.compile(r"^\s*(?P<lead>(?:[^\W\d][\w'’-]*\s+){0,6}?)(?:last|this|in\s+the\s+past|over\s+the\s+past)\s+year\b"
                        r"(?!\s*(?:earlier|ago|before|'s|’s)\b)", re.I)
#: ... or its year named: 'helped 6,284 people in 2025' (read only from the sentence before one
#: that points back to it, 'That is more than 150 people every week of the year')
_YEAR_NAMED = re.compile(r"^\s*(?P<lead>(?:[^\W\d][\w'’-]*\s+){1,4}?)in\s+(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b", re.I)


def _year_said(a: Analysis, m: Mention) -> tuple[str, str] | None:
    """A figure the article gives as a year's total, for FC401 alone: 'last year' is the year
    the total is of, so a figure a week said with it restates it ('1,284 road signs ... last
    year, more than 30 signs a week')."""
    s = a.sentence(m)
    text = a.text[m.end:min(s.end, m.end + 70)]
    cut = re.search(r"[;:()–—]|,\s|\.\s|\d|\b(?:and|or|but|while|than|compared)\b", text)
    got = _YEAR_SAID.match(text[:cut.start()] if cut else text)
    return ("year", got.group("lead")) if got else None


def _year_named(a: Analysis, m: Mention) -> tuple[str, str] | None:
    """A figure given with its year named after its noun ('helped 6,284 people in 2025'), no
    earlier level ('up from 5,197 in 2024'): a year's total, to a sentence that points back."""
    if re.search(r"\b(?:from|compared with|compared to|against|than)\s+(?:the\s+)?$", a.before(m, 20), re.I):
        return None
    s = a.sentence(m)
    got = _YEAR_NAMED.match(a.text[m.end:min(s.end, m.end + 60)])
    return ("year", got.group("lead")) if got and not re.search(r"[,;:()]", got.group("lead")) else None


def _rate_figure(m: Mention) -> bool:
    if m.kind == "count":
        return is_count(m)
    if m.kind == "quantity":
        return m.unit not in ("year", "month", "week", "day", "hour", "minute", "second", "decade")
    return m.kind in ("money", "decimal")


def _nouns(lead: str) -> frozenset[str]:
    """The noun phrase right after a figure, as stems: 'violent crimes go unrecorded' ->
    {violent, crim}. It ends at its first plural noun, a verb or a preposition; a
    participle in front ('reported crimes') is kept but marked with a leading '~'."""
    out: list[str] = []
    for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lead.lower())[:4]:
        if word in _NOT_NOUN or word in _STOP_NOUN:
            break
        stems = content_words(word)
        if not stems:
            break
        if word.endswith(("ed", "ing")):
            if out:
                break
            out.append("~" + stems[0])
            continue
        out.append(stems[0])
        if word.endswith("s") and not word.endswith("ss"):
            break
    return frozenset(out)


def _same_thing(nx: frozenset[str], nb: frozenset[str], words_b: frozenset[str], words_x: frozenset[str]) -> bool:
    """Two noun phrases name one thing: every plain word of each is in the other's phrase
    or sentence ('crimes' and 'reported crimes' agree; 'crimes' and 'violent crimes' do not)."""
    plain_x = {w for w in nx if not w.startswith("~")}
    plain_b = {w for w in nb if not w.startswith("~")}
    if not plain_x or not plain_b:
        return True
    return plain_x <= (plain_b | words_b) and plain_b <= (plain_x | words_x) and bool(plain_x & plain_b)


#: working days, for pay and other figures of the working week
_WORKDAYS = {"week": (Fraction(5), "5 working days a week"), "month": (Fraction(260, 12), "21.7 working days a month"),
             "year": (Fraction(260), "260 working days a year")}
_WORK = re.compile(r"\b(?:salary|salaries|wages?|earn(?:s|ed|ing|ings)?|paid|pay|working\s+days?|workdays?|weekdays?|"
                   r"shifts?|day\s+rate|per\s+diem|overtime|employ(?:ed|ee|ees|s)?|staff|workers?|contractors?|locums?)\b", re.I)


def _conversions(p1: str, p2: str, working: bool = False) -> list[tuple[Fraction, str]]:
    """Ways to turn a figure per p1 into one per p2: multiply by the factor. For the
    working week, a day may be a working day (5 a week, 260 a year)."""
    if working and "day" in (p1, p2) and p1 != p2:
        other = p2 if p1 == "day" else p1
        n, w = _WORKDAYS[other]
        extra = [(n, f"x {w}")] if p1 == "day" else [(1 / n, f"/ {w}")]
        return _conversions(p1, p2) + extra
    if p1 == "year":
        return [(1 / n, f"/ {w}") for n, w in _PER_YEAR[p2]]
    if p2 == "year":
        return [(n, f"x {w}") for n, w in _PER_YEAR[p1]]
    if (p1, p2) in _WITHIN:
        return [(1 / n, f"/ {w}") for n, w in _WITHIN[(p1, p2)]]
    return [(n, f"x {w}") for n, w in _WITHIN[(p2, p1)]]


_RANK = {"verified": 0, "rounded": 1, "unverifiable": 2, "inconsistent": 3}
_CONNECT_SAME = re.compile(
    r"^[^.;:]{0,90}?(?:,\s*or\b|\bor\s+(?:about|around|roughly|some|almost|nearly|just|more|less|over|under)\b|\bor\s*$|"
    r"\bequivalent\b|\bequates?\b|\bworks?\s+out\b|\bthat\s+is\b|\bthat's\b|\bi\.e\.|\bwhich\s+is\b|"
    r"\bmeaning\b|\bamounting\b|\bamounts\s+to\b|\btranslat|[(–—]|"
    r",\s*(?:about|around|roughly|some|approximately|nearly|almost|(?:just\s+)?(?:more|less|fewer)\s+than|(?:just\s+)?(?:over|under))\s*$)", re.I)  # '80,100 a year, around 220 a day'
_CONNECT_BACK = re.compile(
    r"\b(?:works?\s+out|worked\s+out|equates?|equivalent|amounts?\s+to|translates?|in\s+other\s+words|"
    r"put\s+another\s+way|that\s+is|that's|which\s+means|this\s+means|that\s+means|means\s+that|in\s+effect)\b", re.I)
_HEDGE_END = re.compile(r"(?:just\s+)?(?:more|less|fewer)\s+than\s*$", re.I)
#: (a change's 'from' is said with its verb, 'up from'; 'road signs from its roads' is a place)
_OTHER_MEASURE = re.compile(r"\b(?:compared|than|whereas|while|but|versus|against|rose|fell|up|down|(?:rising|falling|increased|decreased)\s+from)\b", re.I)


def _rate_check(a: Analysis, target: Mention, source: Mention, p_src: str, p_tgt: str) -> Check | None:
    """target (per p_tgt) recomputed from source (per p_src), under the convention that fits best."""
    best: Check | None = None
    causes = _rate_causes(target, source, p_src, p_tgt)
    near = {a.sentence_of[source.id], a.sentence_of[target.id]}
    near |= {k - 1 for k in near if k > 0}
    working = any(_WORK.search(a.sentence_text(k)) for k in near)
    for factor, words in _conversions(p_src, p_tgt, working):
        c = conclude(a, "FC401", "rate-per", target, [as_written(source)], _times(factor), f"{source.text} {words}",
                     target_interval=rounded_interval(target), causes=causes)
        if c is None:
            continue
        c = _reword(c, p_tgt)
        if best is None or _RANK[c.verdict] < _RANK[best.verdict]:
            best = c
    return best


def _times(factor: Fraction) -> Callable[[Fraction], Fraction]:
    return lambda v: v * factor


def _holds(tiv: Interval, value: Fraction) -> Callable[[Fraction], bool]:
    return lambda _point: tiv.contains(value)


def _reword(c: Check, period: str) -> Check:
    text = c.explanation.replace(f"= {c.computed}", f"= {c.computed} a {period}", 1)
    return replace(c, explanation=text, computed=f"{c.computed} a {period}")


def _rate_causes(target: Mention, source: Mention, p_src: str, p_tgt: str) -> list[tuple[Callable[[Fraction], bool], str]]:
    tiv = rounded_interval(target)
    out: list[tuple[Callable[[Fraction], bool], str]] = []
    if p_tgt == "day" and p_src in ("year", "month", "week"):
        n, words = _WORKDAYS[p_src]
        out.append((_holds(tiv, source.value / n), f"divided by working days ({words.split(' working')[0]} a {p_src}), "
                                                   "not calendar days"))
    for other in PERIODS:
        if other in (p_tgt, p_src):
            continue
        for factor, _ in _conversions(p_src, other)[:1]:
            out.append((_holds(tiv, source.value * factor), f"the figure is per {other}, not per {p_tgt}"))
    return out


@rule("FC401", "a figure per period restated per another period")
def rate_per(a: Analysis) -> Iterator[Check]:
    """A figure per year (month, week, day) restated per another period: per day = per year
    / 365, per week = per year / 52, per month = per year / 12, per day = per week / 7. The
    convention that fits is named in the working (365 or 365.25 days, 52 weeks or 365/7).

    The two are linked only when they are of one unit (pounds with pounds, counts with
    counts) and one measure: in one sentence joined as a restatement (', or about', 'which
    works out at', 'equivalent to'), or in a later sentence that points back ('It works out
    at ...') to the nearest earlier figure counting the same thing.

    ok: The bill will go up by £79.96 a year, or about £1.54 a week.
    ok: The service handled 80,100 calls a year, around 220 a day.
    bad: The service handled 80,100 calls a year, around 320 a day.
    ok: Over 11,600 reported crimes a year never reach the records, or about 32 crimes every day.
    bad: Inspectors estimated that 11,600 crimes reported every year are not logged.\\n\\nIt works out at more than 40 crimes going unrecorded every day.
    none: The force records 3,800 violent crimes a year. The hospital sees 40 patients every day.
    none: Attendances rose to 562 a day, up from 17,418 on the same month a year earlier.
    ok: Thieves stole 1,284 road signs from its roads last year, almost 25 signs a week.
    bad: Pastors helped 6,284 people in 2025, up from 5,197 in 2024. That is more than 150 people every week of the year.
    ok: Pastors helped 6,284 people in 2025, up from 5,197 in 2024. That is more than 120 people every week of the year.
    none: Volunteers found about 27 hedgehogs a week.\n\nThe number of animals killed rose to 6,384. That is about 17 animals every day.
    bad: Thieves stole 1,284 road signs from its roads last year, more than 30 signs a week.
    bad: Members made 9,630 hires in 2025/26, up from 8,915. That is 715 more hires, and an average of more than 200 hires a week.
    ok: Members made 9,630 hires in 2025/26, up from 8,915. That is 715 more hires, and an average of more than 180 hires a week.
    """
    rates: list[tuple[Mention, str, frozenset[str]]] = []
    yearly: set[str] = set()
    for m in a.mentions:
        if not _rate_figure(m) or a.cell_of.get(m.id):
            continue
        got = period_of(a, m)
        if got is None and (got := _year_said(a, m)) is not None:
            yearly.add(m.id)  # (a year's total links in its own sentence only: no 'It works out at' points back to it)
        if got is None:
            continue
        rates.append((m, got[0], _nouns(got[1])))
    used: set[str] = set()
    for j, (b, pb, nb) in enumerate(rates):
        kb = a.sentence_of[b.id]
        link: tuple[Mention, str] | None = None
        # one sentence: 'A a year, or about B a week'
        for x, px, nx in reversed(rates[:j]):
            if a.sentence_of[x.id] != kb:
                break
            if px == pb or not same_unit(x, b):
                continue
            gap = a.between(x, b)
            if any(x.end <= o.start < b.start for o in a.figures(kb)):
                break
            # (the hedge of b is no other measure: ', more than 30 signs a week')
            if not _CONNECT_SAME.search(gap) or _OTHER_MEASURE.search(_HEDGE_END.sub("", gap)):
                break
            if not _same_thing(nx, nb, a.sentence_words(b), a.sentence_words(x)):
                break
            link = (x, px)
            break
        if link is None:
            # a later sentence pointing back: 'It works out at more than 40 crimes a day'
            lead = a.text[a.sentences[kb].start:b.start]
            rated = {r[0].id for r in rates} | {o.id for o in a.in_sentence.get(kb - 1, []) if _year_named(a, o) is not None}
            # (it points to the sentence before: one whose figures of b's unit are none of them
            # per a period is what it restates, no rate further back: 'volunteers were finding
            # about 27 of them a week. ... the number killed rose by nearly 700 to 6,384 ...
            # That is about 17 animals every day')
            before = [o for o in a.in_sentence.get(kb - 1, []) if o.comparable and same_unit(o, b)]
            # (a change said first restates the sentence before too: 'That is 715 more hires, a rise
            # of about 8 per cent, and an average of more than 200 hires a week')
            if _CONNECT_BACK.search(lead) and not any(o.comparable and not is_change(a, o) for o in a.in_sentence.get(kb, [])
                                                      if o.start < b.start) \
                    and not (before and not any(o.id in rated for o in before)):
                link = _antecedent(a, [r for r in rates[:j] if r[0].id not in yearly], b, pb, nb)
                if link is None:
                    # (a year's total with its year named, 'helped 6,284 people in 2025', only from
                    # the sentence right before, and of b's noun: 'That is more than 150 people
                    # every week of the year')
                    named = [(x, got[0], _nouns(got[1])) for x in a.in_sentence.get(kb - 1, [])
                             if _rate_figure(x) and period_of(a, x) is None and (got := _year_named(a, x)) is not None]
                    named = [r for r in named if r[2] & nb - {w for w in nb if w.startswith("~")}]
                    link = _antecedent(a, named[-1:], b, pb, nb) if named else None
        if link is None:
            continue
        x, px = link
        if x.value == 0 or b.id in used:
            continue
        # the finer period is the one recomputed
        order = {p: i for i, p in enumerate(PERIODS)}
        if order[pb] < order[px]:
            c = _rate_check(a, b, x, px, pb)
        else:
            c = _rate_check(a, x, b, pb, px)
        if c is not None:
            used.add(b.id)
            yield c


def _antecedent(a: Analysis, earlier: list[tuple[Mention, str, frozenset[str]]], b: Mention, pb: str,
                nb: frozenset[str]) -> tuple[Mention, str] | None:
    """The nearest earlier per-period figure of b's unit and measure, within a few paragraphs."""
    kb = a.sentence_of[b.id]
    for x, px, nx in reversed(earlier):
        kx = a.sentence_of[x.id]
        if kx == kb:
            continue
        if kb - kx > 10:
            return None
        if not same_unit(x, b):
            continue
        if px == pb:
            return None  # the nearest figure of its kind is per the same period: nothing restated
        if not _same_thing(nx, nb, a.sentence_words(b), a.sentence_words(x)):
            continue
        if not ({w for w in nb if not w.startswith("~")} or {w for w in nx if not w.startswith("~")}) \
                and not (a.clause_words(b) & a.sentence_words(x)) and kb - kx > 1:
            continue  # bare figures ('£29 a week') point back only to the sentence before
        if a.negated(x) != a.negated(b):
            continue
        if re.search(r"\b(?:from|compared with|compared to|against|than)\s+(?:the\s+)?$", a.before(x, 20), re.I):
            continue  # an earlier level ('up from 5,197 in 2024') is not what the sentence restates
        return x, px
    return None


# --- FC402: mean = total / n ------------------------------------------------------------

_MEAN_BEFORE = re.compile(r"\b(?:average|averaged|averaging|mean)\s+(?:of\s+|was\s+|is\s+|=\s*)?"
                          r"(?:(?:about|around|nearly|almost|some|just|over|under|more\s+than|less\s+than)\s+)?[£$€]?$", re.I)
_MEAN_AFTER = re.compile(r"\bon\s+average\b", re.I)


def _period_days(m: Mention) -> str | None:
    if m.kind == "quantity" and m.unit in ("day", "week", "month", "year"):
        return m.unit
    return None


def _years_in(a: Analysis, k: int) -> set[int]:
    out = set()
    for m in a.in_sentence.get(k, []):
        if m.kind == "date" and m.get("year") is not None:
            out.add(int(m.get("year")))
        elif m.kind == "year":
            out.add(int(m.value))
    return out


def _is_part(a: Analysis, m: Mention) -> bool:
    """'15,203 of the 17,418': the first is a part, not a total."""
    return bool(re.match(r"^\s*(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?[£$€]?\d", a.after(m, 25)))


@rule("FC402", "a mean against its total and count")
def mean_of_total(a: Analysis) -> Iterator[Check]:
    """An average per period or per item stated with the number of periods or items and
    the total it spreads: mean = total / n ('17,418 patients ... across the 31 days ... an
    average of 562 patients a day').

    The periods may be a named month or year ('in December': 31 days; 'during 2024': 366).
    The total must count what the mean counts (the same noun), be a whole rather than a
    part ('15,203 of the 17,418'), not be a rate itself, and not belong to another year;
    when several figures could be the total, a verdict is given only if exactly one fits.

    ok: The trust saw 17,418 patients in December. Across the 31 days it saw an average of 562 patients a day.
    bad: The trust saw 17,418 patients in December. Across the 31 days it saw an average of 612 patients a day.
    ok: The £4.2m was shared among 12 schools, an average of £350,000 per school.
    ok: The council handed out 37 civil penalties worth £48,600 in total - an average of about £1,300 each.
    bad: The council handed out 37 civil penalties worth £48,600 in total - an average of about £1,500 each.
    ok: The trust saw 17,418 patients in December, an average of 562 patients a day.
    none: Occupancy of the 812 beds averaged 94.6% through the month, so on a typical day 34 beds stood empty.
    """
    for mean in a.mentions:
        if mean.kind not in ("count", "money", "decimal") or (mean.kind == "count" and not is_count(mean)):
            continue
        k = a.sentence_of[mean.id]
        if not (_MEAN_BEFORE.search(a.before(mean, 30)) or _MEAN_AFTER.search(a.after(mean, 40))):
            continue
        per = period_after(a, mean)
        n_fig: Mention | None = None
        noun_words: frozenset[str] = frozenset()
        if per is not None:
            period, lead = per
            noun_words = _nouns(lead)
            ns = [m for m in a.in_sentence.get(k, []) if _period_days(m) == period and m.id != mean.id]
            if len(ns) == 1:
                n_fig = ns[0]
        else:
            item = re.match(r"^\s*(?:([^\W\d][\w'’-]*)\s+){0,3}?(?:per|each|a|for\s+each)\s+([^\W\d_]+)\b", a.after(mean, 40))
            if item:
                noun_words = _nouns(a.after(mean, 40)[:item.start(2)].rsplit(" per ", 1)[0])
                stem_item = set(content_words(item.group(2)))
                ns = [m for m in a.in_sentence.get(k, []) if is_count(m) and m.id != mean.id
                      and stem_item & set(content_words(a.after(m, 20))[:2])]
                if len(ns) == 1:
                    n_fig = ns[0]
            elif re.match(r"^\s*(?:each|apiece)\b", a.after(mean, 40)):
                # 'handed out 37 civil penalties worth £48,600 in total - an average of about
                # £1,300 each': each of the one count said before it (the total, unnamed, must
                # then be in the mean's own sentence, _totals)
                ns = [m for m in a.in_sentence.get(k, []) if is_count(m) and m.id != mean.id and m.end <= mean.start]
                if len(ns) == 1:
                    n_fig = ns[0]
        month: tuple[Fraction, str] | None = None
        if n_fig is None and per is not None and per[0] == "day":
            month = _named_span(a, k)
        n_ids: tuple[str, ...]
        if n_fig is not None and n_fig.value > 1 and n_fig.value.denominator == 1:
            n_fig = replace(n_fig, interval=Interval.point(n_fig.value))  # '31 days' counts days exactly
            n_value, n_text, n_ids = n_fig.value, n_fig.text, (n_fig.id,)
        elif month is not None:
            n_value, n_text, n_ids = month[0], month[1], ()
        else:
            continue
        totals = _totals(a, mean, n_ids, noun_words, month[1].split()[-1] if month else None)
        # a total over the periods is some n times the mean; a figure of the mean's own size
        # ('1,200 pupils' beside '1,150 pupils a day') is a stock, not the total spread
        totals = [t for t in totals if n_value / 3 <= t.value / mean.value <= n_value * 3]
        tiv = rounded_interval(mean)
        checks = []
        for t in totals:
            if n_fig is not None and n_ids:
                c = conclude(a, "FC402", "mean", mean, [as_written(t), n_fig], _divide, f"{t.text} / {n_text}",
                             target_interval=tiv, causes=_mean_causes(tiv, t.value, n_value))
            else:
                c = conclude(a, "FC402", "mean", mean, [as_written(t)], _times(1 / n_value), f"{t.text} / {n_text}",
                             target_interval=tiv, causes=_mean_causes(tiv, t.value, n_value))
            if c is not None:
                checks.append(c)
        if len(checks) == 1:
            yield checks[0]
        else:
            fits = [c for c in checks if c.verdict in ("verified", "rounded")]
            if len(fits) == 1:
                yield fits[0]


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_NAMED = re.compile(r"\b(?i:in|during|across|throughout|through|over|for|of)\s+(?:the\s+month\s+of\s+|the\s+whole\s+of\s+)?"
                    r"(January|February|March|April|May|June|July|August|September|October|November|December|\d{4})"
                    r"(?:\s+(\d{4}))?\b(?!\s*[/–-])")


def _named_span(a: Analysis, k: int) -> tuple[Fraction, str] | None:
    """The days of a month or year named in sentence k ('across December', 'during 2023'),
    when only one is named: (days, words)."""
    import calendar

    found = {(g.group(1), g.group(2)) for g in _NAMED.finditer(a.sentence_text(k))}
    if len(found) != 1:
        return None
    name, year = found.pop()
    if name.isdigit():
        y = int(name)
        return (Fraction(366 if calendar.isleap(y) else 365), f"{366 if calendar.isleap(y) else 365} days of {y}")
    month = _MONTHS.index(name.lower()) + 1
    if month == 2:
        if year is None:
            return None
        days = calendar.monthrange(int(year), 2)[1]
    else:
        days = calendar.monthrange(2001, month)[1]
    return Fraction(days), f"{days} days of {name}"


def _divide(total: Fraction, n: Fraction) -> Fraction:
    return total / n


def _mean_causes(tiv: Interval, total: Fraction, n: Fraction) -> list[tuple[Callable[[Fraction], bool], str]]:
    return [(_holds(tiv, total / (n - 1)), "divided by one fewer than the count"),
            (_holds(tiv, total / (n + 1)), "divided by one more than the count")]


def _totals(a: Analysis, mean: Mention, n_ids: tuple[str, ...], noun_words: frozenset[str],
            period_name: str | None = None) -> list[Mention]:
    """Figures that could be the total a mean spreads: same unit, same noun, a whole, earlier
    in the sentence or up to three sentences before, not of another year. Where the
    periods are a named month or year, the total's sentence must name it too or be the
    mean's own."""
    k = a.sentence_of[mean.id]
    years = _years_in(a, k)
    out = []
    for t in a.mentions:
        kt = a.sentence_of[t.id]
        if t.id == mean.id or t.id in n_ids or kt > k or k - kt > 3:
            continue
        if period_name is not None and kt != k and period_name.lower() not in a.sentence_text(kt).lower():
            continue
        if not same_unit(t, mean) or (t.kind == "count" and not is_count(t)) or t.value <= mean.value:
            continue
        if t.hedge in ("less than", "at most", "more than", "at least", "well over", "well under"):
            continue
        if _is_part(a, t) or period_of(a, t) is not None or a.cell_of.get(t.id):
            continue
        if kt == k and t.start > mean.start:
            continue
        if noun_words:
            around = frozenset(content_words(a.after(t, 40))[:3]) | frozenset(content_words(a.before(t, 30))[-2:])
            if not (noun_words & around):
                continue
        elif kt != k:
            continue
        ty = _years_in(a, kt)
        if years and ty and not (years & ty):
            continue
        if a.negated(t) != a.negated(mean) and kt != k:
            continue
        out.append(t)
    return out



# --- FC404-FC406: granularity (GRIMMER, DEBIT, GRIM for shares of a count) ---------------


def _written(m: Mention) -> str | None:
    """A figure as its digits were written ('5.20', '0.35'), from its value and precision."""
    p = m.precision
    if p is None or p > 1 or m.value < 0:
        return None
    places = len(str(p.denominator)) - 1
    if p.numerator != 1 or p.denominator != 10**places:
        return None
    return f"{float(m.value):.{places}f}" if places else str(m.value.numerator // m.value.denominator)


def _whole_data(a: Analysis) -> tuple[int | None, tuple[int, Mention | None] | None]:
    """What the document says of its data: items per whole-number score, and the group size."""
    got = a.memo.get("whole_data")
    if got is None:
        from ._rules_stats import _group_size, _integer_data

        items = _integer_data(a)
        got = a.memo["whole_data"] = (items, _group_size(a) if items is not None else None)
    return got  # type: ignore[return-value]


def _not_whole(a: Analysis, m: Mention) -> bool:
    from ._rules_stats import _NOT_WHOLE

    return bool(_NOT_WHOLE.search(a.text[a.sentence(m).start:m.start]))


_UNIT_AFTER_MEAN = re.compile(r"\s*+(?!SD\b|sd\b|s\.d\.|and\b|in\b|for\b|on\b|with\b|vs?\b)(?:[^\W\d]|%)")


def _squares(lo: Fraction, hi: Fraction) -> str:
    return f"{float(lo):.2f} to {float(hi):.2f}"


@rule("FC404", "GRIMMER: a standard deviation of whole numbers, its mean and N")
def grimmer_sd(a: Analysis) -> Iterator[Check]:
    """The SD of N whole-number scores with mean M (GRIMMER, as the scrutiny package runs
    it): for a total T = M x N (every whole T whose T / N rounds to M), the sum of squares
    (N - 1) x SD^2 + N x (T / N)^2 must be a whole number within the bounds the SD's
    rounding allows, and odd or even as T is (a whole number and its square share their
    parity). The SD is also read with divisor N (numpy, Excel's STDEV.P); it is flagged
    only when neither reading fits.

    Applied where the text says the scores are whole numbers (single items, 'on a 1-7
    scale') and N is written with the mean and SD ('M = 3.44, SD = 2.47, N = 18'). Where N
    is only the group size stated elsewhere, a misfit is shown but not flagged: the SD of
    one measure may rest on fewer answers. A mean that fails GRIM is left to FC403.

    ok: Ratings on a 1-7 scale were high (M = 5.21, SD = 1.60, N = 28).
    bad: Ratings on a 1-7 scale were low (M = 3.44, SD = 2.47, N = 18).
    none: Reaction times were long (M = 3.44, SD = 2.47, N = 18).
    """
    found = descriptives(a)
    if not found:
        return
    stated, group = _whole_data(a)
    for d in found:
        m, sd = d.mean, d.sd
        if sd is None or m.kind != "decimal" or _not_whole(a, m) or _UNIT_AFTER_MEAN.match(a.text, m.end):
            continue  # a mean age, time or weight ('M = 4.5 years') is not of whole-number scores
        k = a.sentence_of[m.id]
        items = stated if stated is not None else scale_items(a, k)
        if items is None or (binary_data(a, k) and m.value <= 1):
            continue
        x, s = _written(m), _written(sd)
        if x is None or s is None:
            continue
        ids: tuple[str, ...]
        if d.n is not None:
            n, n_text, inferred, ids = int(d.n.value), d.n.text, False, (m.id, sd.id, d.n.id)
        elif group is not None and stated is not None:
            n, where = group
            n_text, inferred = str(n), True
            ids = (m.id, sd.id) + ((where.id,) if where is not None else ())
        else:
            continue
        if n < 2 or d.n is not None and (d.n.value.denominator != 1 or d.n.hedge != "exact"):
            continue
        sample = grimmer(x, s, n, items)
        if sample.test == -1:
            continue  # the mean itself fails GRIM: FC403's to report
        size = f"{n} x {items} items" if items > 1 else n_text
        total = sample.total
        head = f"{x} x {size} needs a whole total ({total} gives {float(Fraction(total, n * items)):.4f})"
        rel = Relation("grimmer", ids, sd.id)
        if sample.ok:
            if sample.ss_high - sample.ss_low >= 2:
                continue  # every SD fits: nothing learned
            q = next(q for q in sample.squares if q % 2 == total % 2)
            yield Check("FC404", rel, "verified", sd.text, f"sum of squares {q}",
                        f"{head}; SD {s} needs a sum of squares (N - 1) x SD² + N x mean² from "
                        f"{_squares(sample.ss_low, sample.ss_high)}: {q} fits, as T = {total} is {_parity(total)}")
            continue
        pop = grimmer(x, s, n, items, population=True)
        why = ("no whole number lies there" if sample.test == 1 else
               f"{', '.join(map(str, sample.squares))} {'is' if len(sample.squares) == 1 else 'are'} "
               f"{_parity(sample.squares[0])} while the total {total} is {_parity(total)}")
        working = f"{head}; SD {s} needs a sum of squares (N - 1) x SD² + N x mean² from " \
                  f"{_squares(sample.ss_low, sample.ss_high)}, and {why}"
        if pop.ok:
            yield Check("FC404", rel, "rounded", sd.text, "SD with divisor N",
                        f"{working}; it fits only as an SD with divisor N (sum of squares from "
                        f"{_squares(pop.ss_low, pop.ss_high)})")
        elif inferred:
            yield Check("FC404", rel, "unverifiable", sd.text, "no whole sum of squares",
                        f"{working}; not flagged: N = {n} is the group size stated elsewhere, not beside this SD")
        else:
            cause = "a typo in the SD or the mean, or another N"
            yield Check("FC404", rel, "inconsistent", sd.text, "no whole sum of squares", f"{working} (likely {cause})",
                        cause=cause)


def _parity(q: int) -> str:
    return "odd" if q % 2 else "even"


@rule("FC405", "DEBIT: the standard deviation of a binary (0/1) measure")
def debit_sd(a: Analysis) -> Iterator[Check]:
    """The SD of N values of 0 and 1 is fixed by their mean p (DEBIT, as the scrutiny
    package runs it): SD = sqrt(N / (N - 1) x p(1 - p)), computed at both ends of the
    mean's rounding interval; the stated SD must lie between the lowest and the highest,
    rounded half up or down. Also read with divisor N, sqrt(p(1 - p)); flagged only when
    neither fits. Applied where the text says the measure is binary (a proportion, yes/no,
    coded 0/1) and N is written with the mean and SD.

    ok: The proportion who chose the gamble (coded 0 = no, 1 = yes) was M = 0.30, SD = 0.46, N = 100.
    bad: The proportion who chose the gamble (coded 0 = no, 1 = yes) was M = 0.35, SD = 0.18, N = 20.
    none: Ratings were low (M = 0.35, SD = 0.18, N = 20).
    """
    found = descriptives(a)
    for d in found:
        m, sd, nm = d.mean, d.sd, d.n
        if sd is None or nm is None or not (0 <= m.value <= 1 and 0 <= sd.value <= 1):
            continue
        if nm.value.denominator != 1 or nm.value < 2 or nm.hedge != "exact" or not binary_data(a, a.sentence_of[m.id]):
            continue
        x, s = _written(m), _written(sd)
        if x is None or s is None:
            continue
        n = int(nm.value)
        res = debit(x, s, n)
        lo, hi = sorted((res.var_low_end, res.var_high_end))
        span = f"{sqrt_places(lo, 3)} to {sqrt_places(hi, 3)}" if lo != hi else sqrt_places(lo, 3)
        h = Fraction(1, 2 * 10**decimals(x))
        working = (f"0/1 data with mean {x} (from {float(m.value - h):g} to {float(m.value + h):g}) over N = {n}: "
                   f"SD = sqrt({n}/{n - 1} x p(1 - p)) = {span}")
        rel = Relation("debit", (m.id, sd.id, nm.id), sd.id)
        if res.ok:
            yield Check("FC405", rel, "verified" if Fraction(s) ** 2 in (lo, hi) else "rounded", sd.text, span,
                        f"{working}; stated {s} fits")
            continue
        pop = debit(x, s, n, population=True)
        if pop.ok:
            yield Check("FC405", rel, "rounded", sd.text, "SD with divisor N",
                        f"{working}; stated {s} fits only as an SD with divisor N, sqrt(p(1 - p))")
            continue
        cause = "the SD of another measure, or a mean that is not a proportion"
        yield Check("FC405", rel, "inconsistent", sd.text, span, f"{working}; stated {s} is outside (likely {cause})",
                    cause=cause)


_PCT_OF = re.compile(r"\s*of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|these\s+|those\s+|our\s+)?(?=\d)")
_WEIGHTED = re.compile(r"\bweight(?:ed|ing|s)\b|\bgrossed\s+up\b|\bimputed\b", re.I)
_POSSESSIVE = re.compile(r"^[\s-]*+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?:'s?|’s?)\s|^\s*+(?:[^\W\d_]+\s+){0,2}?(?:in|at)\s+each\b",
                         re.I)


#: counts that need not be whole: staff in full-time equivalents
_FRACTIONAL = re.compile(r"\b(?:full|whole)[- ]time[- ]equivalents?\b|\b(?:FTE|WTE)s?\b", re.I)


@rule("FC406", "a percentage of a stated count: some whole number of it")
def share_of_count(a: Analysis) -> Iterator[Check]:
    """'87.2% of the 463 reports' must be k / 463 for some whole k (the GRIM test for a
    percentage): a percentage with d decimals is checked only where the count is below
    10 to the power of d + 2, so that not every percentage is possible. A share of
    something measured in the count's units ('of the 40 schools' budgets'), a weighted
    survey and hedged figures are left alone.

    ok: Of the complaints, 87.3% of the 463 reports were recorded on time.
    bad: Inspectors found that 87.2% of the 463 reports were recorded on time.
    none: Some 87.2% of the 4,630 reports were recorded on time.
    none: The trust was short of 30.5 full-time equivalent nurses, 12.1% of its 252 funded posts.
    """
    if "%" not in a.text and "per cent" not in a.text and "percent" not in a.text:
        return
    weighted: bool | None = None
    for p in a.mentions:
        if p.kind != "percent" or p.hedge != "exact" or not 0 <= p.value <= 100:
            continue
        of = _PCT_OF.match(a.text, p.end, p.end + 40)
        if of is None:
            continue
        x = _written(p)
        n_m = _starting_at(a, of.end())
        if x is None or n_m is None or not is_count(n_m) or n_m.hedge != "exact" or n_m.value.denominator != 1:
            continue
        n = int(n_m.value)
        if n < 1 or n >= 10 ** (decimals(x) + 2) or a.cell_of.get(p.id) or a.sentence_of[n_m.id] != a.sentence_of[p.id]:
            continue
        if _POSSESSIVE.match(a.text[n_m.end:n_m.end + 40]):
            continue
        if _FRACTIONAL.search(a.sentence_text(a.sentence_of[p.id])):
            continue  # '24.8 full-time equivalent posts, 10.0 per cent of 248': a count in fractions
        if weighted is None:
            low = a.text.lower()
            weighted = ("weight" in low or "grossed" in low or "imputed" in low) and bool(_WEIGHTED.search(a.text))
        if weighted:
            return
        g = grim_test(x, n, percent=True)
        rel = Relation("grim-share", (p.id, n_m.id), p.id)
        if g.ok:
            k_ = g.totals[0]
            yield Check("FC406", rel, "verified" if Fraction(k_ * 100, n) == p.value else "rounded", p.text,
                        f"{k_} of {n}", f"{k_} / {n} = {float(Fraction(k_ * 100, n)):.3f}%, which rounds to {p.text}")
            continue
        lo, hi = g.near
        cause = _share_cause(p, n, lo, hi)
        yield Check("FC406", rel, "inconsistent", p.text, "no whole count",
                    f"{p.text} of {n} is {float(p.value * n / 100):.2f}, not a whole number: {lo} / {n} = "
                    f"{float(Fraction(lo * 100, n)):.2f}% and {hi} / {n} = {float(Fraction(hi * 100, n)):.2f}% (likely {cause})",
                    cause=cause)


def _starting_at(a: Analysis, pos: int) -> Mention | None:
    starts = a.memo.get("mention_at")
    if not isinstance(starts, dict):
        starts = a.memo["mention_at"] = {m.start: m for m in a.mentions}
    return starts.get(pos)


def _share_cause(p: Mention, n: int, lo: int, hi: int) -> str:
    for k in (lo, hi):
        if truncates(Fraction(k * 100, n), p.value, p.precision):
            return "truncated instead of rounded"
        if transposed(Fraction(k * 100, n), p.value, p.precision):
            return "digits transposed"
    return "a share of another base, or a typo"
