"""FC3xx changes: from A to B with a stated change, points against per cent, multiples."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction

from claims._records import Mention

from ._analysis import Analysis
from ._common import apart, conclude, is_change, is_count, is_target, same_unit, within
from ._records import Check, Relation
from ._registry import rule

HUNDRED = Fraction(100)
_UP = r"up|rise|rose|risen|rising|increase[ds]?|increasing|grew|grown|growth|higher|more|jump(?:ed)?|climb(?:ed)?|soar(?:ed)?|improvement|improved|gain(?:ed)?"
_DOWN = r"down|fall|fell|fallen|falling|decrease[ds]?|decreasing|drop(?:ped)?|cut|lower|less|fewer|decline[ds]?|reduction|reduced|shortfall|slump(?:ed)?|plunge[ds]?"
_VERBS = (r"rose|risen|rising|increased|grew|grown|jumped|climbed|soared|gone up|went up|fell|fallen|falling|"
          r"decreased|dropped|declined|slumped|plunged|gone down|went down|cut|reduced")
# ('made up nearly half' is a share, not a change: 'up' after 'made' is no rise)
#: how fast, between a change's verb and its 'by' ('has grown even faster, by 23 per cent')
_PACE = r"(?:(?:even|still|much|far)\s+)?(?:more\s+)?(?:faster|further|sharply|steeply|quickly|rapidly|slowly)\s*,?\s+by\s+"
_CUE = re.compile(rf"(?<!made )(?<!makes )(?<!make )(?<!making )\b(?P<dir>{_UP}|{_DOWN})\s+(?:{_PACE}|of\s+|by\s+|in\s+)?(?:(?:almost|nearly|about|around|some|just|more than|over|a further)\s+)?$")
_PER_PERIOD = re.compile(r"\b(?:average|annual|annually|yearly|monthly|weekly|daily|per year|a year|each year|per annum|compound)\b[^.;,]{0,25}$")
_PER_PERIOD_AFTER = re.compile(r"^\s*+(?:a|per|each|every)\s+(?:year|month|week|day|annum|quarter)\b|^\s*+(?:annually|yearly|on average)\b")
_IS_DOWN = re.compile(rf"^(?:{_DOWN})$")
_BASE = re.compile(r"^\s*(?:on|from|compared with|compared to|than|over|against|since)\s+(?:the\s+|a\s+|its\s+|this\s+year's\s+|last\s+year's\s+)?(?:[a-z'’]+\s+){0,2}$")
_THAT = re.compile(r"^\W*+(?:that|this|it|which)\b", re.I)
_DOWN_FROM = re.compile(r"[,(–—-]\s*(down|up|falling|rising|fell|rose)\s+from\s+(?:the\s+|a\s+|its\s+)?$")
_FROM_TO = re.compile(r"^\s*+(?:in\s+[\w/ ]{1,20}\s+)?(?:to|and)\s+$")


#: a figure in a phrase that says where or over what the figure before it is counted
_PLACED = re.compile(r"\b(?:across|on|over|among|at)\s+(?:the\s+|its\s+|their\s+)?(?:\w+['’]s\s+)?$", re.I)


#: whose a whole is, said between 'of' and the whole ('the', 'its', "the council's")
_WHOSE = r"(?:the\s+|its\s+|their\s+|all\s+)?(?:(?:the\s+)?[A-Za-z-]+['’]s\s+)?"


def _level_before(a: Analysis, figs: list[Mention], old: Mention) -> Mention | None:
    """The later level of old's measure among the figures before it: the nearest that is no
    limit and of old's order ('1,186,400 visits to the four sites, up from 1.09 million')."""
    # (nor a group's definition, 'among the 20 per cent most deprived', nor a whole, '71
    # stations out of 142, up from 63')
    # ... nor a figure of a phrase that places the one before it ('64 hives across 12 apiary
    # sites, up from 51'; '3,917 faults were logged on the city's 684 sets of signals'): places
    # are counted, while a share 'at' is a level ('trailed at 77.6 per cent, up from 74.6 per cent')
    # ... nor a change said between the level and its earlier one ('£224,300, an increase of
    # £49,800, up from £174,500')
    return next((m for m in reversed(figs) if not is_target(a, m) and (old.value == 0 or within(m.value, old.value, 10))
                 and not (m is not figs[0] and is_change(a, m))
                 and not (m is not figs[0] and m.kind == "count" and _PLACED.search(a.before(m, 30)))
                 and not re.match(r"\s+(?:most|least)\b", a.text[m.end:m.end + 8])
                 and not re.search(rf"\bout\s+of\s+{_WHOSE}$", a.before(m, 40))
                 # ('Four of the 17 sites breached the limit, down from seven': the 17 is the whole;
                 # 'Only 17 of the council's 40 monitoring sites met the standard, down from 21')
                 and not re.search(rf"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+{_WHOSE}$",
                                   a.before(m, 50), re.I)), None)


