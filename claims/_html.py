"""The HTML reader: a saved web page in, the article's main text out as a Document.

trafilatura (comments off, tables kept) finds the article amid navigation, adverts, related
links and reader comments, and gives title, author and date. Its result is an XML tree
(``head``, ``p``, ``list``/``item``, ``table``/``row``/``cell``, ``lb``...) that is turned here,
at this one boundary, into plain text: each paragraph a block of its own with a blank line
between blocks, each heading one line marked with '#' as in Markdown, list items '- ', each
table a run of Markdown-like rows ``| a | b |`` whose cells are recorded in ``Document.cells``
exactly as the Markdown reader records them, code blocks kept but listed in ``Document.skip``.
Footnote marks in superscript are dropped ('1,200<sup>2</sup>' is '1,200', never '1,2002'),
a unit's power kept ('m²'); soft hyphens and zero-width characters are dropped. Offsets are into that text, which the JSON report
includes. Script and style content never reaches it, and entities arrive decoded.

trafilatura is imported only when a page is read, never at start-up.
"""

from __future__ import annotations

import re
from typing import Any

from ._records import Document

__all__ = ["looks_like_html", "read_html", "superscript"]

_DOCTYPE = re.compile(r"(?:\ufeff)?\s*+(?:<\?xml[^>]{0,200}>\s*+)?(?:<!--.{0,2000}?-->\s*+)*+<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_SUP = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_SUB = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
#: soft hyphens and zero-width characters: invisible on the page, so not in the text
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_TAG = re.compile(r"<[A-Za-z!/?]")
_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's white space; a no-break space stays
_BLOCKS = {"p", "head", "list", "item", "table", "quote", "code", "div", "section", "article", "main", "body"}
_CONTAINERS = {"list", "quote", "div", "section", "article", "main", "body"}


def looks_like_html(text: str) -> bool:
    """The text starts as an HTML page does: ``<!DOCTYPE html>`` or ``<html``.

    >>> looks_like_html("  <!DOCTYPE html>\\n<html><body>12%</body></html>")
    True
    >>> looks_like_html("<?xml version='1.0'?><!-- saved --><HTML lang=en>")
    True
    >>> looks_like_html("Of the 463 reports, 404 (85%) were <html> recorded")
    False
    """
    return _DOCTYPE.match(text[:4096]) is not None


def _quiet() -> None:
    """trafilatura and its helpers log their doubts; a reader must print nothing."""
    import logging

    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        log = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
            log.addHandler(logging.NullHandler())
        log.propagate = False


def read_html(name: str, html: str) -> Document:
    """The article of a web page as a Document (format "html").

    Raises InputError when the page holds no article text (empty, or scripts only).
    """
    from ._readers import InputError

    if not html.strip():
        raise InputError(f"{name}: the HTML page is empty")
    if not _TAG.search(html):  # plain text under an .html name: read as the text it is
        return Document(source=name, format="text", text=html)
    import trafilatura
    from trafilatura.settings import use_config

    _quiet()
    config = use_config()
    # trust trafilatura's own extraction even for a short article: its fall-back for short
    # results takes the page's whole text, navigation and comments included
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "MIN_EXTRACTED_COMM_SIZE", "1")
    config.set("DEFAULT", "MIN_OUTPUT_COMM_SIZE", "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    try:
        result = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=True, include_formatting=True,
            include_links=False, include_images=False, with_metadata=True, deduplicate=False, config=config,
        )
    except RecursionError:
        raise
    except Exception as e:  # lxml and trafilatura raise many kinds on a malformed page
        raise InputError(f"{name}: could not be read as HTML ({type(e).__name__})") from None
    body = getattr(result, "body", None)
    text, cells, skip = ("", [], []) if body is None else _render(body)
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    metadata: dict[str, Any] = {}
    for key in ("title", "author", "date", "sitename", "description", "url"):
        value = getattr(result, key, None)
        if value:
            metadata[key] = str(value)
    return Document(source=name, format="html", text=text, metadata=metadata, skip=tuple(skip), cells=tuple(cells))


