"""FC71x: reported test statistics, checked as statcheck checks APA results, and more.

    FC711  a test statistic (t, F, r, χ², z, Q) against its p-value; decision errors
    FC712  t from two groups' means, SDs and sizes
    FC713  Cohen's d (or Hedges' g) from the groups' means and SDs, or from t
    FC714  χ² from a 2 x 2 table of counts the text states

A result is read from the document text by one regular expression whose every repetition
is bounded (linear time): 't(28) = 2.20, p = .03', 'F(2, 28) = 2.20, MSE = 2.2, p = .03',
'χ²(1, N = 86) = 4.65, p = .031', 'r(84) = −.29, p = .007', 'z = 2.20, p = .03',
'Qb(2) = 2.20, p = .03', with 'p < .05', 'p = .000', 'ns', '; p = .03', df without brackets
('t28 =', 'F2,28 ='), 'chi-square(1)', 'χ2', 'x2', 'G2', and what PDFs make of them ('?2(10)'
for χ², '<bc>' or '¼' for '=', 'pb.001' for 'p < .001', '?4.68' or a control character for
a minus, line breaks anywhere). Results in Markdown tables are read row by row when the
header names the statistic, its df and p.

p is recomputed with scipy.special (the functions scipy.stats calls; imported only when a
document holds a test statistic), allowing for the rounding of the reported statistic as
statcheck does: 't(28) = 2.20' is any t from 2.195 to 2.205, so p from .0358 to .0366.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction

from claims._records import Interval, Mention

from ._analysis import Analysis
from ._common import conclude, first_that_holds
from ._records import Check, Relation
from ._registry import rule

__all__ = ["Result", "p_value", "read_results"]

ALPHA = 0.05

# --- reading results ------------------------------------------------------------------

_SP = r"\s{0,6}"  # white space, line breaks included (PDF text breaks anywhere), bounded
#: control characters a PDF leaves around '=' and '-', with the space after them: never
#: adjacent to another run of optional spaces, so that no match can split white space two ways
_CC = r"(?:[\x00-\x08\x0b\x0c\x0e-\x1f]{1,3}\s{0,6})?"
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,12}(?:\.\d{1,20})?|\.\d{1,20})"
_DF = r"(?:\d{1,6}(?:\.\d{1,4})?)"
_EQ = r"(?:<bc>|=|＝|¼)"
#: a comparison: '=' (and what PDFs make of it), '<', '>', '≤', '≥'; never '<=' or '>='
_CMP = rf"(?:{_EQ}|<(?![=<])|>(?![=>])|≤|≥|＜|＞)"
#: a minus, or what a PDF made of one: '−', '–', '?', a control character; or junk
_SIGN = r"(?:[-−–—‐‑﹣－?\ufffd]|[^\w\s,;:()\[\]=<>.\x00-\x1f]{1,3})"
_MINUS = frozenset("-−–—‐‑﹣－")
_Q_SUFFIX = r"(?:[-_]?(?:[wW](?:ithin)?|[bB](?:etween)?|[tT](?:otal)?|[eE](?:rror)?|[mM](?:odel)?|[rR](?:es(?:idual)?)?))"
_CHI = (r"(?:(?<![A-Za-z])(?:chi|Chi|CHI)(?:[-_ ]?(?:2|²|\^2)|[-\s]?[sS]quared?)"
        r"|(?<![A-Za-z0-9])[χΧxXcGB?\x00-\x1f\ue000-\uf8ff\ufffd][ _]?(?:2|²|\^2))")
_SUB = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

_HEAD = rf"""
(?:
   (?<![A-Za-z])(?P<t>t)(?:{_SP}\({_SP}(?:df{_SP}={_SP})?(?P<t_df>{_DF}){_SP}\)|(?P<t_dfg>[1-9]\d{{1,5}}|[₀-₉]{{1,6}})(?={_SP}{_CMP}))
 | (?<![A-Za-z])(?P<F>[A-EG-Z]?F)(?:s|[12]|_[12])?
     (?:{_SP}\({_SP}(?:df{_SP}={_SP})?(?P<F_df1>{_DF}|[lI]){_SP}[,;/]{_SP}(?P<F_df2>{_DF}){_SP}\)
       |(?P<F_df1g>\d{{1,3}}),{_SP}(?P<F_df2g>\d{{1,6}})(?={_SP}{_CMP}))
 | (?<![A-Za-z])(?P<r>r){_SP}\({_SP}(?:df{_SP}={_SP})?(?P<r_df>{_DF}){_SP}\)
 | (?P<chi>{_CHI}){_SP}\({_SP}(?P<chi_df>{_DF})(?:{_SP},{_SP}[Nn]{_SP}(?:{_EQ}|p){_SP}(?P<chi_n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,9}}))?{_SP}\)
 | (?<![A-Za-z])(?P<z>[zZ])(?={_SP}{_CMP})
 | (?<![A-Za-z])(?P<Q>Q{_Q_SUFFIX}?){_SP}\({_SP}(?P<Q_df>{_DF}){_SP}\)
)
"""
#: another statistic between the test statistic and p: 'MSE = 2.2', 'd = 0.47', 'η2 = .07',
#: '95% CI [0.1, 0.9]'
_ITEM = (rf"(?:(?![pP]s?\b)[^\W\d_]{{1,8}}(?:[_ ][^\W\d_]{{1,4}})?[²2]?{_SP}(?:{_EQ}|<|>){_SP}(?:{_SIGN}{_SP})?{_NUM}"
         rf"|\d{{2}}(?:\.\d)?%{_SP}C[IL]{_SP}[\[(][^\[\]()\n]{{1,40}}[\])])")
_PNUM = r"(?:\d{0,3}\.\s?\d{1,20}|\d{1,3})(?:\s?[eE][-−]?\d{1,3}|\s?[x×·*]\s?10\s?(?:\^?[-−–]\s?\d{1,3}|⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))?"
_P = rf"""
(?:(?P<p>[pP])(?:s|['’]s)?(?:[-\s]?values?)?
     (?:{_SP}[(_]{_SP}(?P<tail>one|two|1|2)[-\s]?(?:tailed|sided){_SP}\)?)?
     {_SP}{_CC}(?P<pc>{_CMP}|!|(?<=[pP])b(?=\s?[.\d])|(?<=s)N(?=[.\d])|(?<=\s)p(?=\s))
     {_SP}{_CC}(?P<pv>{_PNUM})(?![\d])
 | (?P<ns>n\.?\s?s\.?(?![A-Za-z])|NS(?![A-Za-z])))
"""
_RESULT = re.compile(
    rf"""{_HEAD}
    {_SP}{_CC}(?P<sc>{_CMP}|(?<=\s)p(?=\s)|(?<=\))b(?=\d))
    {_SP}{_CC}(?:(?P<sign>{_SIGN}){_SP}{_CC})?(?P<sv>{_NUM})(?![\d])
    (?:\s{{1,4}}and\s{{1,4}}(?P<sv2>{_NUM})(?![\d]))?
    (?P<gap>(?:{_SP}[,;(]{_SP}|\s{{1,6}})(?:{_ITEM}{_SP}[,;]{_SP}){{0,3}})
    {_P}
    (?:\s{{1,4}}and\s{{1,4}}[pP]{_SP}(?P<pc2>{_CMP}){_SP}(?P<pv2>{_PNUM})(?![\d]))?
    """,
    re.X,
)
_PDF_CMP = {"<bc>": "=", "＝": "=", "¼": "=", "p": "=", "!": "<", "b": "<", "N": ">", "＜": "<", "＞": ">"}


@dataclass(frozen=True, slots=True)
class Result:
    """One reported test: its statistic, degrees of freedom and p, as written."""

    test: str  # t, F, r, chi2, z, Q
    name: str  # as shown in explanations: t, F, χ², z, Qb
    df1: float | None
    df2: float | None
    n: str  # a chi-square's N as written, or ""
    stat_cmp: str  # =, <, >
    stat: Fraction  # signed, as written
    stat_text: str
    stat_span: tuple[int, int]
    p_cmp: str  # =, <, >, ns
    p: Fraction | None
    p_text: str
    p_span: tuple[int, int] | None
    start: int
    end: int
    tails: int = 2  # 1 when the p itself is marked one-tailed: 'p (one-tailed) = .02'
    inclusive: bool = False  # '≤' or '≥'

    @property
    def label(self) -> str:
        if self.test in ("t", "r"):
            return f"{self.name}({_df(self.df2)})"
        if self.test == "F":
            return f"F({_df(self.df1)}, {_df(self.df2)})"
        if self.test in ("chi2", "Q"):
            n = f", N = {self.n}" if self.n else ""
            return f"{self.name}({_df(self.df1)}{n})"
        return self.name

    @property
    def stated_stat(self) -> str:
        return f"{self.label} {self.stat_cmp} {'-' if self.stat < 0 else ''}{self.stat_text.lstrip('-')}"

    @property
    def stated_p(self) -> str:
        if self.p_cmp == "ns":
            return "ns"
        return f"p {self.p_cmp} {self.p_text}"


def _df(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _number(raw: str) -> Fraction:
    return Fraction(raw.replace(",", ""))


def _p_number(raw: str) -> tuple[Fraction, Fraction] | None:
    """A p as written ('.03', '.5e-3', '1.2 × 10−5', '. 001') to its value and the unit of
    its last digit."""
    s = re.sub(r"\s", "", raw).replace("−", "-").replace("–", "-").replace("⁻", "-").translate(_SUPER)
    m = re.fullmatch(r"(\d*)(?:\.(\d+))?(?:(?:[eE]|[x×·*]10\^?)(-?\d+))?", s)
    if not m or not (m.group(1) or m.group(2)):
        return None
    places = len(m.group(2) or "")
    exp = int(m.group(3)) if m.group(3) else 0
    mantissa = Fraction(f"{m.group(1) or '0'}.{m.group(2) or '0'}")
    return mantissa * Fraction(10) ** exp, Fraction(1, 10**places) * Fraction(10) ** exp


def _cmp(raw: str) -> tuple[str, bool]:
    raw = _PDF_CMP.get(raw, raw)
    if raw == "≤":
        return "<", True
    if raw == "≥":
        return ">", True
    return raw, False


def read_results(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[Result]:
    """Every APA-style result in a text.

    >>> [(r.label, r.stat_text, r.stated_p) for r in read_results("It worked, t(28) = 2.20, p = .03.")]
    [('t(28)', '2.20', 'p = .03')]
    >>> [(r.label, r.stated_p) for r in read_results("F2,28 = 4.1, MSE = 2.2; p = .03 and χ²(1, N = 86) = 4.65, ns")]
    [('F(2, 28)', 'p = .03'), ('χ²(1, N = 86)', 'ns')]
    """
    out: list[Result] = []
    skip_starts = [a for a, _ in skip]
    for m in _RESULT.finditer(text):
        if skip:
            k = bisect.bisect_right(skip_starts, m.start()) - 1
            if k >= 0 and skip[k][0] <= m.start() < skip[k][1]:
                continue
        out.extend(_results_of(m))
    return out


def _results_of(m: re.Match[str]) -> list[Result]:
    g = m.group
    df1: float | None = None
    df2: float | None = None
    n = ""
    if g("t"):
        test, name = "t", "t"
        raw = g("t_df") or (g("t_dfg") or "").translate(_SUB)
        df2 = float(raw)
    elif g("F"):
        test, name = "F", "F"
        d1 = g("F_df1") or g("F_df1g")
        df1 = 1.0 if d1 in ("l", "I") else float(d1)
        df2 = float(g("F_df2") or g("F_df2g"))
    elif g("r"):
        test, name = "r", "r"
        df2 = float(g("r_df"))
    elif g("chi"):
        test, name = "chi2", "χ²"
        df1 = float(g("chi_df"))
        n = g("chi_n") or ""
    elif g("z"):
        test, name = "z", "z"
    else:
        test, name = "Q", g("Q")
        df1 = float(g("Q_df"))
    if (df1 is not None and df1 <= 0) or (df2 is not None and df2 <= 0):
        return []
    stat_cmp, stat_incl = _cmp(g("sc"))
    sign = g("sign") or ""
    negative = bool(sign.strip()) and (sign.strip()[0] in _MINUS or sign.strip() in ("?",) or not sign.strip().isprintable()
                                       or len(sign.strip()) > 1)
    stats = [("sv", g("sv"))] + ([("sv2", g("sv2"))] if g("sv2") else [])
    ps: list[tuple[str, str | None, str | None]] = [("pv", g("pc"), g("pv"))]
    if g("sv2"):
        if g("pv2"):  # 'F(1, 15) = 19.9 and 5.16, p < .001 and p < .05': each with its own p
            ps.append(("pv2", g("pc2"), g("pv2")))
        else:
            stats = stats[:1]
    out = []
    for (sgroup, sraw), (pgroup, pc, pv) in zip(stats, ps, strict=False):
        value = _number(sraw)
        if negative and sgroup == "sv":
            value = -value
        if test == "r" and abs(value) > 1:
            return []
        if g("ns") and pgroup == "pv":
            p_cmp, p, p_text, p_span, incl = "ns", None, g("ns"), m.span("ns"), False
        else:
            parsed = _p_number(pv or "")
            if parsed is None or parsed[0] > 1:
                return []
            p_cmp, incl = _cmp(pc or "=")
            p, p_text, p_span = parsed[0], re.sub(r"\s", "", pv or ""), m.span(pgroup)
        tail = g("tail") if pgroup == "pv" else None
        out.append(Result(
            test=test, name=name, df1=df1, df2=df2, n=n, stat_cmp=stat_cmp, stat=value, stat_text=sraw,
            stat_span=(m.start("sign") if sgroup == "sv" and g("sign") else m.start(sgroup), m.end(sgroup)),
            p_cmp=p_cmp, p=p, p_text=p_text, p_span=p_span, start=m.start(), end=m.end(),
            tails=1 if tail in ("one", "1") else 2, inclusive=incl or stat_incl,
        ))
    return out


# --- p-values -----------------------------------------------------------------------------

def p_value(test: str, stat: float, df1: float | None, df2: float | None, tails: int = 2) -> float:
    """The p-value of a statistic: two-tailed for t, r and z unless tails=1; the upper
    tail for F, χ² and Q.

    >>> round(p_value("t", 2.20, None, 28), 4), round(p_value("r", .29, None, 84), 4)
    (0.0362, 0.0068)
    >>> round(p_value("F", 0.84, 2, 83), 4), round(p_value("chi2", 4.65, 1, None), 4), round(p_value("z", 1.96, None, None), 3)
    (0.4353, 0.0311, 0.05)
    """
    from scipy import special  # only a document holding a test statistic pays for scipy

    x = abs(stat)
    if test == "t":
        p = float(special.stdtr(df2, -x))
    elif test == "r":
        if x >= 1:
            return 0.0
        p = float(special.stdtr(df2, -x * math.sqrt(df2 / (1 - x * x))))  # type: ignore[operator]
    elif test == "z":
        p = float(special.ndtr(-x))
    elif test == "F":
        return float(special.fdtrc(df1, df2, x))
    else:
        return float(special.chdtrc(df1, x))
    return min(1.0, p * tails)


def _fp(x: float) -> str:
    """A p for an explanation: '.0362', '.4353', '2.2e-9'."""
    if x >= 0.9999:
        return "1"
    if x >= 0.001:
        return f"{x:.4f}".lstrip("0").rstrip("0")
    mant, exp = f"{x:.1e}".split("e")
    return f"{mant}e{int(exp)}"


def _fs(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


# --- FC711 ---------------------------------------------------------------------------------

_ONE_TAILED = re.compile(r"\b(?:one|1)[-\s]?(?:tailed|sided)\b|\bdirectional\b", re.I)
_CORRECTED = re.compile(
    r"\b(?:bonferroni|holm|tukey|hsd|[sš]id[aá]k|scheff[eé]|dunnett|games[-\s]howell|benjamini|hochberg|fdr|"
    r"false\s+discovery|greenhouse|geisser|huynh|feldt|"
    r"(?:corrected|adjusted)\s+(?:p|alpha|α|significance|for\s+multiple)|p[-\s_]?(?:adj|corr|bonf|holm)\w*|"
    r"(?:p[-\s]?values?|tests?|comparisons?)\s+(?:were|was|are|is|have\s+been)\s+(?:\w+\s+){0,2}(?:corrected|adjusted))", re.I)
_SPHERICITY = re.compile(r"\b(?:greenhouse|geisser|huynh|feldt)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Judged:
    consistent: bool
    exact: bool  # the recomputed p itself meets the stated p (not only thanks to the statistic's rounding)
    point: float
    low: float
    high: float
    s_low: float
    s_high: float | None


def _half(raw: str) -> Fraction:
    places = len(raw.split(".")[1]) if "." in raw else 0
    return Fraction(1, 2 * 10**places)


def _judge(r: Result, tails: int) -> _Judged:
    """statcheck's check on intervals: the statistic anywhere its rounding allows (or its
    bound, for 't < 2.2'), against the p its digits allow (or its bound)."""
    v = abs(r.stat)
    h = _half(r.stat_text)
    cap = Fraction(1) if r.test == "r" else None
    s_low: Fraction
    s_high: Fraction | None
    if r.stat_cmp == "=":
        s_low, s_high = max(Fraction(0), v - h), v + h
    elif r.stat_cmp == "<":
        s_low, s_high = Fraction(0), v
    else:
        s_low, s_high = v, None
    if cap is not None:
        s_low = min(s_low, cap)
        s_high = cap if s_high is None else min(s_high, cap)
    f = lambda s: p_value(r.test, float(s), r.df1, r.df2, tails)
    point = f(v)
    p_high = f(s_low)
    p_low = 0.0 if s_high is None else f(s_high)
    consistent, exact = _meets(r, p_low, p_high, point)
    return _Judged(consistent, exact, point, p_low, p_high, float(s_low), None if s_high is None else float(s_high))


def _meets(r: Result, low: float, high: float, point: float) -> tuple[bool, bool]:
    if r.p_cmp == "ns":
        return high >= ALPHA, point > ALPHA
    assert r.p is not None
    p = float(r.p)
    if r.p_cmp == "=":
        hp = float(_p_number(r.p_text)[1]) / 2  # type: ignore[index]
        return high >= p - hp and low <= p + hp, p - hp <= point <= p + hp
    # a bound is strict ('p < .04' is not met by p = .04), to within float noise
    if r.p_cmp == "<":
        return _below(low, p, r.inclusive), _below(point, p, r.inclusive)
    return _below(p, high, r.inclusive), _below(p, point, r.inclusive)


def _below(x: float, y: float, inclusive: bool) -> bool:
    """x < y (or x <= y), two p-values within 5e-14 of each other (relative: the noise of
    double-precision distribution functions, a few hundred units in the last place)
    counting as equal."""
    if abs(x - y) <= 5e-14 * max(abs(x), abs(y)):
        return inclusive
    return x < y


def _decision_error(r: Result, computed: float) -> bool:
    """statcheck's decision error (p = .05 counts as significant): the stated p and the
    recomputed p fall on opposite sides of .05."""
    if r.p_cmp == "ns":
        reported, pc = ALPHA, ">"
    else:
        reported, pc = float(r.p or 0), r.p_cmp
    a = ALPHA
    if r.stat_cmp == "=":
        if pc == "=":
            return (reported <= a < computed) or (reported > a >= computed)
        if pc == "<":
            return reported <= a < computed
        return reported >= a >= computed
    if r.stat_cmp == "<":
        return pc != ">" and reported <= a <= computed
    if pc == "=":
        return reported > a >= computed
    return pc == ">" and reported >= a >= computed


def _mentions_in(a: Analysis, span: tuple[int, int] | None) -> list[Mention]:
    if span is None:
        return []
    starts = a.memo.get("fc71_starts")
    if starts is None:
        starts = a.memo["fc71_starts"] = [m.start for m in a.mentions]
    assert isinstance(starts, list)
    k = max(0, bisect.bisect_left(starts, span[0]) - 2)
    out = []
    while k < len(a.mentions) and a.mentions[k].start < span[1]:
        m = a.mentions[k]
        if m.end > span[0]:
            out.append(m)
        k += 1
    return out


def _results(a: Analysis) -> list[Result]:
    got = a.memo.get("fc71_results")
    if got is None:
        got = a.memo["fc71_results"] = sorted(read_results(a.text, a.doc.skip) + _table_results(a), key=lambda x: x.start)
    assert isinstance(got, list)
    return got


def _neighbour(a: Analysis, r: Result, step: int) -> Result | None:
    """The result read just before (step -1) or after (step 1) r in the text."""
    results = _results(a)
    starts = a.memo.get("fc71_result_starts")
    if starts is None:
        starts = a.memo["fc71_result_starts"] = [x.start for x in results]
    assert isinstance(starts, list)
    k = bisect.bisect_left(starts, r.start)
    while k < len(results) and results[k] is not r:
        k += 1
    j = k + step
    return results[j] if 0 <= j < len(results) and k < len(results) else None


def _sentence_at(a: Analysis, pos: int) -> int:
    starts = a.memo.get("fc71_sentence_starts")
    if starts is None:
        starts = a.memo["fc71_sentence_starts"] = [s.start for s in a.sentences]
    assert isinstance(starts, list)
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _context(a: Analysis, r: Result) -> tuple[str, str]:
    """The result's sentence, and the sentences of its paragraph up to it."""
    k = _sentence_at(a, r.start)
    s = a.sentences[k] if a.sentences else None
    if s is None:
        return a.text[max(0, r.start - 200):r.end + 100], ""
    sentence = a.text[s.start:max(s.end, r.end)]
    j = k
    while j > 0 and a.sentences[j - 1].paragraph == s.paragraph and k - j < 12:
        j -= 1
    return sentence, a.text[a.sentences[j].start:s.start]


def _corrected(sentence: str, before: str) -> str:
    """The correction named for a result's p: in its sentence, or said of p-values earlier
    in its paragraph ('All p-values were Bonferroni-corrected.')."""
    m = _CORRECTED.search(sentence)
    if m and not re.search(r"continuity\s+correct", sentence, re.I):
        return m.group(0)
    for m in _CORRECTED.finditer(before):
        return m.group(0)
    return ""


@rule("FC711", "a test statistic against its p-value")
def p_from_statistic(a: Analysis) -> Iterator[Check]:
    """A reported test statistic and its p-value: p is recomputed from t (two-tailed, df),
    F (df1, df2), r (t = r x sqrt(df / (1 - r²)), two-tailed), χ² and Q (df), z (two-tailed),
    for every value the statistic's rounding allows (t = 2.20 is 2.195 to 2.205), and must
    meet the stated p ('p = .03' is .025 to .035; 'p < .05'; 'ns' is p > .05). An
    inconsistency whose stated p and recomputed p fall on opposite sides of .05 is a
    decision error. A p the text calls one-tailed is checked one-tailed; a p named as
    corrected (Bonferroni, Holm, Tukey, Greenhouse-Geisser ...) that the uncorrected p does
    not meet is left unverifiable, with a note.

    ok: The effect was significant, t(28) = 2.20, p = .036.
    ok: Ratings differed by group, F(2, 83) = 0.84, p = .435, and by year, χ²(1, N = 86) = 4.65, p = .031.
    ok: Self-esteem correlated with willingness, r(84) = .29, p = .007; the test was z = 1.96, p = .05.
    ok: The effect held, t(28) = 2.20, p = .018, one-tailed.
    bad: The effect was very significant, t(28) = 1.23, p = .04.
    bad: The groups did not differ, F(2, 28) = 22.20, p = .06.
    none: The mean was 2.20 (SD = 0.30) and p was set at .05 in advance.
    """
    for r in _results(a):
        c = _check_p(a, r)
        if c is not None:
            yield c


def _check_p(a: Analysis, r: Result) -> Check | None:
    p_ms = _mentions_in(a, r.p_span)
    s_ms = _mentions_in(a, r.stat_span)
    if not p_ms and not s_ms:
        return None
    target = (p_ms or s_ms)[0]
    ids = tuple(dict.fromkeys([target.id] + [m.id for m in s_ms + p_ms]))
    relation = Relation("p-value", ids, target.id)
    sentence, before = _context(a, r)
    tailed = r.test in ("t", "r", "z")
    tails = r.tails if tailed else 2
    # one-tailed where the p says so, or its sentence or paragraph does ('one-tailed',
    # 'one-sided', 'directional'); where only the document says so elsewhere, the cause says so
    said_one = tailed and (tails == 1 or bool(_ONE_TAILED.search(sentence) or _ONE_TAILED.search(before)))
    j = _judge(r, tails)
    if not j.consistent and said_one and tails == 2:
        j1 = _judge(r, 1)
        if j1.consistent:
            j, tails = j1, 1
    how = _how(r, j, tails, said_one and r.tails == 2)
    stated, computed = r.stated_p, f"p = {_fp(j.point)}"
    zero = r.p is not None and r.p == 0 and r.p_cmp in ("=", "<")
    if j.consistent and not zero:
        if r.p_cmp == "=":
            tail = f", which rounds to {stated}" if j.exact else f"; {stated} fits"
        else:
            tail = f", so '{stated}' holds" if j.exact else f"; '{stated}' fits"
        verdict = "verified" if (j.exact and r.p_cmp != "=") else "rounded"
        return Check("FC711", relation, verdict, stated, computed, how + tail, decision_error=False)
    correction = _corrected(sentence, before)
    if correction and not zero and not (_SPHERICITY.search(correction) and _fractional(r)):
        return Check("FC711", relation, "unverifiable", stated, computed,
                     f"{how}, uncorrected; '{stated}' is named as corrected ({correction.strip()}), "
                     f"which the statistic alone cannot check")
    dec = _decision_error(r, j.point)
    cause = _cause(r, j, zero, said_one)
    if cause.startswith("a one-tailed") and _one_tailed_document(a):
        cause = "a one-tailed p: the document speaks of one-tailed tests, but not at this result"
    explanation = f"{how}, not '{stated}'"
    if zero:
        explanation = f"{how}; '{stated}' says p is zero, which no test gives"
    if dec:
        explanation += "; the result's significance at .05 flips"
    if cause:
        explanation += f" (likely {cause})"
    return Check("FC711", relation, "inconsistent", stated, computed, explanation, cause=cause, decision_error=dec)


_ONE_TAILED_DOC = re.compile(r"\b(?:one|1)[-\s]?(?:tailed|sided)\b", re.I)


def _one_tailed_document(a: Analysis) -> bool:
    got = a.memo.get("fc71_one_tailed")
    if got is None:
        got = a.memo["fc71_one_tailed"] = bool(_ONE_TAILED_DOC.search(a.text))
    return bool(got)


def _fractional(r: Result) -> bool:
    return any(d is not None and not float(d).is_integer() for d in (r.df1, r.df2))


def _how(r: Result, j: _Judged, tails: int, as_said: bool) -> str:
    side = "" if r.test in ("F", "chi2", "Q") else (" one-tailed" if tails == 1 else " two-tailed")
    via = ""
    if r.test == "r" and abs(r.stat) < 1 and r.df2:
        x = float(abs(r.stat))
        via = f" (t = {x * math.sqrt(r.df2 / (1 - x * x)):.2f})"
    out = f"{r.stated_stat}{via} gives{side} p = {_fp(j.point)}"
    if r.stat_cmp == "=" and not j.exact:
        hi = "" if j.s_high is None else _fs(j.s_high)
        name = f"|{r.name}|" if r.stat < 0 else r.name
        out += f" ({_fp(j.low)} to {_fp(j.high)} for {name} from {_fs(j.s_low)} to {hi})"
    if tails == 1 and as_said:
        out += ", the test being one-tailed as the text says"
    return out


def _cause(r: Result, j: _Judged, zero: bool, said_one: bool) -> str:
    if zero:
        return "p reported as zero: write p < .001"
    if r.test in ("t", "r", "z") and not said_one and _judge(r, 1).consistent:
        return "a one-tailed p not declared as one-tailed"
    if r.p_cmp in ("<", ">"):
        flipped = Result(**{**{f: getattr(r, f) for f in r.__slots__}, "p_cmp": ">" if r.p_cmp == "<" else "<"})  # type: ignore[arg-type]
        if _judge(flipped, 2).consistent and r.p is not None and r.p <= Fraction(1, 10):
            return "the comparison sign reversed"
    return ""


# --- results in tables ---------------------------------------------------------------------

_T_HEAD = re.compile(rf"^(?:(?P<t>t)|(?P<F>F)|(?P<r>r)|(?P<z>[zZ])|(?P<chi>χ²|χ2|chi2|chi-square[d]?|[xX]²|[xX]2)|(?P<Q>Q{_Q_SUFFIX}?))"
                     rf"(?:{_SP}\({_SP}(?:df{_SP}={_SP})?(?P<d1>{_DF})(?:{_SP},{_SP}(?P<d2>{_DF}))?{_SP}\))?$")
_DF_HEAD = re.compile(r"^(?:df|d\.f\.|dfs|degrees\s+of\s+freedom)(?:\s*\(.*\))?$|^(?P<k>df\s*[12]|df_[12])$", re.I)
_P_HEAD = re.compile(r"^(?:p|p[-\s]?values?|sig\.?|p\s*\((?P<tail>one|two)[-\s]tailed\))$", re.I)
_TEST_HEAD = re.compile(r"^(?:test|statistic|test\s+statistic|stat\.?|value)$", re.I)
_CELL_NUM = re.compile(rf"^(?P<sign>[-−–])?{_SP}(?P<v>{_NUM})$")
_CELL_P = re.compile(rf"^(?:(?P<pc>{_CMP}){_SP})?(?P<pv>{_PNUM})$|^(?P<ns>n\.?\s?s\.?|NS)$")
_CELL_DF = re.compile(rf"^(?P<d1>{_DF})(?:{_SP},{_SP}(?P<d2>{_DF}))?$")


def _table_results(a: Analysis) -> list[Result]:
    """Rows of a Markdown table whose header names a test statistic ('t', 'F(2, 83)',
    'χ²'), or a column of statistics beside one naming the test, with p (and df where the
    header does not give them)."""
    if not a.doc.cells:
        return []
    tables: dict[int, dict[int, dict[int, tuple[int, int]]]] = {}
    for start, end, t, row, col in a.doc.cells:
        tables.setdefault(t, {}).setdefault(row, {})[col] = (start, end)
    out: list[Result] = []
    for rows in tables.values():
        header = {c: a.text[s:e].strip().strip("*_") for c, (s, e) in rows.get(0, {}).items()}
        stat_col = next((c for c, h in header.items() if _T_HEAD.match(h)), None)
        test_col = next((c for c, h in header.items() if h.lower() == "test"), None)
        value_col = next((c for c, h in header.items() if _TEST_HEAD.match(h) and h.lower() != "test"), None)
        p_col = next((c for c, h in header.items() if _P_HEAD.match(h)), None)
        df_cols = {c: h for c, h in header.items() if _DF_HEAD.match(h)}
        if p_col is None or (stat_col is None and (test_col is None or value_col is None)):
            continue
        tail = _P_HEAD.match(header[p_col]).group("tail")  # type: ignore[union-attr]
        for row, cells in sorted(rows.items()):
            if row == 0:
                continue
            cell = lambda c: a.text[cells[c][0]:cells[c][1]].strip() if c is not None and c in cells else ""
            vcol = stat_col if stat_col is not None else value_col
            head = _T_HEAD.match(header[stat_col] if stat_col is not None else cell(test_col))
            if head is None or vcol is None or vcol not in cells:
                continue
            got = _table_row(a, head, cell, cells, vcol, p_col, df_cols, tail)
            if got is not None:
                out.append(got)
    return out


def _table_row(a: Analysis, head: re.Match[str], cell: Callable[[int | None], str], cells: dict[int, tuple[int, int]],
               vcol: int, p_col: int, df_cols: dict[int, str], tail: str | None) -> Result | None:
    test = next(k for k in ("t", "F", "r", "z", "chi", "Q") if head.group(k))
    d1, d2 = head.group("d1"), head.group("d2")
    if d1 is None:
        for c, h in df_cols.items():
            m = _CELL_DF.match(cell(c))
            if not m:
                continue
            if "2" in h[2:]:
                d2 = m.group("d1")
            elif d1 is None:
                d1, d2 = m.group("d1"), m.group("d2") or d2
    vm = _CELL_NUM.match(cell(vcol))
    pm = _CELL_P.match(cell(p_col))
    if vm is None or pm is None:
        return None
    df1: float | None
    df2: float | None
    if test == "F":
        if d1 is None or d2 is None:
            return None
        df1, df2 = float(d1), float(d2)
    elif test in ("t", "r"):
        if d1 is None or d2 is not None and d1 is not None and head.group("d2"):
            return None
        df1, df2 = None, float(d1)
    elif test in ("chi", "Q"):
        if d1 is None:
            return None
        df1, df2 = float(d1), None
    else:
        df1 = df2 = None
    value = _number(vm.group("v")) * (-1 if vm.group("sign") else 1)
    if test == "r" and abs(value) > 1:
        return None
    vs, ve = cells[vcol]
    ps, pe = cells[p_col]
    lead_v = len(a.text[vs:ve]) - len(a.text[vs:ve].lstrip())
    lead_p = len(a.text[ps:pe]) - len(a.text[ps:pe].lstrip())
    if pm.group("ns"):
        p_cmp, p, p_text, incl = "ns", None, pm.group("ns"), False
        p_span = (ps + lead_p, pe)
    else:
        parsed = _p_number(pm.group("pv"))
        if parsed is None or parsed[0] > 1:
            return None
        p_cmp, incl = _cmp(pm.group("pc") or "=")
        p, p_text = parsed[0], re.sub(r"\s", "", pm.group("pv"))
        p_span = (ps + lead_p + pm.start("pv"), ps + lead_p + pm.end("pv"))
    name = {"chi": "χ²", "Q": head.group("Q") or "Q"}.get(test, test)
    return Result(test="chi2" if test == "chi" else test, name=name, df1=df1, df2=df2, n="", stat_cmp="=", stat=value,
                  stat_text=vm.group("v"), stat_span=(vs + lead_v, vs + lead_v + vm.end()), p_cmp=p_cmp, p=p,
                  p_text=p_text, p_span=p_span, start=min(vs, ps), end=max(ve, pe), tails=1 if tail == "one" else 2,
                  inclusive=incl)


# --- FC712 and FC713: two groups' means and SDs ---------------------------------------------

_DESC = re.compile(
    rf"\b(?:M|Mean|mean){_SP}(?:={_SP}|of{_SP}|was{_SP})?(?P<m>[-−]?{_NUM}){_SP}(?:[,;]|\(){_SP}"
    rf"(?P<kind>SD|SE|SEM|sd|se){_SP}={_SP}(?P<sd>{_NUM})(?:{_SP}[,;]{_SP}[nN]{_SP}={_SP}(?P<n>\d{{1,6}}))?(?![\d.])")
_WORD_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_GROUP_SIZE = re.compile(
    r"\b(?:(?P<n>\d{1,5})\s+(?:(?:[a-z]+\s+){0,2}?)(?:in\s+each|per|in\s+every|for\s+each)\s+(?:condition|group|arm|cell|sample)s?\b"
    r"|[nN]\s*=\s*(?P<n2>\d{1,5})\s+(?:in\s+each|per|for\s+each)\s+(?:condition|group|arm|cell)"
    r"|(?:two|both)\s+(?:groups|conditions|arms)\s+of\s+(?P<n3>\d{1,5})\b)", re.I)
_EFFECT = re.compile(rf"(?:Cohen['’]s\s+|Hedges['’]\s*)?(?<![A-Za-z])(?P<k>d|g){_SP}={_SP}(?P<sign>[-−])?(?P<v>{_NUM})(?![\d])")


@dataclass(frozen=True, slots=True)
class _Group:
    mean: Mention
    sd: Mention
    se: bool  # the spread is a standard error
    n: int | None
    n_mention: Mention | None


def _exact_mention(a: Analysis, start: int, end: int) -> Mention | None:
    for m in _mentions_in(a, (start, end)):
        if m.start <= start and m.end >= end and m.kind in ("decimal", "count"):
            return m
    return None


def _group_size(a: Analysis) -> tuple[int, Mention | None] | None:
    """The size of each group when the document states one ('43 in each condition')."""
    got = a.memo.get("fc71_group")
    if got is None:
        found: dict[int, Mention | None] = {}
        for m in _GROUP_SIZE.finditer(a.text):
            grp = "n" if m.group("n") else "n2" if m.group("n2") else "n3"
            found.setdefault(int(m.group(grp)), _exact_mention(a, *m.span(grp)))
        got = a.memo["fc71_group"] = next(iter(found.items())) if len(found) == 1 else ()
    return got or None  # type: ignore[return-value]


def _groups(a: Analysis, r: Result) -> list[_Group] | None:
    """The two groups compared by a t-test: the two means with their SDs in its sentence
    before it (and after any earlier result there), each with its size."""
    k = _sentence_at(a, r.start)
    lo = a.sentences[k].start if a.sentences else 0
    prev = _neighbour(a, r, -1)
    if prev is not None and lo <= prev.end <= r.start:
        lo = prev.end
    found = list(_DESC.finditer(a.text, lo, r.start))
    if len(found) != 2:
        return None
    size = _group_size(a)
    out = []
    for d in found:
        mean = _exact_mention(a, *d.span("m"))
        sd = _exact_mention(a, *d.span("sd"))
        if mean is None or sd is None or sd.value <= 0:
            return None
        if d.group("n"):
            n, nm = int(d.group("n")), _exact_mention(a, *d.span("n"))
        elif size is not None:
            n, nm = size
        else:
            n, nm = None, None
        out.append(_Group(mean, sd, d.group("kind").lower() != "sd", n, nm))
    if out[0].se != out[1].se:
        return None
    return out


def _design(r: Result, g: list[_Group]) -> str:
    """'student' when the df are n1 + n2 - 2, 'welch' when they are fractional and in
    Welch's range, else '' (a paired test, or groups the text does not size)."""
    n1, n2 = g[0].n, g[1].n
    if n1 is None or n2 is None or r.df2 is None or n1 < 2 or n2 < 2:
        return ""
    if r.df2 == n1 + n2 - 2:
        return "student"
    if not float(r.df2).is_integer() and min(n1, n2) - 1 <= r.df2 <= n1 + n2 - 2:
        return "welch"
    return ""


def _sqrt(x: Fraction) -> Fraction:
    return Fraction(math.sqrt(max(float(x), 0.0)))


def _abs_interval(m: Mention) -> tuple[Fraction, Interval]:
    iv = m.interval
    if m.value >= 0 or iv.low is None or iv.high is None:
        return abs(m.value), iv
    return -m.value, Interval(-iv.high, -iv.low)


def _t_formulas(g: list[_Group], design: str) -> list[tuple[str, Callable[..., Fraction | None], str]]:
    """(name, f(m1, s1, m2, s2), formula) for t, the design's own first."""
    n1, n2 = g[0].n or 0, g[1].n or 0
    a, b = g[0], g[1]
    if a.se:
        se = lambda m1, s1, m2, s2: abs(m1 - m2) / _sqrt(s1 * s1 + s2 * s2)
        return [("SE", se, f"({a.mean.text} - {b.mean.text}) / sqrt({a.sd.text}² + {b.sd.text}²)")]
    welch = lambda m1, s1, m2, s2: abs(m1 - m2) / _sqrt(s1 * s1 / n1 + s2 * s2 / n2)
    pooled = lambda m1, s1, m2, s2: abs(m1 - m2) / (
        _sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2)) * _sqrt(Fraction(1, n1) + Fraction(1, n2)))
    if n1 == n2:
        return [("equal", welch, f"({a.mean.text} - {b.mean.text}) / sqrt(({a.sd.text}² + {b.sd.text}²) / {n1})")]
    w = ("Welch", welch, f"({a.mean.text} - {b.mean.text}) / sqrt({a.sd.text}² / {n1} + {b.sd.text}² / {n2})")
    p = ("pooled", pooled, f"({a.mean.text} - {b.mean.text}) / (pooled SD x sqrt(1/{n1} + 1/{n2}))")
    return [w, p] if design == "welch" else [p, w]


