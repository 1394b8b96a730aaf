"""Shared steps of the rules: turning a recomputation into a Check with its working."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction

from claims._records import Interval, Mention

from ._analysis import Analysis
from ._records import Check, Relation
from ._verdict import judge, num, spread, transposed, truncates

__all__ = ["COUNTS", "SHARES", "apart", "conclude", "is_change", "is_count", "is_target", "same_unit", "wider_scope"]

SHARES = frozenset({"percent", "ratio", "fraction"})
COUNTS = frozenset({"count", "money", "quantity"})

_PRONOUN_ONE = re.compile(r"^(?:one|a)$", re.I)


def is_count(m: Mention) -> bool:
    """A figure that counts things: not a bare pronoun 'one', not a label."""
    if m.kind != "count":
        return False
    return not _PRONOUN_ONE.match(m.text)


# 'should have been recorded, only 12 were' is a finding about the past, not a target; and
# 'completed within their target time, compared with 80.1%' is no target of 80.1%
_TARGET_BEFORE = re.compile(r"\b(?:should|must|ought to)(?!\s+have)\b(?:\W+\w+){0,3}\W*$|"
                            # 'The service agreement requires 85 per cent of journeys to run on time'
                            r"\b(?:requires|required|requirement\s+(?:of|is|was))\s*(?:at\s+least\s+)?$|"
                            # 'The county's target is to inspect a reported stile within 20 working days',
                            # 'where officers are expected to arrive within 15 minutes'
                            r"\b(?:(?:targets?|aims?|goals?|standards?|pledges?)\s+(?:is|was|are|were)\s+to|(?:expected|required)\s+to)"
                            r"\s+[^.;:,]*?\b(?:within|in under|inside)\s+$|"
                            # 'The target for 2026/27 is again 20,000 trees'
                            r"\b(?:targets?|goals?|ambition)\s+for\s+(?:\S+\s+){1,3}?(?:is|was|are|were)(?:\s+(?:again|still|now))?\s*$|"
                            # 'standards set an acceptable uptake level of 52 per cent and an achievable level of 60'
                            r"\b(?:acceptable|achievable|required|recommended)[\"'”’]?\s+(?:[a-z]+\s+)?(?:level|standard|threshold)\s+(?:of|is|was|at|set at)\s*$|"
                            r"\b(?:targets?|standards?|guidance|aims?|goals?|threshold|limit|ambition|pledged?|promised?|expected to|expectations?(?:\s+that)?|expects?(?:\s+that)?|wants?|hop(?:e|es|ed|ing) for|aim(?:ed|ing) (?:for|at)|plans? for)"
                            # ('where the target score is 98 per cent', 'the standard rate is 95 per cent')
                            r"(?:\s+(?:score|rate|level|figure|share|value))?"
                            r"(?:\s+(?:of|is|was|at|for|(?:is|was|are|were) for|set at|stands at|stood at|remains|to reach|to hit|to get to|to cut \w+ to|"
                            r"expects|requires|calls for|demands|sets|asks for))?\s*:?\s*(?:just\s+)?$")
# 'the 78 per cent target', and a threshold in a definition: 'if they miss 50 percent or more';
# not a finding measured against one ('17.5 per cent, fell below target', '82 per cent of the target'),
# nor an item of a list before another ('12 and trading standards four')
_TARGET_AFTER = re.compile(r"^\W{0,3}(?:(?!(?:below|above|under|over|met|meet|missed|miss|beat|exceeded|short|of|against|and|or)\b)\w+\W+){0,2}(?:targets?|standards?|goals?|threshold|ambition|line below|benchmark|policy|requirement)\b|"
                           # 'short of the 99.5 per cent the programme is aiming for'
                           r"^\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}(?:is|are|was|were)\s+(?:aiming|striving|working)\s+(?:for|at|towards)\b|"
                           r"^\s*(?:or|and)\s+(?:more|less|over|above|under|below|higher|lower|fewer)\b(?!\s+than)")


def is_target(a: Analysis, m: Mention) -> bool:
    """A figure that is a target or standard ('the 78 per cent target', 'a standard of 95
    per cent', 'should stay below 85%'), not a finding: never a restatement of one."""
    if _TARGET_BEFORE.search(a.before(m, 50)) or _TARGET_AFTER.match(a.after(m, 30)):
        # 'the standard £62 test fee' is the usual price, paid: no standard to meet
        # ('using the standard figure of £395 per bed day' is a unit cost, a price too)
        return not (m.kind == "money" and (re.search(r"\bstandard\s*$", a.before(m, 20), re.I) and _PRICE_AFTER.match(a.after(m, 30))
                                           or re.search(r"\bstandard\s+(?:figure|rate|cost|price|value)\s+of\s*$", a.before(m, 30), re.I)
                                           and re.match(r"\s*(?:per|a|an|each|for each)\s+\w", a.after(m, 20))))
    # a bound in a condition that sets a duty: 'operators whose rate fell below 80 percent
    # should submit plans', 'any school where attendance is under 90% must ...'
    return m.hedge in ("less than", "more than", "at least", "at most") and bool(
        _CONDITION.search(a.before(m, 80)) and _DUTY.search(a.after(m, 80)))


#: what an amount of money is the price of ('£62 test fee', '£4.20 adult fare')
_PRICE_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:fees?|charges?|prices?|fares?|rates?|costs?|tariffs?|payments?|penalty|penalties|fines?)\b", re.I)


