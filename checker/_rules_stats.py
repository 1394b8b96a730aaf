"""FC7xx reported statistics (an estimate, its margin and interval; a survey's margin of
error against its sample size) and FC403, GRIM: a mean of whole-number data must be a
whole number divided by the group size."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction

from claims._records import Interval, Mention, fmt

from ._analysis import Analysis
from ._common import conclude, is_count
from ._descriptives import scale_items, scale_sentences
from ._records import Check, Relation
from ._registry import rule
from ._verdict import num

__all__ = ["grim_possible", "margin_of"]

_SHARE_KINDS = frozenset({"percent", "points", "decimal"})

# --- FC701: estimate, margin and interval ----------------------------------------------

_MARGIN_BEFORE = re.compile(
    r"(?:\+\s*/\s*-|\+\s*-|±|\bplus\s+or\s+minus|\bgive\s+or\s+take|\bmargin\s+of\s+error\s+(?:of\s+|is\s+|was\s+|at\s+)?"
    r"(?:(?:about|around|roughly|approximately)\s+)?|\baccurate\s+to(?:\s+within)?|\bconfidence\s+interval\s+of|"
    r"\bwithin)\s*(?:\+\s*/\s*-|±)?\s*$", re.I)
_EITHER_WAY = re.compile(r"^\s*(?:either\s+way|either\s+side|each\s+way|in\s+either\s+direction|of\s+the\s+true)\b", re.I)
#: words that say an interval is the estimate's ('which puts the true rate between', 'put
#: another way, the true rate lies between'); 'between' alone does not
_INTERVAL_CUE = re.compile(r"\b(?:true|actual|real|underlying|interval|somewhere|ci|confidence|credible|in\s+other\s+words|"
                           r"put\s+another\s+way|that\s+is|i\.e|which\s+(?:puts|places|gives|means)|means|meaning|so|therefore)\b", re.I)
_CI_CUE = re.compile(r"\b(?:ci|confidence\s+interval|credible\s+interval|uncertainty\s+interval)\b", re.I)
_LEVEL = re.compile(r"^\s*(?:ci\b|confidence|credible|uncertainty|level|cl\b)", re.I)


def margin_of(a: Analysis, m: Mention) -> bool:
    """A figure written as a margin: '+/- 1.79 percent', 'plus or minus 2.1 percentage
    points', 'give or take 3', 'accurate to within 1.8 points either way'."""
    if m.kind not in _SHARE_KINDS and m.kind not in ("count", "money", "quantity"):
        return False
    before = a.before(m, 45)
    got = _MARGIN_BEFORE.search(before)
    if not got:
        return False
    if got.group(0).strip().lower().startswith(("within", "accurate")):
        return bool(_EITHER_WAY.match(a.after(m, 30))) or "accurate" in got.group(0).lower()
    return True


def _family(m: Mention) -> str:
    if m.kind in _SHARE_KINDS:
        return "share"
    if m.kind == "count" and is_count(m):
        return "count"
    if m.kind == "money":
        return "money:" + m.unit
    if m.kind == "quantity" and m.unit:
        return "quantity:" + m.unit
    return ""


def _pairable(x: Mention, y: Mention) -> bool:
    """Two ends of one interval: of one family, or a bare first end whose unit is written
    only after the second ('12.7 and 15.7 weeks')."""
    if _family(x) == _family(y):
        return True
    return x.kind in ("decimal", "count") and y.kind == "quantity" and bool(y.unit)


def _is_level(a: Analysis, m: Mention) -> bool:
    """'95%' in '95% CI' or 'the 95% confidence level' is a confidence level, not a figure;
    nor is a test statistic or its df ('t(28) = 2.20, 95% CI [0.1, 1.5]', 'F(1, 245)')."""
    if m.kind in ("decimal", "count") and _TEST_STATISTIC.search(a.text, max(0, m.start - 40), m.start):
        return True
    return m.kind == "percent" and bool(_LEVEL.match(a.after(m, 20)))


#: the words just before a test statistic's value ('t(28) = ', 'χ²(1, N = 86) = ', 'z = ') or
#: inside its df ('F(1, ')
_TEST_STATISTIC = re.compile(
    r"(?:(?<![A-Za-z])[tFrzZ]|χ²|χ2|(?<![A-Za-z])chi-?squared?|(?<![A-Za-z])Q[A-Za-z]{0,7})"
    r"\s*(?:\([^()]{0,30}\)\s*[=<>]\s*[-−–]?\s*|(?<=[zZ])\s*[=<>]\s*[-−–]?\s*|\(\s*(?:df\s*=\s*)?(?:\d+(?:\.\d+)?\s*,\s*)?)$")


