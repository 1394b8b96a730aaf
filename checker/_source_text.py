"""The source side of FC8xx: a report read for matching (:class:`Source`), one figure's
measure words, period, polarity and scope (:class:`_Side`), and the word patterns, weights
and small tests that the matcher and its slips and derivations share.

Nothing here compares an article with a report; it reads one document's figures.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cached_property
from pathlib import Path

from claims import Document, content_words, extract_document
from claims._records import Interval, Mention
from claims._words import UNITS_WORDS

from ._analysis import NEGATION, Analysis
from ._common import is_change, is_count, is_target, wider_scope, within
from ._rules_restate import _realistic

__all__ = ["Source", "prepare_source"]


HUNDRED = Fraction(100)
_PERIOD = re.compile(r"(?<!up to )(?<!half )(?<!quarter )(?<!within )(?<!than )(?<!under )(?<!over )\b(?:a|an|every|each|per)\s+(day|week|month|year|hour)\b(?!\s+(?:earlier|ago|before|later|on|after))|\b(daily|weekly|monthly|yearly|annual(?:ly)?)\b|"
                     r"\b(?:over|in|during|across) the (year|12 months)\b|\b(?:last|this|the past|the previous) (year|12 months)\b|"
                     r"\b(?:in|during|for|over) (?:20\d\d[/-]\d\d)\b()", re.I)
_PERIOD_WORD = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year", "annually": "year",
                "12 months": "year"}
_OPENS_ON_YEAR = re.compile(r"\W*(?:In|During|Over|Throughout)\s+(?:the\s+(?:calendar|financial)\s+year\s+)?(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\s*,",
                            re.I)
_IN_YEAR = re.compile(r"\b(?:in|during|over|throughout|for)\s+(?:the\s+(?:calendar|financial)\s+year\s+)?(?:19|20)\d\d\b(?![-/–]\d)(?!\s*(?:to|and)\s)", re.I)
#: a period in days, to carry '11,600 a year' to '32 a day'
_DAYS = {"day": Fraction(1), "week": Fraction(7), "month": Fraction(365, 12), "year": Fraction(365)}
#: words that make a percentage a margin, written in points or 'percent' alike
_MARGIN = re.compile(r"\+/-|±|plus or minus|either way|margin|accurate to|give or take|confidence interval", re.I)
#: a figure inside a limit or past it: 'seen within four hours' / 'waited longer'
_SPAN = r"(?:an? |one |two |three |four |five |six |seven |eight |nine |ten |twelve |\d+ )?(?:minute|hour|day|week|month)s?"
_INSIDE = re.compile(rf"\b(?:within|inside|in under|no more than|or less|or fewer|on time|in time|before the|up to|"
                     rf"(?:less than|under) {_SPAN})\b", re.I)
_OUTSIDE = re.compile(rf"\b(?:out[- ]of[- ]date|longer|further than|farther than|beyond|exceed(?:ed|ing|s)?|late|outside\s+(?:the\s+|a\s+|an\s+)?(?:\d+|target|standard|limit|timescale|time|window|threshold|deadline|statutory|agreed|required|national|expected|recommended|[a-z]+-(?:hour|day|week|minute))|more than {_SPAN}|over {_SPAN})\b", re.I)
#: a clause of its own, said of another figure than the one before it ('..., meaning nearly
#: three in ten still waited longer'), not one in apposition ('- more than 18,600 people -')
_OWN_WORDS = r"(?:meaning|which means|while|whereas|but|and|so)"
_OWN_CLAUSE = re.compile(rf"\W*{_OWN_WORDS}\b", re.I)
#: ... said before a figure's hedge ('..., meaning more than a third')
_OWN_HEDGED = re.compile(rf"(?:,|\s[-–—])\s*{_OWN_WORDS}\s*$", re.I)
#: a clause that restates the figure before it in other terms: 'over 11,600 a year ... , or about 32 a day'
_RESTATING = re.compile(r"^\W*(?:or|i\.e\.|that is|equivalent to|the equivalent of|which is|which was|which represents|"
                        # '6,214 unfilled places, a surplus of 11.4 per cent of capacity'
                        r"an?\s+(?:surplus|shortfall|rate|share|proportion)\s+of)\b", re.I)
#: a word in at most this many sentences of the source is rare enough to index figures by
RARE = 5
#: period factors a per-day, per-week ... figure may be carried by
_FACTORS = sorted({float(p / q) for p in _DAYS.values() for q in _DAYS.values()})

#: two figures of one article sentence that are two figures of one source sentence vouch
#: for each other with this much in common
ECHO_WORDS = 0.1
#: how much the measure words must agree: to take a figure as a quotation when its value
#: is one the article's figure allows ...
ACCEPT = 0.9
#: ... or when the two values are the same distinctive figure (11,600; 83.6)
ACCEPT_SAME = 0.2
#: an article quotes a report when this many of its figures, and this share of them, are
#: the report's own figures exactly; only then can it misquote one
QUOTING_FIGURES = 3
QUOTING_SHARE = 0.08
#: shared words enough for a figure that only one source figure allows, however plain
NARROW_WORDS = 0.5
#: shared words enough, with an exact slip, to call a figure misquoted
SLIP_WORDS = 0.4
#: to call a figure misquoted with no recognisable slip, its words must agree this well
STRONG = 3.0
#: ... or this well, for a count or an amount written exactly (of the figure's order, no rival
#: ahead): 1.5 caught 3 more of 120 planted misquotes in each held-out batch of this session at
#: no false alarm; 1.0 added four false alarms for one more (docs/NOTES.md)
PLAIN_WORDS = 1.5
#: and by this much ahead of any source figure of another value
MARGIN = 1.0
#: a figure quoted by its value alone (its words weaker than ACCEPT) is another measure's
#: when a figure of its order, of another value, is named this much better (_Slips.better_named)
NAMED_BETTER = 2.5
#: another measure's figure ('92.7 per cent' of thefts, the report's 92.7 percent logged
#: within 24 hours) is reported only with this much in common with the figure meant ...
ANOTHER_WORDS = 1.0
#: ... and this much more than with any source figure of the article's own value
WORDS_AHEAD = 0.3
#: the weight of each pair of adjacent words two figures' clauses share, in the same order
#: (at most two pairs count)
PHRASE_WORDS = 0.5
#: a share that is the complement of a source figure read the same way round is a slip
#: only with this much in common; else it is likely the rest of the whole, in other words
COMPLEMENT_WORDS = 1.0


@dataclass(frozen=True, slots=True)
class _Side:
    """What matching needs of one figure, in its own document."""

    mention: Mention
    family: str
    value: Fraction
    interval: Interval
    period: str
    negated: bool
    scope: bool
    words: dict[str, float]  # stem -> how close to the figure (clause 1, sentence 0.7, before 0.4)
    clause: frozenset[str]
    change: bool  # a change ('an improvement of 14.7 per cent'), not a level
    target: bool  # a target or standard ('the 78 per cent target'), not a finding
    outside: bool | None  # past a limit ('waited longer'), within it, or neither said
    direction: int = 0  # for a change: up (1), down (-1) or not said (0)
    counted: frozenset[str] = frozenset()  # what a count counts, said right after it ('587 children')


def _family(m: Mention) -> str:
    if m.kind in ("percent", "ratio", "fraction"):
        return "share"
    if m.kind == "points":
        return "points"
    if m.kind == "count":
        return "count" if is_count(m) else ""
    if m.kind in ("money", "quantity"):
        return f"{m.kind}:{m.unit}"
    if m.kind == "rate":
        return f"rate:{m.get('base')}"
    if m.kind in ("decimal", "multiple", "age"):
        return m.kind  # an age range ('aged 10 to 17') is quoted like any figure
    return ""


def _period(a: Analysis, m: Mention) -> str:
    """'a day', 'each year', 'monthly' near a figure, never past the next figure ('1,146
    audits last year – roughly 96 a week': the week is 96's)."""
    s, e = a.clause(m)
    # only a figure of its own kind is a boundary: not a date ('In the year to 31 March 2025
    # ... 14,236'), nor 'the two departments' after '19,700 hours ... over the year'
    # ... nor past another count or sum ('48,600 players and raised £3.9m last year': the year is the
    # £3.9m's), though past a span ('in the 12 months to 31 October')
    nxt = min((o.start for o in a.figures(a.sentence_of[m.id]) if o.start >= m.end and (_family(o) == _family(m) or _family(o)
               and o.kind in ("count", "money"))), default=len(a.text))
    prv = max((o.end for o in a.figures(a.sentence_of[m.id]) if o.end <= m.start and (_family(o) == _family(m) or _family(o)
               and o.kind in ("count", "money"))), default=0)
    # nor past a dash to an aside with a figure of its own ('down from 171 - almost three
    # times a week': the week is the three's)
    dash = re.search(r"\s[-–—]\s", a.text[m.end:min(len(a.text), m.end + 90)])
    if dash and any(o.start > m.end + dash.start() for o in a.figures(a.sentence_of[m.id])):
        nxt = min(nxt, m.end + dash.start())
    found = _PERIOD.search(a.text, m.end, min(e + 20, a.sentence(m).end, m.end + 90, nxt))
    if found is None:
        found = _PERIOD.search(a.text, max(s, m.start - 80, prv), m.start)  # its own clause: not the week of the figure before
    if found is None:
        # a count or sum 'in 2025' (a calendar or financial year named, no date) is that
        # year's: '3,591 casualties in 2025' is some 10 a day
        if _family(m) == "count" or _family(m).startswith("money:"):
            if _IN_YEAR.search(a.text, max(s, prv), min(e, nxt)):
                return "year"
        if _family(m) == "count" or _family(m).startswith(("money:", "quantity:")):
            # a sentence that opens on its year speaks of that year throughout ('In 2025/26, 212
            # volunteers gave 6,840 hours of their time': the hours are the year's)
            if _OPENS_ON_YEAR.match(a.text, a.sentence(m).start, m.start):
                return "year"
        return ""
    if not (found.group(1) or found.group(2)) and not (_family(m) == "count" or _family(m).startswith("money:")):
        return ""  # 'in 2023/24', 'on the previous year': when a share was measured, not a rate per year
    word = next((g for g in found.groups() if g), "year").lower()  # the last group: a financial year
    return _PERIOD_WORD.get(word, word)


#: a figure that carries on the measure of the one before it, for another group ('a vacancy
#: rate of almost 12 per cent, rising to nearly 15 per cent among registered nurses and more
#: than 17 per cent on the acute wards'): the words between them ...
_RISING_TO = re.compile(r"(?:\s+(?:among|amongst|on|in|at|for|across)\s+[^,;.\d]*?)?\s*,?\s*"
                        r"(?:rising|climbing|increasing|growing|falling|dropping)\s+to\s+", re.I)
_AND_THEN = re.compile(r"\s+(?:among|amongst|on|in|at|for|across)\s+[\w\s'’-]*?\s+and\s+", re.I)
#: ... and what follows it: only the group
_ONLY_GROUP = re.compile(r"\s+(?:among|amongst|on|in|at|for|across)\s+[\w\s'’-]*?(?=\s*(?:[,;.:)]|\band\b|\bbut\b|$))", re.I)


def _carried_on(a: Analysis, m: Mention) -> Mention | None:
    """The figure whose measure m carries on for another group, said only by its group:
    'rising to nearly 15 per cent among registered nurses', and after it 'and more than 17
    per cent on the acute wards'. (Not 'compared with 8.1 per cent at Wessbury', whose
    measure the report may word otherwise.)"""
    before = [o for o in a.figures(a.sentence_of[m.id]) if o.end <= (m.get("hedge_start") or m.start)]
    if not before or before[-1].kind != m.kind:
        return None
    prev = before[-1]
    if not _ONLY_GROUP.match(a.text, m.end, a.sentences[a.sentence_of[m.id]].end):
        return None
    gap = a.text[prev.end:m.get("hedge_start") or m.start]
    if _RISING_TO.fullmatch(gap):
        return prev
    if _AND_THEN.fullmatch(gap) and len(before) >= 2 and before[-2].kind == m.kind \
            and _RISING_TO.fullmatch(a.text[before[-2].end:prev.get("hedge_start") or prev.start]):
        return before[-2]
    return None


#: a clause that is only its verb, whose subject came before an aside
_COPULA = re.compile(r"\s*(?:was|is|were|are|stood at|remained|remains|reached|came to|totalled|totaled)\s*", re.I)


def _rest_by_limit(a: Analysis, m: Mention) -> bool:
    """Whether the rest of a whole is told from the part before it by the side of a limit
    ('more than six months', then 'the remaining ... less than six months'), not by a second
    limit on the same side ('71.4 per cent within 24 hours; the remaining 28.6 per cent
    within 72 hours': those are the rest of the first)."""
    mine = _outside(a, m)
    if mine is None:
        return False
    k = a.sentence_of[m.id]
    before = [o for o in a.figures(k) if o.end <= m.start] or (a.figures(k - 1) if k > 0 else [])
    parts = [o for o in before if o.kind == m.kind and _outside(a, o) is not None]
    return bool(parts) and _outside(a, parts[-1]) != mine


def _negated(a: Analysis, m: Mention) -> bool:
    """The figure's polarity; a clause that restates the figure before it ('..., or about 32
    crimes every day') takes that figure's."""
    start, _ = a.clause(m)
    hs = m.get("hedge_start")
    lead = a.text[start:hs if isinstance(hs, int) else m.start]
    # or one that opens its clause in apposition ('did not attend 11,940 appointments, 3.8
    # per cent of the total'; 'did not turn up - 3.8 per cent of the total')
    before = [o for o in a.figures(a.sentence_of[m.id]) if o.end <= start]
    if _RESTATING.match(lead) and before or before and _COPULA.fullmatch(lead) \
            and re.search(r"\bwhich\s*$", a.text[max(0, start - 8):start], re.I):
        # (or 'A total of 6,230 booked appointments were missed without notice, which is 8.7
        # per cent of all booked appointments'); a share set off by commas after its count
        # takes the predicate that follows both ('77 clubs, or 28.1 per cent, reported at least
        # one person ... without a current check')
        # (up to the next clause: '1,304 of them, or 40 per cent, and 689 of those had no valid
        # certificate' is the 689's)
        if a.negated(before[-1]):
            return True
        rest = re.match(r"\s*,((?:(?!\b(?:and|but|while|whereas|although)\b)[^.;:,])*)", a.text[m.end:a.sentences[a.sentence_of[m.id]].end]) \
            if m.kind == "percent" and re.match(r"\s*or\b", lead) else None
        return bool(rest and NEGATION.search(rest.group(1)))
    if not before and _COPULA.fullmatch(lead):
        # a clause that is only its verb ('The did-not-attend rate, the proportion of booked
        # sessions missed without notice, was 12.8 per cent'): its subject is before the aside
        # (not the aside itself: 'Contamination, mainly liners that are not compostable, was 3.2%')
        s = a.sentences[a.sentence_of[m.id]]
        head = re.split(r",|\s[–—-]\s|\(", a.text[s.start:start], maxsplit=1)[0]
        return bool(NEGATION.search(head) or a.negated(m))
    carrier = _carried_on(a, m)
    if carrier is not None:
        return _negated(a, carrier)
    negated = a.negated(m)
    said = [w.group(0).lower() for w in NEGATION.finditer(a.clause_text(m))] if negated and m.id not in a.cell_of else []
    if said and set(said) <= {"rest", "remainder", "remaining"} and not re.search(r"\ball but\s+$", a.before(m, 12)) \
            and _rest_by_limit(a, m):
        # '412 (14.5 per cent) had been waiting for more than six months. The remaining 85.5
        # per cent had been waiting for less than six months': the side of the limit says
        # which part it is; 'remaining' says it again, not the other way
        return False
    if before and not lead.strip(" ,;–—-(") and not a.negated(m) and not re.search(r"\b(?:and|but|while|whereas)\b", a.between(before[-1], m)) \
            and re.match(r"^\s*(?:per cent|percent|%)?\s*of\s+(?:the|all)\b", a.text[m.end:m.end + 20], re.I):
        return a.negated(before[-1])
    return a.negated(m)


def _level_of_base(a: Analysis, m: Mention) -> Mention | None:
    """The later level of a change whose earlier level m is, said before it in its sentence
    ('the vacancy rate was 8.4 per cent, down from 15.7 per cent': 8.4 of 15.7)."""
    from ._rules_changes import _from_to

    if m.id in a.cell_of or not _BASE_OF.search(a.before(m, 25)):
        return None
    return next((n for o, n, _w in _from_to(a, a.sentence_of[m.id]) if o.id == m.id and n.kind == m.kind and n.end <= m.start), None)


def _apposed_count(a: Analysis, m: Mention, kinds: tuple[str, ...] = ("count",)) -> Mention | None:
    """The count a share is set beside in its sentence, with nothing but a few words between
    ('sold alcohol on 11 occasions - about one in eight'; 'on 11 occasions, a failure rate of
    12.8%'): the share is of what the count counts."""
    before = [o for o in a.figures(a.sentence_of[m.id]) if o.end <= (m.get("hedge_start") or m.start)]
    if not before or before[-1].kind not in kinds:
        return None
    c = before[-1]
    gap = a.text[c.end:m.get("hedge_start") or m.start]
    if len(gap) > 40 or re.search(r"[.;:]", gap) or not re.search(r"[,–—(]|\s-\s|\bor\b", gap):
        return None
    return c


_MONTH = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
                    r"|Nov(?:ember)?|Dec(?:ember)?)\b")