#: an aim the clause sets out: 'wants to cut the list by March and to decide a quarter of
#: cases within 21 days' (a plan, whose figures a report may give as its own: 'plans to spend
#: £186.3m' quotes the budget, so it is no target in general, only never a restatement)
AIM = re.compile(r"\b(?:wants?|aims?|plans?|hopes?|intends?|pledged|promised|promises|seeks?|is committed|are committed|"
                  r"has committed|have committed) to\b[^.;:!?]*$", re.I)
_CONDITION = re.compile(r"\b(?:whose|if|where|unless|any|those with|with an?)\b[^.;:,]*$", re.I)
_DUTY = re.compile(r"^[^.;]*?\b(?:should|must|will be (?:asked|required|expected)|are (?:asked|required|expected)|"
                   r"is (?:asked|required|expected))\b", re.I)


#: words that make a figure a change ('an improvement of 14.7 per cent', 'rose by 4.2
#: points', '4.5 percent higher'), read right next to the figure: 'better than the 67.2
#: percent achieved' makes 67.2 no change
_CHANGE_BEFORE = re.compile(r"\b(?:improvement|improved|increased?|increases|rise|rises|rose|risen|fall|falls|fell|fallen|drop|dropped|"
                            r"deterioration|deteriorated|worsening|worsened|decreased?|decreases|narrowed|widened|"
                            r"declined?|grew|growth|reduction|reduced|cut|rising|falling|dropping|growing|increasing|decreasing|declining|"
                            r"climbing|jumping|soar(?:ed|ing)|surg(?:ed|ing)|plung(?:ed|ing)|slump(?:ed|ing)|(?<!made )(?<!make )(?<!makes )(?<!making )(?<!took )(?<!take )(?<!takes )"
                            # 'clocked up 1,466 hours', 'racked up', 'notched up', 'signed up': a sum reached, not a rise
                            # ('picked up 141 cancers', 'set up', 'took up', 'followed up': done, not risen)
                            r"(?<!clocked )(?<!racked )(?<!notched )(?<!totted )(?<!signed )(?<!piled )(?<!ran )(?<!free )(?<!freed )(?<!freeing )(?<!frees )"
                            r"(?<!picked )(?<!picks )(?<!pick )(?<!picking )(?<!set )(?<!sets )(?<!setting )(?<!took )(?<!followed )(?<!follow )(?<!taken )(?<!takes )(?<!taking )up|"
                            r"(?<!broken )(?<!broke )(?<!break )(?<!turned )down|gain|jump(?:ed)?|climb(?:ed)?|swing)\s+"
                            r"(?:of\s+|by\s+)?(?:(?:some|about|around|nearly|almost|more than|over|just|a further|the same)\s+)?$")
#: a change named, then given in apposition ('with the largest increase, 17.3%, in Lowmoor East')
#: ('the sharpest fall, of 0.9 percentage points'); a bare one only of a share ('which saw the
#: smallest rise, 1,166' is the level)
_CHANGE_NAMED = re.compile(r"\b(?:increase|rise|fall|drop|decrease|reduction|growth|improvement|decline),\s+(?:of|at)\s+"
                           r"(?:(?:some|about|around|nearly|almost|more than|over|just)\s+)?$")