def _from_to(a: Analysis, k: int) -> list[tuple[Mention, Mention, str]]:
    """'from A to B' pairs of sentence k, with the direction word before them."""
    out = []
    # rates ('from 5.3 to 4.7 per 1,000') are no part of the sums the rules draw, but they change too
    figs = [m for m in a.in_sentence.get(k, []) if m.kind in ("count", "money", "percent", "decimal", "quantity", "points")
            and m.comparable or m.kind == "rate"]
    for i, x in enumerate(figs[:-1]):
        # the next figure of x's unit: a figure of another between them ('4,851 defects on the
        # 3,412 km network, up from 4,203') is no level of x's
        j = next((j for j in range(i + 1, len(figs)) if same_unit(x, figs[j])), None)
        if j is None:
            continue
        y = figs[j]
        if x.kind == "count" and not (is_count(x) and is_count(y)):
            continue
        lead = a.before(x, 40)
        gap = a.between(x, y)
        back = _DOWN_FROM.search(gap) if ")" not in gap else None  # '9 were serious (categories 1 and 2), up from 6': 2 is a label's
        opened = a.text[a.sentences[k].start:x.start]
        if back and back.group(0)[0] in "–—-)" and (opened.count("–") + opened.count("—") + opened.count(" - ") + opened.count("(")) % 2:
            back = None  # '287 assaults – 184 on prisoners and 103 on staff – up from 233': the dash closes an aside
        if back and len(gap) <= 60 and j == i + 1 and i >= 1 and i + 2 < len(figs) and same_unit(figs[i - 1], x) \
                and re.fullmatch(r"[^,;.]{0,40}\band\s+", a.between(figs[i - 1], x)) \
                and re.fullmatch(r"\s*[a-z]*\s*(?:and|,)\s+", a.between(y, figs[i + 2])) and same_unit(y, figs[i + 2]):
            # two lists side by side ('43 licences were suspended and 12 revoked, up from 31
            # suspensions and nine revocations'): item for item
            verb = back.group(1)
            out.append((y, figs[i - 1], {"down": "fell", "up": "rose"}.get(verb, verb)))
            out.append((figs[i + 2], x, {"down": "fell", "up": "rose"}.get(verb, verb)))
            continue
        if back and len(gap) <= 90:
            # '6.4 percent of sessions, down from 6.9 percent': the new figure first; not a
            # limit ('Nine were over the limit of 40 micrograms, down from 14') nor a figure
            # of another order ('1,186,400 visits to the four sites, up from 1.09 million'),
            # but the level before it
            new = _level_before(a, [m for m in figs[:i + 1] if same_unit(m, y)], y)
            # the level that counts what the earlier one counts ('487 people in 131 households
            # arrived, up from 362 people in 98 households': the 362 people are the 487's)
            noun = re.match(r"\s+([a-z]{3,})\b", a.text[y.end:y.end + 20])
            if noun and new is not None and not a.text[new.end:new.end + 20].lstrip().startswith(noun.group(1)):
                named = [m for m in figs[:i + 1] if same_unit(m, y) and a.text[m.end:m.end + 20].lstrip().startswith(noun.group(1) + " ")]
                new = _level_before(a, named, y) or new
            if new is not None:
                verb = back.group(1)
                out.append((y, new, {"down": "fell", "up": "rose"}.get(verb, verb)))
            continue
        moved = re.search(rf"\b({_VERBS}|narrowed|widened|improved|worsened|deteriorated)\b(?:[^.;:]|\.\d){{0,30}}\bto\s+(?:the\s+|a\s+)?$",
                          lead.lower())
        if moved and len(gap) <= 40 and re.match(r"^\s*(?:[a-z]+\s+){0,2}?(?:(?:at|on|in|by)\s+[\w /]{1,25}?)?,?\s*from\s+(?:the\s+|a\s+)?$", gap):
            # 'Passenger journeys grew to 31.6 million, from 29.8 million': the new figure first
            # ('improved to 87.3 per cent, from 79.6 per cent' says no way: a wait improves down)
            verb = moved.group(1)
            out.append((y, x, "" if verb in ("improved", "worsened", "deteriorated") else verb))
            continue
        if not re.search(r"\bfrom\s+(?:the\s+|a\s+)?$", lead):
            continue
        if len(gap) > 60 or not re.search(r"\bto\s+(?:the\s+|a\s+)?$", gap):
            continue
        if re.search(r"[,;]\s*(?:and|while|whereas|but|as|with)\b", gap):
            continue  # 'rose to 352 from 318, and psychological abuse to 264': another measure's level, in a clause of its own
        word = re.findall(rf"\b({_VERBS})\b[^.;:]{{0,30}}$", a.text[max(a.sentences[k].start, x.start - 60):x.start].lower())
        out.append((x, y, word[-1] if word else ""))
    return out


def _antecedent(a: Analysis, k: int, kind: str) -> Mention | None:
    """The figure 'That' or 'It' points back to: the last of its kind in the sentence before,
    not the earlier level of a change said there ('82.4 per cent ..., compared with 74.9 per
    cent the year before. That is ... 7.6 points below the national standard': the 82.4)."""
    if k == 0:
        return None
    prev = a.figures(k - 1, {kind})
    bases = {old.id for old, new, _w in _from_to(a, k - 1) if new.kind == kind}
    now = [m for i, m in enumerate(prev) if m.id not in bases
           and not (i and re.search(r"\b(?:from|compared with|compared to|against|than)\s+(?:the\s+)?$", a.before(m, 20)))]
    return (now or prev)[-1] if prev else None


def _by_measure(a: Analysis, k: int, kind: str, exclude: set[str], back: bool = False,
                negated: bool = False) -> Mention | None:
    """The one figure of a kind elsewhere in the document whose words best match sentence k
    (and the sentence before, when k points back to it): the unstated end of a change.

    Figures that are parts with their own share ('164 (71%)') are not candidates. None
    when no figure shares enough words or two share them equally."""
    from claims._context import content_words

    words = set(content_words(a.sentence_text(k)))
    if back and k > 0:
        words |= set(content_words(a.sentence_text(k - 1)))
    scored: list[tuple[float, Mention]] = []
    # within a few pages of the sentence: linear in the document, and a figure much further
    # off is seldom the one meant
    nearby = (m for j in range(max(0, k - 60), k + 61) for m in a.in_sentence.get(j, ()))
    for m in nearby:
        if m.kind != kind or m.id in exclude or a.sentence_of[m.id] == k or m.hedge != "exact":
            continue
        if m.kind == "count" and not is_count(m):
            continue
        if re.match(r"^\s*\(\s*[\d.]+\s*(?:%|per\s*cent)", a.after(m, 16)):
            continue
        if re.match(r"^\s*to\s+[£$€]?\d", a.after(m, 12)):
            continue  # the old end of a change ('from £1,602.45 to ...') is not the figure now
        if re.search(r"(?:±|\+/-|\+-|plus or minus)\s*$", a.before(m, 16)) or a.negated(m) != negated:
            continue  # a margin of error, or the complement of what the sentence measures
        own = set(a.clause_words(m)) | set(content_words(a.after(m, 40)))
        if m.id not in a.cell_of and len(a.clause_words(m)) < 2:
            # a figure in brackets, '(68%)': its words are those of the sentence before it
            s = a.sentence(m)
            first = min((x.start for x in a.in_sentence.get(a.sentence_of[m.id], []) if x.comparable), default=m.start)
            own |= set(content_words(a.text[s.start:min(first, m.start)]))
        if a.weight(own & words) < 0.6:
            continue
        score = a.weight(own & words) - 0.5 * a.weight(own - words)
        scored.append((score, m))
    scored.sort(key=lambda t: -t[0])
    if not scored or scored[0][0] < -1.0 or (len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.1):
        return None
    return scored[0][1]


def _plausible(f: Callable[..., Fraction], inputs: list[Mention], said: Fraction | None, inferred: bool) -> bool:
    """An end found by its words, not stated beside the change, is trusted only when the
    change it gives is of the stated order (a third to three times): otherwise it is more
    likely another measure than a slip."""
    if not inferred:
        return True
    try:
        got = f(*[m.value for m in inputs])
    except ZeroDivisionError:
        return False
    if not said or not got:
        return False
    return Fraction(1, 3) <= abs(got / said) <= 3


def _change_over_base(a: Analysis, p: Mention, base: Mention, by: Mention) -> Check | None:
    """A change in per cent stated beside the amount of the change and its base: by / base x 100."""
    return conclude(a, "FC301", "change", p, [base, by], lambda o, d: d / o * HUNDRED, f"{by.text} / {base.text} x 100",
                    unit="%", target_value=p.share, target_interval=a.share_interval(p))