def _months(text: str) -> set[str]:
    """The months a text names, in full or cut short ('between July and September', 'Jul-Sep'),
    as their first three letters."""
    return {m.group(1)[:3].lower() for m in _MONTH.finditer(text)}


#: words that give the rest of a whole ('leaving only 5.3 per cent free')
_REST = re.compile(r"\b(?:leaving|leaves|left|the rest|the remainder|remaining|the other)\b[^.;]*$", re.I)
#: a shortfall, which makes the figures of its sentence count what is missing
_SHORT = re.compile(r"\b(?:short of|shortfall|vacanc(?:y|ies)|gap of|fewer than needed)\b", re.I)
#: words by which an article says a figure is the whole's ('across the trust', 'overall')
_WHOLE = re.compile(r"\b(?:across (?:the|all|its|our)?\s*\w+|overall|in all|of all|in total|altogether|as a whole|(?:trust|county|force|council|service)[- ]wide)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: slips of the pen: a figure the report gives itself is likelier that figure than another one miswritten
_PEN_SLIPS = frozenset({"digits transposed", "truncated instead of rounded", "a digit dropped", "a digit miscopied", "a zero dropped",
                        "a zero added"})
#: a group named before a figure in its clause: 'In secondary academies the rate was', 'in Northfield, at'
_GROUP_BEFORE = re.compile(r"\b(?:in|among|amongst|for)\s+(?:the\s+)?((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"
                           r"(?:,\s*(?:at|with)?\s*|\s+(?:the|its|their)\s+[^,;]{0,40}?(?:was|were|is|stood at|reached)\s+|\s+(?:was|were|is|stood at|reached)\s+)$",
                           re.I)
#: ... or that opens the sentence as the one that had the most of it ('Nuts, spices and dried
#: fruit again had the highest rejection rate, at 2.7 per cent')
_GROUP_LEADS = re.compile(r"\W*((?:[A-Za-z][\w'’-]*,?\s+){0,4}?[A-Za-z][\w'’-]*)\s+(?:again\s+|also\s+)?(?:had|recorded|saw|showed)\s+"
                          r"the\s+(?:highest|lowest|largest|smallest|biggest|worst|best)\b[^,;.]{0,40},?\s*(?:at|with|of)\s+$", re.I)
#: ... or that opens the sentence as a place ('In Caldbeck district, women make up 41.8 per
#: cent'), or is the place a 'where' clause speaks of ('weakest in the rural north of the
#: borough, where only 71.6 per cent'; 'sharpest in Northmoor, which has ..., where ... rose
#: by 21.4 per cent')
#: (a place: a name, or a word for a part of an area; not 'In addition,', 'In practice,')
_PLACE = (r"(?=[^,;.]*?(?:\b[A-Z]|\b(?i:wards?|districts?|divisions?|areas?|zones?|regions?|boroughs?|localit(?:y|ies)|parish(?:es)?|"
          r"villages?|towns?|north|south|east|west|centre|patch(?:es)?|teams?|estates?|neighbourhoods?)\b))")
_GROUP_OPENS = re.compile(r"\W*(?i:in|among|amongst|across)\s+(?:the\s+)?" + _PLACE + r"((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)"
                          r"(?:\s+of\s+the\s+[a-z]+)?\s*,\s+(?![^,;]*\d[^,;]*,)")
_GROUP_WHERE = re.compile(r"\b(?i:in|among|amongst|at)\s+(?:the\s+)?" + _PLACE + r"((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)"
                          r"(?:\s+of\s+the\s+[a-z]+)?\s*,\s+(?:which\b[^;:.]*?,\s+)?where\b[^;:.]*$")
#: a small number's word, which may name a table row labelled by it
_NUMBER_WORD = {v: k for k, v in UNITS_WORDS.items() if k not in ("nil", "nought", "naught")}
#: words that say a figure is a sum of parts the sentence names
_COMBINED = re.compile(r"\b(?:combined|together|between them|in all|in total|altogether)\b", re.I)
#: a table row that is the whole of the rows above it
#: (not 'All other crime': the rest, a row like the others)
_TOTAL_ROW = re.compile(r"\b(?:total|all(?!\s+other\b)|overall|whole|combined)\b", re.I)
#: a figure given as the base of a change ('up from 19.8 per cent', 'compared with 81.5%')
#: ('on' only after a change's own figure: 'up 12% on 341', not 'met on only 78.3 per cent of occasions')
_BASE_WORDS = (r"from|compared with|compared to|compares with|than|against|since|(?:\d|%|cent)\s+on|"
               # 'an improvement on 1.61'
               r"(?:improvement|increase|rise|fall|drop|decrease|reduction|deterioration)\s+on")
_BASE_TAIL = r"\s+(?:the\s+|a\s+|just\s+|only\s+|an average of\s+)?$"
_PAST_BASE = re.compile(rf"\b(?:{_BASE_WORDS}|was|were|stood at){_BASE_TAIL}", re.I)
#: ... of which these say it is where a change started from ('was' and 'stood at' may be now)
_BASE_OF = re.compile(rf"\b(?:{_BASE_WORDS}){_BASE_TAIL}", re.I)
#: a source figure given as the base of a change ('down from 81.5%', 'against 11.9 months') ...
_BASE_THEN = re.compile(r"(?:\b(?:from|compared with|compared to|against)|(?:\b(?:up|down|ris\w*|rose|fall\w*|fell|increas\w*|decreas\w*|higher|lower|more|fewer|less|improv\w*|"
                        r"deteriorat\w*|reduc\w*|drop\w*|cut|gain|loss|change)\b[^.;]{0,20})\bon)"
                        r"\s+(?:the\s+|an average of\s+)?$", re.I)  # 'up 8% on the 3,638 in 2023', not '1,160 badgers on 38 farms in 2025'
#: or said to be where a change started from ('down from 68.9 per cent')
_MOVED_FROM = re.compile(r"\b(?:down|up|fallen|risen|rose|fell|increased|decreased|dropped|climbed)"
                         r"(?:\s+by)?(?:\s+[\d,.]+(?:%|\s+per\s+cent)?)?\s+from\s+$", re.I)
#: ... of an earlier time, said after it ('in 2022/23', 'a year earlier')
_THEN = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:in|for|during|at|on)\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|"
                   r"August|September|October|November|December)\s+)?(?:19|20)\d\d|\s*(?:[a-z]+\s+){0,3}?(?:a|the) (?:year|month) "
                   r"(?:earlier|before)|\s*(?:[a-z]+\s+){0,3}?(?:last|the previous) year", re.I)
