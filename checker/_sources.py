"""FC8xx: an article held against the report it quotes (``figcheck check ARTICLE --source REPORT``).

Each figure of the article is matched to the source figures *of the same measure*: the
content words around the two figures are compared (stems cut to six-letter keys, so that
'assess' meets 'assessment'; rapidfuzz joins other spellings), weighed by how rare each
word is in the source and how close it stands to its figure, less the qualifiers of the
source figure that the article leaves out ('sexual offences' is not 'all crime'). Kind,
unit, period ('a day', 'a year'), polarity ('recorded' / 'unrecorded', 'within four hours' /
'waited longer'), change or level, target or finding, and scope ('nationally') must agree;
the ends of a range only meet the ends of a range. Candidates come from a value index and
a rare-word index of the source, never from the whole report.

Then, in this order:

- a source figure of that measure whose value the article's figure allows, with its hedge
  and rounding, makes the figure a quotation: verified or rounded (FC801); a share may
  quote the complement of a share of the opposite polarity (16 per cent unrecorded from an
  83.6 per cent recording rate) and 'one in six' is a share like any other; the same
  distinctive value (11,600; 83.6) needs few words, and two figures of one article
  sentence echoing two of one source sentence vouch for each other;
- a figure the article works out from figures it quotes (109 of 138 is 87 per cent; 3,800
  and 280 make over 4,000; 11,600 a year is more than 40 a day) is checked by the
  article's own rules, re-issued joined to the source figures (FC802); so are shares of a
  part and whole the source gives as counts, sums and differences within one source
  passage, a count from a rate and a total, and a change against the two levels the
  source gives;
- a figure whose value no source figure of its measure allows is misquoted (FC801,
  inconsistent) when an exact slip ties it to one (complement quoted, percentage points as
  per cent, truncated, digits transposed, another period's figure), when it is a
  subgroup's figure given as the whole's, when it is the other part of a whole the article
  quotes from the same source pair, or when its words single one source figure out well
  ahead of any other;
- dates and years are checked against the same date in the source, weekdays included
  (FC804);
- any other figure is not in the source: unverifiable (FC803).

When in doubt, do not flag: an article that repeats fewer than three of the report's
distinctive figures exactly is never said to misquote it (it quotes something else), and a
figure that several source figures of one measure could be is left unverifiable, not
called wrong.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cached_property
from pathlib import Path

from claims import Document, content_words, extract_document
from claims._records import Interval, Mention
from claims._words import UNITS_WORDS

from ._analysis import NEGATION, Analysis
from ._common import apart, conclude, is_change, is_count, is_target, within
from ._records import Check, Relation
from ._registry import rule
from ._rules_restate import _realistic
from ._verdict import transposed, truncates

__all__ = ["Source", "prepare_source"]

HUNDRED = Fraction(100)
_PERIOD = re.compile(r"(?<!half )(?<!quarter )(?<!within )(?<!than )(?<!under )(?<!over )\b(?:a|an|every|each|per)\s+(day|week|month|year|hour)\b(?!\s+(?:earlier|ago|before|later|on|after))|\b(daily|weekly|monthly|yearly|annual(?:ly)?)\b|"
                     r"\b(?:over|in|during|across) the (year|12 months)\b|\b(?:last|this|the past|the previous) (year|12 months)\b|"
                     r"\b(?:in|during|for|over) (?:20\d\d[/-]\d\d)\b()", re.I)
_PERIOD_WORD = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year", "annually": "year",
                "12 months": "year"}
_IN_YEAR = re.compile(r"\b(?:in|during|over|throughout|for)\s+(?:the\s+(?:calendar|financial)\s+year\s+)?(?:19|20)\d\d\b(?![-/–]\d)(?!\s*(?:to|and)\s)", re.I)
#: a period in days, to carry '11,600 a year' to '32 a day'
_DAYS = {"day": Fraction(1), "week": Fraction(7), "month": Fraction(365, 12), "year": Fraction(365)}
#: words that make a percentage a margin, written in points or 'percent' alike
_MARGIN = re.compile(r"\+/-|±|plus or minus|either way|margin|accurate to|give or take|confidence interval", re.I)
#: a figure inside a limit or past it: 'seen within four hours' / 'waited longer'
_SPAN = r"(?:an? |one |two |three |four |five |six |seven |eight |nine |ten |twelve |\d+ )?(?:minute|hour|day|week|month)s?"
_INSIDE = re.compile(rf"\b(?:within|inside|in under|no more than|or less|or fewer|on time|in time|before the|up to|"
                     rf"(?:less than|under) {_SPAN})\b", re.I)
_OUTSIDE = re.compile(rf"\b(?:longer|further than|farther than|beyond|exceed(?:ed|ing|s)?|late|outside\s+(?:the\s+|a\s+|an\s+)?(?:\d+|target|standard|limit|timescale|time|window|threshold|deadline|statutory|agreed|required|national|expected|recommended|[a-z]+-(?:hour|day|week|minute))|more than {_SPAN}|over {_SPAN})\b", re.I)
#: a clause of its own, said of another figure than the one before it ('..., meaning nearly
#: three in ten still waited longer'), not one in apposition ('- more than 18,600 people -')
_OWN_CLAUSE = re.compile(r"\W*(?:meaning|which means|while|whereas|but|and|so)\b", re.I)
#: a clause that restates the figure before it in other terms: 'over 11,600 a year ... , or about 32 a day'
_RESTATING = re.compile(r"^\W*(?:or|i\.e\.|that is|equivalent to|the equivalent of)\b", re.I)
#: a wider population than the report's own ('nationally, 26 per cent'); 'the national
#: rules' is not one
_WIDER = re.compile(r"\b(?:nationally|nationwide|across (?:england|wales|scotland|the uk|the country)|in england and wales|"
                    r"regionally|across the region|(?:the )?(?:england|uk|national|regional) average|(?:all|other) forces)\b", re.I)

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
#: another measure's figure ('92.7 per cent' of thefts, the report's 92.7 percent logged
#: within 24 hours) is reported only with this much in common with the figure meant ...
ANOTHER_WORDS = 1.0
#: ... and this much more than with any source figure of the article's own value
WORDS_AHEAD = 0.3
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
    found = _PERIOD.search(a.text, m.end, min(e + 20, a.sentence(m).end, m.end + 90, nxt))
    if found is None:
        found = _PERIOD.search(a.text, max(s, m.start - 80, prv), m.start)  # its own clause: not the week of the figure before
    if found is None:
        # a count or sum 'in 2025' (a calendar or financial year named, no date) is that
        # year's: '3,591 casualties in 2025' is some 10 a day
        if _family(m) == "count" or _family(m).startswith("money:"):
            if _IN_YEAR.search(a.text, max(s, prv), min(e, nxt)):
                return "year"
        return ""
    if not (found.group(1) or found.group(2)) and not (_family(m) == "count" or _family(m).startswith("money:")):
        return ""  # 'in 2023/24', 'on the previous year': when a share was measured, not a rate per year
    word = next((g for g in found.groups() if g), "year").lower()  # the last group: a financial year
    return _PERIOD_WORD.get(word, word)


def _negated(a: Analysis, m: Mention) -> bool:
    """The figure's polarity; a clause that restates the figure before it ('..., or about 32
    crimes every day') takes that figure's."""
    start, _ = a.clause(m)
    hs = m.get("hedge_start")
    lead = a.text[start:hs if isinstance(hs, int) else m.start]
    # or one that opens its clause in apposition ('did not attend 11,940 appointments, 3.8
    # per cent of the total'; 'did not turn up - 3.8 per cent of the total')
    before = [o for o in a.figures(a.sentence_of[m.id]) if o.end <= start]
    if _RESTATING.match(lead) and before:
        return a.negated(before[-1])
    if before and not lead.strip(" ,;–—-(") and not a.negated(m) and not re.search(r"\b(?:and|but|while|whereas)\b", a.between(before[-1], m)) \
            and re.match(r"^\s*(?:per cent|percent|%)?\s*of\s+(?:the|all)\b", a.text[m.end:m.end + 20], re.I):
        return a.negated(before[-1])
    return a.negated(m)


def _scope(a: Analysis, m: Mention) -> bool:
    k = a.sentence_of[m.id]
    return bool(_WIDER.search(a.sentence_text(k)))


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
#: words that say when or which way, not whose: no qualifier of a group
_GENERIC = frozenset({"fell", "rose", "previo", "year", "earlie", "increa", "decrea", "rate", "compar", "down", "total", "overal",
                      "figure", "last", "this", "report", "recent", "latest", "period", "curren",
                      # words that name what kind of figure, not whose ('the proportion', 'the share')
                      "propor", "shar", "share", "number", "level", "amount"})
#: a small number's word, which may name a table row labelled by it
_NUMBER_WORD = {v: k for k, v in UNITS_WORDS.items() if k not in ("nil", "nought", "naught")}
#: words that say a figure is a sum of parts the sentence names
_COMBINED = re.compile(r"\b(?:combined|together|between them|in all|in total|altogether)\b", re.I)
#: a table row that is the whole of the rows above it
_TOTAL_ROW = re.compile(r"\b(?:total|all|overall|whole|combined)\b", re.I)
#: a figure given as the base of a change ('up from 19.8 per cent', 'compared with 81.5%')
#: ('on' only after a change's own figure: 'up 12% on 341', not 'met on only 78.3 per cent of occasions')
_BASE_WORDS = r"from|compared with|compared to|compares with|than|against|since|(?:\d|%|cent)\s+on"
_BASE_TAIL = r"\s+(?:the\s+|a\s+|just\s+|only\s+|an average of\s+)?$"
_PAST_BASE = re.compile(rf"\b(?:{_BASE_WORDS}|was|were|stood at){_BASE_TAIL}", re.I)
#: ... of which these say it is where a change started from ('was' and 'stood at' may be now)
_BASE_OF = re.compile(rf"\b(?:{_BASE_WORDS}){_BASE_TAIL}", re.I)
#: a source figure given as the base of a change ('down from 81.5%', 'against 11.9 months') ...
_BASE_THEN = re.compile(r"\b(?:from|compared with|compared to|against|on)\s+(?:the\s+|an average of\s+)?$", re.I)
#: or said to be where a change started from ('down from 68.9 per cent')
_MOVED_FROM = re.compile(r"\b(?:down|up|fallen|risen|rose|fell|increased|decreased|dropped|climbed)"
                         r"(?:\s+by)?(?:\s+[\d,.]+(?:%|\s+per\s+cent)?)?\s+from\s+$", re.I)
#: ... of an earlier time, said after it ('in 2022/23', 'a year earlier')
_THEN = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:in|for|during)\s+(?:19|20)\d\d|\s*(?:[a-z]+\s+){0,3}?(?:a|the) (?:year|month) "
                   r"(?:earlier|before)|\s*(?:[a-z]+\s+){0,3}?(?:last|the previous) year", re.I)
#: the year said right after a figure ('9 in 2023', '128 at the end of 2022/23')
_THEN_YEAR = re.compile(r"\s*(?:[a-z]+\s+){0,4}?(?:in|for|during|of|at)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?"
                        r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                        r"((?:19|20)\d\d)\b", re.I)
#: a sentence that opens on a year ('In 2022/23 the equivalent proportion was'), with no figure before the one read
_IN_AN_EARLIER_YEAR = re.compile(r"\s*(?:In|For|During|Back in)\s+((?:19|20)\d\d)(?:[/-]\d\d)?\b[^0-9]*$")
#: a figure that is the whole others are counted in ('91 of the 742', 'out of 463')
_WHOLE_BEFORE = re.compile(r"(?:\d%?|\bout|\bcent)\s+of\s+(?:the\s+|all\s+)?$", re.I)
#: words that put a figure in an earlier time than the report's own
_EARLIER = re.compile(r"(?<!least one )(?<!or more )\b(?:earlier|previous(?:ly)?|prior|before|ago|last inspection|used to|had been)\b"
                      # not a definition ('victims of at least one earlier crime')
                      # not a window the measure counts over ('referred again within the previous 12 months')
                      r"(?<!\bwithin the previous)(?!\s+(?:\d+|one|two|three|six|twelve)\s+(?:days?|weeks?|months?|years?)\b)",
                      re.I)
#: a sentence that leans on the one before ('That is 341 more', 'Of these, 109'), even across a paragraph break
_ANAPHOR = re.compile(r"^\W*(?:that|this|it|these|those|of these|of those|of them|of which)\b", re.I)


def _key(w: str) -> str:
    """A word's matching key: its stem cut to six letters, so that 'assess' meets
    'assessment', 'clinician' 'clinical' and 'violence' 'violent'."""
    return w[:6]


def _restated_change(a: Analysis, m: Mention) -> bool:
    """Whether a figure is a change; a clause that restates the figure before it in other
    terms ('a reduction of 17.4 Ml/d, or 7.6 percent') is a change when that one is."""
    if is_change(a, m):
        return True
    start, _ = a.clause(m)
    if _RESTATING.match(a.text[start:m.start]) or re.search(r"\bor\s+(?:about\s+|around\s+|some\s+)?$|\($", a.before(m, 15)):
        before = [o for o in a.figures(a.sentence_of[m.id]) if o.end <= m.start]
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
    above = a.text[max(0, first - 300):first].rstrip()
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
    return _Side(m, fam, value, iv, _period(a, m), _negated(a, m), _scope(a, m), _words(a, m),
                 frozenset(_key(w) for w in a.clause_words(m)),
                 change, is_target(a, m), _outside(a, m), way)


#: a table column of changes, by its header ('Change', '% change', 'Rise or fall')
_CHANGE_COLUMN = re.compile(r"\b(?:change|changes|increase|decrease|difference|rise|fall)\b", re.I)


def _changed_cell(a: Analysis, m: Mention) -> bool:
    """Whether a figure is a table cell of a column of changes, or signed ('+12.6%', '-7.7%')
    in a table whose header names years."""
    cell = a.cell_of.get(m.id)
    if cell is None:
        return False
    header = " ".join(a.text[start:end] for start, end, t, r, c in a.doc.cells if t == cell[0] and r == 0 and c == cell[2])
    return bool(_CHANGE_COLUMN.search(header)) and cell[1] > 0


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


def _amount(family: str) -> bool:
    """A family of plain amounts, which one figure may be written in more than one of
    ('58,930 hours', '58,930 ambulance hours' read as a count)."""
    return family in ("count", "decimal") or family.startswith("quantity:")


def _dropped(h: Mention, x: Mention) -> bool:
    """The article's amount is the report's with one digit left out: £4.2 million for £4.82
    million, 1,842 for 18,420. The report's figure has three significant digits or more."""
    dh, dx = ("".join(ch for ch in m.text if ch.isdigit()) for m in (h, x))
    if len(dx) != len(dh) + 1 or _digits(x) < 3 or x.kind != h.kind or h.kind not in ("count", "money", "quantity"):
        return False  # a share one digit short (93 per cent, 92.3 percent) is as often a rounding
    return any(dx[:i] + dx[i + 1:] == dh for i in range(len(dx)))