def _intervals(a: Analysis, k: int) -> list[tuple[Mention, Mention]]:
    """(low, high) pairs of sentence k: 'between 81.81 and 85.39 percent', '81.8 to 85.4',
    '[1.2, 3.4]', '(1.2-3.4)'."""
    figs = [m for m in a.figures(k) if _family(m) and not _is_level(a, m)]
    out = []
    for x, y in zip(figs, figs[1:], strict=False):
        if not _pairable(x, y) or x.value == y.value:
            continue
        if x.kind == "percent" and y.kind == "decimal" or x.kind == "points" or y.kind == "points":
            continue
        gap = a.between(x, y)
        before = a.before(x, 40)
        if re.fullmatch(r"\s*(?:and|to|-|–|—)\s*", gap) and re.search(r"\b(?:between|from)\s*$", before):
            out.append((x, y))
        elif re.fullmatch(r"\s*(?:to|-|–|—|,|;)\s*", gap) and (re.search(r"[\[(]\s*$", before) or _CI_CUE.search(before)) \
                and x.value < y.value:
            out.append((x, y))
    return out


def _estimate_before(a: Analysis, margin: Mention) -> Mention | None:
    """The figure a margin qualifies: the one just before it in its sentence."""
    k = a.sentence_of[margin.id]
    figs = [m for m in a.figures(k) if m.end <= margin.start and not _is_level(a, m)]
    if not figs:
        return None
    e = figs[-1]
    if _family(e) != _family(margin) or margin_of(a, e):
        return None
    gap = a.text[e.end:margin.start]
    if len(gap) > 60 or re.search(r"[.;]\s", gap):
        return None
    return e


def _same_scale(e: Mention, x: Mention) -> bool:
    return _family(e) == _family(x)


def _by_midpoint(a: Analysis, lo: Mention, hi: Mention, margin: Mention | None) -> Mention | None:
    """An estimate stated a few sentences before an interval, found by its being the
    interval's midpoint (within rounding) and sharing its words."""
    k = a.sentence_of[lo.id]
    mid = (lo.value + hi.value) / 2
    half = max(lo.precision or Fraction(0), hi.precision or Fraction(0))
    found = []
    # only the six sentences before and this one: scanning every mention for every interval
    # was quadratic in a document of many intervals
    for m in (m for j in range(max(0, k - 6), k + 1) for m in a.in_sentence.get(j, ())):
        km = a.sentence_of[m.id]
        if m.id in (lo.id, hi.id) or (margin is not None and m.id == margin.id):
            continue
        if km == k and m.start > lo.start or not _same_scale(m, hi) or m.hedge != "exact" or _is_level(a, m):
            continue
        tol = max(half, m.precision or Fraction(0))
        if abs(m.value - mid) <= tol and a.clause_words(m) & a.sentence_words(lo):
            found.append(m)
    return found[-1] if found else None


