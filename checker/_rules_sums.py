"""FC2xx sums: parts adding up to a stated total, shares adding up to 100, tables."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from claims._context import content_words
from claims._records import Mention

from ._analysis import Analysis
from ._common import conclude, is_change, is_count, same_unit
from ._records import Check, Relation
from ._registry import rule
from ._rules_parts import antecedents

HUNDRED = Fraction(100)
_LIST_GAP = re.compile(r"^[^.;:0-9]{0,60}$")
_LIST_JOIN = re.compile(r"(?:,|\band\b|\bwhile\b|\bplus\b|;)")
_NOT_LIST = re.compile(r"\b(?:of which|of whom|of these|of those|of them|out of|of the|compared with|than|per|in each|a day|a year|a week|a month|v|vs|versus)\b|\bto\s*$")
_TOTAL_AFTER = re.compile(r"\b(?:in all|in total|altogether|combined|all told|overall)\b")
_TOTAL_BEFORE = re.compile(r"\b(?:together|in all|in total|total of|totalling|combined|altogether|between them|account for|accounting for|make up|made up)\b")
_EXHAUSTIVE = re.compile(r"\b(?:other|others|the rest|remaining|remainder|otherwise|elsewhere|unknown|none)\b")
_MADE_UP = re.compile(r"\b(?:made up of|comprises|comprised|consists of|consisting of|broken down into|split into|is divided into|break(?:s)? down as)\b")


def _add(*xs: Fraction) -> Fraction:
    return sum(xs, Fraction(0))


def _list_runs(a: Analysis, k: int, kinds: set[str]) -> list[list[Mention]]:
    """Runs of same-unit figures in sentence k joined like a list: 'A, B and C'."""
    # the base of a change is no part ('612 were seriously injured, up from 587 in 2024')
    figs = [m for m in a.figures(k) if m.kind in kinds and (m.kind != "count" or is_count(m))
            and not a.cell_of.get(m.id) and not m.ranged
            and not re.search(r"\b(?:from|compared with|compared to|than|against)\s+(?:the\s+)?$", a.before(m, 20))
            # nor a figure for each of another ('96,300 packs, each containing six batteries')
            and not re.search(r"\beach\s+(?:[a-z]+\s+){0,2}$", a.before(m, 30), re.I)
            # nor an average said between ('worth £612,900 a year - an average of £516 a
            # household - and a further £433,400 in backdated bills')
            and not _typical(a, m)]
    runs: list[list[Mention]] = []
    units: dict[tuple[str, str], list[Mention]] = {}
    for m in figs:
        units.setdefault(("count" if m.kind == "decimal" else m.kind, m.unit), []).append(m)
    for group in units.values():
        runs.extend(_runs_of(a, group))
    return runs


def _runs_of(a: Analysis, figs: list[Mention]) -> list[list[Mention]]:
    runs: list[list[Mention]] = []
    cur: list[Mention] = []
    for m in figs:
        if cur:
            gap = a.between(cur[-1], m)
            # a change does not run on from a level ('612 were seriously injured, 25 more than in 2024')
            if not (is_change(a, m) and not is_change(a, cur[-1])) and (re.search(r"(?:,|\band\b|\bwhile\b|\bplus\b)[^,]{0,30}$", gap) and len(gap) <= 90
                    and not _NOT_LIST.search(gap) and not re.search(r"[;:]|\.\s", gap)):
                cur.append(m)
                continue
        if len(cur) >= 2:
            runs.append(cur)
        cur = [m]
    if len(cur) >= 2:
        runs.append(cur)
    return runs


def _sum_check(a: Analysis, code: str, total: Mention, parts: list[Mention]) -> Check | None:
    formula = " + ".join(p.text for p in parts)
    return conclude(a, code, "sum", total, parts, _add, formula, unit="%" if total.kind == "percent" else "",
                    causes=[(lambda x: x < total.value, "parts missing from the total or miscounted")])


@rule("FC202", "parts add up to their stated total")
def parts_total(a: Analysis) -> Iterator[Check]:
    """A list of parts and the total they make: total = sum of parts.

    The total is named by words such as 'in all', 'together', 'made up of', or a colon
    before the list, in the same sentence or the one before.

    ok: We identified 95 reports that should have been recorded: 41 violent crimes, 9 sexual offences and 45 other crimes.
    ok: Adult care will take £462m and children's services £318m. Together the two account for £780m.
    bad: We identified 98 reports that should have been recorded: 41 violent crimes, 9 sexual offences and 45 other crimes.
    ok: Of the county's 64 care homes, three are rated inadequate and 17 require improvement – 20 homes in all.
    none: The Ombudsman investigated 19 complaints and upheld 14 of them. It received 64 complaints and enquiries in total.
    none: The council spent £187,450 last year and nearly £313,000 in total, leaving £207,200 for the last nine sites.
    none: There were 197 of these, more than three in five of the total, alongside 74 at affordable rent and 47 shared-ownership homes.
    none: Most recruits came through the two degree routes: 158 joined through the apprenticeship and 124 through the graduate programme.
    none: Disabled residents got £175 and other households £125. Almost £2.2m was paid out in total.
    none: The busiest suite, with 40 cells, dealt with 7,702 people. The force has 112 cells in total.
    none: The service posted 96,300 packs, each containing six batteries - nearly 580,000 batteries in all.
    none: The average award was almost £12,000, and six halls received the £25,000 maximum. Heating made up more than a third of the grants, with 19 awards worth £231,400.
    none: The average award was almost £12,000, and six halls received the £25,000 maximum. In total the council paid £618,740.
    none: Of the 625 cases closed, 74 ended in prosecution, while 49 people received a caution and 167 a warning letter.
    bad: Of the 625 cases closed, 374 ended in prosecution, while 149 people received a caution and 167 a warning letter.
    none: The cancelled discounts were worth £612,900 a year - an average of £516 a household - and a further £433,400 in backdated bills has been sent out, bringing the total raised to more than £1m.
    none: Defences protect more than 12,600 homes. The partnership, made up of two councils and the drainage board, looks after 1,486 assets.
    """
    from ._rules_parts import of_pairs

    for k in a.in_sentence:
        for run in _list_runs(a, k, {"count", "money", "percent"}):
            s = a.sentences[k]
            total = None
            opens = bool(re.match(r"^\W*of\s+(?:the\s+|these\s+|all\s+)?(?:[\w-]+['’]s?\s+)?$", a.text[s.start:run[0].start].lower()))
            said = _TOTAL_AFTER.search(a.after(run[-1], 40)) if len(run) >= 3 else None
            if said and any(run[-1].end < m.start < run[-1].end + said.start() for m in a.figures(k)):
                said = None  # '... and 17 require improvement – 20 homes in all': the total is the 20
            if opens and said and len(run) >= 4:
                # 'Of the county's 64 care homes, three are inadequate, 17 require improvement and
                # 5 are closing – 25 in all': the parts between the whole and their total
                total, run = run[-1], run[1:-1]
            elif len(run) >= 3 and opens and (len(run) >= 4 or _EXHAUSTIVE.search(a.clause_text(run[-1]).lower())):
                # 'Of the 240 crimes ..., 131 were violent, 38 sexual and 61 other': a list that
                # says it covers everything ('other', 'the rest'); '112 good and 9 outstanding'
                # of 146 homes is only a selection, and so may a longer list be ('Of the 625
                # investigations, 74 ended in prosecution, 49 in a caution and 167 in a warning
                # letter': no further action left unsaid), so it is held only to not exceeding the whole
                selection = not _EXHAUSTIVE.search(a.clause_text(run[-1]).lower())
                total, run = run[0], run[1:]
                if selection and _add(*(p.value for p in run)) <= total.value:
                    continue
            elif opens:
                run = run[1:]  # the whole that opens the sentence is never one of its parts
                if len(run) < 2:
                    continue
            elif said:
                total, run = run[-1], run[:-1]  # '3,800 violent crimes and 280 sexual offences, over 4,000 in all'
            first, last = run[0], run[-1]
            lead = a.text[s.start:first.start].lower()
            same = [m for m in a.figures(k) if m.id not in {r.id for r in run} and same_unit(m, first)
                    and (m.kind != "count" or is_count(m)) and not a.cell_of.get(m.id)]
            # 'identified 98 reports ...: A, B and C' / 'T is made up of A, B and C'
            before = [m for m in same if m.end <= first.start]
            if before and total is None:
                gap = a.between(before[-1], first)
                if re.search(r"\b(?:alongside|as well as|besides|in addition to)\b", gap):
                    pass  # '197 of these ..., alongside 74 at affordable rent and 47 shared-ownership homes': siblings
                elif ":" in gap or _MADE_UP.search(gap) or re.search(r"[,:;–—-]\s*(?:of these|of those|of them)\b", gap):
                    total = before[-1]  # 'identified 98 reports ...: A, B and C'; '... 240 crimes. Of these, ...' (not '197 of these')
                elif re.match(r"^\W*of\s+(?:the\s+|these\s+|all\s+)?$", a.text[s.start:before[0].start].lower()) \
                        and len(before) == 1 and "," in gap and _EXHAUSTIVE.search(a.clause_text(last).lower()):
                    # 'Of the 240 crimes ..., 131 were violent, 38 sexual and 61 other' (not
                    # '112 were good and 9 outstanding': a selection)
                    total = before[0]
            after = [m for m in same if m.start >= last.end]
            # (not a remainder: 'and nearly £313,000 in total, ..., leaving £207,200 for the last sites')
            if total is None and after and (_TOTAL_AFTER.search(a.after(after[0], 30) + " " + a.between(last, after[0]))
                                             or re.search(r"\btotal\b", a.before(after[0], 20))) \
                    and not re.search(r"\b(?:leaving|leaves|left|remaining)\b", a.between(last, after[0])):
                total = after[0]
            if total is None and (_MADE_UP.search(lead) or re.match(r"^\W*(?:of these|of those|of them)\b", lead)) and k > 0:
                # (of what the parts count: 'protecting more than 12,600 homes. The partnership,
                # made up of two councils and the drainage board, looks after 1,486 assets' makes
                # no homes)
                prev = [m for m in (a.figures(k - 1) if _MADE_UP.search(lead) else antecedents(a, k))
                        if same_unit(m, first) and (m.kind != "count" or is_count(m)) and m.value > max(x.value for x in run)
                        and (not _MADE_UP.search(lead) or _counts_alike(a, m, run))]
                if prev:
                    # 'Of these, ...' points at the last figure before it; 'The package is made
                    # up of ...' at the subject of the sentence before, its first figure
                    total = prev[0] if _MADE_UP.search(lead) else prev[-1]
            if total is None and first.kind == "percent":
                continue  # percentages add up only when a total is named in the same sentence
            if total is None and k + 1 < len(a.sentences) and len(run) == len([m for m in a.figures(k) if same_unit(m, first)]):
                nxt = a.sentence_text(k + 1).lower()
                opener = _TOTAL_BEFORE.search(nxt[:60])
                if opener and re.match(r"\s*(?:(?:more|less|fewer) than |almost |nearly |over |about |around )?"
                                       r"(?:an? |one |two |three )?(?:half|third|quarter|fifth|tenth|[\d.]+\s*(?:%|per ?cent))",
                                       nxt[opener.end():]):
                    opener = None  # 'Heating made up more than a third of the grants': a share of them, no total
                if opener and not any(_typical(a, p) for p in run):
                    # (a total smaller than one of them is of something else: 'with 40 cells, dealt with
                    # 7,702 people. The force has 112 cells in total')
                    cand = [m for m in a.figures(k + 1) if same_unit(m, first) and _counts_alike(a, m, run)
                            and m.value >= max(p.value for p in run)]
                    if cand:
                        total = cand[0]
            if total is None:
                continue
            if total.value == len(run) and all(p.value > total.value for p in run):
                continue  # 'the two degree routes: 158 joined through one and 124 through the other' counts the kinds listed
            if total.value > 10 * sum((p.value for p in run), Fraction(0)):
                continue  # 'disabled residents got £175 and others £125. Almost £2.2m was paid out in total': amounts each, not parts
            ids = {m.id for m in run}
            if any(part.id in ids and whole.id in ids for part, whole in of_pairs(a, k)):
                continue  # 'investigated 19 complaints ... and upheld 14 of them': a part and its whole, no list of parts
            check = _sum_check(a, "FC202", total, run)
            if check:
                yield check


_TYPICAL = r"(?:average|averaged|maximum|minimum|median|typical|each)"


def _typical(a: Analysis, m: Mention) -> bool:
    """A figure said to be an average, a maximum or each one's ('the average award was
    almost £12,000', 'the £25,000 maximum') is no part of a sum."""
    return bool(re.search(rf"\b{_TYPICAL}\b(?:\s+[\w-]+){{0,3}}\s+$", a.before(m, 40).lower())
                or re.match(rf"^\s*{_TYPICAL}\b", a.after(m, 15).lower()))