@rule("FC712", "t from two groups' means, SDs and sizes")
def t_from_means(a: Analysis) -> Iterator[Check]:
    """An independent-samples t against the two groups' means and SDs stated before it:
    t = (M1 - M2) / sqrt(SD1² / n1 + SD2² / n2) (with equal groups the pooled and Welch t
    are one; with unequal groups the pooled t when df = n1 + n2 - 2, Welch's when df is
    fractional, and either may hold), over every value the means' and SDs' rounding
    allows. Only where the group sizes are stated and the df say the groups are
    independent (df = n1 + n2 - 2, or Welch's fractional df): a paired t (df = n - 1)
    needs the correlation the text does not give.

    ok: There were 43 in each condition. The affirmed rated it higher (M = 4.93, SD = 1.21) than the controls (M = 4.37, SD = 1.18), t(84) = 2.17, p = .033.
    bad: There were 43 in each condition. The affirmed rated it higher (M = 4.93, SD = 1.21) than the controls (M = 4.37, SD = 1.18), t(84) = 3.60, p = .001.
    none: There were 43 in each condition. Scores rose from the first session (M = 4.93, SD = 1.21) to the second (M = 4.37, SD = 1.18), t(42) = 2.17, p = .036.
    """
    for r in _results(a):
        if r.test != "t" or r.stat_cmp != "=":
            continue
        g = _groups(a, r)
        if g is None:
            continue
        design = _design(r, g)
        t_m = _exact_mention(a, r.stat_span[1] - len(r.stat_text), r.stat_span[1])
        if not design or t_m is None:
            continue
        tv, tiv = _abs_interval(t_m)
        found = first_that_holds(
            conclude(a, "FC712", "t-test", t_m, [g[0].mean, g[0].sd, g[1].mean, g[1].sd], f, formula,
                     target_value=tv, target_interval=tiv, causes=_t_causes(g, tv, t_m.precision))
            for _name, f, formula in _t_formulas(g, design))
        if found is not None:
            yield _plus(found, [x.n_mention for x in g])


