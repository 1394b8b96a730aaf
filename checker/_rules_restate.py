"""FC5xx restatements: the same quantity stated twice in one document."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from claims._context import content_words
from claims._records import Interval, Mention

from ._analysis import Analysis
from ._common import AIM, conclude, is_count, is_target, same_unit, wider_scope
from ._records import Check
from ._registry import rule
from ._rules_parts import of_pairs
from ._verdict import num

HUNDRED = Fraction(100)
_PAST_BASE = re.compile(r"\b(?:from|compared with|compared to|than|against|since)\s+(?:the\s+|a\s+)?$")
_NORMATIVE = re.compile(r"\b(?:should|must|ought|target|standard|guidance|aim|goal|threshold|limit|expected to)\b")
#: what stands between a figure and its restatement in one sentence: ', or about', '('
_RESTATES = re.compile(r"^\W*(?:or|i\.e\.|that is)?\W*(?:about|around|roughly|some|nearly|almost|more than|over|under|"
                       r"less than|just over|just under)?\W*$", re.I)
#: how much two figures' words must agree for one to be called a wrong restatement of the
#: other; agreeing less, they may well be two measures, and a false alarm is the worst failure
ALARM_WORDS = 2.0
_PERIOD = re.compile(r"\b(?:a|an|every|each|per)\s+(day|week|month|hour)\b|\b(daily|weekly|monthly)\b")


def _body_start(a: Analysis) -> int:
    """Index of the first body sentence: one that ends with a full stop (headlines, standfirsts
    and datelines do not) and is more than a few words long."""
    for s in a.sentences:
        t = a.text[s.start:s.end].strip()
        if t.endswith((".", "”", '"', "!", "?")) and len(t.split()) >= 6:
            return s.index
    return 0


def _family(m: Mention) -> str:
    if m.kind in ("percent", "ratio", "fraction"):
        return "share"
    if m.kind == "count" and is_count(m):
        return "count"
    if m.kind == "money":
        return "money:" + m.unit
    return ""


def _centre(a: Analysis, m: Mention) -> Fraction:
    """Where a hedged figure points: a little under for 'nearly nine in ten' (about 87%), a
    little over for 'just over', else the figure itself."""
    value = m.share if _family(m) == "share" else m.value
    if value is None:
        value = m.value
    if m.hedge in ("nearly", "just under"):
        return value * Fraction(97, 100)
    if m.hedge == "just over":
        return value * Fraction(103, 100)
    return value


def _period(a: Analysis, m: Mention) -> str:
    """'a day', 'every week', 'monthly' after a figure: the period it is counted over."""
    key = "period:" + m.id
    got = a.memo.get(key)
    if got is None:
        found = _PERIOD.search(a.after(m, 40))
        word = (found.group(1) or found.group(2)) if found else ""
        got = a.memo[key] = {"daily": "day", "weekly": "week", "monthly": "month"}.get(word, word)
    return str(got)


def _window(rows: list[tuple[float, Mention]], values: list[float], centre: float, reach: float,
            most: int = 120) -> list[tuple[float, Mention]]:
    """The candidates whose value lies within reach of centre, at most the nearest few
    hundred: a document that repeats one figure a thousand times must not cost a million."""
    lo, hi = bisect_left(values, centre - reach), bisect_right(values, centre + reach)
    if hi - lo > most:
        mid = bisect_left(values, centre, lo, hi)
        lo, hi = max(lo, mid - most // 2), min(hi, mid + most // 2)
    return rows[lo:hi]


def _said(a: Analysis, m: Mention) -> str:
    """The figure as written with its hedge, and for a bound the values taken for it."""
    start = m.get("hedge_start")
    words = " ".join(a.text[start if start is not None else m.start:m.end].split())
    iv = m.interval
    if m.hedge != "exact" and iv.low is not None and iv.high is not None:
        return f"'{words}' ({num(iv.low)} to {num(iv.high)})"
    return f"'{words}'"


def _realistic(x: Mention) -> Mention:
    """'Over 11,200' restated elsewhere means a little over: at most 15% more (and 'under'
    at most 15% less), so that a headline 13,200 is not taken as consistent with it."""
    iv = x.interval
    if iv.high is None and iv.low is not None and x.hedge in ("more than", "at least"):
        return replace(x, interval=Interval(iv.low, x.value * Fraction(23, 20), iv.low_open))
    if x.hedge in ("less than", "at most") and iv.high is not None:
        return replace(x, interval=Interval(x.value * Fraction(17, 20), iv.high, high_open=iv.high_open))
    return x


_GROUP = re.compile(r"^\s*of\s+(?:the\s+|all\s+)?([a-z]+(?:[- ][a-z]+)?\s+(?:students|pupils|patients|people|men|women|children|"
                    r"adults|residents|households|staff|workers|victims|prisoners|graduates|families|drivers|passengers|users)\b)", re.I)


def _group(a: Analysis, x: Mention) -> frozenset[str]:
    """The population a share names after it with a qualifier ('of white students', 'of
    other pupils'): the stems of the qualifier and the noun."""
    found = _GROUP.match(a.after(x, 40))
    return frozenset(content_words(found.group(1))) if found else frozenset()


#: words that put a figure in another time than the document's own
_ANOTHER_TIME = re.compile(r"\b(?:ago|next (?:year|month|week|spring|summer|autumn|winter)|in previous years|used to)\b", re.I)


#: a figure said of the future ('forecast to peak at 40,240', 'would rise to 412')
_FORECAST = re.compile(r"\b(?:forecast|projected|predicted|expected|due)\s+to\b|"
                       r"\b(?:will|would)\s+(?:\w+\s+)?(?:rise|fall|reach|peak|grow|increase|decrease|drop|climb|total|cost|need)\b", re.I)


#: the whole a share names after it ('of hire income', 'per cent of transactions')
_OF_WHOLE_NAMED = re.compile(r"\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?((?:[a-z'’-]+\s*){1,3})", re.I)



def _whole_named(a: Analysis, m: Mention) -> Mention | None:
    """The figure a share names as its whole right after it ('more than half of the 1,860
    spaces'), if any."""
    nxt = next((o for o in a.figures(a.sentence_of[m.id]) if o.start >= m.end), None)
    if nxt is not None and re.fullmatch(r"\s*of\s+(?:the|its|their|all)\s+", a.text[m.end:nxt.get("hedge_start") or nxt.start]):
        return nxt
    return None

@rule("FC501", "the same quantity restated")
def restatement(a: Analysis) -> Iterator[Check]:
    """A hedged or headline figure that restates a more precise figure of the same
    measure elsewhere in the document ('about 87 per cent' and 87.2%; 'more than 11,000'
    and 'over 11,200'; a headline 'one in six' and an 83.6% recording rate, whose
    complement it is). The two must share the words of their measure, be stated per the
    same period, and lie close (within 25% for amounts, 30% for shares; the nearest is taken); the verdict
    compares the restated figure's interval with the other's value.

    ok: Police failed to record more than 11,000 crimes. HMIC estimates the police failed to record over 11,200 crimes each year.
    bad: Police failed to record nearly 10,000 crimes. HMIC estimates the police failed to record 11,200 crimes each year.
    none: The audit found 94 per cent of crimes correctly recorded. The inspectors found the force recording 83.6 per cent of crimes.
    none: Among graduates, 81.2% of white students got a first or 2:1. Nearly three quarters of graduates were in skilled jobs.
    none: That is the equivalent of 12 people a day being killed or hurt. In all there were 3,591 casualties, nearly 10 every day.
    none: The landlord received 3,905 first-stage complaints and 611 second-stage ones, more than 4,500 in all.
    none: The trust spent £4.86m on agency staff. Unless it acts, agency spending will rise above £5.5m next year.
    none: Only 18.4 per cent of cases were decided within 21 days. The council wants to cut the list by March and to decide a quarter of cases within 21 days.
    none: Secondary numbers climbed to nearly 38,000. They are forecast to peak at 40,240 in 2028.
    none: Across the trust 62.7 per cent were seen within four hours, short of the 78 per cent national standard. Nationally, about 74 per cent are seen within four hours.
    none: In the three units 96.2 per cent were seen within four hours, above the national standard of 95 per cent. Nationally, around 97 per cent are seen within four hours.
    none: Some 812 bids for grants could not be met, or one in 20 bids. The fund also aims to cut the share of bids it turns down to below 5 per cent.
    none: The trust now has 186 beds, down from 198 a year ago. "Two years ago this trust had more than 210 beds," she said.
    none: Allocations alone make up more than a quarter of the total. Of the homes completed, 148 were affordable - 24 per cent of the total.
    """
    body = _body_start(a)
    figs = [m for m in a.mentions if _family(m) and not a.cell_of.get(m.id) and not m.ranged]
    cells = [m for m in a.mentions if _family(m) == "share" and a.cell_of.get(m.id)]
    # candidates, indexed by family and sorted by value, so each restated figure looks only
    # at the few whose value lies within its window (linear, not quadratic, in long reports)
    index: dict[str, list[tuple[float, Mention]]] = {}
    for x in figs + cells:
        if x.kind in ("ratio", "fraction") or a.sentence_of[x.id] < body:
            continue
        v = x.share if _family(x) == "share" else x.value
        if v is not None:
            index.setdefault(_family(x), []).append((float(v), x))
    for rows in index.values():
        rows.sort(key=lambda r: r[0])
    keys = {fam: [r[0] for r in rows] for fam, rows in index.items()}
    for h in figs:
        head = a.sentence_of[h.id] < body
        if h.hedge == "exact" and not head and h.kind != "ratio" and h.kind != "fraction":
            continue
        if h.hedge in ("at most", "less than", "at least", "more than") and h.kind == "percent":
            continue  # 'below 85%', 'over 90%': thresholds and targets more often than restatements
        if h.hedge in ("at most", "less than") and h.kind not in ("ratio", "fraction"):
            continue
        if _NORMATIVE.search(a.before(h, 40)) or is_target(a, h) or AIM.search(a.before(h, 120)):
            continue  # 'should stay below 85%', 'the standard of 95%': a target, not a finding
        fam = _family(h)
        k = a.sentence_of[h.id]
        if h.kind in ("ratio", "fraction") and (any(o.kind == "percent" for o in a.figures(k)) or of_pairs(a, k)):
            continue  # a percentage or a part and whole in its own sentence: FC103 or FC101 checks it
        best: Mention | None = None
        best_score, best_shared, best_lacking = -1e9, 0.0, 0.0
        centre = _centre(a, h)
        c0 = float(centre)
        hv0 = float((h.share if fam == "share" else h.value) or 0)
        rows, values = index.get(fam, []), keys.get(fam, [])
        # an 'about' figure is its own rounding; other hedges and loose words reach further
        lim = 0.3 if fam == "share" and h.hedge != "about" or h.kind in ("ratio", "fraction") else 0.25
        if h.hedge == "about" and h.kind not in ("ratio", "fraction"):
            lim = 0.08
        reach = abs(hv0) * lim + 1e-9
        near = _window(rows, values, hv0, reach)
        if fam == "share":  # and the complements, for a share restated as its opposite
            near = near + _window(rows, values, 100 - hv0, reach)
        if len(near) > 30:
            # the nearest values first: in a long report only the closest few can be meant
            near = heapq.nsmallest(30, near, key=lambda r: min(abs(r[0] - c0), abs(100 - r[0] - c0) if fam == "share" else 1e18))
        period = _period(a, h)
        when = _ANOTHER_TIME.search(a.sentence_text(k))
        if period and any(is_count(o) and o.end <= h.start and not _PERIOD.search(a.between(o, h)) for o in a.figures(k)):
            continue  # '3,591 casualties ..., nearly 10 every day': the rate of the total beside it
        for xv0, x in near:
            if x.id == h.id:
                continue
            direct_far = abs(hv0 - xv0) > lim * max(abs(hv0), abs(xv0))
            if direct_far and (fam != "share" or abs(hv0 - (100 - xv0)) > lim * max(abs(hv0), abs(100 - xv0))):
                continue  # neither the figure nor its complement is near enough (cheap test first)
            if fam != "share" and not same_unit(h, x):
                continue
            if x.kind in ("ratio", "fraction") or a.sentence_of[x.id] < body or is_target(a, x) or AIM.search(a.before(x, 120)):
                continue  # (a target is no finding a figure restates: 'the 78 per cent national standard', 'aims to cut it to below 5 per cent')
            if a.sentence_of[x.id] == k and not _RESTATES.match(a.between(x, h) if x.end <= h.start else a.between(h, x)):
                continue  # 'received 3,905 ... and 611 ..., more than 4,500 in all': a total beside its parts, no restatement
            if _PAST_BASE.search(a.before(x, 25)) and not _PAST_BASE.search(a.before(h, 25)):
                continue  # 'rose to 22%, up from 19.6% a year earlier': the past is not what a headline restates
            if _FORECAST.search(a.before(x, 40)) and not _FORECAST.search(a.before(h, 40)):
                continue  # 'forecast to peak at 40,240 in 2028': a future figure is not what 'nearly 38,000' now restates
            if h.precision is not None and x.precision is not None and x.precision >= h.precision \
                    and not (h.hedge != "exact" and x.hedge == "exact") and not (head and x.precision == h.precision):
                continue  # a restatement is the coarser of the two
            if period != _period(a, x):
                continue
            # (said of x itself: '186 beds now, down from 198 a year ago' dates the 198, not the 186)
            if when and not _ANOTHER_TIME.search(a.clause_text(x)):
                continue  # 'Three years ago ... almost a third', 'above £5.5m next year': another time's figure
            neg = a.opposite(h, x)
            xv = 100 - xv0 if neg and fam == "share" else xv0
            if abs(hv0 - xv) > lim * max(abs(hv0), abs(xv)):
                continue  # 'around £2,190' is not £1,682.41 rounded, nor 'some 22%' the national 26%
            if wider_scope(a, h) != wider_scope(a, x):
                continue  # 'nationally, 26%' is another population than the force's 22%
            if fam == "share" and (wh := _OF_WHOLE_NAMED.match(a.after(h, 40))) and (wx := _OF_WHOLE_NAMED.match(a.after(x, 40))) \
                    and not set(content_words(wh.group(1))) & set(content_words(wx.group(1))):
                continue  # 'about three-quarters of hire income' restates no '87.3 per cent of transactions'
            if fam == "share" and (named := _whole_named(a, h)) is not None \
                    and not any(o.value == named.value for o in a.figures(a.sentence_of[x.id])):
                # 'more than half of the 1,860 spaces' restates a share of those 1,860, said
                # beside them, not 'at Northfold General it was only 58 per cent' of visitors
                continue
            if fam == "share" and not _GROUP.match(a.after(h, 40)) and (group := _group(a, x)) and not group <= a.sentence_words(h):
                continue  # '81.2% of white students' is not restated by 'nearly three quarters of graduates'
            shared = a.weight(a.clause_words(h) & a.sentence_words(x)) + a.weight(a.clause_words(x) & a.sentence_words(h))
            apart = abs(c0 - xv) / max(abs(hv0), 1.0)
            if shared < 0.6 + 2 * max(0.0, apart - 0.05):
                continue  # the further apart the values, the more their words must agree
            # the nearest value is the one restated; shared words break ties
            score = -apart * 10 + 0.1 * shared - (0.5 if neg else 0)
            if head and h.precision is not None and x.precision is not None and x.precision < h.precision:
                # a headline restates the finding at its finest: 'fail to record 11,000' is the
                # body's 'over 11,200', not its 'more than 11,000', itself a rounding of that
                score += 0.3
            if score > best_score:
                # and what the figure's clause says that the other's sentence does not
                lacking = a.weight(a.clause_words(h) - a.sentence_words(x))
                best, best_score, best_shared, best_lacking = x, score, shared, lacking
        if best is None:
            continue
        x = _realistic(best)
        if fam == "share":
            neg = a.opposite(h, x)
            formula = f"restates 100 - {_said(a, x)}" if neg else f"restates {_said(a, x)}"
            check = conclude(a, "FC501", "restatement", h, [x], (lambda v: HUNDRED - v) if neg else (lambda v: v),
                             formula, unit="%", target_value=h.share, target_interval=a.share_interval(h))
        else:
            check = conclude(a, "FC501", "restatement", h, [x], lambda v: v, f"restates {_said(a, x)}", unit="")
        if check is None:
            continue
        if check.verdict == "inconsistent" and (best_shared < ALARM_WORDS or best_shared < best_lacking / 2):
            continue  # 'about six in ten of those registered' and 'met the standard': kin words, another measure
        if check.verdict == "inconsistent" and fam == "share" and (whole := _OF_WHOLE_NAMED.match(a.after(h, 40))) \
                and (a.clause_words(h) & a.sentence_words(x)) | (a.clause_words(x) & a.sentence_words(h)) <= set(content_words(whole.group(1))):
            # 'Allocations ... make up more than a quarter of the total' and '148 were
            # affordable - 24 per cent of the total' share only the whole they are parts of:
            # two parts of it, not one restated
            continue
        yield check