def _counts_alike(a: Analysis, total: Mention, parts: list[Mention]) -> bool:
    """A total stated apart from its parts counts the same things: 'In total 1,000
    officers' is not the sum of 300 cases closed and 900 open (money is money)."""
    if total.kind == "money":
        return True
    noun = content_words(a.after(total, 30))[:1]
    return bool(noun) and noun[0] in set().union(*(a.sentence_words(p) for p in parts))


@rule("FC206", "a total of the figures in the sentence before")
def together(a: Analysis) -> Iterator[Check]:
    """A sentence that opens by totting up the figures of the one before ('Together the two
    services account for £780m') states their sum.

    ok: Adult social care will take £462m, more than a third of the total, while children's services receive £318m. Together the two services account for £780m.
    bad: Adult social care will take £462m, more than a third of the total, while children's services receive £318m. Together the two services account for £800m.
    none: However, 612 people were seriously injured, 25 more than in 2024. Altogether 650 people were killed or seriously injured.
    none: Its five hostels had 486 beds. Between them they provided more than 162,000 bed nights.
    none: Wardens checked 2,716 moorings last year, almost 3,000 in all. In total 291 moorings had no permit.
    """
    for k in range(1, len(a.sentences)):
        lead = a.sentence_text(k).lower().lstrip()[:50]
        if not re.match(r"^\W*(?:together|between them|combined|in all|in total|altogether)\b", lead):
            continue
        totals = [m for m in a.figures(k) if m.kind in ("count", "money") and (m.kind != "count" or is_count(m))
                  and not re.search(r"\bthe\s+$", a.before(m, 6))]
        if not totals:
            continue
        total = totals[0]
        start = a.sentences[k - 1].start
        parts = [m for m in a.figures(k - 1) if same_unit(m, total) and (m.kind != "count" or is_count(m))
                 and is_change(a, m) == is_change(a, total)
                 and not re.search(r"\b(?:from|compared with|compared to|than|against)\s+(?:the\s+)?$", a.before(m, 20))
                 and not re.match(r"^\W*of\s+(?:the\s+|these\s+|all\s+)?$", a.text[start:m.start].lower())]
        if parts and not _counts_alike(a, total, parts):
            continue
        word = re.search(r"\b(two|three|four|five|both)\b", lead)
        want = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}.get(word.group(1)) if word else None
        if len(parts) < 2 or (want is not None and len(parts) != want):
            continue
        if total.value > 10 * sum((p.value for p in parts), Fraction(0)):
            continue  # 'five hostels had 486 beds ... Between them they provided 162,000 bed nights': of another order, another thing
        if total.value < max(p.value for p in parts):
            continue  # 'checked 3,912 boats, almost 4,000 in all. In total 384 boats had no licence': a part of them, no sum
        check = _sum_check(a, "FC206", total, parts)
        if check:
            yield check