def _digit_slip(point: Fraction, stated: Mention) -> bool:
    """The stated figure differs from the recomputed one in a single digit: 83.90 as 84.90."""
    p = stated.precision or Fraction(1)
    want = fmt((point / p + Fraction(1, 2)) // 1 * p)
    got = fmt(stated.value)
    return len(want) == len(got) and sum(1 for x, y in zip(want, got, strict=True) if x != y) == 1


@rule("FC701", "an estimate, its margin and the interval they give")
def margin_interval(a: Analysis) -> Iterator[Check]:
    """An estimate with a stated margin and the interval it gives: low = estimate - margin,
    high = estimate + margin ('83.6 percent, accurate to +/- 1.79 percent ... between 81.81
    and 85.39 percent'). With no estimate in reach the interval must be twice the margin
    wide; with no margin, an estimate stated with its interval must lie inside it, and is
    verified when the interval is centred on it (an interval may fairly be lopsided: for
    a ratio, or a share near 0 or 100, so that alone is not flagged).

    ok: That gives a recording rate of 83.6 percent, accurate to +/- 1.79 percent. The true rate lies between 81.81 and 85.39 percent.
    ok: Their figure is accurate to within 1.8 percentage points either way, which puts the true rate between 81.8 and 85.4 per cent.
    bad: Violent crime was recorded at 80.9 percent, give or take +/- 3.00 percent, which places the true rate between 77.90 and 84.90 percent.
    bad: The recording rate was 83.6% (95% CI 85.1 to 88.2).
    ok: The recording rate was 83.6% (95% CI 81.8 to 85.4).
    none: Participants were aged between 18 and 31, and 43 were in each condition.
    none: The odds ratio was 1.45 (95% CI 1.10 to 1.91).
    """
    done: set[str] = set()
    for k in a.in_sentence:
        pairs = _intervals(a, k)
        if not pairs:
            continue
        margins = [m for kk in (k - 1, k) for m in a.in_sentence.get(kk, []) if margin_of(a, m)]
        for lo, hi in pairs:
            if lo.id in done:
                continue
            margin = None
            for m in reversed(margins):
                if m.start < lo.start and _family(m) == _family(hi):
                    margin = m
                    break
            if margin is not None:
                # the words from the margin (or the interval's sentence start) to the interval
                start = margin.end if a.sentence_of[margin.id] == k else a.sentences[k].start
                if not _INTERVAL_CUE.search(a.text[start:lo.start]):
                    margin = None
            est = _estimate_before(a, margin) if margin is not None else None
            if est is None:
                est = _estimate_for_ci(a, lo, hi) or _by_midpoint(a, lo, hi, margin)
            done.add(lo.id)
            yield from _interval_checks(a, est, margin, lo, hi)


def _estimate_for_ci(a: Analysis, lo: Mention, hi: Mention) -> Mention | None:
    """'83.6% (95% CI 81.8 to 85.4)': the figure just before a CI cue."""
    k = a.sentence_of[lo.id]
    lead = a.text[a.sentences[k].start:lo.start]
    cues = list(_CI_CUE.finditer(lead))
    if not cues:
        return None
    cue = cues[-1]
    cue_at = a.sentences[k].start + cue.start()
    figs = [m for m in a.figures(k) if m.end <= cue_at and not _is_level(a, m)]
    if not figs:
        return None
    e = figs[-1]
    gap = a.text[e.end:cue_at]
    if len(gap) > 45 or re.search(r"[.;]\s", gap) or _family(e) != _family(hi):
        return None
    return e


def _interval_checks(a: Analysis, est: Mention | None, margin: Mention | None, lo: Mention, hi: Mention) -> Iterator[Check]:
    m_value = margin.value if margin is not None else None

    def cause_for(target: Mention) -> list[tuple[Callable[[Fraction], bool], str]]:
        tol = target.precision or Fraction(0)
        return [(lambda x: m_value is not None and abs(abs(target.value - x) - m_value) <= tol, "the margin applied twice"),
                (lambda x: _digit_slip(x, target), "a digit miscopied")]

    if est is not None and margin is not None:
        low = conclude(a, "FC701", "ci", lo, [est, margin], lambda e, m: e - m, f"{est.text} - {margin.text}",
                       causes=cause_for(lo))
        high = conclude(a, "FC701", "ci", hi, [est, margin], lambda e, m: e + m, f"{est.text} + {margin.text}",
                        causes=cause_for(hi))
        for c in (low, high):
            if c is not None:
                yield c  # each bound with the estimate and margin: two relations, not one
        return
    if margin is not None:
        # no estimate in reach: the interval must be twice the margin wide
        tol = margin.precision or Fraction(0)
        mv = margin.value
        c = conclude(a, "FC701", "ci", margin, [lo, hi], lambda x, y: abs(y - x) / 2, f"({hi.text} - {lo.text}) / 2",
                     causes=[(lambda x: abs(2 * x - mv) <= tol, "the margin taken as the interval's whole width"),
                             (lambda x: abs(x - 2 * mv) <= 2 * tol, "the margin applied twice")])
        if c is not None:
            yield _with(c, lo, hi, None, margin)
        return
    if est is None or lo.value > hi.value:
        return
    ids = (est.id, lo.id, hi.id)
    if not (lo.interval.low is not None and hi.interval.high is not None):
        return
    if est.value < lo.interval.low or est.value > hi.interval.high:
        if not _CI_CUE.search(a.text[est.end:lo.start]):
            return
        yield Check("FC701", Relation("ci", ids, est.id), "inconsistent", est.text, f"{lo.text} to {hi.text}",
                    f"{est.text} lies outside its own interval {lo.text} to {hi.text}",
                    cause="estimate or interval miscopied")
        return
    c = conclude(a, "FC701", "ci", est, [lo, hi], lambda x, y: (x + y) / 2, f"({lo.text} + {hi.text}) / 2")
    if c is not None and c.verdict != "inconsistent":
        yield _with(c, lo, hi, est, None)


def _with(c: Check, lo: Mention, hi: Mention, est: Mention | None, margin: Mention | None) -> Check:
    """The check with every figure of the interval among its mentions."""
    ids = list(c.relation.mentions)
    for m in (est, margin, lo, hi):
        if m is not None and m.id not in ids:
            ids.append(m.id)
    return replace(c, relation=replace(c.relation, mentions=tuple(ids)))


# --- FC702: a survey's margin of error against its sample size ---------------------------

_Z = {90: Fraction(1645, 1000), 95: Fraction(196, 100), 99: Fraction(2576, 1000)}
_SURVEYED_BEFORE = re.compile(r"\b(?:interviewed|surveyed|polled|questioned|sampled|sample\s+of|sample\s+size\s+(?:of|was|is)|"
                              r"responses\s+from|asked)\s+(?:a\s+(?:representative\s+|random\s+)?sample\s+of\s+)?$", re.I)
_SURVEYED_AFTER = re.compile(r"^\s*+(?:[^\W\d][\w'’-]*+\s++){0,3}?(?:were\s+|was\s+)?(?:interviewed|surveyed|polled|questioned|"
                             r"took\s+part|responded|respondents)\b", re.I)


def _sample_size(a: Analysis, k: int) -> Mention | None:
    """The whole sample of a survey: the largest count interviewed, surveyed or polled in
    the margin's sentence or the five before it."""
    best = None
    for kk in range(max(0, k - 5), k + 1):
        for m in a.figures(kk, {"count"}):
            if not is_count(m) or m.value < 30 or m.hedge != "exact":
                continue
            if _SURVEYED_BEFORE.search(a.before(m, 40)) or _SURVEYED_AFTER.match(a.after(m, 40)):
                if best is None or m.value > best.value:
                    best = m
    return best


def _confidence(a: Analysis, k: int) -> tuple[Mention, int] | None:
    for m in a.in_sentence.get(k, []):
        if m.kind == "percent" and m.value.denominator == 1 and int(m.value) in _Z and _LEVEL.match(a.after(m, 20)):
            return m, int(m.value)
    return None


def _sqrt(x: Fraction) -> Fraction:
    return Fraction(math.sqrt(x)).limit_denominator(10**9)


@rule("FC702", "a survey's margin of error against its sample size")
def survey_margin(a: Analysis) -> Iterator[Check]:
    """A survey's stated margin of error at a stated confidence level, against the number
    it interviewed: margin = z x sqrt(0.25 / n) x 100 points (z = 1.96 at 95%, 1.645 at
    90%, 2.576 at 99%), the margin of a simple random sample for a share of 50%. A stated
    margin wider than that is fair (weighting widens it: the design effect) and is left
    unverifiable; only a margin narrower than the sample allows is flagged.

    ok: We interviewed 2,113 adults online. The margin of error for the full sample is plus or minus 2.1 percentage points at the 95% confidence level.
    bad: We interviewed 1,013 adults online. The margin of error for the full sample is plus or minus 2.1 percentage points at the 95% confidence level.
    none: The margin of error is plus or minus 2.1 percentage points at the 95% confidence level.
    """
    for margin in a.mentions:
        if margin.kind not in ("points", "percent") or not margin_of(a, margin):
            continue
        k = a.sentence_of[margin.id]
        if not re.search(r"\bmargin\s+of\s+error\b|\bsampling\s+error\b", a.sentence_text(k), re.I):
            continue
        if _estimate_before(a, margin) is not None:
            continue  # the margin of one estimate, not of the sample
        level = _confidence(a, k)
        n = _sample_size(a, k)
        if level is None or n is None:
            continue
        lvl, pct = level
        z = _Z[pct]
        n_exact = replace(n, interval=Interval.point(n.value))
        c = conclude(a, "FC702", "ci", margin, [n_exact, lvl], lambda size, _l: z * 50 / _sqrt(size),
                     f"{num(z, 3)} x sqrt(0.25 / {n.text}) x 100", places=2)
        if c is None:
            continue
        point = z * 50 / _sqrt(n.value)
        if c.verdict == "inconsistent" and margin.value > point:
            deff = (margin.value / point) ** 2
            c = replace(c, verdict="unverifiable", cause="",
                        explanation=(f"{num(z, 3)} x sqrt(0.25 / {n.text}) x 100 = {num(point)} points for a simple random "
                                     f"sample; stated {margin.text} is wider (a design effect of {num(deff)} from weighting "
                                     f"would explain it)"))
        elif c.verdict == "inconsistent":
            c = replace(c, explanation=c.explanation + f" (likely the margin of a larger sample than {n.text}, or not at 50%)"
                        if not c.cause else c.explanation)
        yield c


# --- FC403: GRIM ------------------------------------------------------------------------

_WHOLE = re.compile(r"\b(?:whole\s+numbers?|integers?|integer[-\s]valued|single[-\s]items?|single\s+questions?|"
                    r"counts?\s+of)\b", re.I)
_ABOUT_SCORES = re.compile(r"\b(?:scores?|items?|ratings?|responses?|scales?|measures?|answers?|counts?|rated)\b", re.I)
_ITEMS = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[-\s]item\b", re.I)
_GROUP_N = re.compile(r"\b(?:with\s+)?(\d+)\s+(?:participants\s+|people\s+|students\s+|subjects\s+|children\s+|patients\s+)?"
                      r"(?:in\s+each|per|in\s+every)\s+(?:condition|group|arm|cell)\b", re.I)
_LOCAL_N = re.compile(r"\bn\s*=\s*(\d+)\b", re.I)
_LOSS = re.compile(r"\b(?:were|was|been)\s+excluded\b|\bdropped\s+out\b|\bdid\s+not\s+complete\b|\bmissing\s+(?:data|responses)\b|"
                   r"\bwithdrew\b|\bincomplete\s+(?:data|responses)\b", re.I)
_NO_LOSS = re.compile(r"\b(?:no|none|nobody|without)\b[^.]{0,30}$", re.I)
_MEAN_CUE = re.compile(r"(?:\bM\s*=\s*|\bmean\s+(?:of\s+|=\s*|was\s+|score\s+(?:of|was)\s+)?)$")
_WHOLE_SAMPLE = re.compile(r"\b(?:across\s+(?:both|all)\s+(?:conditions|groups)|overall|whole\s+sample|full\s+sample|all\s+participants)\b",
                           re.I)
_NOT_WHOLE = re.compile(r"\b(?:age[ds]?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|ms|time|times|height|"
                        r"weight|kg|cm|bmi|income|salary|temperature|latency|duration|length|distance|rt|"
                        r"alpha|cronbach|composite|index|subscale|averaged|inventory|questionnaire)\b|α", re.I)
_UNIT_AFTER = re.compile(r"^\s*(?:[^\W\d]|%)")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "twelve": 12, "twenty": 20}