#: the year said right after a figure ('9 in 2023', '128 at the end of 2022/23')
_THEN_YEAR = re.compile(r"\s*(?:[a-z]+\s+){0,4}?(?:in|for|during|of|at)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?"
                        r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                        r"((?:19|20)\d\d)\b", re.I)
#: a sentence that opens on a year ('In 2022/23 the equivalent proportion was', 'For the same period of 2025'),
#: with no figure before the one read but a count of a whole ('In 2024/25 the figure was 42 of 189
#: inspections, or 22.2 per cent')
_IN_AN_EARLIER_YEAR = re.compile(r"\s*(?:In|For|During|Back in|Over)\s+(?:the\s+same\s+(?:period|months|quarter|time|weeks)\s+(?:of|in)\s+)?"
                                 r"((?:19|20)\d\d)(?:[/-]\d\d)?\b(?:[^0-9]|\d[\d,]*\s+(?:of|out of)\s+\d(?:[\d,]*\d)?(?!\d))*$")
#: a figure that is the whole others are counted in ('91 of the 742', 'out of 463')
_WHOLE_BEFORE = re.compile(r"(?:\d%?|\bout|\bcent)\s+of\s+(?:the\s+|all\s+)?$", re.I)
#: words that put a figure in an earlier time than the report's own
_EARLIER = re.compile(r"(?<!least one )(?<!or more )\b(?:earlier|previous(?:ly)?|prior|"
                      # not a deadline of one's own ('seen before their first birthday')
                      # nor a body a report is put to ('goes before the scrutiny panel this week')
                      r"(?<!goes )(?<!go )(?<!went )(?<!going )(?<!come )(?<!comes )(?<!came )(?<!coming )(?<!laid )(?<!put )"
                      r"(?<!brought )(?<!appear )(?<!appears )(?<!appeared )(?<!appearing )"
                      r"before(?!\s+(?:their|his|her|its|the\s+age|age|they|being|reaching|turning)\b)|ago|last inspection|used to|"
                      # (not in a clause of when something is done: 'to remove a vehicle once it had been reported')
                      r"(?<!once it )(?<!once they )(?<!after it )(?<!after they )(?<!when it )(?<!when they )had been|"
                      # 'the 20 toilets that once served the villages'; not 'once a week', 'at once', 'once again'
                      r"(?<!\bat )(?<!least )(?<!than )(?<!just )(?<!only )once(?!\s+(?:a|an|every|per|again|more|in|or|the|it|they|he|she|we|you)\b))\b"
                      # not a definition ('victims of at least one earlier crime')
                      # not a window the measure counts over ('referred again within the previous 12 months')
                      r"(?<!\bwithin the previous)(?!\s+(?:\d+|one|two|three|six|twelve)\s+(?:days?|weeks?|months?|years?)\b)",
                      re.I)
