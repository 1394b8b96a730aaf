"""Readers: a file (or standard input) in, a Document out.

Each reader converts its format at this one boundary; nothing foreign passes it. For .txt
and .md the Document's text is the file's text as read, so every offset is an offset into
the file (as decoded). Markdown is parsed with markdown-it-py only to learn which ranges
are not prose (code blocks, inline code, link targets) and where table cells are; a .txt
file's pipe-separated and space-aligned tables are found by claims/_texttables.py.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from ._records import Document

__all__ = ["MAX_BYTES", "InputError", "decode", "read_document", "read_text"]

#: documents larger than this are refused with a clear message rather than read whole
MAX_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """A document figcheck cannot read; the message is one line for the user."""


def decode(data: bytes, name: str = "input") -> str:
    """UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when every other byte
    of the start is zero), else UTF-8 with each byte that is not UTF-8 read as cp1252.

    The last rule reads both a Windows file and one that mixes the two (a UTF-8 article with
    a pasted Latin-1 paragraph) without turning either part into mojibake.

    >>> decode("87.2% — ok".encode("utf-8"))
    '87.2% — ok'
    >>> decode("caf\\xe9 12%".encode("cp1252"))
    'café 12%'
    >>> decode("12 of 40".encode("utf-16-le"))
    '12 of 40'
    >>> decode("naïve — ".encode("utf-8") + "café".encode("latin-1"))
    'naïve — café'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _utf16(data, "utf-16", name)
    else:
        bare = _bare_utf16(data[:8192])
        if bare:
            return _utf16(data, bare, name)
    if _binary(data[:8192]):
        raise InputError(f"{name}: looks like a binary file, not text")
    return data.decode("utf-8", errors=_CP1252_FALLBACK)


def _bare_utf16(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text written in UTF-16 without a byte-order mark: mostly
    Latin script puts a zero in nearly every high byte and almost none in the low bytes."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : 2 * pairs : 2].count(0)
    odd = head[1 : 2 * pairs : 2].count(0)
    if odd >= 0.6 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _utf16(data: bytes, codec: str, name: str) -> str:
    text = data.decode(codec, errors="replace")
    head = text[:4096]
    controls = sum(1 for c in head if c < " " and c not in "\t\n\f\r")
    if controls > len(head) // 10:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


def _cp1252_or_latin1(err: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the bytes that are not UTF-8 as cp1252 (Latin-1 for the five
    bytes cp1252 leaves undefined)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), err.end


_CP1252_FALLBACK = "figcheck-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_or_latin1)


def read_text(path: str) -> tuple[str, str]:
    """The decoded text of a path ('-' is standard input) and its display name."""
    data, name = read_bytes(path)
    return decode(data, name), name


def read_bytes(path: str) -> tuple[bytes, str]:
    """The bytes of a path ('-' is standard input) and its display name."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a folder; use figcheck batch for folders")
        try:
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise InputError(f"{path}: {size // (1024 * 1024)} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit for one document")
            data = p.read_bytes()
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror})") from None
        name = path
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: over the {MAX_BYTES // (1024 * 1024)} MB limit for one document")
    if not data:
        raise InputError(f"{name}: empty file (0 bytes)")  # as figcheck batch says it: nothing to check is bad input
    return data, name


def read_document(path: str, text: str | None = None, fmt: str | None = None) -> Document:
    """Read a .txt, .md, .html or .docx file (or '-'); or wrap ``text`` already in hand.

    The reader is picked by content first (a Word zip, a page starting ``<!DOCTYPE html>``
    or ``<html``), then by extension.
    """
    if text is None:
        data, name = read_bytes(path)
        if data.startswith(b"%PDF"):  # a PDF whatever its name
            from ._pdf import read_pdf

            return read_pdf(data, name)
        if fmt == "docx" or (fmt is None and _is_docx(data, name)):
            from ._docx import read_docx

            return read_docx(data, name)
        text = decode(data, name)
    else:
        name = path
    if fmt is None and (text[:4096].lstrip("\ufeff \t\r\n")[:1] == "<" or name.lower().endswith((".html", ".htm", ".xhtml"))):
        from ._html import looks_like_html

        if looks_like_html(text) or name.lower().endswith((".html", ".htm", ".xhtml")):
            fmt = "html"
    if fmt == "html":
        from ._html import read_html

        return read_html(name, text)
    if fmt is None:
        fmt = "markdown" if name.lower().endswith((".md", ".markdown")) else "text"
    if fmt == "markdown":
        return _markdown(name, text)
    from ._texttables import text_table_cells

    return Document(source=name, format="text", text=text, cells=text_table_cells(text))


def _is_docx(data: bytes, name: str) -> bool:
    """A Word file by its first bytes (a zip); or a binary file named .docx, so that it gets
    the Word reader's message (an old .doc, a damaged zip). Text or a web page saved under
    a .docx name is read for what it holds."""
    if data.startswith(b"PK\x03\x04"):
        return True
    return name.lower().endswith((".doc", ".docx", ".docm")) and _binary(data[:8192])


def _binary(head: bytes) -> bool:
    """More than one NUL byte in a hundred (and more than four), or more than one byte in ten
    a control character other than white space. A stray NUL or two (a scraped page) leaves a
    document text; UTF-16 without a BOM has been recognised before this is asked."""
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return head.count(0) > max(4, len(head) // 100) or controls > len(head) // 10


_LINK_TARGET = re.compile(r"\]\([^)\n]{0,2000}\)|<https?://[^>\s]{1,2000}>|https?://\S{1,2000}")
_INLINE_CODE = re.compile(r"`[^`\n]{1,2000}`")


def _markdown(name: str, text: str) -> Document:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    line_starts = [0]
    for m in re.finditer("\n", text):
        line_starts.append(m.end())
    line_starts.append(len(text) + 1)

    def line_span(a: int, b: int) -> tuple[int, int]:
        return line_starts[a], min(line_starts[min(b, len(line_starts) - 1)], len(text))

    skip: list[tuple[int, int]] = []
    cells: list[tuple[int, int, int, int, int]] = []
    table = -1
    row = -1
    for tok in tokens:
        if tok.type in ("fence", "code_block", "html_block") and tok.map:
            skip.append(line_span(*tok.map))
        elif tok.type == "table_open":
            table += 1
            row = -1
        elif tok.type == "tr_open" and tok.map:
            row += 1
            a, b = line_span(*tok.map)
            line = text[a:b].rstrip("\n")
            col = 0
            stripped = line.strip()
            lead = line.find("|") if stripped.startswith("|") else -1
            parts = line.split("|")
            offset = a
            for k, part in enumerate(parts):
                if k == 0 and lead >= 0:
                    offset += len(part) + 1
                    continue
                if k == len(parts) - 1 and stripped.endswith("|") and not part.strip():
                    break
                start = offset + (len(part) - len(part.lstrip()))
                end = offset + len(part.rstrip())
                cells.append((start, end, table, row, col))
                col += 1
                offset += len(part) + 1
    for rx in (_LINK_TARGET, _INLINE_CODE):
        for m in rx.finditer(text):
            a = m.start() + (1 if m.group(0).startswith("]") else 0)
            skip.append((a, m.end()))
    skip.sort()
    return Document(source=name, format="markdown", text=text, skip=tuple(skip), cells=tuple(cells))
