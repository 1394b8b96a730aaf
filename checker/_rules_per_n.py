"""FC407: a rate per N people (per 1,000, per 100,000 population) or a share of a
population, against the count and the population it divides."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from fractions import Fraction

from claims._context import content_words
from claims._records import Interval, Mention

from ._analysis import Analysis
from ._common import conclude, is_count
from ._granularity import one_digit_apart
from ._records import Check
from ._registry import rule
from ._rules_rates import rounded_interval

__all__ = ["rate_base"]

_BASE_WORDS = {"hundred": 100, "thousand": 1000, "million": 10**6, "hundred thousand": 10**5, "ten thousand": 10**4}
_BASES = frozenset({10, 100, 1000, 10**4, 10**5, 10**6})
# 'per 1,000', 'for every 100,000', 'per thousand': the base after a rate, with up to three words between
_PER = re.compile(r"\s*+(?P<noun>(?:[^\W\d_][\w'’-]*+\s++){0,3}?)(?:per|for\s+every|in\s+every)\s+"
                  r"(?:(?P<word>hundred\s+thousand|ten\s+thousand|hundred|thousand|million)\b|(?=\d))", re.I)
_POP_NOUNS = frozenset(content_words("people residents inhabitants population adults children pupils households "
                                     "persons individuals women men births patients citizens head capita"))
_POP_BEFORE = re.compile(r"\b(?:population|populated\s+by|home\s+to|inhabitants|residents|"  # not 'capacity of'
                         r"(?:city|town|village|borough|county|country|nation|district|region|community|area)\s+of)\s*(?:of|was|is|stood\s+at|stands\s+at|"
                         r"numbered|numbers|totals?|totalled|:)?\s*(?:about|around|some|nearly|almost|over|just\s+over|"
                         r"just\s+under|roughly|approximately|an\s+estimated)?\s*$", re.I)
_RESIDENTS = frozenset(content_words("residents inhabitants population"))
_ANY_POP = frozenset(content_words("population head capita"))
_SHARE_OF_POP = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+|the\s+[\w'’-]+['’]s\s+|[\w'’-]+['’]s\s+)?(?:total\s+|whole\s+|adult\s+|"
                           r"resident\s+)?(?:population|residents|inhabitants)\b(?!\s+(?:of|aged|over|under|in)\b)", re.I)


def rate_base(a: Analysis, r: Mention) -> tuple[int, frozenset[str], frozenset[str], int] | None:
    """For a rate ('12.3 crimes per 1,000 people'): its base N, the stems of what it
    counts (crimes), of whom (people), and where the base ends; None for no 'per N'."""
    got = _PER.match(a.text, r.end, min(len(a.text), r.end + 60))
    if got is None:
        return None
    if got.group("word"):
        base, end = _BASE_WORDS[" ".join(got.group("word").lower().split())], got.end()
    else:
        b = _mention_at(a, got.end())
        if b is None or b.kind not in ("count", "label") or b.value not in _BASES or b.hedge != "exact":
            return None
        base, end = int(b.value), b.end
    words = content_words(got.group("noun"))
    noun = frozenset(words[-1:])  # the head noun: 'visits' of 'GP visits'
    who = frozenset(content_words(" ".join(a.text[end:end + 40].split()[:2]))) & _POP_NOUNS
    return base, noun, who, end


def _mention_at(a: Analysis, pos: int) -> Mention | None:
    starts = a.memo.get("mention_at")
    if not isinstance(starts, dict):
        starts = a.memo["mention_at"] = {m.start: m for m in a.mentions}
    return starts.get(pos)


def _population(a: Analysis, m: Mention, who: frozenset[str]) -> bool:
    """'a population of 610,000', 'home to 610,000 people', '610,000 residents'."""
    if not is_count(m) or m.value < 10:
        return False
    if _POP_BEFORE.search(a.text[max(a.sentence(m).start, m.get("hedge_start", m.start) - 40):m.get("hedge_start", m.start)]):
        return True
    after = frozenset(content_words(" ".join(a.text[m.end:m.end + 30].split()[:2])))
    first = frozenset(content_words(" ".join(a.text[m.end:m.end + 30].split()[:1])))
    # '610,000 residents', or the noun the base names ('2,450 live births' for 'per 1,000 live births')
    return bool(first & _RESIDENTS) or bool(who - _ANY_POP - {"peopl"} and who <= after)


def _counts(a: Analysis, m: Mention, noun: frozenset[str]) -> bool:
    """A count of what the rate counts: '7,503 crimes' for '12.3 crimes per 1,000'."""
    if not is_count(m) or m.hedge in ("more than", "less than", "at least", "at most"):
        return False
    after = a.text[m.end:m.end + 40]
    if re.match(r"\s*(?:per|for\s+every|in\s+every|of\s+(?:the|all|its|their)?\s*[\d£$€]|out\s+of|%|a\s+(?:year|day|week|month))\b", after, re.I):
        return False  # itself a rate, a part of a stated whole, or a share
    words = frozenset(content_words(" ".join(after.split()[:3])))
    return bool(words & noun) if noun else bool(words)


_Cause = tuple[Callable[[Fraction], bool], str]


def _causes(r: Mention, base: int, c: Mention, p: Mention) -> list[_Cause]:
    tiv = rounded_interval(r)
    out: list[_Cause] = []
    for f, words in ((Fraction(10), f"a rate per {base * 10:,} given as per {base:,}"),
                     (Fraction(1, 10), f"a rate per {base // 10:,} given as per {base:,}")):
        out.append((_scaled(tiv, f), words))
    out.append((lambda point: one_digit_apart(point, r.value, r.precision), "a digit miscopied"))
    return out


def _scaled(tiv: Interval, f: Fraction) -> Callable[[Fraction], bool]:
    return lambda point: tiv.contains(point * f)


@rule("FC407", "a rate per N people against its count and population")
def rate_per_n(a: Analysis) -> Iterator[Check]:
    """A rate per N of a population ('12.3 crimes per 1,000 people', 'per 100,000
    population', 'for every 1,000 residents') or a share of it ('1.2% of its population')
    recomputed from the count and the population stated with it: rate = count / population
    x N.

    The population is a figure the text calls one ('a population of 610,000', 'home to
    610,000 people', '610,000 residents'); the count counts what the rate counts. Both
    are looked for in the rate's sentence and the three before it, and the rate is checked
    only when exactly one of each is found and the rate's clause names no group the two do
    not ('the rate among under-18s' is not the rate of all residents).

    ok: The borough recorded 7,503 crimes in a population of 610,000, a rate of 12.3 crimes per 1,000 people.
    ok: With 7,503 crimes and 610,000 residents, the borough's crime rate was 1,230 per 100,000 population.
    ok: The town, home to 84,000 people, has 1,100 people on the waiting list, or 1.3% of its population.
    bad: The borough recorded 7,503 crimes in a population of 610,000, a rate of 21.3 crimes per 1,000 people.
    none: The borough recorded 7,503 crimes in a population of 610,000. Among under-18s the rate was 20.5 crimes per 1,000.
    none: The borough recorded 7,503 crimes in 2022 and 6,900 crimes in 2021 in a population of 610,000, a rate of 12.3 crimes per 1,000.
    """
    text = a.text
    if "per" not in text and "every" not in text and "population" not in text:
        return
    for r in a.mentions:
        if r.kind not in ("rate", "decimal", "count", "percent"):
            continue
        near = text[r.end:r.end + 60]
        if r.kind == "percent":
            if "popul" not in near and "resident" not in near and "inhabit" not in near:
                continue
            share = _SHARE_OF_POP.match(text, r.end, r.end + 60)
            if share is None:
                continue
            noun: frozenset[str] = frozenset()
            base, who, rel_kind, upto = 100, _ANY_POP, "share-of-population", share.end()
        else:
            if "per" not in near and "every" not in near or r.kind == "count" and not is_count(r):
                continue
            got = rate_base(a, r)
            if got is None:
                continue
            base, noun, who, upto = got
            rel_kind = "rate-per-n"
            if not noun:
                # 'a crime rate of 12.3 per 1,000': what is counted is named before the rate
                lead = a.text[max(a.sentence(r).start, r.start - 40):r.get("hedge_start", r.start)]
                head = re.search(r"([^\W\d_][\w'’-]*)\s+(?:rate|rates|incidence|prevalence)\b[^.;:]*$", lead, re.I)
                noun = frozenset(content_words(head.group(1))) if head else frozenset()
        if r.value <= 0:
            continue
        c, p = _partners(a, r, noun, who, upto, share=r.kind == "percent")
        if c is None or p is None or c.value > p.value * 2:
            continue
        formula = f"{c.text} / {p.text} x {base:,}" if base != 100 else f"{c.text} / {p.text}"
        check = conclude(a, "FC407", rel_kind, r, [c, p], _rate(base), formula,
                         unit="%" if r.kind == "percent" else "", target_interval=rounded_interval(r),
                         causes=_causes(r, base, c, p))
        if check is not None:
            yield check


def _rate(base: int) -> Callable[[Fraction, Fraction], Fraction]:
    return lambda c, p: c / p * base


def _partners(a: Analysis, r: Mention, noun: frozenset[str], who: frozenset[str],
              upto: int, share: bool = False) -> tuple[Mention | None, Mention | None]:
    """The one count and the one population a rate divides, in its sentence or the two
    before (the rate and its base, from r to upto, are neither). For a share ('1,100
    people, or 1.3% of its population') the count is the figure the share restates."""
    k = a.sentence_of[r.id]
    pops: list[Mention] = []
    counts: list[Mention] = []
    restated = _restated(a, r) if share else None
    if share and restated is None:
        return None, None
    qualifiers: set[str] | None = None
    for j in range(max(0, k - 3), k + 1):
        for m in a.in_sentence.get(j, []):
            if r.start <= m.start < upto or m.kind != "count" or m.value.denominator != 1:
                continue
            if _BASE_BEFORE.search(a.text, max(0, m.start - 12), m.start):
                continue  # the base of another rate ('per 1,000')
            if restated is not None and m.id == restated.id:
                counts.append(m)
            elif _population(a, m, who):
                pops.append(m)
            elif restated is None and _counts(a, m, noun):
                if j != k:
                    # a count in another sentence must be of the group the rate's sentence names
                    if qualifiers is None:
                        qualifiers = set(a.sentence_words(r)) - _GENERIC - noun
                    if not qualifiers <= set(a.sentence_words(m)):
                        continue
                counts.append(m)
    if len(pops) != 1 or len(counts) != 1:
        return None, None
    c, p = counts[0], pops[0]
    from ._rules_rates import _years_in

    yr, yc = _years_in(a, k), _years_in(a, a.sentence_of[c.id])
    if yr and yc and not (yr & yc):
        return None, None  # a rate of another year
    if not _same_group(a, r, upto, c, p):
        return None, None
    return c, p


_RESTATES = re.compile(r"^[^\d;:]{0,50}?(?:,\s*or|\(|—|–|,\s*which\s+is|,\s*equivalent\s+to)\s*(?:about|around|some|nearly|almost|"
                       r"roughly|just\s+over|just\s+under)?\s*$", re.I)


def _restated(a: Analysis, r: Mention) -> Mention | None:
    """The count a share restates: '1,100 people on the list, or 1.3%', '1,100 (1.3%)'."""
    before = [m for m in a.in_sentence.get(a.sentence_of[r.id], []) if m.end <= r.start]
    if not before or not is_count(before[-1]):
        return None
    m = before[-1]
    return m if _RESTATES.match(a.text[m.end:r.get("hedge_start", r.start)]) else None


_BASE_BEFORE = re.compile(r"\b(?:per|every)\s+$", re.I)
_GENERIC = frozenset(content_words("rate rates per people population residents inhabitants figure level borough area "
                                   "town city county country force region district nation recorded record stood was "
                                   "equivalent means meaning works out crime crimes"))


def _same_group(a: Analysis, r: Mention, upto: int, c: Mention, p: Mention) -> bool:
    """The rate's clause names no group or place that the count's and population's
    sentences do not: 'among under-18s', 'in the city centre'."""
    start, end = a.clause(r)
    own = (set(content_words(a.text[start:r.start])) | set(content_words(a.text[upto:max(upto, end)]))) - _GENERIC
    known = set(a.sentence_words(c)) | set(a.sentence_words(p))
    return own <= known
