"""--format pdf: highlights land on their figures, in the verdict's colour, and the original
bytes are kept (an incremental save)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
ROOT = Path(__file__).resolve().parent.parent


def make_pdf(path: Path, lines: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 780.0
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()


def test_highlights_land_on_the_figures_and_keep_the_bytes(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from checker import check
    from reports._pdf import COLOURS, annotate_pdf

    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    make_pdf(src, ["Of the 463 reports of violent crime examined, 404 (85%) were recorded.", "",
                   "Published Thursday 15 June 2017."])
    result = check(str(src))
    assert annotate_pdf(result, str(out)) == 2
    assert out.read_bytes().startswith(src.read_bytes())  # a signed report would stay signed
    annots = [a.get_object() for a in PdfReader(str(out)).pages[0]["/Annots"]]
    marks = [a for a in annots if a["/Subtype"] == "/Highlight"]
    assert len(marks) == 2 and len([a for a in annots if a["/Subtype"] == "/Popup"]) == 2
    doc = result.document
    for mark in marks:
        left, bottom, right, top = (float(v) for v in mark["/Rect"])
        figure = "85%" if "FC101" in str(mark["/Contents"]) else "Thursday 15 June 2017"
        start = doc.text.index(figure)
        boxes = [doc.boxes[i] for i in range(start, start + len(figure)) if doc.boxes[i][3] > doc.boxes[i][1]]
        assert left <= min(b[1] for b in boxes) + 0.01 and right >= max(b[3] for b in boxes) - 0.01
        assert bottom <= min(b[2] for b in boxes) + 0.01 and top >= max(b[4] for b in boxes) - 0.01
    bad = next(m for m in marks if "inconsistent" in str(m["/Contents"]))
    assert [round(float(c), 2) for c in bad["/C"]] == [round(c, 2) for c in COLOURS["inconsistent"]]
    assert "404 / 463 = 87.26%" in str(bad["/Contents"])


def test_cli_needs_a_pdf_and_an_output(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "checker.cli", "check", *args], capture_output=True, text=True,
                              cwd=ROOT, timeout=60)

    text = tmp_path / "a.txt"
    text.write_text("404 out of 463 (85%).", encoding="utf-8")
    proc = run(str(text), "--format", "pdf", "-o", str(tmp_path / "o.pdf"))
    assert proc.returncode == 2 and "needs a PDF input" in proc.stderr and "Traceback" not in proc.stderr
    src = tmp_path / "in.pdf"
    make_pdf(src, ["Of the 463 reports, 404 (85%) were recorded."])
    proc = run(str(src), "--format", "pdf")
    assert proc.returncode == 2 and "-o OUT.pdf" in proc.stderr
    proc = run(str(src), "--format", "pdf", "-o", str(tmp_path / "o.pdf"))
    assert proc.returncode == 1 and (tmp_path / "o.pdf").exists()