_CHANGE_NAMED_SHARE = re.compile(r"\b(?:largest|biggest|sharpest|steepest|smallest|greatest|fastest|steadiest)\s+(?:increase|rise|fall|"
                                 r"drop|decrease|reduction|growth|improvement|decline),\s+$")
_CHANGE_AFTER = re.compile(r"^\s*(?:higher|lower|more|less|fewer|better|worse|up|down|above|below|increase|rise|fall|drop|extra|additional|discount|"
                           r"improvement|reduction|on the (?:previous|last|year))\b"
                           # ('142 improvement notices', 'three reduction plans': a kind of thing, named by a change)
                           r"(?!\s+(?:notice|plan|order|grant|scheme|programme|project|work|team|board|target|zone|fund)s?\b)")


#: a relative change said by a verb and its object before 'by' ('cutting confirmed poisonings by
#: 20 per cent', 'to reduce delayed discharges by a quarter'; 'to increase capacity by ten bed
#: spaces' may be said 'to add ten places')
_CHANGED_BY = re.compile(r"\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
                         r"lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|halv(?:e|es|ed|ing)|"
                         # ('The adult list has grown even faster, by 23 per cent')
                         r"gr(?:ow|ows|ew|own)|ris(?:e|es|en)|rose|f(?:all|alls|ell|allen)|dropped|climbed|jumped)"
                         r"\s+(?:[a-z'’-]+,?\s+){1,7}?(?<!driven )(?<!caused )(?<!led )(?<!explained )(?<!offset )(?<!matched )by\s+"
                         r"(?:(?:some|about|around|nearly|almost|more than|over|just|a further|at least)\s+)?$", re.I)


def is_change(a: Analysis, m: Mention) -> bool:
    """Whether a figure is a change ('an improvement of 14.7 per cent', '5 per cent lower')
    rather than a level."""
    hs = m.get("hedge_start")
    if hs is not None and _CROSSING.match(a.text, hs):
        return False  # 'fell below 80 percent', 'rose above 90': a level crossed, not a change
    before = a.before(m, 40)
    return bool(_CHANGE_BEFORE.search(before) or _CHANGE_NAMED.search(before) or _CHANGE_AFTER.match(a.after(m, 30))
                or _SAVING_OF_LEVELS.search(a.before(m, 90)) or _EXTRA_OF_LEVELS.search(a.before(m, 90))
                or m.kind in ("percent", "points") and _CHANGE_NAMED_SHARE.search(before)
                or m.kind in ("percent", "fraction") and _CHANGED_BY.search(a.before(m, 80)))


#: a saving said after the two levels it is the difference of ('now spend six hours a week,
#: down from 31 hours - a saving of 25 hours'); alone, 'savings of £6,100' is an amount, a level
_SAVING_OF_LEVELS = re.compile(r"\b(?:down|fallen|fell|cut|reduced)\s+from\b[^.;]*\bsavings?\s+of\s+"
                               r"(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$", re.I)
#: an extra said after the two levels it is the difference of ('lost 96,480 hours, up from
#: 71,150, an extra 25,330 hours'); alone, 'an extra 120 officers' is an amount, a level
_EXTRA_OF_LEVELS = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s[^.;]*?[,–—-]\s*(?:an?\s+)?(?:extra|additional|further)\s+"
                              r"(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$", re.I)
_CROSSING = re.compile(r"(?:below|above|under|beneath|short of)\b", re.I)


def within(p: Fraction, v: Fraction, by: int) -> bool:
    """Whether two amounts are within a factor of ``by`` of each other, both above nought:
    two levels of one measure (10), or a figure and its miswriting (3)."""
    p, v = abs(p), abs(v)
    return p > 0 and v > 0 and p / by <= v <= p * by


def same_unit(a: Mention, b: Mention) -> bool:
    if a.kind != b.kind:
        return {a.kind, b.kind} <= {"count", "decimal"}
    return a.unit == b.unit


_SYMBOL = {"GBP": "£", "USD": "$", "EUR": "€"}
_SCALE = {10**3: "k", 10**6: "m", 10**9: "bn", 10**12: "tn"}


