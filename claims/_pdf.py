"""The PDF reader: a PDF's bytes in, a Document out, by pypdfium2 (imported only here).

Per page pdfium gives the text in content order with a line break between lines and
every character's box. The reader groups the characters into lines, leaves out running
headers and footers (a line repeated at the same height on most pages, digits aside) and
bare page numbers, joins the lines of a paragraph with spaces where they are wrapped prose
(a single line break where a line stops short), puts a blank line between paragraphs
(found by the vertical gap between baselines and by changes of font size) and between
pages, and joins a word hyphenated across a line end. ``Document.boxes`` holds, for every
character of the text, (page number from 1, left, bottom, right, top) in PDF user space
(points, origin bottom left of the unrotated page, as pdfium reports it); a character the
reader inserted (a space or line break) carries a zero-width box at the end of the
character before it.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass

from ._readers import InputError
from ._records import Document

__all__ = ["read_pdf"]

Box = tuple[int, float, float, float, float]

#: what pdfium puts for a hyphen it found at a line end (the line break itself it drops)
_HYPHEN_MARK = "\ufffe"
_PAGE_NUMBER = re.compile(
    r"(?i)(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]"
)


@dataclass(slots=True)
class _Line:
    page: int
    chars: list[tuple[str, Box]]
    left: float
    right: float
    baseline: float
    top: float
    size: float

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)


def read_pdf(data: bytes, name: str) -> Document:
    """Read a PDF's text layer; an InputError (one line) for what cannot be read."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - pypdfium2 is a dependency
        raise InputError(f"{name}: is a PDF, and reading PDFs needs pypdfium2 (pip install pypdfium2)") from None
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise InputError(f"{name}: is an encrypted PDF that needs a password; save an unencrypted copy to check it") from None
        raise InputError(f"{name}: is not a readable PDF (corrupt or truncated)") from None
    try:
        count = len(pdf)
        if count == 0:
            raise InputError(f"{name}: is a PDF with no pages (corrupt or truncated)")
        pages: list[list[_Line]] = []
        for index in range(count):
            try:
                pages.append(_page_lines(pdf, index, raw))
            except pdfium.PdfiumError:
                raise InputError(f"{name}: page {index + 1} of the PDF cannot be read (corrupt or truncated)") from None
        metadata: dict[str, object] = {"pages": count}
        try:
            for key, value in pdf.get_metadata_dict(skip_empty=True).items():
                if key in ("Title", "Author", "CreationDate", "Producer"):
                    metadata[key.lower()] = value
        except Exception:  # noqa: BLE001 - metadata is a nicety; a damaged dictionary must not stop the text
            pass
    finally:
        pdf.close()
    if not any(any(c.strip() for c, _ in line.chars) for lines in pages for line in lines):
        raise InputError(f"{name}: no text layer; figcheck does no OCR (run the PDF through an OCR tool first)")
    _drop_running(pages)
    text, boxes = _assemble(pages)
    return Document(source=name, format="pdf", text=text, metadata=metadata, pages=count, boxes=tuple(boxes))


def _page_lines(pdf: object, index: int, raw: object) -> list[_Line]:
    """The lines of one page, each with its characters and their boxes."""
    page = pdf[index]  # type: ignore[index]
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return []
        text = textpage.get_text_range(0, n)
        if len(text) != n:  # characters outside the BMP: ask for them one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD) for i in range(n))  # type: ignore[attr-defined]
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        get_box = raw.FPDFText_GetCharBox  # type: ignore[attr-defined]
        get_size = raw.FPDFText_GetFontSize  # type: ignore[attr-defined]
        tp = textpage.raw
        pl, pr, pb, pt = ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)
        page_no = index + 1
        lines: list[_Line] = []
        current: list[tuple[str, Box]] = []
        sizes: list[float] = []

        def close() -> None:
            if current:
                lines.append(_make_line(page_no, current[:], sizes[:]))
            current.clear()
            sizes.clear()

        i = 0
        while i < n:
            ch = text[i]
            if ch == "\r" or ch == "\n":
                close()
                i += 1
                continue
            get_box(tp, i, pl, pr, pb, pt)
            box = (page_no, left.value, bottom.value, right.value, top.value)
            if ch == _HYPHEN_MARK or ch == "\x02":
                current.append(("\x02", box))  # a line-end hyphen: the next characters start a new line
                close()
                i += 1
                continue
            if ch == "\x00":
                i += 1
                continue
            if not ch.isspace() and len(sizes) < 8:
                sizes.append(get_size(tp, i))
            current.append((ch, box))
            i += 1
        close()
        return lines
    finally:
        textpage.close()
        page.close()


