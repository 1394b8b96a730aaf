"""The FC8xx matcher's core: candidates for an article figure from its sources' value and
rare-word indexes (:meth:`_Finder.candidates`), how closely two figures' measure words meet
(:meth:`_Finder.similarity`), one reading of an article figure against one source figure
(:meth:`_Finder.read`) and the choice among readings (:meth:`_Finder.fits`).

The slips (checker/_source_slips.py) and the derivations (checker/_source_derive.py) build
on it; checker/_sources.py joins them into the matcher and registers the rules.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from claims import content_words
from claims._records import Interval, Mention
from claims._words import UNIT_WORDS

from ._analysis import NEGATION, Analysis
from ._records import Check
from ._rules_restate import _realistic
from ._source_text import (
    _BASE_OF,
    _DAYS,
    _FACTORS,
    _GENERIC,
    _MARGIN,
    _WHOLE,
    ACCEPT,
    ACCEPT_SAME,
    ECHO_WORDS,
    HUNDRED,
    NARROW_WORDS,
    PHRASE_WORDS,
    QUOTING_FIGURES,
    QUOTING_SHARE,
    SLIP_WORDS,
    STRONG,
    Source,
    _apposed_count,
    _bare_base,
    _counts_other,
    _digits,
    _direction,
    _distinctive,
    _dropped,
    _family,
    _key,
    _level_of_base,
    _negated,
    _one_digit,
    _places_out,
    _realistic_share,
    _restates_threshold,
    _Side,
    _side,
    _side_value,
    _source_interval,
)
from ._verdict import transposed


def whole_of_decimal(h: Mention, x: Mention) -> Interval | None:
    """The interval of a whole number the article gives for a figure the source gives with
    decimals, an average ('made 16 free swims' of 16.1 a child): rounded to the unit, for no
    count of things is fractional. None for any other pair."""
    if h.kind == "count" and h.hedge == "exact" and x.kind == "decimal" and x.value.denominator != 1:
        return Interval(h.value - Fraction(1, 2), h.value + Fraction(1, 2), high_open=True)
    return None


#: a figure said to be more than one already given ('another 1,786 trees', 'a further 12
#: orchards') ... or 'more' of what it counts with nothing it is more than ('1,786 more trees
#: must be planted'): an amount to add, not a change from one level to another
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+(?:additional|extra))\s+$", re.I)
_MORE_OF = re.compile(r"\s+(?:more|extra|additional)\s+(?!than\b)[a-z]", re.I)


def _more_of(a: Analysis, m: Mention) -> bool:
    """Whether a figure is an amount to add: 'another 1,786 trees', '1,786 more trees must be
    planted' (not '321 more than the year before', '142 more defects than last year')."""
    hs = m.get("hedge_start")
    start = hs if isinstance(hs, int) else m.start
    if _ANOTHER.search(a.text, max(0, start - 20), start):
        return True
    _c0, c1 = a.clause(m)
    return bool(_MORE_OF.match(a.text, m.end)) and not re.search(r"\bthan\b", a.text[m.end:c1], re.I)


#: the nouns that name a share without saying what it counts ('the rate was just 3.7 per cent')
_MEASURE_NOUNS = frozenset({"rate", "share", "propor", "percen", "figure", "level"})


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
    slip: str = ""  # for a misquote, the kind of slip (_Slips.slip)
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


#: the noun of a negative verb, naming the whole of what was so done ('turned down': 'Share of refusals')
_NEGATION_NOUNS = {"refused": "refusal", "turned down": "refusal|rejection", "rejected": "rejection|refusal",
                   "turned away": "refusal|rejection", "failed": "failure", "missed": "miss|missed appointment"}

#: the other verbs a report may use for the refusal an article's negative verb names ('34 per cent
#: of those who refused' of '34 per cent among those who declined': one group, named two ways)
_REFUSALS = r"refused|declined|turned (?:down|away)|rejected|said no"

#: a table column header that names no measure of its own, only a share of the column before it
_BARE_SHARE = re.compile(r"\s*(?:share|%|per ?cent|percentage|proportion)\s*(?:\(%\))?\s*", re.I)

#: at most this many figures of a source are read for each value an article figure may have
NEAREST = 40


