"""Tables in plain text: pipe-separated or space-aligned runs of lines, found as cells.

A table is a run of at least three consecutive non-blank lines (a header and two rows or
more) that are either

* pipe-separated, with the same number of ``|`` separators on each line (a leading and a
  trailing pipe are optional; a separator line ``|---|---|`` is skipped, not a row), or
* space-aligned: fields parted by two spaces or more (or a tab), the same number of fields
  (two or more) on every line, and in each row after the first at least half of the fields
  after the row label look like figures ('1,204', '7:54', '84.0', '9 min 40 s', '+6.7 pts').

A line of prose (it ends with a full stop and has many words) or an item of a bulleted
list never belongs to a table. The first line is the header (row 0) unless most of its
cells after the first are figures (a year such as '2023/24' is a header); then there is no
header and rows count from 1. Cells are (start, end, table, row, column), the trimmed span
of each field as offsets into the text, as the Markdown reader gives them.

>>> text = "Area    Fires   Share (%)\\nNorth     120        40.0\\nSouth     180        60.0\\n"
>>> [(text[a:b], r, c) for a, b, _, r, c in text_table_cells(text)][:4]
[('Area', 0, 0), ('Fires', 0, 1), ('Share (%)', 0, 2), ('North', 1, 0)]
"""

from __future__ import annotations

import re

__all__ = ["text_table_cells"]

Cell = tuple[int, int, int, int, int]

_NUM = r"[+\-−–±~<>≤≥]?\s?[£$€]?\d[\d,]*(?:[.:]\d+)*"
_UNIT = (r"(?:%|pts?|points?|pp|p|m|bn|k|mins?|minutes?|s|secs?|seconds?|h|hrs?|hours?|days?|wks?|weeks?"
         r"|months?|yrs?|years?|kg|g|km|mph|x|per\s?cent)(?![^\W\d_])")
_CORE = rf"{_NUM}(?:\s?{_UNIT})?(?:\s+{_NUM}\s?{_UNIT})*"
#: a field that is a figure: '1,204', '84.0', '7:54', '£17.3m', '+6.7 pts', '9 min 40 s', '1,011 (37.7%)'
_FIGURE = re.compile(rf"[(\[]?{_CORE}[)\]]?(?:\s*\({_CORE}\))?\s*(?:\*+|†|‡|\[\w{{1,3}}\])?", re.I)
#: a cell that stands for a missing figure
_MISSING = re.compile(r"(?:[-–—]|\.\.|n/?a|\*|x|\[[a-z]\])", re.I)
_YEAR = re.compile(r"(?:FY\s?)?(?:19|20)\d\d(?:\s?[/–-]\s?(?:19|20)?\d\d)?", re.I)
_FIELD_GAP = re.compile(r" {2,}|[ ]*\t[ \t]*")
_SEPARATOR = re.compile(r"\s*\|?\s*[:=]?-{2,}[:=]?\s*(?:[|+]\s*[:=]?-{2,}[:=]?\s*)*\|?\s*|\s*[+=-]{3,}[+=|-]*\s*")
_BULLET = re.compile(r"\s*(?:[-*•·▪–]\s|\d{1,2}[.)]\s|\([a-z0-9]{1,3}\)\s)")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _figure(field: str) -> bool:
    return bool(_FIGURE.fullmatch(field) or _MISSING.fullmatch(field))


def _prose(line: str) -> bool:
    """A sentence: ends with a full stop and has many words."""
    s = line.rstrip()
    return s.endswith(".") and len(_WORD.findall(s)) >= 6


def _pipe_fields(line: str, start: int) -> list[tuple[int, int]]:
    """The trimmed spans of the fields of a pipe-separated line starting at ``start``."""
    stripped = line.strip()
    parts = line.split("|")
    spans: list[tuple[int, int]] = []
    offset = start
    for k, part in enumerate(parts):
        if k == 0 and stripped.startswith("|"):
            offset += len(part) + 1
            continue
        if k == len(parts) - 1 and stripped.endswith("|") and not part.strip():
            break
        lead = len(part) - len(part.lstrip())
        if part.strip():
            spans.append((offset + lead, offset + len(part.rstrip())))
        else:
            spans.append((offset + lead, offset + lead))
        offset += len(part) + 1
    return spans