def _make_line(page: int, chars: list[tuple[str, Box]], sizes: list[float]) -> _Line:
    ink = [b for c, b in chars if not c.isspace() and c != "\x02"] or [b for _, b in chars]
    bottoms = Counter(round(b[2], 1) for c, b in chars if c.isalnum())
    baseline = bottoms.most_common(1)[0][0] if bottoms else min(b[2] for b in ink)
    size = sorted(sizes)[len(sizes) // 2] if sizes else max(b[4] for b in ink) - min(b[2] for b in ink)
    return _Line(page, chars, min(b[1] for b in ink), max(b[3] for b in ink), baseline, max(b[4] for b in ink), round(size, 1))


def _drop_running(pages: list[list[_Line]]) -> None:
    """Leave out running headers and footers and bare page numbers (in place)."""
    count = len(pages)

    def key(line: _Line) -> tuple[str, int]:
        return re.sub(r"\d+", "#", " ".join(line.text.replace("\x02", "-").split()).lower()), round(line.baseline / 3)

    def edges(lines: list[_Line]) -> list[_Line]:
        if not lines:
            return []
        by_height = sorted(lines, key=lambda ln: -ln.baseline)
        return by_height[:2] + by_height[-2:] if len(by_height) > 4 else by_height

    if count >= 2:
        seen: Counter[tuple[str, int]] = Counter()
        for lines in pages:
            seen.update({key(ln) for ln in edges(lines)})
        need = count if count <= 3 else max(3, (count + 1) // 2)
        running = {k for k, v in seen.items() if v >= need and k[0].strip()}
        if running:
            for p, lines in enumerate(pages):
                edge = {id(ln) for ln in edges(lines)}
                pages[p] = [ln for ln in lines if not (id(ln) in edge and key(ln) in running)]
    for p, lines in enumerate(pages):
        if not lines:
            continue
        by_height = sorted(lines, key=lambda ln: -ln.baseline)
        drop = set()
        for ln, neighbour in ((by_height[0], by_height[1] if len(by_height) > 1 else None),
                              (by_height[-1], by_height[-2] if len(by_height) > 1 else None)):
            if not _PAGE_NUMBER.fullmatch(" ".join(ln.text.split())):
                continue
            if neighbour is None or abs(neighbour.baseline - ln.baseline) > 1.6 * max(ln.size, neighbour.size, 1.0):
                drop.add(id(ln))
        if drop:
            pages[p] = [ln for ln in lines if id(ln) not in drop]


def _pitches(pages: list[list[_Line]]) -> dict[float, float]:
    """The usual distance between baselines of consecutive lines, by font size."""
    gaps: dict[float, Counter[float]] = {}
    for lines in pages:
        for a, b in zip(lines, lines[1:], strict=False):
            if a.size == b.size and a.size > 0:
                gap = round(a.baseline - b.baseline, 1)
                if 0.9 * a.size <= gap <= 2.0 * a.size:
                    gaps.setdefault(a.size, Counter())[gap] += 1
    return {size: c.most_common(1)[0][0] for size, c in gaps.items()}


def _assemble(pages: list[list[_Line]]) -> tuple[str, list[Box]]:
    pitch = _pitches(pages)
    out: list[str] = []
    boxes: list[Box] = []

    def sep(s: str) -> None:
        if not boxes:
            return
        page, _, y0, x1, _ = boxes[-1]
        for ch in s:
            out.append(ch)
            boxes.append((page, x1, y0, x1, y0))

    def emit(line: _Line, start: bool) -> None:
        chars = line.chars
        if start:
            while chars and chars[0][0].isspace():
                chars = chars[1:]
        for ch, box in chars:
            out.append(ch)
            boxes.append(box)

    for lines in pages:
        if not lines:
            continue
        if out:
            while out and out[-1] in " \n":
                out.pop()
                boxes.pop()
            sep("\n\n")
        body = [ln.right for ln in lines if ln.right > ln.left]
        right = sorted(body)[int(len(body) * 0.9)] if body else 0.0
        prev: _Line | None = None
        for line in lines:
            if prev is None:
                emit(line, True)
                prev = line
                continue
            hyphen = prev.chars[-1][0] == "\x02"
            gap = prev.baseline - line.baseline
            size = max(prev.size, line.size, 1.0)
            usual = pitch.get(line.size, 1.2 * size) if prev.size == line.size else 1.2 * size
            new_para = (
                gap <= 0.3 * size  # back up the page: a new column or a text box
                or gap > 1.3 * usual
                or abs(prev.size - line.size) > 0.6
            )
            if hyphen:
                _unhyphen(out, boxes, line)
                if not new_para or gap < 2.2 * size:
                    emit(line, True)
                    prev = line
                    continue
            while out and out[-1] == " ":
                out.pop()
                boxes.pop()
            if new_para:
                sep("\n\n")
            elif prev.right < right - max(3 * size, 0.2 * (right - min(ln.left for ln in lines))):
                sep("\n")  # a line that stops short: not wrapped prose
            else:
                sep(" ")
            emit(line, True)
            prev = line
    while out and out[-1] in " \n":
        out.pop()
        boxes.pop()
    return "".join(out).replace("\x02", "-"), boxes


def _unhyphen(out: list[str], boxes: list[Box], nxt: _Line) -> None:
    """A line ended in a hyphen: drop it where the word carries on in lower case."""
    first = next((c for c, _ in nxt.chars if not c.isspace()), "")
    if first.islower():
        out.pop()
        boxes.pop()
    else:
        out[-1] = "-"
