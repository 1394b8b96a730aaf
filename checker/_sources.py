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

The parts: checker/_source_text.py reads a report's figures; checker/_source_match.py
finds and reads candidates; checker/_source_slips.py tells misquotes apart;
checker/_source_derive.py recomputes derived figures; this module joins them in
:meth:`_Matcher.match` and registers the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from fractions import Fraction

from claims._records import Mention

from ._analysis import Analysis
from ._common import conclude
from ._records import Check, Relation
from ._registry import rule
from ._rules_parts import of_pairs
from ._source_derive import _Derivations
from ._source_match import (
    _Matching,
    _Quote,
    whole_of_decimal,
)
from ._source_slips import _Slips
from ._source_text import (
    ECHO_WORDS,
    HUNDRED,
    SLIP_WORDS,
    Source,
    _amount,
    _digits,
    _distinctive,
    _family,
    _period,
    _places,
    _said,
    _Side,
    _side,
    _side_value,
    _source_interval,
    prepare_source,
)

__all__ = ["Source", "prepare_source"]


class _Matcher(_Slips, _Derivations):
    """Article figures against the figures of its sources, by measure, value and kind."""

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
            # article sentence -> the values its figures quote exactly
            beside: dict[int, set[Fraction]] = {}
            for hid, q in out.quotes.items():
                if q.verdict == "verified" and by_id[hid].value == q.x.value:
                    # (the value itself, not a bound it meets: 'More than half, 52 per cent' of 64)
                    beside.setdefault(a.sentence_of[hid], set()).add(q.x.value)
            for hid, q in list(out.quotes.items()):
                h = by_id[hid]
                # (never another measure whose figure the sentence itself gives: '47 decibels,
                # seven above the trust's target of 40' misquotes no 40; a level of another
                # period may be: '742 had a visit, and 655 asked for one' of 742, up from 655)
                own = beside.get(a.sentence_of[hid], set()) - {q.x.value}
                # (nor the whole the article says the figure is part of: 'Secondary schools were
                # responsible for 47 of the 58' gives no earlier 47 of the 58)
                wholes = {w.value for p, w in of_pairs(a, a.sentence_of[hid]) if p.id == hid}
                # the first reading of another line that is sure enough: one that is not (another
                # measure named too faintly) leaves the next its say ('71.8 per cent ... uncovered
                # at least one breach': the rest's words, after the part's)
                wrong = next((w for w in (rule(h, q, readings[hid]) for rule in (
                    lambda h, q, got: self.other_measure(h, q), self.past_level, self.past_twin, lambda h, q, got: self.base_level(h, got),
                    self.complement_swap, self.subgroup_row, self.subgroup_said,
                    self.named_row, self.named_sibling, self.statistic_named, self.step_named, self.better_named, self.slip_named, self.clause_named,
                    self.all_of_whole))
                    if w is not None and (w.x.value not in own or w.slip != "another measure's figure") and w.x.value not in wholes
                    and self.sure(h, w, readings[hid])), None)
                if wrong is not None:
                    demoted[hid] = out.quotes.pop(hid)
                    out.misquotes[hid] = wrong
        if self.quoting(out, sides):
            for hid, q in list(out.quotes.items()):
                h = by_side[hid]
                ends = self.change_of_levels(h, True, ended_only=True) if h.change and q.x.change else None
                if ends is not None and ends.verdict == "inconsistent":
                    # a change quoted by value from another line, against the levels of the one
                    # it says it ended at ('fell by 7.3 per cent to 14.82 GWh')
                    del out.quotes[hid]
                    out.derived.append(ends)
        # an article that quotes this report at all repeats some of its figures exactly; one
        # that does not (the wrong report, or figures from elsewhere) is never said to
        # misquote it: its figures are only 'not in the source' (what follows removes no
        # verified quotation, so this holds to the end)
        quoting = self.quoting(out, sides)
        self.derive(out, quoting)
        beside_count: set[str] = set()  # shares judged against the share the report states of the count beside them
        for h in sides:
            # (a share in words read as a rounding of some line gives way too: 'only one in five
            # stolen quads' beside the 97 recovered is theirs, not the 21.5 per cent of another line)
            # (a share in digits is read as a quotation first: '46 per cent of the total' beside
            # '561 cancellations' is the row's 46.6% cut short, a slip FC801 names)
            loose = out.quotes.get(h.mention.id)
            if h.family == "share" and not any(ch.isdigit() for ch in h.mention.text) \
                    and (loose is None or loose.verdict != "verified") and not _cut_off(a, h.mention):
                c = self.share_of_its_count(h, quoting)
                if c is not None:
                    # (it names the share's line plainly: any other working of the share gives way)
                    out.derived = [d for d in out.derived if d.relation.target != h.mention.id]
                    out.derived.append(c)
                    out.quotes.pop(h.mention.id, None)
                    beside_count.add(h.mention.id)
        worked_wrong: set[str] = set()
        for off in out.derived:
            if not quoting or off.verdict != "inconsistent" or off.relation.kind != "change":
                continue
            src = next((src for src in self.sources if any(i in src.analysis.by_id for i in off.relation.mentions)), None)
            if src is None:
                continue
            sa = src.analysis
            levels = {sa.sentence_of[i] for i in off.relation.mentions if i in sa.by_id}
            was = out.quotes.get(off.relation.target)
            if was is not None and was.x.change and was.source is src and sa.sentence_of[was.x.mention.id] not in levels:
                # a change the article works wrongly from two levels it quotes, whose value is
                # another line's change in the report ('grew by 6.8 per cent', one ward's rise,
                # after 'up from 209,902' to 214,386): the working tells, not the value
                del out.quotes[off.relation.target]
                worked_wrong.add(off.relation.target)
        worked = {c.relation.target for c in out.derived}
        for h in sides:
            if h.family == "share" and h.mention.id not in out.quotes and h.mention.id not in worked and not _cut_off(a, h.mention):
                c = self.share_of_counts(h)
                if c is not None:
                    out.derived.append(c)
                    worked.add(h.mention.id)
        for h in sides:
            # (a figure already told as another line's, misquoted, is read as no working of the report's:
            # 'staff at 19 premises agreed' is the five's slip, not 24 visits less the five)
            if h.mention.id in out.quotes or h.mention.id in worked or h.mention.id in out.misquotes or not (
                    _amount(h.family) or h.family.startswith("money:") or h.family == "points"):
                continue
            if h.change:
                # a change is a difference of two levels, never a sum ('rose by 11 over the year to
                # 58' is 58 less the 49 before, not the report's 'nine' and 'two')
                # (a working of two figures that holds is a difference: 4,856 - 3,910 hours is 'nearly
                # 1,000 more hours than last year', whatever level the words seem to end at)
                # (a change said against the level the article names before it, 'handed out 37
                # civil penalties ..., and 25 more penalties than the year before', is that
                # level's: 37 less the report's 22, whatever other pair of figures differs by 25)
                c = (self.change_to_level(h, quoting) if self.level_named(h) else None) \
                    or self.arithmetic(h, readings[h.mention.id], sums=False) or self.change_to_level(h, quoting) \
                    or self.change_of_named_levels(h, quoting) or self.count_of_share(h) or self.combined_rows(h, quoting)
            elif self.anchored(h, out.quotes) is not None:
                c = None  # the later level of a quoted base is that level, no sum ('fell to 43, from 58': not 37 + 6)
            else:
                c = self.arithmetic(h, readings[h.mention.id]) or self.count_of_share(h) or self.change_to_level(h, quoting) \
                    or self.combined_rows(h, quoting)
            if c is not None:
                out.derived.append(c)
        for h in sides:
            if h.mention.id in out.quotes or h.mention.id in worked or not h.change:
                continue
            # (a change quoted by value from another line is left to its quotation: read against
            # the levels beside it, 'fell by 8.2 per cent' is as often another measure's as a slip)
            c = self.change_of_levels(h, quoting) or self.change_of_quoted_levels(h, quoting)
            if c is not None:
                out.derived.append(c)
        worked = {c.relation.target for c in out.derived}
        for h in sides:
            if h.family == "share" and h.mention.id not in out.quotes and h.mention.id not in worked and not _cut_off(a, h.mention):
                c = self.share_of_quoted_count(h, quoting) or self.share_of_quoted_cell(h, quoting) \
                    or self.share_of_quoted_part(h, quoting)
                if c is not None:
                    out.derived.append(c)
        # the article's own share of a whole from another sentence ('asked for more than £700,000
        # in total' ... 'worth £131,600, more than a third of the total') gives way to the share
        # the report's own table works ('£131,600' of its Total row's £384,250)
        # (or to a quotation of the report that holds)
        shared_out = {c.relation.target for c in out.derived if c.verdict != "inconsistent" and c.relation.kind == "share-of-counts"} \
            | {hid for hid, q in out.quotes.items() if q.verdict != "inconsistent" and by_side[hid].family == "share"}
        for c in a.found:
            if c.rule == "FC102" and c.verdict == "inconsistent" and c.relation.target in shared_out \
                    and len({a.sentence_of[i] for i in c.mentions if i in a.by_id}) > 1:
                out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
        self.points_stated(out, by_side, readings)
        # (a share that is some whole number of its count says nothing of which line it quotes)
        covered = {c.relation.target for c in out.derived if c.verdict != "inconsistent" and c.relation.kind != "grim-share"}
        for c in out.derived:
            # worked out from the source's figures: a loose quote besides says less, unless it is of
            # the report's own result of that working, beside its inputs ('a reduction of 288 falls
            # or 6.8%' for 'a drop of almost 7 per cent'): then both say the same
            loose = out.quotes.get(c.relation.target)
            if c.verdict != "inconsistent" and c.relation.kind != "grim-share" and loose is not None and loose.verdict != "verified" \
                    and not self.states_working(loose, c):
                del out.quotes[c.relation.target]
        if quoting:
            self.pair_misquotes(out, sides, covered)
        for h in sides:
            hid = h.mention.id
            if hid in out.quotes or hid in covered or hid in out.misquotes or hid in beside_count:
                continue
            taken = {q.x.mention.id for k, q in out.quotes.items() if k != hid and q.verdict == "verified"}
            # a change worked wrongly, whose value is another line's: misquoted against the figure
            # of its words, if the report gives one, not read again as that line's
            got = [q for q in readings[hid] if q.point != h.value] if hid in worked_wrong else readings[hid]
            # (the first reading that is sure: one that is not gives way to the next)
            miss = next((w for w in (f(h, got) for f in (self.base_level, self.unnamed_row, self.unnamed_past, self.parallel_row,
                                                          self.unnamed_cell))
                         if w is not None and self.sure(h, w, got)), None) or self.misquote(h, got, taken) \
                or self.level_misstated(h, out.quotes) or self.echoed_count(h, got, taken) if quoting else None
            if miss is not None:
                out.misquotes[hid] = miss
            elif hid not in {c.relation.target for c in out.derived}:
                lone = self.alone(h, readings[hid]) if not h.change and _amount(h.family) else None
                if lone is not None:
                    out.derived.append(lone)
                else:
                    out.unmatched.append(h.mention)
        for hid, q in list(out.misquotes.items()):
            if not self.sure(by_side[hid], q, readings[hid]) or self.rest_of_whole(by_side[hid], q) or self.the_rest(by_side[hid], q) \
                    or self.rest_of_shares(by_side[hid]) \
                    or self.own_share(by_side[hid]) or self.own_figure(by_side[hid]) or self.own_multiple(by_side[hid]) \
                    or not self.plain_polarity(by_side[hid], q) or self.added(by_side[hid], q) or self.spoken(by_side[hid]) and not self.slip_spoken(q) or self.named_by_size(by_side[hid]) or self.against_a_bound(by_side[hid], q) \
                    or self.advice(by_side[hid]) or self.bound_said_again(by_side[hid], q) or self.wanted(by_side[hid]) \
                    or self.age_bound(by_side[hid]) or _cut_off(self.a, by_side[hid].mention) and not _cut_off(q.source.analysis, q.x.mention):
                del out.misquotes[hid]
                if hid in demoted:
                    out.quotes[hid] = demoted[hid]  # not sure it is the wrong line: the quotation stands
                else:
                    out.unmatched.append(self.a.by_id[hid])
            elif not q.also and (also := _given_again(q)):
                # the report may give the figure meant twice (a summary and a section): both
                out.misquotes[hid] = replace(q, also=also)
        if quoting:
            self.rework_differences(out)
        for h in sides:
            if h.mention.kind == "money" and h.value == 1 and _PER_UNIT.search(self.a.before(h.mention, 12)):
                # 'every £1 of council money attracted £1.64': the unit a ratio is of, quoted
                # only as itself ('every £1 spent brings'), never a slip for another amount
                hid = h.mention.id
                if hid in out.misquotes or hid in out.quotes and out.quotes[hid].x.value != h.value:
                    out.misquotes.pop(hid, None)
                    out.quotes.pop(hid, None)
                    out.unmatched.append(h.mention)
        for hid, q in list(out.misquotes.items()):
            if q.complement and q.slip != "complement quoted":
                # a misquote read through a complement (100 - 76.9) is told against the figure
                # itself when the report also gives that ('23.1 per cent of heard appeals were upheld')
                direct = next((r for r in readings[hid] if not r.complement and not r.flipped and r.per == 1
                               and r.point == q.point and r.x.family == q.x.family and r.source is q.source), None)
                if direct is not None:
                    out.misquotes[hid] = replace(direct, slip=q.slip, verdict="inconsistent")
        for hid, q in list(out.quotes.items()):
            if not q.also and q.per == 1 and not q.complement and (also := _given_again(q)):
                # ... and the figure quoted: 'collected 3,191 tonnes' and a table's total of 3,191
                out.quotes[hid] = replace(q, also=also)
        # the report's own statement of a result worked wrongly, beside its inputs
        out.derived = [_inputs_given_again(self.sources, self.stated_result(c)) for c in out.derived]
        out.dates = list(self.dates())
        return out

    def points_stated(self, out: _Matching, by_side: dict[str, _Side], readings: dict[str, list[_Quote]]) -> None:
        """A change in per cent that the two levels allow only through their rounding, when the
        report states the change in points beside them with the article's very number: 'rose
        by 4 per cent to 81 per cent' against 'rose to 81 per cent from 77 per cent, up 4
        percentage points'. 81 / 77 is a rise of 5.2 per cent; 4 is in reach only at the ends
        of the levels' rounding, and the report's own '4 percentage points' is the figure
        taken: points reported as per cent."""
        for c in list(out.derived):
            if c.rule != "FC802" or c.relation.kind != "change-of-levels" or c.verdict != "rounded":
                continue
            h = by_side.get(c.relation.target)
            if h is None or h.mention.kind != "percent" or not h.change:
                continue
            src = next((s for s in self.sources if all(i in s.analysis.by_id for i in c.relation.mentions[1:3])), None)
            if src is None or len(c.relation.mentions) < 3:
                continue
            sa = src.analysis
            new, old = (sa.by_id[i] for i in c.relation.mentions[1:3])
            if old.value <= 0:
                continue
            relative = abs(new.value / old.value - 1) * HUNDRED
            if h.interval.contains(relative):
                continue  # the point itself rounds to the article's figure: a rise in per cent, rightly
            lines = {sa.sentence_of[new.id], sa.sentence_of[old.id]}
            stated = next((q for q in readings.get(h.mention.id, ()) if q.x.mention.kind == "points" and q.x.value == h.value
                           and q.source is src and sa.sentence_of[q.x.mention.id] in lines and q.shared >= SLIP_WORDS), None)
            if stated is None:
                continue
            out.derived.remove(c)
            out.quotes.pop(h.mention.id, None)
            out.misquotes[h.mention.id] = replace(stated, verdict="inconsistent", slip="percentage points reported as per cent")


