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
character before it. The boxes are pdfium's loose ones: the character's advance across and
the font's ascent to descent up, so the boxes of a word or a line meet (what a highlight
wants).

A page set in two or three columns is read column by column, whatever order its content
stream draws the lines in (many tools draw line across line): a column gutter is a band of
white running down the lines that are narrow or have a wide gap in them; lines running
across it (a heading over both columns, a full-width paragraph) and ruled tables stay whole
and in place, and between them each stretch of prose columns is cut at the gutters and read
left column first. A sentence broken off at the foot of a column goes on at the head of the
next (a lower-case start), as it does over a page break.

Tables are read as rows of cells (``Document.cells``, written ``| a | b |`` like the
Markdown reader's): a grid of ruling lines (separate rules or one path), rules across only
(columns from the gutters), or no ruling at all (three or more lines with gutters down them
and figures in the later columns); a grid carried over a page break stays one table. This
is figcheck's own finder, not pdfplumber's: on the 50-page report of bench/pdf.py
(``--tables``) every row pdfplumber's ``find_tables()`` finds is read here cell for cell
alike, and this reader also finds the tables ruled only across and those with no ruling,
which pdfplumber's default (ruling-line) strategy misses (38 tables against its 24); and
``find_tables()`` on those pages takes about as long as pdfplumber's whole ``extract_text``,
while this reads the drawn lines pdfium has already parsed. Also: raised footnote digits after
a word or figure are left out, ligatures read as letters, and text running up or down a
rotated page is laid out in its own frame.
"""

from __future__ import annotations

import ctypes
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from ._readers import InputError
from ._records import Document

__all__ = ["CharBoxes", "read_pdf"]

Box = tuple[int, float, float, float, float]

#: what pdfium puts for a hyphen it found at a line end (the line break itself it drops)
_HYPHEN_MARK = "\ufffe"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_HYPHENS = (_HYPHEN_MARK, "\x02")
#: a line as pdfium gives it: up to a line break, or up to and including a line-end hyphen
_SEGMENT = re.compile(r"[^\r\n\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02]")
_PAGE_NUMBER = re.compile(
    r"(?i)(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]"
)


class CharBoxes(Sequence[Box]):
    """Every character's (page, left, bottom, right, top), held compactly in two arrays
    (36 bytes a character rather than some 200 as tuples); reads like a tuple of tuples."""

    __slots__ = ("_coords", "_pages")

    def __init__(self, boxes: list[Box]) -> None:
        self._pages = array("I", [b[0] for b in boxes])
        self._coords = array("d", [v for b in boxes for v in b[1:]])

    def __len__(self) -> int:
        return len(self._pages)

    @overload
    def __getitem__(self, i: int) -> Box: ...

    @overload
    def __getitem__(self, i: slice) -> list[Box]: ...

    def __getitem__(self, i: int | slice) -> Box | list[Box]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("character box index out of range")
        c = self._coords
        return (self._pages[i], c[4 * i], c[4 * i + 1], c[4 * i + 2], c[4 * i + 3])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CharBoxes):
            return self._pages == other._pages and self._coords == other._coords
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"CharBoxes({len(self)} characters)"


@dataclass(slots=True)
class _Line:
    page: int
    chars: list[tuple[str, Box]]
    left: float
    right: float
    baseline: float
    top: float
    size: float
    #: a gap between two characters wider than a column gutter: a row of an unruled table
    tabular: bool = False
    #: which way the text runs (0, 90, 180, 270); left, right, baseline and top are measured
    #: in the frame where it runs left to right
    turn: int = 0
    #: for a line in a column of a page set in columns, the column's right edge (else 0)
    measure: float = 0.0
    #: the widest gap between two characters
    widest: float = 0.0

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
        rules: list[list[tuple[float, float, float, float]]] = []
        for index in range(count):
            try:
                lines, ruled = _page_lines(pdf, index, raw)
                pages.append(lines)
                rules.append(ruled)
            except pdfium.PdfiumError:
                raise InputError(f"{name}: page {index + 1} of the PDF cannot be read (corrupt or truncated)") from None
        metadata: dict[str, object] = {"pages": count}
        try:
            info = pdf.get_metadata_dict(skip_empty=True)
            for key, value in (("title", info.get("Title")), ("author", info.get("Author")),
                               ("date", _pdf_date(info.get("CreationDate", ""))), ("producer", info.get("Producer"))):
                if isinstance(value, str) and value.strip() and value.strip().lower() not in ("(anonymous)", "untitled", "unknown"):
                    metadata[key] = value.strip()
        except Exception:  # noqa: BLE001 - metadata is a nicety; a damaged dictionary must not stop the text
            pass
    finally:
        pdf.close()
    if not any(any(c.strip() for c, _ in line.chars) for lines in pages for line in lines):
        raise InputError(f"{name}: no text layer; figcheck does no OCR (run the PDF through an OCR tool first)")
    _drop_running(pages)
    flows = [_find_tables(lines, ruled) for lines, ruled in zip(pages, rules, strict=True)]
    text, boxes, cells = _assemble(flows)
    return Document(source=name, format="pdf", text=text, metadata=metadata, pages=count, boxes=CharBoxes(boxes), cells=tuple(cells))


def _pdf_date(value: str) -> str:
    """A PDF date (D:20230512093000+01'00') as an ISO date; anything else as it came.

    >>> _pdf_date("D:20230512093000+01'00'")
    '2023-05-12'
    """
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", value or "")
    if not m:
        return value or ""
    return "-".join(g for g in m.groups() if g)


def _page_lines(pdf: object, index: int, raw: object) -> tuple[list[_Line], list[tuple[float, float, float, float]]]:
    """The lines of one page, each with its characters and their boxes; and its ruling lines."""
    page = pdf[index]  # type: ignore[index]
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return [], []
        text = textpage.get_text_range(0, n)
        if len(text) != n:  # characters outside the BMP: ask for them one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD) for i in range(n))  # type: ignore[attr-defined]
        rect = raw.FS_RECTF()  # type: ignore[attr-defined]
        get_box = raw.FPDFText_GetLooseCharBox  # type: ignore[attr-defined]
        get_size = raw.FPDFText_GetFontSize  # type: ignore[attr-defined]
        tp = textpage.raw
        prect = ctypes.byref(rect)
        page_no = index + 1
        segments: list[tuple[list[tuple[str, Box]], list[float]]] = []
        for m in _SEGMENT.finditer(text):
            current: list[tuple[str, Box]] = []
            for i in range(m.start(), m.end()):
                get_box(tp, i, prect)
                current.append((text[i], (page_no, rect.left, rect.bottom, rect.right, rect.top)))
            if text[m.end() - 1] in _HYPHENS:
                current[-1] = ("\x02", current[-1][1])  # a line-end hyphen: the next characters start a new line
            if "\x00" in m.group(0):
                current = [cb for cb in current if cb[0] != "\x00"]
            if _LIGATURE.search(m.group(0)):  # "ﬁ" as "fi", each letter with the ligature's box
                current = [(c, b) for ch, b in current for c in _LIGATURES.get(ch, ch)]
            starts = [m.start() + k for k, ch in enumerate(m.group(0)[:24]) if not ch.isspace()][::3]
            if current:
                segments.append((current, [get_size(tp, i) for i in starts[:8]]))
        turn = _turn_of(segments)
        lines: list[_Line] = []
        for current, sizes in segments:
            line = _make_line(page_no, current, sizes, turn=turn)
            if lines and _same_row(lines[-1], line):
                lines[-1] = _joined(lines[-1], line)
            else:
                lines.append(line)
        return lines, _rules(page, raw)
    finally:
        textpage.close()
        page.close()


def _rules(page: object, raw: object) -> list[tuple[float, float, float, float]]:
    """Thin horizontal and vertical lines drawn on the page (left, bottom, right, top): a
    table's ruling, whether each rule is a path of its own or a grid is drawn as one path."""
    out: list[tuple[float, float, float, float]] = []
    try:
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):  # type: ignore[attr-defined]
            x0, y0, x1, y1 = obj.get_bounds()
            w, h = x1 - x0, y1 - y0
            if (h <= 2.5 and w >= 8) or (w <= 2.5 and h >= 8):
                out.append((x0, y0, x1, y1))
            elif w >= 8 and h >= 8:
                _segments(obj, raw, out)
            if len(out) > 2000:
                break
    except Exception:  # noqa: BLE001 - ruling is a help to reading tables, never a reason to fail
        return out
    return out