@rule("FC301", "a percentage change between two figures")
def percent_change(a: Analysis) -> Iterator[Check]:
    """A stated change in per cent between an old and a new figure:
    change = (new / old - 1) x 100. When both figures are percentages and the stated
    change equals their difference, it is percentage points reported as per cent.

    ok: Incidents fell to 3,412 in 2022/23, down 6.2% on the 3,638 recorded in 2021/22.
    ok: The budget rose from £1.19bn to £1.28bn, a rise of 7.6 per cent.
    ok: Landslips rose from 124 to 187, an increase of about 50 per cent.
    bad: Landslips rose from 124 to 187, an increase of about 45 per cent.
    ok: Pupils missed 6.4 percent of sessions, down from 6.9 percent a year ago, a fall of 7.2 percent.
    bad: Pupils missed 6.4 percent of sessions, down from 6.9 percent a year ago, a fall of 0.5 percent.
    ok: Complaints about searches rose by a third, from 57 to 76.
    bad: The adult list has grown even faster, by 23 per cent, from 1,538 to 1,906.
    ok: Plans rose by 12.1 per cent, to 4,386, from 3,912 a year earlier.
    bad: Plans rose by 18.3 per cent, to 4,386, from 3,912 a year earlier.
    none: Visits rose from 1,200 in 2015 to 1,800 in 2020, an average annual increase of 8.4%.
    ok: The bill will rise from £1,312.40 to £1,386.19 next year. Since 2019, when a household paid £1,021.75, the bill has gone up by more than a third.
    bad: The bill will rise from £1,212.40 to £1,286.19 next year. Since 2019, when a household paid £1,021.75, the bill has gone up by more than a third.
    bad: The budget of £1.28bn is £90m more than this year's £1.19bn, a rise of 9.5 per cent.
    none: Its 94 practices gave 7,842,300 appointments - 325,400 more than the year before, an increase of 4.3 per cent.
    ok: Sexual orientation crimes went up by an eighth to 531, and transgender crimes climbed by nearly a fifth, to 116 from 97.
    none: One centre had almost 437,000 visits, but Holm Park had more than 30,000 extra visits - a rise of 12.5 per cent.
    none: The wait fell from 58 minutes to 47 minutes, and the share seen within an hour rose by 8 per cent to 71 per cent.
    none: Hare coursing made up nearly half of the total, with 689 incidents, up from 604.
    ok: The register now holds 214,386 names, up from 209,902. That means it grew by 2.1 per cent.
    ok: The register grew by 713 households in the year, up 8.2 per cent from 8,713.
    bad: The register grew by 713 households in the year, up 9.2 per cent from 8,713.
    bad: The register now holds 214,386 names, up from 209,902. That means it grew by 6.8 per cent.
    none: That is 142 more defects than last year - a rise of 12 per cent - across the 142 play areas, up from 139.
    ok: Food handed out was up by about 40 per cent on the 131.2 tonnes of 2024 - a rise of 53.4 tonnes.
    bad: Food handed out was up by about 30 per cent on the 131.2 tonnes of 2024 - a rise of 53.4 tonnes.
    ok: That was 288 fewer than in 2024, when 4,215 falls were reported, a drop of almost 7 per cent.
    bad: That was 288 fewer than in 2024, when 4,215 falls were reported, a drop of almost 9 per cent.
    none: The service held 1,384 sessions, 87 more than the year before, and collected 61,870 donations, up by about 5 per cent.
    ok: Four of the 17 sites breached the limit, down from seven the year before - a fall of 42.9 per cent.
    bad: Four of the 17 sites breached the limit, down from seven the year before - a fall of 17.7 per cent.
    none: Electricity use fell by 7.5 per cent, while gas use fell from 452,700 kWh to 388,200 kWh.
    """
    for k in a.in_sentence:
        figs = a.figures(k)
        pairs = _from_to(a, k)
        for p in figs:
            if p.kind not in ("percent", "fraction"):
                continue
            cue = _CUE.search(a.before(p, 40))
            if not cue:
                continue
            if _PER_PERIOD.search(a.before(p, 40)) or _PER_PERIOD_AFTER.match(a.after(p, 30)):
                continue  # 'an average annual increase of 8.4%' is a rate a year (FC308), not the whole change
            down = bool(_IS_DOWN.match(cue.group("dir")))
            old = new = None
            inferred = False
            after = [m for m in figs if m.start >= p.end]
            if after and _BASE.match(a.between(p, after[0])):
                old = after[0]
                # (not a change itself: 'grew by 713 households - up 8.2 per cent from 8,713')
                before = [m for m in figs if m.end <= p.start and same_unit(m, old) and m.id != old.id
                          and (m.kind != "count" or is_count(m)) and not is_change(a, m)]
                later = [m for m in figs if m.start > old.end and same_unit(m, old)]
                moved = [m for m in figs if m.end <= p.start and same_unit(m, old) and m.id != old.id and is_change(a, m)
                         and (m.kind != "count" or is_count(m))]
                # (or said after: 'up by about 40 per cent on the 131.2 tonnes of 2024 - a rise of 53.4 tonnes')
                moved_after = [m for m in later if is_change(a, m) and (m.kind != "count" or is_count(m))]
                if not before and (moved or moved_after) and old.value:
                    # 'grew by 713 households - up 8.2 per cent from 8,713': the change over its base
                    if check := _change_over_base(a, p, old, moved[-1] if moved else moved_after[0]):
                        yield check
                    continue
                if before:
                    new = before[-1]
                elif later and re.match(r"^[^.;]{0,40}\bto\s+$", a.between(old, later[0])):
                    new = later[0]  # 'rose by 12% on the 61,200 recorded in 2019, to 68,544'
                else:
                    new = _by_measure(a, k, old.kind, {old.id, p.id}, negated=a.negated(p))
                    inferred = True
            # the level the change says it ended at ('rose by 8 per cent to 71 per cent') is its
            # own: no other pair of the sentence is its old and new
            ended = next((m for m in after if re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}?to\s+", a.between(p, m), re.I)), None)
            # an amount of change the percentage restates ('142 more defects - a rise of 12 per
            # cent'): a pair of levels that differ by another amount is not its
            moved = [m for m in figs if m.end <= p.start and m.kind in ("count", "money") and is_change(a, m)]
            if old is None:
                for x, y, _w in pairs:
                    if ended is not None and y.id != ended.id:
                        continue
                    if moved and same_unit(x, moved[-1]) and abs(y.value - x.value) != moved[-1].value:
                        continue
                    if p.kind == "fraction" and x.kind == "percent":
                        continue  # 'rose by a third' is a change in a count or an amount
                    if p.id in (x.id, y.id):
                        continue  # 'make up 41% of claimants, up from 35%': 41% is an end, not the change
                    lo, hi = (p.end, min(x.start, y.start)) if p.end <= min(x.start, y.start) else (max(x.end, y.end), p.start)
                    if any(lo <= o.start < hi and o.kind in ("percent", "fraction", "multiple") and _CUE.search(a.before(o, 40))
                           for o in figs if o.id != p.id):
                        continue  # '... went up by an eighth to 531, ..., and ... climbed by nearly a fifth, to 116 from 97': the fifth's
                    if re.search(r";|,\s*(?:while|whereas|but)\b|\b(?:while|whereas)\b", a.text[lo:hi]):
                        continue  # 'Electricity use fell by 7.5 per cent, while gas use fell from 452,700 to 388,200': gas's levels
                    if y.end <= p.start or x.start >= p.end:
                        old, new = x, y
                        break
            if old is None:
                before = [m for m in figs if m.end <= p.start and m.kind in ("money", "count") and (m.kind != "count" or is_count(m))]
                # the 'than' stands between the last two ('... 325,400 more than the year before,
                # an increase of 4.3 per cent' names no earlier figure)
                # (not the hedge of the last: 'almost 437,000 visits, but ... more than 30,000 extra')
                hs = before[-1].get("hedge_start") if before else None
                upto = hs if isinstance(hs, int) else before[-1].start if before else 0
                than = re.search(r"\b(?:more|less|fewer|higher|lower)\s+than\b", a.text[before[-2].end:upto]) if len(before) >= 2 else None
                # (a 'than' of the clause before, 'held 1,384 sessions, 87 more than the year before,
                # and collected 61,870 donations, up by about 5 per cent', ties no levels together)
                if than and not re.search(r",\s*(?:and|but|while|whereas)\b", a.text[before[-2].end + than.end():upto]):
                    # 'B is X more than A, a rise of P': the last two same-unit figures
                    cands = [m for m in before if same_unit(m, before[-1])]
                    if len(cands) == 2 and re.match(r"\s*(?:[a-z]+\s+)?(?:more|less|fewer|higher|lower)\s+than\b", a.between(*cands), re.I):
                        # 'That was 288 fewer than in 2024, when 4,215 were reported, a drop of
                        # almost 7 per cent': the first is the change itself (its B said before),
                        # over the level it is measured from
                        if cands[1].value and (check := _change_over_base(a, p, cands[1], cands[0])):
                            yield check
                        continue
                    if len(cands) >= 2:
                        new, old = cands[0], cands[-1]
                        if cands[0].id == cands[-1].id:
                            old = None
            if old is None:
                since = [m for m in figs if m.end <= p.start and m.kind in ("money", "count", "percent") and (m.kind != "count" or is_count(m))
                         and re.search(r"\b(?:since|in|when)\b[^,;]{0,60}$", a.text[a.sentences[k].start:m.start].lower())]
                if since and re.search(r"\b(?:since|when)\b", a.text[a.sentences[k].start:since[-1].start].lower()):
                    # 'Since 2019/20, when a household paid £1,361.22, the bill has gone up by more
                    # than a third': the then figure is here, the now figure where the bill is named
                    cur = _by_measure(a, k, since[-1].kind, {since[-1].id, p.id}, negated=a.negated(p))
                    if cur is not None and cur.start > since[-1].start or cur is not None and a.sentence_of[cur.id] != k:
                        old, new, inferred = since[-1], cur, True
            if old is None and _THAT.match(a.sentence_text(k)):
                ante = _antecedent(a, k, "percent")
                if ante is not None:
                    cur = _by_measure(a, k, "percent", {ante.id, p.id}, back=True, negated=a.negated(p))
                    if cur is not None and a.sentence_of[cur.id] < a.sentence_of[ante.id]:
                        old, new = ante, cur
                        inferred = True
            if old is None and k > 0 and _THAT.match(a.sentence_text(k)) \
                    and not any(m.end <= p.start for m in figs):
                # 'The register holds 214,386 names, up from 209,902. That means it grew by 2.1
                # per cent': the one change of a count or an amount the sentence before gives
                # (not 'It received more than 14,000 requests, up 8 per cent': a change of its own;
                # nor 'That was 4,000 tonnes more, an increase of almost a quarter')
                prior = [(x, y) for x, y, _w in _from_to(a, k - 1) if x.kind in ("count", "money") and same_unit(x, y)]
                if len(prior) == 1:
                    old, new = prior[0]
            if old is None or new is None or old.value == 0:
                continue
            f: Callable[[Fraction, Fraction], Fraction]
            if down:
                f = lambda o, n: (1 - n / o) * HUNDRED
                formula = f"(1 - {new.text} / {old.text}) x 100"
            else:
                f = lambda o, n: (n / o - 1) * HUNDRED
                formula = f"({new.text} / {old.text} - 1) x 100"
            points = abs(new.value - old.value)
            causes = []
            if old.kind == "percent" and new.kind == "percent":
                causes.append((lambda x, pt=points, st=p: abs(pt - st.value) <= (st.precision or 1),
                               "percentage points reported as per cent"))
            check = conclude(a, "FC301", "change", p, [old, new], f, formula, unit="%", causes=causes,
                             target_value=p.share, target_interval=a.share_interval(p))
            if check and _plausible(f, [old, new], p.share, inferred):
                yield check


def _percent_as_points(x: Mention, y: Mention, stated: Mention) -> Callable[[Fraction], bool]:
    """The points stated are the per cent change between the two: 25% to 30% 'up 20 points'."""
    def test(points: Fraction) -> bool:
        if y.value == 0:
            return False
        change = abs((x.value / y.value - 1) * 100)
        return abs(change - stated.value) < Fraction(1, 2)
    return test


#: a change over time whose earlier level goes unstated ('up 3.2 points on the year before') ...
_OVER_TIME = re.compile(r"^\s*(?:on|since|than|compared with)\s+(?:the\s+|a\s+)?(?:year|previous|last|prior|\d{4})", re.I)
#: ... is no difference of two figures that nothing links as then and now
_LINKED = re.compile(r"\b(?:from|compared with|compared to|than|against|while|whereas|versus|vs)\b", re.I)
#: two subjects side by side ('X managed 62.7%, while Y reached 61.2%') ...
_PARALLEL = re.compile(r"\b(?:while|whereas|and)\b", re.I)
#: ... and points called a change of one of them, not the gap between them
_GROWTH = re.compile(r"\b(?:improvement|improved|rise|rose|increase|increased|fall|fell|drop|dropped|decline|declined|up|down)\b", re.I)
_GAP = re.compile(r"\b(?:gap|difference|apart|behind|ahead|higher than|lower than|more than|less than|below|above)\b", re.I)
#: a clause with a subject of its own: what follows speaks of another measure
_NEW_SUBJECT = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the|its|their|a|an)\s+[a-z]", re.I)