#: a sentence that leans on the one before ('That is 341 more', 'Of these, 109'), even across a paragraph break
_ANAPHOR = re.compile(r"^\W*(?:that|this|it|these|those|of these|of those|of them|of which)\b", re.I)


_MONTH_NAMES = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
                "december")
_MONTH_STARTS = frozenset(name[:3] for name in _MONTH_NAMES)


def _key(w: str) -> str:
    """A word's matching key: its stem cut to six letters, so that 'assess' meets
    'assessment', 'clinician' 'clinical' and 'violence' 'violent'; a month's name its first
    three letters, so that 'October' meets a table's 'Oct-Dec'."""
    if w[:3] in _MONTH_STARTS and len(w) >= 3 and any(name.startswith(w) for name in _MONTH_NAMES if name[:3] == w[:3]):
        return w[:3]
    return w[:6]


#: words that name no measure and no group of their own: which way or when a figure moved, and
#: what kind of figure it is ('the proportion', 'the share'). One list, read as stems
#: (GENERIC_STEMS, beside clause_words) and as matching keys (_GENERIC, beside _key).
_GENERIC_TEXT = ("fell rose previous year during earlier increase decrease compared total overall last report recent latest "
                 "period current rate figure proportion share number level amount")
GENERIC_STEMS = frozenset(content_words(_GENERIC_TEXT))
_GENERIC = frozenset(_key(w) for w in GENERIC_STEMS)
#: words of a change's size, not of what it measures ('a slight improvement on')
_DEGREE = frozenset(_key(w) for w in content_words("slight small modest marginal marked sharp big large significant"))


def _bare_base(a: Analysis, h: _Side) -> bool:
    """Whether h is the base of a change with no words of its own but its change's ('..., up
    from 38.5 per cent in 2024-25'; 'and a slight improvement on 20.9 per cent'): it takes
    its polarity from the figure it is said beside, which its clause does not show."""
    base = _BASE_OF.search(a.before(h.mention, 40))
    return base is not None and not h.clause - _GENERIC - _DEGREE - {_key(w) for w in content_words(base.group())}


def _restated_change(a: Analysis, m: Mention) -> bool:
    """Whether a figure is a change; a clause that restates the figure before it in other
    terms ('a reduction of 17.4 Ml/d, or 7.6 percent') is a change when that one is."""
    if is_change(a, m):
        return True
    start, _ = a.clause(m)
    if re.search(r"\baverage\b", a.text[start:m.start], re.I):
        return False  # 'up 12 per cent, or an average of 24 loans per member': a level of its own
    if _RESTATING.match(a.text[start:m.start]) or re.search(r"\bor\s+(?:about\s+|around\s+|some\s+)?$|\($", a.before(m, 15)):
        before = [o for o in a.figures(a.sentence_of[m.id]) if o.end <= m.start]
        if len(before) >= 2 and re.match(r"\s*[–—]|\s+-\s", a.text[before[-1].end:m.start]) \
                and re.search(r"[–—]\s*(?:[a-z]+\s+){0,3}$|\s-\s+(?:[a-z]+\s+){0,3}$", a.text[before[-2].end:before[-1].start]):
            # an aside between dashes restates nothing: 'cost more than £410,000, up from £356,200
            # – an extra £56,400 – or about £292 for every appeal heard' restates the cost
            before = before[:-1]
        if before and is_change(a, before[-1]):
            return True
    return False


