"""FC307 ratios between two rates ('4.1 times as likely', a relative risk, '50% more
likely') and FC308 an average change per period over a stated number of periods."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction

from claims._records import Interval, Mention

from ._analysis import Analysis
from ._common import conclude, is_count
from ._granularity import one_digit_apart
from ._records import Check
from ._registry import rule
from ._rules_rates import rounded_interval

__all__: list[str] = []

_RANK = {"verified": 0, "rounded": 1, "unverifiable": 2, "inconsistent": 3}

# --- FC307: X times as likely, relative risk ------------------------------------------

# '4.1 times as likely', '3 times more likely', '2.5 times higher than', '4.1 times the rate', '4.1-fold'
_TIMES = re.compile(r"(?:\s*+-\s*+fold|\s*+x\b|\s++times)\s+(?P<how>as\s+(?:likely|high|great|many|much|common|often|large)|"
                    r"more|higher|greater|larger|less|lower|smaller|fewer|the\s+(?:rate|risk|odds|level|number|proportion|"
                    r"share|average)|that\s+of|those\s+of)\b", re.I)
_FOLD = re.compile(r"\s*-\s*fold\b", re.I)
_RR_BEFORE = re.compile(r"\b(?:relative\s+risk|risk\s+ratio|rate\s+ratio|incidence\s+rate\s+ratio|RR|IRR)\s*(?:of|was|is|=|:)?\s*$", re.I)
_PCT_BARE = re.compile(r"\s*+(?P<dir>higher|lower|greater|less)\b(?!\s+than\s+(?:in|at|on)\s+\d)", re.I)
_RISK_LEAD = re.compile(r"\b(?:risk|odds|likelihood|chance|chances)\s+(?:\w+\s+){0,4}?(?:was|were|is|are|being)\s+"
                        r"(?:about|around|some|nearly|almost|roughly)?\s*$", re.I)
_PCT_MORE = re.compile(r"\s*+(?P<dir>more|less|higher|lower|greater)\s+(?:likely|risk|common|often)\b", re.I)
_PAIR_GAP = re.compile(r"^\s*+(?:per\s+[\d,]+\s*)?(?:[^\W\d][\w'’-]*+\s++){0,4}?(?:,\s*)?(?P<word>v|vs\.?|versus|against|"
                       r"compared\s+(?:with|to)|than|and)\s+(?:(?:[^\W\d][\w'’-]*\s+){0,3}?)$", re.I)
_LEAD_GAP = re.compile(r"^\s*+(?:\(|:|,?\s*+(?:[^\W\d][\w'’-]*+\s++){0,6}?)$")
_BREAK = re.compile(r"[;]|,\s*and\b|\b(?:who|which|while|whereas|but|although)\b", re.I)
_BACK_GAP = re.compile(r"^\s*+(?:per\s+[\d,]+(?:\s+[^\W\d][\w'’-]*+)?\s*+)?(?:\)\s*+)?(?:,\s*or|,\s*making|,\s*so|:|—|–|,\s*which\s+is|"
                       r",\s*a\s+(?:ratio|relative\s+risk)\s+of|,)\s*+(?:about|around|some|nearly|almost|roughly)?\s*$", re.I)


def _value_figure(a: Analysis, m: Mention) -> bool:
    """A figure that can be one side of a ratio: a percentage or a rate, not the base of a
    rate ('per 1,000') nor a year."""
    if m.kind not in ("percent", "decimal", "count", "money", "rate"):
        return False
    if m.kind == "count" and not is_count(m):
        return False
    return not re.search(r"\b(?:per|every)\s+$", a.text[max(0, m.start - 10):m.start], re.I)


def _per(a: Analysis, m: Mention) -> int:
    """The base N of a rate written 'per N' after it (1 when there is none)."""
    got = re.match(r"\s*(?:[^\W\d][\w'’-]*\s+){0,3}?per\s+([\d,]+)", a.text[m.end:m.end + 50], re.I)
    if not got:
        return 1
    try:
        return int(got.group(1).replace(",", ""))
    except ValueError:
        return 1


def _comparable(a: Analysis, x: Mention, y: Mention) -> bool:
    if x.get("range") or y.get("range"):
        return False  # 'aged 16 to 24' is a range, not two figures compared
    return x.kind == y.kind and (x.kind != "money" or x.unit == y.unit) and _per(a, x) == _per(a, y)


def _joined(a: Analysis, x: Mention, y: Mention) -> bool:
    """x and y joined by a word of comparison; 'and' only between shares or rates."""
    got = _PAIR_GAP.match(a.text[x.end:y.get("hedge_start", y.start)])
    if got is None:
        return False
    return got.group("word").lower() != "and" or x.kind in ("percent", "rate")


def _pair(a: Analysis, k: int, t: Mention, stated_end: int) -> tuple[Mention, Mention] | None:
    """The two figures a ratio compares: written after it ('4.1 times as likely (20.5 per
    1,000 against 5.0 per 1,000)') or just before it ('20.5 per 1,000 against 5.0 per 1,000,
    or 4.1 times as high'), joined by a word of comparison."""
    figs = [m for m in a.in_sentence.get(k, []) if m.id != t.id and _value_figure(a, m)]
    after = [m for m in figs if m.start >= stated_end]
    if len(after) >= 2:
        x, y = after[0], after[1]
        lead = a.text[stated_end:x.get("hedge_start", x.start)]
        if len(lead) <= 90 and not _BREAK.search(lead) and _joined(a, x, y) and _comparable(a, x, y):
            return x, y
    before = [m for m in figs if m.end <= t.start]
    if len(before) >= 2:
        x, y = before[-2], before[-1]
        if _joined(a, x, y) and _comparable(a, x, y) and _BACK_GAP.match(a.text[y.end:t.get("hedge_start", t.start)]):
            return x, y
    return None