def _unit_header(src: Source, m: Mention, unit: str) -> bool:
    """Whether m is a table cell whose column header names the unit ('Hectares restored' for
    hectare): a bare count there is a quantity of that unit."""
    header = src.analysis.column_header(m).lower()
    if not header or not unit:
        return False
    names = (re.escape(unit.lower()), *_UNIT_SYMBOLS.get(unit.lower(), ()))
    return bool(re.search(rf"\b(?:{'|'.join(names)})", header))


#: the short forms a column header gives a unit in ('Area restored (ha)')
_UNIT_SYMBOLS = {"hectare": ("ha\\b",), "kilometre": ("km\\b",), "tonne": ("t\\b", "tco2e\\b"), "hour": ("hrs\\b",),
                 "minute": ("mins\\b",), "mile": ("mi\\b",), "metre": ("m\\b",)}


class _Finder:
    """Article figures against the figures of its sources: candidates, readings and the choice among them."""

    def __init__(self, a: Analysis, sources: Sequence[Source]) -> None:
        self.a = a
        self.sources = sources
        self.fuzzy: dict[tuple[int, str], str] = {}
        self.quotes: dict[str, _Quote] = {}  # the quotations found so far (match() fills it)
        self._bounds: dict[str, tuple[float, float]] = {}
        self._negations: dict[str, set[str]] = {}  # the negation words of a figure's clause, by figure
        self.based: dict[str, str] = {}  # earlier levels of the article's changes, to their later ones
        self._bases: dict[str, str] | None = None  # ... and the later levels to their earlier (`bases`)
        self._compared_bases: dict[str, str] | None = None  # ... and those compared with an earlier year's
        self.in_row: dict[tuple[str, str], float] = {}  # (article figure, table cell) pairs a change reads along a row
        self._phrases: dict[tuple[int, str], frozenset[tuple[str, str]]] = {}  # (analysis, figure) -> its word pairs
        self._translated_phrases: dict[tuple[int, str], frozenset[tuple[str, str]]] = {}  # (source, article figure) -> ...

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
            if not got and len(w) >= 4:
                # a short stem is the start of the source's longer one ('litt' of 'Dropping
                # litter', 'litter' of 'Littering'; 'dark' of 'darkness'): the most used
                i = bisect.bisect_left(src.vocabulary, w)
                longer = []
                while i < len(src.vocabulary) and src.vocabulary[i].startswith(w):
                    if len(src.vocabulary[i]) - len(w) <= 2:
                        longer.append(src.vocabulary[i])
                    i += 1
                if longer:
                    got = max(longer, key=lambda v: (src.df[v], v))
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
        shared = math.fsum(min(near, x.words[w]) * src.rarity(w) for w, near in hw.items() if w in x.words)
        if h.period and x.period:
            shared += 0.5  # both counted per period ('24 assaults a week', '24 a month'): kin measures
        clause = x.clause
        cell = src.analysis.cell_of.get(x.mention.id)
        if cell is not None:
            label = src.label_keys.get(cell[:2], frozenset())
            named = [w for w in label if hw.get(w, 0.0) >= 0.5]
            if (len(named) >= 2 or len(named) * 2 >= len(label)) and any(hw[w] >= 1.0 and src.rarity(w) >= 0.6 for w in named):
                # the article names the row by telling words of its label ('ambulance staff'
                # of 'Eastern Shires Ambulance (local staff)'): the rest is the row's formal name
                clause = clause - label
        missing = math.fsum(src.rarity(w) for w in clause if w not in hw)
        # (to the ninth place: 0.6 + 0.3 summed is 0.8999..., which a threshold of 0.9 must meet)
        return round(shared, 9), round(missing, 9)

    def phrased(self, h: _Side, q: _Quote) -> float:
        """q's similarity, and more for each name of two words said together in both clauses
        ('organised public displays', 'fixed penalty notices'; in either order: 'concluded 13
        prosecutions' names the row 'Prosecutions concluded'), which points to one measure
        more plainly than its words apart."""
        src = q.source
        key = (src.number, h.mention.id)
        mine = self._translated_phrases.get(key)
        if mine is None:  # (the article figure's pairs in the source's spelling, once per source)
            mine = self._translated_phrases[key] = frozenset(
                (min(t, u), max(t, u)) for t, u in
                ((self.translate(src, v), self.translate(src, w)) for v, w in self.phrases(self.a, h.mention)))
        return q.similarity + PHRASE_WORDS * min(len(mine & self.phrases(src.analysis, q.x.mention)), 2)

    def phrases(self, an: Analysis, m: Mention) -> frozenset[tuple[str, str]]:
        """The pairs of adjacent content words (as matching keys) of a figure's clause, or of
        a table cell's row label and column header; no pair with a generic word ('the
        proportion', 'last year')."""
        got = self._phrases.get((id(an), m.id))
        if got is None:
            cell = an.cell_of.get(m.id)
            if cell is None:
                texts = [an.clause_text(m)]
            else:
                texts = [an.column_header(m), an.row_label(m)]
            pairs: set[tuple[str, str]] = set()
            # (words said together: no figure or stop between them, 'the area's 83 station lifts';
            # not a name, whose words are a place's or a body's, not a measure's: 'Fenby Marsh')
            for text in texts:
                for run in re.split(r"[^\w\s'’-]|\d[\d,.]*", text):
                    said = [(_key(stems[0]), w[0].isupper()) for w in run.split()
                            if (stems := content_words(w)) and w.lower() not in UNIT_WORDS]
                    pairs |= {(min(u, v), max(u, v)) for (u, cu), (v, cv) in zip(said, said[1:], strict=False)
                              if u != v and u not in _GENERIC and v not in _GENERIC and not (cu and cv)}
            got = self._phrases[(id(an), m.id)] = frozenset(pairs)
        return got

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
            if h.family.startswith("quantity:"):
                fams.add("count")  # '406 hectares' of a table cell '406' under 'Hectares restored' (below)
            if h.family == "count" and h.mention.hedge != "exact":
                fams.add("age")  # 'were under 18' of 'young people under 18' (read)
        elif h.family == "age" and h.mention.hedge != "exact":
            fams.add("count")  # ... and 'of them under 18' of '472 were under 18'
        v = float(h.value)
        centres = [v]
        if h.family == "share":
            centres.append(100 - v)
        if h.period:
            centres += [v * f for f in _FACTORS if f != 1]
        # an amount of money written exactly, a place out ('£14,860' for £148,600): a slip of
        # the pen the words alone may not reach, met only at its very value (misquote's slip)
        places = _places_out(h)
        for src in self.sources:
            seen: set[int] = set()
            pool: list[_Side] = []
            for fam in sorted(fams):  # (a set's order changes with the hash seed: readings must come in one order)
                keys, rows = src.by_value.get(fam, ([], []))
                for c in centres:
                    reach = abs(c) * 0.2 + 1e-9  # rounding, hedges and slips of a digit; words find the rest
                    lo, hi = bisect.bisect_left(keys, c - reach), bisect.bisect_right(keys, c + reach)
                    if hi - lo > NEAREST:
                        # a long report gives hundreds of figures within a fifth of a common
                        # value: the nearest are the ones a rounding, hedge or slip reaches
                        mid = bisect.bisect_left(keys, c, lo, hi)
                        a, b = mid, mid
                        while b - a < NEAREST:
                            if a > lo and (b >= hi or c - keys[a - 1] <= keys[b] - c):
                                a -= 1
                            else:
                                b += 1
                        lo, hi = a, b
                    pool += rows[lo:hi]
                for place in places:
                    pool += rows[bisect.bisect_left(keys, place * Fraction(999, 1000)):bisect.bisect_right(keys, place * Fraction(1001, 1000))]
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
                if x.family == "count" and h.family.startswith("quantity:") and not _unit_header(src, x.mention, h.mention.unit) \
                        and not (h.mention.get("widened") and x.value == h.value):
                    continue  # a count is a quantity only in a column its header names so, not '1,212 fragile volumes'
                yield src, x

    def read(self, h: _Side, src: Source, x: _Side) -> _Quote | None:
        """h read as a quotation of x: None where kind, polarity or period rule it out."""
        a, sa = self.a, src.analysis
        hm, xm = h.mention, x.mention
        # 'about 44 spills' of an average of 44.3; 'compares with 561.6 a year earlier' of a rate
        # of 561.6 per 1,000 named before it
        kin = {h.family, x.family} == {"count", "decimal"} or "decimal" in (h.family, x.family) and any(
            f.startswith("rate:") for f in (h.family, x.family))
        # ('were under 18' of 'children and young people under 18': an age bound, read as one in one text)
        kin = kin or {h.family, x.family} == {"count", "age"} and hm.hedge == xm.hedge != "exact" and hm.value == xm.value
        # ('moved 4.1 miles' of a cell 4.1 under 'Distance moved (miles)')
        kin = kin or h.family.startswith("quantity:") and x.family in ("count", "decimal") and _unit_header(src, xm, hm.unit)
        # (a unit read from the other end of a change, 'fell from 58 days to 46', of '46 calendar days';
        # or the other way round, '10' of 'extended from 10 to 14 weeks')
        kin = kin or x.value == h.value and (hm.get("widened") and x.family in ("count", "decimal")
                                             or xm.get("widened") and h.family in ("count", "decimal"))
        # (a unit left off because its sentence says it: '47 decibels - seven decibels above the
        # trust's own target of 40' of 'a target ... of 40 decibels')
        kin = kin or h.family == "count" and x.family.startswith("quantity:") and x.value == h.value \
            and any(o.unit == xm.unit for o in a.figures(a.sentence_of[hm.id]) if o.id != hm.id)
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
                # (or the other way round: 'up 8.4 percentage points' of applications that 'rose
                # by 8.4 per cent')
                if not (hm.kind == "percent" and x.family == "points" and h.change and x.change
                        or h.family == "points" and xm.kind == "percent" and x.change and h.value == x.value):
                    return None
                shared, missing = self.similarity(h, src, x)
                return _Quote(src, x, shared, missing, False, Fraction(1), x.value, "inconsistent")
        # (points are a difference of two shares whether the words say it moved or not: 'the
        # steepest fall of any service, 4.8 percentage points' of 'dropped by 4.8 percentage points')
        if (h.change != x.change and h.family != "points" and not (_more_of(a, hm) and _more_of(sa, xm))
                or h.target != x.target and not _restates_threshold(a, h, sa, x)) and (h.family == x.family or kin):
            return None
        if h.direction and x.direction and h.direction != x.direction:
            return None  # 'a drop of about 16 per cent' quotes no 'increase of 16.7 per cent'
        if xm.hedge != "exact" and not any(ch.isdigit() for ch in xm.text) and hm.hedge == "exact" \
                and any(ch.isdigit() for ch in hm.text) and not h.interval.contains(x.value):
            return None  # an exact '42 per cent' is no rounding of the report's 'just under half': it has a value of its own
        shared, missing = self.similarity(h, src, x)
        # a share of the opposite polarity is quoted as its complement; a count of the
        # opposite polarity is another measure, though polarity read from a clause can be
        # wrong ('3,800 violent crimes and 280 sexual offences go unrecorded'): it costs
        # (a target has no polarity of its own: 'could not afford to meet the requirement of 35
        # per cent' is the 'Local Plan requires 35%')
        flipped = h.negated != x.negated and not (h.target and x.target)
        if flipped and (hl := _level_of_base(a, hm)) is not None and (xl := _level_of_base(sa, xm)) is not None:
            # two earlier levels of changes, each said after its later level, have the polarity
            # of those levels: 'the vacancy rate has fallen to 8.4 per cent from 15.7 per cent'
            # and 'the vacancy rate was 8.4 per cent, down from 15.7 per cent'
            flipped = _negated(a, hl) != _negated(sa, xl)
        if flipped and h.family == "share" and self.base_beside_same(h, src, x):
            flipped = False
        if flipped and x.negated and (self.rest_said_so(h, src, x) or self.negation_unsaid(h, src, x)
                                      or self.negation_explained(h, src, x)) \
                or flipped and h.negated and self.negation_named(h, src, x):
            flipped = False
        if flipped and h.family == "share" and (hc := _apposed_count(a, hm)) is not None \
                and (xc := _apposed_count(sa, xm)) is not None and hc.value == xc.value and _digits(hc) >= 2:
            # each a share of the same count set beside it ('sold alcohol on 11 occasions - about
            # one in eight' of 'sold alcohol ... on 11 occasions, a failure rate of 12.8%'): one
            # group, however its words lean
            flipped = False
        elif flipped and h.family == "share" and (hc := _apposed_count(a, hm)) is not None and _digits(hc) >= 2 \
                and (cell := sa.cell_of.get(xm.id)) is not None \
                and any(o.value == hc.value and sa.cell_of.get(o.id, cell)[:2] == cell[:2] and o.id != xm.id
                        for o in sa.mentions if o.id in sa.cell_of):
            # (or a table row that gives both: 'No bed ... was the reason behind 561
            # cancellations, 46 per cent of the total' of the row 'No ward or critical care bed
            # available | 561 | 46.6%', whose negation the article says of the count)
            flipped = False
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
                if {h.period, x.period} == {"year", "week"}:
                    # a weekly charge by the year of 52 weeks ('£9.40 a week - £488.80 a year')
                    weeks = Fraction(52) if h.period == "year" else Fraction(1, 52)
                    if rank.get(self.verdict(h, x, complement, weeks), 0) > rank.get(self.verdict(h, x, complement, per), 0):
                        per = weeks
        if h.period in ("day", "week") and x.period in ("", "year") and src.span_days and h.family != "share" \
                and (x.period or per == 1):
            # a season's total spread over the days it ran ('more than 1,300 skaters a day' of
            # 61,480 tickets over a programme that ran for 45 days), when that reads better
            spread = _DAYS[h.period] / src.span_days
            rank = {"verified": 2, "rounded": 1}
            if rank.get(self.verdict(h, x, complement, spread), 0) > rank.get(self.verdict(h, x, complement, per), 0) \
                    or per == 1 and not x.period:
                per = spread
        point = (HUNDRED - x.value if complement else x.value) * per
        return _Quote(src, x, shared, missing, complement, per, point, self.verdict(h, x, complement, per), flipped)

    def negations(self, a: Analysis, m: Mention) -> set[str]:
        """The negative words of a figure's clause ('not', 'remaining'), kept by figure."""
        said = self._negations.get(m.id)
        if said is None:
            said = self._negations[m.id] = {w.group(0).lower() for w in NEGATION.finditer(a.clause_text(m))}
        return said

    def negation_named(self, h: _Side, src: Source, x: _Side) -> bool:
        """Whether the negation of the article's clause is a word of the source figure's own
        line: 'the patient was too unwell to eat' of a table row 'Patient unwell or no
        appetite', 'did not like the food' of 'Patient did not like the food'. The article
        names the line; it does not turn it round."""
        said = self.negations(self.a, h.mention)
        if not said:
            return False
        sa = src.analysis
        cell = sa.cell_of.get(x.mention.id)
        line = src.row_labels.get((cell[0], cell[1]), "") if cell else sa.clause_text(x.mention)
        k = sa.sentence_of[x.mention.id]
        if cell is None and not any(o.end <= x.mention.start for o in sa.figures(k)):
            # (and the subject its sentence opens with, no figure before it: 'Unsold prepared
            # food, such as sandwiches ..., made up 62.4 per cent of the weight' is what 'three in
            # five kilos thrown away were unsold sandwiches' names; and all of a sentence with
            # no other figure: '8.3 per cent of bookings were no-shows, where the court was
            # booked but the gate code was never used')
            alone = len(sa.figures(k)) == 1
            line = f"{sa.text[sa.sentences[k].start:sa.sentences[k].end if alone else x.mention.start]} {line}"
        if cell is None:
            # (and what the sentence says of it before the next figure: 'In 76.3 per cent of
            # episodes the optometrist was able to manage the condition fully ..., without
            # referring the patient on, compared with 71.8 per cent in 2024')
            # (not another clause: '1,205 cases (73.4 per cent) and declined 437 requests')
            nxt = min((o.start for o in sa.figures(k) if o.start > x.mention.end), default=sa.sentences[k].end)
            tail = re.split(r"[;:]|\b(?:and|but|while|whereas)\b", sa.text[x.mention.end:nxt])[0]
            line = f"{line} {tail}"
        # (or the column's whole, named by the noun of the article's verb: 'Nearly a quarter
        # were turned down because the driveway was too close to a junction' of a cell under
        # 'Share of refusals', a quarter of the refusals; the turning down is the whole's)
        whole = sa.column_header(x.mention)
        if cell is not None:
            # (a cell's column names its measure as much as its row, and a column that is only
            # 'Share' or '%' is the share of the column before it: 'needed repair or were
            # missing' of a cell under 'Share', after 'Needing repair or missing')
            line = f"{line} {whole}"
            if _BARE_SHARE.fullmatch(whole) and cell[2] > 1:
                line = f"{line} {sa._labels().get((cell[0], 0, cell[2] - 1), '')}"
        # (singular or plural: 'Power supply failures caused almost a third' of 'Power supply failure | 31%')
        return all(re.search(rf"\b{re.escape(w[:-1] if w.endswith('s') and len(w) > 4 else w)}s?\b", line, re.I)
                   or re.fullmatch(_REFUSALS, " ".join(w.lower().split())) and re.search(rf"\b(?:{_REFUSALS})\b", line, re.I)
                   or (noun := _NEGATION_NOUNS.get(" ".join(w.lower().split()))) is not None
                   and re.search(rf"\b(?:of|all)\s+(?:the\s+)?(?:{noun})s?\b", whole, re.I) for w in said)

    def negation_unsaid(self, h: _Side, src: Source, x: _Side) -> bool:
        """Whether the source figure is turned round by a negation of a word the article's
        sentence never says, while the article's clause says no polarity of its own, and the
        article gives its very value: 'For Polish the rate was just 3.7 per cent' quotes a
        table column 'Rate not fulfilled' whose Polish row gives 3.7%; it does not say the
        rate of bookings fulfilled."""
        if h.negated or h.value != x.value or _digits(h.mention) < 2:
            return False
        # (a clause that says anything of its own, 'only 15.3 per cent of patients were
        # re-booked', says its polarity, in whatever words)
        # (nor one that names what it counts, 'Only 36.2 per cent of disadvantaged pupils ...
        # met the standard': only 'the rate', 'the share' leave it unsaid)
        if {w for w in h.clause if self.translate(src, w) not in x.clause} - _GENERIC - _MEASURE_NOUNS \
                or not h.clause & _MEASURE_NOUNS:
            return False
        sa = src.analysis
        cell = sa.cell_of.get(x.mention.id)
        if cell is not None:
            text = f"{src.row_labels.get(cell[:2], '')} {sa.column_header(x.mention)}"
        else:
            text = sa.clause_text(x.mention)
        turned = {_key(w) for found in re.finditer(r"\b(?:not|never)\s+(?:been\s+|yet\s+|being\s+)?([a-z]{3,})|\b(?:un|non-?)([a-z]{4,})", text, re.I)
                  for w in content_words(found.group(1) or found.group(2))}
        if not turned:
            return False
        said = {_key(w) for w in content_words(self.a.sentence_text(self.a.sentence_of[h.mention.id]))}
        return not turned & said

    def negation_explained(self, h: _Side, src: Source, x: _Side) -> bool:
        """Whether a source figure turned round by a negative word ('2,310 items (12.2 per
        cent) were found to be unusable because of stains, damage or out-of-date logos') is
        quoted by what its clause says after that word, never by the word itself: 'one in
        eight donated items had to be recycled because of stains, damage or old logos' names
        the same items by their fate, and turns nothing round. A complement quoted says the
        negated word ('one in eight items were usable')."""
        if h.negated:
            return False
        sa = src.analysis
        c0, c1 = sa.clause(x.mention)
        clause = sa.text[c0:c1]
        found = [n for n in NEGATION.finditer(clause) if c0 + n.start() > x.mention.end]
        if not found:
            return False
        # the negated word: 'unusable' itself, or the one after 'not' ('not recorded')
        turned = re.match(r"(?:not|never|\w+n['’]t)\s+(?:been\s+|yet\s+|be\s+|being\s+)?[a-z]{3,}|[\w-]+", clause[found[0].start():], re.I)
        denied = {_key(w) for w in content_words(turned.group(0) if turned else found[0].group(0))} | {_key(found[0].group(0))}
        mine = {self.translate(src, w) for w in h.words} - {""}
        if mine & denied or {_key(w[2:]) for w in denied if len(w) > 4} & mine:
            return False
        # what the rest of the sentence says of them after a reason or a new clause, up to its
        # next figure ('because of stains ...; these were sent to a textile recycler'), not the
        # rest of the negated predicate ('did not feel confident using a defibrillator')
        k = sa.sentence_of[x.mention.id]
        start = c0 + found[0].start() + (turned.end() if turned else 0)
        stop = min([o.start for o in sa.figures(k) if o.start > start] + [sa.sentences[k].end])
        cause = re.search(r"\b(?:because|due to|owing to|as a result|so that|and so|and were|and had)\b|[;:–—]", sa.text[start:stop])
        if cause is None:
            return False
        after = {_key(w) for w in content_words(sa.text[start + cause.start():stop])} - denied
        return sum(src.rarity(w) >= 0.6 for w in mine & after - x.counted) >= 2

    def base_beside_same(self, h: _Side, src: Source, x: _Side) -> bool:
        """Whether h is a base with no words of its own ('58 times - almost one in five
        attempts, and a slight improvement on 20.9 per cent in 2023-24'), said beside a share
        whose value the source gives, in x's sentence or the one before, with x's polarity
        ('a failure rate of 19.3 per cent. This is a small improvement on the 2023-24 failure
        rate of 20.9 per cent'): the two are the source's pair, whatever words the article
        leans on ('came away with' for 'failure'), and h is not turned round."""
        a, sa, hm = self.a, src.analysis, h.mention
        if not _bare_base(a, h):
            return False
        beside = [o for o in a.figures(a.sentence_of[hm.id]) if o.end <= hm.start and _family(o) == "share"]
        side = _side(a, beside[-1]) if beside else None
        if side is None:
            return False
        ks = sa.sentence_of[x.mention.id]
        return any(o.id != x.mention.id and _family(o) == "share" and side.interval.contains(o.value) and sa.negated(o) == x.negated
                   for k in (ks - 1, ks) if k >= 0 for o in sa.figures(k))

    def rest_said_so(self, h: _Side, src: Source, x: _Side) -> bool:
        """Whether a source figure negated only as the rest of a whole ('The remaining 193
        inspections (28.2 per cent) identified at least one breach') is quoted in the words
        of its own clause ('28.2 per cent of inspections uncovered at least one breach'):
        then the article says what the rest is, as the report does, no other way round."""
        sa = src.analysis
        said = self.negations(sa, x.mention)
        # ('The other 38.7 per cent rated it fair or poor' too)
        if not said or not {" ".join(w.split()) for w in said} <= {"rest", "remainder", "remaining", "the other"}:
            return False
        # the part it is the rest of: the share before it, in its sentence or the one before
        k = sa.sentence_of[x.mention.id]
        # (not an earlier level of it: '61.3 per cent ..., up from 54.8 per cent')
        before = [o for o in sa.figures(k) if o.end <= x.mention.start and _family(o) == "share" and not _BASE_OF.search(sa.before(o, 25))] \
            or [o for o in (sa.figures(k - 1) if k > 0 else []) if _family(o) == "share" and not _BASE_OF.search(sa.before(o, 25))]
        if h.family != "share" or not before:
            return False
        # (the part's words: its sentence up to the rest's clause, '... Household waste, such
        # as black bags, ... was involved in 2,957 incidents, or 62.1 per cent; the remaining')
        ps = sa.sentences[sa.sentence_of[before[-1].id]]
        end = min(ps.end, sa.clause(x.mention)[0])
        if re.search(r"\b(?:it|them)\b", sa.clause_text(x.mention), re.I):
            # (a rest that says 'it' of what the part was said of takes the part's predicate:
            # 'The other 38.7 per cent rated it fair or poor' after '61.3 per cent rated
            # cleanliness as good': only what comes before the part's figure tells the part)
            end = min(end, before[-1].start)
        part = {_key(w) for w in content_words(sa.text[ps.start:end])}
        mine = {self.translate(src, w) for w in h.clause} - {""}
        # two words of the rest's own clause, which its part's has not ('identified at least
        # one breach', not 'offered an appointment within' said of both; not the verb alone,
        # 'accounted for the remaining 61.8%')
        # ... and none of the part's own ('hybrid cars' against 'Hybrids were involved in 61.4
        # per cent ..., with the remaining 38.6 per cent involving petrol vans and cars')
        return sum(src.rarity(w) >= 0.6 for w in mine & x.clause - part - {"rest", "remain"}) >= 2 \
            and not any(src.rarity(w) >= 0.6 for w in mine & part - x.clause)

    def bounds(self, key: str, iv: Interval) -> tuple[float, float]:
        """An interval's ends as floats (unbounded as infinite), kept by figure."""
        got = self._bounds.get(key)
        if got is None:
            got = self._bounds[key] = (-math.inf if iv.low is None else float(iv.low), math.inf if iv.high is None else float(iv.high))
        return got

    def verdict(self, h: _Side, x: _Side, complement: bool, per: Fraction) -> str:
        from ._verdict import judge

        # most candidates are far off: a float test spares them the exact arithmetic
        hv, xv = float(h.value), float(x.value)
        xv = (100 - xv if complement else xv) * float(per)
        if abs(hv - xv) > 0.6 * max(abs(hv), abs(xv)) + 1 and h.mention.hedge == "exact" and x.mention.hedge == "exact":
            return "inconsistent"
        # ... and so does one whose interval, with its hedge, lies clear of the article's (the
        # verdict below is inconsistent then: the two share no value)
        hiv = _realistic_share(h) if h.family == "share" else _realistic(h.mention).interval  # 'more than 2,000' is not 68,450
        key = h.mention.id
        if (whole := whole_of_decimal(h.mention, x.mention)) is not None:
            hiv, key = whole, f"{key}~"
        h_lo, h_hi = self.bounds(key, hiv)
        x_lo, x_hi = self.bounds(x.mention.id, _source_interval(x))
        if complement:
            x_lo, x_hi = 100 - x_hi, 100 - x_lo
        f = float(per)
        x_lo, x_hi = x_lo * f, x_hi * f
        slack = 1e-9 * (1 + abs(hv))
        if (x_hi < h_lo - slack or x_lo > h_hi + slack) and hv != xv:
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
        rows = len({(q.source.number, c[:2]) for q in allowed if (c := q.source.analysis.cell_of.get(q.x.mention.id)) is not None})
        for q in got:
            if q.verdict == "inconsistent" or slipped and q.per != 1:
                continue
            if h.mention.hedge == "exact" and q.x.mention.hedge in ("more than", "less than", "at least", "at most") and q.point != h.value:
                continue  # an exact 67.1 percent is no quotation of 'below 70 percent'
            hp, xp = h.mention.precision, q.x.mention.precision
            if hp is not None and xp is not None and hp <= xp and q.per == 1 and not q.complement and q.x.value != h.value \
                    and h.mention.hedge == "exact":
                continue  # 82.6 per cent is no quotation of a report's 83%, nor 21.7 of 21.6%: a quotation adds no digits
            if hp is not None and hp < 1 and xp is None and h.mention.hedge in ("exact", "about") and q.x.value != h.value:
                continue  # nor is 58.7 per cent of 'just over half', nor 31.1 of 'one in three': words give no decimals
            at = q.source.number * 1_000_000 + q.source.analysis.sentence_of[q.x.mention.id]
            near = max(bonus.get((k, at), 0.0), bonus.get((-1 - k, at), 0.0) if hm.id in self.based else 0.0,
                       self.in_row.get((hm.id, q.x.mention.id), 0.0), 0.6 if self.label_said(h, q) else 0.0)
            same = q.x.value == h.value and q.per == 1 and not q.complement
            cell = q.source.analysis.cell_of.get(q.x.mention.id)
            if cell is not None and rows > 1 and (label := q.source.label_keys.get(cell[:2], frozenset())) \
                    and label <= {self.translate(q.source, _key(w)) for w in content_words(re.split(r"[,;:.()–—]", self.a.after(hm, 50))[0])}:
                # of the rows that give the value, the one the figure's own clause names ('Six
                # began in Finance and five in Planning': the Planning row's 5, not Finance's
                # 5 of the year before)
                near += 0.5
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

        if self._bases is not None:
            return self._bases  # (asked once a figure by `anchored`: read once)
        out: dict[str, str] = {}
        for k in self.a.in_sentence:
            for old, new, _word in _from_to(self.a, k):
                out[new.id] = old.id
        self.based = {v: k for k, v in out.items()}
        self._bases = out
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

    def quoting(self, out: _Matching, sides: list[_Side]) -> bool:
        """Whether the article quotes this report: some of its distinctive figures are the
        report's exactly (a line or two is no evidence either way). A count of another
        thing is no such evidence: '412 new herd breakdowns' and the wrong report's '412
        sections' share a value by chance. A quantity with its unit is ('374 tonnes')."""
        by_id = {h.mention.id: h for h in sides}
        exact = sum(1 for hid, q in out.quotes.items() if q.verdict == "verified" and _distinctive(self.a.by_id[hid]) and (
                    q.x.family in ("count", "share") or q.x.family.startswith(("money", "quantity")))
                    and not (hid in by_id and _counts_other(by_id[hid], q.x)))
        # ... or many of its figures, small ones too, are the report's with their words ('68
        # holdings', 'Eleven holdings were advertised', '£141 per acre'): a quarter of them
        plain = sum(1 for q in out.quotes.values() if q.verdict == "verified" and (
                    q.x.family in ("count", "share") or q.x.family.startswith("money")))
        return len(sides) < 5 or exact >= QUOTING_FIGURES and exact >= QUOTING_SHARE * len(sides) \
            or plain >= 2 * QUOTING_FIGURES and plain >= len(sides) / 4