def _show(x: Fraction, like: Mention, unit: str, places: int) -> str:
    """A recomputed figure written the way the stated one is: £37.6m, not 37600000."""
    if like.kind == "money":
        scale = like.scale if like.scale in _SCALE else 1
        shown = num(x / scale, places)
        if scale == 1 and re.search(r"\.\d$", shown):
            shown += "0"  # pounds and pence: £0.30, not £0.3
        return f"{_SYMBOL.get(like.unit, '')}{shown}{_SCALE.get(scale, '')}"
    if like.kind == "count" and like.scale in _SCALE:
        return f"{num(x / like.scale, places)}{_SCALE[like.scale]}"
    if unit == "x":
        return f"{num(x, places)} times"
    return f"{num(x, places)}{unit}"


def _hedged(a: Analysis, m: Mention) -> str:
    start = m.get("hedge_start")
    return " ".join(a.text[start if start is not None else m.start:m.end].split())


def _range(iv: Interval, like: Mention, unit: str, places: int) -> str:
    if iv.low is not None and iv.high is not None:
        return f"{_show(iv.low, like, unit, places)} to {_show(iv.high, like, unit, places)}"
    if iv.low is not None:
        return f"{'over' if iv.low_open else 'at least'} {_show(iv.low, like, unit, places)}"
    if iv.high is not None:
        return f"{'under' if iv.high_open else 'at most'} {_show(iv.high, like, unit, places)}"
    return "any value"


def first_that_holds(candidates: Iterable[Check | None]) -> Check | None:
    """Of several readings of one relation (one- or two-sided, Pearson or Yates, pooled or
    not), the first that holds; else the first there was. Candidates are made lazily, so
    the readings after one that holds are never computed."""
    first: Check | None = None
    for c in candidates:
        if c is None:
            continue
        if c.verdict != "inconsistent":
            return c
        if first is None:
            first = c
    return first


def apart(x: Mention, y: Mention) -> Callable[[Fraction, Fraction], Fraction]:
    """How far apart two figures are, the larger taken first as stated: x - y or y - x,
    not |x - y|, which is not monotone, so that the corners of the inputs' intervals
    bound it ('almost £3.5m, up from £3.3m, an increase of £165,000': almost £3.5m may
    be £3.465m)."""
    if x.value >= y.value:
        return lambda u, v: u - v
    return lambda u, v: v - u


def conclude(
    a: Analysis, code: str, kind: str, target: Mention, inputs: Sequence[Mention],
    f: Callable[..., Fraction | None], formula: str, *, unit: str = "",
    target_value: Fraction | None = None, target_interval: Interval | None = None,
    causes: Sequence[tuple[Callable[[Fraction], bool], str]] = (), places: int = 2,
) -> Check | None:
    """Recompute target = f(inputs) and explain the verdict in one line."""
    try:
        point = f(*[m.value for m in inputs])
    except ZeroDivisionError:
        return None
    if point is None:
        return None
    tv = target.value if target_value is None else target_value
    tiv = target.interval if target_interval is None else target_interval
    if target.hedge == "about" and target.kind == "percent" and tiv.low is not None \
            and tiv.high is not None and tv > 0 and (tv / 5).denominator == 1:
        # 'about 50 per cent' of a working that gives 50.8: a round share after 'about' allows a
        # point either way (in matching, it keeps its rounding, so that it singles out a line)
        tiv = Interval(min(tiv.low, tv - 1), max(tiv.high, tv + 1))
    sp = spread(f, inputs)
    verdict = judge(target, tiv, tv, point, sp)
    shown = _show(point, target, unit, places)
    lhs = formula if formula.startswith("restates") else f"{formula} = {shown}"
    stated = target.text
    words = _hedged(a, target)  # the figure with its hedge, as the reader saw it
    if verdict == "verified":
        how = "as stated" if point == tv else f"so '{words}' holds"
        explanation = f"{lhs}, {how}"
    elif verdict == "rounded":
        explanation = f"{lhs}; stated {words} is this rounded" if target.hedge == "exact" else f"{lhs}; '{words}' fits"
    else:
        gap = raw = point - tv
        if sp is not None and sp.low is not None and sp.high is not None and not sp.contains(tv):
            gap = (sp.low if tv < sp.low else sp.high) - tv  # even allowing for the inputs' rounding
        if target.hedge != "exact" and tiv.low is not None and point < tiv.low:
            gap = point - tiv.low
        elif target.hedge != "exact" and tiv.high is not None and point > tiv.high:
            gap = point - tiv.high
        side = "high" if gap < 0 else "low"

        def amount(x: Fraction) -> str:
            return f"{num(abs(x), places)} points" if unit == "%" else _show(abs(x), target, unit, places)

        size = f"{amount(raw)} {side}"
        if num(abs(raw), places) != num(abs(gap), places):
            size += f" ({amount(gap)} even allowing for rounding)"
        said = " ".join(stated.split())
        if target.hedge != "exact" or target.kind in ("ratio", "fraction", "multiple"):
            explanation = f"{lhs}; '{words}' allows {_range(tiv, target, unit, places)}"
        else:
            explanation = f"{lhs}; stated {said} is {size}"
    cause = ""
    if verdict == "inconsistent":
        if truncates(point, tv, target.precision):
            cause = "truncated instead of rounded"
        elif transposed(point, tv, target.precision):
            cause = "digits transposed"
        else:
            for test, name in causes:
                if test(point):
                    cause = name
                    break
        if cause:
            explanation += f" (likely {cause})"
    ids = (target.id,) + tuple(m.id for m in inputs if m.id != target.id)
    own = [m for m in [target, *inputs] if m.id in a.by_id]  # a source report's figures have words of their own
    measure = sorted(set.intersection(*(set(a.measure(m)) for m in own))) if len(own) > 1 else []
    return Check(
        rule=code, relation=Relation(kind, ids, target.id, tuple(measure)), verdict=verdict,
        stated=" ".join(stated.split()), computed=shown, explanation=explanation, cause=cause,
    )