def _ratio(x: Fraction, y: Fraction) -> Fraction | None:
    lo, hi = min(x, y), max(x, y)
    return None if lo <= 0 else hi / lo


def _ratio_less_one(x: Fraction, y: Fraction) -> Fraction | None:
    r = _ratio(x, y)
    return None if r is None else r - 1


def _odds_ratio(x: Fraction, y: Fraction) -> Fraction | None:
    lo, hi = min(x, y), max(x, y)
    if lo <= 0 or hi >= 100:
        return None
    return (hi / (100 - hi)) / (lo / (100 - lo))


def _odds_more(x: Fraction, y: Fraction) -> Fraction | None:
    r = _odds_ratio(x, y)
    return None if r is None else (r - 1) * 100


def _odds_less(x: Fraction, y: Fraction) -> Fraction | None:
    r = _odds_ratio(x, y)
    return None if r is None else (1 - 1 / r) * 100


def _pct_more(x: Fraction, y: Fraction) -> Fraction | None:
    r = _ratio(x, y)
    return None if r is None else (r - 1) * 100


def _pct_less(x: Fraction, y: Fraction) -> Fraction | None:
    lo, hi = min(x, y), max(x, y)
    return None if hi <= 0 else (1 - lo / hi) * 100


def _miscopied(t: Mention) -> Callable[[Fraction], bool]:
    return lambda point: one_digit_apart(point, t.value, t.precision)


def _points(x: Mention, y: Mention, stated: Mention) -> Callable[[Fraction], bool]:
    return lambda _p: abs(x.value - y.value) == stated.value