@rule("FC302", "a change in percentage points between two percentages")
def points_change(a: Analysis) -> Iterator[Check]:
    """A difference stated in (percentage) points between two percentages:
    points = |A - B|. 'Down 2.7 points on 90.0%' takes the base after 'on'; 'a gap of 26
    points' the two percentages before it; 'That is ... ' the figure of the sentence before.

    ok: 81% support it, compared with 55% of those aged 65 and over, a gap of 26 percentage points.
    ok: The trust saw 71.4% of patients within four hours. That is 4.2 points better than the 67.2% achieved a year earlier, but 6.6 points below the standard of 78%.
    bad: Women (71%) were more supportive than men (64%), a difference of nine points.
    none: On the line 86.7% of trains ran on time, up from 84.9%, and the share cancelled fell by 1.3 percentage points.
    none: Occupancy reached 97.3% last year, far above the 85% regarded as safe and up 3.2 percentage points on the year before.
    none: Bowel cancer managed 62.7%, while gynaecology reached 61.2%, the biggest improvement of any site at 5.5 percentage points.
    none: Of adults, 31.4% smoked, against 30.1% a year before. Among teenagers roughly 8% smoked, down 0.9 percentage points.
    ok: In the city 27.4 per cent are obese, up from 25.8 per cent, compared with 17.2 per cent in the south - a gap of 10.2 percentage points.
    ok: Uptake was 71.2 per cent in the poorest areas and 88.6 per cent in the richest, a gap of 17.4 points, up from 15.1 points a year earlier.
    bad: There are now 71 step-free stations out of 142, up from 63 a year earlier - a rise of 12.7 percentage points.
    none: There are now 71 step-free stations out of 142, up from 63 a year earlier - a rise of 12.7 per cent.
    none: The city had 57 per cent, against 41.3 per cent in Pelling and about 40 per cent in Ashby Moor - a gap of 16.6 points.
    none: Just 61.3 per cent felt confident, down 3.8 percentage points on the year - meaning 38.7 per cent did not.
    ok: Now 82.4 per cent of calls are answered in 10 seconds, compared with 74.9 per cent the year before. That is still 7.6 points below the standard of 90 per cent.
    """
    for k in a.in_sentence:
        figs = a.figures(k)
        for p in figs:
            if p.kind != "points":
                continue
            if any(o.kind == "points" and o.end <= p.start for o in figs) and re.search(
                    r"\b(?:from|compared with|compared to|against|on)\s+(?:the\s+)?$", a.before(p, 20)):
                continue  # 'a gap of 17.4 points, up from 15.1 points a year earlier': the gap then, of other levels
            pcts = [m for m in figs if m.kind == "percent" and m.hedge == "exact"]
            before = [m for m in pcts if m.end <= p.start]
            if before and any(m.kind == "percent" and m.hedge != "exact" and before[-1].end <= m.start and m.end <= p.start for m in figs):
                continue  # '57 per cent, against 41.3 per cent and about 40 per cent - a gap of 16.6 points': the last is not said exactly
            after = [m for m in pcts if m.start >= p.end]
            ante = _antecedent(a, k, "percent") if _THAT.match(a.sentence_text(k)) else None
            x = y = None
            inferred = False
            # (the base right after it, not a share that restates another in a clause beyond:
            # 'down 3.8 percentage points on the year - meaning 38.7 per cent did not')
            if after and re.match(r"^\s*(?:(?:better|worse|higher|lower|more|less)\s+than|on|from|compared with|than|since|below|above|"
                                  r"behind|short of|ahead of)\b", a.after(p, 20)) \
                    and not re.search(r"[;–—]|\s-\s|\b(?:meaning|leaving|so)\b", a.between(p, after[0])):
                x = after[0]
                y = ante if ante is not None else (before[-1] if before else None)
            elif len(before) >= 2 and not ante:
                if _PARALLEL.search(a.between(before[-2], before[-1])) and _GROWTH.search(a.before(p, 40) + " " + a.after(p, 30)) \
                        and not _GAP.search(a.before(p, 40) + " " + a.after(p, 30)):
                    continue  # '62.7%, while gynaecology reached 61.2%, the biggest improvement at 5.5 points': one site's change
                if _OVER_TIME.match(a.after(p, 30)) and not _LINKED.search(a.between(before[-2], before[-1])):
                    continue  # 'reached 97.3%, far above the 85% deemed safe and up 3.2 points on the year before'
                if _NEW_SUBJECT.search(a.between(before[-1], p)):
                    continue  # '86.7% ran on time, up from 84.9%, and the share cancelled fell by 1.3 points'
                x, y = before[-2], before[-1]
                if _GAP.search(a.before(p, 40)):
                    # a gap between two places is between their levels now, not a base ('27.4
                    # per cent, up from 25.8 per cent, compared with 17.2 per cent - a gap of 10.2 points')
                    bases = {old.id for old, _new, _w in _from_to(a, k)}
                    now = [m for m in before if m.id not in bases]
                    if len(now) >= 2:
                        x, y = now[-2], now[-1]
            elif before and ante is not None:
                x, y = before[-1], ante
            elif len(before) >= 2:
                x, y = before[-2], before[-1]
            elif before and re.search(r"\b(?:higher|lower|up|down|rise|fall|increase|decrease)\b", a.sentence_text(k).lower()):
                cur = _by_measure(a, k, "percent", {before[-1].id}, negated=a.negated(p))
                if cur is not None and a.sentences[a.sentence_of[cur.id]].paragraph != a.sentences[k].paragraph:
                    cur = None  # 'down 11 points on the year before': not a figure of another paragraph
                if cur is not None:
                    x, y, inferred = before[-1], cur, True
            elif not before and not after and k > 0 and not any(m.kind == "percent" and m.end <= p.start for m in figs) \
                    and re.search(r"\b(?:higher|lower|up|down)\b", a.after(p, 20) + a.before(p, 20)):
                prev = [m for m in a.figures(k - 1, {"percent"}) if m.hedge == "exact"]
                if prev:
                    cur = _by_measure(a, k, "percent", {prev[-1].id}, back=True, negated=a.negated(p))
                    if cur is not None:
                        x, y, inferred = prev[-1], cur, True
            if x is None and not pcts:
                # points of two counts ('71 stations, up from 63 - a rise of 12.7 percentage
                # points'): a share changes by points; the counts' change in per cent, when it is
                # the stated figure, is the slip
                counted = [(o, n) for o, n, _w in _from_to(a, k) if o.kind == n.kind == "count" and n.end <= p.start and o.value > 0]
                if counted:
                    o, n = counted[-1]
                    rel = conclude(a, "FC302", "change-points", p, [o, n], lambda u, v: abs(v / u - 1) * HUNDRED,
                                   f"({n.text} / {o.text} - 1) x 100", unit="%")
                    if rel is not None and rel.verdict != "inconsistent":
                        yield replace(rel, verdict="inconsistent", cause="per cent change reported as points",
                                      explanation=f"{rel.explanation.split(';')[0].split(', as stated')[0]}: {o.text} to {n.text} "
                                                  f"is a change in per cent, and points measure a change in a share "
                                                  f"(likely per cent change reported as points)")
                continue
            if x is None or y is None or x.id == y.id:
                continue
            check = conclude(a, "FC302", "change-points", p, [x, y], apart(x, y),
                             f"|{x.text} - {y.text}|", unit=" points",
                             causes=[(_percent_as_points(x, y, p), "per cent change reported as points")])
            if check and _plausible(apart(x, y), [x, y], p.value, inferred):
                yield check


