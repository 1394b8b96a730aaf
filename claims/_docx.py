"""The Word reader: a .docx file in, its text as a Document (format "docx").

python-docx (imported only when a Word file is read) gives the body's paragraphs and tables
in document order. They become text at this one boundary: each paragraph a block with a
blank line between blocks, headings marked with '#' as in Markdown, list paragraphs with
'- ', and each table a run of Markdown-like rows ``| a | b |`` whose cells are recorded in
``Document.cells`` as the Markdown reader records them (a merged cell counted once).
Running headers and footers are left out. Offsets are into that text, which the JSON report
includes. Title, author and dates come from the file's core properties.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from ._records import Document

__all__ = ["read_docx"]

#: a .docx whose parts unpack to more than this is refused (a zip bomb costs one line)
MAX_UNPACKED = 500 * 1024 * 1024
_SPACE = re.compile(r"[ \t\r\f\v]+")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def read_docx(data: bytes, path: str) -> Document:
    """A Word file's paragraphs and tables as a Document; InputError when it cannot be read."""
    from ._readers import InputError

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{path}: is an old-style Word .doc (or encrypted); save it as .docx to check it")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names:
                raise InputError(f"{path}: not a Word document (a zip with no word/document.xml)")
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
                raise InputError(f"{path}: unpacks to more than {MAX_UNPACKED // (1024 * 1024)} MB; refused")
    except zipfile.BadZipFile:
        raise InputError(f"{path}: not a valid Word document (.docx): the file is not a readable zip") from None
    try:
        import docx

        word = docx.Document(io.BytesIO(data))
        text, cells = _render(word)
        metadata = _metadata(word)
    except InputError:
        raise
    except RecursionError:
        raise
    except Exception as e:  # python-docx, zipfile and lxml raise many kinds on a damaged file
        reason = str(e).splitlines()[0][:120] if str(e) else type(e).__name__
        raise InputError(f"{path}: not a valid Word document (.docx): {reason}") from None
    if not text.strip():
        raise InputError(f"{path}: the Word document has no text")
    return Document(source=path, format="docx", text=text, metadata=metadata, cells=tuple(cells))


def _metadata(word: Any) -> dict[str, Any]:
    props = word.core_properties
    out: dict[str, Any] = {}
    for key, value in (("title", props.title), ("author", props.author),
                       ("date", props.created), ("modified", props.modified)):
        if value:
            out[key] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return out


def _paragraph_text(paragraph: Any) -> str:
    """A paragraph's text, runs and hyperlinks in order; a superscript footnote mark dropped
    so that it never runs into the figure before it ('1,200' + superscript '2' is '1,200')."""
    from docx.text.run import Run

    from ._html import superscript

    parts: list[str] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Run) and item.font.superscript:
            parts.append(superscript(item.text, "".join(parts)[-1:]))
        else:
            parts.append(item.text)
    return _INVISIBLE.sub("", "".join(parts))


def _clean(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def _render(word: Any) -> tuple[str, list[tuple[int, int, int, int, int]]]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    cells: list[tuple[int, int, int, int, int]] = []
    pos = 0
    tables = 0

    def sep() -> None:
        nonlocal pos
        if out:
            out.append("\n\n")
            pos += 2

    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            lines = [_clean(x) for x in _paragraph_text(block).split("\n")]
            words = "\n".join(x for x in lines if x)
            if not words:
                continue
            style = (block.style.name if block.style is not None else "") or ""
            m = re.fullmatch(r"Heading ([1-9])", style)
            if m:
                words = "#" * min(6, int(m.group(1))) + " " + words.replace("\n", " ")
            elif style == "Title":
                words = "# " + words.replace("\n", " ")
            elif style.startswith("List"):
                words = "- " + words
            sep()
            out.append(words)
            pos += len(words)
        elif isinstance(block, Table):
            rows: list[list[str]] = []
            for row in block.rows:
                seen: set[int] = set()
                texts = []
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats across the columns it spans
                        continue
                    seen.add(id(cell._tc))
                    texts.append(_clean(" ".join(_paragraph_text(q) for q in cell.paragraphs).replace("\n", " ")))
                if any(texts):
                    rows.append(texts)
            if not rows:
                continue
            sep()
            width = max(len(r) for r in rows)
            for n, texts in enumerate(rows):
                if n:
                    out.append("\n")
                    pos += 1
                out.append("|")
                pos += 1
                for col, cell_text in enumerate(texts):
                    start = pos + 1
                    cells.append((start, start + len(cell_text), tables, n, col))
                    piece = f" {cell_text} |"
                    out.append(piece)
                    pos += len(piece)
                if n == 0:
                    line = "\n|" + "---|" * width
                    out.append(line)
                    pos += len(line)
            tables += 1
    return "".join(out), cells
