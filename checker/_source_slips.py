"""The FC8xx misquotes: how an article figure that no source figure of its measure allows is
tied to the one it should have been, and the kind of slip (complement quoted, percentage
points as per cent, truncated, digits transposed, another period's figure, a subgroup's
figure given as the whole's, another measure's figure).

Each method answers one question about an article figure ``h`` and its readings ``got``;
:meth:`checker._sources._Matcher.match` asks them in order. When in doubt, no slip.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from math import fsum

from claims import content_words
from claims._context import STOPWORDS, stem
from claims._records import Interval, Mention

from ._analysis import NEGATION, Analysis
from ._common import is_change, is_count
from ._source_match import (
    _ANOTHER,
    _Finder,
    _Matching,
    _Quote,
)
from ._source_text import (
    _BASE_OF,
    _BASE_THEN,
    _COPULA,
    _EARLIER,
    _GENERIC,
    _GROUP_BEFORE,
    _GROUP_LEADS,
    _GROUP_OPENS,
    _GROUP_WHERE,
    _IN_AN_EARLIER_YEAR,
    _MOVED_FROM,
    _NUMBER_WORD,
    _PAST_BASE,
    _PEN_SLIPS,
    _REST,
    _SHORT,
    _THEN,
    _THEN_YEAR,
    _TOTAL_ROW,
    _WHOLE,
    _WHOLE_BEFORE,
    _YEAR,
    ACCEPT,
    ACCEPT_SAME,
    ANOTHER_WORDS,
    COMPLEMENT_WORDS,
    ECHO_WORDS,
    HUNDRED,
    MARGIN,
    NAMED_BETTER,
    PLAIN_WORDS,
    SLIP_WORDS,
    STRONG,
    WORDS_AHEAD,
    Source,
    _amount,
    _apposed_count,
    _bare_base,
    _compared,
    _counts_differ,
    _counts_other,
    _digits,
    _distinctive,
    _dropped,
    _earlier_level,
    _earlier_of,
    _family,
    _key,
    _months,
    _of_order,
    _one_digit,
    _places_out,
    _share_a_word,
    _Side,
    _side,
    _written,
)
from ._verdict import transposed, truncates

#: a figure the article gives as another study's, not the report's
_OTHER_STUDY = re.compile(r"\b(?:own|separate|another|internal|independent|earlier|national)\s+(?:audit|survey|figures|data|study|"
                          r"analysis|research|review|poll)\b|\baccording to\b", re.I)


def _far_outside(allowed: Interval, value: Fraction) -> bool:
    """Whether a share lies outside what a share in words allows by four points and by a
    fifth of itself, far more than any rounding to a simple fraction moves a figure, yet
    within seven quarters of it: a share worked wrongly, not a figure of another measure
    ('about a third' is nothing of 79.5 per cent).

    >>> _far_outside(Interval(Fraction(200, 11), Fraction(200, 9)), Fraction(25, 2))
    True
    >>> _far_outside(Interval(Fraction(200, 11), Fraction(200, 9)), Fraction(16))
    False
    >>> _far_outside(Interval(Fraction(80), None, low_open=True), Fraction(628, 10))
    True
    >>> _far_outside(Interval(Fraction(30), Fraction(110, 3)), Fraction(795, 10))
    False
    """
    gap = allowed.distance(value)
    near = (allowed.low is None or value * Fraction(7, 4) >= allowed.low) and (allowed.high is None or value <= allowed.high * Fraction(7, 4))
    return gap >= 4 and gap >= value / 5 and near


#: how much of the article clause's words another figure's own clause must say (rarity-weighed:
#: three fairly rare words, or two rare ones) to take a quotation whose clause says none of them
CLAUSE_WORDS = 1.5
#: a sentence that opens with its year ('In 2024/25 the panel upheld 49 of 67 exclusions')
_OPENS_IN_YEAR = re.compile(r"\W*(?:In|For|During|Back in)\s+((?:19|20)\d\d)\b")
#: a sentence that gives a part of the whole the one before counts ('Of those requests, 389 were agreed')
_OF_THOSE = re.compile(r"\W*(?:of|among|amongst)\s+(?:those|these|them|the\s+\w+)\b", re.I)


@functools.lru_cache(maxsize=16)
def _report_year(text: str) -> int:
    """The year a report is of, by its opening: the start of its latest financial year
    ('Annual report 2023/24': 2023), else its latest year ('Season review 2025')."""
    head = text[:400]
    spans = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\s*[/-]\s*(?:\d\d)\b", head)]
    return max(spans) if spans else max(map(int, _YEAR.findall(head)), default=0)


def _statistic(a: Analysis, m: Mention) -> set[str]:
    """The statistics ('mean', 'median') a figure's sentence names between the figure before it
    and the figure: 'The average (mean) grant was £3,176 and the median grant was £1,850' names
    the mean for £3,176 and the median for £1,850."""
    k = a.sentence_of[m.id]
    start = max((o.end for o in a.figures(k) if o.end <= m.start), default=a.sentences[k].start)
    return {_STATISTIC_OF[w] for w in _STATISTIC.findall(a.text[start:m.start].lower())}


def _earlier_than(text: str, source: str) -> bool:
    """Whether an article's words put a figure in an earlier time (`_EARLIER`), other than by
    a 'before' whose clause the source sentence says too: 'residents giving up before an
    adviser answered' names the measure, as the report's 'abandoned before an adviser
    answered' does.

    >>> _earlier_than("giving up before an adviser answered, with", "chats abandoned before an adviser answered rose")
    False
    >>> _earlier_than("the year before, when", "rose to 9.7 per cent")
    True
    """
    low = source.lower()
    for found in _EARLIER.finditer(text):
        after = re.match(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)", text[found.end():].lower())
        if found.group(0).lower() == "before" and after and after.group(1) in low:
            continue
        return True
    return False


#: a year named just before a figure, as when it was so ('This is lower than in 2024/25, when 88.3% arrived')
# 'a £70 fine, reduced to £35': the sentence's figure before this one became it
_BECAME = re.compile(r"\b(?:reduced|cut|discounted|lowered|raised|increased|rising|falling|dropping|halved|doubled|trimmed|capped)\s+"
                     r"to\s+(?:just\s+|only\s+)?\W?$", re.I)
# 'a £70 ticket, or £35 if paid promptly': half, double or a quarter of a figure of the
# sentence may be worked from it, whatever the report's passage gives (not a count that says
# what it counts: '46 bollards at 23 sites' is no half of anything)
#: a verb of wanting or calling for, right before the figure it wants
_WANTED = re.compile(r"\b(?:wants?|wanted|would like|(?:is|are|was|were)\s+calling\s+for|call(?:s|ed)?\s+for|press(?:es|ing|ed)?\s+for|"
                     r"urg(?:es|ed|ing)|demand(?:s|ed|ing)?)\s+(?:(?:at least|more than|some|about|around|a further|another|an extra)\s+)?$", re.I)
_WORKED_RATIOS = frozenset({Fraction(1, 2), Fraction(2), Fraction(1, 4), Fraction(3, 4), Fraction(4)})
_WHEN_YEAR = re.compile(r"\b(?:in|for|during)\s+((?:19|20)\d\d)(?:[/-]\d\d)?\b[^.;\d]{0,15}?\bwhen\s+(?:[a-z]+\s+){0,3}$", re.I)


def _before_report(opening: re.Match[str], text: str) -> bool:
    """Whether the year a source sentence opens with ('In 2024/25 ...', `_IN_AN_EARLIER_YEAR`)
    is before the report's own, read from its opening: it starts before the latest year
    the opening names, and ends before the latest year the opening reaches ('April 2025 to
    March 2026' is no earlier than 'In 2025/26', nor 'Annual report 2025/26' than it).

    >>> m = _IN_AN_EARLIER_YEAR.match("In 2025/26, ")
    >>> _before_report(m, "REPORT (April 2025 to March 2026)"), _before_report(m, "Annual report 2026/27")
    (False, True)
    >>> _before_report(_IN_AN_EARLIER_YEAR.match("In 2024, "), "Season review 2025")
    True
    """
    start = int(opening.group(1))
    tail = re.match(r"[/-](\d\d)\b", opening.string[opening.end(1):])
    end = start // 100 * 100 + int(tail.group(1)) if tail else start
    head = text[:400]
    ends = [int(y[:2] + e) for y, e in re.findall(r"\b((?:19|20)\d\d)\s*[/-]\s*(\d\d)\b", head)]
    return start < max(map(int, _YEAR.findall(head)), default=0) and end < max(ends + list(map(int, _YEAR.findall(head))), default=0)


#: the year before the report's, said right after a figure ('384 hectares the previous year')
_PREVIOUS_YEAR = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:the\s+(?:previous|preceding|prior)\s+year|a\s+year\s+(?:earlier|before)|the\s+year\s+before)\b", re.I)
#: an earlier time said right after a figure ('8,315 the year before', '384 hectares last year')
#: ('last year' alone is the report's year in many an article: 'made 5.31 million journeys last year')
#: a span of years said right after a level ('down from 102 two years earlier')
_YEARS_SPAN = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\b", re.I)
#: the statistic a figure is: a mean or a median
_STATISTIC = re.compile(r"\b(?:average|mean|median)\b")
_STATISTIC_OF = {"average": "mean", "mean": "mean", "median": "median"}
#: an earlier time said right after a level ('compared with 2,716 the year before', '... in 2024/25')
#: (past the base's noun, or another figure compared with it: 'compared with 17 roads and 3.41 km in 2024/25')
_EARLIER_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:and\s+[\d.,]+\s+[a-z]+\s+)?(?:(?:a|the)\s+(?:year|month|quarter)\s+(?:earlier|before)|the\s+(?:previous|preceding|prior)\s+year|"
                            r"last\s+year|(?:in|for|during)\s+(?:19|20)\d\d(?:[/-]\d\d)?)\b", re.I)
_EARLIER_SAID = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:(?:a|the)\s+(?:year|month)\s+(?:earlier|before)|the\s+previous\s+year)\b", re.I)
#: ... or before it, as the base of a comparison ('up by 327 on last year's 8,315')
_EARLIER_OWNER = re.compile(r"\b(?:on|from|than|with|against)\s+(?:the\s+)?(?:last|previous|prior|preceding)\s+year['’]s\s+$")
#: a sentence telling the reader what to do ('Residents ... should contact the team within 21 days')
_ADVICE = re.compile(r"\b(?:should|must|need to|are (?:asked|urged|advised|reminded|encouraged) to)\s+(?:contact|call|ring|phone|e-?mail|"
                     r"apply|tell|inform|notify|report|register|write to|get in touch)\b", re.I)
#: a clause that tells of a named person, their age in commas ('Tom Pennock, 63, who keeps ')
_PERSON_AGED = re.compile(r"\W*(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+,\s*\d{1,3},\s+who\b")
_WHO_NAMED = re.compile(r"\b[A-Z][a-z]+(?:,\s*\d{1,3},)?\s+who\s+(?:[a-z]+\s+){1,3}$|"
                        # 'Headteacher Claire Morton, whose school in the City Centre has 412 pupils'
                        # (a person's name set off by its comma: 'Motorists whose claims succeeded' are no
                        # one person, nor is 'the firm Datamatch, whose contract cost the council £57,500')
                        r"\b[A-Z][a-z]+\s+(?!(?:Ltd|Limited|Council|Trust|Group|Services|Partnership|Authority|Board|Police|"
                        # ('Lorna McAllister, whose secondary school in Westmarch City has taken 31')
                        r"Company|Association|Society|Foundation|Agency|Service)\b)(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+,\s+whose\s+(?:[\w'’-]+\s+){1,8}$")
#: a figure's period said as a rate right after it: '24 a month', '970 patients per week'
_RATE_SAID = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|quarter|year)\b", re.I)


#: a figure said to lie on one side of a limit: 'remain above the volume ambition', 'below the target'
_SIDE_OF_LIMIT = re.compile(r"\b(?:above|below|over|under|beyond|exceed(?:ed|ing|s)?)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:targets?|ambitions?|limits?|standards?|thresholds?|benchmarks?)\b", re.I)


#: the whole place or body a figure is said of ('across the borough', 'trust-wide'): not 'of all
#: reports', 'in all', which say what a share is of or sum a list
_WHOLE_PLACE = re.compile(r"\b(?:across the (?:whole\s+)?(?:borough|county|district|city|trust|force|country|region|network|service|council)|"
                          r"(?:borough|county|district|city|trust|force|council|service)[- ]wide)\b", re.I)
#: words that rank a figure among others: it is one part's, not the whole's
_RANKED = re.compile(r"\b(?:worst|best|highest|lowest|largest|smallest|biggest|busiest|quietest|fewest|slowest|fastest|"
                     r"longest|shortest|poorest|strongest|weakest)\b", re.I)


#: the steps a case passes through, each named by its verbs and nouns: a figure of one step
#: is no figure of another ('heard 1,486 appeals' of the report's 1,486 lodged, its 1,103 heard)
_STEPS: dict[str, re.Pattern[str]] = {step: re.compile(rf"\b(?:{words})\b", re.I) for step, words in {
    "received": r"received|receiv(?:e|es|ing)|lodged|submitted|referrals?|referred|applied|applications?",
    "heard": r"heard|hearings?|considered",
    "approved": r"approv(?:ed|als?|ing)|granted|grants?\s+(?:of|were)|awards?|awarded|agreed|accepted",
    "refused": r"refus(?:ed|als?)|rejected|rejections?|declined|turned\s+down",
    "upheld": r"upheld",
    "dismissed": r"dismissed|dismissals?",
    "withdrawn": r"withdrawn|withdrew|withdrawals?",
    "investigated": r"investigat(?:ed|ions?|ing)",
    "completed": r"completed|completions?|finished|concluded",
    "confirmed": r"confirmed|confirmations?",
    "made": r"made|making",
    "commissioned": r"commission(?:ed|s)?|planned|budgeted",
    "delivered": r"delivered|delivery|provided|carried\s+out",
    "prosecuted": r"prosecut(?:ed|ions?|ing)",
    "convicted": r"convict(?:ed|ions?)|found\s+guilty",
    "charged": r"charged",
    "arrested": r"arrest(?:ed|s)?",
    "cautioned": r"caution(?:ed|s)?",
    "issued": r"issued|served|handed\s+out",
    "paid": r"paid|payments?|settled",
    "recovered": r"recovered|recover(?:y|ies)",
    "seized": r"seized|seizures?",
    "inspected": r"inspect(?:ed|ions?)|visited|visits?",
}.items()}


#: a turn to another subject within a sentence
_TURN = re.compile(r"[;:]|\b(?:while|whereas|but)\b", re.I)
#: a sentence that opens on the base of the level the sentence before gives ('This compares
#: with £338,500 in 2024.', 'This is down from 402 in 2024/25')
_POINTS_BACK_TO_BASE = re.compile(r"\W*(?:this|that|it)\s+(?:(?:compares|compared|is compared)\s+with"
                                  r"|(?:is|was|represents|represented)\s+(?:(?:also|still)\s+)?(?:down|up)\s+from)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class _Rows:
    """A table's rows as an article can name them, for one row's figure: ``keys`` are each
    row's label words (not the total's), ``common`` the words every row shares or the
    labels' header gives (they name no one row), ``own`` the figure's row's keys, ``mine``
    the keys of the article's words about the figure (less the report's own name said in
    full), and ``every`` whether the article lists every row together."""

    table: int
    row: int
    label: str
    head: str
    keys: tuple[frozenset[str], ...]
    common: frozenset[str]
    own: frozenset[str]
    mine: frozenset[str]
    every: bool


class _Slips(_Finder):
    """The ways an article figure is told apart as a misquote of one source figure."""

    def rest_of_whole(self, h: _Side, q: _Quote) -> bool:
        """A complement that the article gives with its own count of the rest: 'That leaves
        115 homes needing improvement, some 28.6 per cent' against '287 (71.4%) of 402 homes
        rated good': 115 of the source's 402 is 28.6 per cent, so the article speaks of the
        rest of the whole, in words of its own, and misquotes nothing."""
        if q.slip != "complement quoted":
            return False
        sa = q.source.analysis
        wholes = [x for x in sa.figures(sa.sentence_of[q.x.mention.id]) if is_count(x) and x.value > 0]
        # the count of the rest comes just before the share ('115 homes ..., some 28.6 per
        # cent'), not in a clause of its own ('23.7 per cent ... rural roads, while nine ...
        # on urban roads': a complement slip that the other part's count gives away)
        figs = self.a.figures(self.a.sentence_of[h.mention.id])
        before = [m for m in figs if m.end <= h.mention.start]
        counts = [before[-1]] if before and is_count(before[-1]) and not re.search(
            r"\b(?:while|whereas|but|compared|against)\b", self.a.text[before[-1].end:h.mention.start], re.I) else []
        iv = self.a.share_interval(h.mention)
        return any(iv.contains(c.value / w.value * HUNDRED) for c in counts for w in wholes if c.value < w.value)

    def rest_of_shares(self, h: _Side) -> bool:
        """A share the article says is the rest ('81.3 per cent backed the move and 11.2 per
        cent opposed it, with the remaining 7.5 per cent undecided') whose parts its own
        sentence adds up to the whole (FC203 holds): the article works the rest out itself,
        of the parts it quotes, and misquotes no figure of the report by it."""
        a, m = self.a, h.mention
        if not _REST.search(a.before(m, 40)):
            return False
        return any(c.rule == "FC203" and c.verdict != "inconsistent" and m.id in c.mentions for c in a.found)

    def own_share(self, h: _Side) -> bool:
        """A share the article works out from two counts it gives beside it ('41 of the 62
        practices, about two-thirds, were below the limit'): its truth is theirs, and they are
        checked against the report themselves; read against another line of the report, the
        share would only be blamed for the counts' words."""
        from ._rules_parts import of_pairs

        if h.family != "share" or h.change:
            return False
        a = self.a
        iv = a.share_interval(h.mention)
        return any(w.value > 0 and part.end <= h.mention.start and iv.contains(part.value / w.value * HUNDRED)
                   for part, w in of_pairs(a, a.sentence_of[h.mention.id]))

    def sure(self, h: _Side, q: _Quote, got: list[_Quote]) -> bool:
        """Whether a misquote is sure enough to report. Another measure's figure needs words
        that point to the source figure clearly, and more clearly than to a source figure
        with the article's very value (the report may give 82.9 for 2021 in a table: then
        the article quotes that); a complement is a slip only when the words agree well or
        the polarity is plainly the other ('28.5 per cent' needing improvement is the rest of
        '71.5%' rated good, not a slip)."""
        # a figure of the article's value that plainly counts something else ('587 households'
        # against the report's '587 children', its 412 households) is no quotation of it
        def other(x: _Side) -> bool:
            return _counts_other(h, x) and (not q.x.counted or _share_a_word(h.counted, q.x.counted | q.x.clause))

        given = [r.shared for r in got if r.x.family == h.family and r.x.value == h.value and r.shared >= SLIP_WORDS and not other(r.x)]
        # (of any amount's family: '8,215 tonnes' quotes the report's '8,215 tCO2e', a unit it
        # does not read)
        families = [f for f in q.source.sides if f == q.x.family or _amount(f) and _amount(h.family)]
        sa = q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        # (the article's very value, the part the next sentence gives of the figure its words
        # name, is the figure it quotes: 'persuaded the DWP to lower or pause repayments for 389
        # clients' of 'Advisers helped 612 clients to request a lower rate ... Of those requests,
        # 389 were agreed')
        beside = any(x.value == h.value and not x.mention.ranged and sa.sentence_of[x.mention.id] == ks + 1
                     and _OF_THOSE.match(sa.sentence_text(ks + 1)) for f in families for x in q.source.sides[f])
        k = self.a.sentence_of[h.mention.id]
        if h.family != "share" and re.fullmatch(r"\W*(?:of|out of)\s+(?:the\s+|all\s+|its\s+|their\s+)?",
                                               self.a.text[self.a.sentences[k].start:h.mention.start], re.I) \
                and any(x.value == h.value and not x.mention.ranged for f in families for x in q.source.sides[f]):
            # the whole a sentence opens with ('Of 694 licence applications, just 19 per cent were
            # decided ...') is named by its own noun, not by what its share says: the report's
            # 694 applications is the figure
            return False
        if q.slip in ("another measure's figure", "") and h.family != "share" and (_distinctive(h.mention) and any(
                x.value == h.value and not x.mention.ranged and not other(x) for f in families for x in q.source.sides[f]) or given) \
                and not (q.shared >= STRONG and q.shared >= max(given, default=0.0) + 2 * MARGIN and not beside):
            # an amount the report gives (of three digits, or with words in common) is that
            # figure, not a slip, unless the words name another figure far more plainly ('27
            # emergency prohibition notices': the report's 3 of those, its 27 improvement notices)
            return False
        if q.slip in ("another measure's figure", ""):
            alike = [r for r in got if r.x.value == h.value and r.per == 1 and not r.complement
                     and r.x.family == h.family and r.verdict != "inconsistent"]
            same = max((r.shared for r in alike), default=None)
            if q.shared < ANOTHER_WORDS or same is not None and q.shared < same + WORDS_AHEAD \
                    and not (len(alike) == 1 and self.names_apart(h, q, alike[0])):
                return False
        if q.slip == "complement quoted" and _bare_base(self.a, h):
            return False  # a base's polarity is the figure's it is said beside, which its clause does not show
        # the report gives the article's very value read the other way round ('The remaining
        # 28.6 per cent ... left unable to swim' for 'only 28.6 per cent could swim')
        other_way = any(r.flipped and r.x.value == h.value and r.per == 1
                        and r.shared >= (ECHO_WORDS if _distinctive(h.mention) else SLIP_WORDS) for r in got)
        # (a share of three digits that is exactly the rest of one its words name is no coincidence:
        # 'just 41.3 per cent had the urine test' of the table's 'Urine albumin | 58.7')
        # (a loose 'some' adds nothing to a figure given to the tenth: 'Some 64.1 per cent')
        exact = _digits(h.mention) >= 3 and h.mention.hedge in ("exact", "about") and q.x.mention.hedge == "exact" \
            and h.value + q.x.value == HUNDRED and q.shared >= SLIP_WORDS
        if q.slip == "complement quoted" and not q.flipped and q.shared < COMPLEMENT_WORDS and not other_way and not exact \
                and not (h.outside is not None and h.outside == q.x.outside and q.shared >= SLIP_WORDS):
            # unless both say the same side of one limit ('waiting more than six weeks',
            # '% over 6 weeks'): then the share is plainly the one, and its complement a slip
            return False
        if q.slip in ("another measure's figure", "the figure of another measure in the same sentence", "another row's figure", "") \
                and h.family not in ("share", "points") and not _of_order(q.point, h.value, 10):
            return False  # '£3.7m' is no slip for '£25 per hour', nor 'about £2.6m' for '£21,400 a place'
        if q.slip in _PEN_SLIPS and any(r.x.family == h.family and r.x.value == h.value and r.per == 1 and not r.complement
                                         and r.verdict != "inconsistent" and r.shared >= q.shared / 2 for r in got):
            return False  # '16 per cent' is the table's 16%, read with fewer words, not 61 per cent transposed
        base = re.match(r"\s+(?:per|for every|for each)\s+(\d{1,3}(?:,\d{3})+|100|1000|10000)\b", q.source.analysis.text[q.x.mention.end:q.x.mention.end + 30])
        if base and abs(h.value * int(base.group(1).replace(",", "")) - q.x.value) <= abs(q.x.value) / 10:
            return False  # '36p for each page scanned' of 'about £362 per 1,000 page images': the same rate, per page
        if q.slip == "complement quoted" and q.flipped and _SIDE_OF_LIMIT.search(q.source.analysis.clause_text(q.x.mention)):
            # a side of a limit the report names ('remain above the volume ambition') is no
            # polarity a negation of the article's can be read against ('still miss target')
            return False
        if q.slip == "complement quoted" and q.flipped and not self.measure_said(h, q):
            return False  # 'Ravensholt fared best at 17 per cent' of an 'Unprotected rate' column: the sentence before said it
        return True

    def names_apart(self, h: _Side, q: _Quote, alike: _Quote) -> bool:
        """Whether the article's clause says a telling word of q's clause that the sentence of
        the source figure of its very value does not, while that figure's clause says a telling
        word the article does not: '27.6 per cent of drivers are now women' against 'Women made
        up 11.8% of drivers' and 'Drivers aged 60 or over made up 27.6% of the workforce'."""
        src, sa = q.source, q.source.analysis
        clause = {self.translate(src, w) for w in h.clause} - {""} - _GENERIC
        said = {self.translate(src, w) for w in h.words} - {""}
        theirs = {w for w in q.x.clause & clause if src.rarity(w) >= 0.6} - {_key(w) for w in sa.sentence_words(alike.x.mention)}
        own = {w for w in alike.x.clause - said - q.x.clause - _GENERIC if src.rarity(w) >= 0.6}
        return bool(theirs) and bool(own)

    def measure_said(self, h: _Side, q: _Quote) -> bool:
        """Whether the article's sentence names the measure of a table cell, when the cell
        takes its polarity from its column's header ('Unprotected rate 2025-26'): a sentence
        that names only the row ('Ravensholt fared best at 17 per cent') leans on the one
        before for what it measures, and its polarity is not its own."""
        sa = q.source.analysis
        cell = sa.cell_of.get(q.x.mention.id)
        if cell is None or NEGATION.search(sa.clause_text(q.x.mention)):
            return True
        header = {_key(w) for w in content_words(q.source.row_labels.get((cell[0], 0), "") + " " + sa.column_header(q.x.mention))}
        mine = {self.translate(q.source, w) for w, near in h.words.items() if near >= 0.5}
        return bool(mine & header - _GENERIC)

    @staticmethod
    def against_a_bound(h: _Side, q: _Quote) -> bool:
        """Whether an exact span of time is read against a bound of time in the source ('rose
        by 65 in just twelve months' against 'empty for more than six months'): a bound
        defines whom a count counts, no measurement a span could misquote."""
        xm = q.x.mention
        return h.mention.hedge == "exact" and xm.hedge in ("more than", "less than", "at least", "at most") \
            and xm.kind == "quantity" and xm.unit in ("minute", "hour", "day", "week", "month", "year")

    def named_by_size(self, h: _Side) -> bool:
        """Whether h only names a kind of thing by its size, a figure and its unit joined
        as one word before a noun ('patients faced a four-hour wait', 'a 24-hour service',
        'the 18-week standard'): a threshold or a label, no measurement to misquote."""
        m = h.mention
        return bool(re.fullmatch(r"[\w.,]+-[a-z]+", m.text)) and bool(re.match(r"\s+[a-z]", self.a.text[m.end:m.end + 3])) \
            and h.family.startswith("quantity:")

    def spoken(self, h: _Side) -> bool:
        """Whether h is someone's own figure in their own words: inside a quotation that
        speaks in the first person ('"I'm caring 90 hours a week," she said'; '"In the Moorside
        villages it is 31 weeks. I have a constituent ..."'). What a resident or a councillor
        says of their own is no misquote of the report, though it may not be in it."""
        a, m = self.a, h.mention
        start = a.text.rfind("\n\n", 0, m.start) + 1
        before = a.text[start:m.start]
        opened = before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
        if not opened:
            return False
        quote = before[max(before.rfind("\u201c"), before.rfind('"')) + 1:]
        end = re.search(r'["\u201d]', a.text[m.end:])
        quote += a.text[m.start:m.end + (end.start() if end else 0)]
        # ('Our own members found ...' opens a sentence; 'the US' is no 'us')
        return bool(re.search(r"\b(?:I|I'm|I've|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|us)\b", quote))

    @staticmethod
    def slip_spoken(q: _Quote) -> bool:
        """Whether a figure in a quotation is the report's own with a slip of the pen, its
        words naming the report's figure beyond doubt ('"We ... have spent £38,000 upgrading
        warning signs at 46 bridges"' of the report's £380,000 spent on just that): the
        speaker gives the body's figure, not one of their own."""
        return q.slip in _PEN_SLIPS and q.similarity >= 2 * STRONG

    def wanted(self, h: _Side) -> bool:
        """Whether h is what someone wants or calls for ('wanted 45 per cent of departures to
        be planned moves by 2027/28', 'is calling for 20 more beds'): an aim, no finding of the
        report's to misquote."""
        m = h.mention
        return bool(_WANTED.search(self.a.text, max(0, (m.get("hedge_start") or m.start) - 40), m.get("hedge_start") or m.start))

    def age_bound(self, h: _Side) -> bool:
        """Whether h is an age set as a modifier ('test purchases using under-18 volunteers'):
        whom something is done with, no count of the report's."""
        m = h.mention
        return bool(re.search(r"\b(?:under|over|aged)-$", self.a.text[max(0, m.start - 8):m.start], re.I))

    def own_figure(self, h: _Side) -> bool:
        """Whether h is a named person's own figure, in a clause that tells of them ('Tom
        Pennock, 63, who keeps 600 ewes near Upper Dale'): no figure of the report."""
        a, m = self.a, h.mention
        if _WHO_NAMED.search(a.text[max(a.sentence(m).start, m.start - 90):m.get("hedge_start") or m.start]):
            return True
        # (the whole story a sentence tells of a person it opens on, before what they said:
        # 'Kirsty Mahon, 34, who moved into a flat in June ... after 18 months in a hostel, said')
        lead = a.text[a.sentence(m).start:m.start]
        return bool(_PERSON_AGED.match(lead)) and not re.search(r"(?:said|says|told)", lead)

    def advice(self, h: _Side) -> bool:
        """Whether h is in the article's advice to its readers ('Residents whose
        circumstances have changed should contact the council tax team within 21 days'): the
        article's own words, no line of the report (which may give its own deadline, 'asked
        to confirm its circumstances within 28 days')."""
        return bool(_ADVICE.search(self.a.sentence_text(self.a.sentence_of[h.mention.id])))

    def bound_said_again(self, h: _Side, q: _Quote) -> bool:
        """Whether a figure truncated from the source's is written elsewhere in the article
        as the bound it is: a headline's 'record 18 tonnes' beside the story's 'more than 18
        tonnes' of 18.6. The article says what it means once; the short form is no slip."""
        if q.slip != "truncated instead of rounded":
            return False
        m = h.mention
        return any(o.id != m.id and o.value == m.value and o.kind == m.kind and o.unit == m.unit
                   and o.hedge in ("more than", "at least") and (got := self.quotes.get(o.id)) is not None
                   and got.x.mention.id == q.x.mention.id for o in self.a.mentions)

    def own_multiple(self, h: _Side) -> bool:
        """Whether h restates a multiple of an amount the article gives just before it, and
        is that multiple of it: 'the £9.90 charge plus a penalty of five times that amount, or
        £49.50'. The article works it out; it is no line of the report."""
        a, m = self.a, h.mention
        k = a.sentence_of[m.id]
        before = [o for o in a.figures(k) if o.end <= m.start]
        if len(before) < 2 or before[-1].kind != "multiple" or not re.fullmatch(r"[^.;]{0,30}?,?\s+or\s+", a.text[before[-1].end:m.start]):
            return False
        times = before[-1].value
        return any(o.unit == m.unit and o.kind == m.kind and abs(o.value * times - m.value) <= max(m.precision or 0, abs(m.value) / 100)
                   for kk in (k - 1, k) if kk >= 0 for o in a.figures(kk) if o.end <= before[-1].start)

    def added(self, h: _Side, q: _Quote) -> bool:
        """'12 new social work posts' counts what is added, not the report's 142 posts with a
        digit dropped."""
        return q.slip in ("a digit dropped", "a zero dropped") and bool(
            re.match(r"^\s*(?:new|extra|additional|more|further)\b", self.a.after(h.mention, 20), re.I))

    def the_rest(self, h: _Side, q: _Quote) -> bool:
        """'... 94.7 per cent full on average, leaving only 5.3 per cent free': the article
        says it gives the rest, so the complement is what it means, not a slip."""
        return q.slip == "complement quoted" and bool(_REST.search(self.a.before(h.mention, 40)))

    def plain_polarity(self, h: _Side, q: _Quote) -> bool:
        """Whether a complement slip read from polarity rests on a plain reading: the
        article's sentence holds no other negation than the figure's clause ('short of 24.8
        midwives - 11.5 per cent of its posts' is the vacancy rate, though its clause says
        only 'posts')."""
        if q.slip != "complement quoted" or not q.flipped:
            return True
        a = self.a
        s = a.sentences[a.sentence_of[h.mention.id]]
        c0, c1 = a.clause(h.mention)
        rest = a.text[s.start:c0] + " " + a.text[c1:s.end]
        return bool(NEGATION.search(rest) or _SHORT.search(rest)) == h.negated or h.negated

    def misquote(self, h: _Side, got: list[_Quote], taken: frozenset[str] | set[str] = frozenset()) -> _Quote | None:
        """The source figure h misquotes, if its measure singles one out (or the slip is
        exact: points reported as per cent). Source figures in ``taken``, which other
        figures of the article quote exactly, are no rivals ('went up from 341 to 382':
        341 is quoted, so 382 can only be the 372 beside it)."""
        a = self.a
        hm = h.mention
        # 14.7 percentage points reported as 'an improvement of 14.7 per cent'
        # (or the words are few, and the article's sentence quotes the report's passage of the
        # points: 'fell by 7.3 per cent ..., when 34.9 per cent were affected'); of two changes
        # of that size, the one its words name best ('the breach rate fell by the same 3.3 points')
        points = [q for q in got if q.x.family == "points" and h.family == "share" and hm.kind == "percent" and q.x.value == h.value
                  and is_change(a, hm) and (q.shared >= ACCEPT_SAME or self.echoed_near(h, q))]
        if points:
            return replace(max(points, key=lambda q: q.similarity), verdict="inconsistent", slip="percentage points reported as per cent")
        # (when the report gives no change in points beside it: then the article's points are
        # read against those, and the change of the levels is worked, change_of_levels)
        relative = [q for q in got if h.family == "points" and q.x.family == "share" and q.x.mention.kind == "percent" and q.x.change
                    and q.x.value == h.value and q.shared >= ACCEPT_SAME
                    and not any(o.id != q.x.mention.id and o.kind == "points"
                                for k in (q.source.analysis.sentence_of[q.x.mention.id] - 1, q.source.analysis.sentence_of[q.x.mention.id])
                                if k >= 0 for o in q.source.analysis.figures(k))]
        if relative:
            return replace(max(relative, key=lambda q: q.similarity), verdict="inconsistent", slip="per cent change reported as points")
        # a count of the opposite polarity ('130 posts lost', '310 on-call firefighters')
        # is another measure, never a misquote
        # (a count and a decimal are one family here: '48 gigawatt hours' of '48.6 gigawatt hours')
        # (unless it is an amount written a place out, its digits the same: 'Only £74,200 ... for
        # lost earnings' of '£742,000 was paid for loss of earnings' is a slip whatever the
        # polarity its words seem to say)
        same = [q for q in got if (q.x.family == h.family or {q.x.family, h.family} == {"count", "decimal"})
                and not (q.flipped and h.family != "share" and q.x.value not in _places_out(h))]
        if not same:
            return None
        # (the words single out the figure; a name of two words said together in both counts
        # for more, _Finder.phrased)
        said: dict[int, float] = {}

        def sim(q: _Quote) -> float:
            got = said.get(id(q))
            if got is None:
                got = said[id(q)] = self.phrased(h, q)
            return got

        free = [q for q in same if q.x.mention.id not in taken]
        best = max(free or same, key=lambda q: q.similarity)

        def far_from(r: _Quote) -> bool:
            """Whether a share in words is far outside what its words allow of r's point
            (below), and no share fitting it is named nearly as well."""
            # (not a multiple: 'half as many again as the year before')
            return h.family == "share" and not h.change and not any(ch.isdigit() for ch in hm.text) \
                and not re.match(r"\s+as\s+(?:many|much|large|big|high|long)\b", a.after(hm, 20)) \
                and r.per == 1 and not r.complement and not r.flipped and _far_outside(h.interval, r.point) \
                and h.interval.distance(HUNDRED - r.point) >= 4 \
                and not any(q.verdict != "inconsistent" and q.shared >= max(SLIP_WORDS, r.shared - MARGIN) for q in same)

        # (a share the article quotes rightly elsewhere is no rival but may be the one meant:
        # 'fewer than a fifth of our disadvantaged pupils', said by a councillor, and 'only one
        # in three disadvantaged pupils' of the report's 19.4 per cent)
        named = max(same, key=sim)
        if named.x.mention.id in taken and named.verdict == "inconsistent" and sim(named) >= ACCEPT and far_from(named) \
                and all(sim(named) - sim(q) >= MARGIN for q in same if q.point != named.point and q.x.mention.id not in taken):
            return replace(named, slip=self.slip(h, named, same))
        # a slip that ties h's value exactly to a source figure of its measure (87.9 quoted
        # as unrecorded, 87.9 cut to 87, 2,315 as 2,135, a month's figure as a week's) is
        # evidence in itself: some shared words suffice, if no other figure fits better
        slipped: dict[Fraction, tuple[int, _Quote]] = {}
        # (or an amount of money written with five digits or more: '£512,000' for £612,000)
        long = (_digits(hm) >= 5 or hm.kind == "money" and len(_written(hm)) >= 5 and _digits(hm) >= 2) \
            and any(ch.isdigit() for ch in hm.text) and hm.hedge == "exact"
        # (a figure of another order is no rival of a slip: '41 pedestrian claims' named better
        # does not make '1,247 claims' any less the 1,274 transposed)
        ordered = [q for q in free or same if h.family in ("share", "points") or _of_order(q.point, h.value)]
        # (a name said together lifts a figure past its rivals, never a rival past it)
        top = max((q.similarity for q in ordered), default=best.similarity)
        # 'Another £120,000 is proposed', after '£150,000 last year': an amount the article
        # says is another than one it quotes is no slip of that one
        another = _ANOTHER.search(a.text, max(0, (hm.get("hedge_start") or hm.start) - 20), hm.get("hedge_start") or hm.start)
        # (a loose 'some' before three digits or more copies them as they are, for a slip of the
        # pen: 'Some 2,460 people' of the report's 2,406)
        some = hm.hedge == "about" and _digits(hm) >= 3 and any(ch.isdigit() for ch in hm.text) \
            and re.match(r"some\b", a.text[hm.get("hedge_start") or hm.start:hm.start], re.I) is not None
        as_written = replace(h, mention=replace(hm, hedge="exact")) if some else h
        for q in same:
            # (five digits or more, swapped or one miscopied, need no words beyond a few:
            # 'Lettings brought in £267,640' is the £287,640 of total lettings income, however
            # well 'Commercial lettings brought in £148,900' shares its words)
            penned = long and q.shared >= SLIP_WORDS and (transposed(q.point, h.value, hm.precision) or _one_digit(hm, q.x.mention))
            if q.verdict != "inconsistent" or sim(q) < top - MARGIN and not penned or another and q.x.mention.id in taken:
                continue
            if q.shared < SLIP_WORDS:
                # five digits or more, swapped or one miscopied (189,650 for 198,650), are
                # no coincidence: a word in common is enough
                if long and q.shared >= ECHO_WORDS and (transposed(q.point, h.value, hm.precision) or _one_digit(hm, q.x.mention)):
                    slip = "digits transposed" if transposed(q.point, h.value, hm.precision) else "a digit miscopied"
                    slipped[q.point] = (2, replace(q, slip=slip))
                continue
            slip = self.slip(as_written, q, same)
            if slip not in _PEN_SLIPS | {""} and some:
                slip = self.slip(h, q, same)
            # four digits or more with one miscopied (4,257 for 4,267), when the words name the
            # figure too
            # (or the hedge copied with it: 'an estimated 12,370 people' of 'an estimated 12,870')
            if not slip and (long or _digits(hm) >= 4 and (some or hm.hedge in ("exact", q.x.mention.hedge))) and _one_digit(hm, q.x.mention):
                slip = "a digit miscopied"
            if not slip and _digits(hm) == 3 and hm.hedge == "exact" and _amount(h.family) and q.similarity >= max(ACCEPT, top) \
                    and _one_digit(hm, q.x.mention) and _digits(q.x.mention) == 3:
                # three digits with one miscopied (788 children for 738), when the words name
                # that figure best of all
                slip = "a digit miscopied"
            if slip and slip != "another measure's figure":
                strength = self.strength(h, q, slip)
                had, was = slipped.get(q.point, (0, q))
                # of two readings of one point, the one read the same way round ('79.5%
                # owed a duty', not the 20.5% given advice read as its complement)
                if strength > had or strength == had and was.flipped and not q.flipped:
                    slipped[q.point] = (strength, replace(q, slip=slip))
        if slipped:
            top = max(st for st, _ in slipped.values())
            ties = [q for st, q in slipped.values() if st == top]
            if len(ties) == 1:
                return ties[0]
            # (of two slips as likely, the one the words name plainly better: '£35,000' is the
            # £25,000 grant, not the £30,000 asked for next year)
            ties.sort(key=sim, reverse=True)
            if sim(ties[0]) - sim(ties[1]) >= MARGIN:
                return ties[0]
        # with no slip to tell it, a count meant is of h's order (57 for 47, not 5,470 for
        # 17; shares all are), and an earlier level is no rival of a figure the article gives as now ('took
        # 7,150 calls' against a table row's 5,960 last year and 6,380 this year)
        now = not (_PAST_BASE.search(a.before(hm, 25)) or _EARLIER.search(a.clause_text(hm)))
        pool = [q for q in free or same if (h.family in ("share", "points") or _of_order(q.point, h.value))
                and not (now and _earlier_level(q.source, q.x.mention))]
        if pool:
            free, best = pool, max(pool, key=lambda q: q.similarity)
        if best.verdict != "inconsistent":
            return None  # (the figure its words name best is the article's value: a name said together overrides no quotation)
        best = max(free, key=sim) if pool else best
        if best.verdict != "inconsistent":
            return None
        # (a rival that plainly counts something else is none: '1,680 volunteers' is not the
        # '3,214' of a table whose text says '3,214 trees')
        others = {x.value for q in free for x in (q.x,) if _counts_other(h, x)}
        rivals = [q.similarity for q in free if q is not best and q.point != best.point
                  and not (q.x.value in others and not q.x.counted and best.x.counted)]
        # (a share said beside a count it quotes from the report's sentence that gives the
        # share is singled out by that, however few its words: '412 of them had waited more
        # than a year - one in four of those on the list' against '412 had waited more than 52
        # weeks (17.8%)')
        beside = not h.change and sim(best) >= ACCEPT and self.beside_its_count(h, best) and self.count_beside(h, best)
        # (however few its words, when that count is distinctive: 'Some 34 per cent of community
        # resolutions, 1,318 in all' against '1,318 (34.8 per cent) were given to young people')
        tied = [q for q in same if not h.change and q.verdict == "inconsistent" and q.shared >= ECHO_WORDS
                and self.beside_its_count(h, q) and self.count_beside(h, q, distinctive=True)]
        pinned = len({q.point for q in tied}) == 1
        if pinned:
            best, beside = max(tied, key=sim), True
        if rivals and sim(best) - max(rivals) < MARGIN and not beside:
            return None  # the words do not single out one source figure
        if any(q.x.value == h.value and q.verdict != "inconsistent" for q in free) and rivals and best.similarity - max(rivals) < MARGIN:
            return None  # (a name said together does not outweigh the report's giving the article's very value)
        slip = self.slip(h, best, same)
        # a count or amount written exactly ('took 7,150 calls', 'made 162 arrests') needs
        # fewer words than a share or a hedged figure: it is no approximation of anything, and
        # of its order only one figure of the report is named so
        # (a share too, unless the article says it is another study's: 'the force's own audit found')
        plain = bool(pool) and (_amount(h.family) or h.family == "share" and not h.change
                                and not _OTHER_STUDY.search(a.sentence_text(a.sentence_of[hm.id]))) and hm.hedge == best.x.mention.hedge == "exact" and any(ch.isdigit() for ch in hm.text) and best.per == 1 \
            and not best.complement and not re.search(r"\d-[a-z]", best.x.mention.text + best.source.analysis.after(best.x.mention, 6))
        # an amount of money is read as a count is, when it has the words to itself: a figure
        # the article quotes elsewhere, named as well, is a rival too ('£35' may be worked from
        # it: half the '£70' beside the '£50' its words share)
        plain = plain or bool(pool) and h.family.startswith("money:") and hm.hedge == best.x.mention.hedge == "exact" \
            and best.per == 1 and not any(q.point != best.point and q.similarity > sim(best) - MARGIN for q in same)
        # a quantity of a unit ('around 1,780 hours', 'in seven years') far from the one figure
        # of that unit its words name: a hedge or a number in words rounds, it does not move a
        # figure by a tenth or more (the unit itself narrows the rivals to few); not a figure
        # set beside another it restates ('41.8 days on average - just under six weeks')
        plain = plain or bool(pool) and h.family.startswith("quantity:") and best.x.family == h.family and best.per == 1 \
            and not best.complement and not h.change and abs(best.point - h.value) > abs(best.point) / 10 \
            and _apposed_count(a, hm, ("quantity",)) is None \
            and not any(q.point != best.point and q.x.family == h.family and q.similarity > sim(best) - MARGIN for q in same)
        # a share in words ('one in five reports coming from firms', 'more than four in five
        # breeders') far outside what its words allow of the one share its words name ('so
        # businesses accounted for 12.5 per cent of reports'): a simple fraction rounds a share,
        # it does not move it by a fifth and four points or more; unless a share the words
        # name nearly as well fits ('one in three disadvantaged pupils' is no '31.6 per cent of
        # boys', named by 'pupils' alone)
        far = bool(pool) and far_from(best)
        # (or the report gives the figure two ways that agree: 'about 24.5 dogs every week' and
        # 1,274 in the year, 24.4 a week, against the article's '27 a week')
        twice = h.period and hm.hedge == "exact" and abs(best.point - h.value) > abs(best.point) / 20 and any(q.x.mention.id != best.x.mention.id and q.per != best.per and q.shared >= SLIP_WORDS
                                 and abs(q.point - best.point) <= abs(best.point) / 50 for q in same)
        if twice and not slip and sim(best) >= ACCEPT:
            return replace(best, slip="the figure for the period worked wrongly")
        if h.change and not slip and (changed := self.one_change(h, same)) is not None:
            return changed  # (a change against the one change of its measure the report states: so named)
        if sim(best) >= STRONG or (sim(best) >= ACCEPT and slip) or plain and sim(best) >= PLAIN_WORDS \
                or sim(best) >= ACCEPT and (far or self.beside_its_count(h, best)):
            return replace(best, slip=slip)
        if pinned:
            return replace(best, slip=slip or "the share of the count beside it misstated")
        return self.one_change(h, same)

    def one_change(self, h: _Side, same: list[_Quote]) -> _Quote | None:
        """A change said with no level of its own ('a record, and 184 more than the year
        before') against the one change of its measure the report states ('an increase of 174
        requests'): a sentence with a change has few words of its own, but a report seldom
        states two changes of one kind and the same words, and a wrong one is of the order of
        the right one. (A change the article works rightly from levels never comes here.)"""
        if not h.change or not (_amount(h.family) or h.family.startswith("money:")):
            return None
        # (or the words are the sentence's, and another figure of it quotes the report's passage
        # of the change: 'climbed from 548 in 2023/24 - ..., or 74 more than the year before'
        # against 'compared with 548 in 2023/24. This is an increase of 64 collisions')
        changes = [q for q in same if q.x.change and q.per == 1 and not q.complement
                   and (q.shared >= ACCEPT or self.echoed_near(h, q))
                   and (not h.direction or not q.x.direction or h.direction == q.x.direction)]
        if not changes:
            return None
        best = max(changes, key=lambda q: q.shared)
        if best.verdict != "inconsistent" or not _of_order(best.point, h.value, 2) \
                or any(q.point != best.point and q.shared > best.shared - MARGIN for q in changes):
            return None
        return replace(best, slip="the change misstated")

    def echoed_near(self, h: _Side, q: _Quote) -> bool:
        """Whether another distinctive figure of h's article sentence quotes exactly a figure
        of q's source sentence or the one before it, in its paragraph."""
        sa = q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        near = {kk for kk in (ks - 1, ks) if kk >= 0 and sa.sentences[kk].paragraph == sa.sentences[ks].paragraph}
        return any(o.id != h.mention.id and _distinctive(o) and (r := self.quotes.get(o.id)) is not None and r.source is q.source
                   and r.verdict == "verified" and r.x.value == o.value and sa.sentence_of[r.x.mention.id] in near
                   for o in self.a.figures(self.a.sentence_of[h.mention.id]))

    def beside_its_count(self, h: _Side, q: _Quote) -> bool:
        """Whether the article's sentence quotes exactly another figure of the source
        sentence that gives q's share: 'Some 1,870 households applied more than once - more
        than one in three' against '1,870 households (26.7 per cent) applied more than once'.
        The share meant is that one, however it is worded."""
        return h.family == "share" and q.per == 1 and not q.complement and not q.flipped and self.echoed(h, q)

    def count_beside(self, h: _Side, q: _Quote, distinctive: bool = False) -> bool:
        """Whether h's article sentence quotes exactly the count the report states q's share
        of ('412 of them ... - one in four' against '412 had waited more than 52 weeks
        (17.8%)'): not any figure of the report's sentence, which may be another group's.
        With ``distinctive``, a count of three digits or more with no turn to another subject
        between it and h ('Some 34 per cent of community resolutions, 1,318 in all', 'A total
        of 232 were refused, or about one in six'; not 'with 158 boys on its books; girls
        account for about one in six', nor past another share: 'surveyed 1,020 passengers and
        found that 81 per cent ..., up from 68 per cent')."""
        sa, xm = q.source.analysis, q.x.mention

        def its_share(c: Mention) -> bool:
            # the first share after the count in its sentence, with no other count or share between
            between = [o for o in sa.figures(sa.sentence_of[c.id]) if c.end <= o.start and o.end <= xm.start]
            return sa.sentence_of[c.id] == sa.sentence_of[xm.id] and c.end <= xm.start \
                and not any(o.kind in ("count", "percent") for o in between)

        return any(o.id != h.mention.id and (r := self.quotes.get(o.id)) is not None and r.source is q.source
                   and r.verdict == "verified" and r.x.mention.kind == "count" and its_share(r.x.mention)
                   and (not distinctive or _distinctive(o) and not _TURN.search(self.a.text, min(o.end, h.mention.end),
                                                                                    max(o.start, h.mention.start))
                        and not any(_family(b) == "share" and min(o.end, h.mention.end) <= b.start < max(o.start, h.mention.start)
                                    for b in self.a.figures(self.a.sentence_of[h.mention.id])))
                   for o in self.a.figures(self.a.sentence_of[h.mention.id]))

    @staticmethod
    def strength(h: _Side, q: _Quote, slip: str) -> int:
        """How surely a slip explains h: digits swapped within a figure written to h's own
        precision (2,315 as 2,135) are surer than after rounding (77.5 read as 78, as 87)."""
        if slip == "digits transposed" and (q.x.mention.precision or 1) != (h.mention.precision or 1):
            return 1
        return 2

    @staticmethod
    def slip(h: _Side, q: _Quote, others: list[_Quote]) -> str:
        """The kind of slip that turns q's figure into h's, if one does: with one, fewer
        shared words are needed to call the figure misquoted."""
        p, v = q.point, h.value
        prec = h.mention.precision
        # (rounded too: '35 per cent' of the rest of 64.9)
        if h.family == "share" and (HUNDRED - p == v or not q.complement and _digits(q.x.mention) >= 3 and h.mention.hedge == "exact"
                                    and h.mention.kind == "percent" and h.interval.contains(HUNDRED - p)):
            return "complement quoted"
        if h.family == "share" and not q.complement and not q.flipped and not any(ch.isdigit() for ch in h.mention.text) \
                and _digits(q.x.mention) >= 3 and h.interval.contains(HUNDRED - p) and not h.interval.contains(p) \
                and h.interval.low is not None and h.interval.high is not None and h.interval.high - h.interval.low <= 15 \
                and any(o.flipped and o.per == 1 and o.x.value == HUNDRED - p and o.x.mention.hedge == "exact" and o.shared < q.shared
                        for o in others):
            # a share in words that is the rest the report states beside the figure its words
            # name ('Just over four in ten ... caught at an early stage' of '58.3 per cent ... at
            # an early stage. The remaining 41.7 per cent were found at stage 3 or 4'); not a
            # bound, which holds of much besides ('fewer than two-thirds'), nor a share whose
            # words name the rest better ('about one in eight customers paying cash' of 'The
            # remaining 12.7% of transactions were paid in cash')
            return "complement quoted"
        # 'about 16 per cent' is no slip of the pen for 16.7, nor 'fourteen' for 41
        exact = h.mention.hedge == "exact" and any(ch.isdigit() for ch in h.mention.text)
        if exact and truncates(p, v, prec):
            return "truncated instead of rounded"
        # digits miscopied keep what came with them: 'up to £420,000' from 'up to £4.2m'
        copied = exact or h.mention.hedge == q.x.mention.hedge and any(ch.isdigit() for ch in h.mention.text)
        if copied and transposed(p, v, prec):
            return "digits transposed"
        if copied and _dropped(h.mention, q.x.mention) and (_digits(h.mention) >= 3 or q.x.mention.kind == "money" or q.shared >= ACCEPT
                                                            and not any(o.point != q.point and o.shared >= q.shared for o in others)):
            # '12 beds' beside a table's 124 needs the words of 124's measure, and of no other
            return "a digit dropped"
        # (two digits at least, or four written: '£3,000' for a maximum of £30,000)
        if copied and q.per == 1 and not q.complement and (_amount(h.family) or h.family.startswith("money:")) \
                and (_digits(h.mention) >= 2 or len(_written(h.mention)) >= 4 and q.shared >= 2 * ACCEPT) and (v * 10 == p or p * 10 == v) and (h.family.startswith("money:") or q.shared >= ACCEPT):
            # (a count needs the words of the measure: 'a school of 1,150 pupils' is no slip
            # for '115 referred to other services')
            # '£214,000' for '£2.14m', '£117,000' for '£11,700': the same digits, a place apart
            return "a zero dropped" if v < p else "a zero added"
        if q.per != 1 and q.x.value == v and (_distinctive(h.mention) or q.shared >= 2 * ACCEPT
                                               or _RATE_SAID.match(q.source.analysis.text, q.x.mention.end)):
            # a month's figure given as a week's ('24 a week' of 'an average of 24 a month'); a
            # small value whose period is only the year it is dated ('about six a week' beside
            # 'six in 2024') needs the words of the measure too
            return "another period's figure"
        if _distinctive(h.mention) and any(o.x.value == v and o.per == 1 and not o.complement for o in others if o is not q):
            return "another measure's figure"
        return ""

    def other_measure(self, h: _Side, q: _Quote) -> _Quote | None:
        """A figure quoted by value from the wrong line of a breakdown: the source gives the
        same value for a subgroup its sentence names ('24.6 percent in secondary schools',
        '- routine repairs ...: 68.4% on time') and the article names no such subgroup,
        while a figure of the same passage (two sentences either way) without that
        qualifier, whose words the article shares at least as well, has another value
        ('17.8 percent of all pupils'). Then the figure is misquoted, against that one."""
        if q.per != 1 or q.complement or q.x.value != h.value:
            return None
        src, sa = q.source, q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        opening = _IN_AN_EARLIER_YEAR.match(sa.text, sa.sentences[ks].start, q.x.mention.start) \
            or _WHEN_YEAR.search(sa.text[sa.sentences[ks].start:q.x.mention.start])
        if _PAST_BASE.search(self.a.before(h.mention, 25)) and (
                _EARLIER.search(sa.sentence_text(ks)) or _BASE_OF.search(sa.before(q.x.mention, 25)) or _THEN_YEAR.match(sa.text, q.x.mention.end)
                or opening and _before_report(opening, sa.text)):
            # 'down from 41.5 per cent' against 'In the previous survey 41.5 per cent', 'This
            # compares with 68.9 per cent in 2024/25', 'In 2024/25 the answer rate was 89.0%':
            # the earlier level, rightly
            return None
        if h.mention.ranged and self.echoed(h, q):
            return None  # 'between 69.3 and 73.5 per cent' against '69.3 per cent to 73.5 per cent': the range, end for end
        if self.whole_said(h) and _WHOLE.search(sa.text[sa.sentences[ks].start:q.x.mention.start]):
            return None  # 'Overall, an estimated 2,946' of 'In total, ... an estimated 2,946': both the whole's
        mine = {self.translate(src, w) for w in h.words} - {""}

        def own(x: _Side) -> set[str]:
            """The words that name x's group: its clause, or its sentence when no other
            figure of its kind shares the sentence (a list item, '- routine repairs ...: 68.4%')."""
            k = sa.sentence_of[x.mention.id]
            if len([o for o in sa.figures(k) if _family(o) == x.family]) > 1:
                return set(x.clause)
            return {_key(w) for w in content_words(sa.sentence_text(k))}

        x_words = own(q.x)
        # the group the source names just before its figure ('In secondary academies the
        # rate was 26.8%', 'highest in Northfield, at 38.2%'), however often the report uses
        # its words, when the article does not name it
        s0 = max(sa.sentences[ks].start, q.x.mention.start - 90)
        named = _GROUP_BEFORE.search(sa.text[s0:q.x.mention.start]) or _GROUP_LEADS.match(sa.text, sa.sentences[ks].start, q.x.mention.start) \
            or _GROUP_OPENS.match(sa.text, sa.sentences[ks].start, q.x.mention.start) \
            or _GROUP_WHERE.search(sa.text, sa.sentences[ks].start, q.x.mention.start)
        # (named in part is named: 'repairs callers' of 'housing repairs callers')
        group = {_key(w) for w in content_words(named.group(1))} - _GENERIC if named else set()
        group = set() if group & mine else group
        best: _Quote | None = None
        # a figure the report ranks among others is a part's, when the article says it is the whole's
        ranked = self.whole_said(h) and bool(_RANKED.search(sa.sentence_text(ks))) \
            and not _RANKED.search(self.a.sentence_text(self.a.sentence_of[h.mention.id]))
        # the figure for the whole is stated apart from the breakdown, in another sentence
        # ('In all, ... 17.8 percent of all pupils.' / 'The rate was ... 24.6 percent in
        # secondary schools.'); two figures of one sentence are two measures said together
        reach = len(sa.sentences) if self.whole_said(h) else 2  # 'across the trust', 'overall'
        passage = [x for x in src.sides.get(q.x.family, ()) if 0 < abs(sa.sentence_of[x.mention.id] - ks) <= reach]
        # a figure another article figure quotes ('71.3 per cent, down from 76.5, compared with
        # 97.1 per cent for those crewed full-time') is that one's, no rival for this one
        taken = self.taken(h)
        counted = {self.translate(src, w) for w in h.counted} - {""} if _counts_other(h, q.x) else set()
        clause = {self.translate(src, w) for w in h.clause} - {""}
        # the proper names of the figure's sentence: capitalised inside it, or its first word
        # when the report never writes that word in lower case ('Coldwater, which saw ...')
        said = sa.sentence_text(ks)
        first = re.match(r"\W*([A-Z][a-z]{2,})\b", said)
        names = {_key(w.lower()) for w in re.findall(r"(?<=[\w,;:)] )[A-Z][a-z]{2,}", said)} | (
            {_key(first.group(1).lower())} if first and not re.search(rf"\b{first.group(1).lower()}\b", sa.text) else set())
        lead_in = self.lead_in(h, q, passage, taken) if ranked and group else frozenset()
        for r in (self.read(h, src, x) for x in passage if x.mention.id not in taken):
            if r is None:
                continue
            if r.x.family != q.x.family or r.point == q.point or r.flipped or r.verdict != "inconsistent" or r.per != 1 or r.complement:
                continue
            if not any(ch.isdigit() for ch in r.x.mention.text) or not q.x.value / 10 <= r.x.value <= q.x.value * 10:
                continue  # 'three' bursaries is no whole for 2,860 students
            ro = _OPENS_IN_YEAR.match(sa.sentence_text(sa.sentence_of[r.x.mention.id]))
            if (ro and int(ro.group(1)) < _report_year(sa.text) or _earlier_level(src, r.x.mention)) \
                    and not _earlier_level(src, q.x.mention):
                continue  # 'In 2024/25 the panel ... quashed 4 decisions' is the year before's, no other measure of now
            r_words = own(r.x)
            if h.counted and _share_a_word(h.counted, q.x.counted) and _counts_differ(h.counted, r.x.counted):
                continue  # 'The 46 lifeguards dealt with ... incidents': it counts what the report's 46 counts, not the 212 incidents
            if counted and r.shared > q.shared and _share_a_word(counted, r_words | r.x.counted) \
                    and not _share_a_word(counted, x_words | q.x.counted):
                # the article counts what the other figure counts, and the report's figure of
                # its value counts something else ('731 new graves' against '731 burials' and
                # 'the 412 burials in new graves')
                if best is None or r.shared > best.shared:
                    best = r
                continue
            # (the report names a place or group for its figure that the article does not say,
            # and not for the other: 'In Caldbeck district, women make up 41.8 per cent',
            # 'weakest in the rural north ..., where only 71.6 per cent': the other is the whole's
            # if the article's words reach it at all)
            # (when the article says it gives the whole, and the report ranks a place it names
            # for its figure, the figure said just before in the paragraph is the whole's, in
            # whatever words: 'These long delays made up 8.0 per cent of all arrivals. The
            # position was worst at the Royal Wessmoor Infirmary, where 11.3 per cent ...')
            grouped = bool(group - r_words) and (r.shared >= ACCEPT or r.x.mention.id in lead_in)
            if len(clause & r_words) < len(clause & x_words) and not grouped:
                continue  # the figure's own clause says the quoted figure's words, not the other's
            if {w for w in x_words & r_words - mine if src.rarity(w) >= 0.6} and not grouped:
                continue  # the other figure is of the same subgroup ('more than a quarter ... secondary schools')
            if (x_words - r_words) & mine & names:
                continue  # the article names the figure's own place or body ('The worst figures came from Coldwater')
            qualifiers = {w for w in x_words - r_words - mine - _GENERIC if src.rarity(w) >= 0.6} | (group - r_words)
            if ranked and not _RANKED.search(sa.sentence_text(sa.sentence_of[r.x.mention.id])):
                qualifiers.add("#ranked")  # 'Northgate recorded the fastest growth, ... up 17.2%': one part's
            theirs = {w for w in r_words - x_words - mine if src.rarity(w) >= 0.6 and w not in _GENERIC}
            # (a part the report ranks needs only words enough for the whole's figure)
            if not qualifiers or len(theirs) >= len(qualifiers) or r.shared <= q.shared and not grouped and not (
                    "#ranked" in qualifiers and r.shared >= SLIP_WORDS):
                continue
            if best is None or r.shared > best.shared:
                best = r
        if best is None:
            return None
        # a group the report names for its figure, and the article not, is a subgroup's figure
        part = group - own(best.x) or ranked and not _RANKED.search(sa.sentence_text(sa.sentence_of[best.x.mention.id]))
        return replace(best, slip="a subgroup's figure given as the whole" if part else "another measure's figure")

    def lead_in(self, h: _Side, q: _Quote, passage: list[_Side], taken: set[str]) -> frozenset[str]:
        """The one figure of q's kind the report's paragraph gives in the sentence or two before
        q's, of no earlier year and no group of its own: where a report ranks a part after the
        whole ('These long delays made up 8.0 per cent of all arrivals ... The position was
        worst at the Royal Wessmoor Infirmary, where 11.3 per cent ...'), the whole's figure."""
        src, sa = q.source, q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        near = [x for x in passage if x.mention.id not in taken and x.change == q.x.change and not x.target
                and ks - 2 <= sa.sentence_of[x.mention.id] < ks and sa.sentences[sa.sentence_of[x.mention.id]].paragraph == sa.sentences[ks].paragraph
                and x.mention.id not in sa.cell_of and not _earlier_level(src, x.mention) and not _BASE_OF.search(sa.before(x.mention, 25))
                and not _RANKED.search(sa.sentence_text(sa.sentence_of[x.mention.id]))
                and not _GROUP_BEFORE.search(sa.text[max(sa.sentences[sa.sentence_of[x.mention.id]].start, x.mention.start - 90):x.mention.start])]
        return frozenset({near[0].mention.id}) if len(near) == 1 else frozenset()

    @staticmethod
    def steps(a: Analysis, m: Mention, span: tuple[int, int] | None = None) -> frozenset[str]:
        """The steps (_STEPS) a figure's own words name: its clause, from the figure before it
        to the figure after it in its sentence ('a total of 1,486 appeals were lodged':
        received; 'Of these, 41 resulted in a conviction': convicted)."""
        start, end = span or a.clause(m)
        for o in a.figures(a.sentence_of[m.id]):
            if o.end <= m.start:
                start = max(start, o.end)
            elif o.start >= m.end:
                end = min(end, o.start)
        text = a.text[start:end]
        return frozenset(step for step, said in _STEPS.items() if said.search(text))

    def step_named(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A count quoted by value from another step of the same cases: 'The council made 33
        new orders' against 'the council made 41 new provisional orders ... Of the new orders,
        33 had been confirmed'; 'completed 627 investigations' against 'received 627
        referrals' and 'completed 488 investigations'. The article's words name one step
        (received, heard, approved, convicted ...), the report's figure of its value another
        and not that one; a figure of the report whose own words name the article's step is
        the figure meant, when there is one such, and the words name it as well as the other:
        misquoted against it."""
        hm, sa = h.mention, q.source.analysis
        if q.per != 1 or q.complement or q.x.value != h.value or h.family == "share" or not _amount(h.family) and not h.family.startswith("money:"):
            return None
        mine = self.steps(self.a, hm)
        theirs = self.steps(sa, q.x.mention)
        if not mine or not theirs or mine & theirs or mine & self.steps(sa, q.x.mention, (
                sa.sentences[sa.sentence_of[q.x.mention.id]].start, sa.sentences[sa.sentence_of[q.x.mention.id]].end)):
            return None
        taken = self.taken(h)
        rivals = [r for r in got if r.x.family == q.x.family and r.x.value != h.value and r.verdict == "inconsistent" and not r.flipped
                  and r.per == 1 and not r.complement and r.x.mention.id not in taken and not r.x.target and not r.x.change
                  and _of_order(r.point, h.value) and r.shared >= q.shared - MARGIN
                  and (said := self.steps(sa, r.x.mention)) & mine and not said & theirs]
        if len({r.point for r in rivals}) != 1:
            return None
        best = max(rivals, key=lambda r: r.shared)
        return replace(best, slip=f"the figure {min(theirs)} given as the figure {min(mine)}")

    def subgroup_row(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A table row's figure given for the whole: 'across the trust, 36.2 per cent'
        against a table whose 'Kestonbridge General' row gives 36.2 and whose 'Trust total'
        row gives 34.7. The article says it speaks of the whole (:meth:`whole_named`) and
        names nothing of the row it took (:meth:`row_named`); the figure is misquoted against
        the total row of the same column."""
        src, sa = q.source, q.source.analysis
        cell = sa.cell_of.get(q.x.mention.id)
        turned = False
        if cell is None and q.per == 1 and not q.complement:
            # the report's text gives the row's figure, naming the row before it ('In Town
            # Centre ward, 14.8% of transects were below standard'): the row's cell of that
            # value is the figure taken
            ks = sa.sentence_of[q.x.mention.id]
            lead = {_key(stem(w)) for w in re.findall(r"[^\W\d_]+", sa.text[sa.sentences[ks].start:q.x.mention.start])}
            # (its polarity is the text's: a column headed '% 2025/26' says nothing of 'below
            # standard', which the sentence does)
            # (by the words that tell the row from the others: not 'zone' of every 'X zone')
            def telling(c: tuple[int, int, int]) -> frozenset[str]:
                rows = [ks_ for (t, r), ks_ in src.label_keys.items() if t == c[0] and r > 0]
                common = frozenset.intersection(*rows) if rows else frozenset()
                return src.label_keys.get(c[:2], frozenset()) - common - src.label_keys.get((c[0], 0), frozenset()) - _GENERIC

            twin = next((r for r in got if r.x.value == q.x.value and r.per == 1 and r.x.family == q.x.family
                         and (c := sa.cell_of.get(r.x.mention.id)) is not None and c[1] > 0 and telling(c) and telling(c) <= lead), None)
            if twin is not None:
                turned = twin.flipped != q.flipped
                q, cell = self.unturned(h, twin) if turned else twin, sa.cell_of.get(twin.x.mention.id)
        if cell is None or q.per != 1 or q.complement or not self.copied(h, q):
            return None
        if h.mention.hedge != "exact" and not _distinctive(h.mention):
            return None  # 'about seven sessions each' is no copy of a table's 7 groups
        table, row, col = cell
        label = src.row_labels.get((table, row), "")
        if _TOTAL_ROW.search(label):
            return None
        if re.fullmatch(r"\s*(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\s*)+", label):
            return None  # a row a year ('2023/24'): another period, not a part of the whole (past_level's)
        rows = self.rows_of(h, src, table, row)
        if self.row_named(h, src, rows):
            return None
        whole = self.whole_named(h, rows)
        # the total row's cell of the column, read if the value did not bring it ('-7.4%' is
        # far from the article's 16.5)
        labels, seen = src.row_labels, {r.x.mention.id for r in got}
        totals = [x for x in src.sides.get(q.x.family, ()) if x.mention.id not in seen and (c := sa.cell_of.get(x.mention.id))
                  and c[0] == table and c[2] == col and c[1] != row and _TOTAL_ROW.search(labels.get((table, c[1]), ""))]
        for r in [*got, *(r for r in (self.read(h, src, x) for x in totals) if r is not None)]:
            if turned and r.flipped:
                r = self.unturned(h, r)
            c = sa.cell_of.get(r.x.mention.id)
            if c is not None and c[0] == table and c[2] == col and c[1] != row and _TOTAL_ROW.search(labels.get((table, c[1]), "")) \
                    and r.verdict == "inconsistent" and r.flipped == q.flipped and r.per == 1 and not r.complement \
                    and (whole or self.beside_the_whole(h, r)):
                return replace(r, slip="a subgroup's figure given as the whole")
        return None

    def unturned(self, h: _Side, q: _Quote) -> _Quote:
        """q read the same way round as h: its figure itself, not its complement."""
        return replace(q, complement=False, flipped=False, point=q.x.value, verdict=self.verdict(h, q.x, False, q.per))

    def row_named(self, h: _Side, src: Source, rows: _Rows) -> bool:
        """Whether the article names the table row its figure comes from: by a word that
        tells it from the others ('at Kestonbridge General, 36.2 per cent'; 'social care'
        names neither 'Care homes' nor 'Domiciliary care'), by its months ('between July and
        September' of a 'Jul-Sep' row), by the number it is labelled with ('the maximum
        rating of five' of the '5' row) or with its column's header ('Band A households' of
        the 'A' row under 'Band')."""
        a = self.a
        sentence = a.sentence_text(a.sentence_of[h.mention.id])
        # (named outside the figure's own clause, which says it is the whole's, is not: 'Town
        # centre flats remain the problem: the report puts the rate at 21.9 per cent across the borough')
        elsewhere = bool(_WHOLE_PLACE.search(a.clause_text(h.mention))) \
            and not (rows.own - rows.common or rows.own) & ({self.translate(src, w) for w in h.clause} - {""})
        # (a stem cut short names the row too: 'Dropping litter' of 'Littering')
        if _share_a_word(rows.own - rows.common or rows.own, rows.mine) and not rows.every and not elsewhere:
            return True
        if _months(rows.label) & _months(sentence):
            return True
        number = re.match(r"\s*(\d{1,2})\b", rows.label)
        if number and re.search(rf"\b(?:{number.group(1)}|{_NUMBER_WORD.get(int(number.group(1)), 'x^')})\b", sentence, re.I):
            return True
        label, head = rows.label.strip(), rows.head.strip()
        if label and head and re.search(rf"\b{re.escape(head)}\s+{re.escape(label)}\b", sentence, re.I):
            return True
        # (or by the other level of its change, quoted from the row's other year: 'took 47
        # people to court, up from 39' of a 'Prosecutions | 39 | 47' row, 'court' named nowhere)
        from ._rules_changes import _from_to

        sa = src.analysis
        row_values = {m.value for m in sa.mentions if (sa.cell_of.get(m.id) or ())[:2] == (rows.table, rows.row)}
        k = a.sentence_of[h.mention.id]
        for o, n, _w in _from_to(a, k):
            other = n if o.id == h.mention.id else o if n.id == h.mention.id else None
            oq = self.quotes.get(other.id) if other is not None else None
            if oq is not None and oq.source is src and oq.verdict == "verified" and oq.x.value in row_values - {h.value}:
                return True
        # (a sentence that quotes another row of the table beside it, and does not say it
        # speaks of the whole, lists rows: '112 on A roads, ... 66 on B roads and 76 on smaller lanes')
        return not self.whole_said(h) and any(
            o.id != h.mention.id and (oq := self.quotes.get(o.id)) is not None and oq.source is src
            and (oc := sa.cell_of.get(oq.x.mention.id)) is not None and oc[0] == rows.table and oc[1] != rows.row and oc[1] > 0
            and not _TOTAL_ROW.search(src.row_labels.get((rows.table, oc[1]), "")) for o in a.figures(a.sentence_of[h.mention.id]))

    def rows_of(self, h: _Side, src: Source, table: int, row: int) -> _Rows:
        """The rows of ``table`` as h's article can name them (see :class:`_Rows`)."""
        labels = src.row_labels
        own = src.label_keys.get((table, row), frozenset())
        rows = [(r, frozenset({_key(w) for w in content_words(re.sub(r"\([^)]*\)", " ", text))} - {""}))
                for (t, r), text in labels.items() if t == table and r > 0 and not _TOTAL_ROW.search(text)]
        keys = [ws for _r, ws in rows]
        # (the word of the labels' column header names no one row: 'Independent operators'
        # under 'Operator' is named by its 'independent')
        common = frozenset(frozenset.intersection(*keys) if keys else ()) | src.label_keys.get((table, 0), frozenset())
        # (the report's own name, said in full, names the whole: 'Ravensmoor Hospitals NHS
        # Foundation Trust' of a report so headed is not its 'Ravensmoor General Hospital' row)
        masthead = self.masthead_said(h, src, own)
        mine = frozenset({self.translate(src, w) for w in h.words} - {""} - masthead)
        # (and the row the sentences before name, when each since points back to it: 'Marlow
        # Cross was by far the worst performer. It lost ... The hospital accounted for half of
        # all waits, with 7,215 patients held')
        a = self.a
        k = a.sentence_of[h.mention.id]
        for _ in range(3):
            opening = re.match(r"\W*(?:(it|its|they|their|there|this|these|here)\b|the\s+([^\W\d_]+))", a.sentence_text(k), re.I)
            if k == 0 or opening is None or a.sentences[k - 1].paragraph != a.sentences[k].paragraph \
                    or opening.group(2) and _key(stem(opening.group(2).lower())) not in common:
                break
            k -= 1
            mine |= {self.translate(src, _key(w)) for w in content_words(a.sentence_text(k))} - {""} - masthead
        # (naming every row together, in a stretch of the sentence with no figure, names the
        # whole: 'owns 486 huts across Westcliff, Sandy Gap and Harbour Beach, and 214 of them are let')
        # (a list in the sentence before, when this one names the row again, does not: 'The
        # four suites, at Brackley Street, Wentmouth, ... Brackley Street alone dealt with 12,517')
        again = (own - common) & {self.translate(src, _key(w)) for w in self.a.sentence_words(h.mention)}
        # (a word of the row's own label, brackets and all, names no other row: 'Full searches,
        # combining the LLC1 and CON29' of a 'Full search (LLC1 + CON29)' row lists no 'LLC1 only' row)
        every = len(keys) >= 2 and self.rows_listed(h, [set(ws - common - (own if r != row else frozenset())) for r, ws in rows],
                                                    before=not again)
        return _Rows(table, row, labels.get((table, row), ""), labels.get((table, 0), ""), tuple(keys), common, own, mine, every)

    def whole_named(self, h: _Side, rows: _Rows) -> bool:
        """Whether the article speaks of the whole of the table its figure's row is part
        of: it says so ('across the trust'), it names every row together, or it names no row
        of the table near its figure ('Crews were called to 162 house fires over the twelve
        months', against a table of districts whose 'Kingsbridge City' row gives 162). Not
        when it ranks its figure among others ('The picture was worst in A&E, where only 97
        of 214 requests were met')."""
        a = self.a
        if self.whole_said(h):
            return True
        hk = a.sentence_of[h.mention.id]
        # (rows told apart by words only: 'Under 18', '65 and over' are named by figures)
        return rows.every or len(rows.keys) >= 2 and all(ws - rows.common for ws in rows.keys) \
            and not any((ws - rows.common) & rows.mine for ws in rows.keys) and not _RANKED.search(a.sentence_text(hk))

    def subgroup_said(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A table row's figure the report gives in its text, given for the whole: 'Across
        the borough complaints rose by 25.2 per cent' against 'Harbourside ward alone ...
        complaints there rose by 25.2 per cent', where the report's table has a Harbourside
        row (512 to 641) and a Total row (1,213 to 1,486). The report's sentence names the
        row before its figure; the article names no row of the table; the total row's cells
        in the columns the row's figure is worked from give the whole's figure, 22.5, and
        the report states it ('This is an increase of 273 complaints, or 22.5 per cent'):
        the figure is misquoted against that."""
        src, sa = q.source, q.source.analysis
        xm = q.x.mention
        # (a hedge is a copy too of a figure written to three digits: 'almost 30 per cent' of 29.9)
        if q.per != 1 or q.complement or xm.id in sa.cell_of or not (self.copied(h, q) or q.verdict == "rounded" and _digits(xm) >= 3):
            return None
        a = self.a
        hk = a.sentence_of[h.mention.id]
        if _RANKED.search(a.sentence_text(hk)):
            return None  # 'the fastest growth, 72 per cent': a part's, said as one
        ks = sa.sentence_of[xm.id]
        lead = sa.text[sa.sentences[ks].start:xm.start]
        mine = {self.translate(src, _key(w)) for w in a.sentence_words(h.mention)} - {""}
        for table, row, whole in self.row_wholes(src, q):
            keys = src.label_keys.get((table, row), frozenset())
            rows = [ks_ for (t, r), ks_ in src.label_keys.items() if t == table and r > 0
                    and not _TOTAL_ROW.search(src.row_labels.get((t, r), ""))]
            common = frozenset.intersection(*rows) | src.label_keys.get((table, 0), frozenset())
            if any((ws - common - _GENERIC) & mine for ws in rows):
                continue  # the article names a row of the table
            own = keys - common - _GENERIC
            said = [w for w in re.finditer(r"[^\W\d_]+", lead) if _key(stem(w.group())) in own]
            if not said:
                continue  # the report's sentence does not name the row before its figure
            between = [o for o in sa.figures(ks) if said[-1].end() <= o.start - sa.sentences[ks].start and o.end <= xm.start
                       and _family(o) == q.x.family]
            if between and not re.search(r"\b(?:there|where|its|their)\b", sa.before(xm, 40)):
                continue  # the row named for another figure of the sentence
            for x in src.sides.get(q.x.family, ()):
                if x.mention.id == xm.id or x.change != q.x.change or abs(x.value - whole) > (x.mention.precision or Fraction(1)) / 2:
                    continue
                c = sa.cell_of.get(x.mention.id)
                if c is not None and c[0] == table and not _TOTAL_ROW.search(src.row_labels.get(c[:2], "")):
                    continue
                r = self.read(h, src, x)
                if r is not None and r.verdict == "inconsistent" and r.per == 1 and not r.complement and not r.flipped:
                    return replace(r, slip="a subgroup's figure given as the whole")
        return None

    @staticmethod
    def row_wholes(src: Source, q: _Quote) -> Iterator[tuple[int, int, Fraction]]:
        """The table rows whose cells give q's source figure, each with the total row's figure
        worked the same way: a change in per cent from two columns ((641 / 512 - 1) x 100 =
        25.2 of the Harbourside row; 22.5 of the Total row) or a change in a count (their
        difference). (A level a sentence gives for a row was tried too: the report's 'Kelby
        ward had 666' names its row for more than that figure, and it raised ten false alarms.)"""
        sa = src.analysis
        cells: dict[tuple[int, int], dict[int, Fraction]] = {}
        for mid, (t, r, c) in sa.cell_of.items():
            m = sa.by_id[mid]
            if m.kind in ("count", "money", "percent", "decimal", "quantity") and m.value is not None:
                cells.setdefault((t, r), {})[c] = Fraction(m.value)
        xm, value = q.x.mention, q.x.value
        for (t, r), row in cells.items():
            if r == 0 or _TOTAL_ROW.search(src.row_labels.get((t, r), "")):
                continue
            totals = [cells[(t, rr)] for (tt, rr) in cells if tt == t and _TOTAL_ROW.search(src.row_labels.get((t, rr), ""))]
            if len(totals) != 1:
                continue
            total = totals[0]
            cols = sorted(c for c in row if c in total)
            for c1, c2 in ((c1, c2) for i, c1 in enumerate(cols) for c2 in cols[i + 1:]):
                o, n, to, tn = row[c1], row[c2], total[c1], total[c2]
                if not (o > 0 and to > 0):
                    continue
                if q.x.change and xm.kind == "percent":
                    worked, whole = abs(n / o - 1) * HUNDRED, abs(tn / to - 1) * HUNDRED
                elif q.x.change and xm.kind in ("count", "money"):
                    worked, whole = abs(n - o), abs(tn - to)
                else:
                    continue
                if abs(worked - value) <= (xm.precision or Fraction(1)) / 2 and abs(whole - value) > (xm.precision or Fraction(1)) / 2:
                    yield t, r, whole

    def masthead_said(self, h: _Side, src: Source, row: frozenset[str]) -> set[str]:
        """The keys of the words of h's sentence that name the report's author as its heading
        does: two or more words in a row, the first capitalised, each beside the next in the
        heading too ('at Ravensmoor Hospitals NHS Foundation Trust', 'in Harwell district' of
        'HARWELL DISTRICT COUNCIL'; not 'Ashcombe schools' of 'ASHCOMBE AND DELLSIDE ... School
        Nursing Service'), and not only the row's own name ('Brackenridge Academy')."""
        a = self.a
        k = a.sentence_of[h.mention.id]
        # (and of the sentence before, whose words h's are too: 'Inspectors from the Thornbury
        # Vale Community Safety Partnership visited 271 ... They found 92.1 per cent ...')
        s0, s1 = a.sentences[max(0, k - 1)].start, a.sentences[k].end
        said: set[str] = set()
        run: list[str] = []
        for w in [*re.findall(r"[^\W\d_]+", a.text[s0:s1]), ""]:
            key = _key(stem(w)) if w and w.lower() not in STOPWORDS else ""
            if key and (run and (run[-1], key) in src.masthead_pairs or not run and w[:1].isupper() and key in src.masthead_keys):
                run.append(key)
                continue
            if len(run) >= 2 and not set(run) <= row:
                said.update(run)
            run = [key] if key and w[:1].isupper() and key in src.masthead_keys else []
        if len(run) >= 2 and not set(run) <= row:
            said.update(run)
        return said

    def rows_listed(self, h: _Side, rows: list[set[str]], before: bool = True) -> bool:
        """Whether h's sentence, or the one before in its paragraph, names every row (by the
        keys given for each) apart, in a list that holds no figure: the parts that make up the
        whole ('which runs the libraries at HMP Aldercombe, HMP Stanwick and HMP Greyfield')."""
        a = self.a
        k = a.sentence_of[h.mention.id]
        for kk in (k, k - 1) if before else (k,):
            if kk < 0 or a.sentences[kk].paragraph != a.sentences[k].paragraph:
                continue
            s = a.sentences[kk]
            first: list[int] = []
            # (each by the words only it has: 'Hospital' is both 'Kelby General Hospital' and 'St Anne's Community Hospital')
            for ws in [ws - set().union(*(o for o in rows if o is not ws)) for ws in rows]:
                at = next((w.start() for w in re.finditer(r"[^\W\d_]+", a.text[s.start:s.end]) if _key(stem(w.group())) in ws), None)
                if at is None or not ws:
                    break
                first.append(s.start + at)
            else:
                first.sort()
                # (each named apart, in a list: 'Westcliff, Sandy Gap and Harbour Beach', not 'violent offences')
                if all(re.search(r",|\band\b|\bor\b", a.text[x:y]) for x, y in zip(first, first[1:], strict=False)) \
                        and not any(first[0] <= o.start <= first[-1] for o in a.figures(kk)):
                    return True
        return False

    def unnamed_row(self, h: _Side, got: list[_Quote]) -> _Quote | None:
        """A figure the words did not tie to any line of the report, which is one table
        row's cell by value while the article says it is the whole's ('in 28.4 per cent of
        searches across the force' against the Fenmoor City row's 28.4% and the Total row's
        31.2%): a subgroup's figure given as the whole, when the report gives the total's
        value in words the article shares ('the find rate rose to 31.2 per cent')."""
        if h.mention.hedge != "exact" or _digits(h.mention) < 2 or not self.whole_said(h):
            return None
        for q in got:
            if q.x.value != h.value or q.per != 1 or q.complement or q.verdict == "inconsistent" \
                    or q.x.mention.id not in q.source.analysis.cell_of:
                continue
            if not _distinctive(h.mention) and not (h.change and q.x.change):
                continue  # two digits are distinctive enough only in a column of changes ('fell by 7.7 per cent', '-7.7%')
            wrong = self.subgroup_row(h, q, got)
            if wrong is None:
                continue
            # the total's value in words the article shares ('a fall of 755 incidents, or 7.4%')
            said = [x for x in q.source.sides.get(h.family, ()) if x.value == wrong.x.value and x.mention.id not in q.source.analysis.cell_of]
            if any(r.shared >= SLIP_WORDS for r in (self.read(h, q.source, x) for x in said) if r is not None):
                return wrong
        return None

    def unnamed_cell(self, h: _Side, got: list[_Quote]) -> _Quote | None:
        """A figure the words did not tie to any line of the report, whose value is one table
        row's cell while the article's clause names another row of that table: 'repair bills
        came to £12,600' against a table whose 'Moving and installation' row gives £12,600 and
        whose 'Repairs' row £3,860 (named_row, for a figure no reading was taken for)."""
        if h.mention.hedge != "exact" or not _distinctive(h.mention):
            return None
        for q in got:
            if q.x.value == h.value and q.per == 1 and not q.complement and q.verdict != "inconsistent" \
                    and q.x.mention.id in q.source.analysis.cell_of:
                wrong = self.named_row(h, q, got)
                if wrong is not None:
                    return wrong
        return None

    def parallel_row(self, h: _Side, got: list[_Quote]) -> _Quote | None:
        """A figure the article gives for a table row it names, beside a figure of the same
        sentence quoted from another row of that table: 'Hensford held 96 sessions, down from
        104, while Mardle Bridge held 58' against a table whose Hensford row gives 96 and whose
        Mardle Bridge row gives 72 in that column. No cell has the value; the named row's cell
        of the column the other quotes is the figure meant."""
        a, hm = self.a, h.mention
        if hm.hedge != "exact" or h.change:
            return None
        mine = set(h.clause)
        lead = {_key(w) for w in content_words(a.text[a.clause(hm)[0]:hm.get("hedge_start") or hm.start])}
        for o in a.figures(a.sentence_of[hm.id]):
            q = self.quotes.get(o.id)
            if o.start >= hm.start or q is None or q.verdict != "verified" or _BASE_OF.search(a.before(o, 25)):
                continue  # (not the earlier level of the other: 'down from 104')
            src, sa = q.source, q.source.analysis
            cell = sa.cell_of.get(q.x.mention.id)
            if cell is None:
                continue
            side = _side(a, o)
            theirs = {self.translate(src, w) for w in side.clause} - {""} if side is not None else set()
            if not theirs & (src.label_keys.get(cell[:2], frozenset()) - src.label_keys.get((cell[0], 0), frozenset())):
                continue  # the other figure's clause names its row: 'Hensford held 96 sessions'
            for r in got:
                c = sa.cell_of.get(r.x.mention.id)
                if r.source is not src or c is None or c[0] != cell[0] or c[2] != cell[2] or c[1] == cell[1]:
                    continue
                label = src.label_keys.get(c[:2], frozenset()) - src.label_keys.get((c[0], 0), frozenset())
                # (named before the figure, as its subject: 'St Cuthbert's saw 4,159 and the
                # Fellgate unit 3,061' names St Cuthbert's for the 4,159, the Fellgate for the other)
                named = {w for w in mine & lead if self.translate(src, w) in label}
                if named and not label & theirs and r.verdict == "inconsistent" and r.per == 1 and not r.complement:
                    return replace(r, slip="")
        return None

    def unnamed_past(self, h: _Side, got: list[_Quote]) -> _Quote | None:
        """A figure the words did not tie to any line of the report, whose value the report
        gives as the earlier level of a measure the article names ('planted 1,122 fruit trees
        this winter' against 'During the season 1,486 trees were planted ..., compared with
        1,122 trees ... in 2023/24'): last year's figure given as this year's, misquoted
        against the later level when the article's words share enough of its words."""
        if h.mention.hedge != "exact" or h.change:
            return None
        for q in got:
            if q.x.value != h.value or q.per != 1 or q.complement or q.verdict == "inconsistent":
                continue
            wrong = self.past_level(h, q, got)
            # (a figure of two digits needs its words to name the later level better than the
            # earlier one it copies: 'runs 27 public toilets' of 'now operates 24 public
            # toilets, compared with 27 in 2024')
            if wrong is not None and wrong.shared >= SLIP_WORDS and (_distinctive(h.mention) or wrong.shared > q.shared):
                return wrong
        return None

    def named_row(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """Another row's figure given for the row the article names: 'Planning was judged
        good enough in 72.5 per cent of cases' against a table whose 'Implementation' row
        gives 72.5 and whose 'Planning' row gives 67.5. The article's clause (or, when its
        clause names no row, its sentence) names one other row of the table and not the
        row the figure comes from: the figure is misquoted against that row's cell in the
        same column."""
        src, sa = q.source, q.source.analysis
        cell = sa.cell_of.get(q.x.mention.id)
        if cell is None or q.per != 1 or q.complement or q.x.value != h.value:
            return None
        table, row, col = cell
        # a row's label without its aside ('Satisfaction with repairs (last 12 months)'), less
        # the words every row shares ('Satisfaction with ...'): what tells the rows apart
        every = {r: {_key(w) for w in content_words(re.sub(r"\([^)]*\)", " ", text))} - {""}
                 for (t, r), text in src.row_labels.items() if t == table and r > 0}
        if len(every) < 3:
            return None
        # ... and the words of the rows' own header, which say what every row is ('Main reason
        # given' over 'Other or no reason given')
        common = set.intersection(*every.values()) | {_key(w) for w in content_words(src.row_labels.get((table, 0), ""))}
        labels = {r: ws - common for r, ws in every.items() if not _TOTAL_ROW.search(src.row_labels[(table, r)])}
        if row not in labels:
            return None  # the total row is the whole's figure (subgroup_row asks the other way)
        if not labels[row]:
            return None
        clause = {self.translate(src, w) for w in h.clause} - {""}
        sentence = {self.translate(src, w) for w, near in h.words.items() if near >= 0.5} - {""}
        # (a row whose label holds this row's and more, all of it in the clause, is the one
        # named: 'final written warnings' is the 'Final written warning' row, not 'Written warning')
        fuller = any(r != row and labels[row] < ws <= clause for r, ws in labels.items())
        if len(labels[row] & clause) * 2 >= len(labels[row]) and not fuller:
            return None  # the article names the row the figure is from
        # ... in its sentence, unless the figure's own clause, with no other figure in it,
        # names another row ('Readers
        # borrowed 401,800 e-books ..., while e-audiobook loans rose': the e-audiobooks are
        # the other clause's)
        c0, c1 = self.a.clause(h.mention)
        alone = not any(o.id != h.mention.id and c0 <= o.start < c1 for o in self.a.figures(self.a.sentence_of[h.mention.id]))
        if len(labels[row] & sentence) * 2 >= len(labels[row]) and not fuller and not (alone and any(
                r != row and ws and ws <= clause for r, ws in labels.items())):
            return None
        aside = {_key(w) for w in content_words(" ".join(re.findall(r"\(([^)]*)\)", src.row_labels[(table, row)])))} - common
        if aside & clause:
            return None  # ... by the words of its aside ('criminals pretending to be from a bank or the police': 'Impersonation (bank, police)')
        for said in (clause, sentence):
            if said is sentence and any(ws & clause for ws in labels.values()):
                return None  # the clause speaks of a row: the sentence's other clauses speak of others
            # a row is named when all its label's words are there ('Implementation and
            # delivery' needs both), in the figure's own clause or, said in its sentence, one of
            # them rare in the report; and only one row is
            named = [r for r, ws in labels.items() if r != row and ws and ws <= said
                     and (said is clause or any(src.rarity(w) >= 0.6 for w in ws))]
            if len(named) > 1:
                return None
            if named and said is sentence and self.row_is_anothers(h, src, (table, named[0], col)):
                return None  # 'October to December, when 84 per cent ..., compared with 76.8 per cent': the row is the 84's
            if named:
                # the named row's cell, read if the value did not bring it (612,400 is far
                # from the article's 401,800)
                seen = {r.x.mention.id for r in got}
                cells = [x for x in src.sides.get(q.x.family, ()) if x.mention.id not in seen
                         and sa.cell_of.get(x.mention.id) == (table, named[0], col)]
                for r in [*got, *(r for r in (self.read(h, src, x) for x in cells) if r is not None)]:
                    c = sa.cell_of.get(r.x.mention.id)
                    if c == (table, named[0], col) and r.verdict == "inconsistent" and not r.flipped and r.per == 1 \
                            and not r.complement and r.x.family == q.x.family:
                        return replace(r, slip="another row's figure")
                return None
        return None

    @staticmethod
    def copied(h: _Side, q: _Quote) -> bool:
        """Whether the article's figure is the source figure's value as written, or rounded
        without a hedge and in digits ('£3.96m' of £3,958,200, 'just 78 per cent' of 77.8%):
        taken from that line of the report as surely. Not 'about one in eight', nor 'nearly
        a quarter', which many figures round to."""
        return q.x.value == h.value or q.verdict == "rounded" and h.mention.hedge == "exact" \
            and h.mention.kind != "fraction" and _digits(h.mention) >= 2

    def row_is_anothers(self, h: _Side, src: Source, cell: tuple[int, int, int]) -> bool:
        """Whether another figure of the article's sentence gives the value of a cell of the
        table row: the sentence names that row for that figure, not for this one ('Its rate
        fell from 13.7 per cent to 11.1 per cent, but is still almost one and a half times
        Aldermoor's 7.6 per cent': Aldermoor is the 7.6's, of another column)."""
        from ._rules_parts import of_pairs

        sa = src.analysis
        cells = [x for f in src.sides.values() for x in f if (sa.cell_of.get(x.mention.id) or ())[:2] == cell[:2]]
        k = self.a.sentence_of[h.mention.id]
        # (a part and its whole are of one row: 'with 14 of its 18 sites listed')
        paired = {p.id for p, w in of_pairs(self.a, k) if w.id == h.mention.id} | {w.id for p, w in of_pairs(self.a, k) if p.id == h.mention.id}
        for o in self.a.figures(k):
            side = _side(self.a, o) if o.id != h.mention.id and o.id not in paired else None
            if side is not None and any(x.family == side.family and side.interval.contains(x.value) for x in cells):
                return True
        return False

    def named_sibling(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """Another figure of the same source sentence, named by the article's clause: 'Some
        736 households were helped at the prevention stage' against 'a prevention duty for
        812 households ..., and a relief duty for 736 households'. The article's clause has a
        word that only the 812's clause has, and none that only the
        736's has: the figure is misquoted against the 812. A figure rounded from the line
        without a hedge is taken from it as surely ('the council paid 69 per cent' of '(69.2
        per cent) was met by Environment Agency grant, and ... (30.8 per cent) by the council')."""
        from ._rules_parts import of_pairs

        negations = {w.group(0).lower() for w in NEGATION.finditer(self.a.clause_text(h.mention))}
        if q.per != 1 or q.complement or not self.copied(h, q):
            return None
        if any(h.mention.id in (p.id, w.id) for p, w in of_pairs(self.a, self.a.sentence_of[h.mention.id])):
            return None  # 'just over 58,400 of the area's 104,730 children saw a dentist': a part's words are its whole's too
        prior = [o for o in self.a.figures(self.a.sentence_of[h.mention.id]) if o.end <= h.mention.start]
        if prior and _family(prior[-1]) == "share" and re.fullmatch(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+\s+){0,2}",
                                                                     self.a.text[prior[-1].end:h.mention.get("hedge_start") or h.mention.start]):
            return None  # 'Almost two-thirds of the council's 5,410 staff were paid overtime': the whole, of the share's words
        src, sa = q.source, q.source.analysis
        xm = q.x.mention
        if xm.id in sa.cell_of:
            return None  # a table row is named_row's
        ks = sa.sentence_of[xm.id]
        from ._rules_changes import _from_to

        # a part and its whole, or one measure's two levels ('from 41,937 to 48,512'), are not two measures
        paired = {m.id for pair in [*of_pairs(sa, ks), *((o, n) for o, n, _w in _from_to(sa, ks))]
                  if xm.id in (pair[0].id, pair[1].id) for m in pair}
        # nor one measure now and before, or for another group it is compared with ('6 days, an
        # improvement on 8 days in 2024'; '38.7 per cent of women ..., compared with 9.2 per cent of men')
        compared = {e.id for e in (_earlier_of(src, xm, sentences=False),) if e is not None}
        # (of any kind: 'Of the £286,420 paid in the year, £121,800 related to 64 personal injury
        # settlements' gives the whole the £121,800 is part of)
        opened = re.match(r"\W*(?:of|out of)\s+(?:the|its|their|these|this)\s+$", sa.text[sa.sentences[ks].start:sa.figures(ks)[0].start], re.I) \
            if sa.figures(ks) else None
        if opened and sa.figures(ks)[0].id != xm.id and "," in sa.text[sa.figures(ks)[0].end:xm.start]:
            paired.add(sa.figures(ks)[0].id)
        sibs = [o for o in sa.figures(ks) if _family(o) == q.x.family and o.id != xm.id and o.value != xm.value and o.id not in paired
                and o.id not in compared and _earlier_of(src, o, sentences=False) is not xm]
        # nor a part of the figure, when the figure is it and another of the sentence added
        # ('Eight stations were made step-free, bringing the total to 71, compared with 63'):
        # what the part is, the total is too
        # (nor the whole the figure and another add up to: 'Of the 1,284 strays, 803 were found in
        # Pendlebury and 481 in Ashcombe' - the strays are the 481's too)
        sibs = [o for o in sibs if not any(p.id not in (o.id, xm.id) and _family(p) == q.x.family
                                           and (o.value + p.value == xm.value or xm.value + p.value == o.value)
                                           for p in sa.figures(ks))
                # (nor a part listed after a colon: 'runs 14 libraries: Central Library, four
                # larger community libraries and nine smaller branch libraries')
                and not (o.start > xm.end and o.value < xm.value and ":" in sa.text[xm.end:o.start])]
        if not sibs:
            return None
        # a figure's clause is told by its words and by the labels in it: '49 at levels 4 and
        # 5, and 37 at degree level (levels 6 and 7)' gives the 49 the labels 4 and 5
        labels = [lab for lab in sa.in_sentence.get(ks, []) if lab.kind == "label"]
        words = {o.id: {_key(w) for w in sa.clause_words(o)} | {f"#{lab.text}" for lab in labels
                                                               if sa.clause(o)[0] <= lab.start < sa.clause(o)[1]}
                 for o in [xm, *sibs]}
        for o in [xm, *sibs]:
            c0 = sa.clause(o)[0]
            if _COPULA.fullmatch(sa.text[c0:o.get("hedge_start") or o.start]):
                # a clause that is only its verb takes the subject before it ('The cost of running the
                # scheme, including enforcement, ..., was £176,300, leaving a surplus of £72,400')
                # (its head, before 'of' or a comma: 'the scheme' it is the cost of says nothing of either)
                back = max((p.end for p in sa.figures(ks) if p.end <= c0), default=sa.sentences[ks].start)
                head_np = re.split(r"\b(?:of|for|in|on|at|from|with|including)\b|,", sa.text[back:c0], maxsplit=1)[0]
                words[o.id] |= {_key(w) for w in content_words(head_np)}
            elif o.id == xm.id and re.match(r"\W*(?:(?:although|though|while|whereas|but|and|yet)\s+)?(?:they|these|those)\b",
                                            sa.text[c0:o.start], re.I):
                # a clause whose subject points back takes the sentence's ('Pupils eligible for free
                # school meals received 52.6 per cent of all suspensions, although they make up 24.1
                # per cent of pupils on roll'): the 24.1 is of the eligible pupils too
                # (the subject is the sentence's other figures' too)
                first = min((p.start for p in sa.figures(ks)), default=c0)
                subject = {_key(w) for w in content_words(sa.text[sa.sentences[ks].start:first])}
                for p in [xm, *sibs]:
                    words[p.id] |= subject
        ordered = sorted([xm, *sibs], key=lambda o: o.start)
        head = ordered[0]
        said = content_words(sa.text[slice(*sa.clause(head))])
        # (a list of three or more, its later items with no verb: not '71.3 per cent were offered
        # a place ..., but only 9.6 per cent attended one')
        if len(ordered) >= 3 and len(words[head.id]) >= 2 and said and all(
                len(words[o.id]) <= 1 and not re.search(r"ed\b", sa.text[o.end:sa.clause(o)[1]]) for o in ordered[1:]):
            # a list whose later items leave out what the first says ('58.4 per cent of the wall
            # was rated good, 27.1 per cent fair and 14.5 per cent poor'): each says it too, with
            # its own last word
            frame = words[head.id] - {_key(said[-1])}
            for o in ordered[1:]:
                words[o.id] |= frame
        last = ordered[-1]
        # a relative clause after the sentence's last figure is that figure's, however its
        # clause is cut ('... and 9 homicides in which a knife or sharp instrument was used')
        tail = sa.text[sa.clause(last)[1]:sa.sentences[ks].end]
        if re.match(r"\s*(?:which|whom|whose|where|that)\b", tail, re.I):
            words[last.id] |= {_key(w) for w in content_words(tail)}
        common = set.intersection(*words.values())
        mine = {self.translate(src, w) for w in h.clause} - {""}
        own = words[xm.id] - common
        if not own:
            return None
        k = self.a.sentence_of[h.mention.id]
        if k > 0 and re.match(r"\W*(?:they|these|those|he|she)\b", self.a.clause_text(h.mention), re.I) \
                and own & {self.translate(src, _key(w)) for w in content_words(self.a.sentence_text(k - 1))}:
            return None  # a pronoun names what the sentence before does: 'Boys are coming forward. They made 31.4 per cent' (not 'It', often the report)
        # a sibling another figure of the article quotes ('spent £18.6 million against a
        # budget of £16.9 million') is that figure's, not a slip for this one
        taken = self.taken(h)
        # the article's clause says a word of the sibling's and none of the figure's own, told
        # against that sibling ('level' is both the 47's and the 56's: 'degree-level' names the 56)
        # (a word two siblings share names neither: 'came' of '583 came from the police' and
        # '112 came from other agencies' names no one of them)
        def theirs(o: Mention) -> set[str]:
            return words[o.id] - set().union(*(words[p.id] for p in [xm, *sibs] if p.id != o.id)) - _GENERIC

        # (a generic word of the figure's clause says nothing against it: 'closed 352 during
        # the year' is no more the year's than 'opened 386')
        named = [o for o in sibs if theirs(o) & mine and not (words[xm.id] - words[o.id] - _GENERIC) & mine and o.id not in taken]
        if len(named) != 1 or own & mine - words[named[0].id] - _GENERIC:
            return None  # the article says something of the figure's own clause
        if negations and not negations <= {w.group(0).lower() for w in NEGATION.finditer(sa.clause_text(named[0]))}:
            # 'services outside Westmere town' names the town to mean the others (not 'without
            # checking' of 'staff agreed to go ahead without checking age', said of the one named)
            return None
        r = next((r for r in got if r.x.mention.id == named[0].id), None)
        if r is None and (x := next((x for x in src.sides.get(q.x.family, ()) if x.mention.id == named[0].id), None)) is not None:
            # a sibling too far off in value to be a candidate ('At five premises staff agreed; at
            # the other 19 the request was refused')
            r = self.read(h, src, x)
        if r is None or r.verdict != "inconsistent" or r.flipped or r.per != 1 or r.complement or r.shared < SLIP_WORDS:
            return None
        return replace(r, slip="the figure of another measure in the same sentence")

    def statistic_named(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A mean quoted as a median, or a median as a mean: 'The average grant was £1,850'
        against 'The average (mean) grant was £3,176 and the median grant was £1,850'. The
        article's clause names one statistic, the figure's own clause in the report the other,
        and the report gives the one named, of the same kind, within a sentence of it: the
        figure is misquoted against that one."""
        hm, sa = h.mention, q.source.analysis
        if q.per != 1 or q.complement or not self.copied(h, q):
            return None
        named = _statistic(self.a, hm)
        theirs = _statistic(sa, q.x.mention)
        if len(named) != 1 or not theirs or theirs & named:
            return None
        ks = sa.sentence_of[q.x.mention.id]
        rivals = [r for r in got if r.x.family == q.x.family and r.verdict == "inconsistent" and r.per == 1 and not r.complement
                  and not r.flipped and abs(sa.sentence_of[r.x.mention.id] - ks) <= 1 and _statistic(sa, r.x.mention) == named]
        if len({r.x.value for r in rivals}) != 1 or not _of_order(rivals[0].point, h.value, 10):
            return None
        said = {"mean": "average", "median": "median"}
        return replace(rivals[0], slip=f"the {said[next(iter(theirs))]} given as the {said[next(iter(named))]}")

    def all_of_whole(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """'All 1,486 assets were inspected last year' against 'The partnership inspected 1,411
        of its 1,486 assets': the article says all of a whole were done what the report says of
        a part of it, in the words of the report's clause. Misquoted against the part."""
        from ._rules_parts import of_pairs

        a, hm = self.a, h.mention
        if q.x.value != h.value or q.per != 1 or q.complement or not re.search(r"\ball\s+(?:the\s+|its\s+|their\s+|of\s+the\s+)?$",
                                                                               a.before(hm, 16), re.I):
            return None
        src, sa = q.source, q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        mine = {self.translate(src, w) for w in h.clause} - {""} - _GENERIC
        for part, whole in of_pairs(sa, ks):
            if whole.id != q.x.mention.id or not part.value < whole.value:
                continue
            done = {_key(w) for w in content_words(sa.text[sa.clause(part)[0]:part.start])} - _GENERIC
            x = next((x for x in src.sides.get(q.x.family, ()) if x.mention.id == part.id), None)
            if x is None or not done & mine:
                continue
            r = self.read(h, src, x)
            if r is not None and r.verdict == "inconsistent" and not r.flipped and r.per == 1 and not r.complement:
                return replace(r, slip="the whole given for the part")
        return None

    def clause_named(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A figure quoted by its value from a clause that says none of the article's words,
        when another figure's own clause says several of them: 'Police recovered only 118
        stolen bikes' against 'The police recovered 286 stolen bicycles during the year' and
        'only 118 of these could be returned to their owners'. Sentences share words with
        their neighbours; a figure's own clause names what it counts. Not within one
        sentence (named_sibling's), nor a table cell (named_row's)."""
        hm, src, sa = h.mention, q.source, q.source.analysis
        if q.per != 1 or q.complement or q.x.value != h.value or hm.hedge != "exact" or _digits(hm) < 2 \
                or q.x.mention.id in sa.cell_of or _BASE_OF.search(self.a.before(hm, 25)) or hm.id in self.based:
            return None
        mine = {self.translate(src, w) for w in h.clause} - {""} - _GENERIC
        if len(mine) < 2 or q.x.clause & mine:
            return None
        # (another figure of the article's sentence quoted from q's sentence ties the two:
        # '214 took the £75 discount' of '214 were paid ... at £75'; not the whole a rest is of:
        # '283 of the 486 crossings failed' against 'Of the 486 crossings, 283 were fully
        # compliant ... The remaining 203 crossings failed')
        echo = self.echoed(h, q)
        taken = self.taken(h)
        ks = sa.sentence_of[q.x.mention.id]
        rivals = [(fsum(src.rarity(w) for w in r.x.clause & mine), r) for r in got
                  if r.x.family == q.x.family and r.point != q.point and r.verdict == "inconsistent" and not r.flipped
                  and r.per == 1 and not r.complement and r.x.mention.id not in taken and r.x.mention.id not in sa.cell_of
                  and r.x.mention.hedge == "exact" and not r.x.target
                  and sa.sentence_of[r.x.mention.id] != ks and len(r.x.clause & mine) >= 2]
        if not rivals:
            return None
        rivals.sort(key=lambda sr: -sr[0])
        score, best = rivals[0]
        rest = bool(re.match(r"\W*(?:the\s+)?(?:remaining|rest|other)\b", sa.text[sa.clause(best.x.mention)[0]:best.x.mention.start], re.I)
                    and 0 < sa.sentence_of[best.x.mention.id] - ks <= 2
                    and sa.sentences[sa.sentence_of[best.x.mention.id]].paragraph == sa.sentences[ks].paragraph)
        if echo and not rest:
            return None
        # the article's sentence names what only q's sentence names: 'Among people aged 65 and
        # over, 57 per cent' of 'among residents aged 65 and over, that figure was 57 per cent'
        said = {self.translate(src, _key(w)) for w in self.a.sentence_words(hm)} - {""} - _GENERIC
        if said & ({_key(w) for w in sa.sentence_words(q.x.mention)} - {_key(w) for w in sa.sentence_words(best.x.mention)}):
            return None
        if score < CLAUSE_WORDS or not _of_order(best.point, h.value) or any(sc > score - MARGIN and r.point != best.point
                                                                          for sc, r in rivals[1:]):
            return None
        # (the rest of a whole whose other part the figure is, named by the rest's words, is the
        # other part's count given for it, as a complement is for a share)
        return replace(best, slip="the other part of the whole" if rest else "another measure's figure")

    def slip_named(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A figure read as a rounding of a line its words hardly name, when a line they name
        well is the figure with a slip of the pen: '38 per cent at Eastmere Mental Health
        Trust' against the trust's 38.7% (cut, not rounded) and a 37.5 per cent of healthcare
        assistants elsewhere, which rounds to 38 but which no word of the article names. The
        slip, named, tells: misquoted against the line the words name."""
        if q.x.value == h.value or q.similarity >= ACCEPT or h.mention.hedge != "exact":
            return None
        miss = self.misquote(h, got, self.taken(h))
        if miss is None or miss.slip not in _PEN_SLIPS or miss.similarity - q.similarity < NAMED_BETTER:
            return None
        return miss

    def better_named(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A figure quoted by its value alone, whose words name another figure of the report
        far better: 'the smoking-at-delivery rate stood at 13.8 per cent' against a report
        whose 13.8% is the adult smoking rate, in a passage of other words, and whose
        'smoking at the time of delivery ... 9.6%' shares the article's. The value is the
        report's, but of another measure: misquoted against the one the words name.
        Only an exact figure of a value the report's other figure is of the order of, with
        no third figure named nearly as well."""
        hm = h.mention
        if q.per != 1 or q.complement or q.x.value != h.value or q.similarity >= 2 * ACCEPT or hm.hedge != "exact" \
                or not any(ch.isdigit() for ch in hm.text):
            return None
        if _BASE_OF.search(self.a.before(hm, 25)) or hm.id in self.based:
            return None  # 'down from 47.9 per cent': an earlier level takes the words of the later one
        # (a figure another of the article quotes is that one's: 'took £418,000 in fees and
        # received £265,000 from the programme', one clause for two)
        taken = self.taken(h)
        rivals = [r for r in got if r.x.family == q.x.family and r.point != q.point and r.verdict == "inconsistent"
                  and not r.flipped and r.per == 1 and not r.complement and r.x.mention.id not in taken]
        if not rivals:
            return None
        best = max(rivals, key=lambda r: r.similarity)
        if best.similarity - q.similarity < NAMED_BETTER or not _of_order(best.point, h.value) \
                or any(r.point != best.point and r.similarity > best.similarity - MARGIN for r in rivals):
            return None
        return replace(best, slip="another measure's figure")

    def complement_swap(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A share the source gives beside its complement, quoted with the other one's
        words: 'only 29.3 per cent of posts were filled' against '41 were filled (70.7
        percent), a vacancy rate of 29.3 percent'. The article's clause shares a telling
        word with the 70.7's clause and none with the 29.3's, and reads the same way round
        as the 70.7: the complement is quoted, and misquoted against the 70.7."""
        if h.family != "share" or q.per != 1:
            return None
        src, sa = q.source, q.source.analysis
        mine = {self.translate(src, w) for w in h.clause} - {""}
        ks = sa.sentence_of[q.x.mention.id]

        def rest_of(m: Mention) -> bool:
            k = sa.sentence_of[m.id]
            return bool(re.search(r"\b(?:remaining|the rest|the remainder|the other)\b", sa.text[sa.sentences[k].start:m.start], re.I))

        if q.complement:
            # read as the complement of the rest ('The remaining 193 inspections (28.2 per cent)
            # identified at least one breach', after '491 (71.8 per cent) found the premises
            # fully compliant'), with the rest's own words: 'remaining' turned it round, the
            # words say the rest, and the value is the part's
            parts = [x for x in src.sides.get("share", ()) if sa.sentence_of[x.mention.id] == ks - 1
                     and x.value == h.value and not x.negated]
            if not rest_of(q.x.mention) or not q.flipped or not parts or q.point != h.value:
                return None
            theirs = {w for w in mine & q.x.clause - parts[0].clause if src.rarity(w) >= 0.6}
            if theirs and not {w for w in mine & parts[0].clause - q.x.clause if src.rarity(w) >= 0.6}:
                return replace(q, complement=False, point=q.x.value, verdict="inconsistent", flipped=False, slip="complement quoted")
            return None
        if q.x.value != h.value:
            return None
        # 'The remaining 399 (20.5%) received advice only': the rest, after the sentence that
        # gives the part ('1,548 (79.5%) were assessed as owed a duty')
        rest = rest_of(q.x.mention)
        for r in got:
            y = r.x
            if y.family != "share" or y.value != HUNDRED - h.value or r.per != 1:
                continue
            # ... or the rest given after it ('491 (71.8 per cent) found the premises fully
            # compliant. The remaining 193 inspections (28.2 per cent) identified at least one
            # breach'): the rest's own words say what it is, 'remaining' no other way round
            after = not rest and sa.sentence_of[y.mention.id] == ks + 1 and rest_of(y.mention) and not q.x.negated
            if not after and (r.flipped or r.complement or sa.sentence_of[y.mention.id] not in ((ks, ks - 1) if rest else (ks,))):
                continue
            if {w for w in (mine & q.x.clause) - y.clause - _GENERIC if src.rarity(w) >= 0.6}:
                continue  # the article names the 29.3's own measure (not a word of both: 'inspections'; nor 'year')
            if {w for w in mine & y.clause - q.x.clause if src.rarity(w) >= 0.6} and (y.negated == h.negated or after):
                return replace(r, slip="complement quoted", complement=False, point=y.value, verdict="inconsistent", flipped=False)
        return None

    def past_twin(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """An earlier level the report gives twice, each time as the earlier level ('In 2024
        there were 37 fatal collisions.' and a table's earlier-year column, '| Of which after
        fatal collisions | 37 | 41 |'; a Total row's 2024/25 cell and 'compared with 17 roads
        ... in 2024/25'), quoted as now: whichever of the two tells the later level gives it
        (past_level, read on that one)."""
        if q.per != 1 or q.complement or q.x.value != h.value or not self.earlier(q):
            return None
        sa = q.source.analysis
        for r in got:
            # (not another row's 14 of the same year in the same table: another line, no twin)
            qc, rc = sa.cell_of.get(q.x.mention.id), sa.cell_of.get(r.x.mention.id)
            if qc is not None and rc is not None and qc[0] == rc[0] and qc[1] != rc[1]:
                continue
            if r is not q and r.source is q.source and r.x.value == h.value and r.verdict == "verified" and r.per == 1 \
                    and not r.complement and self.earlier(r):
                w = self.past_level(h, r, got)
                if w is not None:
                    return w
        return None

    @staticmethod
    def earlier(q: _Quote) -> bool:
        """Whether the report gives q's figure as an earlier level: the base of a change, a cell
        of an earlier year's column, or a figure of a sentence that opens on an earlier year."""
        sa = q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        opening = _IN_AN_EARLIER_YEAR.match(sa.text, sa.sentences[ks].start, q.x.mention.start)
        return _earlier_level(q.source, q.x.mention) or opening is not None and _before_report(opening, sa.text)

    def past_level(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """The earlier level of a change quoted as the present one: 'the vacancy rate now
        stands at 13.9 per cent' against 'fell from 13.9% in 2022/23 to 11.6% in 2023/24'
        ('down from 81.5% in 2022/23', 'against 11.9 months in 2022-23', a table's 2022/23
        column beside its 2023/24 one). Not when the article puts its figure in an earlier
        time itself ('two years ago', 'in 2022/23', 'up from'); then the figure is
        misquoted against the later level of the same measure."""
        from ._rules_changes import _from_to

        a, sa = self.a, q.source.analysis
        if q.per != 1 or q.complement or not self.copied(h, q) or h.change or _BASE_OF.search(a.before(h.mention, 25)):
            return None
        ks = sa.sentence_of[q.x.mention.id]
        said = a.sentence_text(a.sentence_of[h.mention.id])
        c0, c1 = a.clause(h.mention)
        first = not any(o.end <= c0 and _family(o) == h.family for o in a.figures(a.sentence_of[h.mention.id]))
        # the sentence up to the figure's clause, or its clause alone when figures before it
        # have clauses of their own ('six fewer than the 44 who died the year before, and 547
        # were seriously hurt': the year before is the 44's)
        upto = a.text[a.sentences[a.sentence_of[h.mention.id]].start if first else c0:c1]
        when = re.match(r"\W*when\b", a.text[c0:c1])
        # ('a jump of almost 30 points on 2024/25, when 29.7 per cent met it': an earlier year's)
        said_year = re.search(r"\b((?:19|20)\d\d)(?:[/-]\d\d)?\W*$", a.text[max(0, c0 - 20):c0])
        if _earlier_than(upto, sa.sentence_text(ks)) or when and (_EARLIER.search(a.text[max(0, c0 - 60):c0])
                                                                  or said_year and int(said_year.group(1)) < _report_year(sa.text)) \
                or first and re.match(r"\W*(?:last year|this time last year)\b", said, re.I):
            # (a sentence that opens 'Last year the same months brought 94 per cent' after this
            # year's figure is of the year before)
            # 'two years ago, when ... 82.9 per cent'; 'more than the previous season, when
            # 14,215 trees went into the ground': the earlier level, rightly
            return None
        # (a year said after the figure as a change's base, 'kept 437 tonnes, up more than 17
        # per cent on 2023/24', dates no level; 'up by a third on 2024, when 247 joined' does)
        at = h.mention.end - a.sentences[a.sentence_of[h.mention.id]].start
        years = {int(y.group()) for y in _YEAR.finditer(said)
                 if y.start() < at or not re.search(r"\b(?:on|from|since|than|compared with|against)\s+(?:the\s+)?$", said[:y.start()], re.I)}
        xm = q.x.mention
        if _EARLIER_SAID.match(a.text, h.mention.end) or _EARLIER_OWNER.search(a.before(h.mention, 25)):
            return None  # 'up by 327 on last year's 8,315', '8,315 the year before': the earlier level, said so
        ks = sa.sentence_of[xm.id]
        dated = _THEN_YEAR.match(a.text, h.mention.end)
        if dated and any(int(y) > int(dated.group(1)) for y in _YEAR.findall(sa.sentence_text(ks))):
            return None  # 'worth £4.47bn in March 2025' against 'rose to £4.82bn at 31 March 2026, from £4.47bn': dated, rightly
        if re.search(r"\b(?:ranged|ranges|ranging|range|varied|varies|varying|differed|differs)\b[^.;:\d]{0,40}?\bfrom\s+$", sa.before(xm, 60), re.I):
            # 'Uptake ranged from 82.4% in East to 89.6% in North', 'Completion rates varied
            # between districts, from 69.8 per cent in Wendle': places, not times
            return None
        other_end = a.by_id.get(str(h.mention.get("range_with", "")))
        if other_end is not None and any(o.value == other_end.value for o in sa.figures(ks) if o.id != xm.id):
            # the article gives the report's two figures as a range ('between £18 and £32 a month'
            # of 'from £18 a month for bands 1 to 4 to £32 a month for bands 5 and above'): no
            # earlier level given as the later
            return None
        news = [new for old, new, _word in _from_to(sa, ks) if old.id == xm.id and new.value != old.value]
        if not news and _EARLIER_AFTER.match(sa.text, xm.end):
            # (or compared with it, its earlier time said: 'an increase of 13.6 per cent on the
            # 4,870 issued in 2023/24'; not a group compared: 'compared with 9.2 per cent of men')
            # (not the whole the later level is counted in: '142 of the 168 community pharmacies
            # ..., compared with 121 a year earlier' is 142, then 121)
            news = [new for old, new, _word in _compared(sa, ks) if old.id == xm.id and new.value != old.value
                    and _of_order(new.value, old.value)  # (not 'at least one run in 2025, compared with 10,455')
                    and not _WHOLE_BEFORE.search(sa.before(new, 20))]
        sides = {x.mention.id: x for x in q.source.sides.get(q.x.family, ())}

        def kin(o: Mention) -> tuple[int, int, int]:
            """Whether o counts what the base counts, and how many words its clause shares with
            the base's: the later level of one measure shares its noun ('968 incidents', '1,137
            recorded incidents'; '1,486 trees were planted on 14 new orchard sites, compared with
            1,122 trees': the trees)."""
            if o.id not in sides:
                return (-1, -1, -1)
            # (and is of its order: '£1,046,000, an average of £815 per account. In 2023/24 the
            # equivalent figure was £893,000': the £1,046,000)
            return (int(_of_order(o.value, xm.value)), len(sides[o.id].counted & q.x.counted), len(sides[o.id].clause & q.x.clause))

        s0, s1 = sa.clause(xm)
        opened = sa.text.rfind("(", sa.sentences[ks].start, xm.start)
        # '(2022/23: 2,104 falls, 5.3 per 1,000)', '(31 March 2025: 478)': an earlier year's figures, in brackets
        # after this year's ('a rate of 4.7 per 1,000 occupied bed days')
        then = opened >= 0 and ")" not in sa.text[opened:xm.start] and bool(
            re.match(r"\(\s*(?:(?:in\s+|at\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?:[/-]\d\d)?|"
                     r"year\s+(?:one|1)|(?:the\s+)?(?:previous|last|prior)\s+year)\s*[:,]", sa.text[opened:xm.start], re.I))
        # the figure of its measure before the base in the sentence, itself no base ('rose to
        # 11.2 shifts ..., from 9.6 shifts in 2022-23'), nor the whole it is counted in ('91 of
        # the 742 inspections ... down from 128'); of several, the one whose clause shares the
        # most words with the base's ('1,137 recorded incidents of self-harm, involving 289
        # individual prisoners, compared with 968 incidents': 1,137, not the 289 beside it)
        levels = sorted((o for o in sa.in_sentence.get(ks, []) if o.end <= xm.start and _family(o) == q.x.family and o.value != xm.value
                         and not _BASE_OF.search(sa.before(o, 25)) and not _WHOLE_BEFORE.search(sa.before(o, 20))
                         and not is_change(sa, o)), key=lambda o: (kin(o), o.start))
        if news and not kin(news[0])[2] and levels and kin(levels[-1])[2] > 0:
            news = levels[-1:]
        if not news and (then or _MOVED_FROM.search(sa.before(xm, 25)) or _BASE_THEN.search(sa.before(xm, 25))
                         and _THEN.search(sa.text, xm.end, min(s1 + 25, sa.sentences[ks].end))
                         # 'awarded to 38 shops, compared with £184,200 awarded to 31 shops in
                         # 2024/25': a comparison of two measures at once, the base's year after it
                         or levels and _THEN_YEAR.match(sa.text, xm.end) and re.search(
                             r"\b(?:compared (?:with|to)|against|(?:up|down) from)\b[^.;]*$", sa.text[levels[-1].end:xm.start])):
            news = levels[-1:]
        if not news and ks > 0 and not levels and _POINTS_BACK_TO_BASE.match(sa.text, sa.sentences[ks].start, xm.start):
            # 'The scheme cost £412,800 in 2025, ... This compares with £338,500 in 2024.', 'This
            # is down from 402 in 2024/25': the level of the sentence before, of the base's family
            before = [o for o in sa.in_sentence.get(ks - 1, []) if _family(o) == q.x.family and not _BASE_OF.search(sa.before(o, 25))
                      and not is_change(sa, o)]
            news = before[:1]
        then_years = [int(y) for y in _YEAR.findall(sa.sentence_text(ks))]
        now_years = [int(y) for y in _YEAR.findall(sa.sentence_text(ks - 1))] if ks > 0 else []
        said_then = re.search(r"\b(?:a year earlier|a year before|the year before|the previous year|twelve months earlier|12 months earlier)\b",
                              sa.text[sa.sentences[ks].start:xm.start], re.I) if ks > 0 else None
        if not news and ks > 0 and not levels and sa.sentences[ks - 1].paragraph == sa.sentences[ks].paragraph \
                and (then_years and now_years and max(then_years) < min(now_years) or said_then and not then_years):
            # (or a sentence of its own that gives the earlier year of the level before it: 'which
            # was struck 21 times in 2025-26. It had been struck 14 times in 2024-25.', 'A year
            # earlier it employed 412'; every year it names before every year the sentence before
            # names: not 'a target ... by 2027/28, against the 2024/25 baseline. The reduction
            # achieved in 2025/26, £78,300')
            news = [o for o in sa.in_sentence.get(ks - 1, []) if _family(o) == q.x.family and not is_change(sa, o)
                    and (e := _earlier_of(q.source, o)) is not None and e.id == xm.id][:1]
        opening = _IN_AN_EARLIER_YEAR.match(sa.text, sa.sentences[ks].start, xm.start)
        if not news and ks > 0 and opening and not levels and int(opening.group(1)) not in years \
                and _before_report(opening, sa.text):
            # a sentence of its own on an earlier year than the report's ('In 2022/23 the
            # equivalent proportion was 36.2 per cent'): the later level is the one of the
            # sentence before that shares its words
            # (a level of its order: 'the five town centres' is no earlier count of 1,217 units)
            before = [o for o in sa.in_sentence.get(ks - 1, []) if _family(o) == q.x.family and not _BASE_OF.search(sa.before(o, 25))
                      and not is_change(sa, o) and _of_order(o.value, xm.value)]
            if not before and ks > 1 and sa.sentences[ks - 2].paragraph == sa.sentences[ks].paragraph \
                    and not any(_family(o) == q.x.family for o in sa.in_sentence.get(ks - 1, [])):
                # (or the one before that, past a sentence of other figures: 'A total of 287
                # seats had a critical fault ... This is 9.0% of all seats checked. In 2024, 254
                # seats had a critical fault.')
                before = [o for o in sa.in_sentence.get(ks - 2, []) if _family(o) == q.x.family and not _BASE_OF.search(sa.before(o, 25))
                          and not is_change(sa, o) and _of_order(o.value, xm.value)]
            news = sorted(before, key=lambda o: (kin(o), o.start))[-1:]
        if news:
            # the year the report gives the figure for: the one said right after it ('from 9
            # in 2023 to 14 in 2024': 2023), else any of its clause's
            own = _THEN_YEAR.match(sa.text, xm.end) or opening
            given = {int(own.group(1))} if own else {int(y) for y in _YEAR.findall(sa.text, s0, min(s1 + 25, len(sa.text)))}
            if given & years:
                return None  # the article names the year the report gives the figure for
            if not given and dated and _PREVIOUS_YEAR.match(sa.text, xm.end) and int(dated.group(1)) == _report_year(sa.text) - 1:
                # 'against 384 hectares the previous year' in a report of 2025 is 2024's, as the
                # article says right after its figure ('the 384 hectares lost in 2024')
                return None
            r = next((r for r in got if r.x.mention.id == news[0].id), None)
            if r is None and news[0].id in sides:
                r = self.read(h, q.source, sides[news[0].id])  # a level too far off for its value to bring it ('£287,400' for '£211,900')
            if r is not None and r.flipped and not q.flipped and sa.sentence_of[news[0].id] == ks:
                # a later level and its base in one sentence are one measure, one polarity: the
                # level's clause says 'failure rate' and the base's ('compared with 17.9 per cent')
                # nothing, so the base's reading stands for both
                r = replace(r, flipped=False, complement=False, point=r.x.value,
                            verdict=self.verdict(h, r.x, False, r.per))
            # (read the same way round as the base was: 'the rest split between 131 shared ownership homes')
            r = r if r is not None and r.verdict == "inconsistent" and (not r.flipped or q.flipped) else None
            # the two levels of one source sentence, the base's year said, share its words: the
            # article's need not favour the later one ('27 people were killed, compared with 31
            # in 2022'; not a scale, 'from 0 (urgent improvement necessary) to 5')
            # (or its time said right after it: 'up from 658 the previous year', whose 'year' the
            # article's 'During the year' shares)
            if r is not None and (r.shared >= q.shared - 0.01 or (own or _THEN.match(sa.text, xm.end)) and sa.sentence_of[news[0].id] == ks
                                  and r.shared >= q.shared - 0.5):
                return replace(r, slip="another period's figure")
            return None
        # a table with a column a year: the same row's cell under a later year
        cell = sa.cell_of.get(xm.id)
        year = q.source.column_year.get((cell[0], cell[2])) if cell else None
        if cell is None or year is None or year in years:
            return None
        later = [r for r in got if r.verdict == "inconsistent" and (not r.flipped or q.flipped) and r.per == 1 and not r.complement
                 and r.x.family == h.family and (c := sa.cell_of.get(r.x.mention.id)) is not None and c[:2] == cell[:2]
                 and q.source.years(cell[0], cell[2]).get(c[2], year) > year]
        if later:
            newest = max(later, key=lambda r: q.source.column_year[(cell[0], sa.cell_of[r.x.mention.id][2])])
            if any(o.id != h.mention.id and _family(o) == h.family and o.value == newest.x.value
                   for o in a.figures(a.sentence_of[h.mention.id])):
                # 'lost two of its 14 blocks and now has 12': the article gives the later
                # column's figure beside this one, so it knows which year each is
                return None
            return replace(newest, slip="another period's figure")
        return None

    def base_after(self, h: _Side) -> Mention | None:
        """The earlier level an article gives for a share in words `_from_to` does not pair:
        a ratio's in per cent ('about one in six bookings ..., down from 12.1 per cent in
        2024'), or the next sentence's ('..., or one in 20 requests. That was down from 9.3
        per cent the year before.')."""
        a, hm = self.a, h.mention
        if h.family != "share" or h.change:
            return None
        k = a.sentence_of[hm.id]
        after = [o for o in a.figures(k) if o.start > hm.end and _family(o) == "share"]
        if after:
            o = after[0]
            return o if o.kind != hm.kind and re.search(r"\b(?:down|up)\s+from\s+(?:the\s+|a\s+)?$", a.before(o, 20)) else None
        if k + 1 >= len(a.sentences) or a.sentences[k + 1].paragraph != a.sentences[k].paragraph:
            return None
        nxt = a.figures(k + 1)
        if nxt and _family(nxt[0]) == "share" and re.fullmatch(
                r"\W*(?:that|this|which|it)\s+(?:was|is|has|had)\s+(?:been\s+)?(?:down|up)\s+from\s+(?:the\s+|a\s+)?",
                a.text[a.sentences[k + 1].start:nxt[0].get("hedge_start") or nxt[0].start], re.I):
            return nxt[0]
        return None

    def base_level(self, h: _Side, got: list[_Quote]) -> _Quote | None:
        """The later level of a change whose earlier level the article quotes: 'That put
        uptake at 69.4 per cent, down from 71.1 per cent' against a table whose Total row
        gives 68.2% this year and 71.1% last, and whose Thornbury South row gives 69.4% this
        year. The earlier level ties the change to one line of the report (its sentence's
        'from ... to', or a table row's later-year cell); the later level the article gives
        is that line's, and another line's figure given for it (most often a subgroup's,
        given as the whole's) is misquoted against it."""
        from ._rules_changes import _from_to
        from ._rules_parts import of_pairs

        a, hm = self.a, h.mention
        if h.change or hm.ranged:
            return None
        k = a.sentence_of[hm.id]
        if any(hm.id in (p.id, w.id) for p, w in of_pairs(a, k)):
            return None  # 'visited 412 of the region's 468 homes, up from 389': the change is the part's, or the whole's
        if re.search(r"\b(?:two|three|four|five|\d+)\s+years\b", a.sentence_text(k), re.I):
            return None  # 'down from 102 two years earlier': no next year's level
        old = next((o for o, n, _w in _from_to(a, k) if n.id == hm.id and o.id != hm.id), None) or self.base_after(h)
        qo = self.quotes.get(old.id) if old is not None else None
        if old is None or qo is None or qo.verdict != "verified" or qo.per != 1 or qo.complement or qo.x.value != old.value \
                or not (_distinctive(old) or (_family(old) == "share" or _family(old).startswith(("quantity:", "money:")))
                        and _digits(old) >= 2 and qo.shared >= ACCEPT):
            # (a share of two digits, its words the report's: 'down from 71 per cent the year
            # before' of 'down from 71.0 per cent in 2024/25'; an amount with its unit: 'up from
            # 3.2 hectares' of 'compared with 3.2 hectares in 2024')
            return None
        src, sa = qo.source, qo.source.analysis
        # the report may give the earlier level twice (a sentence and a table's earlier-year
        # column): each place gives the later level its own way
        later: dict[Fraction, Mention] = {}
        for xo in (x.mention for x in src.sides.get(qo.x.family, ()) if x.value == qo.x.value and not x.mention.ranged):
            ks = sa.sentence_of[xo.id]
            for o, n, _w in _from_to(sa, ks):
                if o.id == xo.id and n.value != xo.value:
                    later.setdefault(n.value, n)
            if (_MOVED_FROM.search(sa.before(xo, 25)) or _BASE_THEN.search(sa.before(xo, 25))) and xo.id not in sa.cell_of:
                # 'In 2025, 143 stands met this test, compared with 118 in 2024': the figure of
                # its family just before the base
                fam = _family(xo)
                before = [o for o in sa.figures(ks) if o.end <= xo.start and _family(o) == fam and not is_change(sa, o)
                          and not o.ranged]  # (not a range's end: '(between 43.2 and 51.4 percent ...)')
                # of the thing the base counts ('487 people in 131 households, compared with 362
                # people in 98 households': the 487)
                noun = re.match(r"\s+([a-z]{3,})\b", sa.text[xo.end:xo.end + 20])
                if noun:
                    before = [o for o in before if re.match(rf"\s+{noun.group(1)}\b", sa.text[o.end:o.end + 20])
                              or not re.match(r"\s+[a-z]{3,}\b", sa.text[o.end:o.end + 20])]
                if before and before[-1].value != xo.value and any(ch.isdigit() for ch in before[-1].text) \
                        and _of_order(before[-1].value, xo.value):
                    later.setdefault(before[-1].value, before[-1])
            cell = sa.cell_of.get(xo.id)
            if cell is not None and (year := src.column_year.get((cell[0], cell[2]))) is not None:
                # the same row's cell in the next year's column of the measure
                cols = sorted((y, c) for c, y in src.years(cell[0], cell[2]).items() if y > year)
                for m in (m for m in (sa.mentions if cols else ()) if sa.cell_of.get(m.id) == (cell[0], cell[1], cols[0][1])):
                    later[m.value] = m  # a table's cell before a sentence's: its row tells a subgroup from the whole
        if len(later) != 1:
            return None
        x = next((x for x in src.sides.get(h.family, ()) if x.mention.id == next(iter(later.values())).id), None)
        named = {int(y) for y in _YEAR.findall(a.clause_text(hm))}
        lc0 = sa.cell_of.get(x.mention.id) if x is not None else None
        given = {src.column_year[(lc0[0], lc0[2])]} if lc0 is not None and (lc0[0], lc0[2]) in src.column_year else \
            {int(y) for y in _YEAR.findall(sa.sentence_text(sa.sentence_of[x.mention.id]))} if x is not None else set()
        if named and given and not named & given:
            return None  # the article names another year for its figure than the report's later level
        r = self.read(h, src, x) if x is not None else None
        if r is None or r.verdict != "inconsistent" or r.flipped or r.per != 1 or r.complement:
            return None
        # the article's value is another row's of the same column: a subgroup's given as the whole
        lc = sa.cell_of.get(x.mention.id) if x is not None else None
        row = next((q for q in got if (c := sa.cell_of.get(q.x.mention.id)) is not None and lc is not None and c[0] == lc[0]
                    and c[2] == lc[2] and c[1] != lc[1] and q.source is src and self.copied(h, q)), None)
        rc = sa.cell_of.get(row.x.mention.id) if row is not None else None
        if rc is not None and _TOTAL_ROW.search(src.row_labels.get((rc[0], rc[1]), "")):
            return None  # the article's value is the total's: its earlier level is a row's, not its own
        total = lc is not None and bool(_TOTAL_ROW.search(src.row_labels.get((lc[0], lc[1]), "")))
        if row is not None and total:
            return replace(r, slip="a subgroup's figure given as the whole")
        # a slip of the pen that turns the later level into the article's (4,267 as 4,257) names it
        slip = self.slip(h, r, got)
        if not slip and _digits(hm) >= 4 and hm.hedge == "exact" and _one_digit(hm, r.x.mention):
            slip = "a digit miscopied"
        return replace(r, slip=slip if slip and slip != "another measure's figure" else "another line's figure")

    def pair_misquotes(self, out: _Matching, sides: list[_Side], covered: set[str]) -> None:
        """'Only two of the 52 routes met it' against 'Only 3 of the 52 routes met the
        standard': a part whose whole the article quotes exactly from a source sentence that
        gives that whole's part too. The whole anchors the pair, so the part is misquoted
        when the source's part is another figure."""
        from ._rules_parts import of_pairs

        a = self.a
        by_id = {h.mention.id: h for h in sides}
        for k in a.in_sentence:
            for part, whole in of_pairs(a, k):
                self.whole_misquote(out, by_id, part, whole, covered)
                found = self.counterpart(out, by_id, whole, part, covered, anchor_is_whole=True)
                if found is not None:
                    out.misquotes[part.id] = replace(found[0], slip="another part of the same whole")
        self.level_misquotes(out, by_id, covered)

    def anchored(self, h: _Side, quotes: dict[str, _Quote]) -> tuple[_Quote, _Side] | None:
        """The source's later level of the change whose earlier level the article gives with
        h and quotes exactly ('fell to 43, from 58' against '37 licences were suspended ...,
        compared with 58 in 2024/25': the 37), with the base's quotation; None when there is
        no such pair, or the base is neither distinctive nor named in the report's words."""
        from ._rules_changes import _from_to

        old_id = self.bases().get(h.mention.id) or self.earlier_compared().get(h.mention.id)
        if old_id is None:
            return None
        q = quotes.get(old_id)
        # (or a base the report gives once, as an earlier level: 'There were 43 burnt-out cars,
        # down from 52' of the report's one '52 the year before')
        if q is None or q.verdict != "verified" or not (_distinctive(self.a.by_id[old_id]) or q.similarity >= SLIP_WORDS
                                                        or sum(s.value == q.x.value for s in q.source.sides.get(q.x.family, ())) == 1):
            return None
        sa = q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        for old, new, _word in [*_from_to(sa, ks), *_compared(sa, ks)]:
            if old.id == q.x.mention.id and new.id != old.id:
                x = next((s for s in q.source.sides.get(h.family, ()) if s.mention.id == new.id), None)
                if x is not None:
                    return q, x
        if q.x.mention.id in sa.cell_of and not _YEARS_SPAN.match(self.a.text, self.a.by_id[old_id].end):
            # a table row's earlier year ('compared with 2,716 the year before' of 'Rats | 2,716 |
            # 3,184'): its later year's cell (not 'down from 102 two years earlier': the row's
            # next year is not the level the article gives)
            later = [s for s in q.source.sides.get(h.family, ()) if s.mention.id in sa.cell_of
                     and (e := _earlier_of(q.source, s.mention, sentences=False)) is not None and e.id == q.x.mention.id]
            if len(later) == 1:
                return q, later[0]
        return None

    def earlier_compared(self) -> dict[str, str]:
        """The article's levels compared with the same measure's level of an earlier time, as
        {later level: earlier level}: 'with 3,148 reports, compared with 2,716 the year before'
        (not a comparison of groups: 'compared with 9.2 per cent of men')."""
        if self._compared_bases is None:
            a = self.a
            self._compared_bases = {new.id: old.id for k in a.in_sentence for old, new, _w in _compared(a, k)
                                    if _EARLIER_AFTER.match(a.text, old.end)}
        return self._compared_bases

    def level_misquotes(self, out: _Matching, by_id: dict[str, _Side], covered: set[str]) -> None:
        """'reported 2,646 cases ..., up from 1,975' against 'from 1,975 cases in 2024/25 to
        2,846 in 2025/26': the earlier level, quoted exactly from a source change, anchors
        the later one, which is misquoted when it is the source's later level with a slip of
        the pen (here a digit miscopied)."""
        for new_id, old_id in {**self.earlier_compared(), **self.bases()}.items():
            h = by_id.get(new_id)
            if h is None or new_id in out.quotes or new_id in covered or new_id in out.misquotes:
                continue
            found = self.anchored(h, out.quotes)
            if found is None:
                continue
            q, x = found
            got = self.read(h, q.source, x)
            if got is None or got.verdict != "inconsistent" or got.flipped or got.shared < ECHO_WORDS:
                continue
            slip = self.slip(h, got, []) or ("a digit miscopied" if _one_digit(h.mention, x.mention) else "")
            if slip and slip != "another measure's figure" and _distinctive(self.a.by_id[old_id]):
                out.misquotes[new_id] = replace(got, slip=slip)

    def level_misstated(self, h: _Side, quotes: dict[str, _Quote]) -> _Quote | None:
        """The later level of a quoted base, when no slip and no other line of the report tells
        what it is: misquoted against the report's later level if its words name that ('fell to
        43, from 58' against '37 licences were suspended ..., compared with 58')."""
        found = self.anchored(h, quotes)
        if found is None:
            return None
        q, x = found
        got = self.read(h, q.source, x)
        if got is None or got.verdict != "inconsistent" or got.flipped or got.shared < SLIP_WORDS \
                or h.mention.hedge != "exact" or x.mention.hedge != "exact" or not _amount(h.family) or not _of_order(x.value, h.value):
            return None
        return replace(got, slip="the level misstated")

    def echoed_count(self, h: _Side, got: list[_Quote], taken: set[str]) -> _Quote | None:
        """A figure whose sentence echoes one sentence of the report: another figure of it is
        quoted exactly from there, and the report's passage gives one figure of h's kind the
        article does not quote, of another value ('the 46 bollards at 23 sites' against '46
        automatic rising bollards at 19 sites'; 'cost £538,000. The council's share was
        £285,000' against 'cost £538,000 ..., the council £312,000'). The sentence copied names
        the line; the words around a figure in a long sentence are too many to.

        A count that says what it counts ('23 sites') is read against the report's count of
        that thing in the echoed sentence or its neighbours in the paragraph, the one that
        names it most closely ('472 hostel beds': the 412 hostel bed spaces of the sentence
        before, not the 390 beds in use). Any other figure must be the one figure of its
        kind in the echoed sentence the article does not quote. None when the report gives
        h's value anywhere, when h is a target, when a hedged h is within a twentieth of the
        figure, when the article says another of its figures became h ('a £70 fine, reduced to
        £35': worked from the £70) or h is half, double or a quarter of one ('£70, or £35 if
        paid promptly'), or when h is the later level of a base the article gives
        and the figure is not the report's later level of that base."""
        hm = h.mention
        a = self.a
        if not h.family or not any(ch.isdigit() for ch in hm.text) or any(q.verdict != "inconsistent" for q in got) \
                or h.counted and not _amount(h.family) or h.target or _BECAME.search(a.before(hm, 30)) \
                and any(o.end <= hm.start and _family(o) == h.family for o in a.figures(a.sentence_of[hm.id])) \
                or not h.counted and any(o.id != hm.id and _family(o) == h.family and o.value and h.value / o.value in _WORKED_RATIOS
                       for o in a.figures(a.sentence_of[hm.id])) or self.share_worked(h):
            return None
        numeral = re.search(r"\d[\d,]*(?:\.\d+)?", hm.text)
        for src in self.sources:
            if any(x.value == h.value for x in src.sides.get(h.family, ())):
                return None
            # (written another way: '£2.71m' as a table's 2.71 under '£m')
            if numeral and _digits(hm) >= 3 and re.search(rf"(?<![\d.,]){re.escape(numeral.group())}(?![\d]|[.,]\d)", src.analysis.text):
                return None
        # (source, sentence) -> how far from a sentence h's sentence quotes: 0, or 1 for a
        # neighbour in its paragraph (only a count's neighbours: it says what it counts)
        echoes: dict[tuple[int, int], int] = {}
        for o in a.figures(a.sentence_of[hm.id]):
            r = self.quotes.get(o.id)
            if o.id == hm.id or r is None or r.verdict != "verified" or r.x.value != o.value or r.per != 1 or r.complement \
                    or not (_distinctive(o) or o.value >= 10 and any(ch.isdigit() for ch in o.text)):
                continue
            sa = r.source.analysis
            ks = sa.sentence_of[r.x.mention.id]
            for kk in (ks - 1, ks, ks + 1) if h.counted else (ks,):
                if 0 <= kk < len(sa.sentences) and sa.sentences[kk].paragraph == sa.sentences[ks].paragraph:
                    echoes[(r.source.number, kk)] = min(echoes.get((r.source.number, kk), 1), abs(kk - ks))
        if not echoes:
            return None

        def where(q: _Quote) -> tuple[int, int]:
            return q.source.number, q.source.analysis.sentence_of[q.x.mention.id]

        fits = [q for q in got if where(q) in echoes and q.x.family == h.family and not q.flipped and not q.complement
                and q.per == 1 and q.x.change == h.change and not q.x.target and q.x.mention.id not in taken
                # (a bound is no line to miscopy: 'leaving 350 with no activity' against 'more than 300';
                # an estimate is: 'some 2.6 million visits' against 'around 3.2 million')
                and q.x.mention.hedge in ("exact", "about", "estimated")
                and (not h.counted or q.x.counted & h.counted) and _of_order(q.point, h.value)]
        if not fits:
            return None

        def closeness(q: _Quote) -> tuple[int, int]:
            return len(q.x.counted & h.counted), -echoes[where(q)]

        q = max(fits, key=closeness)
        if any(f.x.mention.id != q.x.mention.id and closeness(f) == closeness(q) for f in fits):
            return None
        if hm.hedge != "exact" and abs(q.point - h.value) <= abs(h.value) / 20:
            return None
        if h.mention.id in self.bases() and ((found := self.anchored(h, self.quotes)) is None or found[1].mention.id != q.x.mention.id):
            return None  # the later level of a base the article gives is the report's later level, or none
        sa = q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        # the report's sentence has no second figure that would do as well: of the thing
        # counted, or of the kind, unquoted
        if any(s.mention.id != q.x.mention.id and sa.sentence_of[s.mention.id] == ks
               and (len(s.counted & h.counted) >= closeness(q)[0] if h.counted else s.mention.id not in taken)
               for s in q.source.sides.get(h.family, ())):
            return None
        return replace(q, slip=self.slip(h, q, [q]) or "the figure misstated")

    def share_worked(self, h: _Side) -> bool:
        """Whether h is a share its sentence gives of another figure of its kind, worked out:
        'of which Ashdene council pays 62 per cent - about £2.4m' is 62 per cent of the
        sentence's £3.86m (£2.39m), no miscopy of the report's other amount."""
        a, hm = self.a, h.mention
        figures = a.figures(a.sentence_of[hm.id])
        for p in figures:
            share = p.share if p.share is not None else p.value if p.kind == "percent" else None
            if p.kind not in ("percent", "fraction") or share is None or not 0 < share < HUNDRED:
                continue
            for o in figures:
                if o.id in (hm.id, p.id) or _family(o) != h.family or not o.value:
                    continue
                if h.interval.contains(o.value * share / HUNDRED) or abs(o.value * share / HUNDRED - h.value) <= abs(h.value) / 50:
                    return True
        return False

    def whole_misquote(self, out: _Matching, by_id: dict[str, _Side], part: Mention, whole: Mention, covered: set[str]) -> None:
        """'112 of 148 cases' against '112 of the 143 cases': the part, quoted exactly,
        anchors the pair, so a whole that is not the source's whole of that part is
        misquoted (here a digit miscopied)."""
        found = self.counterpart(out, by_id, part, whole, covered, anchor_is_whole=False)
        if found is None:
            return
        got, x = found
        h = by_id[whole.id]
        slip = self.slip(h, got, []) or ("a digit miscopied" if _one_digit(h.mention, x.mention) else "")
        if slip:  # a whole quite unlike the report's may be another whole, rightly
            out.misquotes[whole.id] = replace(got, slip=slip)

    def counterpart(self, out: _Matching, by_id: dict[str, _Side], anchor: Mention, other: Mention, covered: set[str],
                    anchor_is_whole: bool) -> tuple[_Quote, _Side] | None:
        """For an article part-and-whole pair one of whose figures (the anchor) the article
        quotes exactly: the other figure read against its counterpart in a source pair of
        that anchor (within a sentence either way), when the two disagree."""
        from ._rules_parts import of_pairs

        q = out.quotes.get(anchor.id)
        h = by_id.get(other.id)
        if q is None or h is None or q.x.value != anchor.value or other.id in out.quotes or other.id in covered:
            return None
        src, sa = q.source, q.source.analysis
        ks = sa.sentence_of[q.x.mention.id]
        for kk in (ks - 1, ks, ks + 1):
            if not 0 <= kk < len(sa.sentences):
                continue
            for xp, xw in of_pairs(sa, kk):
                mine, theirs = (xw, xp) if anchor_is_whole else (xp, xw)
                if mine.id != q.x.mention.id:
                    continue
                x = next((s for s in src.sides.get(h.family, ()) if s.mention.id == theirs.id), None)
                got = self.read(h, src, x) if x is not None else None
                if x is not None and got is not None and got.verdict == "inconsistent" and not got.flipped and got.shared >= ECHO_WORDS:
                    return got, x
        return None