def _words(a: Analysis, m: Mention) -> dict[str, float]:
    """A figure's measure words (as keys) by closeness: its clause 1, its sentence 0.5, the
    sentence before in its paragraph 0.3 (which often names what 'these' and 'of them' are)."""
    out: dict[str, float] = {}
    k = a.sentence_of[m.id]
    s = a.sentences[k]
    back = a.sentences[k - 1].paragraph == s.paragraph or _ANAPHOR.match(a.text[s.start:s.end]) if k > 0 else False
    if k > 0 and back and m.id not in a.cell_of:
        prev = a.sentences[k - 1]
        for w in content_words(a.text[prev.start:prev.end]):
            out[_key(w)] = 0.3
    for w in sorted(a.sentence_words(m)):  # sorted: the same result whatever the hash seed
        out[_key(w)] = 0.5
    for w in _caption(a, m):  # a table cell: the table's title names what all its cells measure
        out[_key(w)] = 0.5
    for w in sorted(a.clause_words(m)):
        out[_key(w)] = 1.0
    c0, _ = a.clause(m)
    hs = m.get("hedge_start")
    if m.id not in a.cell_of and _COPULA.fullmatch(a.text[c0:hs if isinstance(hs, int) else m.start]) \
            and not any(o.end <= c0 for o in a.figures(k)):
        # a clause that is only its verb: its subject and the aside that defines it are its
        # words ('The achievement rate, the proportion of enrolments where the learner ...
        # achieved its aims, was 87.2%')
        for w in sorted(content_words(a.text[s.start:c0])):
            out[_key(w)] = 1.0
    return out


def _caption(a: Analysis, m: Mention) -> list[str]:
    """For a table cell, the words of the line just above its table ('Table 1: Applications
    decided and decided in time, 2023/24'), which name what every cell of it measures."""
    cell = a.cell_of.get(m.id)
    if cell is None:
        return []
    key = f"caption:{cell[0]}"
    kept = a.memo.get(key)
    if isinstance(kept, list):
        return kept
    first = min(start for start, _end, t, _r, _c in a.doc.cells if t == cell[0])
    # a pipe table's first cell follows its line's '| ', which is not the line above
    above = a.text[max(0, first - 300):first].rstrip(" \t|").rstrip()
    line = above[above.rfind("\n") + 1:] if "\n" in above or first <= 300 else ""  # the last line, blank lines skipped
    line = re.split(r"(?<=[.!?])\s+", line)[-1]  # of a paragraph, its last sentence ('The table below shows ...')
    got = sorted(set(content_words(line)))
    a.memo[key] = got
    return got


def _side(a: Analysis, m: Mention) -> _Side | None:
    fam = _family(m)
    if not fam:
        return None
    if fam == "share":
        value = m.share if m.share is not None else m.value
        iv = a.share_interval(m)
    else:
        value, iv = m.value, m.interval
    change = _restated_change(a, m)
    way = _way(a, m) if change else 0
    if _changed_cell(a, m):
        # a table's change column ('| Castlegate | 46.8 | 43.2 | -7.7% |'): the change, its
        # sign the way it went, its size what an article says ('fell by 7.7 per cent')
        change, way = True, -1 if value < 0 else 1 if m.text.lstrip().startswith("+") else 0
        if value < 0:
            value, iv = -value, Interval(None if iv.high is None else -iv.high, None if iv.low is None else -iv.low,
                                         iv.high_open, iv.low_open)
    return _Side(m, fam, value, iv, _period(a, m), _negated(a, m), wider_scope(a, m), _words(a, m),
                 frozenset(_key(w) for w in a.clause_words(m)),
                 change, is_target(a, m), _outside(a, m), way, _counted(a, m))


def _counted(a: Analysis, m: Mention) -> frozenset[str]:
    """What a count counts, as the words right after it say, up to the first that is no
    content word: {'childr'} for '587 children.', {'househ'} for '412 households were', {'new',
    'graves'} for '731 new graves'; nothing for '687 were substantiated'."""
    if m.kind != "count" or m.id in a.cell_of:
        return frozenset()
    out = []
    for w in re.findall(r"[^\W\d_][\w'’-]*|\S", a.after(m, 40))[:3]:
        stems = content_words(w)
        if not stems or not w[0].isalpha() or w.lower() in ("per", "percent"):
            break
        out.append(_key(stems[0]))
    return frozenset(out)


#: the words that count one kind of thing by another name: a home is counted as a household,
#: a property, a dwelling or an address ('684 households were sent a bill' of 'A total of 684
#: properties were charged'); a person as a resident or an individual
_COUNTED_ALIKE = (("househ", "proper", "dwelli", "home", "homes", "addres"), ("people", "person", "reside", "indivi"))


def _alike(p: frozenset[str] | set[str]) -> set[str]:
    return {w for kin in _COUNTED_ALIKE if any(v.startswith(k) for v in p for k in kin) for w in kin}


def _counts_differ(p: frozenset[str] | set[str], q: frozenset[str] | set[str]) -> bool:
    """Whether two counts plainly count different things: each says what, and no word of
    one is the other's ('587 households' / '587 children'; not '23 cyclists' / 'five people
    cycling', nor '684 households' / '684 properties')."""
    return bool(p and q) and not _share_a_word(p, q) and not _alike(p) & _alike(q)


def _counts_other(h: _Side, x: _Side) -> bool:
    """Whether article figure h plainly counts something else than source figure x: they
    count different things, and h's clause and the sentence before it do not name x's
    ('In total 388 offences ended in a charge', after '... of hate crimes led to someone being
    charged', may be the report's '388 hate crimes')."""
    return _counts_differ(h.counted, x.counted) and not _share_a_word(x.counted, {w for w, near in h.words.items() if near != 0.5})


def _share_a_word(p: frozenset[str] | set[str], q: frozenset[str] | set[str]) -> bool:
    """Whether two sets of word keys share a word, one key the start of the other ('cyclis',
    'cycl'), four letters at least."""
    return any(u.startswith(v) or v.startswith(u) for u in p for v in q if min(len(u), len(v)) >= 4)


#: a table column of changes, by its header ('Change', '% change', 'Rise or fall')
_CHANGE_COLUMN = re.compile(r"\b(?:change|changes|increase|decrease|difference|rise|fall|reduction|growth)\b", re.I)


def _changed_cell(a: Analysis, m: Mention) -> bool:
    """Whether a figure is a table cell of a column of changes, or signed ('+12.6%', '-7.7%')
    in a table whose header names years."""
    cell = a.cell_of.get(m.id)
    if cell is None:
        return False
    return bool(_CHANGE_COLUMN.search(a.column_header(m))) and cell[1] > 0


_UP = re.compile(r"\b(?:rise|rises|rose|risen|rising|increase[sd]?|increasing|up|grew|grown|growth|higher|climb(?:ed|s)?|"
                 r"jump(?:ed|s)?|soar(?:ed|s)?|gain(?:ed|s)?|more)\b", re.I)
_DOWN = re.compile(r"\b(?:fall|falls|fell|fallen|falling|drop(?:ped|s)?|down|decline[sd]?|decreased?|decreases|reduction|reduced|"
                   r"cut|lower|fewer|less|shrank|shrunk|slump(?:ed|s)?|plunged?)\b", re.I)


def _way(a: Analysis, m: Mention) -> int:
    """Which way a change goes, by the nearest rise or fall word in its clause: 'a drop of
    about 16 per cent' is down, 'an increase of 16.7 per cent' up."""
    start, end = a.clause(m)
    hs = m.get("hedge_start")
    before = a.text[start:hs if hs is not None else m.start]
    after = a.text[m.end:min(end, m.end + 30)]
    ups = [x.end() for x in _UP.finditer(before)]
    downs = [x.end() for x in _DOWN.finditer(before)]
    if ups or downs:
        return 1 if max(ups, default=-1) > max(downs, default=-1) else -1
    up, down = _UP.search(after), _DOWN.search(after)
    if up or down:
        return 1 if up and (not down or up.start() < down.start()) else -1
    return 0