def _t_causes(g: list[_Group], stated: Fraction, precision: Fraction | None) -> list[tuple[Callable[[Fraction], bool], str]]:
    """Slips that give a stated t from the right means: the spreads are standard errors (t
    is then the recomputed one over sqrt(n)), or each group's size was taken as the total
    (t is then the recomputed one times sqrt(2))."""
    n = Fraction(g[0].n or 1)
    near = lambda x, y: abs(x - y) <= max(Fraction(3, 100) * abs(y), 2 * (precision or Fraction(0)))
    return [(lambda x: n > 2 and near(x / _sqrt(n), stated), "standard errors reported as SDs"),
            (lambda x: near(x * _sqrt(Fraction(2)), stated), "the whole sample taken as each group's size")]


def _plus(c: Check, extra: list[Mention | None]) -> Check:
    ids = list(c.relation.mentions)
    for m in extra:
        if m is not None and m.id not in ids:
            ids.append(m.id)
    return Check(c.rule, Relation(c.relation.kind, tuple(ids), c.relation.target, c.relation.measure),
                 c.verdict, c.stated, c.computed, c.explanation, c.cause)


def _effect_after(a: Analysis, r: Result) -> re.Match[str] | None:
    """'d = 0.47' reported with a t-test: after its statistic, in its sentence, before the
    next result."""
    k = _sentence_at(a, r.start)
    end = min(a.sentences[k].end if a.sentences else len(a.text), r.end + 40)
    nxt = _neighbour(a, r, 1)
    if nxt is not None and r.end <= nxt.start < end:
        end = nxt.start
    return _EFFECT.search(a.text, r.stat_span[1], max(end, r.stat_span[1]))


