"""Sentences, clauses and the measure words around each figure.

A figure's *measure* is what it counts, of what, when and under which condition: the
content words of its clause. Relations are only drawn between figures whose measures
agree, so "404 out of 463 ... recorded within 24 hours" never meets the violent-crime
recording rate of 84.8%.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._records import Document, Sentence

__all__ = ["STOPWORDS", "content_words", "split_sentences", "stem"]

_ABBREV = frozenset("mr mrs ms dr prof st vs e.g i.e etc approx cf al".split())
#: abbreviations only when a number follows ('No. 5', 'Fig. 2', 'Sept. 2023'): 'said no.' ends a sentence
_ABBREV_BEFORE_NUMBER = frozenset("no fig vol v p pp c jan feb mar apr jun jul aug sep sept oct nov dec".split())
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•|#]|\d+\.\s))")

STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as is are was were be been being
    that this these those it its their there which who whom whose what when where while than
    then so such not no nor into onto over under about around some more most less fewer just
    only also had has have having do does did will would could should may might can must
    all any each every both either neither other another our we they he she i you his her
    them us me my your per cent percent pc said says say according also still yet up down
    out very much many few one represent represents gives give given shows show showed means
    meaning found finds find make makes made take takes took put puts says said told
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred thousand million billion half third quarter
    fifth tenth point points percentage""".split()
)


#: plurals no suffix rule reaches, as their singular's stem
_IRREGULAR = {"children": "child", "women": "woman", "men": "man"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem so that 'recording', 'recorded' and 'records' meet.

    >>> stem("recording") == stem("recorded") == stem("records"), stem("children") == stem("Child")
    (True, True)
    """
    w = word.lower().strip("'’")
    if w.endswith(("'s", "’s")):
        w = w[:-2]  # the constabulary's records are the constabulary's
    if w in _IRREGULAR:
        return _IRREGULAR[w]  # 'children' are what a 'Child visitors' row counts
    if w.startswith("un") and len(w) > 6 and w not in ("under", "understanding", "universal", "university", "unit", "united"):
        w = w[2:]
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ed", "ers", "er", "ies", "es", "s", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= (3 if suffix == "s" and not w.endswith("ss") else 4):
            w = w[: -len(suffix)]
            if suffix == "ies":
                w += "y"
            break
    # 'crime' and 'crimes', 'oppose' and 'opposed' meet at 'crim', 'oppos'
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def content_words(text: str) -> list[str]:
    """Stems of the content words of a piece of text, in order."""
    return [stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 1]


#: a 'sentence' longer than this is a list or a run-on line, cut at clause breaks so that
#: the work a rule does within one sentence stays bounded
MAX_SENTENCE = 600
_SOFT_BREAK = re.compile(r"[;,]\s|\s[–—-]\s|\s")


def _bounded(text: str, points: list[int]) -> list[int]:
    out = [points[0]] if points else []
    for a, b in zip(points, points[1:], strict=False):
        while b - a > MAX_SENTENCE:
            cut = None
            for m in _SOFT_BREAK.finditer(text, a + MAX_SENTENCE // 2, a + MAX_SENTENCE):
                cut = m.end()
                if m.group(0)[0] in ";,":
                    break
            if cut is None:
                cut = a + MAX_SENTENCE
            out.append(cut)
            a = cut
        out.append(b)
    return out


def split_sentences(doc: Document) -> list[Sentence]:
    """Sentences of a document; table rows are sentences of their own.

    A single line break ends a sentence when the line before it ends with sentence
    punctuation or is short like a heading; hard-wrapped prose continues.
    """
    text = doc.text
    cuts = {0, len(text)}
    for m in _END.finditer(text):
        end = m.end()
        if m.group(0)[0] in ".!?":
            before = text[max(0, m.start() - 6):m.start()].split()
            last = before[-1].lower().lstrip("(") if before else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha() and last.isupper()):
                continue
            if last in _ABBREV_BEFORE_NUMBER and re.match(r"\s*\d", text[end:end + 4]):
                continue
        cuts.add(end)
    # single line breaks: a break after a heading-like or punctuated line
    pos = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        end = pos + len(line)
        stripped = line.strip()
        following = lines[n + 1].lstrip() if n + 1 < len(lines) else ""
        continues = bool(following) and (following[0].islower() or following[0] in ",;)")
        if not stripped:
            cuts.add(end)
        elif stripped[-1] in ".:!?\"”’|" or stripped.startswith(("|", "#", "-", "*")):
            cuts.add(end)
        elif len(stripped) < 70 and not continues:
            cuts.add(end)  # a heading, a dateline, a title: short and not carried on
        pos = end + 1
    for a, b, *_ in doc.cells:
        cuts.add(a)
        cuts.add(b)
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    points = _bounded(text, points)
    out: list[Sentence] = []
    para = 0
    for a, b in zip(points, points[1:], strict=False):
        chunk = text[a:b]
        if "\n\n" in text[max(0, a - 2):a + 1] or (a and text[a - 1:a] == "\n" and text[max(0, a - 2):a - 1] == "\n"):
            para += 1
        if chunk.strip():
            out.append(Sentence(a, b, len(out), para))
    return out