class Source:
    """A source report read for matching: its figures by family, its vocabulary and the
    rarity of its words."""

    def __init__(self, analysis: Analysis, number: int) -> None:
        self.analysis = analysis
        self.number = number
        self.name = Path(analysis.doc.source).name
        self.sides: dict[str, list[_Side]] = {}
        for m in analysis.mentions:
            side = _side(analysis, m)
            if side is not None:
                self.sides.setdefault(side.family, []).append(side)
        df: dict[str, int] = {}
        for s in analysis.sentences:
            for w in {_key(w) for w in content_words(analysis.text[s.start:s.end])}:
                df[w] = df.get(w, 0) + 1
        self.df = df
        # two indexes keep matching near linear in a long report: each family's figures by
        # value (for the quotations and slips, whose values lie near the article's), and
        # by their rarer words (for a misquote, singled out by its words)
        self.by_value: dict[str, tuple[list[float], list[_Side]]] = {}
        self.by_word: dict[str, list[_Side]] = {}
        for fam, sides in self.sides.items():
            ordered = sorted(sides, key=lambda x: float(x.value))
            self.by_value[fam] = ([float(x.value) for x in ordered], ordered)
            for x in sides:
                for w in x.words:
                    if df.get(w, 0) <= RARE:
                        self.by_word.setdefault(w, []).append(x)
        self.dates = [m for m in analysis.mentions if m.kind in ("date", "year")]
        #: (table, row) -> the row's label, its first cell ('Trust total', 'Secondary')
        self.row_labels: dict[tuple[int, int], str] = {
            (table, row): analysis.text[start:end] for start, end, table, row, col in analysis.doc.cells if col == 0}
        #: (table, row) -> the matching keys of its label's words, with those of an abbreviation
        #: the report spells out ('IDVA service' is named by 'independent domestic violence advisers')
        spelt = _abbreviations(analysis.text)
        self.label_keys: dict[tuple[int, int], frozenset[str]] = {
            cell: frozenset(k for w in content_words(text) for k in (_key(w), *spelt.get(_key(w), ())))
            for cell, text in self.row_labels.items()}
        #: the matching keys of the report's heading, the lines before its first figure ('RAVENSMOOR
        #: HOSPITALS NHS FOUNDATION TRUST'): words that name the whole, not one row of a table
        first = min((m.start for m in analysis.mentions), default=len(analysis.text))
        head = [_key(w) for w in content_words(analysis.text[:min(first, 400)])]
        self.masthead_keys: frozenset[str] = frozenset(head)
        #: ... and its words' neighbours in it: 'Harwell district' says 'HARWELL DISTRICT COUNCIL'
        self.masthead_pairs: frozenset[tuple[str, str]] = frozenset(zip(head, head[1:], strict=False))
        #: the days a season the report covers ran ('The 2024/25 programme ran for 45 days', 'The
        #: pools were open on 122 days in 2025'): what its totals are spread over, not a year
        ran = _RAN_FOR_DAYS.search(analysis.text)
        self.span_days: int | None = int(ran.group(1)) if ran else None
        #: (table, column) -> the year its header names ('Rate 2021 (%)', '2022/23': 2022)
        self.column_year: dict[tuple[int, int], int] = {}
        #: (table, column) -> the words of its header besides the year: 'LED at Mar 2026' and
        #: 'Faults 2025/26' are two measures, not two years of one
        self.column_measure: dict[tuple[int, int], frozenset[str]] = {}
        for start, end, table, row, col in analysis.doc.cells:
            found = _YEAR.search(analysis.text, start, end) if row == 0 else None
            if found is not None:
                self.column_year[(table, col)] = int(found.group(0))
                self.column_measure[(table, col)] = frozenset(
                    _key(w) for w in content_words(re.sub(r"\b(?:19|20)\d\d(?:[/-]\d\d)?\b", " ", analysis.text[start:end])))

    def years(self, table: int, col: int) -> dict[int, int]:
        """The columns of the table that give the same measure as col for a year, and their years."""
        measure = self.column_measure.get((table, col))
        return {c: y for (t, c), y in self.column_year.items() if t == table and self.column_measure.get((t, c)) == measure}

    @cached_property
    def vocabulary(self) -> list[str]:
        return sorted(self.df)

    def rarity(self, w: str) -> float:
        n = self.df.get(w, 0)
        if n == 0:
            return 0.0
        return 1.0 if n <= 2 else 0.6 if n <= 5 else 0.3

    def where(self, m: Mention) -> str:
        """'report.pdf p. 3' or 'report.txt line 12'."""
        doc = self.analysis.doc
        if doc.boxes:
            return f"{self.name} p. {bisect.bisect_right(doc.page_starts, m.start)}"
        return f"{self.name} line {doc.text.count(chr(10), 0, m.start) + 1}"


def prepare_source(doc: Document, number: int) -> Source:
    """Read a source report for matching: its figures (ids 's1.m12'), sentences and words."""
    mentions = _renamed(extract_document(doc), f"s{number}.")
    return Source(Analysis(doc, mentions), number)


def _renamed(mentions: Sequence[Mention], prefix: str) -> list[Mention]:
    """Source mentions get ids of their own ('s1.m12'), so that a check may join both documents."""
    out = []
    for m in mentions:
        extra = tuple((k, f"{prefix}{v}") if k == "range_with" else (k, v) for k, v in m.extra)
        out.append(replace(m, id=f"{prefix}{m.id}", extra=extra))
    return out


def _digits(m: Mention) -> int:
    """How many significant digits a figure is written with: 3,591 has four, 11,600 three,
    2,000 one."""
    digits = "".join(ch for ch in m.text if ch.isdigit()).lstrip("0")
    if m.precision is None or m.precision >= 1:
        digits = digits.rstrip("0")
    return len(digits)


def _places_out(h: _Side) -> tuple[Fraction, ...]:
    """The values an amount of money written exactly would have with a zero dropped or
    added ('£14,860' for £148,600): a slip of the pen met only at its very value."""
    if not h.family.startswith("money:") or h.mention.hedge != "exact" or _digits(h.mention) < 2:
        return ()
    return (h.value * 10, h.value / 10)


def _amount(family: str) -> bool:
    """A family of plain amounts, which one figure may be written in more than one of
    ('58,930 hours', '58,930 ambulance hours' read as a count)."""
    return family in ("count", "decimal") or family.startswith("quantity:")


def _written(m: Mention) -> str:
    """The digits a figure is written with, as one run ('£4.82 million': 482); none for a
    figure written in two numbers ('1 minute 47 seconds', '13:21'), whose digits are no run
    to slip in."""
    return "" if len(re.findall(r"\d[\d,.]*", m.text)) > 1 else "".join(ch for ch in m.text if ch.isdigit())


def _dropped(h: Mention, x: Mention) -> bool:
    """The article's amount is the report's with one digit left out: £4.2 million for £4.82
    million, 1,842 for 18,420. The report's figure has three significant digits or more."""
    dh, dx = (_written(m) for m in (h, x))
    if not dh or not dx or len(dx) != len(dh) + 1 or _digits(x) < 3 or x.kind != h.kind or h.kind not in ("count", "money", "quantity"):
        return False  # a share one digit short (93 per cent, 92.3 percent) is as often a rounding
    return any(dx[:i] + dx[i + 1:] == dh for i in range(len(dx)))


def _one_digit(a: Mention, b: Mention) -> bool:
    """Two figures written with the same digits but one: 148 and 143, 184,452 and 181,452."""
    da, db = (_written(m) for m in (a, b))
    return bool(da) and len(da) == len(db) >= 3 and sum(x != y for x, y in zip(da, db, strict=True)) == 1


def _distinctive(m: Mention) -> bool:
    """A figure unlikely to turn up twice by chance: three significant digits or more
    (11,600; 83.6; 138), not 12 or 2,000."""
    return _digits(m) >= 3