@rule("FC713", "Cohen's d from the groups' means and SDs, or from t")
def d_from_means(a: Analysis) -> Iterator[Check]:
    """Cohen's d (or Hedges' g) reported with an independent-samples t: d = (M1 - M2) /
    pooled SD, pooled SD = sqrt(((n1 - 1) SD1² + (n2 - 1) SD2²) / (n1 + n2 - 2)); with no
    means in reach, d = t x sqrt(1/n1 + 1/n2). Other common definitions are allowed before
    anything is flagged: the average of the two variances, 2t / sqrt(df), Hedges' small-sample
    correction (x (1 - 3 / (4(n1 + n2) - 9))) and Glass's delta (either group's SD).

    ok: There were 43 in each condition. The affirmed rated it higher (M = 4.93, SD = 1.21) than the controls (M = 4.37, SD = 1.18), t(84) = 2.17, p = .033, d = 0.47.
    ok: There were 43 in each condition. The affirmed rated it higher, t(84) = 2.17, p = .033, d = 0.47.
    bad: There were 43 in each condition. The affirmed rated it higher (M = 4.93, SD = 1.21) than the controls (M = 4.37, SD = 1.18), t(84) = 2.17, p = .033, d = 1.56.
    none: Scores rose from the first session (M = 4.93, SD = 1.21) to the second (M = 4.37, SD = 1.18), t(42) = 2.17, p = .036, d = 0.47.
    """
    for r in _results(a):
        if r.test != "t" or r.stat_cmp != "=":
            continue
        eff = _effect_after(a, r)
        if eff is None:
            continue
        d_m = _exact_mention(a, *eff.span("v"))
        t_m = _exact_mention(a, r.stat_span[1] - len(r.stat_text), r.stat_span[1])
        if d_m is None or t_m is None:
            continue
        g = _groups(a, r)
        if g is not None and not g[0].se and _design(r, g):
            n1, n2 = g[0].n or 0, g[1].n or 0
            inputs = [g[0].mean, g[0].sd, g[1].mean, g[1].sd]
            extra: list[Mention | None] = [t_m, g[0].n_mention, g[1].n_mention]
        else:
            size = _group_size(a)
            if size is None or r.df2 != 2 * size[0] - 2:
                continue
            n1 = n2 = size[0]
            inputs = [t_m]
            extra = [size[1]]
        dv, div = _abs_interval(d_m)
        found = first_that_holds(
            conclude(a, "FC713", "effect-size", d_m, inputs, f, formula, target_value=dv, target_interval=div)
            for f, formula in _d_formulas(inputs, n1, n2, r.df2 or 0, eff.group("k")))
        if found is not None:
            yield _plus(found, extra)