@rule("FC203", "shares of one whole add up to 100%")
def shares_hundred(a: Analysis) -> Iterator[Check]:
    """Three or more percentages listed as the answers to one question (or the shares of
    one whole) add up to 100, allowing for each one's rounding.

    A list that adds up to far less than 100 is taken to be a selection and left alone; a
    next sentence that goes on with 'A further ...' or 'The rest' extends the list.

    ok: 68% said they would, 19% were opposed and 13% did not know.
    bad: Friday was the favourite (58%), then Monday (22%) and Wednesday (9%). A further 4% chose another day and 2% had no preference.
    """
    used: set[str] = set()
    for k in sorted(a.in_sentence):
        for run in _list_runs(a, k, {"percent"}):
            if any(m.id in used for m in run):
                continue
            run = [m for m in run if m.hedge == "exact"]
            if any(re.match(r"^\s*of\b", a.after(m, 6)) for m in run[1:]):
                continue
            total = sum((m.value for m in run), Fraction(0))
            if total < 90 and k + 1 < len(a.sentences) and re.match(r"^\W*(?:a further|another|the rest|the remaining|and)\b", a.sentence_text(k + 1).lower().strip()):
                more = a.figures(k + 1, {"percent"})
                run = run + more
                total = sum((m.value for m in run), Fraction(0))
            if len(run) < 3 or not (90 <= total <= 110):
                continue
            used.update(m.id for m in run)
            slack = sum((m.precision or Fraction(1)) / 2 for m in run)


            lo, hi = total - slack, total + slack
            if total == 100:
                verdict = "verified"
            elif lo <= 100 <= hi:
                verdict = "rounded"
            else:
                verdict = "inconsistent"
            formula = " + ".join(m.text for m in run)
            expl = f"{formula} = {float(total):g}%"
            if verdict == "rounded":
                expl += f"; 100 within the rounding of {len(run)} shares (±{float(slack):g})"
            elif verdict == "inconsistent":
                expl += f"; shares of one whole should make 100 (±{float(slack):g} for rounding)"
            target = run[-1]
            yield Check("FC203", Relation("shares-sum", tuple(m.id for m in [target, *run[:-1]]), target.id),
                     verdict, formula, f"{float(total):g}%", expl,
                     cause="a share misstated or an answer left out" if verdict == "inconsistent" else "")