def _segments(obj: object, raw: object, out: list[tuple[float, float, float, float]]) -> None:
    """The straight horizontal and vertical pieces of one path (its rectangles' sides too)."""
    handle = obj.raw  # type: ignore[attr-defined]
    n = raw.FPDFPath_CountSegments(handle)  # type: ignore[attr-defined]
    if n <= 1 or n > 400:
        return
    m = obj.get_matrix()  # type: ignore[attr-defined]
    fx, fy = ctypes.c_float(), ctypes.c_float()
    start = here = (0.0, 0.0)
    for i in range(n):
        seg = raw.FPDFPath_GetPathSegment(handle, i)  # type: ignore[attr-defined]
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(fx), ctypes.byref(fy))  # type: ignore[attr-defined]
        x, y = fx.value, fy.value
        pt = (m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f)
        kind = raw.FPDFPathSegment_GetType(seg)  # type: ignore[attr-defined]
        if kind == raw.FPDF_SEGMENT_MOVETO:  # type: ignore[attr-defined]
            start = pt
        else:
            pieces = [(here, pt)] if kind == raw.FPDF_SEGMENT_LINETO else []  # type: ignore[attr-defined]
            if raw.FPDFPathSegment_GetClose(seg):  # type: ignore[attr-defined]
                pieces.append((pt, start))
            for (ax, ay), (bx, by) in pieces:
                if abs(ay - by) <= 0.5 and abs(ax - bx) >= 8:
                    out.append((min(ax, bx), ay - 0.25, max(ax, bx), ay + 0.25))
                elif abs(ax - bx) <= 0.5 and abs(ay - by) >= 8:
                    out.append((ax - 0.25, min(ay, by), ax + 0.25, max(ay, by)))
        here = pt