def _d_formulas(inputs: list[Mention], n1: int, n2: int, df: float, kind: str) -> list[tuple[Callable[..., Fraction | None], str]]:
    j = 1 - Fraction(3, 4 * (n1 + n2) - 9)
    if len(inputs) == 1:
        t = inputs[0].text
        from_t = lambda t_: abs(t_) * _sqrt(Fraction(1, n1) + Fraction(1, n2))
        rosenthal = lambda t_: 2 * abs(t_) / _sqrt(Fraction(df))
        out = [(from_t, f"{t} x sqrt(1/{n1} + 1/{n2})"), (rosenthal, f"2 x {t} / sqrt({_df(df)})")]
        g = [(lambda t_: j * from_t(t_), f"{t} x sqrt(1/{n1} + 1/{n2}) x {float(j):.4f}")]
        return g + out if kind == "g" else out + g
    m1, s1, m2, s2 = (x.text for x in inputs)
    pooled = lambda a_, sa, b_, sb: abs(a_ - b_) / _sqrt(((n1 - 1) * sa * sa + (n2 - 1) * sb * sb) / (n1 + n2 - 2))
    average = lambda a_, sa, b_, sb: abs(a_ - b_) / _sqrt((sa * sa + sb * sb) / 2)
    main = [(pooled, f"({m1} - {m2}) / sqrt((({n1} - 1) x {s1}² + ({n2} - 1) x {s2}²) / {n1 + n2 - 2})")]
    if n1 == n2:
        main = [(average, f"({m1} - {m2}) / sqrt(({s1}² + {s2}²) / 2)")]
    hedges = [(lambda a_, sa, b_, sb: j * pooled(a_, sa, b_, sb), f"{main[0][1]} x {float(j):.4f} (Hedges)")]
    others = [(average, f"({m1} - {m2}) / sqrt(({s1}² + {s2}²) / 2)"),
              (lambda a_, sa, b_, sb: abs(a_ - b_) / sa, f"({m1} - {m2}) / {s1} (Glass)"),
              (lambda a_, sa, b_, sb: abs(a_ - b_) / sb, f"({m1} - {m2}) / {s2} (Glass)")]
    return hedges + main + others if kind == "g" else main + hedges + others