def _outside(a: Analysis, m: Mention) -> bool | None:
    """Whether a figure counts what fell outside a limit ('waited longer', 'took more than
    an hour': True) or inside it ('within four hours': False); None when its sentence says
    neither. The figure's own hedge ('more than 6 per cent') is not read. A table cell says
    it in its column's header ('% over 6 weeks')."""
    cell = a.cell_of.get(m.id)
    if cell is not None:
        header = a.column_header(m)
        inside, outside = bool(_INSIDE.search(header)), bool(_OUTSIDE.search(header))
        return outside if inside != outside else None
    k = a.sentence_of[m.id]
    s = a.sentences[k]
    hs = m.get("hedge_start")
    c0, c1 = a.clause(m)
    # its own clause first: '41,190 waited more than 30 minutes ..., meaning 77.3 per cent
    # were handed over within half an hour' holds both, each in its clause
    for lo, hi in ((c0, c1), (s.start, s.end)):
        # the figure itself is not read, nor, in its sentence, another figure's clause ('It
        # managed this for 71.3 per cent of victims, meaning nearly three in ten still waited
        # longer': the longer wait is the three's)
        blank = [(hs if hs is not None else m.start, m.end)]
        if lo == s.start:
            blank += [(o0, o1) for o in a.figures(k) if o.id != m.id for o0, o1 in [a.clause(o)]
                      if (o0, o1) != (c0, c1) and _OWN_CLAUSE.match(a.text, o0)]
            # (a clause that opens with the figure's hedge, whose 'than' cuts it: 'meaning more
            # than a third of ward patients waited longer than the hour')
            blank += [(ohs, o1) for o in a.figures(k) if o.id != m.id and isinstance(ohs := o.get("hedge_start"), int)
                      for o0, o1 in [a.clause(o)] if ohs < o0 and (o0, o1) != (c0, c1)
                      and _OWN_HEDGED.search(a.text, max(s.start, ohs - 40), ohs)]
        chars = list(a.text[lo:hi])
        for b0, b1 in blank:
            chars[max(0, b0 - lo):max(0, min(hi, b1) - lo)] = " " * max(0, min(hi, b1) - max(lo, b0))
        text = "".join(chars)
        inside, outside = bool(_INSIDE.search(text)), bool(_OUTSIDE.search(text))
        if inside != outside:
            return outside
    return None


def _compared(a: Analysis, k: int) -> list[tuple[Mention, Mention, str]]:
    """(old, new, '') pairs of sentence k said by comparison: '84.7 per cent ... in 2025/26,
    compared with 80.9 per cent in 2024/25'; '6.0 per cent of all pupils, compared with
    2,109 pupils (5.2 per cent) in 2023/24', '15.8% ..., compared with 42,560 (11.0%)'; 'was £2.64m, compared with £2.61m'; '6 days, an
    improvement on 8 days in 2024'. The new
    level is the last of its kind before the comparison that is no base itself."""
    figs = a.in_sentence.get(k, [])
    out = []
    for i, old in enumerate(figs):
        if old.kind not in ("percent", "points", "money", "count", "quantity", "decimal"):
            continue
        lead = a.text[figs[i - 1].end if i else a.sentences[k].start:old.start]
        if i and re.fullmatch(r"\s*\(\s*", lead):
            # a share in brackets after its count ('compared with 42,560 (11.0%)') is compared as the count is
            lead = a.text[figs[i - 2].end if i > 1 else a.sentences[k].start:old.start]
        # 'compared with 80.9 per cent'; '6 days, an improvement on 8 days in 2024'
        if not re.search(r"\b(?:compare[sd]\s+(?:with|to)|against|(?:an?\s+)?(?:improvement|increase|rise|fall|drop|decrease|"
                         r"reduction|deterioration)\s+on|(?:up|down)\s+on)\s+(?:the\s+)?(?:[\d,]+\s+(?:\w+\s+)?\(\s*)?$", lead, re.I) \
                and not (i and re.fullmatch(r"\s*on\s+(?:the\s+)?", lead, re.I) and is_change(a, figs[i - 1])):
            # ('an increase of 13.6 per cent on the 4,870 issued in 2023/24': the base of a change given)
            continue
        # (no figure set as a modifier: 'on 47 days of the 139-day season, compared with 29 days')
        news = [m for m in figs[:i] if m.kind == old.kind and not _BASE_OF.search(a.before(m, 25)) and not re.search(r"\d-[a-z]", m.text)]
        if not news and k > 0 and re.match(r"\W*(?:this|that|it)\s+(?:compares|compared|is compared)\s+(?:with|to)\s+$",
                                           a.text[a.sentences[k].start:old.start], re.I) \
                and a.sentences[k - 1].paragraph == a.sentences[k].paragraph:
            # 'Of the 486 crossings, 283 were fully compliant, 58.2 per cent of the total. This
            # compares with 47.8 per cent in 2023': the level of the sentence before
            news = [m for m in a.in_sentence.get(k - 1, []) if m.kind == old.kind and not _BASE_OF.search(a.before(m, 25))]
        if news:
            out.append((old, news[-1], ""))
    return out


def _of_order(p: Fraction, v: Fraction, by: int = 3) -> bool:
    """Whether a figure may be a miswriting of another with no slip to show for it: within
    a factor of three ('57' for 47, '7,150' for 6,380); another measure's figure taken for
    one, within a factor of ten ('£14.6m' for £3.2m, not '£3.7m' for £25 an hour)."""
    return p > 0 and v > 0 and within(p, v, by)


def _earlier_level(src: Source, x: Mention) -> bool:
    """Whether a source figure is given as an earlier level: the base of a change ('up from
    118'), or a table cell under an earlier year than another column of its table."""
    sa = src.analysis
    if _BASE_OF.search(sa.before(x, 25)):
        return True
    if _YEAR_BEFORE_AFTER.match(sa.after(x, 30)):
        return True  # '82 inspections (15.2%) the year before'
    if re.search(r"\(\s*$", sa.before(x, 3)):
        # a bracketed restatement of a base ('compared with 82 inspections (15.2%)') is the base's
        prev = [o for o in sa.figures(sa.sentence_of[x.id]) if o.end <= x.start]
        if prev and re.fullmatch(r"\s*[a-z -]{0,30}\(\s*", sa.text[prev[-1].end:x.start].lower()) and _BASE_OF.search(sa.before(prev[-1], 25)):
            return True
    cell = sa.cell_of.get(x.id)
    year = src.column_year.get((cell[0], cell[2])) if cell else None
    return cell is not None and year is not None and any(y > year for y in src.years(cell[0], cell[2]).values())


#: an earlier time said right after a figure ('(15.2%) the year before'; not 'last year', which in a
#: report may be the year it reports on)
_YEAR_BEFORE_AFTER = re.compile(r"\W{0,3}(?:in\s+)?(?:the year before|a year earlier|the previous year)\b")
#: a sentence that gives an earlier level of the figure before it: 'The figure for 2024/25 was
#: 83.2 per cent.', 'A year earlier it was 31.4%.', 'This compares with 12.6 per cent last year.'
_EARLIER_SENTENCE = re.compile(r"\W*(?:(?:the|this|that|its|it)\b[^.;]{0,40}?\b(?:for|in|during)\s+((?:19|20)\d\d)\b"
                               r"|(?:a year earlier|the year before|the previous year|last year|in the previous year)\b)", re.I)
#: ... or that opens on the earlier year it gives the figure for ('In 2024/25 the equivalent figure was 8.6%.')
#: a sentence that opens on an earlier year and goes straight to its figure ('In 2024/25, 22
#: penalties were issued with a combined value of £29,150')
_EARLIER_YEAR_OPENS = re.compile(r"\W*(?:in|for|during)\s+((?:19|20)\d\d)(?:[/-]\d\d(?:\d\d)?)?\s*,\s*(?=[£$€]?\d)", re.I)
_EARLIER_LEAD = re.compile(r"\W*(?:in|for|during)\s+((?:19|20)\d\d)(?:[/-]\d\d(?:\d\d)?)?\s*,?\s+(?:the|this|that|its)\s+"
                           r"(?:[a-z]+\s+){0,2}?(?:figure|rate|share|proportion|percentage)\s+(?:was|stood at)\b", re.I)