def _table_columns(a: Analysis) -> dict[tuple[int, int], list[tuple[int, Mention]]]:
    cols: dict[tuple[int, int], list[tuple[int, Mention]]] = {}
    for m in a.mentions:
        where = a.cell_of.get(m.id)
        if where and m.comparable:
            table, row, col = where
            cols.setdefault((table, col), []).append((row, m))
    return cols


_CHANGE_HEADER = re.compile(r"(?i)\b(?:change|changes|changed|rise|fall|increase|decrease|growth|difference|diff|on (?:the )?year|yoy)\b|[+±]|[-–]/[+]|\+/[-–]")


def _change_columns(a: Analysis) -> set[tuple[int, int]]:
    """Columns of changes, not of parts: headed 'Change' ('Rise', '+/-', ...) or holding a
    figure written with its sign ('+23.9%', '-1.1%'). Changes neither add up to a total row
    nor are shares of one."""
    out = {(table, col) for start, end, table, row, col in a.doc.cells
           if row == 0 and _CHANGE_HEADER.search(a.text[start:end])}
    for m in a.mentions:
        where = a.cell_of.get(m.id)
        if where and (m.value < 0 or a.text[max(0, m.start - 1):m.start] == "+" or m.text[:1] == "+"):
            out.add((where[0], where[2]))
    return out