#: 'every £1', 'for each £1': the unit of a ratio
_PER_UNIT = re.compile(r"\b(?:every|each|per)\s+$", re.I)


def _cut_off(a: Analysis, m: Mention) -> bool:
    """Whether a share is a cut in a price ('knocks 25 per cent off the bill', 'a 25 per cent
    discount'): no share of the counts said beside it."""
    return bool(re.match(r"\s+(?:off|discount|reduction|rebate)\b", a.after(m, 16), re.I))


def _given_again(q: _Quote) -> tuple[str, ...]:
    """The other places the source gives q's figure, of its family (or any amount's) and value."""
    fams = {q.x.family} | ({f for f in q.source.sides if _amount(f)} if _amount(q.x.family) else set())
    return _places(q.source, q.x, fams)


def _inputs_given_again(sources: Sequence[Source], c: Check) -> Check:
    """A working from the source's figures joins every place the source gives each distinctive
    one: '412 complaints, down from 538' in the text and a table row of 538 and 412 are one
    pair of figures, whichever place the article took them from."""
    more: list[str] = []
    for src in sources:
        ids = [i for i in c.relation.mentions if i in src.analysis.by_id]
        if not ids:
            continue
        by_id = {x.mention.id: x for xs in src.sides.values() for x in xs}
        for i in ids:
            x = by_id.get(i)
            if x is None or not _distinctive(x.mention):
                continue
            more += [i for i in _places(src, x, {x.family}) if i not in c.relation.mentions]
        xs = [by_id[i] for i in ids if i in by_id]
        if len(xs) >= 2:
            # figures too short to be told apart alone are one pair when another line gives them
            # together: 'In Reception, 9.8 per cent ..., up from 9.1 per cent' and the row
            # 'Reception | 9.1 | 9.8' (a sentence, or a table row)
            sa = src.analysis

            def line(m: Mention) -> object:
                cell = sa.cell_of.get(m.id)
                return ("row", cell[:2]) if cell is not None else ("sentence", sa.sentence_of[m.id])

            lines: dict[object, list[str]] = {}
            for x in xs:
                for y in src.sides.get(x.family, ()):
                    if y.value == x.value and y.change == x.change and not y.mention.ranged and y.mention.id not in ids:
                        lines.setdefault(line(y.mention), []).append(y.mention.id)
            for got in lines.values():
                if len({by_id[i].value for i in got}) == len({x.value for x in xs}) == len(got):
                    more += [i for i in got if i not in c.relation.mentions]
    if not more:
        return c
    return replace(c, relation=replace(c.relation, mentions=c.relation.mentions + tuple(dict.fromkeys(more))))


