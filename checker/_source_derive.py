"""The FC8xx derivations: figures an article works out from a report (a share of two
counts, a count from a rate and a total, a change against two levels, a sum of rows, a
difference) recomputed from the source figures and checked (FC802), and dates held
against the source's (FC804).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction
from math import fsum

from claims import content_words, stem
from claims._records import Mention

from ._analysis import Analysis
from ._common import apart, conclude, is_change, is_count
from ._records import Check, Relation
from ._rules_restate import _realistic
from ._source_match import (
    _Finder,
    _Matching,
    _Quote,
)
from ._source_text import (
    _BASE_OF,
    _COMBINED,
    _TOTAL_ROW,
    ACCEPT,
    GENERIC_STEMS,
    HUNDRED,
    MARGIN,
    SLIP_WORDS,
    STRONG,
    Source,
    _amount,
    _apposed_count,
    _compared,
    _direction,
    _earlier_level,
    _earlier_of,
    _family,
    _key,
    _level_of_base,
    _of_order,
    _outside,
    _places,
    _realistic_share,
    _said,
    _share_a_word,
    _Side,
    _side,
    _side_value,
    _words,
)

#: words that name a sum of money as a whole ('of all the money awarded', 'of the budget')
_MONEY_WORDS = frozenset(_key(stem(w)) for w in ("money", "funding", "spending", "budget", "cash", "income", "cost", "amount", "pounds"))

#: words that name a whole as such, nothing of what it counts ('of the total', 'of the whole')
_WHOLE_WORDS = frozenset(_key(stem(w)) for w in ("total", "whole", "number", "figure", "year"))

#: a change said against the year before: 'up £4.4m on the previous year', '321 more than the
#: year before', 'a rise of 650 tonnes on last year'
_ON_THE_YEAR_BEFORE = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:on|than|compared with)\s+(?:the\s+)?(?:previous|last|prior|preceding)\s+"
                                 r"(?:year|twelve months|12 months)\b|\s*(?:[a-z]+\s+){0,3}?(?:on|than)\s+(?:the\s+year\s+before|a\s+year\s+(?:earlier|before|ago))\b"
                                 # ('an increase of 38 on 2024')
                                 r"|\s*(?:[a-z]+\s+){0,3}?on\s+(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b(?!\s*(?:figure|level)s?\s+of)"
                                 # ('up £54,600 on the year', 'up 84 in a year')
                                 r"|\s*(?:on|over)\s+the\s+year\b|\s*in\s+(?:a|one|the\s+last)\s+year\b(?!\s+(?:to|from)\b)",
                                 re.I)


#: a change over more than a year ('up 120 since 2019', 'over the past five years'): a report's
#: two columns are not its levels
_SINCE = re.compile(r"\bsince\b|\b(?:over|in)\s+(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?(?:years|decade)\b|\bdecade\b", re.I)


#: the value of a check's computed figure ('5.42%', '£1,234', '35.71%')
#: a sentence that gives the share of the count the sentence before states ('This means 11.5
#: per cent of stage 1 complaints were escalated.')
_SHARE_OF_IT = re.compile(r"\W*(?:this|that|it)\s+(?:means|meant|is|was|represents|represented|equates\s+to|amounts\s+to)\s+"
                          r"(?:(?:about|around|some|nearly|almost|just\s+(?:over|under))\s+)?\d", re.I)
_COMPUTED = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _combine(sa: Analysis, s1: _Side, s2: _Side) -> bool:
    """Whether two amounts of a passage can be added or taken one from the other: of one
    family, or a plain count whose next words name the other's unit ('58,930 ambulance
    hours' beside '1,200 hours'). A count of roads and an area in hectares cannot."""
    if s1.family == s2.family:
        return True
    if s1.family.startswith("quantity:") and s2.family.startswith("quantity:"):
        return False
    unit, bare = (s1, s2) if s1.family.startswith("quantity:") else (s2, s1)
    word = re.findall(r"[A-Za-z]+", unit.mention.text)
    return not word or bool(re.match(rf"\s+(?:[\w-]+\s+)?{re.escape(word[-1][:4])}", sa.text[bare.mention.end:], re.I))


def _polarity(sa: Analysis, m: Mention) -> bool:
    """Whether a count is of the negated side: read from its own clause, or from the share
    in brackets after it, whose clause it is ('6,940 (22.1 per cent) were refused')."""
    nxt = next((o for o in sa.in_sentence.get(sa.sentence_of[m.id], ()) if o.start > m.end), None)
    if nxt is not None and nxt.kind == "percent" and re.fullmatch(r"\s*\(\s*", sa.text[m.end:nxt.start]):
        return sa.negated(nxt)
    return sa.negated(m)


def _stated_share(sa: Analysis, m: Mention) -> Mention | None:
    """The share a report states beside a count, in brackets or after 'or' ('1,305 (21.0 per
    cent)', '212, or 10.2 per cent')."""
    nxt = next((o for o in sa.in_sentence.get(sa.sentence_of[m.id], ()) if o.start > m.end), None)
    if nxt is not None and nxt.kind == "percent" and re.fullmatch(r"\s*(?:\(\s*|,\s*or\s+)", sa.text[m.end:nxt.get("hedge_start") or nxt.start]):
        return nxt
    return None


def _own_share(sa: Analysis, m: Mention) -> Mention | None:
    """The share a report gives of a count as the count's own: beside it (_stated_share), after
    it in its clause ('97 have been recovered, which is 30.5%'), or in its table row under a
    column of shares ('| Arriving from overseas | 1,136 | 19.4% |')."""
    stated = _stated_share(sa, m)
    if stated is not None:
        return stated
    cell = sa.cell_of.get(m.id)
    if cell is not None:
        row = [o for i, c in sa.cell_of.items() if c[:2] == cell[:2] and c[2] == cell[2] + 1 and (o := sa.by_id[i]).kind == "percent"]
        return row[0] if len(row) == 1 and not is_change(sa, row[0]) else None
    # (the next share of its sentence, past the words the count is of: '23 closures lasted
    # longer than 10 hours, which is 8.0%')
    nxt = next((o for o in sa.in_sentence.get(sa.sentence_of[m.id], ()) if o.start > m.end and o.kind in ("percent", "count")), None)
    if nxt is not None and nxt.kind == "percent" and not is_change(sa, nxt) \
            and re.fullmatch(r"[^.;:]{0,60}?,\s*which\s+(?:is|was|represents|represented)\s+", sa.text[m.end:nxt.get("hedge_start") or nxt.start]):
        return nxt
    return None


def _unit_left_off(f: str, g: str) -> bool:
    """Whether two families are one amount's, its unit said with one and left off the other
    ('71,150' and '25,330 hours'); never two units ('468 days', 'eight weeks')."""
    return _amount(f) and _amount(g) and bool({f, g} & {"count", "decimal"})


