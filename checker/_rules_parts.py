"""FC1xx parts and percentages, FC2xx complements and sums."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from fractions import Fraction

from claims._context import content_words
from claims._context import stem as stem_of
from claims._records import Mention

from ._analysis import Analysis
from ._common import SHARES, conclude, is_change, is_count, is_target, same_unit
from ._records import Check, Relation
from ._registry import rule
from ._verdict import num

HUNDRED = Fraction(100)
_OF = re.compile(r"^\s*+(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+|these\s+|those\s+)?(?:[\w-]+['’]s?\s+)?$")
_OF_START = re.compile(r"(?:^|[;:]\s*)\W*of\s+(?:the\s+|all\s+(?:the\s+)?|these\s+)?$")
_NAMED_WHOLE = re.compile(r"^\W*of\s+(?:the|all|these|those)\s+([a-z'’ -]{3,60}?)(?:\s+(?:issued|examined|reviewed|recorded|reported|received|made|sent|identified))?\s*,\s*$", re.I)
_BACKREF = re.compile(r"\b(?:of\s+(?:these|those|them|which|whom)|among\s+(?:these|those|them))\b")


def of_pairs(a: Analysis, k: int) -> list[tuple[Mention, Mention]]:
    """(part, whole) pairs of sentence k: '404 out of 463', 'Of the 138 ..., 109',
    'found that 90 ... of which 62', 'Of these, 3,371' (whole from the sentence before).
    Found once per sentence; several rules ask."""
    key = f"of_pairs:{k}"
    kept = a.memo.get(key)
    if isinstance(kept, list):
        return list(kept)
    found = _of_pairs(a, k)
    a.memo[key] = found
    return list(found)


#: the words before the base of a change: 'up from 71', 'on the 53,210 calls', 'compared with 233'
#: (named apart from the `_BASE_BEFORE` of pairs below, which once silently replaced it)
_ANTECEDENT_BASE = re.compile(r"\b(?:on|than|from|compared with|compared to|against|since)\s+(?:the\s+|a\s+)?$"
                              # (or an earlier year's level in brackets: 'issued 6,214 notices (2024/25: 5,480)')
                              r"|\(\s*(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\s*:\s*$")


def _of_pairs(a: Analysis, k: int) -> list[tuple[Mention, Mention]]:
    figs = [m for m in a.figures(k, {"count"}) if is_count(m) or m.text.lower() == "one"]
    pairs: list[tuple[Mention, Mention]] = []
    used: set[str] = set()
    s = a.sentences[k]
    for i, m in enumerate(figs):
        if i + 1 < len(figs) and _OF.match(a.between(m, figs[i + 1])) and is_count(figs[i + 1]):
            if m.text.lower() == "one" and (re.search(r"\b(?:their|its|his|her|our)\b", a.between(m, figs[i + 1]))
                                            or re.search(r"\b(?:at|in|to|from|by|through|via|after|when)\s+$", a.before(m, 10))):
                # '94.6 per cent got one of their three preferences', 'were seen at one of four
                # centres', 'after one of its two inspectors was off': each one's choice or place,
                # or what befell one of them, not a part of a whole
                continue
            pairs.append((m, figs[i + 1]))
            used.update((m.id, figs[i + 1].id))
    for i, head in enumerate(figs):
        if head.id in used:
            continue
        if head.start - s.start >= 40:
            continue
        lead = a.text[s.start:head.start].lower()
        if _OF_START.search(lead):
            for part in figs[i + 1:]:
                if part.id in used:
                    continue
                if "," in a.between(head, part) or "–" in a.between(head, part):
                    pairs.append((part, head))
                    used.update((part.id, head.id))
                break
    named = _NAMED_WHOLE.match(a.text[s.start:figs[0].start]) if figs else None
    if named and figs[0].id not in used and re.match(r"^\s*\(\s*[\d.]+\s*(?:%|per\s*cent)", a.after(figs[0], 16)):
        # 'Of the fixed penalty notices issued, 164 (71%) had been paid': the whole is the
        # figure those words name elsewhere (a table row, 'issued 231 fixed penalty notices')
        want = frozenset(content_words(named.group(1)))
        found = [w for w, lead in _leads(a) if want and want <= lead and a.sentence_of[w.id] != k and w.value > figs[0].value]
        if len(found) == 1:
            pairs.append((figs[0], found[0]))
            used.update((figs[0].id, found[0].id))
    for m in figs:
        if m.id in used:
            continue
        near = a.before(m, 40)
        after = a.after(m, 25)
        # 'There, 9,962 patients (84.1%) were seen': a place named in the sentence before
        there = m is figs[0] and re.match(r"^\W*(?:there|here|in it|at it)\s*,\s*$", a.text[s.start:m.start].lower()) \
            and re.match(r"^\s*[a-z]*\s*\(\s*[\d.]+\s*(?:%|per\s*cent)", after)
        if not (there or _BACKREF.search(near[-28:]) or re.match(r"^\s*(?:of\s+(?:these|those|them)|of\s+which)\b", after)):
            continue
        if m.text.lower() == "one" and re.search(r"\b(?:if|should|unless|were|every|each|any|no)\s+$", near):
            continue  # 'if one of those reservoirs failed' supposes, 'thank every one of them' names all; they count nothing
        if m.text.lower() == "one" and (re.search(r"\b(?:had|has|have|got|get|gets|needs?|needed|with|without|fitted|installed)\s+$", near)
                                        or re.match(r"\s+(?:that|which|who)\b", after)):
            continue  # 'Only 978 of them had one that worked': the thing each has, not a part of them
        whole: Mention | None = None
        # 'Of those cases, 287': the whole counts cases, not the homes they were found in
        noun_at = re.search(r"\b(?:of|among)\s+(?:these|those)\s+([a-z][a-z'’-]+)", near[-40:])
        nouns = content_words(noun_at.group(1)) if noun_at else []

        def counts_it(x: Mention) -> bool:
            return not nouns or nouns[0] in content_words(a.after(x, 30))[:3]

        # (a figure after the 'of these' that m shares is a sibling part, not m's whole: 'Of
        # these, 121 were granted, 17 were refused')
        back = _BACKREF.search(near[-28:])
        reach = m.start - len(near[-28:]) + back.start() if back else m.start
        for x in reversed(figs):
            # (not the base of a change: 'asked 96 times, up from 71, and ... in 41 of those
            # cases' are 41 of the 96)
            if x.end <= reach and x.value > m.value and counts_it(x) and not _ANTECEDENT_BASE.search(a.before(x, 20)):
                whole = x
                break
        if whole is None and k > 0 and re.search(r"[a-z]{3,}\s*,?\s+of\s+(?:which|whom)\b[^,;.]*$", near):
            continue  # 'lighting faults, of which there were 692': the whole is the faults named, with no figure
        if whole is None and k > 0:
            # 'those' points back to what the sentence before counted, not to the base it
            # was compared with ('up 9.4% on the 53,210 calls a year earlier')
            # nor to a rate ('an average of 24 a month'), nor to anything smaller than the part
            prev = [x for x in antecedents(a, k) if x.kind == "count" and is_count(x) and x.value > m.value and counts_it(x)]
            if prev:
                whole = prev[-1]
                # 'Of the 87 cases, 61 began in hospital. ... in 23 of them': 'them' may be the
                # 61 or the 87 they were part of; the rules may try the larger whole too
                wider = [w for p, w in of_pairs(a, k - 1) if p.id == whole.id and w.value > whole.value]
                if wider:
                    a.memo[f"of_wider:{m.id}"] = wider[0]
        if whole is not None:
            pairs.append((m, whole))
            used.update((m.id, whole.id))
    return pairs


def antecedents(a: Analysis, k: int) -> list[Mention]:
    """The figures of the sentence before k that 'Of these' or 'those' can point back to:
    not a base it was compared with ('compared with 233 in the preceding year', 'up 9.4% on
    the 53,210 calls a year earlier') and not a rate ('an average of 24 a month')."""
    if k == 0:
        return []
    return [x for x in a.figures(k - 1)
            if not _ANTECEDENT_BASE.search(a.before(x, 20))
            and not re.search(r"\baverage\s+(?:of\s+)?$", a.before(x, 20))
            and not re.match(r"^\s*(?:[a-z]+\s+)?(?:a|an|per|each|every)\s+(?:day|week|month|year)\b", a.after(x, 20))]


def _share_for(a: Analysis, k: int, part: Mention, whole: Mention, taken: set[str]) -> Mention | None:
    """The share stated beside a part-of-whole pair: '(87.3%)', ', or 68.9 per cent'."""
    shares = [m for m in a.figures(k, SHARES) if m.id not in taken and not m.ranged and not is_target(a, m)
              and not is_change(a, m)]  # 'an increase of almost a fifth' is no share of a whole
    counts = [m for m in a.figures(k, {"count", "money"}) if m.id not in (part.id, whole.id)]
    lo, hi = min(part.start, whole.start), max(part.end, whole.end)
    best = None
    for sh in shares:
        if sh.start >= hi:
            if sh.start - hi > 90 or any(hi <= c.start < sh.start for c in counts):
                continue
            if re.match(r"^\s*of\b", a.after(sh, 10)) and sh.kind == "percent":
                continue
            return sh
        # not another clause's share ('the rate was about 37 per cent, and 10 of the 13 ...')
        own = not re.search(r",\s+(?:and|but|while|whereas|although)\s|;", a.text[sh.end:lo])
        if sh.end <= lo and own and (lo - sh.end <= 60 or len(shares) == 1 and lo - sh.end <= 140) \
                and not any(sh.end <= c.start < lo for c in counts):
            best = sh  # 'Roughly four in five ... (94 of 118)', 'Only 2 in 5 men ...: 591 of the 1,482'
    return best


def _complement_of(share: Mention) -> Callable[[Fraction], bool]:
    """The stated share is 100 minus the right one: the complement quoted."""
    return lambda x: abs((HUNDRED - x) - (share.share or 0)) <= 1


#: the things a share is of: '3.8 per cent of scheduled bus departures'
_OF_WHAT = re.compile(r"^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?((?:[a-z][a-z'’-]*\s*){1,4})", re.I)
_EARLIER_LEVEL = re.compile(r"\b(?:previous|earlier|prior|last year's|former)\s+(?:\w+\s+){0,2}(?:of\s+)?$|"
                            r"\b(?:from|compared with|compared to|than|on)\s+(?:the\s+)?$", re.I)


#: the whole a share names after it ('more than a third of all the trust's year-long waits')
#: words that name a whole without saying of what ('almost a third of the total')
_ANY_WHOLE = frozenset(content_words("total whole overall number figure sum"))
_OF_WHOLE = re.compile(r"\s*of\s+(?:all\s+)?(?:the\s+)?((?:[\w'’-]+\s*){1,5})")


@rule("FC101", "share of a part in its whole")
def part_of_whole(a: Analysis) -> Iterator[Check]:
    """A part and its whole stated with the share between them: share = part / whole.

    The share may be a percentage, a vulgar fraction or "one in N"; a share in a clause that
    says the opposite ("were not") is checked against 100 minus the share.

    ok: Of the 463 reports, 404 (87.3%) were recorded.
    ok: Of 33 crimes that should have been recorded, only 12 were, little more than a third.
    ok: The council issued 231 fixed penalty notices. Of the fixed penalty notices issued, 164 (71%) had been paid.
    bad: The main department handled 12,130 attendances. There, 9,962 patients (84.1%) were seen within four hours.
    bad: 404 out of 463 reports (85%) were recorded within 24 hours.
    none: 404 out of 463 reports were recorded within 24 hours, a rate of 84.8% for violent crime elsewhere
    none: In all, 64 of the 204 children reoffended, and inspectors said the improvement on the previous figure of 33.1 per cent was small.
    none: The hospital, which has 1,420 of the trust's 2,318 spaces, accounted for more than two-thirds of the income.
    ok: The landlord logged 4,312 damp cases across its 31,450 homes. Of those cases, 287, or 6.7 per cent, were serious.
    none: The council received 2,140 complaints. Repairs accounted for 734 of them, 122 more than a year before, an increase of almost a fifth.
    ok: Of the 240 appeals, 150 were heard in person. Judges upheld 49 of them, roughly a fifth.
    none: Almost a third of our magistrates - 74 of them - gave up weekends, and I thank every one of them.
    none: Inspectors visited 1,270 homes. Only 978 of them had one that worked - 77 per cent.
    none: Just 25.2 per cent were inspected on time, down from 81.2 per cent, after one of its two inspectors was off.
    ok: Only nine of the 20 toilets in the villages are still open, meaning more than half have shut.
    ok: Just 81.5 per cent of the pupils passed, meaning 61 of the 330 who sat the test did not.
    bad: Just 71.5 per cent of the pupils passed, meaning 61 of the 330 who sat the test did not.
    bad: Only nine of the 20 toilets in the villages are still open, meaning more than two-thirds have shut.
    ok: Auditors found 36 of the 240 files checked (15%) had no signed consent form.
    none: Graffiti made up about 850 cases. But lighting faults, of which there were 692, were the slowest, with only 84.7 per cent repaired on time.
    none: For those on referral orders the rate was about 37 per cent, and 10 of the 13 children released from custody reoffended.
    bad: Of the 240 appeals, 150 were heard in person. Judges upheld 49 of them, roughly a half.
    ok: Tenants asked for a review 96 times, up from 71, and the decision was overturned in 41 of those cases - roughly 43 per cent.
    none: Half were dealt with over the phone, while almost a third were seen at one of four treatment centres.
    ok: In the town the figure was just under 61 per cent, with 838 of the 2,140 eligible toddlers never seen.
    none: Orthopaedics has almost 12,000 patients waiting and 642 of them waiting longer than a year, more than a third of all the trust's year-long waits.
    ok: Requests for Dari went unmet 18 per cent of the time - 81 out of 450.
    bad: Requests for Dari went unmet 82 per cent of the time - 81 out of 450.
    none: Seven of the 14 secondary schools issued 81 per cent of secondary suspensions - around four in five.
    """
    taken: set[str] = set()
    for k in a.in_sentence:
        for part, whole in of_pairs(a, k):
            if part.value > whole.value or whole.value == 0:
                continue
            share = _share_for(a, k, part, whole, taken)
            if share is None:
                continue
            earlier = [o for o in a.figures(k) if o.end <= share.start and o.kind in ("percent", "fraction", "ratio")]
            if earlier and earlier[-1].start > max(part.end, whole.end) and re.fullmatch(
                    r"(?:\s+of\s+[^,;.()–—-]{1,40}?)?\s*(?:[–—-]|,|\(|or)\s*(?:(?:just|only|about|around|nearly|almost|some|roughly|more than|over|under|less than)\s+)?",
                    a.text[earlier[-1].end:hs if (hs := share.get("hedge_start")) is not None else share.start]):
                # the share restates the one said just before it, of the whole that one names:
                # 'seven of the 14 secondary schools were responsible for 81 per cent of secondary
                # suspensions - around four in five'
                continue
            gap = a.text[max(part.end, whole.end):share.start].lower() if share.start > whole.end else ""
            near = share.start < part.start or re.match(
                r"^[^,;:.]{0,40}?(?:\(|,?\s+or\s+|\s[–-]\s*|,\s*(?:just|only|about|around|nearly|almost|some|roughly|"
                r"a little more than|little more than|less than|more than|over|under|fewer than)?\s*)$", gap)
            if not near and _EARLIER_LEVEL.search(a.before(share, 40)):
                continue  # 'the improvement on the previous figure of 33.1 per cent': another period's share
            pt, st = a.clause_text(part).lower() + gap, a.clause_text(share).lower()
            if not near and (("within" in pt) != ("within" in st) or a.affinity(share, part) < -1):
                continue  # a share further off, of another measure ('a rate of 84.8% for violent crime')
            named = _OF_WHOLE.match(a.after(share, 60))
            if named and share.start > part.end and set(content_words(named.group(1))) & (
                    set(content_words(a.text[part.end:share.start])) - set(content_words(a.clause_text(whole)))):
                # a share of a whole it names, of the part's own kind: '642 of them waiting longer
                # than a year, more than a third of all the trust's year-long waits' is no share
                # of the 12,000 waiting
                continue
            if named and share.start > part.end and not near and content_words(a.after(whole, 25))[:1] \
                    and set(content_words(named.group(1))) - _ANY_WHOLE and not (
                    set(content_words(named.group(1))) & set(content_words(a.after(whole, 25))[:2])):
                continue  # '1,420 of the trust's 2,318 spaces, ... more than two-thirds of the income': a share of another whole
            taken.add(share.id)
            # a share in brackets just after its pair ('120 of the 480 cases (25%) had no
            # note') shares the pair's verb: what it says, it says of the part too
            bracketed = share.start > whole.end and bool(re.search(r"\(\s*$", gap)) and not re.search(r"[,;:]", gap)
            # ... and so does a pair said after a dash or colon, with no verb of its own, that
            # restates the share before it ('went unfilled 17 per cent of the time - 104 out of 612.')
            cut = min(part.start, whole.start)
            restating = share.end <= cut and bool(re.fullmatch(r"[^,;.()]{0,40}?\s[–—:-]\s*", a.text[share.end:cut])) \
                and bool(re.match(r"\s*(?:[.;)]|$)", a.text[max(part.end, whole.end):max(part.end, whole.end) + 3]))
            negate = a.negated(share) and not a.negated(part) and not bracketed and not restating
            f: Callable[[Fraction, Fraction], Fraction]
            if negate:
                f = lambda p, w: HUNDRED - p / w * HUNDRED
                formula = f"100 - {part.text} / {whole.text}"
            else:
                f = lambda p, w: p / w * HUNDRED
                formula = f"{part.text} / {whole.text}"
            check = conclude(
                a, "FC101", "part-of-whole", share, [part, whole], f, formula, unit="%",
                target_value=share.share, target_interval=a.share_interval(share),
                causes=[(_complement_of(share), "the complement quoted")],
            )
            # the share before its pair ('Only 77.8 per cent had both doses, meaning 309 of the
            # 1,392 were not protected') is said of what the part means just as well
            said = gap if share.start > whole.end else a.text[share.end:min(part.start, whole.start)].lower()
            # (or said with it: 'just under 61 per cent, with 838 of the 2,140 never seen')
            if check and check.verdict == "inconsistent" and (_MEANING.search(said) or re.match(r"\W*with\b", said)):
                # a share said as what the part means ('Only nine of the 20 toilets are still open,
                # meaning more than half have shut') may be the part's or the rest's: as FC103
                # reads a ratio, the reading that holds is the one meant
                g: Callable[[Fraction, Fraction], Fraction] = (lambda p, w: p / w * HUNDRED) if negate else (lambda p, w: HUNDRED - p / w * HUNDRED)
                other = conclude(a, "FC101", "part-of-whole", share, [part, whole], g,
                                 f"{part.text} / {whole.text}" if negate else f"100 - {part.text} / {whole.text}", unit="%",
                                 target_value=share.share, target_interval=a.share_interval(share))
                if other is not None and other.verdict != "inconsistent":
                    check = other
            wider = a.memo.get(f"of_wider:{part.id}")
            if check and check.verdict == "inconsistent" and isinstance(wider, Mention):
                # 'of them' read as the whole the sentence before divided: if the share fits
                # that one, it is what the article meant, and nothing is wrong
                other = conclude(a, "FC101", "part-of-whole", share, [part, wider], f, formula.replace(whole.text, wider.text),
                                 unit="%", target_value=share.share, target_interval=a.share_interval(share))
                if other is not None and other.verdict != "inconsistent":
                    check = other
            if check:
                yield check


def _named_whole(a: Analysis, share: Mention, above: Fraction = Fraction(0)) -> Mention | None:
    """'40 per cent of the net budget': the one figure elsewhere introduced by those words
    ('The net revenue budget of £1.28bn')."""
    named = re.match(r"^\s*of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?((?:[a-z'’-]+\s*){1,6})", a.after(share, 60))
    if not named:
        return None
    want = set(content_words(named.group(1))[:4])
    if not want:
        return None
    k = a.sentence_of[share.id]
    if want == {"total"}:
        # 'more than a third of the total': the one amount stated as the whole before it, the
        # largest, not a base of comparison ('than this year's £1.19bn')
        sentences, tops = _running_totals(a)
        n = bisect_left(sentences, k)  # the amounts stated before this sentence
        if n == 0:
            return None
        top, unique = tops[n - 1]
        return top if unique else None
    # every word named, or all but one of three or more ('all the crimes the constabulary
    # fails to record' and 'over 11,600 crimes ... never reach the constabulary's records')
    need = len(want) if len(want) < 3 else len(want) - 1
    leads = _leads(a)
    index = _lead_index(a)
    # look only at the amounts that carry one of the rarer words: linear in the document
    rare = [index[w] for w in want if 0 < len(index.get(w, ())) <= 200]
    if not rare:
        return None
    candidates = sorted(set().union(*rare))
    found = [leads[i][0] for i in candidates if len(want & leads[i][1]) >= need
             and a.sentence_of[leads[i][0].id] != k and leads[i][0].value > above]
    return found[0] if len(found) == 1 else None


def _running_totals(a: Analysis) -> tuple[list[int], list[tuple[Mention, bool]]]:
    """For 'of the total': the amounts in document order with, at each, the largest so far
    and whether it is the only one of its size (bases of comparison left out)."""
    kept = a.memo.get("running_totals")
    if isinstance(kept, tuple):
        return kept
    base = re.compile(r"\b(?:than|on|from|compared with)\s+(?:the\s+|this\s+year's\s+|last\s+year's\s+)?$")
    rows = sorted(((a.sentence_of[m.id], m) for m, _lead in _leads(a) if not base.search(a.before(m, 25))),
                  key=lambda r: (r[0], r[1].start))
    sentences: list[int] = []
    tops: list[tuple[Mention, bool]] = []
    best: Mention | None = None
    unique = False
    for k, m in rows:
        if best is None or m.value > best.value:
            best, unique = m, True
        elif m.value == best.value:
            unique = False
        sentences.append(k)
        tops.append((best, unique))
    a.memo["running_totals"] = (sentences, tops)
    return sentences, tops


def _lead_index(a: Analysis) -> dict[str, list[int]]:
    """Which amounts (by their place in _leads) each word introduces."""
    kept = a.memo.get("lead_index")
    if isinstance(kept, dict):
        return kept
    index: dict[str, list[int]] = {}
    for i, (_m, lead) in enumerate(_leads(a)):
        for w in lead:
            index.setdefault(w, []).append(i)
    a.memo["lead_index"] = index
    return index


def _leads(a: Analysis) -> list[tuple[Mention, frozenset[str]]]:
    """Each exact amount with the words that introduce it ('net revenue budget of'), once
    per document."""
    kept = a.memo.get("leads")
    if isinstance(kept, list):
        return kept
    got: list[tuple[Mention, frozenset[str]]] = []
    for m in a.mentions:
        if m.kind not in ("money", "count") or m.hedge not in ("exact", "more than", "about") or (m.kind == "count" and not is_count(m)):
            continue
        if m.id in a.cell_of:
            got.append((m, a.clause_words(m)))  # a table cell is named by its row and column
            continue
        k = a.sentence_of[m.id]
        start = max([x.end for x in a.in_sentence.get(k, []) if x.end <= m.start] + [a.sentences[k].start, m.start - 45])
        after = re.split(r"[,.;:()]", a.after(m, 80), maxsplit=1)[0]
        got.append((m, frozenset(content_words(a.text[start:m.start]) + content_words(after)[:8])))
    a.memo["leads"] = got
    return got


@rule("FC102", "a percentage of a whole gives a count")
def percent_of_total(a: Analysis) -> Iterator[Check]:
    """A count stated with the percentage of a whole that it is: count = share x whole.

    The whole may be named rather than stated beside it ('40 per cent of the net budget')
    when exactly one figure elsewhere is introduced by those words.

    ok: Up to 240 posts could go, around 2 per cent of the council's 11,800 staff.
    ok: The net revenue budget is £1.28bn. Council tax will raise £512m, 40 per cent of the net budget.
    ok: Occupancy of the trust's 812 beds averaged 94.6%, which meant that just 44 beds stood empty.
    none: Across the four colleges, 58.3% of the 60 staff said they were satisfied.
    none: Of the 1,200 people surveyed, 45.5% of the 1,200 said yes.
    ok: The budget is £1.28bn. Care will take £462m, more than a third of the total, while schools receive £318m, about a quarter.
    bad: The budget is £1.28bn. Care will take £462m, more than a third of the total, while schools receive £418m, about a quarter.
    bad: Occupancy of the trust's 812 beds averaged 94.6%, which meant that just 34 beds stood empty.
    ok: Inspectors found labels correct on 1,163 of 1,208 packs, 96.3%, meaning 45 packs were mislabelled.
    bad: Up to 240 posts could go, around 3 per cent of the council's 11,800 staff.
    none: The fleet cost £410,000 to run. Electric vans cost 6.2p a mile, against 17.9p for diesel, roughly a third of the cost.
    """
    for k in a.in_sentence:
        figs = a.figures(k)
        last_whole: Mention | None = None
        for i, sh in enumerate(figs):
            if sh.kind not in ("percent", "fraction"):
                continue
            wholes = [w for w in figs[i + 1:] if is_count(w) or w.kind == "money"]
            whole = wholes[0] if wholes else None
            named = False
            if whole is None or not re.match(r"^\s*of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,3}$", a.between(sh, whole)):
                before = [p for p in figs[:i] if is_count(p) or p.kind == "money"]
                whole = _named_whole(a, sh, before[-1].value if before else Fraction(0))
                named = True
                if whole is None and last_whole is not None and not re.match(r"^\s*of\b", a.after(sh, 6)):
                    # 'A, more than a third of the total, while B, about a quarter': the same whole
                    whole = last_whole
                if whole is None:
                    continue
            last_whole = whole
            if re.search(r"\b(?:aged|ages?|category|categories|type|group|level|band|tier|year|grade|stage)\s+$", a.before(whole, 15)):
                continue  # 'of those aged 65', 'of category two patients': a label, not a whole
            parts = [p for p in figs[:i] if (is_count(p) or p.kind == "money") and same_unit(p, whole)]
            if not parts:
                continue
            part = parts[-1]
            if named and part.kind == "count":
                counted = content_words(a.after(part, 25))[:2]
                if counted and not set(counted) & set(content_words(a.after(sh, 30))[:3]):
                    continue  # '17 of the 41 schools, more than a quarter of pupils': schools are not pupils
            if part.id == whole.id or part.value >= whole.value:
                continue  # 'Of the 1,200 surveyed, 45.5% of the 1,200': the whole again, not a part
            if part.kind == "count" and not part.text[:1].isdigit() and part.value < 20:
                continue  # 'Across the four colleges, 58.3% of the 60 staff': a number word names, it does not count
            if named and sh.share and not Fraction(1, 10) <= part.value / whole.value * HUNDRED / sh.share <= 10:
                continue  # a whole found by its name, of another order: '17.9p ..., roughly a third of the cost' is no share of a £410,000 cost
            gap = a.between(part, sh)
            if len(gap) > 70 or not re.search(r"(?:,|\(|\bor\b|–|-)[^,;()]{0,20}$", gap):
                continue  # the share must be put beside the part: 'A, around a third of ...', 'A (40%)'
            check = conclude(
                a, "FC102", "percent-of-total", sh, [part, whole], lambda p, w: p / w * HUNDRED,
                f"{part.text} / {whole.text}", unit="%", target_value=sh.share, target_interval=a.share_interval(sh),
            )
            if check:
                yield check
    yield from _share_then_count(a)


def _gap(a: Analysis, x: Mention, y: Mention) -> str:
    """The words between two figures, leaving out the later one's hedge ('more than')."""
    first, second = (x, y) if x.start < y.start else (y, x)
    hs = second.get("hedge_start")
    return a.text[first.end:hs if hs is not None and hs >= first.end else second.start]


_BASE_BEFORE = re.compile(r"\b(?:from|compared with|compared to|than|against|since)\s+(?:the\s+|a\s+)?$")

#: two figures set against each other are of two groups, not one figure restated
_COMPARED = re.compile(r"\b(?:compared (?:with|to)|than|against|whereas|while|versus|vs)\b", re.I)
_MEANING = re.compile(r"\b(?:which means?|which meant|meaning|so that|leaving|that is|in other words|(?:this|that|it)\s+(?:still\s+|only\s+)?(?:means|meant))\b")


def _share_then_count(a: Analysis) -> Iterator[Check]:
    """'Occupancy of the trust's 812 beds averaged 94.6%, which meant that just 34 beds stood
    empty': a whole, its share, and the count the share gives (or the rest, when the count
    says the opposite)."""
    for k in a.in_sentence:
        figs = a.figures(k)
        for i, sh in enumerate(figs):
            if sh.kind != "percent" or sh.hedge != "exact" or i == 0:
                continue
            whole = figs[i - 1]
            if not is_count(whole) or not re.search(r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$", a.before(whole, 30)):
                continue
            if len(a.between(whole, sh)) > 60:
                continue
            later = [c for c in figs[i + 1:] if is_count(c) and c.value < whole.value]
            if not later or not _MEANING.search(a.between(sh, later[0])):
                continue
            count = later[0]
            if not set(content_words(a.after(count, 20))[:1]) & set(content_words(a.after(whole, 40))):
                continue  # the count must count the whole's things ('34 beds' of '812 ... beds')
            # the part already stated ('compliant in 4,812 of 4,997 observations, 96.3 per cent,
            # meaning 185 lapses'): another count is the rest of the whole
            stated = [p for p, w in of_pairs(a, k) if w.id == whole.id and p.value != count.value]
            if a.opposite(count, sh) or stated:
                f = lambda w, p: w * (HUNDRED - p) / HUNDRED
                formula = f"{whole.text} x (100 - {sh.text}) / 100"
            else:
                f = lambda w, p: w * p / HUNDRED
                formula = f"{whole.text} x {sh.text} / 100"
            check = conclude(a, "FC102", "percent-of-total", count, [whole, sh], f, formula)
            if check:
                yield check


@rule("FC103", "one in N or a fraction against a percentage beside it")
def share_restated(a: Analysis) -> Iterator[Check]:
    """A 'one in N' or vulgar fraction in the same sentence as a percentage it restates.

    When either clause says the opposite ("were not making it onto the books"), the ratio is
    checked against 100 minus the percentage; "about one in five" allows N from 4.5 to 5.5.

    ok: One in eight workers (12%) would take on paid work elsewhere.
    ok: It recorded about 87 per cent of crime, which means more than one in 10 crimes were not recorded.
    bad: One in three workers (12%) would take on paid work elsewhere.
    ok: Availability was down from 70.5% to 61.3%, a fall of 9.2 points, so for almost two in five hours no engine was free.
    none: Almost one in three pupils on free meals was absent, compared with 13.4 percent of other pupils.
    none: Nearly one in five left late, and 3.4% left early.
    none: Of the children with plans, 43 per cent are taught in mainstream schools and nearly a third in special schools.
    none: About a quarter of nurses are agency staff, up from 19 per cent a year earlier.
    none: Most complaints, 62 per cent, came through the online form, with almost a quarter made by telephone.
    none: Of those asked, 71 per cent knew how to reach an adviser, but nearly four in ten had not felt ready to leave care.
    ok: The charge rate rose to 9.4 per cent, but that still means fewer than one in ten crimes ends in court.
    none: Of 388 households surveyed, 91 per cent felt safer, although about one in eight reported a defect.
    none: The electric share of the fleet has climbed from just over a fifth to 33.2 per cent.
    none: Large landlords had more than seven in ten of the cases, despite managing around 58 per cent of homes.
    none: The charge rate improved to 17.6 per cent from 13.2 per cent, a relative improvement of a third.
    none: On 41 of the 90 winter days, nearly half, occupancy topped 98 per cent.
    none: Nearly two thirds backed the ban and 24 per cent opposed it, leaving 13 per cent with no view either way.
    none: Only 18.2 per cent of the food came from shops; about one in eight kilos came from allotments.
    none: Motorbikes make up just 1.4 per cent of the miles driven, yet riders were almost a quarter of those hurt.
    none: Motorcyclists make up about 1 per cent of traffic but around a fifth of road deaths.
    none: Almost 2 per cent of pupils were severely absent, missing half or more of their lessons.
    none: Delays were put down to transport in 41 per cent of cases and to medicines in 37 per cent, meaning more than three-quarters had two causes.
    """
    for k in a.in_sentence:
        figs = a.figures(k)
        pcts = [m for m in figs if m.kind == "percent"]
        for r in figs:
            if r.kind not in ("ratio", "fraction"):
                continue
            if r.kind == "fraction" and is_change(a, r):
                continue  # 'a relative improvement of a third' is a change, no level restated
            if is_target(a, r):
                continue  # 'severely absent, missing half or more of their lessons': a threshold, no share
            if any(w.end <= r.start and re.fullmatch(r"[^.;%\d]{0,30}", a.text[w.end:r.get("hedge_start") or r.start])
                   for _p, w in of_pairs(a, k)):
                continue  # 'On 41 of the 90 winter days, nearly half, ...': it restates the part of its whole (FC101's)
            if r.kind == "fraction" and re.match(r"^\s*(?:of\s+(?:the\s+|all\s+)?[£$€]?\d|\(?\s*\d)", a.after(r, 14)):
                continue  # 'half of 3,412' is a part of a whole, not a restated percentage
            near = [p for p in pcts if abs(p.start - r.start) < 160 and not is_target(a, p) and not is_change(a, p)
                    and not _COMPARED.search(_gap(a, p, r)) and not _BASE_BEFORE.search(a.before(p, 25))
                    and not re.fullmatch(r"\W*to\W*", _gap(a, p, r))  # 'from just over a fifth to 33.2 per cent'
                    and not (re.search(r",\s+and\s|\s(?:and|while|whereas|although|though|despite|but|yet)\s|,\s+with\s|;", _gap(a, p, r))
                             and not _MEANING.search(_gap(a, p, r)))
                    # (nor across a count, or a share that is a part of its own: 'Nearly two thirds
                    # backed the ban and 24 per cent opposed it, leaving 13 per cent with no view')
                    and not any((is_count(c) or c.kind == "percent" and not _BASE_BEFORE.search(a.before(c, 25)))
                                and min(p.start, r.start) < c.start < max(p.start, r.start) for c in figs)]
            if not near:
                continue
            tiv = a.share_interval(r)
            before = [p for p in pcts if p.end <= r.start and not is_change(a, p) and not is_target(a, p)]
            if len(before) >= 2 and tiv.contains(sum((p.value for p in before), Fraction(0))):
                continue  # '41 per cent ... and 37 per cent, meaning more than three-quarters': their sum, restated
            p = min(near, key=lambda x: abs(x.start - r.start))
            direct = conclude(a, "FC103", "share-restated", r, [p], lambda x: x, f"{p.text}", unit="%",
                              target_value=r.share, target_interval=tiv)
            comp = conclude(a, "FC103", "share-restated", r, [p], lambda x: HUNDRED - x, f"100 - {p.text}",
                            unit="%", target_value=r.share, target_interval=tiv)
            # a ratio may restate the share or its complement ('87 per cent ... more than one in
            # 10 were not'); the reading that holds is the one meant, and the words decide
            # only when neither holds
            neg = a.negated(r) != a.negated(p)
            for c in ((comp, direct) if neg else (direct, comp)):
                if c and c.verdict != "inconsistent":
                    yield c
                    break
            else:
                chosen = comp if neg else direct
                if chosen:
                    yield chosen


@rule("FC104", "a part is no larger than its whole")
def part_bound(a: Analysis) -> Iterator[Check]:
    """A part stated 'X of Y' with no share beside it: X <= Y must hold.

    ok: We examined 68 records; of those, 46 should have been recorded.
    bad: Of the 46 crimes, 68 had been recorded.
    """
    for k in a.in_sentence:
        for part, whole in of_pairs(a, k):
            if part.value == whole.value or _share_for(a, k, part, whole, set()) is not None:
                continue  # a pair with its share is FC101's
            verdict = "verified" if part.value <= whole.value else "inconsistent"
            yield Check(
                rule="FC104", relation=Relation("part-of-whole", (part.id, whole.id), part.id),
                verdict=verdict, stated=part.text, computed=f"<= {whole.text}",
                explanation=(f"{part.text} of {whole.text} is {float(part.value / whole.value * 100):.1f}%"
                             if verdict == "verified" else f"{part.text} is more than its whole {whole.text}"),
            )


_NEGATED_ROOT = re.compile(r"\bun([a-z]{4,})|\b(?:not|never|failed to|fail to|fails to)\s+(?:be\s+|been\s+|being\s+)?([a-z]{4,})", re.I)


@rule("FC201", "complementary percentages add up to 100")
def complement(a: Analysis) -> Iterator[Check]:
    """Two percentages of one measure, one the opposite of the other (recorded and
    unrecorded, 'not', 'failed to', 'the rest'): they add up to 100.

    ok: This represents a recording rate of 87.2%. The 12.8% of reported crimes that went unrecorded were serious.
    bad: This represents a recording rate of 87.2%. The 14.8% of reported crimes that went unrecorded were serious.
    none: Only 78.3 percent left on time, down from 81.1 percent last year. That means more than one in five were not on time, and 3.4% left early.
    none: Some 3.8% of scheduled bus departures never ran. On the railway, 86.7% of trains ran on time.
    none: In the Central area the figure was lowest, at 88.9 per cent. Some 3.8 per cent of vouchers expired without being used.
    none: Their share rose by 3 points, from 50.5 per cent to 53.5 per cent.\\n\\nSpeeding was a factor in almost one in five fatal and serious crashes, while failing to look properly was recorded in 37.9 per cent of all crashes.
    """
    pcts = [m for m in a.mentions if m.kind == "percent" and m.hedge not in ("more than", "less than", "at least", "at most")
            and not m.ranged]
    for q in pcts:
        if _BASE_BEFORE.search(a.before(q, 25)):
            continue  # 'left on time, down from 81.1 percent': the base of a change is no complement
        clause = a.clause_text(q).lower()
        if not a.negated(q) and not re.search(r"\b(?:the rest|remainder|leaves|left)\b", a.before(q, 30)):
            continue
        roots = {stem for g in _NEGATED_ROOT.findall(clause) for stem in g if stem}
        root_stems = {stem_of(r)[:5] for r in roots}
        best = None
        best_score = 0.0
        qv = float(q.value)
        kq = a.sentence_of[q.id]
        # a complement is stated near its figure, within a few paragraphs
        nearby = [p for j in range(max(0, kq - 15), kq + 16) for p in a.in_sentence.get(j, ())
                  if p.kind == "percent" and 80 <= float(p.value) + qv <= 120]
        for p in nearby:
            if p.id == q.id or p.hedge in ("more than", "less than", "at least", "at most") or a.negated(p):
                continue
            if is_target(a, p) or is_target(a, q) or _BASE_BEFORE.search(a.before(p, 25)):
                continue  # a target, a threshold or the base of a change ('down from 81.1 percent') has no complement here
            if a.cell_of.get(p.id) or a.cell_of.get(q.id):
                continue
            if a.sentence_of[p.id] == a.sentence_of[q.id] and not re.search(
                    r"\b(?:leaves|leaving|the rest|which means|meaning|so that|while)\b", a.text[min(p.end, q.end):max(p.start, q.start)].lower()):
                continue
            pm = {w[:5] for w in a.clause_words(p)}
            if root_stems and not root_stems & pm:
                continue
            if not root_stems and a.sentences[a.sentence_of[p.id]].paragraph != a.sentences[kq].paragraph:
                continue  # with no negated word in common, only a share of the same paragraph
            if not root_stems and abs(p.value + q.value - 100) > 5:
                continue  # ... and near its complement: '88.9 per cent' redeemed in one area is no other side of '3.8 per cent expired without being used'
            score = a.affinity(p, q) + (2 if root_stems else 0)
            if abs(p.value + q.value - 100) <= ((p.precision or 1) + (q.precision or 1)) / 2:
                score += 3  # of two candidates, the one that is the complement is meant
            if p.hedge == "exact" and (p.precision or 1) <= (q.precision or 1):
                score += 1.5  # the precise figure, not a rounded restatement of it
            score -= min(abs(a.sentence_of[p.id] - a.sentence_of[q.id]), 10) * 0.1
            if score > best_score:
                best, best_score = p, score
        if best is None or best_score < 1:
            continue
        check = conclude(a, "FC201", "complement", q, [best], lambda x: HUNDRED - x, f"100 - {best.text}", unit="%")
        if check is None:
            continue
        of_p, of_q = (_OF_WHAT.match(a.after(m, 50)) for m in (best, q))
        if check.verdict == "inconsistent" and of_p and of_q and not (
                set(content_words(of_p.group(1))) & set(content_words(of_q.group(1)))):
            continue  # '3.8% of bus departures never ran', '86.7% of trains ran on time': shares of two things
        yield check


@rule("FC105", "what a count and its rate imply", flags=False)
def implied_total(a: Analysis) -> Iterator[Check]:
    """A count and the percentage it forms of an unstated total, in the same or the next
    sentence and of one measure ('fails to record over 11,200 crimes' and '12.8% went
    unrecorded'): nothing states the total, so the figure is unverifiable, and the check
    shows what the two imply (total = count / share, about 87,500).

    ok: The force fails to record 8,900 crimes a year. The 13.9% of reported crimes that go unrecorded include assaults.
    none: There are 94,300 places for 88,150 pupils, a surplus of 6,150 places, or 6.5% of capacity.
    none: The force recorded 404 of 463 reports (87.3%).
    """
    taken = {i for c in _pairs_with_shares(a) for i in c}
    for k in a.in_sentence:
        counts = [m for m in a.figures(k) if is_count(m) and m.id not in taken and m.value >= 100]
        for c in counts:
            if not a.negated(c):
                continue  # 'fails to record 11,200 crimes': the part left out, whose share is stated apart
            near = [p for j in (k + 1, k + 2) for p in a.figures(j, {"percent"})
                    if p.id not in taken and 0 < p.value < 100 and p.hedge == "exact"]
            best = None
            for p in near:
                if not a.negated(p):
                    continue
                shared = a.weight(a.clause_words(c) & a.sentence_words(p)) + a.weight(a.clause_words(p) & a.sentence_words(c))
                if shared >= 1.5 and (best is None or abs(a.sentence_of[p.id] - k) < abs(a.sentence_of[best.id] - k)):
                    best = p
            if best is None:
                continue
            total = _three_figures(c.value / best.value * 100)
            yield Check(
                "FC105", Relation("implied-total", (c.id, best.id), c.id), "unverifiable", c.text,
                f"about {num(total, 0)}",
                f"{c.text} at {best.text} implies a total of about {num(total, 0)}; no figure in the text states it",
            )


def _three_figures(x: Fraction) -> Fraction:
    """Rounded to three significant figures: an implication is no more precise than that."""
    digits = len(str(int(abs(x)))) if abs(x) >= 1 else 1
    unit = Fraction(10) ** max(digits - 3, 0)
    return ((x / unit) + Fraction(1, 2)) // 1 * unit


def _pairs_with_shares(a: Analysis) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for k in a.in_sentence:
        for part, whole in of_pairs(a, k):
            share = _share_for(a, k, part, whole, set())
            out.append((part.id, whole.id) + ((share.id,) if share else ()))
    return out