@dataclass(slots=True)
class _Table:
    #: rows top to bottom, cells left to right, each cell's characters (with the id of the
    #: line each came from, to put a space where a cell's text wraps)
    rows: list[list[list[tuple[str, Box, int]]]]
    #: the column boundaries: a table carried on at the top of the next page has the same
    xs: list[float]


def _find_tables(lines: list[_Line], rules: list[tuple[float, float, float, float]]) -> list[_Line | _Table]:
    """Replace the lines inside a ruled grid by a table of cells, at the place of its first line."""
    if not lines:
        return []
    # group rules that touch
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(rules)), key=lambda k: rules[k][0])
    for a_pos, a in enumerate(order):
        ax0, ay0, ax1, ay1 = rules[a]
        for b in order[a_pos + 1:]:
            bx0, by0, bx1, by1 = rules[b]
            if bx0 > ax1 + 2:
                break
            if by0 <= ay1 + 2 and ay0 <= by1 + 2:
                parent[find(a)] = find(b)
    groups: dict[int, list[tuple[float, float, float, float]]] = {}
    for k, r in enumerate(rules):
        groups.setdefault(find(k), []).append(r)
    grids: list[tuple[list[float], list[float], bool]] = []
    for group in groups.values():
        xs = _merge([(r[0] + r[2]) / 2 for r in group if r[2] - r[0] <= 2.5])
        ys = _merge([(r[1] + r[3]) / 2 for r in group if r[3] - r[1] <= 2.5])
        if len(xs) >= 2 and len(ys) >= 2 and (len(xs) >= 3 or len(ys) >= 3):
            grids.append((xs, sorted(ys, reverse=True), False))
    grids += _open_tables(lines, rules, grids)
    # columns before tables without ruling: a line running across a gutter is two lines, and
    # text set in columns is not a table of figures
    lines = _columns(lines, grids)
    grids += _bare_tables(lines, grids)
    if not grids:
        return list(lines)
    flow: list[_Line | _Table] = []
    tables: dict[int, _Table] = {}
    for line in lines:
        placed = False
        for g, (xs, ys, by_line) in enumerate(grids):
            inside = [(c, b) for c, b in line.chars if xs[0] <= (b[1] + b[3]) / 2 <= xs[-1] and ys[-1] <= (b[2] + b[4]) / 2 <= ys[0]]
            if not inside or len(inside) < len([c for c, _ in line.chars if not c.isspace()]) // 2 + 1:
                continue
            table = tables.get(g)
            if table is None:
                table = tables[g] = _Table([] if by_line else [[[] for _ in xs[1:]] for _ in ys[1:]], xs)
                flow.append(table)
            if by_line:  # ruled across only: a row a line
                table.rows.append([[] for _ in xs[1:]])
            for ch, box in inside:
                cx, cy = (box[1] + box[3]) / 2, (box[2] + box[4]) / 2
                col = next((k for k in range(len(xs) - 1) if cx <= xs[k + 1]), len(xs) - 2)
                row = (next((k for k in range(len(ys) - 1) if cy >= ys[k + 1]), len(ys) - 2)
                       if not by_line else len(table.rows) - 1)
                cell = table.rows[row][col]
                if cell and cell[-1][2] != id(line) and not cell[-1][0].isspace():
                    cell.append((" ", cell[-1][1], id(line)))
                cell.append((ch, box, id(line)))
            placed = True
            break
        if not placed:
            flow.append(line)
    for table in tables.values():
        table.rows = [row for row in table.rows if any(row)]
    return flow


