"""Where a mention sits, for the renderers: line and column in the text, and page."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from checker import Result
from claims import Document

__all__ = ["Locator", "passage", "source_passages"]

_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"'(])|\n\s*\n")


def passage(doc: Document, start: int, end: int, reach: int = 240) -> str:
    """The sentence of a document around [start, end), white space folded, at most about
    2 * reach characters: what a source figure was said in."""
    text = doc.text
    lo = max(0, start - reach)
    cut = lo
    for found in _BREAK.finditer(text, lo, start):
        cut = found.end()
    hi = min(len(text), end + reach)
    nxt = _BREAK.search(text, end, hi)
    stop = nxt.start() if nxt else hi
    out = " ".join(text[cut:stop].split())
    return ("… " if cut == lo and lo > 0 else "") + out + (" …" if stop == hi and hi < len(text) else "")


def where(doc: Document, offset: int) -> str:
    """'report.pdf p. 3' for a paged document, else 'report.txt line 12'."""
    name = Path(doc.source).name
    pages = doc.page_starts
    if pages:
        return f"{name} p. {bisect.bisect_right(pages, offset)}"
    return f"{name} line {doc.text.count(chr(10), 0, offset) + 1}"


def source_passages(r: Result, mention_ids: tuple[str, ...]) -> list[tuple[str, str]]:
    """(where, passage) for each source-report figure among a check's mentions, once a passage."""
    by_id = {m.id: m for m in r.mentions}
    out: list[tuple[str, str]] = []
    for mid in mention_ids:
        doc = r.document_of(mid)
        m = by_id.get(mid)
        if doc is r.document or m is None:
            continue
        item = (where(doc, m.start), passage(doc, m.start, m.end))
        if item not in out:
            out.append(item)
    return out


class Locator:
    def __init__(self, result: Result) -> None:
        text = result.document.text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.pages = getattr(result.document, "page_starts", ()) or ()

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def page(self, offset: int) -> int:
        if not self.pages:
            return 1
        return bisect.bisect_right(self.pages, offset)