def grim_possible(mean: Fraction, places: int, n: int) -> tuple[bool, int]:
    """Whether some whole total k gives k / n that rounds to the stated mean (half up or
    half down), and the nearest such total.

    >>> grim_possible(Fraction("5.61"), 2, 43)
    (False, 241)
    >>> grim_possible(Fraction("3.88"), 2, 43)
    (True, 167)
    """
    half = Fraction(1, 2 * 10**places)
    lo, hi = mean - half, mean + half
    k = math.ceil(lo * n)
    if Fraction(k, n) <= hi:
        return True, k
    return False, round(mean * n)


def _integer_data(a: Analysis) -> int | None:
    """How many whole-number items make each score, when the document says so: 1 for
    'single items' or 'whole numbers', N for 'an N-item scale'; None when it does not say."""
    single = False
    items: set[int] = set()
    for s in a.sentences:
        text = a.text[s.start:s.end]
        if _WHOLE.search(text) and _ABOUT_SCORES.search(text):
            single = True
        for m in _ITEMS.finditer(text):
            w = m.group(1).lower()
            items.add(int(w) if w.isdigit() else _WORDS[w])
    if single and not items:
        return 1
    if len(items) == 1 and not single:
        return items.pop()
    return None


def _group_size(a: Analysis) -> tuple[int, Mention | None] | None:
    """The size of each group when the document states it once ('43 in each condition')
    and says nothing of participants lost or excluded."""
    found: set[int] = set()
    where: Mention | None = None
    for s in a.sentences:
        text = a.text[s.start:s.end]
        for loss in _LOSS.finditer(text):
            if not _NO_LOSS.search(text[:loss.start()]):
                return None
        for m in _GROUP_N.finditer(text):
            found.add(int(m.group(1)))
            if where is None:
                at = s.start + m.start(1)
                where = next((x for x in a.in_sentence.get(s.index, []) if x.start == at), None)
    if len(found) != 1:
        return None
    return found.pop(), where