def _one_digit(a: Mention, b: Mention) -> bool:
    """Two figures written with the same digits but one: 148 and 143, 184,452 and 181,452."""
    da, db = ("".join(ch for ch in m.text if ch.isdigit()) for m in (a, b))
    return len(da) == len(db) >= 3 and sum(x != y for x, y in zip(da, db, strict=True)) == 1


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
        header = " ".join(a.text[start:end] for start, end, t, r, c in a.doc.cells if t == cell[0] and r == 0 and c == cell[2])
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
        chars = list(a.text[lo:hi])
        for b0, b1 in blank:
            chars[max(0, b0 - lo):max(0, min(hi, b1) - lo)] = " " * max(0, min(hi, b1) - max(lo, b0))
        text = "".join(chars)
        inside, outside = bool(_INSIDE.search(text)), bool(_OUTSIDE.search(text))
        if inside != outside:
            return outside
    return None


@dataclass(frozen=True, slots=True)
class _Quote:
    """The article figure h read against source figure x."""

    source: Source
    x: _Side
    shared: float
    missing: float
    complement: bool
    per: Fraction  # x's period carried to h's (1 when the same)
    point: Fraction  # what x says h should be: its value, complement or per-period figure
    verdict: str
    flipped: bool = False  # the two figures read with opposite polarity
    slip: str = ""  # for a misquote, the kind of slip (Matcher.slip)
    also: tuple[str, ...] = ()  # the same figure given again elsewhere in the source

    @property
    def similarity(self) -> float:
        return self.shared - 0.3 * self.missing


@dataclass(slots=True)
class _Matching:
    quotes: dict[str, _Quote]            # article id -> the source figure it quotes (consistent)
    misquotes: dict[str, _Quote]         # article id -> the source figure it misquotes
    derived: list[Check]                 # the article's own checks, joined to the source figures
    replaced: set[tuple[str, tuple[str, ...]]]
    unmatched: list[Mention]
    dates: list[Check]