def _total_rows(a: Analysis) -> dict[int, int]:
    """For each table, the row whose first cell says Total."""
    out: dict[int, int] = {}
    for start, end, table, row, col in a.doc.cells:
        if col == 0 and re.search(r"\btotal\b", a.text[start:end], re.I):
            out[table] = row
    return out


@rule("FC204", "table columns add up to their total row")
def table_sums(a: Analysis) -> Iterator[Check]:
    """In a table with a Total row, each column of counts (or of shares) adds up to it.

    ok: | Type | Number |\\n|---|---:|\\n| A | 2 |\\n| B | 3 |\\n| Total | 5 |
    bad: | Type | Number |\\n|---|---:|\\n| A | 2 |\\n| B | 3 |\\n| Total | 6 |
    none: | Type | Change |\\n|---|---:|\\n| A | +10% |\\n| B | -20% |\\n| Total | +2% |
    """
    totals = _total_rows(a)
    changes = _change_columns(a)
    for (table, col), cells in _table_columns(a).items():
        row_total = totals.get(table)
        if row_total is None or (table, col) in changes:
            continue
        total = [m for r, m in cells if r == row_total]
        parts = [m for r, m in cells if r != row_total and r > 0]
        if not total or len(parts) < 2 or any(not same_unit(p, total[0]) for p in parts):
            continue
        check = _sum_check(a, "FC204", total[0], parts)
        if check:
            yield check


