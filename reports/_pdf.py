"""--format pdf -o OUT.pdf: the input PDF with a highlight over each checked figure, in its
verdict's colour, and a note holding the working.

The annotations are added by an incremental save with pypdf: the original bytes are kept
as they were and the changes appended, so a signed report stays intact. The geometry is
the PDF reader's character boxes, in PDF space already (claims/_pdf.py).
"""

from __future__ import annotations

from checker import Result

__all__ = ["COLOURS", "annotate_pdf"]

#: highlight colours by verdict (RGB, 0 to 1)
COLOURS = {"verified": (0.55, 0.9, 0.6), "rounded": (0.6, 0.8, 1.0), "inconsistent": (1.0, 0.45, 0.45),
           "unverifiable": (1.0, 0.9, 0.4)}
_ORDER = ("inconsistent", "rounded", "verified", "unverifiable")


def _rects(boxes: list[tuple[int, float, float, float, float]]) -> list[tuple[int, float, float, float, float]]:
    """Character boxes merged into one rectangle a line (a figure may wrap)."""
    out: list[tuple[int, float, float, float, float]] = []
    for page, left, bottom, right, top in boxes:
        if right <= left or top <= bottom:
            continue  # an inserted space or line break
        if out and out[-1][0] == page and abs(out[-1][2] - bottom) < (top - bottom) / 2:
            p, l0, b0, r0, t0 = out[-1]
            out[-1] = (p, min(l0, left), min(b0, bottom), max(r0, right), max(t0, top))
        else:
            out.append((page, left, bottom, right, top))
    return out


def annotate_pdf(result: Result, output: str) -> int:
    """Write the annotated copy; returns the number of figures highlighted."""
    from pypdf import PdfWriter
    from pypdf.annotations import Highlight, Popup
    from pypdf.generic import ArrayObject, FloatObject

    doc = result.document
    if doc.format != "pdf" or not doc.boxes:
        raise ValueError("--format pdf needs a PDF input")
    writer = PdfWriter(doc.source, incremental=True)
    by_id = {m.id: m for m in result.mentions}
    notes: dict[str, list[str]] = {}
    verdicts: dict[str, list[str]] = {}
    for c in result.checks:
        notes.setdefault(c.relation.target, []).append(f"{c.rule} {c.verdict}: {c.explanation}")
        verdicts.setdefault(c.relation.target, []).append(c.verdict)
    count = 0
    for mid, lines in notes.items():
        m = by_id[mid]
        verdict = next(v for v in _ORDER if v in verdicts[mid])
        rects = _rects([doc.boxes[i] for i in range(m.start, min(m.end, len(doc.boxes)))])
        for page, left, bottom, right, top in rects:
            quad = ArrayObject([FloatObject(v) for v in (left, top, right, top, left, bottom, right, bottom)])
            colour = "".join(f"{round(c * 255):02x}" for c in COLOURS[verdict])
            mark = Highlight(rect=(left, bottom, right, top), quad_points=quad, highlight_color=colour)
            mark[_name("/Contents")] = _text("\n".join(lines))
            mark[_name("/T")] = _text("figcheck")
            added = writer.add_annotation(page_number=page - 1, annotation=mark)
            popup = Popup(rect=(right, top - 80, right + 220, top), parent=added, open=False)
            writer.add_annotation(page_number=page - 1, annotation=popup)
        count += 1
    with open(output, "wb") as f:
        writer.write(f)
    return count


def _name(key: str):  # type: ignore[no-untyped-def]
    from pypdf.generic import NameObject

    return NameObject(key)


def _text(value: str):  # type: ignore[no-untyped-def]
    from pypdf.generic import TextStringObject

    return TextStringObject(value)