def _space_fields(line: str, start: int) -> list[tuple[int, int]]:
    """The trimmed spans of the fields of a line parted by two spaces or a tab."""
    body_start = len(line) - len(line.lstrip())
    body_end = len(line.rstrip())
    spans: list[tuple[int, int]] = []
    pos = body_start
    for gap in _FIELD_GAP.finditer(line, body_start, body_end):
        spans.append((start + pos, start + gap.start()))
        pos = gap.end()
    if pos < body_end:
        spans.append((start + pos, start + body_end))
    return spans


def _header(fields: list[str]) -> bool:
    """The first line is a header unless most of its cells after the first are figures."""
    rest = fields[1:]
    figures = sum(1 for f in rest if _figure(f) and not _YEAR.fullmatch(f))
    return figures * 2 <= len(rest)


def _row_ok(fields: list[str]) -> bool:
    rest = fields[1:]
    return bool(rest) and sum(1 for f in rest if _figure(f)) * 2 >= len(rest)


def _placed(above: list[tuple[int, int]], above_start: int, fields: list[tuple[int, int]], start: int) -> list[tuple[int, int]] | None:
    """The fields of a short row set under the columns of the row above (an empty span for a
    column it leaves blank), or None when a field stands under no column of its own."""
    cols = [(a - above_start, b - above_start) for a, b in above]
    out: list[tuple[int, int]] = [(start, start)] * len(cols)
    last = -1
    for a, b in fields:
        ra, rb = a - start, b - start
        col = max(range(len(cols)), key=lambda c: min(rb, cols[c][1]) - max(ra, cols[c][0]))
        if min(rb, cols[col][1]) - max(ra, cols[col][0]) <= 0 or col <= last:
            return None
        out[col] = (a, b)
        last = col
    return out if out[0][0] < out[0][1] else None


def text_table_cells(text: str) -> tuple[Cell, ...]:
    """The cells of the tables of a plain text, in order of the text."""
    # each line: its start, its text (no line end), and its shape
    lines: list[tuple[int, str, tuple[str, int] | None]] = []
    pos = 0
    for raw in text.split("\n"):
        line = raw[:-1] if raw.endswith("\r") else raw
        shape: tuple[str, int] | None = None
        if line.strip() and not _prose(line) and not _BULLET.match(line):
            if _SEPARATOR.fullmatch(line):
                shape = ("sep", 0)
            elif "|" in line:
                inner = line.strip().removeprefix("|").removesuffix("|")
                if inner.count("|"):
                    shape = ("pipe", inner.count("|"))
            else:
                n = len(_space_fields(line, 0))
                if n >= 2:
                    shape = ("space", n)
        lines.append((pos, line, shape))
        pos += len(raw) + 1

    cells: list[Cell] = []
    table = 0
    i = 0
    while i < len(lines):
        shape = lines[i][2]
        if shape is None or shape[0] == "sep":
            i += 1
            continue
        split = _space_fields if shape[0] == "space" else _pipe_fields
        spans = {i: split(lines[i][1], lines[i][0])}
        rows = [i]
        j = i + 1
        while j < len(lines):
            if shape[0] == "pipe" and lines[j][2] == ("sep", 0):
                j += 1  # a separator line sits inside a pipe table
                continue
            if lines[j][2] != shape:
                # (a space-aligned row with fewer fields whose fields stand under the columns
                # of the row above: a Total row with its fee columns left empty)
                short = lines[j][2]
                placed = _placed(spans[rows[-1]], lines[rows[-1]][0], split(lines[j][1], lines[j][0]), lines[j][0]) \
                    if shape[0] == "space" and short is not None and short[0] == "space" and short[1] < shape[1] else None
                if placed is None:
                    break
                spans[j] = placed
            else:
                spans[j] = split(lines[j][1], lines[j][0])
            # in a space-aligned table, rows after the first are rows of figures; a row that
            # is not ends the table (and may be the header of the next)
            if shape[0] == "space" and not _row_ok([text[a:b] for a, b in spans[j]]):
                break
            rows.append(j)
            j += 1
        if len(rows) >= 3:
            first = 0 if _header([text[a:b] for a, b in spans[rows[0]]]) else 1
            for n, k in enumerate(rows):
                for col, (a, b) in enumerate(spans[k]):
                    if a < b:  # (a column a short row leaves empty has no cell)
                        cells.append((a, b, table, n + first, col))
            table += 1
        i = j if j > i + 1 else i + 1
    return tuple(cells)