@rule("FC205", "a share column against its counts and total")
def table_shares(a: Analysis) -> Iterator[Check]:
    """In a table with counts, their total and a column of percentages, each row's
    percentage = its count / the total count.

    ok: | Type | Number | Share |\\n|---|---:|---:|\\n| A | 2 | 40% |\\n| B | 3 | 60% |\\n| Total | 5 | 100% |
    bad: | Type | Number | Share |\\n|---|---:|---:|\\n| A | 2 | 45% |\\n| B | 3 | 60% |\\n| Total | 5 | 100% |
    none: | Type | Number | Change |\\n|---|---:|---:|\\n| A | 2 | 10% |\\n| B | 3 | 20% |\\n| Total | 5 | 16% |
    """
    totals = _total_rows(a)
    cols = _table_columns(a)
    changes = _change_columns(a)
    for (table, col), cells in cols.items():
        if table not in totals or not cells or not all(m.kind == "percent" for _, m in cells) or (table, col) in changes:
            continue
        count_col = cols.get((table, col - 1))
        if not count_col:
            continue
        counts = {r: m for r, m in count_col if m.kind in ("count", "money")}
        whole = counts.get(totals[table])
        if whole is None:
            continue
        for r, share in cells:
            part = counts.get(r)
            if part is None or r == totals[table]:
                continue
            check = conclude(a, "FC205", "percent-of-total", share, [part, whole],
                             lambda p, w: p / w * HUNDRED, f"{part.text} / {whole.text.strip('*')}", unit="%")
            if check:
                rel = check.relation
                yield replace(check, relation=replace(rel, mentions=tuple(i for i in rel.mentions if i != whole.id),
                                                      context=(whole.id,)))


_PER_PERIOD = re.compile(r"^\s*(?:[a-z]+\s+)?(?:a|an|per|each|every)\s+(?:day|week|month|year)\b")
#: words that say a whole has a middle part besides a part and its opposite
_MIDDLE = re.compile(r"\b(?:at all|fully|partly|partially|in part|entirely|completely)\b", re.I)