# --- FC714: chi-square from a 2 x 2 table ----------------------------------------------------

_OF = re.compile(r"\s+(?:out\s+of|of)\s+(?:the\s+|all\s+|those\s+)?$")


def _pairs(a: Analysis, r: Result) -> list[tuple[Mention, Mention]]:
    """'Twenty-six of the 43 ... and 16 of the 43': the (part, whole) counts of a sentence
    before its result."""
    k = _sentence_at(a, r.start)
    figs = [m for m in a.in_sentence.get(k, []) if m.end <= r.start and m.kind == "count" and m.value.denominator == 1]
    out = []
    for x, y in zip(figs, figs[1:], strict=False):
        if _OF.fullmatch(a.text[x.end:y.start]) and 0 <= x.value <= y.value and y.value > 0:
            out.append((x, y))
    return out


def _pearson(a1: Fraction, n1: Fraction, a2: Fraction, n2: Fraction) -> Fraction | None:
    b1, b2 = n1 - a1, n2 - a2
    n = n1 + n2
    cols = (a1 + a2) * (b1 + b2)
    if cols == 0:
        return None
    return n * (a1 * b2 - b1 * a2) ** 2 / (n1 * n2 * cols)


def _yates(a1: Fraction, n1: Fraction, a2: Fraction, n2: Fraction) -> Fraction | None:
    b1, b2 = n1 - a1, n2 - a2
    n = n1 + n2
    cols = (a1 + a2) * (b1 + b2)
    if cols == 0:
        return None
    d = max(abs(a1 * b2 - b1 * a2) - n / 2, Fraction(0))
    return n * d * d / (n1 * n2 * cols)