def _columns(lines: list[_Line], grids: list[tuple[list[float], list[float], bool]]) -> list[_Line]:
    """A page set in columns, read column by column.

    A gutter is a vertical band at least a character wide, away from the text block's edges,
    that the lines which are narrow or have a wide gap in them leave free (so a page whose
    top half runs full width still shows it). Going down the page, the lines that keep clear
    of every gutter make a region; in a region with two lines or more in each column, most of
    them filling their column as wrapped prose does (a table's cells do not), each line is
    cut at the gutters and the region read column by column. A line that runs across a
    gutter (a heading over both columns, a full-width paragraph) and lines inside a ruled
    table stay whole, in their place between the regions. Otherwise the page's lines are
    returned as they came.
    """
    body = [ln for ln in lines if ln.turn == 0 and ln.right > ln.left]
    if len(body) < 2 or len(body) != len(lines):
        return lines
    left, right = min(ln.left for ln in body), max(ln.right for ln in body)
    width = right - left
    size = sorted(ln.size for ln in body)[len(body) // 2] or 10.0
    if width < 12 * size:
        return lines
    # lines that may belong to a column: narrow ones, or ones with a wide gap in them
    narrow = [ln for ln in body if ln.right - ln.left < 0.6 * width or ln.widest >= size]
    if len(narrow) < 2:
        return lines
    ink: dict[int, list[tuple[float, float]]] = {}
    for ln in narrow:
        ink[id(ln)] = [(b[1], b[3]) for c, b in ln.chars if not c.isspace() and c != "\x02"]
    lo, hi = left + 0.15 * width, right - 0.15 * width
    bins = int(hi - lo) + 1
    count = [0] * (bins + 1)
    for ln in narrow:
        for a, b in ink[id(ln)]:
            i, j = max(0, int(a - lo)), min(bins, int(b - lo) + 1)
            if i < j:
                count[i] += 1
                count[j] -= 1
    covered, depth = 0, []
    for i in range(bins):
        covered += count[i]
        depth.append(covered)
    gutters: list[tuple[float, float]] = []
    start = -1
    for i in range(bins + 1):
        free = i < bins and depth[i] <= 0.1 * len(narrow)
        if free and start < 0:
            start = i
        elif not free and start >= 0:
            if start > 0 and i < bins:  # a band inside the window, not its edge
                # its core: where the fewest lines reach (a ragged column edge may stray in)
                least = min(depth[start:i])
                run, best = 0, (0, 0)
                for j in range(start, i + 1):
                    run = run + 1 if j < i and depth[j] == least else 0
                    if run > best[1] - best[0]:
                        best = (j - run + 1, j + 1)
                if best[1] - best[0] >= max(size, 6.0):
                    gutters.append((lo + best[0], lo + best[1]))
            start = -1
    if not gutters:
        return lines
    narrowest = min(g1 - g0 for g0, g1 in gutters)

    def fixed(ln: _Line) -> bool:
        """A line that stays whole: across a gutter from one column well into the next, or
        inside a ruled table."""
        for g0, g1 in gutters:
            if ln.left >= g0 - size or ln.right <= g1 + size:
                continue  # in one column, or straying a little into the gutter
            if ln.widest < g1 - g0 - 1:  # no gap in it as wide as the gutter: it runs across
                return True
            if id(ln) not in ink:
                ink[id(ln)] = [(b[1], b[3]) for c, b in ln.chars if not c.isspace() and c != "\x02"]
            if any(a < g1 - 0.5 and b > g0 + 0.5 for a, b in ink[id(ln)]):
                return True
        cy = (ln.baseline + ln.top) / 2
        return any(g[0][0] - 2 <= ln.left and ln.right <= g[0][-1] + 2 and g[1][-1] - 2 <= cy <= g[1][0] + 2 for g in grids)

    edges = [left - 1, *((g0 + g1) / 2 for g0, g1 in gutters), right + 1]

    def pieces(ln: _Line) -> list[tuple[int, _Line]]:
        if ln.widest < narrowest - 1:  # nothing to cut it at: the column its middle is in
            mid = (ln.left + ln.right) / 2
            return [(next((k for k in range(len(edges) - 1) if mid < edges[k + 1]), len(edges) - 2), ln)]
        parts: list[list[tuple[str, Box]]] = [[] for _ in edges[1:]]
        for ch, box in ln.chars:
            cx = (box[1] + box[3]) / 2
            parts[next((k for k in range(len(edges) - 1) if cx < edges[k + 1]), len(edges) - 2)].append((ch, box))
        if sum(1 for p in parts if p) == 1:
            return [(next(k for k, p in enumerate(parts) if p), ln)]
        out = []
        for k, chars in enumerate(parts):
            while chars and chars[0][0].isspace():
                chars = chars[1:]
            while chars and chars[-1][0].isspace():
                chars = chars[:-1]
            if not any(not c.isspace() for c, _ in chars):
                continue
            if chars[-1][0] == "-" and len(chars) > 1 and chars[-2][0].isalpha():
                chars = [*chars[:-1], ("\x02", chars[-1][1])]  # a hyphen at a column's line end, as pdfium marks one
            out.append((k, _make_line(ln.page, chars, [ln.size], turn=ln.turn)))
        return out

    ordered = sorted(body, key=lambda ln: (-round(ln.baseline, 1), ln.left))
    result: list[_Line] = []
    changed = False
    k = 0
    while k < len(ordered):
        if fixed(ordered[k]):
            result.append(ordered[k])
            k += 1
            continue
        j = k
        while j < len(ordered) and not fixed(ordered[j]):
            j += 1
        stretch = ordered[k:j]
        split = [pc for ln in stretch for pc in pieces(ln)]
        by_column: list[list[_Line]] = [[ln for c, ln in split if c == col] for col in range(len(edges) - 1)]
        filled = all(len(col) >= 2 for col in by_column)
        for col in by_column if filled else []:
            # a column of prose: wide, mostly letters, its lines mostly filling it
            span = max(ln.right for ln in col) - min(ln.left for ln in col)
            fills = sorted((ln.right - ln.left) / span for ln in col) if span > 0 else [0.0]
            text = [c for ln in col for c, _ in ln.chars if not c.isspace()]
            filled = (filled and span >= 10 * size and fills[len(fills) // 2] >= 0.6
                      and sum(c.isalpha() for c in text) >= 0.6 * len(text))
        if filled:
            for col in by_column:
                rights = sorted(ln.right for ln in col)
                edge = rights[int(len(rights) * 0.9)]  # as _assemble takes a column's edge: ragged lines may stop short
                for ln in col:
                    ln.measure = edge
            result += [ln for col in by_column for ln in col]
            changed = True
        else:
            result += stretch
        k = j
    return result if changed else lines


def _open_tables(lines: list[_Line], rules: list[tuple[float, float, float, float]],
                 grids: list[tuple[list[float], list[float], bool]]) -> list[tuple[list[float], list[float], bool]]:
    """Tables ruled only across (above, below, under the header) with no rules down: the
    columns found from the gutters that run down every line between the outer rules.
    Returned as (column bounds, [top, bottom]): rows are then the lines."""
    across = sorted((r for r in rules if r[3] - r[1] <= 2.5 and r[2] - r[0] >= 60), key=lambda r: (round(r[0]), round(r[2]), -r[1]))
    out: list[tuple[list[float], list[float], bool]] = []
    k = 0
    while k < len(across):
        j = k
        while j + 1 < len(across) and abs(across[j + 1][0] - across[k][0]) <= 3 and abs(across[j + 1][2] - across[k][2]) <= 3:
            j += 1
        if j > k:
            left, right = across[k][0], across[k][2]
            top, bottom = (across[k][1] + across[k][3]) / 2, (across[j][1] + across[j][3]) / 2
            inside = [ln for ln in lines if ln.turn == 0 and bottom < ln.baseline < top and ln.left >= left - 3 and ln.right <= right + 3]
            taken = any(g[0][0] - 3 <= left and right <= g[0][-1] + 3 and g[1][-1] - 3 <= bottom and top <= g[1][0] + 3 for g in grids)
            if len(inside) >= 2 and not taken:
                gutters = _gutters(inside)
                if gutters:
                    out.append(([left, *gutters, right], [top, bottom], True))
        k = j + 1
    return out


def _bare_tables(lines: list[_Line], grids: list[tuple[list[float], list[float], bool]]) -> list[tuple[list[float], list[float], bool]]:
    """Tables with no rules at all: three or more lines in a row, each with a gap wider than
    a gutter, whose gutters run down all of them and whose later columns hold figures."""
    out: list[tuple[list[float], list[float], bool]] = []
    run: list[_Line] = []

    def close() -> None:
        if len(run) >= 3:
            left, right = min(ln.left for ln in run) - 1, max(ln.right for ln in run) + 1
            top, bottom = run[0].top + 0.5, run[-1].baseline - 0.5
            taken = any(g[1][-1] - 3 <= top and bottom <= g[1][0] + 3 and g[0][0] - 3 <= right and left <= g[0][-1] + 3 for g in grids)
            gutters = None if taken else _gutters(run)
            if gutters:
                out.append(([left, *gutters, right], [top, bottom], True))
        run.clear()

    for ln in lines:
        if ln.tabular and ln.turn == 0 and (not run or 0 < run[-1].baseline - ln.baseline <= 2.5 * max(ln.size, 1.0)):
            run.append(ln)
        else:
            close()
            if ln.tabular and ln.turn == 0:
                run.append(ln)
    close()
    return out


def _gutters(inside: list[_Line]) -> list[float] | None:
    """Where white space runs down every line (column bounds between the outer edges), when
    the columns after the first hold figures on most lines; else None."""
    size = max(ln.size for ln in inside)
    spans = sorted((b[1], b[3]) for ln in inside for c, b in ln.chars if not c.isspace())
    if not spans:
        return None
    gutters: list[float] = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= 1.2 * size:
            gutters.append((a + reach) / 2)
        reach = max(reach, b)
    if not gutters:
        return None
    # figures in the columns after the first on most lines: a table, not two columns of prose
    figured = sum(any(c.isdigit() and b[1] > gutters[0] for c, b in ln.chars) for ln in inside)
    return gutters if figured * 2 >= len(inside) else None


def _merge(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tolerance:
            continue
        out.append(v)
    return out


def _turn_of(segments: list[tuple[list[tuple[str, Box]], list[float]]]) -> int:
    """Which way most of a page's text runs: 0 left to right, 90 upwards, 180, 270 downwards."""
    votes: Counter[int] = Counter()
    for chars, _ in segments[:200]:
        ink = [b for c, b in chars if not c.isspace()]
        if len(ink) < 3:
            continue
        dx = (ink[-1][1] + ink[-1][3] - ink[0][1] - ink[0][3]) / 2
        dy = (ink[-1][2] + ink[-1][4] - ink[0][2] - ink[0][4]) / 2
        votes[(90 if dy > 0 else 270) if abs(dy) > abs(dx) else (0 if dx >= 0 else 180)] += len(ink)
    return votes.most_common(1)[0][0] if votes else 0


def _turned(b: Box, turn: int) -> tuple[float, float, float, float]:
    """A box (left, bottom, right, top) in the frame where the text runs left to right."""
    _, lf, bt, r, t = b
    if turn == 0:
        return lf, bt, r, t
    if turn == 90:
        return bt, -r, t, -lf
    if turn == 270:
        return -t, lf, -bt, r
    return -r, -t, -lf, -bt


def _make_line(page: int, chars: list[tuple[str, Box]], sizes: list[float], baseline: float | None = None,
               turn: int = 0) -> _Line:
    """A line's geometry (in the frame where its text runs left to right) from its characters."""
    geo = [b[1:] for _, b in chars] if turn == 0 else [_turned(b, turn) for _, b in chars]
    ink = [g for (c, _), g in zip(chars, geo, strict=True) if not c.isspace() and c != "\x02"] or geo
    if baseline is None:
        bottoms = sorted(round(g[1], 1) for g in ink[:24])
        baseline = bottoms[len(bottoms) // 2]  # loose boxes: the bottom of the font's descent, alike along a line
    size = sorted(sizes)[len(sizes) // 2] if sizes else max(g[3] for g in ink) - min(g[1] for g in ink)
    raised = baseline + 0.25 * max(size, 1.0)
    if any(c.isdigit() and g[1] > raised for (c, _), g in zip(chars, geo, strict=True)):
        chars = _without_markers(chars, geo, raised)
    gutter = 2.5 * max(size, 1.0)
    widest = max((b[0] - a[2] for a, b in zip(ink, ink[1:], strict=False)), default=0.0)
    return _Line(page, chars, min(g[0] for g in ink), max(g[2] for g in ink), baseline, max(g[3] for g in ink),
                 round(size, 1), widest > gutter, turn, widest=widest)


def _same_row(a: _Line, b: _Line) -> bool:
    """pdfium broke a line where the text only rose or fell (a footnote marker, a smaller
    word): b carries on a to the right at much the same height."""
    if a.chars[-1][0] == "\x02" or b.left < a.right - 1 or b.left - a.right > 3 * max(a.size, b.size, 1.0):
        return False
    overlap = min(a.top, b.top) - max(a.baseline, b.baseline)
    return overlap > 0.5 * min(a.top - a.baseline, b.top - b.baseline)


def _joined(a: _Line, b: _Line) -> _Line:
    main = a if len(a.chars) >= len(b.chars) else b
    space: list[tuple[str, Box]] = []
    if b.left - a.right > 0.15 * main.size and not a.chars[-1][0].isspace() and not b.chars[0][0].isspace():
        _, _, y0, x1, _ = a.chars[-1][1]
        space = [(" ", (a.page, x1, y0, x1, y0))]
    return _make_line(a.page, a.chars + space + b.chars, [main.size], main.baseline, a.turn)


def _without_markers(chars: list[tuple[str, Box]], geo: list[tuple[float, float, float, float]],
                     raised: float) -> list[tuple[str, Box]]:
    """Leave out footnote markers: raised digits set right after a word, figure or bracket.

    "463 reports³" and "87.2%¹²" must not read as "463 reports3" or "87.2%12".
    """
    out: list[tuple[str, Box]] = []
    last_raised = True
    k = 0
    while k < len(chars):
        j = k
        while j < len(chars) and chars[j][0].isdigit() and geo[j][1] > raised:
            j += 1
        if j > k and out and not out[-1][0].isspace() and not last_raised:
            k = j  # a marker: dropped
            continue
        stop = max(j, k + 1)
        out.extend(chars[k:stop])
        last_raised = geo[stop - 1][1] > raised
        k = stop
    return out


def _drop_running(pages: list[list[_Line]]) -> None:
    """Leave out running headers and footers and bare page numbers (in place).

    A running line is one of the two top or two bottom lines of a page whose text recurs at
    the same height on most pages: word for word, or (when it stands apart from the lines
    next to it) with only its digits changed, as in "Page 3 of 40".
    """
    count = len(pages)

    def words(line: _Line) -> str:
        return " ".join(line.text.replace("\x02", "-").split()).lower()

    def edges(lines: list[_Line]) -> list[tuple[_Line, bool]]:
        by_height = sorted(lines, key=lambda ln: -ln.baseline)
        picked = by_height[:2] + by_height[-2:] if len(by_height) > 4 else by_height
        out = []
        for ln in picked:
            k = by_height.index(ln)
            near = [by_height[j] for j in (k - 1, k + 1) if 0 <= j < len(by_height)]
            out.append((ln, all(abs(o.baseline - ln.baseline) > 1.6 * max(ln.size, o.size, 1.0) for o in near)))
        return out

    def keys(line: _Line, apart: bool) -> list[tuple[str, int]]:
        text, y = words(line), round(line.baseline / 3)
        return [(text, y), ("#" + re.sub(r"\d+", "#", text), y)] if apart else [(text, y)]

    if count >= 2:
        seen: Counter[tuple[str, int]] = Counter()
        for lines in pages:
            seen.update({k for ln, apart in edges(lines) for k in keys(ln, apart)})
        need = count if count <= 3 else max(3, (count + 1) // 2)
        running = {k for k, v in seen.items() if v >= need and k[0].strip("#")}
        if running:
            for p, lines in enumerate(pages):
                drop = {id(ln) for ln, apart in edges(lines) if any(k in running for k in keys(ln, apart))}
                pages[p] = [ln for ln in lines if id(ln) not in drop]
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


def _pitches(pages: list[list[_Line | _Table]]) -> dict[float, float]:
    """The usual distance between baselines of consecutive lines, by font size."""
    gaps: dict[float, Counter[float]] = {}
    for lines in pages:
        for a, b in zip(lines, lines[1:], strict=False):
            if isinstance(a, _Line) and isinstance(b, _Line) and a.size == b.size and a.size > 0:
                gap = round(a.baseline - b.baseline, 1)
                if 0.9 * a.size <= gap <= 2.0 * a.size:
                    gaps.setdefault(a.size, Counter())[gap] += 1
    return {size: c.most_common(1)[0][0] for size, c in gaps.items()}


def _assemble(pages: list[list[_Line | _Table]]) -> tuple[str, list[Box], list[tuple[int, int, int, int, int]]]:
    pitch = _pitches(pages)
    out: list[str] = []
    boxes: list[Box] = []
    cells: list[tuple[int, int, int, int, int]] = []
    tables = 0
    last: _Table | None = None  # the table just emitted, when nothing has come after it
    row0 = 0  # rows of that table so far

    def sep(s: str) -> None:
        if not boxes:
            return
        page, _, y0, x1, _ = boxes[-1]
        for ch in s:
            out.append(ch)
            boxes.append((page, x1, y0, x1, y0))

    def trim(chars: str = " ") -> None:
        while out and out[-1] in chars:
            out.pop()
            boxes.pop()

    def emit(line: _Line) -> None:
        chars = line.chars
        while chars and chars[0][0].isspace():
            chars = chars[1:]
        for ch, box in chars:
            out.append(ch)
            boxes.append(box)

    def emit_table(table: _Table, carried: bool) -> None:
        nonlocal tables, row0
        if carried:  # the rest of the table on the page before: the same table, rows counted on
            tables -= 1
        else:
            row0 = 0
        for k, row in enumerate(table.rows):
            r = row0 + k
            if r:
                sep("\n")
            for c, cell in enumerate(row):
                sep("| " if c == 0 else " | ")
                if not boxes:  # a table first in the document: its first bar has no box before it
                    page = next((b[0] for cl in row for _, b, _ in cl), 1)
                    out.append("|")
                    boxes.append((page, 0.0, 0.0, 0.0, 0.0))
                    sep(" ")
                chars = [(ch, box) for ch, box, _ in cell]
                while chars and chars[0][0].isspace():
                    chars = chars[1:]
                while chars and chars[-1][0].isspace():
                    chars = chars[:-1]
                start = len(out)
                for ch, box in chars:
                    out.append(" " if ch.isspace() else ch)
                    boxes.append(box)
                cells.append((start, len(out), tables, r, c))
            sep(" |")
        row0 += len(table.rows)
        tables += 1

    tail: _Line | None = None  # the last line of the page before, where a line ended it
    for items in pages:
        if not items:
            continue
        if out:
            first = items[0]
            nxt = next((c for c, _ in first.chars if not c.isspace()), "") if isinstance(first, _Line) else ""
            if tail is not None and isinstance(first, _Line) and abs(first.size - tail.size) <= 0.6 and (nxt.islower() or nxt in ",;)"):
                # a sentence carried over the page break: one paragraph, the hyphenated word whole
                trim(" ")
                if out[-1] == "\x02" or (out[-1] in "-\xad" and len(out) > 1 and out[-2].isalpha()):
                    _unhyphen(out, boxes, first)
                else:
                    trim(" \n")
                    sep(" ")
            else:
                trim(" \n")
                sep("\n\n")
        tail = None
        # the right edge of each column (lines grouped by where they start), to tell a line
        # that stops short from wrapped prose
        columns: dict[int, list[float]] = {}
        for ln in items:
            if isinstance(ln, _Line) and ln.right > ln.left and not ln.measure:
                columns.setdefault(round(ln.left / 15), []).append(ln.right)
        right_of = {k: sorted(v)[int(len(v) * 0.9)] for k, v in columns.items()}
        prev: _Line | None = None
        for n, line in enumerate(items):
            if isinstance(line, _Table):
                carried = (n == 0 and last is not None and len(last.xs) == len(line.xs)
                           and all(abs(a - b) <= 2 for a, b in zip(last.xs, line.xs, strict=True)))
                trim(" \n")
                sep("\n" if carried else "\n\n")
                emit_table(line, carried)
                sep("\n\n")
                last = line
                prev = None
                tail = None
                continue
            last = None
            tail = line
            if prev is None:
                emit(line)
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
            if new_para and gap <= 0.3 * size and prev.measure and line.measure and abs(prev.size - line.size) <= 0.6:
                # the next column goes on with the sentence the last one broke off
                nxt = next((c for c, _ in line.chars if not c.isspace()), "")
                new_para = not (nxt.islower() or nxt in ",;)")
            if hyphen:
                _unhyphen(out, boxes, line)
                if not new_para or gap < 2.2 * size:
                    emit(line)
                    prev = line
                    continue
            trim()
            if new_para:
                sep("\n\n")
            elif prev.tabular or line.tabular:
                sep("\n")  # rows of a table without ruling: never run together as prose
            elif prev.right < (right := prev.measure or right_of.get(round(prev.left / 15), prev.right)) - max(3 * size, 0.2 * (right - prev.left)):
                sep("\n")  # a line that stops short: not wrapped prose
            else:
                sep(" ")
            emit(line)
            prev = line
    trim(" \n")
    return "".join(out).replace("\x02", "-"), boxes, cells


#: words that end the first half of a compound whose hyphen stays ("twenty-five", "one-third",
#: "year-on-year", "non-violent"): a line break after their hyphen is not a word broken in two
_COMPOUND_HEADS = frozenset(
    "one two three four five six seven eight nine twenty thirty forty fifty sixty seventy eighty ninety "
    "year on non self well long short full part half quarter".split()
)


def _unhyphen(out: list[str], boxes: list[Box], nxt: _Line) -> None:
    """A line ended in a hyphen: drop it where the word carries on in lower case, unless
    the word before it heads a compound ("twenty-", "one-")."""
    first = next((c for c, _ in nxt.chars if not c.isspace()), "")
    k = len(out) - 1
    while k > 0 and out[k - 1].isalpha():
        k -= 1
    head = "".join(out[k:-1]).lower()
    if first.islower() and head not in _COMPOUND_HEADS:
        out.pop()
        boxes.pop()
    else:
        out[-1] = "-"