def _named_apart(a: Analysis, c: Mention, j: int) -> bool:
    """Whether c's clause names something (a proper name: a word the text never writes in
    lower case) that sentence j does not."""
    names = {w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", a.clause_text(c)) if not re.search(rf"\b{w.lower()}\b", a.text)}
    return bool(names - set(re.findall(r"\b[A-Z][a-z]{2,}\b", a.sentence_text(j))))


#: an earlier time a figure is said of: 'A year ago 163 sites were staffed'
_ANOTHER_TIME = re.compile(r"\b(?:a year (?:ago|earlier|before)|last year|the (?:previous|prior) year|the year before|previously)\b", re.I)


@rule("FC207", "the rest of a whole")
def rest_of_whole(a: Analysis) -> Iterator[Check]:
    """A part of a whole stated in one sentence ('15,203 of the 17,418 patients ... within
    four hours') and the opposite part in the same or a following sentence ('2,251 patients
    spent longer than four hours'): the two make the whole, so rest = whole - part.

    ok: Of 17,418 patients, 15,203 were seen within four hours. In all, 2,215 patients waited longer than four hours.
    bad: Of 17,418 patients, 15,203 were seen within four hours. In all, 2,251 patients waited longer than four hours.
    none: Of 17,418 patients, 15,203 were seen within four hours. In all, 2,251 patients came by ambulance.
    none: Of the 38 recommendations, seven had been achieved. In all, 18 recommendations had not been achieved at all.
    none: The service employs 1,046 firefighters, 712 of them full-time, and has 57 on-call posts unfilled.
    none: Of 310 households housed, 204 were in council homes. A further 41 households were placed outside the borough.
    none: Some 27 of the council's 186 social worker posts were vacant, and the council paid for 19 agency social workers to fill gaps.
    none: Some 186,000 people live below dams that would flood if one of those reservoirs failed. Owners of 161 of the reservoirs were late.
    none: Of the 1,188 tenancies checked, 431 had an unprotected deposit. By contrast, just 87 of the 1,452 tenancies handled by agents had a problem.
    none: Of 71 officers, 29 were dismissed – 12 of them had resigned before their case was heard. Another 17 were warned, while in 16 cases there was no case to answer.
    none: Of the 1,094 applications decided, 111 were refused. Eastholm had 318 applications.
    none: Some 32 of the 184 sites had no patrol. A year ago 163 sites were staffed; this year the figure is 152.
    none: Of 4,815 homes with permission, nearly 2,000 were not started. The largest site is meant to provide 1,400 homes.
    none: Inspectors made 5,620 checks on licensed scaffolds and found faults at 1,011 of them. They also found 263 unlicensed scaffolds.
    none: In A&E only 97 of 214 requests were met within an hour. Maternity services did best, meeting 93.6 per cent of 188 requests.
    """
    from ._rules_parts import of_pairs

    pairs = {k: of_pairs(a, k) for k in a.in_sentence}
    wholes = {w.id for ps in pairs.values() for _p, w in ps}
    part_ids = {p.id for ps in pairs.values() for p, _w in ps}
    for k in a.in_sentence:
        for c in a.figures(k, {"count"}):
            if not is_count(c) or c.hedge != "exact" or c.id in wholes or c.id in part_ids:
                continue  # 'Of the 240 crimes found unrecorded, ...' is a whole of its own; '87 of the 1,452' a part of its own
            if re.search(r"\b(?:on|than|from|compared with|against|since)\s+(?:the\s+)?$", a.before(c, 20)) or \
                    any(m.kind in ("date", "year") for m in a.in_sentence.get(k, []) if a.clause(m) == a.clause(c)):
                continue  # a base of comparison, or the figure of another period
            if _ANOTHER_TIME.search(a.text[a.sentences[k].start:a.clause(c)[1]]):
                continue  # 'A year ago 163 sites were staffed': a part of another time's whole
            if re.search(r"\b(?:a further|another|an additional|additional|a separate)\s+$", a.before(c, 20), re.I):
                continue  # 'A further 38 households ...' adds a group; it is not the rest of a whole
            if re.search(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?$", a.before(c, 25), re.I):
                continue  # 'meeting 93.6 per cent of 188 requests': the whole of a share of its own
            if re.search(r"\b(?:meant|due|supposed|planned|set|expected|designed)\s+to\s+(?:\w+\s+){0,2}$", a.before(c, 40), re.I):
                continue  # 'is meant to provide 1,400 homes': a plan, no part of a count
            noun = set(content_words(a.after(c, 25))[:2])
            first = next(iter(content_words(a.after(c, 25))[:1]), "")
            years = {m.get("year") or int(m.value) for m in a.in_sentence.get(k, []) if m.kind in ("date", "year")}
            for j in range(k, max(k - 5, -1), -1):  # back a few sentences
                if len({a.sentences[i].paragraph for i in range(j, k + 1)}) > 2:
                    break  # two paragraphs on: 'a net gain of 89 officers' is no rest of the '46 of those who resigned' before them
                other = {m.get("year") or int(m.value) for m in a.in_sentence.get(j, []) if m.kind in ("date", "year")}
                if other - years:
                    continue  # a part of another year's whole ('in December 2016, when 15,112 of 16,790')
                found = None
                for part, whole in pairs.get(j, []):
                    if c.id in (part.id, whole.id) or not (c.value < whole.value) or part.value >= whole.value:
                        continue
                    if not a.opposite(c, part):
                        continue
                    if re.search(r"\b(?:a further|another|an additional)\b", a.text[part.end:c.start], re.I):
                        continue  # '12 of them resigned ... Another 17 were warned ..., while in 16 cases': a list of groups, not the rest
                    if _MIDDLE.search(a.clause_text(c)) or _MIDDLE.search(a.clause_text(part)):
                        continue  # 'achieved' and 'not achieved at all' leave 'partly achieved' between them
                    if any(_PER_PERIOD.match(a.after(x, 20)) for x in (c, part)):
                        continue  # '1,142 buses a week failed to turn up' is a rate, no part of a count
                    if not noun & (a.clause_words(part) | a.clause_words(whole)) or first and first not in a.clause_words(part) | a.clause_words(whole):
                        continue  # the rest must count the same things (not '19 agency social workers' of '186 social worker posts')
                    head = content_words(a.after(whole, 25))[:1]
                    if head and noun and head[0] not in noun:
                        continue  # the rest counts what the whole counts ('5,620 checks on licensed scaffolds', not '263 unlicensed scaffolds')
                    if j != k and _named_apart(a, c, j):
                        continue  # 'Eastholm had 318 applications': a place's figure, not the rest of the whole
                    found = (part, whole)
                    break
                if found:
                    part, whole = found
                    # the other parts listed with it: 'Of the 146 homes, 112 were good and 9
                    # outstanding ... the remaining 25'
                    parts = next((run[run.index(part):] for run in _list_runs(a, j, {"count"}) if part in run), [part])
                    parts = [p for p in parts if p.id not in (whole.id, c.id)]
                    check = conclude(a, "FC207", "rest-of-whole", c, [whole, *parts],
                                     lambda w, *ps: w - sum(ps, Fraction(0)),
                                     f"{whole.text} - {' - '.join(p.text for p in parts)}")
                    if check:
                        yield check
                    break