def _g2(a1: Fraction, n1: Fraction, a2: Fraction, n2: Fraction) -> Fraction | None:
    cells = [(a1, n1), (n1 - a1, n1), (a2, n2), (n2 - a2, n2)]
    n = n1 + n2
    col = {0: a1 + a2, 1: n - a1 - a2}
    total = 0.0
    for i, (obs, row) in enumerate(cells):
        expected = row * col[i % 2] / n
        if expected == 0:
            return None
        if obs > 0:
            total += float(obs) * math.log(float(obs / expected))
    return Fraction(2 * total)


@rule("FC714", "χ² from a 2 x 2 table of counts the text states")
def chi2_from_counts(a: Analysis) -> Iterator[Check]:
    """A χ²(1) test of two groups' counts stated before it in its sentence ('26 of the 43
    ... and 16 of the 43 ...'): the 2 x 2 table [[26, 17], [16, 27]] gives Pearson's
    χ² = N (ad - bc)² / (row and column totals multiplied); Yates' continuity correction
    and the likelihood-ratio G² are allowed before anything is flagged. Where the result
    states N, the two groups must add up to it.

    ok: Twenty-six of the 43 in the first condition (60.5%) and 16 of the 43 in the control condition (37.2%) booked a meeting, χ²(1, N = 86) = 4.65, p = .031.
    bad: Twenty-six of the 43 in the first condition (60.5%) and 16 of the 43 in the control condition (37.2%) booked a meeting, χ²(1, N = 86) = 6.58, p = .010.
    none: Twenty-six of the 43 in the first condition and 16 of the 50 in the control condition booked a meeting, χ²(1, N = 86) = 4.65, p = .031.
    """
    for r in _results(a):
        if r.test != "chi2" or r.df1 != 1 or r.stat_cmp != "=":
            continue
        pairs = _pairs(a, r)
        if len(pairs) != 2:
            continue
        (x1, y1), (x2, y2) = pairs
        if r.n and int(r.n.replace(",", "")) != y1.value + y2.value:
            continue
        c_m = _exact_mention(a, r.stat_span[1] - len(r.stat_text), r.stat_span[1])
        if c_m is None:
            continue
        exact = [_point(m) for m in (x1, y1, x2, y2)]
        cells = f"[[{x1.text}, {y1.value - x1.value}], [{x2.text}, {y2.value - x2.value}]]"
        found = first_that_holds(
            conclude(a, "FC714", "chi-square", c_m, exact, f, f"{name} of {cells}")
            for f, name in ((_pearson, "Pearson χ²"), (_yates, "χ² with Yates' correction"), (_g2, "likelihood-ratio G²")))
        if found is not None:
            n_m = _mentions_in(a, (r.start, r.stat_span[0]))
            yield _plus(found, [m for m in n_m if r.n and m.text.replace(",", "") == r.n.replace(",", "")])


def _point(m: Mention) -> Mention:
    from dataclasses import replace

    return replace(m, interval=Interval.point(m.value))