@rule("FC307", "a ratio between two rates: X times as likely, a relative risk, X% more likely")
def ratio_of_rates(a: Analysis) -> Iterator[Check]:
    """A ratio stated with the two figures it compares: ratio = larger / smaller ('4.1
    times as likely ... 20.5 per 1,000 against 5.0 per 1,000'; 'a relative risk of 4.1');
    'X% more likely' is (larger / smaller - 1) x 100, 'X% less likely' (1 - smaller /
    larger) x 100. 'X times more likely' and 'X times higher' are read either way (a ratio
    of X, or X more than the whole), and flagged only when neither fits. The two figures
    are written beside the ratio, of one kind and per the same base, joined by a word of
    comparison (v, against, compared with, than).

    ok: Smokers were 4.1 times as likely to be admitted (20.5 per 1,000 against 5.0 per 1,000).
    ok: Over-65s were 2 times more likely to say they did not know (22% v 11%).
    ok: Smokers were 50% more likely to be admitted (30% v 20%).
    ok: The rate was 20.5 per 1,000 against 5.0 per 1,000, a relative risk of 4.1.
    bad: Smokers were 6.1 times as likely to be admitted (20.5 per 1,000 against 5.0 per 1,000).
    bad: Smokers were 50% more likely to be admitted (30% v 25%).
    none: Smokers were 2.3 times as likely to be admitted, and made up 18% of patients (compared with 12% in 2010).
    """
    text = a.text
    if "times" not in text and "fold" not in text and "likely" not in text and "isk" not in text and "atio" not in text:
        return
    for t in a.mentions:
        if t.kind not in ("decimal", "count", "percent", "multiple"):
            continue
        near = text[t.end:t.end + 30]
        if t.kind == "percent":
            lead = text[max(0, t.start - 30):t.start]
            if "likely" not in near and "risk" not in near and "common" not in near and "often" not in near \
                    and "isk" not in lead and "odds" not in lead and "ikelihood" not in lead:
                continue
        elif t.kind == "multiple":
            if not t.text.lower().endswith("times") or "as" not in near and "more" not in near and "high" not in near:
                continue
        elif "times" not in near and "fold" not in near and not near.lstrip().startswith("x"):
            lead = text[max(0, t.start - 30):t.start]
            if "isk" not in lead and "atio" not in lead and "RR" not in lead:
                continue
        if t.kind == "count" and not is_count(t):
            continue
        k = a.sentence_of[t.id]
        if t.kind == "percent":
            more = _PCT_MORE.match(text, t.end, t.end + 30)
            if more is None and _RISK_LEAD.search(text[max(a.sentences[k].start, t.start - 40):t.get("hedge_start", t.start)]):
                more = _PCT_BARE.match(text, t.end, t.end + 12)  # 'the risk was 25% lower'
            if more is None or re.search(r"\bpoints?\s*$", text[t.end:more.start("dir")], re.I):
                continue
            down = more.group("dir").lower() in ("less", "lower")
            f, end = (_pct_less if down else _pct_more), more.end()
            readings = [(_odds_less, "(1 - odds {s}/(100 - {s}) over {l}/(100 - {l})) x 100") if down else
                        (_odds_more, "(odds {l}/(100 - {l}) over {s}/(100 - {s}) - 1) x 100")]
            formula = "(1 - {s} / {l}) x 100" if down else "({l} / {s} - 1) x 100"
            unit = "%"
        else:
            times = _TIMES.match(text, t.end - 6, t.end + 40) if t.kind == "multiple" else _TIMES.match(text, t.end, t.end + 40)
            if times is not None:
                how = times.group("how").lower()
                loose = how in ("more", "higher", "greater", "larger") or bool(_FOLD.match(text, t.end))
                end = times.end()
            elif _RR_BEFORE.search(text[max(a.sentences[k].start, t.start - 30):t.get("hedge_start", t.start)]):
                loose, end = False, t.end
            else:
                continue
            if t.value <= 1 and times is not None and how in ("less", "lower", "smaller", "fewer"):
                continue  # '0.5 times lower' is not a ratio a reader can undo
            f, formula, unit = _ratio, "{l} / {s}", "x"
            readings = [(_ratio_less_one, "({l} - {s}) / {s}")] if loose else []
        pair = _pair(a, k, t, end)
        if pair is None:
            continue
        x, y = pair
        if t.kind == "multiple" and x.kind != "rate":
            continue  # 'three times as likely (48% v 21%)' is FC306's; rates are not figures it compares
        large, small = (x, y) if x.value >= y.value else (y, x)
        if t.kind != "percent" and x.kind == "percent" and small.value > 0 and large.value < 100:
            # press often gives an odds ratio as 'times as likely': read so, it is not a slip of arithmetic
            readings = [*readings, (_odds_ratio, "odds ratio ({l}/(100 - {l})) / ({s}/(100 - {s}))")]
        causes = [(_points(x, y, t), "a difference in points read as a ratio")] if x.kind == "percent" else []
        causes.append((_miscopied(t), "a digit miscopied"))
        best: Check | None = None
        if t.kind == "percent" and x.kind != "percent":
            readings = []  # odds need shares
        others: list[str] = []
        for func, form in [(f, formula), *readings]:
            form = form.format(l=large.text, s=small.text)
            c = conclude(a, "FC307", "ratio", t, [x, y], func, form, unit=unit, target_interval=rounded_interval(t),
                         causes=causes)
            if c is None:
                continue
            if best is not None:
                others.append(f"as {form} = {c.computed}")
            if best is None or _RANK[c.verdict] < _RANK[best.verdict]:
                best = c
        if best is not None:
            if best.verdict == "inconsistent" and others:
                best = replace(best, explanation=best.explanation + "; nor " + " nor ".join(others))
            yield best