#: ... or opens on an earlier date, then names the measure again ('At 31 March 2025 the rate was')
_EARLIER_DATE_SENTENCE = re.compile(r"\W*(?:at|by|on|as at)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
                                    r"(?![/-]\d)[,\s]+(?:the|this|that|its|it)\b", re.I)


def _earlier_of(src: Source, x: Mention, sentences: bool = True) -> Mention | None:
    """The source's earlier level of its figure x: the 'from' of its change ('fell from 3,516
    to 2,874'), the level it is compared with ('£38.6 million ..., compared with £35.2
    million in 2024-25'), the same table row's year before, or (with ``sentences``) the one figure of
    its kind in the next sentence of its paragraph when that sentence gives an earlier year's
    ('... 78.5 per cent of urgent assessments within four hours. The figure for 2024/25 was
    83.2 per cent.')."""
    from ._rules_changes import _from_to

    sa = src.analysis
    ks = sa.sentence_of[x.id]
    before = [old for old, new, _w in [*_from_to(sa, ks), *_compared(sa, ks)] if new.id == x.id]
    cell = sa.cell_of.get(x.id)
    if not before and cell is not None:
        before = _year_before(src, cell)
    if not before and cell is None and x.hedge == "exact" and _digits(x) >= 3:
        # a figure of the text that a table gives too, with its year before ('Total income rose
        # by £52,500 ... to £564,500' and a 'Total | £512,000 | £564,500' row)
        rows = [got for m in src.sides.get(_family(x), ()) if m.mention.value == x.value and m.mention.id in sa.cell_of
                and m.mention.kind == x.kind and (got := _year_before(src, sa.cell_of[m.mention.id]))]
        before = rows[0] if len(rows) == 1 else []
    if not before and sentences and cell is None and ks + 1 < len(sa.sentences) \
            and sa.sentences[ks + 1].paragraph == sa.sentences[ks].paragraph:
        nxt = sa.sentences[ks + 1]
        said = _EARLIER_SENTENCE.match(sa.text, nxt.start, nxt.end) or _EARLIER_LEAD.match(sa.text, nxt.start, nxt.end) \
            or _EARLIER_DATE_SENTENCE.match(sa.text, nxt.start, nxt.end)
        if not said and x.hedge == "exact":
            # ('A total of 37 civil penalties were issued in 2025/26 ... In 2024/25, 22 penalties
            # were issued'; only against a later year x's own sentence names, and not of a bound)
            # (x's sentence naming no year is of the year the report is for, named at its head:
            # 'During the year 5,062 people received a check, 74.0 per cent ... In 2024/25, 4,623')
            said = _EARLIER_YEAR_OPENS.match(sa.text, nxt.start, nxt.end)
            if said and int(said.group(1)) >= max(map(int, _YEAR.findall(sa.sentence_text(ks))),
                                                  default=max(map(int, _YEAR.findall(sa.text, 0, 400)), default=0)):
                said = None
        # (earlier than the report's year, or than the date x's own sentence gives: 'at 31
        # March 2026, a completion rate of 89.1 per cent. At 31 March 2025 the rate was 80.6')
        latest = max(map(int, _YEAR.findall(sa.text, 0, 400) + _YEAR.findall(sa.sentence_text(ks))), default=0)
        if said and (said.group(1) is None or int(said.group(1)) < latest):
            before = [o for o in sa.figures(ks + 1) if o.kind == x.kind and _family(o) == _family(x)]
    return before[0] if len(before) == 1 else None


_RAN_FOR_DAYS = re.compile(r"\b(?:open|opened|ran|run|operated|lasted)\s+(?:for|on)\s+(\d{2,3})\s+days\b", re.I)
_ABBREVIATION = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,8})\(([A-Z]{2,6})s?\)")


def _abbreviations(text: str) -> dict[str, frozenset[str]]:
    """The abbreviations a text defines in brackets after the words they stand for, by the
    matching key of each: 'independent domestic violence adviser (IDVA)' gives 'idva' the
    keys of its four words, whose initials spell it.

    >>> sorted(_abbreviations("an independent domestic violence adviser (IDVA) and a GP")["idva"])
    ['advis', 'domest', 'indepe', 'violen']
    """
    out: dict[str, frozenset[str]] = {}
    for found in _ABBREVIATION.finditer(text):
        letters = found.group(2).lower()
        words = found.group(1).split()[-len(letters):]
        if len(words) == len(letters) and all(w[:1].lower() == c for w, c in zip(words, letters, strict=True)):
            out[_key(letters)] = frozenset(_key(w) for w in content_words(" ".join(words)))
    return out


def _year_before(src: Source, cell: tuple[int, int, int]) -> list[Mention]:
    """The cells of a table row in the column of the year before the cell's."""
    year = src.column_year.get((cell[0], cell[2]))
    earlier = {c: y for c, y in src.years(cell[0], cell[2]).items() if year is not None and y < year}
    if not earlier:
        return []
    col = max(earlier, key=lambda c: earlier[c])  # the year before, not the first of the table
    return [m for m in src.analysis.mentions if src.analysis.cell_of.get(m.id) == (cell[0], cell[1], col)]


def _source_interval(x: _Side) -> Interval:
    """The values a source figure allows when it is quoted: 'over 11,600' is a little over
    (at most 15% more), 'more than one in 10' at most 13 per cent."""
    return _realistic_share(x) if x.family == "share" else _realistic(x.mention).interval


_THRESHOLD = re.compile(r"^\s*(?:or|and)\s+(?:(more|over|above|higher)|(less|fewer|under|below|lower))\b")


def _restates_threshold(a: Analysis, h: _Side, sa: Analysis, x: _Side) -> bool:
    """'Missing at least one in ten sessions' restates the definition 'if they miss 10
    percent or more': a bound the same way round as the source's threshold."""
    found = _THRESHOLD.match(sa.after(x.mention, 20))
    if found is None or h.target:
        return False
    return _direction(h.mention) == (1 if found.group(1) else -1)


def _realistic_share(h: _Side) -> Interval:
    """'More than a quarter' quoting a source means a little more: at most 30% more (25 to
    32.5 per cent), not the 95.5 per cent the words alone allow; 'under half' likewise."""
    iv = h.interval
    if h.mention.hedge in ("more than", "at least", "well over", "just over") and iv.low is not None:
        return Interval(iv.low, max(iv.high, iv.low * Fraction(13, 10)) if iv.high is not None else iv.low * Fraction(13, 10), iv.low_open)
    if h.mention.hedge in ("less than", "at most", "well under", "just under") and iv.high is not None:
        return Interval(iv.high * Fraction(7, 10) if iv.low is None else min(iv.low, iv.high * Fraction(7, 10)), iv.high,
                        high_open=iv.high_open)
    return iv


def _direction(m: Mention) -> int:
    if m.hedge in ("more than", "at least", "well over", "just over"):
        return 1
    if m.hedge in ("less than", "at most", "well under", "just under", "nearly"):
        return -1
    return 0


def _side_value(a: Analysis, mid: str) -> Fraction:
    m = a.by_id[mid]
    return (m.share if _family(m) == "share" and m.share is not None else m.value)


def _said(src: Source, m: Mention) -> str:
    start = m.get("hedge_start")
    words = " ".join(src.analysis.text[start if start is not None else m.start:m.end].split())
    return f"'{words}'"


def _places(src: Source, x: _Side, fams: set[str]) -> tuple[str, ...]:
    """The other places src gives x's figure: its value, of one of ``fams``, a level or a
    change as x is, never a range's end."""
    return tuple(y.mention.id for f in fams for y in src.sides.get(f, ()) if y is not x and y.value == x.value
                 and not y.mention.ranged and y.change == x.change)