class _Derivations(_Finder):
    """Figures the article derives from its sources, recomputed from them."""

    def share_of_counts(self, h: _Side) -> Check | None:
        """A share the article works out from a part and its whole that the source gives
        as counts ('more than one in seven' for 'Of the 150 jobs we tested, 23 ...'). Only
        parts and wholes the source itself puts together ('23 of the 150') are tried."""
        from ._rules_parts import of_pairs

        quoted = self.quoted_passages(h)
        values = {v for _s, _k, v in quoted}
        wrong: Check | None = None
        for src, k, near in [(s_, k_, False) for s_, k_ in self.passages(h)] + [(s_, k_, True) for s_, k_, _v in quoted]:
            sa = src.analysis
            for kk in (k - 1, k, k + 1):
                if not 0 <= kk < len(sa.sentences):
                    continue
                pairs = of_pairs(sa, kk)
                for part, whole in pairs:
                    if whole.value <= 0 or part.value > whole.value:
                        continue
                    if near and whole.value not in values:
                        continue  # (found by a count the article quotes: the whole must be that count)
                    if _polarity(sa, part) != h.negated and any(
                            o.kind == "count" and o.id != part.id and o.value + part.value == whole.value and _polarity(sa, o) == h.negated
                            for kp in (sa.sentence_of[part.id], sa.sentence_of[part.id] + 1) for o in sa.in_sentence.get(kp, ())):
                        # '77.9 per cent were turned down' is no share of the 24,520 approved,
                        # when the report counts the 6,940 refused beside them (or in the next
                        # sentence), the rest of the 31,460
                        continue
                    point = part.value / whole.value * HUNDRED
                    stated = _stated_share(sa, part)
                    if stated is not None and not stated.interval.contains(point):
                        # the report's own share of the part ('1,305 (21.0 per cent) were
                        # cancelled') is of another whole than this one: the pair is misread
                        continue
                    iv = _realistic_share(h)
                    # (a share worked wrongly is called so only when the article's own sentence
                    # quotes both counts: 'took 64 cases to court, up from 52, and 59 ended in a
                    # conviction - a success rate of more than 95 per cent', of the report's
                    # 'brought 64 prosecutions ... Of these, 59 resulted in a conviction')
                    both = self.counts_quoted(h, src, part, whole)
                    if not both and not iv.contains(point) and not (h.mention.hedge == "exact" and h.interval.contains(point)):
                        continue
                    said = f"{_said(src, part)} / {_said(src, whole)} in the source"
                    check = conclude(self.a, "FC802", "share-of-counts", h.mention, [part, whole],
                                     lambda p, w: p / w * HUNDRED, said, unit="%", target_value=h.value,
                                     target_interval=h.interval)
                    if check is not None and check.verdict != "inconsistent":
                        return replace(check, explanation=f"{check.explanation} ({src.where(part)})")
                    if check is not None and both and wrong is None:
                        wrong = replace(check, explanation=f"{check.explanation} ({src.where(part)})")
        # (a pair that holds, found later, is the one meant; else the wrong working of the two)
        return wrong

    def counts_quoted(self, h: _Side, src: Source, part: Mention, whole: Mention) -> bool:
        """Whether the article's sentence of h quotes both counts exactly, before h (from any
        place the source gives them), and no other share of the sentence stands between."""
        a = self.a
        k = a.sentence_of[h.mention.id]
        ahead = [o for o in a.figures(k) if o.end <= h.mention.start]
        before = [o for o in ahead if o.kind == "count"]
        if not before or before[-1].value != part.value:
            return False  # the part is the count said last before the share ('and 59 ended in a conviction - ...')
        found: set[Fraction] = set()
        for o in ahead:
            q = self.quotes.get(o.id)
            if q is not None and q.source is src and q.verdict == "verified" and q.per == 1 and q.x.value in (part.value, whole.value):
                found.add(q.x.value)
            elif o.kind in ("percent", "fraction", "ratio"):
                found.clear()
        return found == {part.value, whole.value}

    def quoted_passages(self, h: _Side) -> list[tuple[Source, int, Fraction]]:
        """The source sentences of the counts the article quotes in h's sentence and the one
        before, wherever the source gives them ('8,213 pupils ... out of more than 38,000 on
        roll. That is still more than one in five.': the sentences of 38,460 and of its table
        cell): a share said after its counts is of them, whatever words it has of its own."""
        a = self.a
        k = a.sentence_of[h.mention.id]
        got: list[tuple[Source, int, Fraction]] = []
        # (the sentence before only when h's own quotes no count before it, in one paragraph:
        # 'Of the 412 people who asked ...' is no whole of the next paragraph's 'one in three')
        own = any(o.kind == "count" and o.end <= h.mention.start and o.id in self.quotes for o in a.figures(k))
        for kk in (k,) if own or k == 0 or a.sentences[k - 1].paragraph != a.sentences[k].paragraph else (k - 1, k):
            for o in a.figures(kk):
                q = self.quotes.get(o.id)
                if q is None or q.verdict == "inconsistent" or q.x.family != "count" or o.id == h.mention.id:
                    continue
                sa = q.source.analysis
                for i in (q.x.mention.id, *_places(q.source, q.x, {q.x.family})):
                    if (q.source, sa.sentence_of[i], q.x.value) not in got:
                        got.append((q.source, sa.sentence_of[i], q.x.value))
        return got[:6]

    def share_of_quoted_cell(self, h: _Side, quoting: bool) -> Check | None:
        """A share the article gives right after a count it quotes from a table row ('with 322
        fitted - around 44 per cent of all completed adaptations'): the row's share of the
        table's total row in the same column (322 / 731 = 44.0 per cent); of a sum of money
        when the article says the share is of money ('£468,300 across 62 grants - almost a
        third of all the money awarded': the amount's share of the amounts' total). A share
        that misses is called wrong only when the article names the whole ('of all ...', 'of
        the total')."""
        a, hm = self.a, h.mention
        if h.change or h.target or h.negated or _direction(hm) and hm.kind == "percent":
            return None
        # the whole the article names ('of all the money awarded'), which the column must count
        named = re.match(r"\s*of\s+(?:all\s+)?(?:the\s+)?(?:total\s+)?((?:[a-z'’-]+\s*){1,3})", a.text[hm.end:hm.end + 60], re.I)
        said = {_key(w) for w in content_words(named.group(1))} - _WHOLE_WORDS if named else set()
        if said & _MONEY_WORDS:
            k = a.sentence_of[hm.id]
            c = next((o for o in reversed(a.figures(k)) if o.end <= hm.start and o.kind == "money" and hm.start - o.end <= 80), None)
        else:
            # (a share set right after an amount is of money: 'won 38 grants worth £131,600, more
            # than a third of the total')
            c = _apposed_count(a, hm, ("count", "quantity", "money"))
            c = c if c is not None and (is_count(c) or c.kind in ("quantity", "money")) else None
        if c is None:
            return None
        # (the base of a change is no count the share is of: 'with 1,738 crimes, up from 1,602,
        # and makes up more than two thirds of the total' is the 1,738's share)
        c = _level_of_base(a, c) or c
        q = self.quotes.get(c.id)
        if q is None or q.verdict != "verified" or q.x.value != c.value or c.value <= 0:
            return None
        src, sa = q.source, q.source.analysis
        cell = sa.cell_of.get(q.x.mention.id)
        if cell is None or _TOTAL_ROW.search(src.row_labels.get(cell[:2], "")):
            return None
        totals = [x.mention for x in src.sides.get(q.x.family, ()) if (o := sa.cell_of.get(x.mention.id)) is not None
                  and o[0] == cell[0] and o[2] == cell[2] and o[1] != cell[1] and _TOTAL_ROW.search(src.row_labels.get(o[:2], ""))]
        if len(totals) != 1 or totals[0].value <= q.x.value:
            return None
        part, whole = q.x.mention, totals[0]
        check = conclude(a, "FC802", "share-of-counts", hm, [part, whole], lambda p, w: p / w * HUNDRED,
                         f"{_said(src, part)} / {_said(src, whole)} in the source", unit="%", target_value=h.value,
                         target_interval=_realistic_share(h))
        if check is None or check.verdict == "inconsistent" and not (
                quoting and re.match(r"\s*of\s+(?:all|the\s+total|the\s+whole)\b", a.text[hm.end:], re.I)):
            return None
        return replace(check, explanation=f"{check.explanation} ({src.where(part)})")

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
            is_whole = bool(of) and c.start > hm.end and bool(re.fullmatch(r"\s*of\s+(?:the\s+|their\s+|its\s+|all\s+|those\s+)?",
                                                                             a.text[hm.end:c.start]))
            if of and not is_whole:
                continue
            if c.end <= hm.start and re.search(r"\bof\s+(?:the|their|its|all|those)\s+$", a.before(c, 20), re.I) \
                    and not any(c.end <= o.start < hm.start for o in a.figures(k)):
                is_whole = True  # 'Of the 3,281 chipped dogs, 81 per cent had ...': the count before is the whole
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
            nxt = sa.sentences[kc + 1] if kc + 1 < len(sa.sentences) else None
            if not tied and not is_whole and nxt is not None and _SHARE_OF_IT.match(sa.text, nxt.start, nxt.end):
                # the sentence after the count gives its share, pointing back ('A total of 213
                # complaints were escalated ... This means 11.5 per cent of stage 1 complaints
                # were escalated'), its whole stated further off (1,846 stage 1 complaints)
                said = [m for m in sa.in_sentence.get(kc + 1, ()) if m.kind == "percent" and not m.ranged and not is_change(sa, m)]
                wholes = {w.value: w for x in src.sides.get("count", ()) if (w := x.mention).hedge == "exact" and w.value > xc.value
                          and len(said) == 1 and said[0].interval.contains(xc.value / w.value * HUNDRED)}
                if len(wholes) == 1:
                    tied[said[0].value] = (said[0], xc, next(iter(wholes.values())))
            if len(tied) != 1:
                continue
            s_, part, whole = next(iter(tied.values()))
            limits = (_outside(a, hm), _outside(sa, s_))
            if a.negated(hm) != sa.negated(s_) or None not in limits and limits[0] != limits[1]:
                return None  # the article may speak of the rest ('out-of-date' of 'up to date'): not judged here
            return self.share_judged(h, src, part, whole, f", which gives {_said(src, s_)}", s_, quoting)
        return None

    def share_judged(self, h: _Side, src: Source, part: Mention, whole: Mention, also: str, where: Mention,
                     quoting: bool) -> Check | None:
        """h judged as the source's part over its whole (an inconsistent one only when the
        article quotes this report), with the place in the source it was read from."""
        check = conclude(self.a, "FC802", "share-of-counts", h.mention, [part, whole], lambda p, w: p / w * HUNDRED,
                         f"{_said(src, part)} / {_said(src, whole)} in the source{also}",
                         unit="%", target_value=h.value, target_interval=_realistic_share(h))
        if check is None or check.verdict == "inconsistent" and not quoting:
            return None
        return replace(check, explanation=f"{check.explanation} ({src.where(where)})")

    def share_of_its_count(self, h: _Side, quoting: bool) -> Check | None:
        """A share the article sets beside a count it quotes ('Only 97 have been recovered -
        only one in five stolen quads'; '1,136 applications - one in four - came from
        families arriving from overseas'; 'One in eight closures lasted more than 10 hours -
        23 in all'), when the report states that count's own share ('97 have been recovered,
        which is 30.5%'; the row '| Arriving from overseas | 1,136 | 19.4% |'): the share is
        judged against the report's, as the count over the whole it is a share of. Before
        any other reading: the count beside names the share's line plainly."""
        a, hm = self.a, h.mention
        if h.change or h.target or _direction(hm) and hm.kind == "percent":
            return None
        k = a.sentence_of[hm.id]
        before = _apposed_count(a, hm)
        if before is not None and re.search(r"\b(?:and|but|while|whereas|meaning|means|so|which|that|with)\b",
                                            a.text[before.end:hm.get("hedge_start") or hm.start], re.I):
            # (set beside it, not a new clause of its own: 'made 9,063 home visits, and about one in
            # 15 patients was sent on'; '201 with conditions, meaning that about nine in ten'; '27 of
            # the nominations, with nearly three in five coming from community groups')
            before = None
        # (or the count after it, set off by a dash: 'One in eight closures lasted more than 10
        # hours - 23 in all')
        after = next((o for o in a.figures(k) if o.start >= hm.end and is_count(o)), None)
        if after is not None and not (re.fullmatch(r"[^.;:]{0,60}?\s[-–—]\s*", a.text[hm.end:after.start])
                                      and re.match(r"\s+(?:in all|in total|altogether)\b", a.after(after, 16))):
            after = None
        for c in (before, after):
            if c is None or not is_count(c) or c.hedge != "exact" or c.value <= 0:
                continue
            if re.search(r"\bof\s+(?:the|their|its|all|these|those)\s+$", a.before(c, 20), re.I):
                continue  # 'Of the 2,962 chipped dogs, 78 per cent': the count is the share's whole
            q = self.quotes.get(c.id)
            if q is None or q.verdict != "verified" or q.x.value != c.value or q.per != 1:
                continue
            src, sa, xc = q.source, q.source.analysis, q.x.mention
            stated = _own_share(sa, xc)
            if stated is None or a.negated(hm) != sa.negated(stated) and xc.id not in sa.cell_of:
                continue
            wholes = {w.value: w for x in src.sides.get("count", ()) if (w := x.mention).hedge == "exact" and w.value > xc.value
                      and stated.interval.contains(xc.value / w.value * HUNDRED)}
            if len(wholes) != 1:
                continue
            check = self.share_judged(h, src, xc, next(iter(wholes.values())), f", which gives {_said(src, stated)}", stated, quoting)
            # (the report's own share is joined too: it is the figure the article's share should be)
            return None if check is None else replace(check, relation=replace(check.relation, mentions=(*check.relation.mentions, stated.id)))
        return None

    def share_of_quoted_part(self, h: _Side, quoting: bool) -> Check | None:
        """A share the article sets right beside a count it quotes ('and turned down 17,
        around one in five'; 'About one in six complaints, 213 in all, went on to a review'),
        when the report gives no share of that count but gives it as a part of a whole ('Of
        these, 121 were granted, 17 were refused'): the share is the part over that whole
        (17 / 146 = 11.6 per cent), and judged against it."""
        from ._rules_parts import of_pairs

        a, hm = self.a, h.mention
        if h.change or h.target or _direction(hm) and hm.kind == "percent":
            return None
        k = a.sentence_of[hm.id]
        before = _apposed_count(a, hm)
        # (or the count after it, in apposition: 'About one in six complaints, 213 in all,')
        after = next((o for o in a.figures(k) if o.start >= hm.end), None)
        if after is not None and not re.fullmatch(r"\s+[a-z]+\s*,\s*", a.text[hm.end:after.start]) \
                and not re.fullmatch(r"\s*[,(–—-]\s*", a.text[hm.end:after.start]):
            after = None
        for c in (before, after):
            if c is None or not is_count(c) or c.hedge != "exact":
                continue
            if re.search(r"\bof\s+(?:the|their|its|all|these|those)\s+$", a.before(c, 20), re.I):
                continue  # 'Of the 2,962 chipped dogs, 78 per cent': the count is the share's whole
            q = self.quotes.get(c.id)
            if q is None or q.verdict != "verified" or q.x.value != c.value or c.value <= 0 or q.per != 1:
                continue
            src, sa, xc = q.source, q.source.analysis, q.x.mention
            kc = sa.sentence_of[xc.id]
            wholes = {w.id: w for kk in (kc - 1, kc, kc + 1) if 0 <= kk < len(sa.sentences)
                      for p, w in of_pairs(sa, kk) if p.id == xc.id and w.value > p.value}
            if len(wholes) != 1:
                continue
            whole = next(iter(wholes.values()))
            # (a whole the article names must be the report's: 'recovered only 118 stolen bikes -
            # fewer than one in ten of those taken' is of the bikes stolen, not of the 286 recovered
            # that the report's 118 returned are part of)
            named = re.match(r"\s*of\s+(?:the|those|all|them|these)\b((?:\s+[a-z'’-]+){0,4})", a.text[hm.end:hm.end + 60])
            if named and (said := {self.translate(src, _key(w)) for w in content_words(named.group(1))} - {""}) \
                    and not said & {_key(w) for w in content_words(sa.clause_text(whole))}:
                continue
            return self.share_judged(h, src, xc, whole, "", xc, quoting)
        return None

    def change_of_levels(self, h: _Side, quoting: bool, ended_only: bool = False) -> Check | None:
        """A change the article states ('improved by 4.2 per cent', 'a fall of 9.2 points')
        where the source gives the two levels ('from 67.2 to 71.4 percent'): in per cent it
        is the relative change, in points the difference. Stating the difference as per
        cent (or the relative change as points) is the slip named, and only an article that
        quotes the report is said to make it."""
        from ._rules_changes import _from_to

        hm = h.mention
        if hm.kind not in ("percent", "points"):
            return None
        # a change restating the one before it ('an increase of just £30,000, or about 1 per
        # cent') is of that one's levels: two amounts, not two shares
        a = self.a
        prior = [o for o in a.figures(a.sentence_of[hm.id]) if o.end <= hm.start]
        restating = prior[-1].kind if prior and prior[-1].kind in ("money", "count") and is_change(a, prior[-1]) \
            and re.fullmatch(r",?\s+or\s+(?:(?:just|about|around|some|nearly|almost|roughly)\s+)?", a.text[prior[-1].end:hm.get("hedge_start") or hm.start]) \
            else ""

        def judge(src: Source, old: Mention, new: Mention) -> Check | None:
            if restating:
                if old.kind != restating or new.kind != restating or old.value <= 0 or hm.kind != "percent":
                    return None
                worked = reckon(src, old, new)[0]
                return worked if worked is not None and worked.verdict != "inconsistent" else None
            if old.kind == new.kind == hm.kind == "points":
                # a gap in points that narrowed ('to 21.2 percentage points, from 23.5'):
                # 'narrowed by 2.3 points' is the difference of the two
                gap = conclude(self.a, "FC802", "change-of-levels", hm, [new, old], apart(new, old),
                               f"{_said(src, old)} - {_said(src, new)} in the source", unit=" points")
                if gap is not None and gap.verdict != "inconsistent":
                    return replace(gap, explanation=f"{gap.explanation} ({src.where(old)})")
                return None
            if old.kind != "percent" or new.kind != "percent" or old.value <= 0:
                return None
            check, other, slip = reckon(src, old, new)
            if check is None or check.verdict != "inconsistent":
                return check
            if quoting and h.interval.contains(other(new.value, old.value)):
                return replace(check, cause=slip, explanation=f"{check.explanation} (likely {slip})")
            return None

        def reckon(src: Source, old: Mention, new: Mention) -> tuple[Check | None, Callable[[Fraction, Fraction], Fraction], str]:
            """The change of two levels as the article states it (relative in per cent, a
            difference in points), the other reading, and the slip of taking one for the other."""
            relative = lambda n, o: abs(n / o - 1) * HUNDRED  # noqa: E731
            points = lambda n, o: abs(n - o)  # noqa: E731
            own, other, slip = (relative, points, "percentage points reported as per cent") if hm.kind == "percent" \
                else (points, relative, "per cent change reported as points")
            formula = f"({_said(src, new)} / {_said(src, old)} - 1) x 100" if own is relative else f"|{_said(src, new)} - {_said(src, old)}|"
            check = conclude(self.a, "FC802", "change-of-levels", hm, [new, old], own, formula,
                             unit="%" if hm.kind == "percent" else " points")
            if check is not None:
                check = replace(check, explanation=f"{check.explanation}; {_said(src, old)} to {_said(src, new)} in the source "
                                                   f"({src.where(old)})")
            return check, other, slip

        # the level the article says the change ended at, quoted from the source ('fell by 4.7
        # per cent to 78.5 per cent'), and the source's earlier level of that figure ('The
        # figure for 2024/25 was 83.2 per cent')
        ended = self.end_level(h)
        if ended is not None:
            q = ended[1]
            old = _earlier_of(q.source, q.x.mention)
            if old is not None and (got := judge(q.source, old, q.x.mention)) is not None:
                return got
            if old is not None and old.kind == q.x.mention.kind and old.value > 0 and not restating \
                    and (hm.kind == "percent" or old.kind in ("percent", "points")):
                # the change its own levels give, right or wrong ('Electricity use fell by 7.3 per
                # cent to 14.82 GWh': 15.67 to 14.82 GWh is 5.4 per cent; the 7.3 is the gas's;
                # 'Income rose by more than 15 per cent to £564,500', from £512,000: 10.3)
                got = reckon(q.source, old, q.x.mention)[0]
                if ended_only or got is not None and (quoting or got.verdict != "inconsistent"):
                    return got
        if ended_only:
            return None
        # the level the change is of, said before it in its sentence and quoted from the
        # source ('Just under 30 per cent of officers have less than a year's service,
        # although that share fell by 3.7 per cent'): the source's earlier level of it
        if hm.kind in ("percent", "points"):
            a_ = self.a
            level = next((o for o in reversed(a_.figures(a_.sentence_of[hm.id])) if o.end <= (hm.get("hedge_start") or hm.start)
                          and _family(o) == "share" and not is_change(a_, o)), None)
            said = self.quotes.get(level.id) if level is not None else None
            fair = [said] if said is not None else []
            # (or quoted from a line that gives no earlier level, 'more than half' of the report's
            # own 'more than half': the readings its value allows, of which a line that does
            # may be the one, '52.8 per cent ..., compared with 50.4 per cent')
            if (said is None or _earlier_of(said.source, said.x.mention) is None) and level is not None \
                    and (hl := _side(a_, level)) is not None:
                # a level not taken for a quotation, its words cut short ('have less than a
                # year's service'): the readings of the source its value allows
                fair += sorted((r for r in (self.read(hl, s_, x) for s_, x in self.candidates(hl)) if r is not None
                                and r.verdict != "inconsistent" and r.shared >= SLIP_WORDS), key=lambda r: -r.shared)
            if level is not None and re.search(r"\b(?:that|this|the|their|its)\s+(?:share|rate|proportion|figure|percentage)\b|\b(?:it|which)\s+(?:has\s+)?$",
                                               a_.text[level.end:hm.start]):
                for r in fair:
                    if r.verdict == "inconsistent" or r.per != 1 or r.complement or r.x.family != "share":
                        continue
                    old = _earlier_of(r.source, r.x.mention)
                    if old is not None and (got := judge(r.source, old, r.x.mention)) is not None:
                        return got
            if level is not None and said is not None and said.verdict != "inconsistent" and said.per == 1 and not said.complement \
                    and said.x.family == "share" and _BASE_OF.search(a_.before(level, 25)):
                # the level is the change's base ('up from 80.6 per cent a year earlier - a rise of
                # 10.5 percentage points'), quoted: the change runs to the level the source gives
                # after it ('a completion rate of 89.1 per cent. At 31 March 2025 the rate was 80.6')
                src = said.source
                for n in src.sides.get("share", ()):
                    if n.mention.id != said.x.mention.id and not n.change and (o := _earlier_of(src, n.mention)) is not None \
                            and o.id == said.x.mention.id and (got := judge(src, o, n.mention)) is not None:
                        return got
            ks = a_.sentence_of[hm.id]
            if level is None and ks > 0 and not any(_family(o) == "share" and o.id != hm.id for o in a_.figures(ks)):
                # the level of the sentence before, quoted from the source, when this one names
                # its measure again with no level of its own ('... a failure rate of 37.8 per cent.
                # The toy failure rate rose by 6.6 per cent on the year before.')
                before = [o for o in a_.figures(ks - 1) if _family(o) == "share" and not is_change(a_, o)]
                said = self.quotes.get(before[-1].id) if before else None
                if said is not None and said.verdict != "inconsistent" and said.per == 1 and not said.complement \
                        and said.x.family == "share" and (a_.clause_words(before[-1]) & a_.clause_words(hm)) - GENERIC_STEMS:
                    old = _earlier_of(said.source, said.x.mention)
                    if old is not None and (got := judge(said.source, old, said.x.mention)) is not None:
                        return got
        for src, k in self.passages(h):
            sa = src.analysis
            for kk in (k - 1, k, k + 1):
                if not 0 <= kk < len(sa.sentences):
                    continue
                for old, new, _word in [*_from_to(sa, kk), *_compared(sa, kk)]:
                    if (got := judge(src, old, new)) is not None:
                        return got
        if quoting and not restating and hm.kind in ("percent", "points"):
            # a level of the change's sentence, or of the sentence before it in its paragraph,
            # quoted word for word from a line of the source that gives its other level
            # ('rose by 2.6 per cent, to 11.2 per cent'; 'fell by 3.5 per cent over the year,
            # down from 81.9 per cent'; '81 per cent, up from 64 per cent a year earlier. The
            # share converted rose by 17 per cent'): only the change those levels give, or the
            # slip of giving their difference for it (judge), is said of them
            ks = a.sentence_of[hm.id]
            for kk in (ks, ks - 1):
                if kk < 0 or a.sentences[kk].paragraph != a.sentences[ks].paragraph:
                    continue
                for o in a.figures(kk):
                    lq = self.quotes.get(o.id)
                    if o.id == hm.id or lq is None or lq.verdict != "verified" or lq.per != 1 or lq.complement \
                            or lq.x.family != "share" or lq.x.change or lq.x.value != _side_value(a, o.id) or is_change(a, o):
                        continue
                    src, xm = lq.source, lq.x.mention
                    old = _earlier_of(src, xm)
                    if old is not None and (got := judge(src, old, xm)) is not None:
                        return got
                    later = [n.mention for n in src.sides.get("share", ()) if not n.change and n.mention.id != xm.id
                             and (e := _earlier_of(src, n.mention)) is not None and e.id == xm.id]
                    if len(later) == 1 and (got := judge(src, xm, later[0])) is not None:
                        return got
        return None

    def change_of_quoted_levels(self, h: _Side, quoting: bool) -> Check | None:
        """A change in per cent said beside two levels the article quotes from one line of
        the source: 'Bosses said casualties fell by 12 per cent across the county', after
        '412 motorcyclists ... were injured in 2024, down from 447 the year before', where the
        report gives 'In 2024 there were 412 motorcyclist casualties ..., compared with 447 in
        2023'. The change is that of those levels, (447 - 412) / 447 = 7.8 per cent; the
        article's 12 (one district's fall, given as the whole's) is misquoted. Only in an
        article that quotes the report, when the change goes the levels' way and a word of
        its clause is one of what the levels count, in the article or the report, or the
        report states that change beside them."""
        from ._rules_changes import _from_to

        a, hm = self.a, h.mention
        clause = a.clause_text(hm)
        if not quoting or hm.kind != "percent" or not h.change or _SINCE.search(clause) \
                or re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\b", clause, re.I):
            return None  # ('up 40 per cent over five years' is no change of one year's levels)
        k = a.sentence_of[hm.id]
        mine = {_key(w) for w in a.clause_words(hm) - GENERIC_STEMS} - {""}
        for kk in (k, k - 1, k + 1):
            if not 0 <= kk < len(a.sentences) or a.sentences[kk].paragraph != a.sentences[k].paragraph:
                continue
            for old, new, _w in [*_from_to(a, kk), *_compared(a, kk)]:
                if hm.id in (old.id, new.id) or is_change(a, old) or is_change(a, new):
                    continue
                qo, qn = self.quotes.get(old.id), self.quotes.get(new.id)
                if qo is None or qn is None or qo.source is not qn.source or any(
                        q.verdict != "verified" or q.per != 1 or q.complement or q.x.change for q in (qo, qn)):
                    continue
                src, sa = qo.source, qo.source.analysis
                xo, xn = qo.x.mention, qn.x.mention
                if qo.x.family != qn.x.family or not (_amount(qo.x.family) or qo.x.family.startswith("money:")) \
                        or xo.value <= 0 or xo.value == xn.value:
                    continue
                # the report gives the two as one line's levels, a sentence or a table row (either
                # may be given twice: 'reports of 3,864 ..., compared with 4,412' and a Total row)
                lines = [{sa.cell_of[x.mention.id][:2] if x.mention.id in sa.cell_of else sa.sentence_of[x.mention.id]
                          for x in src.sides.get(q.x.family, ()) if x.value == q.x.value and not x.change} for q in (qo, qn)]
                if not lines[0] & lines[1]:
                    continue
                if h.direction and h.direction != (1 if xn.value > xo.value else -1):
                    continue
                if self.change_of_other_levels(h, src, [xo, xn]):
                    continue
                theirs = {_key(w) for w in a.sentence_words(new)} | {
                    _key(w) for w in (sa.clause_words(xn) if xn.id in sa.cell_of else content_words(sa.sentence_text(sa.sentence_of[xn.id])))}
                # (or the report states that change beside the levels: 'a fall of 548 or 12.4 per cent')
                worked = abs(xn.value / xo.value - 1) * HUNDRED
                stated = any(o.kind == "percent" and abs(o.value - worked) <= (o.precision or Fraction(1)) / 2
                             for ks in {sa.sentence_of[xn.id], sa.sentence_of[xo.id]} for o in sa.figures(ks))
                if not _share_a_word(mine, theirs) and not stated:
                    continue  # ('Thefts fell from 412 to 356. Detections rose by 12 per cent' is of another measure)
                check = conclude(a, "FC802", "change-of-levels", hm, [xn, xo], lambda n, o: abs(n / o - 1) * HUNDRED,
                                 f"({_said(src, xn)} / {_said(src, xo)} - 1) x 100", unit="%")
                if check is None:
                    continue
                return replace(check, explanation=f"{check.explanation}; {_said(src, xo)} to {_said(src, xn)} in the source "
                                                  f"({src.where(xo)})")
        return None

    def end_level(self, h: _Side) -> tuple[Mention, _Quote] | None:
        """The quotation of the level an article's change ended at: the 2,874 of 'fell by 742
        to 2,874', the 78.5 per cent of 'fell by 4.7 per cent to 78.5 per cent'."""
        a, hm = self.a, h.mention
        k = a.sentence_of[hm.id]
        # a change in per cent ends at a level of anything ('fell by 7.3 per cent to 14.82 GWh')
        fam = "share" if hm.kind == "points" else "" if hm.kind == "percent" else h.family
        end = next((e for e in a.figures(k) if e.start > hm.end and (_family(e) == fam or not fam and _family(e))
                    and re.fullmatch(r",?\s*(?:[a-z]+,?\s+){0,3}?to\s+", a.text[hm.end:e.start], re.I)), None)
        q = self.quotes.get(end.id) if end is not None else None
        if end is None or q is None or q.verdict != "verified" or q.x.value != _side_value(a, end.id) or q.per != 1 or q.complement:
            return None
        return end, q

    def level_before(self, h: _Side) -> tuple[Mention, _Quote] | None:
        """The quotation of the level a change against the year before is said of, earlier in
        its sentence: the £38.6m of 'spent £38.6m ..., up £4.4m on the previous year', the
        1,062 of '1,062 fixed penalty notices ..., 321 more than the previous year'."""
        a, hm = self.a, h.mention
        if not _ON_THE_YEAR_BEFORE.match(a.text, hm.end):
            return None
        k = a.sentence_of[hm.id]
        level = next((e for e in reversed(a.figures(k)) if e.end <= (hm.get("hedge_start") or hm.start) and _family(e) == h.family), None)
        q = self.quotes.get(level.id) if level is not None else None
        if level is None or q is None or q.verdict == "inconsistent" or q.per != 1 or q.complement:
            return None
        return level, q

    def level_named(self, h: _Side) -> bool:
        """Whether the level a change is said against (level_before) counts what the change
        counts, by name: 'handed out 37 civil penalties ..., and 25 more penalties than the year
        before', not '86 work parties, nearly 1,000 more hours than last year'."""
        got = self.level_before(h)
        if got is None:
            return False
        a = self.a
        mine = re.match(r"\s*(?:(?:more|fewer|less|extra|additional)\s+)?([a-z][\w'’-]*)", a.after(h.mention, 30), re.I)
        theirs = {stem(w) for w in content_words(" ".join(a.after(got[0], 40).split()[:3]))}
        return bool(mine and stem(mine.group(1)) in theirs)

    def base_before(self, h: _Side) -> tuple[Mention, _Quote] | None:
        """The quotation of the earlier level a change is said after, in its sentence and with
        nothing but a dash or a comma and a few words between: the 1,729 of 'compares with
        1,729 claims in 2023/24 - a rise of 755'."""
        a, hm = self.a, h.mention
        k = a.sentence_of[hm.id]
        # (of the change's kind, its unit perhaps left off: 'up from 71,150, an extra 25,330 hours')
        before = [e for e in a.figures(k) if e.end <= (hm.get("hedge_start") or hm.start)
                  and (_family(e) == h.family or _unit_left_off(_family(e), h.family))]
        if not before:
            return None
        base = before[-1]
        q = self.quotes.get(base.id)
        if q is None or q.verdict != "verified" or q.x.value != _side_value(a, base.id) or q.per != 1 or q.complement \
                or not _BASE_OF.search(a.before(base, 25)) and not re.search(r"\bcompare[sd]?\s+(?:with|to)\s+$", a.before(base, 25), re.I):
            return None
        gap = a.text[base.end:hm.get("hedge_start") or hm.start]
        # (the change said after a dash or a comma, in a few words: 'a rise of', 'an extra', '- nine
        # more', 'or 27,280 more'; not a clause of its own: 'up from eight, and is recruiting two more')
        parts = re.split(r"[,–—(]|\s-\s", gap)
        if len(gap) > 60 or len(parts) < 2 or re.search(r"[.;:]", gap) or len(parts[-1].split()) > 3 \
                or re.search(r"\b(?:and|but|while|is|are|was|were|has|have|had|will|would|can|could)\b", parts[-1], re.I):
            return None
        return base, q

    def change_to_level(self, h: _Side, quoting: bool) -> Check | None:
        """A change the article gives with the level it ended at, quoted from the source
        ('starts fell by 742 to 2,874'): the source's level before it (the same table row's
        earlier year, or the 'from' of its change) gives the change, 3,516 - 2,874 = 642.
        Only an article that quotes the report is said to get it wrong."""
        a, hm = self.a, h.mention
        if not h.change or not (_amount(h.family) or h.family.startswith("money:")):
            return None
        ended = self.end_level(h) if hm.hedge == "exact" else None
        # (a change 'than the year before' is of the year the report gives next, in a sentence
        # of its own too: 'A total of 37 civil penalties were issued in 2025/26 ... In 2024/25,
        # 22 penalties were issued')
        year_before = False
        if ended is None:
            ended = self.level_before(h)
            year_before = ended is not None
        if ended is None:
            # the earlier level, said and quoted just before the change ('compares with 1,729
            # claims in 2023/24 - a rise of 755'; 'up from 5,351 the year before - an extra
            # 1,064'): the change runs to the level the report gives after that base
            based = self.base_before(h) if hm.hedge == "exact" else None
            if based is None:
                return None
            qb = based[1]
            src = qb.source
            old: Mention | None = qb.x.mention
            later = [x.mention for f, xs in src.sides.items() if f == qb.x.family or _unit_left_off(f, qb.x.family)
                     for x in xs if not x.change and x.mention.id != qb.x.mention.id
                     and (e := _earlier_of(src, x.mention, sentences=False)) is not None and e.id in (qb.x.mention.id, *qb.also)]
            # (the report may give the pair twice, in a sentence and a table's two years)
            if len({m.value for m in later}) != 1:
                return None
            xm = later[0]
        else:
            q = ended[1]
            src, xm = q.source, q.x.mention
            old = _earlier_of(src, xm, sentences=year_before)
        if old is None or _family(old) != h.family and not (_amount(_family(old)) and _amount(h.family)):
            return None
        check = conclude(a, "FC802", "change-of-levels", hm, [old, xm], apart(old, xm),
                         f"{_said(src, old)} - {_said(src, xm)} in the source" if old.value >= xm.value else
                         f"{_said(src, xm)} - {_said(src, old)} in the source")
        if check is None or check.verdict == "inconsistent" and not quoting:
            return None
        return replace(check, relation=replace(check.relation, mentions=(hm.id, old.id, xm.id)),
                       explanation=f"{check.explanation} ({src.where(old)})")

    def change_of_named_levels(self, h: _Side, quoting: bool) -> Check | None:
        """A change in a count or amount the article gives with no level of its own
        ('Primary fires fell by 192', 'Charges were up by 46 on the previous year'), whose
        two levels the report gives for the measure its words name ('Primary fires fell from
        1,306 to 1,214', a table row's two years): their difference, 92, checked. A working
        that holds is reported from any pair its words name about as well as the best; a
        wrong one only from an article that quotes the report, when its words single one
        pair out, the change goes the same way and is of the order of the pair's."""
        a, hm = self.a, h.mention
        if not h.change or hm.kind not in ("count", "money") or not (_amount(h.family) or h.family.startswith("money:")):
            return None
        k = a.sentence_of[hm.id]
        if any(o.id != hm.id and (_amount(_family(o)) or _family(o).startswith("money:")) and not is_change(a, o) for o in a.figures(k)):
            return None  # a level of its own in its sentence: FC303's and change_to_level's
        if _SINCE.search(a.sentence_text(k)):
            return None  # 'up 120 since 2019': over more years than a report's two columns
        level = replace(h, change=False, direction=0)
        pairs: list[tuple[float, Mention, Mention, _Quote]] = []
        for src, x in self.candidates(level):
            q = self.read(level, src, x)
            if q is None or q.per != 1 or q.complement or q.flipped or q.x.change or q.x.target or q.shared < ACCEPT \
                    or q.x.mention.ranged:
                continue
            old = _earlier_of(src, x.mention, sentences=False)
            if old is None or old.value <= 0 or _family(old) != x.family or _earlier_level(src, x.mention):
                continue
            step = x.value - old.value
            if step == 0 or h.direction and (step > 0) != (h.direction > 0):
                continue
            pairs.append((q.similarity, old, x.mention, q))
        if not pairs:
            return None
        pairs.sort(key=lambda p: -p[0])
        best = pairs[0][0]
        worked: list[tuple[Check, Mention, Mention, Source]] = []
        for sim, old, new, q in pairs:
            if sim < best - MARGIN:
                break
            src = q.source
            check = conclude(a, "FC802", "change-of-levels", hm, [old, new], apart(old, new),
                             f"{_said(src, new)} - {_said(src, old)} in the source" if new.value >= old.value else
                             f"{_said(src, old)} - {_said(src, new)} in the source")
            if check is None:
                continue
            check = replace(check, relation=replace(check.relation, mentions=(hm.id, old.id, new.id)),
                            explanation=f"{check.explanation} ({src.where(new)})")
            if check.verdict != "inconsistent":
                return check
            worked.append((check, old, new, src))
        steps = {abs(new.value - old.value) for _c, old, new, _s in worked}
        if not quoting or len(steps) != 1 or pairs[0][0] < ACCEPT + SLIP_WORDS or hm.hedge != "exact":
            return None
        check, old, new, _src = worked[0]
        if not _of_order(abs(new.value - old.value), h.value, 4):
            return None
        return check

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
        # (the rows its own clause names, if that names two: '72 access points on town centre
        # streets, and libraries and community centres together account for 114')
        texts = [a.text[a.clause(hm)[0]:a.sentences[k].end], a.sentence_text(k)]
        for src in self.sources:
            sa = src.analysis
            tables = {t for t, _r in src.row_labels}
            for table in tables:
                every = {r: {_key(w) for w in content_words(re.sub(r"\([^)]*\)", " ", text))} - {""}
                         for (t, r), text in src.row_labels.items() if t == table and r > 0 and not _TOTAL_ROW.search(text)}
                named = []
                for text in texts:
                    said = {self.translate(src, _key(w)) for w in content_words(text)} - {""}
                    named = [r for r, ws in every.items() if ws & said - set().union(*(o for rr, o in every.items() if rr != r))]
                    if len(named) >= 2:
                        break
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
        """A count (or an amount) the article works out from a rate and a total in one
        passage of the source ('about 1,900 of them': 12.8 percent of 14,820)."""
        hm = h.mention
        if h.family != "count" and not h.family.startswith("money:"):
            return None
        for src, k in self.passages(h):
            sa = src.analysis
            # (the passage, and its paragraph's sentences up to two away: 'The cost ... was
            # £3.86m ... Much of the increase reflects ... The council meets 62 per cent of the cost')
            near = [x for kk in range(k - 2, k + 3) if 0 <= kk < len(sa.sentences)
                    and (abs(kk - k) <= 1 or sa.sentences[kk].paragraph == sa.sentences[k].paragraph) for x in sa.figures(kk)]
            shares = [x for x in near if x.kind == "percent" and not x.ranged and 0 < x.value < 100]
            if h.family != "count":
                # an amount of a sum ('40 per cent, or £580,000' of 'an estimated cost of £1.45m.
                # The Fund would meet 40% of the cost'): the share says it is of something, and
                # the amount is no bound that any share's would hold ('up to £360,000')
                if hm.hedge in ("more than", "less than", "at least", "at most"):
                    return None
                shares = [x for x in shares if re.match(r"\s+of\b", sa.text[x.end:x.end + 5])]
            totals = [x for x in near if (is_count(x) if h.family == "count" else _family(x) == h.family)
                      and x.value > h.value and not x.ranged]
            for sh in shares:
                for total in totals:
                    point = total.value * sh.value / HUNDRED
                    # ('more than 260' is a little over 260, not 34.6 per cent of 11,870)
                    fair = _realistic(h.mention).interval
                    if not fair.contains(point):
                        continue
                    said = f"{_said(src, sh)} of {_said(src, total)} in the source"
                    check = conclude(self.a, "FC802", "count-of-share", h.mention, [total, sh],
                                     lambda t, p: t * p / HUNDRED, said, target_interval=fair)
                    if check is not None and check.verdict != "inconsistent":
                        return replace(check, explanation=f"{check.explanation} ({src.where(sh)})")
        return None

    def alone(self, h: _Side, got: list[_Quote]) -> Check | None:
        """One figure of a passage whose words h's best match is h, of h's period ('We will not
        hit 1,500' of 'against the programme target of 1,500'): asked only of a figure no
        quotation, working or slip has claimed, so never in place of a misquote."""
        ranked = sorted((q for q in got if q.x.family == h.family and q.shared >= SLIP_WORDS), key=lambda q: -q.similarity)[:3]
        allowed = _realistic(h.mention).interval
        for q in ranked:
            src, sa = q.source, q.source.analysis
            ks = sa.sentence_of[q.x.mention.id]
            for x in src.sides.get(h.family, ()):
                if abs(sa.sentence_of[x.mention.id] - ks) <= 1 and x.mention.hedge == "exact" and not x.mention.ranged \
                        and not x.change and x.scope == h.scope and x.period == h.period \
                        and allowed.contains(x.value):
                    check = self.restated(h, src, x.mention)
                    if check is not None:
                        return check
        return None

    def restated(self, h: _Side, src: Source, x: Mention) -> Check | None:
        """h as a restatement of the one source figure x, if it holds."""
        check = conclude(self.a, "FC802", "quote", h.mention, [x], lambda v: v, f"restates {_said(src, x)} in the source")
        if check is None or check.verdict == "inconsistent":
            return None
        return replace(check, explanation=f"{check.explanation} ({src.where(x)})")

    def arithmetic(self, h: _Side, got: list[_Quote], sums: bool = True) -> Check | None:
        """A count the article works out itself from two figures of one passage of the
        source: their sum or difference ('26 officers short': a target of 224 and 198 in
        post). Looked for only in the passages whose words h's best match, and only a
        working that holds is reported: which two figures were meant cannot be known when
        none does. Without ``sums``, only differences are tried: a change is one."""
        from ._rules_parts import of_pairs

        # a gap in points is a difference of two shares; an amount, of two amounts
        fams = {"share"} if h.family == "points" else {f for src in self.sources for f in src.sides if _amount(f)} \
            if _amount(h.family) else {h.family}
        ranked = sorted((q for q in got if q.x.family in fams and q.shared >= SLIP_WORDS), key=lambda q: -q.similarity)[:3]
        places = [(q.source, q.source.analysis.sentence_of[q.x.mention.id]) for q in ranked]
        places += [p for p in self.passages(h) if p not in places]  # 'That is 341 more': a change is read against no level
        # the one figure the words name plainly, if any (below), worked out once for every passage
        plain: _Quote | None = None
        worded: dict[str, float] = {}
        top = 0.0
        if ranked and ranked[0].verdict == "inconsistent":
            worded = {q.x.mention.id: self.phrased(h, q) for q in got}
            top = worded[ranked[0].x.mention.id]
            if top >= STRONG and not any(v > top - MARGIN for i, v in worded.items() if i != ranked[0].x.mention.id):
                plain = ranked[0]
        for src, ks in places:
            sa = src.analysis
            # the passage, and in a table the rows and columns its cells stand in (two
            # years of one row, two rows of one column)
            lines = {sa.cell_of[m.id][:2] for m in sa.figures(ks) if m.id in sa.cell_of} | \
                {(sa.cell_of[m.id][0], -1 - sa.cell_of[m.id][2]) for m in sa.figures(ks) if m.id in sa.cell_of}
            pool = [x for f in sorted(fams) for x in src.sides.get(f, ()) if (abs(sa.sentence_of[x.mention.id] - ks) <= 1
                    or x.mention.id in sa.cell_of and (sa.cell_of[x.mention.id][:2] in lines
                                                      or (sa.cell_of[x.mention.id][0], -1 - sa.cell_of[x.mention.id][2]) in lines))
                    and x.mention.hedge == "exact" and not x.mention.ranged and not x.change and x.scope == h.scope
                    and (x.period == h.period or not x.period or not h.period)]  # '9,874 contacts' less '27.0 a day' is nothing
            nested = {frozenset((part.id, whole.id)) for kk in range(max(0, ks - 1), min(len(sa.sentences), ks + 2))
                      for part, whole in of_pairs(sa, kk)}
            # (a part of the whole the article's words name plainly is no addend of another sum:
            # 'moving 11 polling stations' of 'moving nine polling stations ..., six of them in
            # the rural north' is the nine misstated, not six and some other five)
            # (nor are two figures the words hardly name, when they name one other figure plainly:
            # 'paid 265 freelance artists' of 'paying 312 freelance artists' is the 312 misstated,
            # not 91 + 174 of the passage)
            named = plain.x.mention.id if plain is not None and plain.source is src else None
            faint = {x.mention.id for x in pool if plain is not None and worded.get(x.mention.id, 0.0) < top - MARGIN}
            for i, p1 in enumerate(pool):
                for p2 in pool[i + 1:]:
                    for sign, f in (("+", lambda u, v: u + v), ("-", lambda u, v: u - v)):
                        if sign == "+" and (not sums or h.family == "points" or frozenset((p1.mention.id, p2.mention.id)) in nested):
                            continue  # 525 injured and the 27 killed 'of these' make no 552
                        first, second = (p1, p2) if sign == "+" or p1.value >= p2.value else (p2, p1)
                        point = f(first.value, second.value)
                        if point <= 0 or not _realistic(h.mention).interval.contains(point) and point != h.value:
                            continue
                        # (of h's period: '1,412 season tickets' is no '1,300 swimmers a day')
                        alone = next((x for x in (first, second) if _realistic(h.mention).interval.contains(x.value)
                                      and x.period == h.period), None)
                        if alone is not None:
                            # one figure alone is h ('almost 250,000' is the 248,316, not 248,316 + 25)
                            check = self.restated(h, src, alone.mention)
                            if check is not None:
                                return check
                            continue
                        if named is not None and any(frozenset((x.mention.id, named)) in nested for x in (first, second)) \
                                or {first.mention.id, second.mention.id} <= faint:
                            continue
                        if not _combine(sa, first, second):
                            continue  # 'six main roads' less '1.5 hectares' of meadow is no area
                        c1, c2 = sa.cell_of.get(first.mention.id), sa.cell_of.get(second.mention.id)
                        if c1 is not None and c2 is not None and c1[:2] != c2[:2] and (c1[0], c1[2]) != (c2[0], c2[2]):
                            continue  # one practice's appointments less another's list size: two cells of no one line
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
            whole = out.quotes.get(c.relation.target)
            if c.verdict == "inconsistent" and whole is not None and whole.verdict != "inconsistent" and whole.similarity >= ACCEPT \
                    and any(i in out.misquotes for i in inputs):
                # the result quotes the report, and an input misquotes it ('cost the council
                # £211,900', last year's; 'about 11 per cent of its costs', the report's 10.9):
                # the input's slip is the fault, and it is reported as such
                out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
                continue
            if c.verdict == "inconsistent" and inputs and whole is not None and all(
                    q is not None and q.verdict == "verified" and q.similarity >= ACCEPT and q.source is whole.source
                    for q in quoted) and whole.verdict == "verified" and whole.similarity >= ACCEPT \
                    and not _earlier_level(whole.source, whole.x.mention):
                # every figure of it is the report's, word for word: from two passages, the
                # report does not work them so ('£148,000 ... while £334,000 ... In total ...
                # £398,000' quotes two passages, not a sum); from one, the report sets them side
                # by side itself ('412 children were waiting, and 88.5 per cent of children were
                # seen' is of those seen), and any fault of the working is the report's
                out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
                continue
            qs2 = [q for q in quoted if q is not None]
            if c.verdict == "inconsistent" and len(qs2) == 2 and qs2[0].source is qs2[1].source \
                    and (ht := _side(self.a, self.a.by_id[c.relation.target])) is not None and ht.change \
                    and self.change_of_other_levels(ht, qs2[0].source, [q.x.mention for q in qs2]):
                out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
                continue
            if c.rule in ("FC302", "FC303") and len(inputs) == 2 and all(q is not None and q.verdict != "inconsistent" and q.per == 1
                                                                         and not q.complement for q in quoted):
                # a difference of two figures the article rounds from the source ('just over
                # 400,000, compared with 436,905 - almost 25,000 fewer'): worked again from
                # the source's own figures
                xs = [q.x.mention for q in quoted if q is not None]
                if xs[0].id == xs[1].id or xs[0].value == xs[1].value:
                    continue  # both ends read as one figure of the source: no difference of its own
                if xs[0].kind != xs[1].kind or quoted[0].source is not quoted[1].source:  # type: ignore[union-attr]
                    continue  # '27 pharmacies closed' less '18.6 per 100,000 residents' is no change of one measure
                if any(q is not None and q.verdict != "verified" for q in quoted):
                    big, small = sorted(xs, key=lambda m: m.value, reverse=True)
                    f, formula = apart(*xs), f"{_said(quoted[0].source, big)} - {_said(quoted[0].source, small)} in the source"  # type: ignore[union-attr]
                    per = _PER_SPAN.match(self.a.text, self.a.by_id[c.relation.target].end) if c.rule == "FC303" else None
                    if per is not None and not any(_PER_SPAN.match(self.a.text, self.a.by_id[i].end) for i in inputs):
                        f, formula = by_span(f, formula, per)  # 'up from £2,109 - an increase of about £2 a week' (FC303)
                    check = conclude(self.a, "FC802", c.relation.kind, self.a.by_id[c.relation.target], xs, f, formula,
                                     unit=" points" if c.rule == "FC302" else "")
                    if check is not None and check.verdict == "inconsistent" and c.verdict != "inconsistent" and not quoting:
                        continue  # the article's own working holds; the source's figures overturn it only when it quotes this report
                    if check is not None:
                        out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
                        out.derived.append(check)
                    continue
            if not inputs or any(q is None or q.verdict != "verified" or q.x.value != _side_value(self.a, i) for q, i in zip(quoted, inputs, strict=True)):
                continue
            qs = [q for q in quoted if q is not None]
            if c.rule == "FC202" and c.verdict == "inconsistent" and self.parts_left_out(c, qs):
                out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
                continue
            where = "; ".join(f"{' '.join(q.x.mention.text.split())} ({q.source.where(q.x.mention)})" for q in qs)
            # the target with the source figures it was worked from: the article's own
            # figures that it quotes are checked as quotations (FC801)
            ids = (c.relation.target, *dict.fromkeys(q.x.mention.id for q in qs))
            out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
            out.derived.append(replace(
                c, rule="FC802", relation=replace(c.relation, mentions=ids),
                explanation=f"{c.explanation}; worked from the source's figures: {where}"))

    @staticmethod
    def change_of_other_levels(h: _Side, src: Source, xs: list[Mention]) -> bool:
        """Whether the source gives the article's change, to the figure, as the change of two
        levels other than the ones a working would take, in a sentence of its own ('The
        figure, a rise of 30 per cent on the year before, includes ... 1,465 street trees, up
        from 1,120' of 'planted 29,210 trees ..., compared with 22,470 ..., an increase of
        30.0 per cent'): the change is of those, and the working pairs what the article does not."""
        sa = src.analysis
        ids = {x.id for x in xs}
        for x in src.sides.get(h.family, ()):
            if x.value != h.value or not x.change:
                continue
            k = sa.sentence_of[x.mention.id]
            levels = [o for o in sa.figures(k) if o.end <= x.mention.start and o.kind == xs[0].kind and o.id not in ids]
            if len(levels) >= 2 and all(sa.sentence_of.get(i) != k for i in ids):
                return True
        return False

    def rework_differences(self, out: _Matching) -> None:
        """A difference of two levels the article gives, one of them misquoted ('Awards went to
        6,125 members, up from 5,351 - an extra 974', where the report's awards are 6,215):
        worked again from the figures the report gives, and said wrong only when it is wrong
        against those too (6,215 - 5,351 = 864). Only in an article that quotes the report."""
        for c in self.a.found:
            if c.rule not in ("FC302", "FC303") or c.verdict != "inconsistent" or c.relation.target in out.quotes \
                    or c.relation.target in out.misquotes:
                continue
            inputs = [i for i in c.mentions if i != c.relation.target]
            if len(inputs) != 2 or not any(i in out.misquotes for i in inputs):
                continue
            if any(d.relation.target == c.relation.target for d in out.derived):
                if any(d.relation.target == c.relation.target and d.rule == "FC802" and d.verdict == "inconsistent" for d in out.derived):
                    # the change already worked from the report's levels says it ('an extra 974'
                    # after a misquoted level, by change_to_level): the article's own working,
                    # of the misquoted level, is that slip's, not another fault
                    out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
                continue
            meant = [out.quotes.get(i) if i in out.quotes else out.misquotes.get(i) for i in inputs]
            if not all(q is not None and q.per == 1 and not q.complement and (q.verdict == "verified" or i in out.misquotes)
                       for q, i in zip(meant, inputs, strict=True)):
                continue
            xs = [q.x.mention for q in meant if q is not None]
            src = meant[0].source  # type: ignore[union-attr]
            if xs[0].kind != xs[1].kind or xs[0].value == xs[1].value or any(q is not None and q.source is not src for q in meant):
                continue
            big, small = sorted(xs, key=lambda m: m.value, reverse=True)
            check = conclude(self.a, "FC802", c.relation.kind, self.a.by_id[c.relation.target], xs, apart(*xs),
                             f"{_said(src, big)} - {_said(src, small)} in the source", unit=" points" if c.rule == "FC302" else "")
            if check is not None and check.verdict == "inconsistent":
                out.replaced.add((c.relation.target, tuple(sorted(c.mentions))))
                out.derived.append(check)
                out.unmatched = [m for m in out.unmatched if m.id != c.relation.target]

    def parts_left_out(self, c: Check, qs: list[_Quote]) -> bool:
        """Whether the parts an article lists short of its total are quoted from a passage
        of the report that gives the rest too: 'Of those, 2,106 were approved, while 531
        were turned down' of 'Of the 2,945 applications, 2,106 were approved, 531 were
        rejected and 308 were still being assessed'. The article leaves a part out; it
        says nothing wrong."""
        src = qs[0].source
        sa = src.analysis
        if any(q.source is not src for q in qs):
            return False
        ks = {sa.sentence_of[q.x.mention.id] for q in qs}
        if len(ks) != 1:
            return False
        total = self.a.by_id[c.relation.target]
        kind = qs[0].x.mention.kind
        used = {q.x.mention.id for q in qs}
        rest = [m for m in sa.figures(next(iter(ks))) if m.id not in used and m.kind == kind and m.value != total.value]
        short = total.value - sum((q.x.value for q in qs), Fraction(0))
        return short > 0 and (any(m.value == short for m in rest) or sum((m.value for m in rest), Fraction(0)) == short)

    def states_working(self, q: _Quote, c: Check) -> bool:
        """Whether the source figure a quotation is of is the report's own result of the
        working a derived check does, in the sentence of its inputs: '3,927 falls in 2025,
        compared with 4,215 in 2024, a reduction of 288 falls or 6.8%' states 288 / 4,215."""
        sa = q.source.analysis
        ids = [i for i in c.mentions if i in sa.by_id and i != q.x.mention.id]
        return bool(ids) and all(sa.sentence_of[i] == sa.sentence_of[q.x.mention.id] for i in ids)

    def stated_result(self, c: Check) -> Check:
        """An inconsistent working whose result the report states in the passage of its
        inputs: 'Electricity use fell by 7.3 per cent to 14.82 GWh' is worked from '15.67 GWh
        to 14.82 GWh' (5.42 per cent), and the report's sentence says 'fell by 5.4%' itself.
        The report's own statement is cited with the working, for it is the figure the
        article should have given ('This is an increase of 4,484 electors, or 2.1%' after
        214,386 and 209,902; a table row's '+2.1%'). Only a statement whose rounding allows the
        computed value, in the inputs' sentences or the one after each, is cited.
        """
        if c.verdict != "inconsistent" or c.rule != "FC802":
            return c
        got = _COMPUTED.search(c.computed)
        if got is None:
            return c
        value = Fraction(got.group().replace(",", ""))
        change = c.computed.rstrip().endswith(("%", "points"))
        for src in self.sources:
            sa = src.analysis
            ids = [i for i in c.mentions if i in sa.by_id]
            if not ids:
                continue
            kinds = {"percent", "points"} if change else {sa.by_id[ids[0]].kind}
            near = {kk for i in ids for k in [sa.sentence_of[i]] for kk in (k, k + 1) if kk < len(sa.sentences)}
            stated = [m for kk in sorted(near) for m in sa.figures(kk) if m.id not in c.mentions and m.kind in kinds
                      and not m.ranged and m.hedge == "exact" and (m.interval.contains(value) or m.value < 0 and m.interval.contains(-value))]
            if len({m.value for m in stated}) != 1:
                return c
            m = stated[0]
            return replace(c, relation=replace(c.relation, mentions=(*c.mentions, m.id)),
                           explanation=f"{c.explanation}; the source gives {_said(src, m)} ({src.where(m)})")
        return c

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
                    shared = fsum(min(near, dw[w]) * src.rarity(w) for w, near in hw.items() if w in dw)
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

