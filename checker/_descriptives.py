"""Reported descriptive statistics: a mean, its SD and its N written together
('M = 5.21, SD = 1.60, N = 28'), and what the text says about the data they summarise
(whole-number ratings on a 1-7 scale, a binary 0/1 measure, items per score).

Used by the granularity rules (GRIM, GRIMMER, DEBIT). Everything here is found from the
figures' own sentences, so the work is linear in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims._records import Mention

from ._analysis import Analysis

__all__ = ["Descriptives", "binary_data", "descriptives", "scale_items", "scale_sentences"]

_TAG_BEFORE = {
    "M": re.compile(r"(?:\bM\s*=|\b(?i:mean)\s*(?:=|:)?|\b(?i:mean)\s+(?:of|was|score\s+(?:of|was)))\s*$"),
    "SD": re.compile(r"(?:\b(?i:sd)\s*=|\b(?i:sd)\s*:|\b(?i:sd)\s+of|\b(?i:s\.d\.)\s*=?|\b(?i:standard\s+deviation)\s*(?:=|of|was)?)\s*$"),
    "N": re.compile(r"\b[Nn]\s*=\s*$"),
}
_STATS_NEAR = re.compile(r"\b(?:SD|s\.d\.|[Ss]tandard [Dd]eviation)\b")
_WORD_ITEMS = {"one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "twelve": 12, "twenty": 20}
# 'on a 1-7 scale', 'on a 1 to 5 rating scale', 'on a 7-point scale', 'a 0-10 scale', '(1 = not at all, 7 = extremely)'
_SCALE = re.compile(
    r"\b(?:(?P<items>\d++|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[-\s]item\s+)?"
    r"(?:(?P<lo>\d++)\s*+(?:-|–|to)\s*+(?P<hi>\d++)|(?P<points>\d++|five|seven|nine|ten|eleven)-point)\s+"
    r"(?:(?:rating|response|likert|likert-type|ordinal)\s+)?(?:scale|item)s?\b"
    r"|\(\s*(?P<plo>\d+)\s*=\s*[^()=]{1,40},\s*(?P<phi>\d+)\s*=\s*[^()=]{1,40}\)",
    re.I,
)
_ITEM_COUNT = re.compile(r"\b(\d+|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[-\s]item\b", re.I)
#: the data are averages or sums of several answers: not single whole numbers (unless the
#: item count is stated)
_MULTI = re.compile(r"\b(?:averaged|summed|composite|subscales?|cronbach|multi-?item|inventory|index|"
                    r"mean\s+of\s+(?:the\s+)?(?:\w+\s+)?items|items\s+were\s+(?:averaged|summed|combined))\b|"
                    r"(?:α|\balpha\b)\s*=\s*0?\.[5-9]", re.I)  # a reliability alpha, not a significance level
#: several ratings per person: 'each participant rated 10 faces', 'across the 12 trials'
_MANY_RATINGS = re.compile(r"\b(?:each|every|all|both|across|over)\s+(?:of\s+)?(?:the\s+|their\s+)?(?:\d+\s+|two\s+|three\s+|four\s+|"
                           r"five\s+|six\s+|ten\s+|twelve\s+|twenty\s+)?(?:faces|photos|photographs|images|pictures|statements|"
                           r"trials|scenarios|vignettes|questions|stimuli|words|items|sessions|blocks|days|occasions)\b|"
                           r"\brated\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+[^\W\d]", re.I)
_SINGLE = re.compile(r"\bsingle[-\s](?:items?|questions?)\b", re.I)
_BINARY = re.compile(r"\b(?:binary|dichotomous|yes\s*/\s*no|coded\s+(?:as\s+)?0\s*(?:and|or|/|,)\s*1|0\s*=\s*no\b|1\s*=\s*yes\b|"
                     r"proportion\s+(?:of\s+(?:the\s+)?(?:participants|respondents|students|people|patients|children|adults|"
                     r"pupils|women|men|subjects|households)\s+)?(?:who|that)\b)", re.I)


@dataclass(frozen=True, slots=True)
class Descriptives:
    mean: Mention
    sd: Mention | None
    n: Mention | None  # None when the sentence states no N with the figures


def _tag(a: Analysis, m: Mention) -> str | None:
    if m.kind not in ("decimal", "count") or m.hedge != "exact":
        return None
    before = a.text[max(a.sentence(m).start, m.start - 24):m.start]
    for tag, pattern in _TAG_BEFORE.items():
        if pattern.search(before):
            return tag
    return None


def descriptives(a: Analysis) -> list[Descriptives]:
    """Each mean written with its SD (and N) in one sentence: 'M = 5.21, SD = 1.60, N = 28',
    '(N = 28, M = 5.21, SD = 1.6)', 'a mean of 0.35 (SD = 0.18, n = 20)'. Found only in
    sentences that name an SD; the N is the one written within the same group of figures."""
    got = a.memo.get("descriptives")
    if got is not None:
        return got  # type: ignore[return-value]
    out: list[Descriptives] = []
    seen: set[int] = set()
    text = a.text
    if "SD" not in text and "s.d." not in text and "tandard deviation" not in text:
        a.memo["descriptives"] = out
        return out
    for hit in _STATS_NEAR.finditer(text):
        k = _sentence_at(a, hit.start())
        if k is None or k in seen:
            continue
        seen.add(k)
        tags = [(t, m) for m in a.in_sentence.get(k, []) if (t := _tag(a, m)) is not None]
        for i, (t, m) in enumerate(tags):
            if t != "M":
                continue
            sd = tags[i + 1][1] if i + 1 < len(tags) and tags[i + 1][0] == "SD" else None
            if sd is None or sd.start - m.end > 40:
                continue
            n: Mention | None = None
            if i + 2 < len(tags) and tags[i + 2][0] == "N" and tags[i + 2][1].start - sd.end <= 40:
                n = tags[i + 2][1]
            elif i >= 1 and tags[i - 1][0] == "N" and m.start - tags[i - 1][1].end <= 30 \
                    and "(" not in a.text[tags[i - 1][1].end:m.start] and ")" not in a.text[tags[i - 1][1].end:m.start]:
                n = tags[i - 1][1]
            out.append(Descriptives(m, sd, n))
    a.memo["descriptives"] = out
    return out


def _sentence_at(a: Analysis, pos: int) -> int | None:
    import bisect

    starts = a.memo.get("sentence_starts")
    if not isinstance(starts, list):
        starts = a.memo["sentence_starts"] = [s.start for s in a.sentences]
    k = bisect.bisect_right(starts, pos) - 1
    return k if k >= 0 else None


def _count_word(w: str) -> int:
    return int(w) if w.isdigit() else _WORD_ITEMS[w.lower()]


def scale_sentences(a: Analysis) -> set[int]:
    """The sentences that name a rating scale of whole numbers (found once per document)."""
    got = a.memo.get("scale_sentences")
    if isinstance(got, set):
        return got
    out: set[int] = set()
    text = a.text
    if "scale" in text or "item" in text or "=" in text:
        for hit in _SCALE_CUE.finditer(text):
            k = _sentence_at(a, hit.start())
            if k is not None:
                out.add(k)
    a.memo["scale_sentences"] = out
    return out


_SCALE_CUE = re.compile(r"[Ss]cale|[Ii]tem|\(\s*\d+\s*=")


def scale_items(a: Analysis, k: int) -> int | None:
    """The items per score when sentence k says the figures are ratings on a scale of
    whole numbers ('on a 1-7 scale': 1; 'a two-item 1-7 scale': 2). A rating is taken as
    one item unless its sentence says otherwise or the document speaks of scores
    averaged or combined from items without saying that some measures are single items.
    None when the sentence names no such scale."""
    text = a.sentence_text(k)
    hit = _SCALE.search(text)
    if hit is None:
        return None
    if hit.group("items"):
        return _count_word(hit.group("items"))
    counted = {_count_word(x.group(1)) for x in _ITEM_COUNT.finditer(text)}
    if len(counted) == 1:
        return counted.pop()
    if counted or _MULTI.search(text) or _MANY_RATINGS.search(text):
        return None
    multi = a.memo.get("multi_item")
    if multi is None:
        multi = a.memo["multi_item"] = bool(_MULTI.search(a.text)) and not _SINGLE.search(a.text)
    return None if multi else 1


def binary_data(a: Analysis, k: int) -> bool:
    """Whether sentence k (or the one before) says its figures summarise 0/1 data."""
    if _BINARY.search(a.sentence_text(k)):
        return True
    return k > 0 and bool(_BINARY.search(a.sentence_text(k - 1)))