def superscript(mark: str, before: str) -> str:
    """What a superscript adds to the text after the character ``before``.

    >>> [superscript(m, b) for m, b in (("2", "0"), ("[3]", "%"), ("2", "m"), ("st", "1"), ("Note", "."))]
    ['', '', '²', 'st', ' Note']
    """
    mark = mark.strip()
    if mark in ("st", "nd", "rd", "th") and before.isdigit():
        return mark  # an ordinal: 21<sup>st</sup>
    if mark in ("2", "3") and before.isalpha():
        return mark.translate(_SUP)  # a unit's power: m², km³
    if len(mark) > 4 or not re.fullmatch(r"[\W\da-z]*", mark):
        return " " + mark  # words, not a mark: kept apart
    return ""  # a footnote mark


def _inline(el: Any) -> str:
    """An element's text with white space collapsed as a browser would; <lb/> a line break."""
    parts: list[str] = []

    def walk(e: Any) -> None:
        if e.text:
            parts.append(e.text)
        for child in e:
            if child.tag == "lb":
                parts.append("\x00")
            elif child.tag == "hi" and child.get("rend") == "#sup":
                # a footnote mark must not run into the figure before it: '1,200<sup>2</sup>'
                # is '1,200', never '1,2002'; a unit's power stays one: 'm<sup>2</sup>' is 'm²'
                parts.append(superscript("".join(child.itertext()), "".join(parts)[-1:]))
            elif child.tag == "hi" and child.get("rend") == "#sub":
                parts.append("".join(child.itertext()).translate(_SUB))
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    joined = _INVISIBLE.sub("", "".join(parts))
    lines = (_SPACE.sub(" ", line).strip() for line in joined.split("\x00"))
    return "\n".join(line for line in lines if line)


def _render(body: Any) -> tuple[str, list[tuple[int, int, int, int, int]], list[tuple[int, int]]]:
    """trafilatura's XML body as text with blank lines between blocks, and the table cells."""
    out: list[str] = []
    cells: list[tuple[int, int, int, int, int]] = []
    skip: list[tuple[int, int]] = []
    pos = 0
    tables = 0

    def emit_block(block: str) -> None:
        nonlocal pos
        if out:
            out.append("\n\n")
            pos += 2
        out.append(block)
        pos += len(block)

    def table(el: Any) -> None:
        nonlocal pos, tables
        rows = [[_SPACE.sub(" ", _inline(c)).strip() for c in row if c.tag == "cell"]
                for row in el.iter("row") if _owner(row) is el]
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        if out:
            out.append("\n\n")
            pos += 2
        width = max(len(r) for r in rows)
        for n, row in enumerate(rows):
            if n:
                out.append("\n")
                pos += 1
            line = "|"
            pos += 1
            for col, cell in enumerate(row):
                start = pos + 1
                cells.append((start, start + len(cell), tables, n, col))
                piece = f" {cell} |"
                line += piece
                pos += len(piece)
            out.append(line)
            if n == 0:
                sep = "\n|" + "---|" * width
                out.append(sep)
                pos += len(sep)
        tables += 1

    def visit(el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if tag == "table":
            table(el)
        elif tag == "code":  # a code block: kept for the reader, never read for figures
            lines = (line.rstrip() for line in _INVISIBLE.sub("", "".join(el.itertext())).split("\n"))
            block = "\n".join(line for line in lines if line.strip())
            if block:
                emit_block(block)
                skip.append((pos - len(block), pos))
        elif tag == "head":
            words = _SPACE.sub(" ", _inline(el)).strip()
            if words:
                level = el.get("rend", "h2")
                hashes = "#" * (int(level[1]) if re.fullmatch(r"h[1-6]", level) else 2)
                emit_block(f"{hashes} {words}")
        elif tag == "list":
            items = [_SPACE.sub(" ", _inline(i)).strip() for i in el if i.tag == "item"]
            items = [i for i in items if i]
            if items:
                emit_block("\n".join(f"- {i}" for i in items))
        elif tag in _CONTAINERS and any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el):
            if el.text and el.text.strip():
                emit_block(_SPACE.sub(" ", el.text).strip())
            for child in el:
                visit(child)
                if child.tail and child.tail.strip():
                    emit_block(_SPACE.sub(" ", child.tail).strip())
        else:
            words = _inline(el)
            if words:
                emit_block(words)

    visit(body)
    return "".join(out), cells, skip


def _owner(row: Any) -> Any:
    """The table a row belongs to (the nearest, for a table inside a cell)."""
    e = row.getparent()
    while e is not None and e.tag != "table":
        e = e.getparent()
    return e