#: a figure given per week, month or day ('about £2 a week'), and how many of those a year holds
#: 'on the previous year's 874', 'compared with last year's 1,402': the level a change is of
_ON_LAST_YEARS = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:on|from|compared with|against)\s+(?:the\s+)?(?:previous|last|prior|preceding)\s+year['’]s\s+(?:total\s+of\s+)?(?:[£$€])?", re.I)
_PER_SPAN = re.compile(r"\s*(?:a|per|each|every)\s+(week|month|day)\b", re.I)
_IN_A_YEAR = {"week": 52, "month": 12, "day": 365}


def by_span(f: Callable[[Fraction, Fraction], Fraction], formula: str, per: re.Match[str]
            ) -> tuple[Callable[[Fraction, Fraction], Fraction], str]:
    """A year's difference told by the week, month or day the match names: f divided by
    the spans a year holds, and the formula that says so."""
    span = per.group(1).lower()
    n = _IN_A_YEAR[span]
    return (lambda u, v: f(u, v) / n), f"({formula}) / {n} {span}s in a year"


@rule("FC303", "an absolute change between two figures")
def absolute_change(a: Analysis) -> Iterator[Check]:
    """A stated difference between two amounts: difference = new - old.

    ok: The bill will go up from £1,602.45 to £1,682.41, an increase of £79.96 a year.
    ok: The budget of £1.28bn is £90m more than this year's £1.19bn.
    ok: The county has 94,300 school places for 88,150 pupils, a surplus of 6,150 places.
    ok: The budget was £73.9m, yet it spent £68.4m, leaving £5.5m unspent.
    none: Repairs will cost £11.6m. Against that, the budget is £4.3m and a grant brought £2.75m, leaving a gap of £4.5m.
    bad: The budget was £73.9m, yet it spent £68.4m, leaving £4.5m unspent.
    none: Nine of the council's 62 posts were empty, leaving 14 in-house repair gangs to cover the county.
    bad: The county has 94,300 school places for 88,150 pupils, a surplus of 6,510 places.
    bad: The bill will go up from £1,602.45 to £1,682.41, an increase of £89.96 a year.
    ok: The grant stood at almost £3.5m, up from £3.3m, an increase of £165,000.
    bad: Spending reached £4.86m, compared with £3.41m a year before, an increase of about £1.2m.
    bad: The board raised the budget to £4.5m, from £2.8m, an increase of £2.3m.
    ok: Passenger journeys grew to 31.6 million, from 29.8 million, an increase of 1.8 million.
    ok: The line took 402,117 calls, compared with 436,905 the year before - almost 35,000 fewer.
    ok: The charge went up by almost 5 per cent to £2,214, up from £2,109 - an increase of about £2 a week.
    ok: Some 1,186,400 visits were made to the four sites, up from 1.09 million the year before - about 94,000 more.
    bad: The charge went up by almost 5 per cent to £2,214, up from £2,109 - an increase of about £5 a week.
    bad: The line took 402,117 calls, compared with 436,905 the year before - almost 25,000 fewer.
    none: The regulator issued 23 warning notices, eight more than the year before, and four homes closed.
    bad: Some 4,736 children were enrolled each term, up from 4,218 - an extra 618 children.
    ok: Some 4,736 children were enrolled each term, up from 4,218 - an extra 518 children.
    bad: Drone sightings near the perimeter rose by 47, from 57 to 94.
    ok: Drone sightings near the perimeter rose by 37, from 57 to 94.
    bad: The force had 318 special constables, down from 356 a year earlier - a net loss of 48 volunteers.
    ok: The force had 318 special constables, down from 356 a year earlier - a net loss of 38 volunteers.
    none: Thefts fell from 30 to 20, while burglaries rose by 12.
    bad: Practices redirected 1,206 requests, up by 232 on the previous year's 874.
    ok: Practices redirected 1,206 requests, up by 332 on the previous year's 874.
    bad: Members fell to 6,420 from 7,015, meaning 695 fewer young people on the books.
    bad: The survey found 4,851 defects on the 3,412 km network, up from 4,203 - an increase of 748.
    none: The net cost fell to £2.31m from £2.37m, meaning the subsidy for each visit dropped by 72p.
    bad: The council completed 412 homes, short of its target of 500 and down from 486 the year before. That is 84 fewer than in 2024/25.
    ok: There were 287 casualties in 2025, compared with an average of 361 before the limits. That means 74 fewer people were hurt.
    bad: Operators employed 3,418 drivers at the end of March, up from 3,262 a year earlier - 256 more drivers behind the wheel.
    bad: In all 1,384 people came to at least one session in 2025/26, compared with 1,092 the year before - an increase of 392 people.
    ok: In all 1,384 people came to at least one session in 2025/26, compared with 1,092 the year before - an increase of 292 people.
    bad: On average a closed path took 46 days to reopen, down from 61 days - a fall of 25 days.
    ok: On average a closed path took 46 days to reopen, down from 61 days - a fall of 15 days.
    bad: A locum costs £412 a day, against £236 for a salaried doctor: £196 a day more.
    bad: The fairs drew 412,600 people, up 11 per cent on last year's 371,300 - an extra 51,300 visitors.
    ok: The net cost was £224,300, an increase of £69,800, up from £154,500.
    bad: The site took £104,700 in fees but cost £151,200 to run, leaving ratepayers to cover a shortfall of £56,500.
    bad: The board set aside £2.34m for repairs and spent £2.21m, leaving an underspend of £13,000.
    ok: The board set aside £2.34m for repairs and spent £2.21m, leaving an underspend of £130,000.
    bad: Some 62 memorials were cleaned in 2025/26, up from 48 - 24 more than the year before.
    ok: Some 62 memorials were cleaned in 2025/26, up from 48 - 14 more than the year before.
    bad: The council received 1,184 applications in 2025/26, up from 1,047 the year before. That is an increase of 157 in a single year.
    ok: The delays cost £17.2m last year, down from £19.1m - a saving of £1.9m.
    bad: The average wait was 8.9 days, down from 11.2 days - a full 3.3 days faster.
    ok: The average wait was 8.9 days, down from 11.2 days - 2.3 days faster.
    bad: The average wait was 8.9 days, down from 11.2 - a full 3.3 days faster.
    bad: The delays cost £17.2m last year, down from £19.1m - a saving of £2.9m.
    ok: The council received 1,184 applications in 2025/26, up from 1,047 the year before. That is an increase of 137 in a single year.
    """
    for k in a.in_sentence:
        figs = a.figures(k)
        pairs = _from_to(a, k)
        for d in figs:
            if d.kind not in ("money", "count", "quantity") or (d.kind == "count" and not is_count(d)):
                continue  # (a quantity: 'down from 61 days - a fall of 25 days')
            old = new = None
            hs = d.get("hedge_start")
            lead = a.text[max(0, (hs if isinstance(hs, int) else d.start) - 30):hs if isinstance(hs, int) else d.start]
            if re.search(rf"\b(?:(?:increase|rise|fall|decrease|cut|drop|reduction|saving|difference|gap|loss|gain|up|down)\s+(?:of|by)|(?:{_VERBS})\s+by)\s+$", lead) \
                    or re.search(r"[-–—,]\s+(?:an?\s+)?(?:extra|additional)\s+$", lead):  # '..., up from 4,218 - an extra 618'
                # the pair nearest the change, and not across a clause of another measure ('thefts
                # fell from 30 to 20, while burglaries rose by 12')
                near = sorted(((x, y) for x, y, _w in pairs if same_unit(x, d) and d.id not in (x.id, y.id)),
                              key=lambda p: min(abs(d.start - p[1].end), abs(p[0].start - d.end)))
                for x, y in near[:1]:
                    first, last = (d, x) if d.end <= x.start else (y, d)
                    if not re.search(r"[;]|,\s*(?:and|while|whereas|but)\b|\b(?:while|whereas)\b", a.between(first, last)):
                        old, new = x, y
                on_years = _ON_LAST_YEARS.match(a.text, d.end)
                if old is None and on_years:
                    # 'redirected 1,206 requests, up by 232 on the previous year's 874'
                    then = next((m for m in figs if m.start >= on_years.end() and same_unit(m, d)), None)
                    now = next((m for m in reversed(figs) if m.end <= d.start and same_unit(m, d) and not is_target(a, m)), None)
                    if then is not None and now is not None and then.start == on_years.end():
                        old, new = then, now
                before = [m for m in figs if m.end <= d.start and same_unit(m, d) and m.hedge == "exact"]
                if old is None and len(before) >= 2 and _LEVELS_APART.match(a.between(before[-2], before[-1])):
                    # 'reached £4.86m, compared with £3.41m in 2023/24, an increase of about £1.2m'
                    new, old = _level_before(a, before[:-1], before[-1]), before[-1]
            if old is None and re.search(r",\s+(?:(?:a|an)\s+(?:surplus|shortfall|gap|difference|deficit|excess|underspend|overspend)\s+of|"
                                         r"leaving(?:\s+[a-z]+){0,3}?(?:\s+(?:a|an)\s+\w+\s+of)?)\s+$" if d.kind == "money" else
                                         r",\s+(?:a|an)\s+(?:surplus|shortfall|gap|difference|deficit|excess)\s+of\s+$", a.before(d, 60)):
                # '94,300 places for 88,150 pupils, a surplus of 6,150'; 'a budget of £73.9m, yet
                # it spent £68.4m, leaving £4.5m unspent': the two figures before it
                before = [m for m in figs if m.end <= d.start and same_unit(m, d) and (m.kind != "count" or is_count(m))]
                # (not two sums set side by side against a third: 'a budget of £4.3m and a grant
                # of £2.75m, leaving a gap of more than £4.5m' of the £11.6m before them)
                # ('set aside £2.34m and spent £2.21m' joins two verbs of one sum, not two sums)
                if len(before) == 2 and not re.search(r"\b(?:and|plus)\s+(?!(?:then\s+)?[a-z]+ed\b|spent\b|paid\b|spends?\b|costs?\b)", a.between(*before)):
                    new, old = sorted(before, key=lambda m: m.value, reverse=True)
            elif old is None and re.match(r"^\s*(?:(?:a|per|each)\s+(?:day|week|month|year)\s+)?(?:\w+\s+)?(?:more|less|fewer|higher|lower|"
                                          # ('8.9 working days, down from 11.2 - a full 3.3 days faster')
                                          r"faster|slower|quicker|shorter|longer|sooner|later|cheaper|dearer)\b(?!\s+than)",
                                          a.after(d, 30)) and re.search(
                    r"[-–—(,:]\s*(?:meaning\s+|that is\s+|or\s+)?(?:a\s+full\s+|fully\s+)?(?:some\s+|about\s+|around\s+|almost\s+|nearly\s+|just\s+)?$",
                    a.before(d, 24) if not isinstance(hs, int) else a.text[max(0, hs - 24):hs]):
                # 'just over 400,000 calls, compared with 436,905 the year before - almost 25,000 fewer'
                before = [m for m in figs if m.end <= d.start and same_unit(m, d) and (m.kind != "count" or is_count(m))]
                # (its noun and when said between: '3,418 drivers at the end of March, up from 3,262')
                if len(before) >= 2 and _LEVELS_APART.match(a.between(before[-2], before[-1])):
                    new, old = _level_before(a, before[:-1], before[-1]), before[-1]
            elif re.match(r"^\s*(?:more|less|fewer|higher|lower|bigger|smaller)\s+than\b", a.after(d, 20)):
                before = [m for m in figs if m.end <= d.start and same_unit(m, d)]
                after = [m for m in figs if m.start >= d.end and same_unit(m, d)]
                gap = a.between(d, after[0]) if after else ""
                if before and after and len(gap) < 40 and not re.search(r"[,;(]|\band\b|\bbut\b", gap):  # not 'eight more than the year before, and four ...'
                    new, old = before[-1], after[0]
                elif not after and len(before) >= 2 and _EARLIER_TIME.match(a.text, d.end) \
                        and _LEVELS_APART.match(a.between(before[-2], before[-1])) \
                        and re.search(r"[-–—,:]\s*(?:some\s+|about\s+|around\s+|almost\s+|nearly\s+|just\s+)?$", a.before(d, 15)):
                    # '62 memorials were treated in 2025/26, up from 48 - 24 more than the year
                    # before': the two levels before it
                    new, old = _level_before(a, before[:-1], before[-1]), before[-1]
            if old is None and (re.match(r"^\s*(?:[a-z]+\s+)?(?:more|less|fewer)\b", a.after(d, 30)) or re.search(
                    r"\b(?:increase|rise|fall|decrease|reduction|drop)\s+of\s+(?:some\s+|about\s+|around\s+|almost\s+|nearly\s+)?$", lead)) \
                    and not any(m.end <= d.start and same_unit(m, d) for m in figs):
                # 'That is 84 fewer than in 2024/25', 'That means 84 fewer people were hurt': the one
                # pair of levels of the sentence before
                old, new = _prior_levels(a, k, d) or (None, None)
            if old is None or new is None:
                continue
            f, formula = apart(old, new), f"{new.text} - {old.text}" if new.value >= old.value else f"{old.text} - {new.text}"
            per = _PER_SPAN.match(a.text, d.end)
            if per is not None and not any(_PER_SPAN.match(a.text, m.end) for m in (old, new)):
                # 'from £2,109 to £2,214 - an increase of about £2 a week': a year's bill, its
                # rise told by the week
                f, formula = by_span(f, formula, per)
            worked = f(old.value, new.value)
            # (a zero dropped or added is a slip of the same change: '£1.26m ... spent £1.15m,
            # leaving an underspend of £11,200')
            if worked and not Fraction(1, 4) <= d.value / worked <= 4 and not any(
                    Fraction(4, 5) <= d.value * scale / worked <= Fraction(5, 4) for scale in (10, Fraction(1, 10))):
                continue  # 'fell to £2.31m from £2.37m, meaning the subsidy for each visit dropped by 72p': another measure's change
            check = conclude(a, "FC303", "difference", d, [old, new], f, formula, unit="")
            if check:
                yield check


#: an earlier time a difference is said against ('24 more than the year before')
_EARLIER_TIME = re.compile(r"\s*(?:more|less|fewer|higher|lower|bigger|smaller)\s+than\s+(?:the\s+(?:year|month)\s+before|"
                           r"(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:year|month)|a\s+year\s+(?:earlier|ago|before)|in\s+(?:19|20)\d\d)", re.I)


#: what lies between a level and its earlier one: its noun and when, then the comparison
#: ('1,384 people attended at least one session in 2025/26, compared with 1,092'; '412,600
#: people ..., up 11 per cent on last year's 371,300')
_LEVELS_APART = re.compile(r"^(?:\s*[\w'’/-]+){0,12}?\W*(?:compared (?:with|to)|against|(?:down |up )?from|"
                           r"(?:up|down)\s+[\d.]+\s*(?:per\s*cent|%)\s+on\s+(?:last|the\s+previous)\s+year['’]s)\s+(?:the\s+)?$")


def _prior_levels(a: Analysis, k: int, d: Mention) -> tuple[Mention, Mention] | None:
    """The one pair of levels, earlier and later, of d's unit that the sentence before gives,
    when d's sentence opens by pointing back at it ('..., down from 486 the year before. That
    is 84 fewer'): its change of two levels ('from ... to', 'up from', 'compared with')."""
    if k == 0 or not _THAT.match(a.sentence_text(k)):
        return None
    pairs = {(x.id, y.id): (x, y) for x, y, _w in _from_to(a, k - 1) if same_unit(x, d) and same_unit(y, d)}
    prev = [m for m in a.figures(k - 1) if same_unit(m, d) and (m.kind != "count" or is_count(m))]
    for i in range(1, len(prev)):
        if re.match(r"^(?:\s*[\w'’-]+){0,3}?\W*(?:compared (?:with|to)|against|down from|up from)\s+(?:the\s+|an?\s+average\s+of\s+)?$",
                    a.between(prev[i - 1], prev[i])):
            new = _level_before(a, prev[:i], prev[i])
            if new is not None:
                pairs[(prev[i].id, new.id)] = (prev[i], new)
    return next(iter(pairs.values())) if len(pairs) == 1 else None


@rule("FC304", "the direction word agrees with the numbers")
def direction(a: Analysis) -> Iterator[Check]:
    """'Rose from A to B' needs B > A, 'fell from A to B' needs B < A.

    ok: Prosecutions rose from 18 to 27.
    bad: Prosecutions fell from 18 to 27.
    ok: Nine sites were over the legal limit of 40 micrograms, down from 14 the year before.
    ok: The value of the Fund rose to £4.82bn at 31 March 2026, from £4.47bn a year earlier.
    bad: The value of the Fund fell to £4.82bn at 31 March 2026, from £4.47bn a year earlier.
    ok: Some 1,186,400 visits were made to the four sites, up from 1.09 million.
    ok: The council now keeps 64 hives across 12 apiary sites, up from 51 in 2024.
    ok: Some 3,917 faults were logged on the city's 684 sets of signals in 2024, up from 3,452 the year before.
    bad: The council now keeps 64 hives across 12 apiary sites, up from 71 in 2024.
    bad: Nine sites were over the legal limit of 40 micrograms, up from 14 the year before.
    ok: Only 17 of the council's 40 monitoring sites met the standard, down from 21 in 2023.
    ok: A total of 43 licences were suspended and 12 revoked, up from 31 suspensions and nine revocations.
    bad: A total of 43 licences were suspended and 12 revoked, up from 51 suspensions and nine revocations.
    ok: A total of 487 people in 131 households arrived in 2025, up from 362 people in 98 households the year before.
    ok: Self-neglect cases went up, to 198 from 176, while physical abuse fell slightly to 161.
    """
    for k in a.in_sentence:
        for x, y, word in _from_to(a, k):
            if not word:
                continue
            down = bool(re.match(r"^(?:fell|fallen|falling|decreased|dropped|declined|slumped|plunged|gone down|went down|cut|reduced)$", word))
            if x.value == y.value:
                continue
            ok = (y.value < x.value) if down else (y.value > x.value)
            verdict = "verified" if ok else "inconsistent"
            said = "a fall" if down else "a rise"
            real = "a fall" if y.value < x.value else "a rise"
            yield Check("FC304", Relation("direction", (y.id, x.id), y.id), verdict, word, real,
                        f"'{word}' from {x.text} to {y.text} is {real}" + ("" if ok else f", not {said}"),
                        cause="" if ok else "direction word contradicts the figures")


_MULT_SUBJECT = re.compile(r"\b(?:as likely|as many|as much|as high|as large|as often|more likely|the rate|the number|the level)\b")


@rule("FC306", "doubled, halved, twice as many, X times")
def multiples(a: Analysis) -> Iterator[Check]:
    """A stated multiple between two figures: multiple = new / old (or first / second).

    'Halved from 36 to 23' needs 23 / 36 near 0.5; 'twice as likely (22% v 11%)' needs
    22 / 11 near 2; 'more than double the £17.9m' needs the figure before it over 2 x 17.9.

    ok: Over-65s were twice as likely to say they did not know (22% v 11%).
    ok: Savings of £38.6m are more than double the £17.9m of this year.
    ok: Crews took an average of 42 minutes, more than double the 18-minute target.
    bad: The number of long waits halved, from 36 in December 2016 to 23 last month.
    ok: The number of long waits more than halved, from 36 to 17.
    bad: The number of long waits more than halved, from 36 to 19.
    ok: Locals pay £1,860 for a plot, a rise of £140, while others pay double, £3,720.
    bad: Locals pay £1,860 for a plot, a rise of £140, while others pay double, £4,720.
    ok: Patients waited an average of 41 minutes, five minutes longer than a year earlier and more than twice the 18-minute standard.
    bad: Patients waited an average of 31 minutes, five minutes longer than a year earlier and more than twice the 18-minute standard.
    """
    for k in a.in_sentence:
        figs = a.figures(k)
        for m in figs:
            if m.kind != "multiple":
                continue
            others = [x for x in figs if x.kind in ("count", "money", "percent", "decimal", "quantity") and x.id != m.id
                      and (x.kind != "count" or is_count(x))]
            after = [x for x in others if x.start > m.end]
            before = [x for x in others if x.end < m.start]
            num = den = None
            inferred = False
            word = m.text.lower()
            pair = [(x, y) for x, y in zip(after, after[1:], strict=False) if same_unit(x, y)
                    and re.match(r"^\s*(?:v|vs|versus|against|compared with)\.?\s*$", a.between(x, y))]
            if word in ("halved", "doubled", "tripled", "trebled", "quadrupled", "doubling", "halving"):
                if after and re.match(r"^\W*from\s*$", a.between(m, after[0])):
                    if len(after) >= 2 and same_unit(after[0], after[1]) and re.search(r"\bto\b", a.between(after[0], after[1])):
                        den, num = after[0], after[1]
                    elif after[0].kind == "count":
                        # 'Prosecutions doubled from 18': the new figure is stated elsewhere
                        den, num = after[0], _by_measure(a, k, "count", {after[0].id}, negated=a.negated(m))
                        inferred = True
            elif pair:
                num, den = pair[0]
            elif len(after) >= 2 and same_unit(after[0], after[1]) and re.search(r"\(|\bv\b|\bvs\b|\bversus\b|\bcompared", a.between(after[0], after[1]) + a.between(m, after[0])):
                num, den = after[0], after[1]
            elif before and after and same_unit(before[-1], after[0]) and re.match(r"^\s*(?:the|that|of)?\s*[£$€]?", a.between(m, after[0])) \
                    and len(a.between(m, after[0])) < 12:
                if re.match(r"\s*[,:–—-]", a.between(m, after[0])):
                    # 'pay £2,150, a rise of £170, while others pay double, £4,300': the figure after
                    # is the multiple's result, of the level before it (not of a change)
                    base = [x for x in before if same_unit(x, after[0]) and not is_change(a, x)]
                    if base:
                        num, den = after[0], base[-1]
                else:
                    # (of the level, not a change said between: 'waited an average of 41 minutes,
                    # five minutes longer than a year earlier and more than twice the 18-minute standard')
                    levels = [x for x in before if same_unit(x, after[0]) and not is_change(a, x)
                              and not re.match(r"\s*(?:longer|shorter|faster|slower|quicker|earlier|later)\s+than\b", a.after(x, 20))]
                    num, den = (levels or before)[-1], after[0]
            if num is None or den is None or den.value == 0:
                continue
            check = conclude(a, "FC306", "multiple", m, [num, den], lambda n, d: n / d,
                             f"{num.text} / {den.text}", unit="x")
            if check and _plausible(lambda n, d: n / d, [num, den], m.value, inferred):
                yield check