def _matching(a: Analysis) -> _Matching | None:
    if not a.sources:
        return None
    got = a.memo.get("sources")
    if got is None:
        got = a.memo["sources"] = _Matcher(a, a.sources).match()
    assert isinstance(got, _Matching)
    return got


#: the slips of a change's kind: what the source gives, and what the article says it is
_SWAPPED_CHANGES = {"percentage points reported as per cent": ("percentage points", "per cent"),
                    "per cent change reported as points": ("per cent", "percentage points")}


def _check(a: Analysis, h: Mention, q: _Quote) -> Check | None:
    x = q.x
    src_m = replace(x.mention, value=x.value, interval=_source_interval(x))
    said = f"{_said(q.source, x.mention)} ({q.source.where(x.mention)})"
    share = _family(h) == "share"
    kw: dict[str, object] = {"unit": "%", "target_value": _side_value(a, h.id), "target_interval": a.share_interval(h)} if share \
        else {"unit": ""}
    if (whole := whole_of_decimal(h, x.mention)) is not None:
        kw["target_interval"] = whole
    if q.complement:
        formula, f, kind = f"100 - {said} in the source", (lambda v: HUNDRED - v), "complement-quote"
    elif q.per != 1:
        per = q.per
        formula, f, kind = f"{said} in the source, per {_period_of(a, h)}", (lambda v: v * per), "period-quote"
    else:
        formula, f, kind = f"restates {said} in the source", (lambda v: v), "quote"
    causes = [(lambda p: True, q.slip)] if q.slip else []
    if q.slip in _SWAPPED_CHANGES:
        # a change in points given as one in per cent, or the other way round: no rounding
        # makes one the other, so the check says which each text gives
        given, stated = _SWAPPED_CHANGES[q.slip]
        words = " ".join(a.text[h.get("hedge_start") or h.start:h.end].split())
        return Check(rule="FC801", relation=Relation("points-quote", (h.id, x.mention.id), h.id), verdict="inconsistent",
                     stated=" ".join(h.text.split()), computed=" ".join(x.mention.text.split()),
                     explanation=f"the source gives {said}, a change in {given}; '{words}' reports it as a "
                                 f"change in {stated} (likely {q.slip})", cause=q.slip)
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
    ok: On average, the registered child made 16 free swims in the year. || source: On average, each registered child made 16.1 free swims during the year, up from 14.2.
    ok: The council set aside £150,000 last year for new shelters, and nine were put up at an average cost of £14,800. Another £120,000 is proposed for next year. || source: In 2024/25 the council set aside £150,000 of this income for new shelters, and nine new shelters were installed at an average cost of £14,800 each.\n\nThe board is asked to agree that £120,000 of 2025/26 income above the guaranteed minimum be allocated.
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