@rule("FC403", "GRIM: a mean of whole numbers and its group size")
def grim(a: Analysis) -> Iterator[Check]:
    """A mean of whole-number data (the text says the scores are whole numbers, single
    items or counts) over a stated group size N: mean x N (x items) must round to a whole
    number, that is some whole total k must give k / N that rounds to the stated mean
    (the GRIM test). Applied only where the document says the data are whole numbers (or
    the mean's sentence names a rating scale of whole numbers, 'on a 1-7 scale', with N
    beside the mean) and states N plainly ('43 in each condition', 'n = 43'), and only
    where N is small enough for the test to bite (N x items below 10 to the power of the
    decimals).

    ok: All measures were single items, so each score is a whole number. There were 43 in each condition. Those affirmed rated it higher (M = 3.88, SD = 1.37).
    bad: All measures were single items, so each score is a whole number. There were 43 in each condition. Those affirmed rated it higher (M = 5.61, SD = 0.98).
    none: There were 43 in each condition. Those affirmed rated it higher (M = 5.61, SD = 0.98).
    bad: Trust in the police, rated on a 1-7 scale, was moderate (M = 5.19, N = 28).
    """
    stated = _integer_data(a)
    group = _group_size(a) if stated is not None else None
    # without a statement of whole numbers, only means in sentences that name a scale of them
    scaled = scale_sentences(a) if stated is None else set()
    for m in (a.mentions if stated is not None else [x for k in sorted(scaled) for x in a.in_sentence.get(k, [])]):
        if m.kind != "decimal" or m.precision is None or m.precision >= 1 or m.hedge != "exact":
            continue
        if not _MEAN_CUE.search(a.text[max(0, m.start - 20):m.start]):
            continue
        k = a.sentence_of[m.id]
        # or the mean's own sentence names a scale of whole numbers ('on a 1-7 scale')
        items = stated if stated is not None else scale_items(a, k)
        if items is None:
            continue
        clause = a.text[m.end:min(a.sentences[k].end, m.end + 40)]
        if _NOT_WHOLE.search(a.text[a.sentences[k].start:m.start]) or _UNIT_AFTER.match(clause):
            continue  # a mean age, time or weight, or of a multi-item scale, is not a mean of whole-number scores
        local = _LOCAL_N.search(clause.split(")")[0])
        n_mention: Mention | None
        if local:
            n = int(local.group(1))
            at = m.end + local.start(1)
            n_mention = next((x for x in a.in_sentence.get(k, []) if x.start == at), None)
        elif group is not None and not _WHOLE_SAMPLE.search(a.sentence_text(k)):
            n, n_mention = group
        else:
            continue
        places = len(str(m.precision.denominator)) - 1
        if m.precision.denominator != 10**places or n <= 0 or n * items >= 10**places:
            continue
        ok, total = grim_possible(m.value, places, n * items)
        size = f"{n} x {items} items" if items > 1 else f"{n}"
        ids = (m.id,) + ((n_mention.id,) if n_mention is not None else ())
        if ok:
            yield Check("FC403", Relation("grim", ids, m.id), "verified", m.text, f"{total}/{n * items}",
                        f"{total} / {size} = {float(Fraction(total, n * items)):.4f}, which rounds to {m.text}")
        else:
            k_lo = math.floor(m.value * n * items)
            yield Check("FC403", Relation("grim", ids, m.id), "inconsistent", m.text, "no whole total",
                        f"{m.text} x {size} = {float(m.value * n * items):.2f}, not a whole total: "
                        f"{k_lo} / {size} = {k_lo / (n * items):.4f} and {k_lo + 1} / {size} = {(k_lo + 1) / (n * items):.4f}",
                        cause="a mean no group of whole-number scores can give (wrong N or a typo)")