#: a wider population than the report's own ('nationally, 26 per cent'); 'the national
#: rules' is not one
_WIDER = re.compile(r"\b(?:nationally|nationwide|across (?:england|wales|scotland|the uk|the country|(?:great )?britain)|in england and wales|"
                    # 'around five people are killed on Britain's roads every day'
                    r"(?:on|across|in) (?:(?:great )?britain|the uk|england|the country)['’]s\s+(?:roads|hospitals|prisons|schools|councils|forces)|"
                    # ('across the region' is no wider area: a partnership or service of a region
                    # says it of its own, 'police recorded 211 metal theft offences across the region')
                    r"regionally|(?:the )?(?:england|uk|national|regional) average|(?:all|other) forces|"
                    # 'put the average for England at 23.4 spills per overflow'
                    r"average\s+(?:for|across|in)\s+(?:england|wales|scotland|the uk|the country|(?:great )?britain|the region)|"
                    # 'Across English district councils, turnover averaged around 13 per cent'
                    r"(?:(?:across|among|for|in)\s+(?:all\s+)?(?:english|welsh|british|other|similar|comparable)|(?<!\w\s)(?:english|welsh|scottish|british))\s+"
                    r"(?:(?:district|county|unitary|metropolitan|london)\s+)?(?:councils|authorities|forces|trusts|boroughs))\b", re.I)
#: a comparison with a wider average the sentence does not give
_BEYOND = re.compile(r"\b(?:above|below|than|over|under|exceeding|exceeds|in line with|matching|matches)\s+(?:the\s+)?$", re.I)


def wider_scope(a: Analysis, m: Mention) -> bool:
    """Whether m's sentence speaks of a wider area than the text's own ('nationally', 'the
    England average'), not of one compared with a wider average it does not give ('13.8%,
    above the regional average'; 'above the national standard of 95 per cent' is a target)."""
    k = a.sentence_of[m.id]
    key = f"scope:{k}"
    got = a.memo.get(key)
    if got is None:
        said = a.sentence_text(k)
        got = a.memo[key] = any(not _BEYOND.search(said, 0, w.start()) for w in _WIDER.finditer(said))
    if got:
        return True
    # (a wider average compared with, and given: the figure of 'well above the England
    # average of 148.0' is that average's, not the others of its sentence)
    said = a.sentence_text(k)
    at = m.start - a.sentences[k].start
    return any(re.match(r"\s+(?:of|was|is|at)\s+(?:just\s+|about\s+)?$", said[w.end():at]) for w in _WIDER.finditer(said) if w.end() <= at)