class _Matcher:
    """Article figures against the figures of its sources, by measure, value and kind."""

    def __init__(self, a: Analysis, sources: Sequence[Source]) -> None:
        self.a = a
        self.sources = sources
        self.fuzzy: dict[tuple[int, str], str] = {}
        self.quotes: dict[str, _Quote] = {}  # the quotations found so far (match() fills it)
        self.based: dict[str, str] = {}  # earlier levels of the article's changes, to their later ones
        self.in_row: dict[tuple[str, str], float] = {}  # (article figure, table cell) pairs a change reads along a row

    def translate(self, src: Source, w: str) -> str:
        """The source's spelling of an article word: itself, or the nearest by rapidfuzz
        ('violenc' meets 'violent'); '' when the source has no such word."""
        if w in src.df:
            return w
        key = (src.number, w)
        got = self.fuzzy.get(key)
        if got is None:
            got = ""
            if len(w) >= 5:
                from rapidfuzz import fuzz, process

                best = process.extractOne(w, src.vocabulary, scorer=fuzz.ratio, score_cutoff=85)
                if best is not None and best[0][:3] == w[:3]:
                    got = best[0]
            self.fuzzy[key] = got
        return got

    def similarity(self, h: _Side, src: Source, x: _Side) -> tuple[float, float]:
        """(shared, missing): the measure words the two figures share, weighed by rarity in
        the source and by closeness to each figure; and the qualifiers near the source
        figure (its clause) that the article's words lack."""
        hw: dict[str, float] = {}
        for w, near in h.words.items():
            t = self.translate(src, w)
            if t:
                hw[t] = max(hw.get(t, 0.0), near)
        shared = sum(min(near, x.words[w]) * src.rarity(w) for w, near in hw.items() if w in x.words)
        if h.period and x.period:
            shared += 0.5  # both counted per period ('24 assaults a week', '24 a month'): kin measures
        missing = sum(src.rarity(w) for w in x.clause if w not in hw)
        return shared, missing

    def candidates(self, h: _Side) -> Iterator[tuple[Source, _Side]]:
        """The source figures worth reading h against: those whose value lies near h's
        (or its complement, or h's carried to another period), and those that share a
        rare word with h; never the whole report."""
        fams = {h.family}
        if h.family == "share":
            fams.add("points")
        elif h.family == "points":
            fams.add("share")
        elif h.family in ("decimal", "count") or h.family.startswith("quantity:") or h.family.startswith("rate:"):
            # a unit the article spells out or leaves off ('229.8 megalitres' for '229.8 Ml/d'):
            # the same figure, met only by its exact value
            fams |= {f for src in self.sources for f in src.by_value if f == "decimal" or f.startswith("quantity:")
                     or h.family == "decimal" and f.startswith("rate:")}
        v = float(h.value)
        centres = [v]
        if h.family == "share":
            centres.append(100 - v)
        if h.period:
            centres += [v * f for f in _FACTORS if f != 1]
        for src in self.sources:
            seen: set[int] = set()
            pool: list[_Side] = []
            for fam in fams:
                keys, rows = src.by_value.get(fam, ([], []))
                for c in centres:
                    reach = abs(c) * 0.2 + 1e-9  # rounding, hedges and slips of a digit; words find the rest
                    lo, hi = bisect.bisect_left(keys, c - reach), bisect.bisect_right(keys, c + reach)
                    pool += rows[lo:hi]
            for w in h.words:
                t = self.translate(src, w)
                if t:
                    pool += [x for x in src.by_word.get(t, ()) if x.family in fams]
            for x in pool:
                if id(x) in seen:
                    continue
                seen.add(id(x))
                if bool(h.mention.ranged) != bool(x.mention.ranged) and x.value != h.value:
                    continue  # an end of a range quotes an end of a range, or the very figure
                if h.mention.ranged and x.mention.ranged and h.mention.get("range") != x.mention.get("range"):
                    continue
                if h.scope != x.scope:
                    continue
                yield src, x

    def read(self, h: _Side, src: Source, x: _Side) -> _Quote | None:
        """h read as a quotation of x: None where kind, polarity or period rule it out."""
        a, sa = self.a, src.analysis
        hm, xm = h.mention, x.mention
        # 'about 44 spills' of an average of 44.3; 'compares with 561.6 a year earlier' of a rate
        # of 561.6 per 1,000 named before it
        kin = {h.family, x.family} == {"count", "decimal"} or "decimal" in (h.family, x.family) and any(
            f.startswith("rate:") for f in (h.family, x.family))
        if h.family != x.family and h.family not in ("share", "points") and not kin:
            if x.value != h.value or not _distinctive(h.mention):
                return None
            shared, missing = self.similarity(h, src, x)
            return _Quote(src, x, shared, missing, False, Fraction(1), x.value, "verified")
        if h.family != x.family and not kin:
            # points and per cent meet only as a margin ('within 1.8 percentage points' of
            # '+/- 1.79 percent'); a change in per cent read against one in points is the
            # slip FC801 names, never a quotation
            if not (_MARGIN.search(a.sentence_text(a.sentence_of[hm.id])) and _MARGIN.search(sa.sentence_text(sa.sentence_of[xm.id]))):
                if not (hm.kind == "percent" and x.family == "points" and h.change and x.change):
                    return None
                shared, missing = self.similarity(h, src, x)
                return _Quote(src, x, shared, missing, False, Fraction(1), x.value, "inconsistent")
        if (h.change != x.change or h.target != x.target and not _restates_threshold(a, h, sa, x)) and (h.family == x.family or kin):
            return None
        if h.direction and x.direction and h.direction != x.direction:
            return None  # 'a drop of about 16 per cent' quotes no 'increase of 16.7 per cent'
        shared, missing = self.similarity(h, src, x)
        # a share of the opposite polarity is quoted as its complement; a count of the
        # opposite polarity is another measure, though polarity read from a clause can be
        # wrong ('3,800 violent crimes and 280 sexual offences go unrecorded'): it costs
        flipped = h.negated != x.negated
        if h.outside is not None and x.outside is not None and h.outside != x.outside:
            flipped = not flipped  # 'waited longer' against 'seen within four hours'
        complement = flipped and h.family == "share" and not h.change  # a change has no complement
        if flipped and h.family != "share":
            shared -= 0.5
        per = Fraction(1)
        if h.period != x.period and h.period and x.period:
            if h.family == "share" or h.period not in _DAYS or x.period not in _DAYS:
                return None
            per = _DAYS[h.period] / _DAYS[x.period]
            if "year" in (h.period, x.period) and h.period != "month" and x.period != "month":
                # a year of 366 days (2023/24 holds 29 February): the working that fits is taken
                leap = per * 365 / 366 if x.period == "year" else per * 366 / 365
                rank = {"verified": 2, "rounded": 1}
                if rank.get(self.verdict(h, x, complement, leap), 0) > rank.get(self.verdict(h, x, complement, per), 0):
                    per = leap
        point = (HUNDRED - x.value if complement else x.value) * per
        return _Quote(src, x, shared, missing, complement, per, point, self.verdict(h, x, complement, per), flipped)

    @staticmethod
    def verdict(h: _Side, x: _Side, complement: bool, per: Fraction) -> str:
        from ._verdict import judge

        # most candidates are far off: a float test spares them the exact arithmetic
        hv, xv = float(h.value), float(x.value)
        xv = (100 - xv if complement else xv) * float(per)
        if abs(hv - xv) > 0.6 * max(abs(hv), abs(xv)) + 1 and h.mention.hedge == "exact" and x.mention.hedge == "exact":
            return "inconsistent"
        point, iv = x.value, _source_interval(x)
        if complement:
            point = HUNDRED - point
            iv = Interval(None if iv.high is None else HUNDRED - iv.high, None if iv.low is None else HUNDRED - iv.low,
                          iv.high_open, iv.low_open)
        if per != 1:
            point *= per
            iv = Interval(None if iv.low is None else iv.low * per, None if iv.high is None else iv.high * per,
                          iv.low_open, iv.high_open)
        if point == h.value and per == 1 and _direction(h.mention) == _direction(x.mention):
            return "verified"  # 'more than 3,800' for 'over 3,800'
        hiv = _realistic_share(h) if h.family == "share" else _realistic(h.mention).interval  # 'more than 2,000' is not 68,450
        return judge(h.mention, hiv, h.value, point, iv)

    def fits(self, h: _Side, got: list[_Quote], bonus: dict[tuple[int, int], float]) -> _Quote | None:
        """The source figure h quotes: one whose value h allows and whose words agree
        enough; the same distinctive value needs fewer words. A figure whose neighbours
        in the article sentence quote the same source sentence gains (33 and 12 of one
        sentence, both from one sentence of the report)."""
        best: _Quote | None = None
        key: tuple[bool, float, bool] = (False, -1e9, False)
        k = self.a.sentence_of[h.mention.id]
        allowed = [q for q in got if q.verdict != "inconsistent" and q.x.family == h.family]
        # a value that only one source figure of the family allows (the figure or its
        # complement) is evidence in itself: 'about 88 per cent' of a report whose one
        # figure near 88 is its 87.9 percent recording rate
        narrow = len({q.point for q in allowed}) == 1
        hm = h.mention
        # a slip of the pen from a figure the words name plainly (9,847 for the 9,874 contacts)
        # outweighs a looser reading through another period (27.0 a day is some 9,855 a year)
        slipped = hm.hedge == "exact" and _digits(hm) >= 4 and any(
            r.per == 1 and r.x.family == h.family and r.verdict == "inconsistent" and r.shared >= STRONG
            and (transposed(r.point, h.value, hm.precision) or _one_digit(hm, r.x.mention) or _dropped(hm, r.x.mention))
            for r in got)
        for q in got:
            if q.verdict == "inconsistent" or slipped and q.per != 1:
                continue
            if h.mention.hedge == "exact" and q.x.mention.hedge in ("more than", "less than", "at least", "at most") and q.point != h.value:
                continue  # an exact 67.1 percent is no quotation of 'below 70 percent'
            hp, xp = h.mention.precision, q.x.mention.precision
            if hp is not None and xp is not None and hp <= xp and q.per == 1 and not q.complement and q.x.value != h.value \
                    and h.mention.hedge == "exact":
                continue  # 82.6 per cent is no quotation of a report's 83%, nor 21.7 of 21.6%: a quotation adds no digits
            at = q.source.number * 1_000_000 + q.source.analysis.sentence_of[q.x.mention.id]
            near = max(bonus.get((k, at), 0.0), bonus.get((-1 - k, at), 0.0) if hm.id in self.based else 0.0,
                       self.in_row.get((hm.id, q.x.mention.id), 0.0), 0.6 if self.label_said(h, q) else 0.0)
            same = q.x.value == h.value and q.per == 1 and not q.complement
            if same and _digits(h.mention) >= 4 and q.shared + near >= ACCEPT_SAME / 2:
                score = q.shared + near  # 3,591 or 18,246 again, with a word in common, is the same figure
            elif (same and _distinctive(h.mention) or narrow and h.mention.hedge != "exact" or narrow and h.mention.precision is not None
                    and h.mention.precision < 1) and q.shared + near >= ACCEPT_SAME or narrow and q.shared + near >= NARROW_WORDS:
                score = q.shared + near
            elif q.similarity + near >= ACCEPT:
                score = q.similarity + near
            else:
                continue
            # the same value first (83.6 for 83.6, not for 100 - 16.4), then the words
            if (same, score, q.verdict == "verified") > key:
                best, key = q, (same, score, q.verdict == "verified")
        if best is not None and best.x.value == h.value and best.per == 1 and not best.complement:
            # the report may give the figure twice (in the text and in a table): both are quoted
            also = tuple(q.x.mention.id for q in got if q is not best and q.x.value == h.value and q.per == 1
                         and not q.complement and q.verdict != "inconsistent" and (q.shared >= ECHO_WORDS or _distinctive(h.mention))
                         and q.source is best.source)
            if also:
                best = replace(best, also=also)
        return best

    def label_said(self, h: _Side, q: _Quote) -> bool:
        """Whether the article's sentence gives, word for word, the label of the table row
        q's cell stands in, when that label is a figure itself ('Among those aged 65 to 74 the
        figure is 13.8 per cent': the '65 to 74' row), which no word of it names."""
        sa = q.source.analysis
        cell = sa.cell_of.get(q.x.mention.id)
        label = " ".join(q.source.row_labels.get(cell[:2], "").split()).lower() if cell else ""
        return bool(re.search(r"\d", label)) and len(label) >= 4 and label in " ".join(
            self.a.sentence_text(self.a.sentence_of[h.mention.id]).split()).lower()

    def bases(self) -> dict[str, str]:
        """The article's changes from one level to another, as {later level: earlier level}
        ('rose from 41.5 to 44.2 per cent', '44.2 per cent, down from 47.9 per cent'); the
        earlier levels are kept in ``self.based``."""
        from ._rules_changes import _from_to

        out: dict[str, str] = {}
        for k in self.a.in_sentence:
            for old, new, _word in _from_to(self.a, k):
                out[new.id] = old.id
        self.based = {v: k for k, v in out.items()}
        return out

    def row_pairs(self, readings: dict[str, list[_Quote]], bases: dict[str, str]) -> None:
        """An article change from one level to another ('rose from 16 per cent to 19 per
        cent') that is, value for value, one table row's earlier and later cells ('Unclassified
        roads | 16% | 19%'): the two vouch for each other, however few words they share
        (``self.in_row``, read by ``fits``)."""
        self.in_row = {}
        for new_id, old_id in bases.items():
            for qo in readings.get(old_id, ()):
                sa = qo.source.analysis
                co = sa.cell_of.get(qo.x.mention.id)
                if co is None or qo.x.value != _side_value(self.a, old_id) or qo.per != 1 or qo.complement:
                    continue
                for qn in readings.get(new_id, ()):
                    cn = sa.cell_of.get(qn.x.mention.id) if qn.source is qo.source else None
                    if cn is not None and cn[:2] == co[:2] and cn[2] > co[2] and qn.x.value == _side_value(self.a, new_id) \
                            and qn.per == 1 and not qn.complement:
                        self.in_row[(old_id, qo.x.mention.id)] = ACCEPT
                        self.in_row[(new_id, qn.x.mention.id)] = ACCEPT

    def match(self) -> _Matching:
        a = self.a
        out = _Matching({}, {}, [], set(), [], [])
        self.quotes = out.quotes
        sides = [s for s in (_side(a, m) for m in a.mentions) if s is not None]
        by_side = {h.mention.id: h for h in sides}
        readings: dict[str, list[_Quote]] = {}
        for h in sides:
            readings[h.mention.id] = [q for q in (self.read(h, src, x) for src, x in self.candidates(h)) if q is not None]
        # two figures of one article sentence that are, value for value, two figures of one
        # passage of the source vouch for each other ('Of 11 ..., just five' and 'These
        # contained 11 ...: just five'): a pair of coincidences is rarely chance
        echoes: dict[tuple[int, int], set[str]] = {}
        for h in sides:
            for q in readings[h.mention.id]:
                # two distinctive figures need no words in common: 'to 4,386, from 3,912' and
                # '4,386 EHCPs, up from 3,912' are one pair of figures
                if q.x.value == h.value and q.per == 1 and not q.complement and (
                        q.shared >= ECHO_WORDS or _distinctive(h.mention) and _digits(h.mention) >= 3):
                    ks = q.source.analysis.sentence_of[q.x.mention.id]
                    for d in (-1, 0, 1):
                        echoes.setdefault((a.sentence_of[h.mention.id], q.source.number * 1_000_000 + ks + d), set()).add(h.mention.id)
        bonus: dict[tuple[int, int], float] = {key: 0.6 for key, ids in echoes.items() if len(ids) >= 2}
        bases = self.bases()
        self.row_pairs(readings, bases)
        for _ in range(2):  # a second pass lets quotes found in the first vouch for their neighbours
            for h in sides:
                fit = self.fits(h, readings[h.mention.id], bonus)
                if fit is not None:
                    out.quotes[h.mention.id] = fit
            for hid, q in out.quotes.items():
                sa = q.source.analysis
                ks = sa.sentence_of[q.x.mention.id]
                for d in (-1, 0, 1):
                    bonus[(a.sentence_of[hid], q.source.number * 1_000_000 + ks + d)] = 0.6
                old = bases.get(hid)
                if old is not None and q.verdict == "verified":
                    # the earlier level of a quoted figure ('44.2 per cent, down from 47.9 per
                    # cent') is looked for in the passage of the report that gives the figure
                    # ('... In the previous survey 47.9 per cent gave the same answer.')
                    para = sa.sentences[ks].paragraph
                    for kk in range(max(0, ks - 3), min(len(sa.sentences), ks + 4)):
                        if sa.sentences[kk].paragraph == para:
                            bonus[(-1 - a.sentence_of[old], q.source.number * 1_000_000 + kk)] = 0.6
        demoted: dict[str, _Quote] = {}  # quotations taken for misquotes of another line of the report
        if self.quoting(out, sides):
            by_id = {h.mention.id: h for h in sides}
            for hid, q in list(out.quotes.items()):
                wrong = self.other_measure(by_id[hid], q) or self.past_level(by_id[hid], q, readings[hid]) \
                    or self.complement_swap(by_id[hid], q, readings[hid]) or self.subgroup_row(by_id[hid], q, readings[hid]) \
                    or self.named_row(by_id[hid], q, readings[hid]) or self.named_sibling(by_id[hid], q, readings[hid])
                if wrong is not None:
                    demoted[hid] = out.quotes.pop(hid)
                    out.misquotes[hid] = wrong
        # an article that quotes this report at all repeats some of its figures exactly; one
        # that does not (the wrong report, or figures from elsewhere) is never said to
        # misquote it: its figures are only 'not in the source' (what follows removes no
        # verified quotation, so this holds to the end)
        quoting = self.quoting(out, sides)
        self.derive(out, quoting)
        worked = {c.relation.target for c in out.derived}
        for h in sides:
            if h.family == "share" and h.mention.id not in out.quotes and h.mention.id not in worked:
                c = self.share_of_counts(h)
                if c is not None:
                    out.derived.append(c)
                    worked.add(h.mention.id)
        for h in sides:
            if h.mention.id in out.quotes or h.mention.id in worked or not (
                    _amount(h.family) or h.family.startswith("money:") or h.family == "points"):
                continue
            c = self.arithmetic(h, readings[h.mention.id]) or self.count_of_share(h) or self.change_to_level(h, quoting) \
                or self.combined_rows(h, quoting)
            if c is not None:
                out.derived.append(c)
        for h in sides:
            if h.mention.id in out.quotes or h.mention.id in worked or not h.change:
                continue
            c = self.change_of_levels(h, quoting)
            if c is not None:
                out.derived.append(c)
        worked = {c.relation.target for c in out.derived}
        for h in sides:
            if h.family == "share" and h.mention.id not in out.quotes and h.mention.id not in worked:
                c = self.share_of_quoted_count(h, quoting)
                if c is not None:
                    out.derived.append(c)
        covered = {c.relation.target for c in out.derived if c.verdict != "inconsistent"}
        for hid in covered:  # worked out from the source's figures: a loose quote besides says less
            if hid in out.quotes and out.quotes[hid].verdict != "verified":
                del out.quotes[hid]
        if quoting:
            self.pair_misquotes(out, sides, covered)
        for h in sides:
            hid = h.mention.id
            if hid in out.quotes or hid in covered or hid in out.misquotes:
                continue
            taken = {q.x.mention.id for k, q in out.quotes.items() if k != hid and q.verdict == "verified"}
            miss = (self.unnamed_row(h, readings[hid]) or self.misquote(h, readings[hid], taken)) if quoting else None
            if miss is not None:
                out.misquotes[hid] = miss
            elif hid not in {c.relation.target for c in out.derived}:
                out.unmatched.append(h.mention)
        for hid, q in list(out.misquotes.items()):
            if not self.sure(by_side[hid], q, readings[hid]) or self.rest_of_whole(by_side[hid], q) or self.the_rest(by_side[hid], q) \
                    or not self.plain_polarity(by_side[hid], q) or self.added(by_side[hid], q) or self.spoken(by_side[hid]):
                del out.misquotes[hid]
                if hid in demoted:
                    out.quotes[hid] = demoted[hid]  # not sure it is the wrong line: the quotation stands
                else:
                    out.unmatched.append(self.a.by_id[hid])
            elif not q.also:
                # the report may give the figure meant twice (a summary and a section): both
                fams = {q.x.family} | ({f for f in q.source.sides if _amount(f)} if _amount(q.x.family) else set())
                also = tuple(x.mention.id for f in fams for x in q.source.sides.get(f, ()) if x is not q.x and x.value == q.x.value
                             and not x.mention.ranged and x.change == q.x.change)
                if also:
                    out.misquotes[hid] = replace(q, also=also)
        out.dates = list(self.dates())
        return out

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

    @staticmethod
    def sure(h: _Side, q: _Quote, got: list[_Quote]) -> bool:
        """Whether a misquote is sure enough to report. Another measure's figure needs words
        that point to the source figure clearly, and more clearly than to a source figure
        with the article's very value (the report may give 82.9 for 2021 in a table: then
        the article quotes that); a complement is a slip only when the words agree well or
        the polarity is plainly the other ('28.5 per cent' needing improvement is the rest of
        '71.5%' rated good, not a slip)."""
        given = [r.shared for r in got if r.x.family == h.family and r.x.value == h.value and r.shared >= SLIP_WORDS]
        if q.slip in ("another measure's figure", "") and h.family != "share" and (_distinctive(h.mention) and any(
                x.value == h.value and not x.mention.ranged for x in q.source.sides.get(q.x.family, ())) or given) \
                and not (q.shared >= STRONG and q.shared >= max(given, default=0.0) + 2 * MARGIN):
            # an amount the report gives (of three digits, or with words in common) is that
            # figure, not a slip, unless the words name another figure far more plainly ('27
            # emergency prohibition notices': the report's 3 of those, its 27 improvement notices)
            return False
        if q.slip in ("another measure's figure", ""):
            same = max((r.shared for r in got if r.x.value == h.value and r.per == 1 and not r.complement
                        and r.x.family == h.family and r.verdict != "inconsistent"), default=None)
            if q.shared < ANOTHER_WORDS or same is not None and q.shared < same + WORDS_AHEAD:
                return False
        if q.slip == "complement quoted" and not q.flipped and q.shared < COMPLEMENT_WORDS \
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
        return True

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
        return bool(re.search(r"\b(?:I|I'm|I've|me|my|we|we're|we've|our|us)\b", quote))

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
        for q in got:  # 14.7 percentage points reported as 'an improvement of 14.7 per cent'
            if q.x.family == "points" and h.family == "share" and hm.kind == "percent" and q.x.value == h.value \
                    and is_change(a, hm) and q.shared >= ACCEPT_SAME:
                return replace(q, verdict="inconsistent", slip="percentage points reported as per cent")
        # a count of the opposite polarity ('130 posts lost', '310 on-call firefighters')
        # is another measure, never a misquote
        same = [q for q in got if q.x.family == h.family and not (q.flipped and h.family != "share")]
        if not same:
            return None
        free = [q for q in same if q.x.mention.id not in taken]
        best = max(free or same, key=lambda q: q.similarity)
        # a slip that ties h's value exactly to a source figure of its measure (87.9 quoted
        # as unrecorded, 87.9 cut to 87, 2,315 as 2,135, a month's figure as a week's) is
        # evidence in itself: some shared words suffice, if no other figure fits better
        slipped: dict[Fraction, tuple[int, _Quote]] = {}
        long = _digits(hm) >= 5 and any(ch.isdigit() for ch in hm.text) and hm.hedge == "exact"
        for q in same:
            if q.verdict != "inconsistent" or q.similarity < best.similarity - MARGIN:
                continue
            if q.shared < SLIP_WORDS:
                # five digits or more, swapped or one miscopied (189,650 for 198,650), are
                # no coincidence: a word in common is enough
                if long and q.shared >= ECHO_WORDS and (transposed(q.point, h.value, hm.precision) or _one_digit(hm, q.x.mention)):
                    slip = "digits transposed" if transposed(q.point, h.value, hm.precision) else "a digit miscopied"
                    slipped[q.point] = (2, replace(q, slip=slip))
                continue
            slip = self.slip(h, q, same)
            if not slip and long and _one_digit(hm, q.x.mention):
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
        # with no slip to tell it, a count meant is of h's order (57 for 47, not 5,470 for
        # 17; shares all are), and an earlier level is no rival of a figure the article gives as now ('took
        # 7,150 calls' against a table row's 5,960 last year and 6,380 this year)
        now = not (_PAST_BASE.search(a.before(hm, 25)) or _EARLIER.search(a.clause_text(hm)))
        pool = [q for q in free or same if (h.family in ("share", "points") or _of_order(q.point, h.value))
                and not (now and _earlier_level(q.source, q.x.mention))]
        if pool:
            free, best = pool, max(pool, key=lambda q: q.similarity)
        if best.verdict != "inconsistent":
            return None
        rivals = [q.similarity for q in free if q is not best and q.point != best.point]
        if rivals and best.similarity - max(rivals) < MARGIN:
            return None  # the words do not single out one source figure
        slip = self.slip(h, best, same)
        # a count or amount written exactly ('took 7,150 calls', 'made 162 arrests') needs
        # fewer words than a share or a hedged figure: it is no approximation of anything, and
        # of its order only one figure of the report is named so
        plain = bool(pool) and _amount(h.family) and hm.hedge == best.x.mention.hedge == "exact" and any(ch.isdigit() for ch in hm.text) and best.per == 1 \
            and not best.complement and not re.search(r"\d-[a-z]", best.x.mention.text + best.source.analysis.after(best.x.mention, 6))
        if best.similarity >= STRONG or (best.similarity >= ACCEPT and slip) or plain and best.similarity >= PLAIN_WORDS:
            return replace(best, slip=slip)
        return None

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
        if h.family == "share" and HUNDRED - p == v:
            return "complement quoted"
        # 'about 16 per cent' is no slip of the pen for 16.7, nor 'fourteen' for 41
        exact = h.mention.hedge == "exact" and any(ch.isdigit() for ch in h.mention.text)
        if exact and truncates(p, v, prec):
            return "truncated instead of rounded"
        if exact and transposed(p, v, prec):
            return "digits transposed"
        if exact and _dropped(h.mention, q.x.mention) and (_digits(h.mention) >= 3 or q.x.mention.kind == "money" or q.shared >= ACCEPT
                                                            and not any(o.point != q.point and o.shared >= q.shared for o in others)):
            # '12 beds' beside a table's 124 needs the words of 124's measure, and of no other
            return "a digit dropped"
        if exact and q.per == 1 and not q.complement and (_amount(h.family) or h.family.startswith("money:")) and _digits(h.mention) >= 2 \
                and (v * 10 == p or p * 10 == v):
            # '£214,000' for '£2.14m', '£117,000' for '£11,700': the same digits, a place apart
            return "a zero dropped" if v < p else "a zero added"
        if q.per != 1 and q.x.value == v:
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
        if _PAST_BASE.search(self.a.before(h.mention, 25)) and (
                _EARLIER.search(sa.sentence_text(ks)) or _BASE_OF.search(sa.before(q.x.mention, 25)) or _THEN_YEAR.match(sa.text, q.x.mention.end)):
            # 'down from 41.5 per cent' against 'In the previous survey 41.5 per cent', 'This
            # compares with 68.9 per cent in 2024/25': the earlier level, rightly
            return None
        if h.mention.ranged and self.echoed(h, q):
            return None  # 'between 69.3 and 73.5 per cent' against '69.3 per cent to 73.5 per cent': the range, end for end
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
        named = _GROUP_BEFORE.search(sa.text[s0:q.x.mention.start])
        group = {_key(w) for w in content_words(named.group(1))} - mine - _GENERIC if named else set()
        best: _Quote | None = None
        # the figure for the whole is stated apart from the breakdown, in another sentence
        # ('In all, ... 17.8 percent of all pupils.' / 'The rate was ... 24.6 percent in
        # secondary schools.'); two figures of one sentence are two measures said together
        reach = len(sa.sentences) if self.whole_said(h) else 2  # 'across the trust', 'overall'
        passage = [x for x in src.sides.get(q.x.family, ()) if 0 < abs(sa.sentence_of[x.mention.id] - ks) <= reach]
        # a figure another article figure quotes ('71.3 per cent, down from 76.5, compared with
        # 97.1 per cent for those crewed full-time') is that one's, no rival for this one
        taken = self.taken(h)
        for r in (self.read(h, src, x) for x in passage if x.mention.id not in taken):
            if r is None:
                continue
            if r.x.family != q.x.family or r.point == q.point or r.flipped or r.verdict != "inconsistent" or r.per != 1 or r.complement:
                continue
            if not any(ch.isdigit() for ch in r.x.mention.text) or not q.x.value / 10 <= r.x.value <= q.x.value * 10:
                continue  # 'three' bursaries is no whole for 2,860 students
            r_words = own(r.x)
            if {w for w in x_words & r_words - mine if src.rarity(w) >= 0.6}:
                continue  # the other figure is of the same subgroup ('more than a quarter ... secondary schools')
            qualifiers = {w for w in x_words - r_words - mine - _GENERIC if src.rarity(w) >= 0.6} | (group - r_words)
            theirs = {w for w in r_words - x_words - mine if src.rarity(w) >= 0.6 and w not in _GENERIC}
            if not qualifiers or len(theirs) >= len(qualifiers) or r.shared <= q.shared:
                continue
            if best is None or r.shared > best.shared:
                best = r
        if best is None:
            return None
        # a group the report names for its figure, and the article not, is a subgroup's figure
        return replace(best, slip="a subgroup's figure given as the whole" if group - own(best.x) else "another measure's figure")

    def taken(self, h: _Side) -> set[str]:
        """The source figures that other article figures quote exactly, value for value (not
        a headline's 'fewer than four in five' for 76.2 per cent)."""
        return {r.x.mention.id for hid, r in self.quotes.items() if hid != h.mention.id and r.verdict == "verified"
                and self.a.by_id[hid].hedge in ("exact", "about") and r.x.value == _side_value(self.a, hid)}

    def echoed(self, h: _Side, q: _Quote) -> bool:
        """Whether another figure of h's article sentence is quoted exactly from q's source
        sentence: two figures of one sentence, both from one sentence of the report."""
        k = self.a.sentence_of[h.mention.id]
        ks = q.source.analysis.sentence_of[q.x.mention.id]
        return any(o.id != h.mention.id and (r := self.quotes.get(o.id)) is not None and r.source is q.source
                   and r.verdict == "verified" and r.source.analysis.sentence_of[r.x.mention.id] == ks
                   for o in self.a.figures(k))

    def whole_said(self, h: _Side) -> bool:
        """Whether the article says h is the whole's figure ('across the trust', 'overall'):
        in h's clause, or before it in its sentence when no figure comes first ('Overall,
        the report said, the charge rate now stands at 8.3 per cent')."""
        a, m = self.a, h.mention
        if _WHOLE.search(a.clause_text(m)):
            return True
        s = a.sentences[a.sentence_of[m.id]]
        first = not any(o.end <= m.start for o in a.figures(a.sentence_of[m.id]))
        return first and bool(_WHOLE.search(a.text[s.start:m.start]))

    def subgroup_row(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A table row's figure given for the whole: 'across the trust, 36.2 per cent'
        against a table whose 'Kestonbridge General' row gives 36.2 and whose 'Trust total'
        row gives 34.7. The article says it speaks of the whole and names nothing of the
        row it took; the figure is misquoted against the total row of the same column."""
        src, sa = q.source, q.source.analysis
        cell = sa.cell_of.get(q.x.mention.id)
        if cell is None or q.per != 1 or q.complement or q.x.value != h.value:
            return None
        labels = src.row_labels
        table, row, col = cell
        if _TOTAL_ROW.search(labels.get((table, row), "")):
            return None
        mine = {self.translate(src, w) for w in h.words} - {""}
        if {_key(w) for w in content_words(labels.get((table, row), ""))} & mine:
            return None  # the article names the row ('at Kestonbridge General, 36.2 per cent')
        number = re.match(r"\s*(\d{1,2})\b", labels.get((table, row), ""))
        if number and re.search(rf"\b(?:{number.group(1)}|{_NUMBER_WORD.get(int(number.group(1)), 'x^')})\b",
                                self.a.sentence_text(self.a.sentence_of[h.mention.id]), re.I):
            return None  # a row labelled by a number the article names ('the maximum rating of five': the '5' row)
        whole = self.whole_said(h)
        # the total row's cell of the column, read if the value did not bring it ('-7.4%' is
        # far from the article's 16.5)
        seen = {r.x.mention.id for r in got}
        totals = [x for x in src.sides.get(q.x.family, ()) if x.mention.id not in seen and (c := sa.cell_of.get(x.mention.id))
                  and c[0] == table and c[2] == col and c[1] != row and _TOTAL_ROW.search(labels.get((table, c[1]), ""))]
        for r in [*got, *(r for r in (self.read(h, src, x) for x in totals) if r is not None)]:
            c = sa.cell_of.get(r.x.mention.id)
            if c is not None and c[0] == table and c[2] == col and c[1] != row and _TOTAL_ROW.search(labels.get((table, c[1]), "")) \
                    and r.verdict == "inconsistent" and not r.flipped and r.per == 1 and not r.complement \
                    and (whole or self.beside_the_whole(h, r)):
                return replace(r, slip="a subgroup's figure given as the whole")
        return None

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

    def beside_the_whole(self, h: _Side, total: _Quote) -> bool:
        """Whether h's article passage (its sentence and the one either side) quotes, with its
        other distinctive figures, the source passage that gives the total row's figure in words ('85 of the 271 children tracked' from
        'The cohort comprised 271 children, of whom 85 reoffended', beside its 31.4%): the
        sentence speaks of the whole, so a row's figure in it is given as the whole's."""
        sa = total.source.analysis
        said = {kk for x in total.source.sides.get(total.x.family, ()) if x.value == total.x.value and x.mention.id not in sa.cell_of
                for ks in [sa.sentence_of[x.mention.id]] for kk in range(max(0, ks - 2), min(len(sa.sentences), ks + 3))
                if sa.sentences[kk].paragraph == sa.sentences[ks].paragraph}  # its passage: two sentences either way
        a = self.a
        k = a.sentence_of[h.mention.id]
        near = [kk for kk in (k - 1, k, k + 1) if 0 <= kk < len(a.sentences) and a.sentences[kk].paragraph == a.sentences[k].paragraph]
        return any(o.id != h.mention.id and (r := self.quotes.get(o.id)) is not None and r.source is total.source
                   and r.verdict == "verified" and _distinctive(o) and sa.sentence_of[r.x.mention.id] in said
                   for kk in near for o in a.figures(kk))

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
        common = set.intersection(*every.values())
        labels = {r: ws - common for r, ws in every.items() if not _TOTAL_ROW.search(src.row_labels[(table, r)])}
        if row not in labels:
            return None  # the total row is the whole's figure (subgroup_row asks the other way)
        if not labels[row]:
            return None
        clause = {self.translate(src, w) for w in h.clause} - {""}
        sentence = {self.translate(src, w) for w, near in h.words.items() if near >= 0.5} - {""}
        if len(labels[row] & sentence) * 2 >= len(labels[row]):
            return None  # the article names the row the figure is from
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
            if named:
                for r in got:
                    c = sa.cell_of.get(r.x.mention.id)
                    if c == (table, named[0], col) and r.verdict == "inconsistent" and not r.flipped and r.per == 1 \
                            and not r.complement and r.x.family == q.x.family:
                        return replace(r, slip="another row's figure")
                return None
        return None

    def named_sibling(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """Another figure of the same source sentence, named by the article's clause: 'Some
        736 households were helped at the prevention stage' against 'a prevention duty for
        812 households ..., and a relief duty for 736 households'. The article's clause has a
        word that only the 812's clause has, and none that only the
        736's has: the figure is misquoted against the 812."""
        from ._rules_parts import of_pairs

        if q.per != 1 or q.complement or q.x.value != h.value or NEGATION.search(self.a.clause_text(h.mention)):
            return None  # 'services outside Westmere town' names the town to mean the others
        src, sa = q.source, q.source.analysis
        xm = q.x.mention
        if xm.id in sa.cell_of:
            return None  # a table row is named_row's
        ks = sa.sentence_of[xm.id]
        from ._rules_changes import _from_to

        # a part and its whole, or one measure's two levels ('from 41,937 to 48,512'), are not two measures
        paired = {m.id for pair in [*of_pairs(sa, ks), *((o, n) for o, n, _w in _from_to(sa, ks))]
                  if xm.id in (pair[0].id, pair[1].id) for m in pair}
        sibs = [o for o in sa.figures(ks) if _family(o) == q.x.family and o.id != xm.id and o.value != xm.value and o.id not in paired]
        if not sibs:
            return None
        words = {o.id: {_key(w) for w in sa.clause_words(o)} for o in [xm, *sibs]}
        last = max([xm, *sibs], key=lambda o: o.start)
        # a relative clause after the sentence's last figure is that figure's, however its
        # clause is cut ('... and 9 homicides in which a knife or sharp instrument was used')
        tail = sa.text[sa.clause(last)[1]:sa.sentences[ks].end]
        if re.match(r"\s*(?:which|whom|whose|where|that)\b", tail, re.I):
            words[last.id] |= {_key(w) for w in content_words(tail)}
        common = set.intersection(*words.values())
        mine = {self.translate(src, w) for w in h.clause} - {""}
        own = words[xm.id] - common
        if not own or own & mine:
            return None  # the article says something of the figure's own clause
        # a sibling another figure of the article quotes ('spent £18.6 million against a
        # budget of £16.9 million') is that figure's, not a slip for this one
        taken = self.taken(h)
        named = [o for o in sibs if (words[o.id] - common - own - _GENERIC) & mine and o.id not in taken]
        if len(named) != 1:
            return None
        r = next((r for r in got if r.x.mention.id == named[0].id), None)
        if r is None or r.verdict != "inconsistent" or r.flipped or r.per != 1 or r.complement or r.shared < SLIP_WORDS:
            return None
        return replace(r, slip="the figure of another measure in the same sentence")

    def complement_swap(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """A share the source gives beside its complement, quoted with the other one's
        words: 'only 29.3 per cent of posts were filled' against '41 were filled (70.7
        percent), a vacancy rate of 29.3 percent'. The article's clause shares a telling
        word with the 70.7's clause and none with the 29.3's, and reads the same way round
        as the 70.7: the complement is quoted, and misquoted against the 70.7."""
        if h.family != "share" or q.per != 1 or q.complement or q.x.value != h.value:
            return None
        src, sa = q.source, q.source.analysis
        mine = {self.translate(src, w) for w in h.clause} - {""}
        if {w for w in mine & q.x.clause if src.rarity(w) >= 0.6}:
            return None  # the article names the 29.3's own measure
        ks = sa.sentence_of[q.x.mention.id]
        # 'The remaining 399 (20.5%) received advice only': the rest, after the sentence that
        # gives the part ('1,548 (79.5%) were assessed as owed a duty')
        rest = bool(re.search(r"\b(?:remaining|the rest|the remainder|the other)\b", sa.text[sa.sentences[ks].start:q.x.mention.start], re.I))
        for r in got:
            y = r.x
            if y.family != "share" or y.value != HUNDRED - h.value or r.flipped or r.per != 1 or r.complement \
                    or sa.sentence_of[y.mention.id] not in ((ks, ks - 1) if rest else (ks,)):
                continue
            if {w for w in mine & y.clause if src.rarity(w) >= 0.6} and y.negated == h.negated:
                return replace(r, slip="complement quoted")
        return None

    def past_level(self, h: _Side, q: _Quote, got: list[_Quote]) -> _Quote | None:
        """The earlier level of a change quoted as the present one: 'the vacancy rate now
        stands at 13.9 per cent' against 'fell from 13.9% in 2022/23 to 11.6% in 2023/24'
        ('down from 81.5% in 2022/23', 'against 11.9 months in 2022-23', a table's 2022/23
        column beside its 2023/24 one). Not when the article puts its figure in an earlier
        time itself ('two years ago', 'in 2022/23', 'up from'); then the figure is
        misquoted against the later level of the same measure."""
        from ._rules_changes import _from_to

        a, sa = self.a, q.source.analysis
        if q.per != 1 or q.complement or q.x.value != h.value or h.change or _BASE_OF.search(a.before(h.mention, 25)):
            return None
        said = a.sentence_text(a.sentence_of[h.mention.id])
        c0, c1 = a.clause(h.mention)
        first = not any(o.end <= c0 and _family(o) == h.family for o in a.figures(a.sentence_of[h.mention.id]))
        # the sentence up to the figure's clause, or its clause alone when figures before it
        # have clauses of their own ('six fewer than the 44 who died the year before, and 547
        # were seriously hurt': the year before is the 44's)
        upto = a.text[a.sentences[a.sentence_of[h.mention.id]].start if first else c0:c1]
        if _EARLIER.search(upto) or re.match(r"\W*when\b", a.text[c0:c1]) and _EARLIER.search(a.text[max(0, c0 - 60):c0]):
            # 'two years ago, when ... 82.9 per cent'; 'more than the previous season, when
            # 14,215 trees went into the ground': the earlier level, rightly
            return None
        years = {int(y) for y in _YEAR.findall(said)}
        xm = q.x.mention
        ks = sa.sentence_of[xm.id]
        dated = _THEN_YEAR.match(a.text, h.mention.end)
        if dated and any(int(y) > int(dated.group(1)) for y in _YEAR.findall(sa.sentence_text(ks))):
            return None  # 'worth £4.47bn in March 2025' against 'rose to £4.82bn at 31 March 2026, from £4.47bn': dated, rightly
        if re.search(r"\b(?:ranged|ranges|ranging|range|varied|varies|varying)\s+(?:\w+\s+)?from\s+$", sa.before(xm, 30), re.I):
            return None  # 'Uptake ranged from 82.4% in East to 89.6% in North': places, not times
        news = [new for old, new, _word in _from_to(sa, ks) if old.id == xm.id and new.value != old.value]
        sides = {x.mention.id: x for x in q.source.sides.get(q.x.family, ())}

        def kin(o: Mention) -> int:
            """How many words o's clause shares with the base's: the later level of one measure
            shares its noun ('968 incidents', '1,137 recorded incidents')."""
            return len(sides[o.id].clause & q.x.clause) if o.id in sides else -1

        s0, s1 = sa.clause(xm)
        opened = sa.text.rfind("(", sa.sentences[ks].start, xm.start)
        # '(2022/23: 2,104 falls, 5.3 per 1,000)': an earlier year's figures, in brackets
        # after this year's ('a rate of 4.7 per 1,000 occupied bed days')
        then = opened >= 0 and ")" not in sa.text[opened:xm.start] and bool(
            re.match(r"\(\s*(?:in\s+)?(?:19|20)\d\d(?:[/-]\d\d)?\s*[:,]", sa.text[opened:xm.start]))
        # the figure of its measure before the base in the sentence, itself no base ('rose to
        # 11.2 shifts ..., from 9.6 shifts in 2022-23'), nor the whole it is counted in ('91 of
        # the 742 inspections ... down from 128'); of several, the one whose clause shares the
        # most words with the base's ('1,137 recorded incidents of self-harm, involving 289
        # individual prisoners, compared with 968 incidents': 1,137, not the 289 beside it)
        levels = sorted((o for o in sa.in_sentence.get(ks, []) if o.end <= xm.start and _family(o) == q.x.family and o.value != xm.value
                         and not _BASE_OF.search(sa.before(o, 25)) and not _WHOLE_BEFORE.search(sa.before(o, 20))
                         and not is_change(sa, o)), key=lambda o: (kin(o), o.start))
        if news and not kin(news[0]) and levels and kin(levels[-1]) > 0:
            news = levels[-1:]
        if not news and (then or _MOVED_FROM.search(sa.before(xm, 25)) or _BASE_THEN.search(sa.before(xm, 25))
                         and _THEN.search(sa.text, xm.end, min(s1 + 25, len(sa.text)))):
            news = levels[-1:]
        opening = _IN_AN_EARLIER_YEAR.match(sa.text, sa.sentences[ks].start, xm.start)
        if not news and ks > 0 and opening and not levels and int(opening.group(1)) not in years \
                and int(opening.group(1)) < max(map(int, _YEAR.findall(sa.text, 0, 400)), default=0):
            # a sentence of its own on an earlier year than the report's ('In 2022/23 the
            # equivalent proportion was 36.2 per cent'): the later level is the one of the
            # sentence before that shares its words
            before = [o for o in sa.in_sentence.get(ks - 1, []) if _family(o) == q.x.family and not _BASE_OF.search(sa.before(o, 25))
                      and not is_change(sa, o)]
            news = sorted(before, key=lambda o: (kin(o), o.start))[-1:]
        if news:
            # the year the report gives the figure for: the one said right after it ('from 9
            # in 2023 to 14 in 2024': 2023), else any of its clause's
            own = _THEN_YEAR.match(sa.text, xm.end) or opening
            given = {int(own.group(1))} if own else {int(y) for y in _YEAR.findall(sa.text, s0, min(s1 + 25, len(sa.text)))}
            if given & years:
                return None  # the article names the year the report gives the figure for
            r = next((r for r in got if r.x.mention.id == news[0].id and r.verdict == "inconsistent" and not r.flipped), None)
            # the two levels of one source sentence, the base's year said, share its words: the
            # article's need not favour the later one ('27 people were killed, compared with 31
            # in 2022'; not a scale, 'from 0 (urgent improvement necessary) to 5')
            if r is not None and (r.shared >= q.shared - 0.01 or own and sa.sentence_of[news[0].id] == ks and r.shared >= q.shared - 0.5):
                return replace(r, slip="another period's figure")
            return None
        # a table with a column a year: the same row's cell under a later year
        cell = sa.cell_of.get(xm.id)
        year = q.source.column_year.get((cell[0], cell[2])) if cell else None
        if cell is None or year is None or year in years:
            return None
        later = [r for r in got if r.verdict == "inconsistent" and not r.flipped and r.per == 1 and not r.complement
                 and r.x.family == h.family and (c := sa.cell_of.get(r.x.mention.id)) is not None and c[:2] == cell[:2]
                 and q.source.years(cell[0], cell[2]).get(c[2], year) > year]
        if later:
            newest = max(later, key=lambda r: q.source.column_year[(cell[0], sa.cell_of[r.x.mention.id][2])])
            return replace(newest, slip="another period's figure")
        return None

    def passages(self, h: _Side, most: int = 5) -> list[tuple[Source, int]]:
        """The source sentences whose figures share h's rarer words, best first."""
        score: dict[tuple[int, int], float] = {}
        for src in self.sources:
            sa = src.analysis
            for w, near in h.words.items():
                t = self.translate(src, w)
                for x in src.by_word.get(t, ()) if t else ():
                    key = (src.number, sa.sentence_of[x.mention.id])
                    score[key] = score.get(key, 0.0) + min(near, x.words.get(t, 0.0)) * src.rarity(t)
        ranked = sorted(score.items(), key=lambda kv: (-round(kv[1], 9), kv[0]))[:most]
        by_number = {src.number: src for src in self.sources}
        return [(by_number[n], k) for (n, k), v in ranked if v >= SLIP_WORDS]

    def share_of_counts(self, h: _Side) -> Check | None:
        """A share the article works out from a part and its whole that the source gives
        as counts ('more than one in seven' for 'Of the 150 jobs we tested, 23 ...'). Only
        parts and wholes the source itself puts together ('23 of the 150') are tried."""
        from ._rules_parts import of_pairs

        for src, k in self.passages(h):
            sa = src.analysis
            for kk in (k - 1, k, k + 1):
                if not 0 <= kk < len(sa.sentences):
                    continue
                for part, whole in of_pairs(sa, kk):
                    if whole.value <= 0 or part.value > whole.value:
                        continue
                    point = part.value / whole.value * HUNDRED
                    iv = _realistic_share(h)
                    if not iv.contains(point) and not (h.mention.hedge == "exact" and h.interval.contains(point)):
                        continue
                    said = f"{_said(src, part)} / {_said(src, whole)} in the source"
                    check = conclude(self.a, "FC802", "share-of-counts", h.mention, [part, whole],
                                     lambda p, w: p / w * HUNDRED, said, unit="%", target_value=h.value,
                                     target_interval=h.interval)
                    if check is not None and check.verdict != "inconsistent":
                        return replace(check, explanation=f"{check.explanation} ({src.where(part)})")
        return None

    def share_of_quoted_count(self, h: _Side, quoting: bool) -> Check | None:
        """A share the article gives beside a count it quotes ('A total of 232 were refused,
        or about one in six'; 'only one in ten of their 1,104 night-time visits'), when the
        report gives the share of that count itself: a share of its sentence or the next whose
        value is that count over another of the passage, or another over it (232 / 1,874 =
        12.4 per cent). The article's share is judged against the report's."""
        a, hm = self.a, h.mention
        if h.change or h.target or _direction(hm) and hm.kind == "percent":
            return None
        k = a.sentence_of[hm.id]
        # the count is the share's whole when the share says so ('one in ten of their 1,104
        # visits'), else its part ('A total of 232 were refused, or about one in six'); a share
        # of some other whole ('187 homes, about six in ten of those registered') is not judged
        of = re.match(r"\s*of\s+(?:the\s+|their\s+|its\s+|all\s+|those\s+)?", a.text[hm.end:])
        for c in a.figures(k):
            q = self.quotes.get(c.id)
            if q is None or q.verdict != "verified" or not is_count(c) or q.x.value != c.value or c.value <= 0:
                continue
            is_whole = bool(of) and c.start > hm.end and re.fullmatch(r"\s*of\s+(?:the\s+|their\s+|its\s+|all\s+|those\s+)?",
                                                                        a.text[hm.end:c.start])
            if of and not is_whole:
                continue
            src, sa, xc = q.source, q.source.analysis, q.x.mention
            kc = sa.sentence_of[xc.id]
            near = [m for kk in range(max(0, kc - 1), min(len(sa.sentences), kc + 2)) for m in sa.in_sentence.get(kk, ())]
            counts = [m for m in near if is_count(m) and m.value > 0 and m.id != xc.id and m.hedge == "exact"]
            tied: dict[Fraction, tuple[Mention, Mention, Mention]] = {}
            for s_ in (m for kk in (kc, kc + 1) for m in sa.in_sentence.get(kk, ()) if m.kind == "percent" and not m.ranged):
                for w in counts:
                    part, whole = (w, xc) if is_whole else (xc, w)
                    if part.value < whole.value and s_.interval.contains(part.value / whole.value * HUNDRED):
                        tied[s_.value] = (s_, part, whole)
            if len(tied) != 1:
                continue
            s_, part, whole = next(iter(tied.values()))
            if a.negated(hm) != sa.negated(s_):
                return None  # the article may speak of the rest: not judged here
            check = conclude(a, "FC802", "share-of-counts", hm, [part, whole], lambda p, w: p / w * HUNDRED,
                             f"{_said(src, part)} / {_said(src, whole)} in the source, which gives {_said(src, s_)}",
                             unit="%", target_value=h.value, target_interval=_realistic_share(h))
            if check is None or check.verdict == "inconsistent" and not quoting:
                return None
            return replace(check, explanation=f"{check.explanation} ({src.where(s_)})")
        return None

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

    def level_misquotes(self, out: _Matching, by_id: dict[str, _Side], covered: set[str]) -> None:
        """'reported 2,646 cases ..., up from 1,975' against 'from 1,975 cases in 2024/25 to
        2,846 in 2025/26': the earlier level, quoted exactly from a source change, anchors
        the later one, which is misquoted when it is the source's later level with a slip of
        the pen (here a digit miscopied)."""
        from ._rules_changes import _from_to

        for new_id, old_id in self.bases().items():
            q, h = out.quotes.get(old_id), by_id.get(new_id)
            if q is None or h is None or q.verdict != "verified" or new_id in out.quotes or new_id in covered \
                    or new_id in out.misquotes or not _distinctive(self.a.by_id[old_id]):
                continue
            sa = q.source.analysis
            for old, new, _word in _from_to(sa, sa.sentence_of[q.x.mention.id]):
                x = next((s for s in q.source.sides.get(h.family, ()) if s.mention.id == new.id), None) \
                    if old.id == q.x.mention.id else None
                got = self.read(h, q.source, x) if x is not None else None
                if x is None or got is None or got.verdict != "inconsistent" or got.flipped or got.shared < ECHO_WORDS:
                    continue
                slip = self.slip(h, got, []) or ("a digit miscopied" if _one_digit(h.mention, x.mention) else "")
                if slip and slip != "another measure's figure":
                    out.misquotes[new_id] = replace(got, slip=slip)

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

    def quoting(self, out: _Matching, sides: list[_Side]) -> bool:
        """Whether the article quotes this report: some of its distinctive figures are the
        report's exactly (a line or two is no evidence either way)."""
        exact = sum(1 for hid, q in out.quotes.items() if q.verdict == "verified" and _distinctive(self.a.by_id[hid]) and (
                    q.x.family in ("count", "share") or q.x.family.startswith("money")))
        return len(sides) < 5 or exact >= QUOTING_FIGURES and exact >= QUOTING_SHARE * len(sides)

    def change_of_levels(self, h: _Side, quoting: bool) -> Check | None:
        """A change the article states ('improved by 4.2 per cent', 'a fall of 9.2 points')
        where the source gives the two levels ('from 67.2 to 71.4 percent'): in per cent it
        is the relative change, in points the difference. Stating the difference as per
        cent (or the relative change as points) is the slip named, and only an article that
        quotes the report is said to make it."""
        from ._rules_changes import _from_to

        hm = h.mention
        if hm.kind not in ("percent", "points"):
            return None
        for src, k in self.passages(h):
            sa = src.analysis
            for kk in (k - 1, k, k + 1):
                if not 0 <= kk < len(sa.sentences):
                    continue
                for old, new, _word in [*_from_to(sa, kk), *_compared(sa, kk)]:
                    if old.kind == new.kind == hm.kind == "points":
                        # a gap in points that narrowed ('to 21.2 percentage points, from 23.5'):
                        # 'narrowed by 2.3 points' is the difference of the two
                        gap = conclude(self.a, "FC802", "change-of-levels", hm, [new, old], apart(new, old),
                                       f"{_said(src, old)} - {_said(src, new)} in the source", unit=" points")
                        if gap is not None and gap.verdict != "inconsistent":
                            return replace(gap, explanation=f"{gap.explanation} ({src.where(old)})")
                        continue
                    if old.kind != "percent" or new.kind != "percent" or old.value <= 0:
                        continue
                    said = f"{_said(src, old)} to {_said(src, new)} in the source"
                    relative = lambda n, o: abs(n / o - 1) * HUNDRED  # noqa: E731
                    points = lambda n, o: abs(n - o)  # noqa: E731
                    own, other, slip = (relative, points, "percentage points reported as per cent") if hm.kind == "percent" \
                        else (points, relative, "per cent change reported as points")
                    formula = f"({_said(src, new)} / {_said(src, old)} - 1) x 100" if own is relative else f"|{_said(src, new)} - {_said(src, old)}|"
                    check = conclude(self.a, "FC802", "change-of-levels", hm, [new, old], own, formula,
                                     unit="%" if hm.kind == "percent" else " points")
                    if check is None:
                        continue
                    if check.verdict != "inconsistent":
                        return replace(check, explanation=f"{check.explanation}; {said} ({src.where(old)})")
                    if quoting and h.interval.contains(other(new.value, old.value)):
                        return replace(check, cause=slip, explanation=f"{check.explanation}; {said} ({src.where(old)}) (likely {slip})")
        return None

    def change_to_level(self, h: _Side, quoting: bool) -> Check | None:
        """A change the article gives with the level it ended at, quoted from the source
        ('starts fell by 742 to 2,874'): the source's level before it (the same table row's
        earlier year, or the 'from' of its change) gives the change, 3,516 - 2,874 = 642.
        Only an article that quotes the report is said to get it wrong."""
        from ._rules_changes import _from_to

        a, hm = self.a, h.mention
        if not h.change or not _amount(h.family) or hm.hedge != "exact":
            return None
        k = a.sentence_of[hm.id]
        end = next((e for e in a.figures(k) if e.start > hm.end and _family(e) == h.family
                    and re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}?to\s+", a.text[hm.end:e.start], re.I)), None)
        q = self.quotes.get(end.id) if end is not None else None
        if end is None or q is None or q.verdict != "verified" or q.x.value != end.value or q.per != 1 or q.complement:
            return None
        src, sa, xm = q.source, q.source.analysis, q.x.mention
        before = [old for old, new, _w in _from_to(sa, sa.sentence_of[xm.id]) if new.id == xm.id]
        cell = sa.cell_of.get(xm.id)
        if not before and cell is not None and (year := src.column_year.get((cell[0], cell[2]))) is not None:
            earlier = {c: y for c, y in src.years(cell[0], cell[2]).items() if y < year}
            if earlier:
                col = max(earlier, key=lambda c: earlier[c])  # the year before, not the first of the table
                before = [m for m in sa.mentions if sa.cell_of.get(m.id) == (cell[0], cell[1], col)]
        if len(before) != 1 or _family(before[0]) != h.family and not (_amount(_family(before[0])) and _amount(h.family)):
            return None
        old = before[0]
        check = conclude(a, "FC802", "change-of-levels", hm, [old, end], apart(old, end),
                         f"{_said(src, old)} - {_said(src, xm)} in the source" if old.value >= xm.value else
                         f"{_said(src, xm)} - {_said(src, old)} in the source")
        if check is None or check.verdict == "inconsistent" and not quoting:
            return None
        return replace(check, relation=replace(check.relation, mentions=(hm.id, old.id, xm.id)),
                       explanation=f"{check.explanation} ({src.where(old)})")

    def combined_rows(self, h: _Side, quoting: bool) -> Check | None:
        """A sum the article says it makes of rows it names ('Combined, the two emergency
        departments at Northmoor General and Ellbridge Royal saw 45,450 patients'): the
        named rows' cells of the one column whose sum lies within a tenth of the article's
        figure (24,906 + 18,544 = 43,450). A row is named by a word of its label that no
        other row's label has."""
        a, hm = self.a, h.mention
        k = a.sentence_of[hm.id]
        if not _amount(h.family) and not h.family.startswith("money:") or h.change or not _COMBINED.search(a.sentence_text(k)):
            return None
        for src in self.sources:
            sa = src.analysis
            said = {self.translate(src, _key(w)) for w in content_words(a.sentence_text(k))} - {""}
            tables = {t for t, _r in src.row_labels}
            for table in tables:
                every = {r: {_key(w) for w in content_words(re.sub(r"\([^)]*\)", " ", text))} - {""}
                         for (t, r), text in src.row_labels.items() if t == table and r > 0 and not _TOTAL_ROW.search(text)}
                named = [r for r, ws in every.items() if ws & said - set().union(*(o for rr, o in every.items() if rr != r))]
                if len(named) < 2:
                    continue
                cells: dict[int, list[Mention]] = {}
                for m in sa.mentions:
                    c = sa.cell_of.get(m.id)
                    if c is not None and c[0] == table and c[1] in named and m.kind == hm.kind and m.hedge == "exact":
                        cells.setdefault(c[2], []).append(m)
                near = {col: ms for col, ms in cells.items() if len(ms) == len(named)
                        and abs(sum(m.value for m in ms) - h.value) <= sum(m.value for m in ms) / 10}
                if len(near) != 1:
                    continue
                parts = next(iter(near.values()))
                check = conclude(a, "FC802", "sum", hm, parts, lambda *vs: sum(vs, Fraction(0)),
                                 " + ".join(_said(src, m) for m in parts) + " in the source")
                if check is None or check.verdict == "inconsistent" and not quoting:
                    return None
                return replace(check, explanation=f"{check.explanation} ({src.where(parts[0])})")
        return None

    def count_of_share(self, h: _Side) -> Check | None:
        """A count the article works out from a rate and a total in one passage of the
        source ('about 1,900 of them': 12.8 percent of 14,820)."""
        if h.family != "count":
            return None
        for src, k in self.passages(h):
            sa = src.analysis
            near = [x for kk in (k - 1, k, k + 1) if 0 <= kk < len(sa.sentences) for x in sa.figures(kk)]
            shares = [x for x in near if x.kind == "percent" and not x.ranged and 0 < x.value < 100]
            totals = [x for x in near if is_count(x) and x.value > h.value and not x.ranged]
            for sh in shares:
                for total in totals:
                    point = total.value * sh.value / HUNDRED
                    if not _realistic(h.mention).interval.contains(point) and not h.interval.contains(point):
                        continue
                    said = f"{_said(src, sh)} of {_said(src, total)} in the source"
                    check = conclude(self.a, "FC802", "count-of-share", h.mention, [total, sh],
                                     lambda t, p: t * p / HUNDRED, said)
                    if check is not None and check.verdict != "inconsistent":
                        return replace(check, explanation=f"{check.explanation} ({src.where(sh)})")
        return None

    def arithmetic(self, h: _Side, got: list[_Quote]) -> Check | None:
        """A count the article works out itself from two figures of one passage of the
        source: their sum or difference ('26 officers short': a target of 224 and 198 in
        post). Looked for only in the passages whose words h's best match, and only a
        working that holds is reported: which two figures were meant cannot be known when
        none does."""
        from ._rules_parts import of_pairs

        # a gap in points is a difference of two shares; an amount, of two amounts
        fams = {"share"} if h.family == "points" else {f for src in self.sources for f in src.sides if _amount(f)} \
            if _amount(h.family) else {h.family}
        ranked = sorted((q for q in got if q.x.family in fams and q.shared >= SLIP_WORDS), key=lambda q: -q.similarity)[:3]
        places = [(q.source, q.source.analysis.sentence_of[q.x.mention.id]) for q in ranked]
        places += [p for p in self.passages(h) if p not in places]  # 'That is 341 more': a change is read against no level
        for src, ks in places:
            sa = src.analysis
            # the passage, and in a table the rows and columns its cells stand in (two
            # years of one row, two rows of one column)
            lines = {sa.cell_of[m.id][:2] for m in sa.figures(ks) if m.id in sa.cell_of} | \
                {(sa.cell_of[m.id][0], -1 - sa.cell_of[m.id][2]) for m in sa.figures(ks) if m.id in sa.cell_of}
            pool = [x for f in sorted(fams) for x in src.sides.get(f, ()) if (abs(sa.sentence_of[x.mention.id] - ks) <= 1
                    or x.mention.id in sa.cell_of and (sa.cell_of[x.mention.id][:2] in lines
                                                      or (sa.cell_of[x.mention.id][0], -1 - sa.cell_of[x.mention.id][2]) in lines))
                    and x.mention.hedge == "exact" and not x.mention.ranged and not x.change
                    and (x.period == h.period or not x.period or not h.period)]  # '9,874 contacts' less '27.0 a day' is nothing
            nested = {frozenset((part.id, whole.id)) for kk in range(max(0, ks - 1), min(len(sa.sentences), ks + 2))
                      for part, whole in of_pairs(sa, kk)}
            for i, p1 in enumerate(pool):
                for p2 in pool[i + 1:]:
                    for sign, f in (("+", lambda u, v: u + v), ("-", lambda u, v: u - v)):
                        if sign == "+" and (h.family == "points" or frozenset((p1.mention.id, p2.mention.id)) in nested):
                            continue  # 525 injured and the 27 killed 'of these' make no 552
                        first, second = (p1, p2) if sign == "+" or p1.value >= p2.value else (p2, p1)
                        point = f(first.value, second.value)
                        if point <= 0 or not _realistic(h.mention).interval.contains(point) and point != h.value:
                            continue
                        alone = next((x for x in (first, second) if _realistic(h.mention).interval.contains(x.value)), None)
                        if alone is not None:
                            # one figure alone is h ('almost 250,000' is the 248,316, not 248,316 + 25)
                            check = conclude(self.a, "FC802", "quote", h.mention, [alone.mention], lambda v: v,
                                             f"restates {_said(src, alone.mention)} in the source")
                            if check is not None and check.verdict != "inconsistent":
                                return replace(check, explanation=f"{check.explanation} ({src.where(alone.mention)})")
                            continue
                        said = f"{_said(src, first.mention)} {sign} {_said(src, second.mention)} in the source"
                        check = conclude(self.a, "FC802", "sum" if sign == "+" else "difference", h.mention,
                                         [first.mention, second.mention], f, said)
                        if check is not None and check.verdict != "inconsistent":
                            return replace(check, explanation=f"{check.explanation} ({src.where(first.mention)})")
        return None

    def derive(self, out: _Matching, quoting: bool = True) -> None:
        """The article's own checks whose inputs it quotes exactly from the source (an
        inconsistent one only from a report the article quotes: two coincidences in the wrong
        report prove nothing)."""
        from ._rules_changes import _PER_SPAN, by_span

        for c in self.a.found:
            if c.verdict == "inconsistent" and not quoting:
                continue
            if c.rule.startswith("FC8") or c.rule in ("FC104", "FC304"):
                continue  # a part no larger than its whole, a rise that is a rise: nothing of the source's figures
            if c.rule == "FC501" and c.verdict == "inconsistent" and c.relation.target in out.quotes:
                continue  # a restatement of another of the article's figures gives way to the figure's own quotation
            inputs = [i for i in c.mentions if i != c.relation.target]
            quoted = [out.quotes.get(i) for i in inputs]
            if c.rule in ("FC302", "FC303") and len(inputs) == 2 and all(q is not None and q.verdict != "inconsistent" and q.per == 1
                                                                         and not q.complement for q in quoted):
                # a difference of two figures the article rounds from the source ('just over
                # 400,000, compared with 436,905 - almost 25,000 fewer'): worked again from
                # the source's own figures
                xs = [q.x.mention for q in quoted if q is not None]
                if xs[0].id == xs[1].id or xs[0].value == xs[1].value:
                    continue  # both ends read as one figure of the source: no difference of its own
                if any(q is not None and q.verdict != "verified" for q in quoted):
                    big, small = sorted(xs, key=lambda m: m.value, reverse=True)
                    f, formula = apart(*xs), f"{_said(quoted[0].source, big)} - {_said(quoted[0].source, small)} in the source"  # type: ignore[union-attr]
                    per = _PER_SPAN.match(self.a.text, self.a.by_id[c.relation.target].end) if c.rule == "FC303" else None
                    if per is not None and not any(_PER_SPAN.match(self.a.text, self.a.by_id[i].end) for i in inputs):
                        f, formula = by_span(f, formula, per)  # 'up from £2,109 - an increase of about £2 a week' (FC303)
                    check = conclude(self.a, "FC802", c.relation.kind, self.a.by_id[c.relation.target], xs, f, formula,
                                     unit=" points" if c.rule == "FC302" else "")
                    if check is not None:
                        out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
                        out.derived.append(check)
                    continue
            if not inputs or any(q is None or q.verdict != "verified" or q.x.value != _side_value(self.a, i) for q, i in zip(quoted, inputs, strict=True)):
                continue
            qs = [q for q in quoted if q is not None]
            where = "; ".join(f"{' '.join(q.x.mention.text.split())} ({q.source.where(q.x.mention)})" for q in qs)
            # the target with the source figures it was worked from: the article's own
            # figures that it quotes are checked as quotations (FC801)
            ids = (c.relation.target, *dict.fromkeys(q.x.mention.id for q in qs))
            out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
            out.derived.append(replace(
                c, rule="FC802", relation=replace(c.relation, mentions=ids),
                explanation=f"{c.explanation}; worked from the source's figures: {where}"))

    def dates(self) -> Iterator[Check]:
        """Dates and years the article gives that the source gives too ('the previous
        inspection in 2022'; 'published Wednesday 15 June 2017' against the source's
        'Thursday 15 June 2017'). A date matches by its day, month and year as written; a
        year needs some shared words, for years recur in every report."""
        a = self.a
        for m in a.mentions:
            if m.kind not in ("date", "year"):
                continue
            day = (m.get("day"), m.get("month"), m.get("year")) if m.kind == "date" else (None, None, int(m.value))
            best: tuple[float, Source, Mention] | None = None
            hw = _words(a, m)
            for src in self.sources:
                for d in src.dates:
                    dday = (d.get("day"), d.get("month"), d.get("year")) if d.kind == "date" else (None, None, int(d.value))
                    if dday != day:
                        continue
                    dw = _words(src.analysis, d)
                    shared = sum(min(near, dw[w]) * src.rarity(w) for w, near in hw.items() if w in dw)
                    weekday = m.get("weekday") is not None and d.get("weekday") is not None
                    if (m.kind == "year" or day[0] is None) and shared < SLIP_WORDS and not weekday:
                        continue
                    if best is None or (weekday, shared) > (best[2].get("weekday") is not None, best[0]):
                        best = (shared, src, d)
            if best is None:
                continue
            _, src, d = best
            ok = d.get("weekday") is None or m.get("weekday") is None or d.get("weekday") == m.get("weekday")
            said = " ".join(d.text.split())
            why = f"the source gives {said} ({src.where(d)})"
            yield Check(
                rule="FC804", relation=Relation("date-quote", (m.id, d.id), m.id), verdict="verified" if ok else "inconsistent",
                stated=" ".join(m.text.split()), computed=said,
                explanation=f"{why}, as stated" if ok else f"{why}, not a {m.get('weekday_text')}",
                cause="" if ok else "weekday misquoted")


def _compared(a: Analysis, k: int) -> list[tuple[Mention, Mention, str]]:
    """(old, new, '') pairs of sentence k said by comparison: '84.7 per cent ... in 2025/26,
    compared with 80.9 per cent in 2024/25'; '6.0 per cent of all pupils, compared with
    2,109 pupils (5.2 per cent) in 2023/24'. The new level is the last of its kind before the
    comparison that is no base itself."""
    figs = a.in_sentence.get(k, [])
    out = []
    for i, old in enumerate(figs):
        if old.kind not in ("percent", "points"):
            continue
        lead = a.text[figs[i - 1].end if i else a.sentences[k].start:old.start]
        if not re.search(r"\b(?:compared\s+(?:with|to)|against)\s+(?:the\s+)?(?:[\d,]+\s+\w+\s+\(\s*)?$", lead, re.I):
            continue
        news = [m for m in figs[:i] if m.kind == old.kind and not _BASE_OF.search(a.before(m, 25))]
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
    cell = sa.cell_of.get(x.id)
    year = src.column_year.get((cell[0], cell[2])) if cell else None
    return cell is not None and year is not None and any(y > year for y in src.years(cell[0], cell[2]).values())


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


def _matching(a: Analysis) -> _Matching | None:
    if not a.sources:
        return None
    got = a.memo.get("sources")
    if got is None:
        got = a.memo["sources"] = _Matcher(a, a.sources).match()
    assert isinstance(got, _Matching)
    return got


def _said(src: Source, m: Mention) -> str:
    start = m.get("hedge_start")
    words = " ".join(src.analysis.text[start if start is not None else m.start:m.end].split())
    return f"'{words}'"


def _check(a: Analysis, h: Mention, q: _Quote) -> Check | None:
    x = q.x
    src_m = replace(x.mention, value=x.value, interval=_source_interval(x))
    said = f"{_said(q.source, x.mention)} ({q.source.where(x.mention)})"
    share = _family(h) == "share"
    kw = {"unit": "%", "target_value": _side_value(a, h.id), "target_interval": a.share_interval(h)} if share else {"unit": ""}
    if q.complement:
        formula, f, kind = f"100 - {said} in the source", (lambda v: HUNDRED - v), "complement-quote"
    elif q.per != 1:
        per = q.per
        formula, f, kind = f"{said} in the source, per {_period_of(a, h)}", (lambda v: v * per), "period-quote"
    else:
        formula, f, kind = f"restates {said} in the source", (lambda v: v), "quote"
    causes = [(lambda p: True, q.slip)] if q.slip else []
    if q.slip == "percentage points reported as per cent":
        words = " ".join(a.text[h.get("hedge_start") or h.start:h.end].split())
        return Check(rule="FC801", relation=Relation("points-quote", (h.id, x.mention.id), h.id), verdict="inconsistent",
                     stated=" ".join(h.text.split()), computed=" ".join(x.mention.text.split()),
                     explanation=f"the source gives {said}, a change in percentage points; '{words}' reports it as a "
                                 f"change in per cent (likely {q.slip})", cause=q.slip)
    check = conclude(a, "FC801", kind, h, [src_m], f, formula, causes=causes, **kw)  # type: ignore[arg-type]
    if check is None:
        return None
    if (q.verdict == "inconsistent") != (check.verdict == "inconsistent"):
        return None  # the matching's reading and the recomputation disagree: no verdict, and never an alarm
    if q.also:
        check = replace(check, relation=replace(check.relation, mentions=check.mentions + q.also))
    if check.verdict == "inconsistent" and check.cause in ("", "another measure's figure"):
        other = _same_value_elsewhere(a, h, q)
        if other:
            explanation = check.explanation.replace(" (likely another measure's figure)", "")
            check = replace(check, cause="another measure's figure", explanation=f"{explanation} (likely {other})")
    return check


def _period_of(a: Analysis, h: Mention) -> str:
    return _period(a, h) or "period"


def _same_value_elsewhere(a: Analysis, h: Mention, q: _Quote) -> str:
    """'83.6 is the source's figure for ...': the slip of quoting another measure's figure."""
    hv = _side_value(a, h.id)
    for x in q.source.sides.get(q.x.family, ()):
        if x is not q.x and x.value == hv and not x.mention.ranged:
            s = q.source.analysis
            start, end = s.clause(x.mention)
            clause = " ".join(s.text[start:end].split())
            return f"the source's figure for '{clause[:80]}' ({q.source.where(x.mention)})"
    return ""


@rule("FC801", "a figure quoted from the source")
def quoted(a: Analysis) -> Iterator[Check]:
    """A figure of the article that restates a figure of its source report of the same
    measure, with its hedge and rounding ('almost 12,000' for 'over 11,600'; 'roughly 16
    per cent' unrecorded for a recording rate of 83.6 percent); or one that misquotes it,
    when its words single out that source figure: complement quoted, points as per cent,
    truncated, transposed, another measure's or another period's figure. Only with --source.

    ok: Inspectors found that 404 out of 463 violent crimes were recorded. || source: The force recorded 404 out of 463 reports of violent crime.
    bad: The force recorded only 78.3 per cent of violent crime reports. || source: Of reports of violent crime, the force recorded 87.3 percent. Of sexual offences it recorded 91.0 percent.
    """
    got = _matching(a)
    if got is None:
        return
    for hid, q in list(got.quotes.items()) + list(got.misquotes.items()):
        c = _check(a, a.by_id[hid], q)
        if c is not None:
            yield c


@rule("FC802", "a figure the article works out from the source's figures")
def derived(a: Analysis) -> Iterator[Check]:
    """A figure the article works out from figures it quotes from its source (109 of 138
    is 87 per cent; 3,800 and 280 make over 4,000; 11,600 a year is 32 a day): the
    article's own check, joined to the source figures it was worked from, so a slip in the
    working is a misquote of the source. Only with --source.

    ok: Of the 138 rape reports examined, 109 (79 per cent) were recorded. || source: We reviewed 138 reports of rape. Of these, 109 had been recorded correctly.
    bad: Of the 138 rape reports examined, 109 (87 per cent) were recorded. || source: We reviewed 138 reports of rape. Of these, 109 had been recorded correctly.
    """
    got = _matching(a)
    if got is None:
        return
    yield from got.derived


@rule("FC803", "a figure not found in the source", flags=False)
def not_in_source(a: Analysis) -> Iterator[Check]:
    """A figure of the article that matches no figure of its source report by measure and
    value, and that the article does not work out from figures it quotes: unverifiable
    against that source (it may come from elsewhere: a statement, another report). Only
    with --source.

    ok: The force's own audit found 94 per cent of crimes correctly recorded. || source: The force recorded 83.6 percent of crimes reported to it.
    """
    got = _matching(a)
    if got is None:
        return
    names = ", ".join(s.name for s in a.sources)
    for m in got.unmatched:
        words = " ".join(m.text.split())
        yield Check(rule="FC803", relation=Relation("not-in-source", (m.id,), m.id), verdict="unverifiable",
                    stated=words, computed="", explanation=f"{words}: no figure of this measure in {names}")


@rule("FC804", "a date or year quoted from the source")
def dated(a: Analysis) -> Iterator[Check]:
    """A date or year the article gives that its source gives too, with the weekday
    checked where both name one (the report 'published Thursday 15 June 2017' quoted as
    'Wednesday 15 June 2017'). Only with --source.

    ok: The report, published on Thursday 15 June 2017, found failings. || source: Published Thursday 15 June 2017
    bad: The report, published on Wednesday 15 June 2017, found failings. || source: Published Thursday 15 June 2017
    """
    got = _matching(a)
    if got is None:
        return
    yield from got.dates