# --- FC308: average change per period ----------------------------------------------------

_CHANGE_BEFORE = re.compile(r"\b(?P<dir>grew|grown|growth|rose|risen|rise|increased?|increases|up|jumped|climbed|fell|fallen|"
                            r"fall|dropped|drop|declined?|decrease[ds]?|down|cut|shrank|shrunk)\s+(?:by\s+|of\s+)?"
                            r"(?:(?:almost|nearly|about|around|some|just|roughly)\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"\s++(?P<dir>rise|increase|growth|jump|fall|drop|decline|decrease|cut|reduction)\b", re.I)
_DOWN = re.compile(r"^(?:fell|fallen|fall|dropped|drop|declined?|decrease[ds]?|down|cut|shrank|shrunk|reduction)$", re.I)
_AVERAGE = re.compile(r"(?:\baverag(?:e|ed|ing)\b|\bcompound(?:ed)?\b|\bCAGR\b|\bmean\b)[^.;:%\d]{0,40}$", re.I)
_AVERAGE_AFTER = re.compile(r"^[^.;:\d]{0,30}\bon\s+average\b", re.I)
_PER_PERIOD_AFTER = re.compile(r"\s*(?:a|per|each|every)\s+(?P<p>year|month|quarter|annum)\b|\s*(?P<adv>annually|yearly|monthly)\b", re.I)
_PER_PERIOD_BEFORE = re.compile(r"\b(?P<adj>annual|annualised|annualized|yearly|monthly|year-on-year)\b[^.;:%\d]{0,30}$", re.I)
_SPAN_BEFORE = re.compile(r"\b(?:over|in|across|during|within)\s+(?:the\s+)?(?:(?:past|last|previous|next|following)\s+)?$", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_YEARS_GAP = re.compile(r"^\s*(?:and|to|-|–)\s*$")
_OTHER_CLAUSE = re.compile(r"[;]|\b(?:while|whereas|but|although|compared|than|against|versus|grew|grown|rose|risen|increased|"
                           r"fell|fallen|dropped|declined|decreased|shrank)\b", re.I)
_UNIT_OF = {"year": "year", "annum": "year", "annually": "year", "yearly": "year", "annual": "year", "annualised": "year",
            "annualized": "year", "year-on-year": "year", "month": "month", "monthly": "month", "quarter": "quarter"}


def _period_of_rate(a: Analysis, g: Mention) -> str | None:
    """'5.4% a year', 'average annual growth of 5.4%': the period of an average rate."""
    got = _PER_PERIOD_AFTER.match(a.text, g.end, g.end + 20)
    if got:
        return _UNIT_OF[(got.group("p") or got.group("adv")).lower()]
    before = a.text[max(a.sentence(g).start, g.get("hedge_start", g.start) - 45):g.get("hedge_start", g.start)]
    adj = _PER_PERIOD_BEFORE.search(before)
    return _UNIT_OF[adj.group("adj").lower()] if adj else None


def _periods(a: Analysis, k: int, change: Mention, unit: str, g: Mention) -> tuple[Fraction, str, tuple[str, ...]] | None:
    """The number of periods a total change spans, stated between it and the average:
    'over five years', 'in the past 18 months', 'between 2015 and 2020' (five years)."""
    found: list[tuple[Fraction, str, tuple[str, ...]]] = []
    ms = [m for m in a.in_sentence.get(k, []) if change.end <= m.start and m.end <= g.start]
    for i, m in enumerate(ms):
        if m.kind == "quantity" and m.unit == unit and m.value > 1 and m.hedge in ("exact", "more than"):
            lead = a.text[max(a.sentences[k].start, m.start - 40):m.start]
            if _SPAN_BEFORE.search(lead):  # 'over five years' ('over' is the span, not a bound)
                found.append((m.value, m.text, (m.id,)))
        elif m.kind == "year" and unit == "year" and i + 1 < len(ms) and ms[i + 1].kind == "year":
            y = ms[i + 1]
            if _BETWEEN.search(a.text[max(0, m.start - 10):m.start]) and _YEARS_GAP.match(a.text[m.end:y.start]) \
                    and y.value > m.value and m.value.denominator == 1:
                found.append((y.value - m.value, f"{y.text} - {m.text}", (m.id, y.id)))
    if len(found) != 1:
        return None
    return found[0]


def _compound(n: Fraction) -> Callable[[Fraction], Fraction | None]:
    def f(c: Fraction) -> Fraction | None:
        base = 1 + c / 100
        if base <= 0:
            return None
        return Fraction((float(base) ** (1 / float(n)) - 1) * 100)
    return f


def _compound_fall(n: Fraction) -> Callable[[Fraction], Fraction | None]:
    def f(c: Fraction) -> Fraction | None:
        base = 1 - c / 100
        if base <= 0:
            return None
        return Fraction((1 - float(base) ** (1 / float(n))) * 100)
    return f


def _simple(n: Fraction) -> Callable[[Fraction], Fraction]:
    return lambda c: c / n


def _levels_compound(n: Fraction) -> Callable[[Fraction, Fraction], Fraction | None]:
    def f(old: Fraction, new: Fraction) -> Fraction | None:
        if old <= 0 or new <= 0:
            return None
        return Fraction((float(new / old) ** (1 / float(n)) - 1) * 100)
    return f


def _levels_simple(n: Fraction) -> Callable[[Fraction, Fraction], Fraction | None]:
    return lambda old, new: None if old == 0 else (new / old - 1) * 100 / n


def _holds(tiv: Interval, value: Fraction | None) -> Callable[[Fraction], bool]:
    return lambda _p: value is not None and tiv.contains(value)


@rule("FC308", "an average change per period over a stated number of periods")
def average_growth(a: Analysis) -> Iterator[Check]:
    """A total change over a stated number of periods with the average change per period:
    compounded, g = ((1 + total / 100) ^ (1 / n) - 1) x 100 ('grew by 30% over five years,
    an average of 5.4% a year'); or from the two levels, g = ((new / old) ^ (1 / n) - 1) x
    100 ('from 1,200 in 2015 to 1,800 in 2020, an average annual rise of 8.4%'). The simple
    average (total / n) is accepted too, as some writers use it; a figure that fits
    neither is flagged. The periods are stated in the sentence ('over five years',
    'between 2015 and 2020').

    ok: Visitor numbers grew by 30% over five years, an average of 5.4% a year.
    ok: Visitor numbers grew by 30% over five years, an average of 6% a year.
    ok: Admissions rose from 1,200 in 2015 to 1,800 in 2020, an average annual increase of 8.4%.
    bad: Visitor numbers grew by 30% over five years, an average of 7.5% a year.
    none: Visitor numbers grew by 30% over five years, and 5.4% of visitors came from abroad.
    """
    text = a.text
    if "averag" not in text and "compound" not in text and "CAGR" not in text:
        return
    for g in a.mentions:
        if g.kind != "percent" or g.hedge in ("more than", "less than", "at least", "at most"):
            continue
        lead = text[max(0, g.get("hedge_start", g.start) - 60):g.get("hedge_start", g.start)]
        after = text[g.end:g.end + 40]
        if "averag" not in lead and "ompound" not in lead and "CAGR" not in lead and "mean" not in lead \
                and "on average" not in after:
            continue
        lead = text[max(a.sentence(g).start, g.get("hedge_start", g.start) - 60):g.get("hedge_start", g.start)]
        if not (_AVERAGE.search(lead) or _AVERAGE_AFTER.match(after)):
            continue
        unit = _period_of_rate(a, g)
        if unit is None:
            continue
        k = a.sentence_of[g.id]
        c = _levels_or_total(a, k, g, unit)
        if c is not None:
            yield c


def _levels_or_total(a: Analysis, k: int, g: Mention, unit: str) -> Check | None:
    before = [m for m in a.in_sentence.get(k, []) if m.end <= g.start and m.comparable]
    total: Mention | None = None
    down = False
    for m in reversed(before):
        if m.kind != "percent":
            continue
        lead = a.text[max(a.sentences[k].start, m.get("hedge_start", m.start) - 30):m.get("hedge_start", m.start)]
        cue = _CHANGE_BEFORE.search(lead) or _CHANGE_AFTER.match(a.text, m.end, m.end + 20)
        if cue:
            total, down = m, bool(_DOWN.match(cue.group("dir")))
            break
    tiv = rounded_interval(g)
    if total is not None:
        gap = a.text[total.end:g.get("hedge_start", g.start)]
        if len(gap) > 90 or _OTHER_CLAUSE.search(gap):
            return None  # 'rose by 30% over five years, while wages grew an average of 2% a year'
        span = _periods(a, k, total, unit, g)
        if span is None:
            return _levels(a, k, g, unit, tiv)
        n, n_text, n_ids = span
        if down and g.value < 0:
            g = replace(g, value=-g.value, interval=rounded_interval(replace(g, value=-g.value)))
            tiv = g.interval
        # a fall is worked in its size: 1 - (1 - 18%) ^ (1/6) = 3.25% a year
        compound = _compound_fall(n) if down else _compound(n)
        causes = [(_holds(tiv, (_compound_fall(n + d) if down else _compound(n + d))(total.value)),
                   f"periods miscounted ({n + d} rather than {n})") for d in (1, -1) if n + d > 0]
        causes.append((_holds(tiv, total.value), "the total change given as the change per period"))
        causes.append((_miscopied(g), "a digit miscopied"))
        what = "1 - (1 - {t}) ^ (1/{n})" if down else "(1 + {t}) ^ (1/{n}) - 1"
        checks = [conclude(a, "FC308", "average-growth", g, [total], f, form, unit="%", target_interval=tiv, causes=causes)
                  for f, form in ((compound, what.format(t=total.text, n=_num(n))),
                                  (_simple(n), f"{total.text} / {_num(n)}"))]
        return _best(checks, n_ids)
    return _levels(a, k, g, unit, tiv)


def _levels(a: Analysis, k: int, g: Mention, unit: str, tiv: Interval) -> Check | None:
    """'from 1,200 in 2015 to 1,800 in 2020, an average annual rise of 8.4%': the two levels
    with their years."""
    if unit != "year":
        return None
    ms = [m for m in a.in_sentence.get(k, []) if m.end <= g.start]
    figs = [m for m in ms if m.kind in ("count", "money", "decimal", "percent", "rate") and (m.kind != "count" or is_count(m))]
    years = [m for m in ms if m.kind == "year"]
    if len(years) != 2:
        return None
    y1, y2 = years
    pairs = [(x, y) for x, y in zip(figs, figs[1:], strict=False)
             if x.kind == y.kind and x.unit == y.unit and x.end <= y1.start < y.start <= y2.start
             and re.search(r"\bfrom\s+(?:the\s+)?$", a.text[max(0, x.get("hedge_start", x.start) - 12):x.get("hedge_start", x.start)])
             and re.search(r"\bto\s+(?:the\s+)?$", a.text[y1.end:y.get("hedge_start", y.start)])]
    if len(pairs) != 1 or y2.value <= y1.value:
        return None
    old, new = pairs[0]
    n = y2.value - y1.value
    checks = [conclude(a, "FC308", "average-growth", g, [old, new], f, form, unit="%", target_interval=tiv)
              for f, form in ((_levels_compound(n), f"({new.text} / {old.text}) ^ (1/{_num(n)}) - 1"),
                              (_levels_simple(n), f"({new.text} / {old.text} - 1) / {_num(n)}"))]
    return _best(checks, (y1.id, y2.id))


def _num(n: Fraction) -> str:
    return str(n.numerator) if n.denominator == 1 else f"{float(n):g}"


def _best(checks: list[Check | None], extra_ids: tuple[str, ...]) -> Check | None:
    """The reading that fits best (compounded first), with the period figures among its mentions."""
    got = [c for c in checks if c is not None]
    if not got:
        return None
    i = min(range(len(got)), key=lambda j: _RANK[got[j].verdict])
    best = got[i]
    rel = best.relation
    best = replace(best, relation=replace(rel, mentions=rel.mentions + tuple(x for x in extra_ids if x not in rel.mentions)))
    if best.verdict == "inconsistent" and len(got) > 1:
        best = replace(best, explanation=best.explanation + f"; as a simple average {got[1 - i].computed}")
    return best
