"""The PDF reader, on PDFs these tests make with reportlab (no binary files committed)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claims import InputError, read_document

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

FIGCHECK = [sys.executable, "-m", "checker.cli"]


def _canvas_pdf(path: Path, pages: list[list[tuple[float, float, str]]], size: int = 10, **kw: object) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, **kw)
    for lines in pages:
        c.setFont("Helvetica", size)
        for x, y, s in lines:
            c.drawString(x, y, s)
        c.showPage()
    c.save()
    return path


def _span(text: str, needle: str) -> tuple[int, int]:
    assert text.count(needle) == 1, (needle, text)
    a = text.index(needle)
    return a, a + len(needle)


def test_figure_found_with_its_page_and_box(tmp_path: Path) -> None:
    before = "The recording rate was "
    pdf = _canvas_pdf(tmp_path / "r.pdf", [[(72, 700, "Page one says little.")], [(72, 640, before + "87.2% in 2017.")]])
    doc = read_document(str(pdf))
    assert doc.format == "pdf" and doc.pages == 2 and len(doc.boxes) == len(doc.text)
    a, b = _span(doc.text, "87.2%")
    boxes = doc.boxes[a:b]
    assert {box[0] for box in boxes} == {2}
    left = min(box[1] for box in boxes)
    right = max(box[3] for box in boxes)
    x = 72 + stringWidth(before, "Helvetica", 10)
    assert abs(left - x) < 1.5 and abs(right - (x + stringWidth("87.2%", "Helvetica", 10))) < 1.5
    # loose boxes: from the font's descent below the baseline (640) to its ascent above
    assert all(635 <= box[2] <= 640 and 646 <= box[4] <= 651 for box in boxes)
    # and the checker finds the figure at that offset
    from checker import check_document

    result = check_document(doc)
    assert any(m.start == a and m.end == b for m in result.mentions)


def test_running_header_footer_and_page_numbers_left_out(tmp_path: Path) -> None:
    body = ["Section {n} found that 1{n}% of the {n}00 cases were late.", "The rest were on time.",
            "A further {n}0 cases were not examined.", "Inspectors visited {n} sites."]
    pages = []
    for n in range(1, 5):
        lines = [(72, 800, "Eastbrook Council Annual Report 2023")]
        lines += [(72, 700 - 40 * k - 7 * n, body[(k + n) % 4].format(n=n)) for k in range(4)]
        lines += [(72, 40, f"Official sensitive - printed 12 May 2023 - page {n} of 4"), (290, 20, str(n))]
        pages.append(lines)
    doc = read_document(str(_canvas_pdf(tmp_path / "h.pdf", pages)))
    assert "Eastbrook" not in doc.text and "Official" not in doc.text
    expected = [body[(k + n) % 4].format(n=n) for n in range(1, 5) for k in range(4)]
    assert doc.text.split("\n\n") == expected


def test_hyphenated_word_joined_and_wrapped_lines_made_one_paragraph(tmp_path: Path) -> None:
    pdf = _canvas_pdf(tmp_path / "y.pdf", [[
        (72, 700, "The inspection found that recording was incon-"),
        (72, 688, "sistent across 12.5% of cases examined in the"),
        (72, 676, "force area during the year under review, with"),
        (72, 664, "the rest recorded correctly; in all, one-"),
        (72, 652, "third of cases were late, twenty-"),
        (72, 640, "five in all."),
        (72, 610, "A second paragraph follows."),
    ]])
    doc = read_document(str(pdf))
    assert "inconsistent across 12.5% of cases" in doc.text
    first, second = doc.text.split("\n\n")
    assert "\n" not in first and first.endswith("recorded correctly; in all, one-third of cases were late, twenty-five in all.")
    assert second == "A second paragraph follows."
    a, b = _span(doc.text, "inconsistent")
    assert {box[0] for box in doc.boxes[a:b]} == {1}


def test_ruled_table_read_as_cells(tmp_path: Path) -> None:
    styles = getSampleStyleSheet()
    path = tmp_path / "t.pdf"
    rows = [["Type", "Number", "Share"], ["Warnings", "187", "10.8%"], ["Total", "1,719", "100.0%"]]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Actions taken.", styles["BodyText"]), Spacer(1, 6), table])
    doc = read_document(str(path))
    got = {(r, c): doc.text[a:b] for a, b, t, r, c in doc.cells}
    assert got[(1, 1)] == "187" and got[(2, 2)] == "100.0%" and got[(0, 0)] == "Type"
    assert {t for _, _, t, _, _ in doc.cells} == {0}


def _bad_pdfs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = _canvas_pdf(tmp_path / "good.pdf", [[(72, 700, "The rate was 87.2% in 2017.")]]).read_bytes()
    c = canvas.Canvas(str(tmp_path / "image.pdf"), pagesize=A4)
    c.rect(100, 100, 300, 300, fill=1)
    c.showPage()
    c.save()
    out = {
        "corrupt": (tmp_path / "corrupt.pdf", "PDF"),
        "truncated": (tmp_path / "truncated.pdf", "PDF"),
        "empty": (tmp_path / "empty.pdf", "PDF"),
        "image": (tmp_path / "image.pdf", "no text layer"),
        "encrypted": (_canvas_pdf(tmp_path / "locked.pdf", [[(72, 700, "12%")]], encrypt="secret"), "encrypted"),
    }
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    (tmp_path / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (tmp_path / "empty.pdf").write_bytes(b"%PDF-1.7\n")
    return out


@pytest.mark.parametrize("kind", ["corrupt", "truncated", "empty", "image", "encrypted"])
def test_unreadable_pdf_is_one_clear_line(tmp_path: Path, kind: str) -> None:
    path, message = _bad_pdfs(tmp_path)[kind]
    with pytest.raises(InputError) as err:
        read_document(str(path))
    assert message in str(err.value) and "\n" not in str(err.value)
    proc = subprocess.run(FIGCHECK + ["check", str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and message in proc.stderr and "Traceback" not in proc.stderr


def test_pdf_found_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    pdf = _canvas_pdf(tmp_path / "report.txt", [[(72, 700, "Of 463 reports, 404 (87.3%) were recorded.")]])
    doc = read_document(str(pdf))
    assert doc.format == "pdf" and "404 (87.3%)" in doc.text


def test_sixty_pages_read_quickly(tmp_path: Path) -> None:
    import time

    styles = getSampleStyleSheet()
    path = tmp_path / "long.pdf"
    para = ("In 2022/23 the force recorded 3,412 incidents, down 6.2% on the 3,638 of the year before; "
            "of these 1,284 (37.6%) involved household waste and 812 (23.8%) other household items. ") * 4
    story = []
    for _ in range(420):
        story += [Paragraph(para, styles["BodyText"]), Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)

    def bare() -> None:
        """The PDF library's own text of every page, nothing more: the baseline."""
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(pdf)):
                pdf[i].get_textpage().get_text_range()
        finally:
            pdf.close()

    def best(run: Callable[[], object]) -> float:
        times = []
        for _ in range(2):
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        return min(times)

    assert read_document(str(path)).pages >= 60
    # a ratio to the bare text measured in the same run, not seconds: a loaded machine slows
    # both (about 13 times the bare text, characters, boxes and text map included)
    ratio = best(lambda: read_document(str(path))) / best(bare)
    assert ratio < 40, ratio


def test_sentence_and_word_carried_over_a_page_break(tmp_path: Path) -> None:
    pdf = _canvas_pdf(tmp_path / "c.pdf", [
        [(72, 700, "Of the 463 reports made to the force, 404 were recor-")],
        [(72, 760, "ded within 24 hours, and the rest")],
        [(72, 760, "later in the week. A new sentence starts here.")],
        [(72, 760, "New page, new paragraph.")],
    ])
    doc = read_document(str(pdf))
    assert doc.text.split("\n\n") == [
        "Of the 463 reports made to the force, 404 were recorded within 24 hours, and the rest later in the week. "
        "A new sentence starts here.",
        "New page, new paragraph.",
    ]
    a, b = _span(doc.text, "recorded")
    assert [box[0] for box in doc.boxes[a:b]] == [1] * 5 + [2] * 3


def test_two_columns_read_one_after_the_other(tmp_path: Path) -> None:
    left = ["The force recorded 404 of the 463", "reports within a day, a rate of",
            "87.3%, well above the 80% target", "set by the commissioner."]
    right = ["Violent crime was recorded at", "84.8%, a little below the rate for",
             "all crime, and sexual offences at", "a lower rate again."]
    lines = [(72, 700 - 12 * k, s) for k, s in enumerate(left)] + [(320, 700 - 12 * k, s) for k, s in enumerate(right)]
    doc = read_document(str(_canvas_pdf(tmp_path / "cols.pdf", [lines])))
    assert doc.text.split("\n\n") == [" ".join(left), " ".join(right)]


def test_unruled_table_read_as_cells(tmp_path: Path) -> None:
    rows = [("Investigations", "1,146", "66.7%"), ("Warning letters", "187", "10.8%"), ("Total", "1,719", "100.0%")]
    lines = [(72, 700, "Enforcement actions taken during the year, as the table below sets them out in full:")]
    for k, (a, b, c) in enumerate(rows):
        y = 688 - 12 * k
        lines += [(72, y, a), (300, y, b), (480, y, c)]
    doc = read_document(str(_canvas_pdf(tmp_path / "u.pdf", [lines])))
    assert doc.text.endswith("full:\n\n| Investigations | 1,146 | 66.7% |\n| Warning letters | 187 | 10.8% |\n| Total | 1,719 | 100.0% |")
    got = {(r, col): doc.text[a:b] for a, b, t, r, col in doc.cells}
    assert got == {(r, k): cell for r, row in enumerate(rows) for k, cell in enumerate(row)}


def test_two_rows_with_wide_gaps_are_kept_apart_but_not_a_table(tmp_path: Path) -> None:
    lines = [(72, 700, "Recorded"), (300, 700, "404"), (72, 688, "Reported"), (300, 688, "463")]
    doc = read_document(str(_canvas_pdf(tmp_path / "two.pdf", [lines])))
    assert doc.text == "Recorded 404\nReported 463" and not doc.cells


def test_ligatures_read_as_letters(tmp_path: Path) -> None:
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("needs DejaVu Sans to draw a ligature")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    c = canvas.Canvas(str(tmp_path / "lig.pdf"), pagesize=A4)
    c.setFont("DejaVuSans", 10)
    c.drawString(72, 700, "The \ufb01nal count: 12% of of\ufb01ces.")
    c.showPage()
    c.save()
    doc = read_document(str(tmp_path / "lig.pdf"))
    assert doc.text == "The final count: 12% of offices." and len(doc.boxes) == len(doc.text)


def test_table_ruled_by_one_path_read_as_cells(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "grid.pdf"), pagesize=A4)
    xs, ys = [72, 250, 350, 450], [700, 680, 660, 640]
    path = c.beginPath()
    for y in ys:
        path.moveTo(xs[0], y)
        path.lineTo(xs[-1], y)
    for x in xs:
        path.moveTo(x, ys[0])
        path.lineTo(x, ys[-1])
    c.drawPath(path)
    c.rect(60, 600, 400, 20)  # a box round a caption: no table
    c.setFont("Helvetica", 10)
    rows = [["Type", "Number", "Share"], ["Warnings", "187", "10.8%"], ["Total", "1,719", "100.0%"]]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.drawString(xs[k] + 4, ys[r] - 14, cell)
    c.drawString(66, 606, "Source: council records.")
    c.showPage()
    c.save()
    doc = read_document(str(tmp_path / "grid.pdf"))
    got = {(r, col): doc.text[a:b] for a, b, t, r, col in doc.cells}
    assert got == {(r, k): cell for r, row in enumerate(rows) for k, cell in enumerate(row)}
    assert doc.text.endswith("\n\nSource: council records.")


def test_footnote_markers_left_out(tmp_path: Path) -> None:
    styles = getSampleStyleSheet()
    path = tmp_path / "fn.pdf"
    text = "Of 463 reports<super>3</super>, 404 (87.3%)<super>12</super> were recorded, and 10<super>6</super> is a million."
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(text, styles["BodyText"])])
    doc = read_document(str(path))
    # raised digits after a word or a figure are taken for a marker (an exponent too: "10")
    assert doc.text == "Of 463 reports, 404 (87.3%) were recorded, and 10 is a million."
    assert len(doc.boxes) == len(doc.text)


def test_text_turned_on_a_rotated_page(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "rot.pdf"), pagesize=A4)
    c.setPageRotation(90)
    c.translate(100, 100)
    c.rotate(90)  # the text runs up the page, upright once the page is shown turned
    c.setFont("Helvetica", 10)
    lines = ["The force recorded 404 of the 463 reports within a day, a rate of 87.3%, well above the",
             "80% target set by the commissioner for the year under review in this report."]
    for k, s in enumerate(lines):
        c.drawString(0, -12 * k, s)
    c.drawString(0, -48, "A new paragraph starts.")
    c.showPage()
    c.save()
    doc = read_document(str(tmp_path / "rot.pdf"))
    assert doc.text == " ".join(lines) + "\n\nA new paragraph starts."
    a, b = _span(doc.text, "87.3%")
    assert all(abs(box[1] - 100 - 0) < 12 and box[4] > box[2] for box in doc.boxes[a:b])  # in the first line's column


def test_page_starts_give_each_offset_its_page(tmp_path: Path) -> None:
    import bisect

    pdf = _canvas_pdf(tmp_path / "p.pdf", [[(72, 700, "First page: 12%.")], [], [(72, 700, "Third page: 13%.")]])
    doc = read_document(str(pdf))
    starts = doc.page_starts
    assert len(starts) == doc.pages == 3 and starts[0] == 0
    for needle, page in (("12%", 1), ("13%", 3)):
        assert bisect.bisect_right(starts, doc.text.index(needle)) == page


def test_table_ruled_only_across_read_as_cells(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "open.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "Enforcement actions taken during the year, set out in the table below for the record.")
    for y in (720, 702, 650):
        c.line(72, y, 500, y)
    rows = [["Action", "Number", "Share"], ["Warnings", "187", "10.8%"], ["Prosecutions", "27", "1.6%"], ["Total", "214", "12.4%"]]
    for r, row in enumerate(rows):
        y = 708 if r == 0 else 690 - 12 * (r - 1)
        for k, cell in enumerate(row):
            c.drawString((72, 300, 420)[k], y, cell)
    c.drawString(72, 620, "The text goes on after the table.")
    c.showPage()
    c.save()
    doc = read_document(str(tmp_path / "open.pdf"))
    got = {(r, col): doc.text[a:b] for a, b, t, r, col in doc.cells}
    assert got == {(r, k): cell for r, row in enumerate(rows) for k, cell in enumerate(row)}
    assert doc.text.endswith("\n\nThe text goes on after the table.")


def test_two_columns_of_prose_between_rules_are_not_a_table(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "box.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.line(72, 720, 520, 720)
    c.line(72, 660, 520, 660)
    left = ["The force recorded most of the", "reports within a day, well above", "the target set for the year."]
    right = ["Violent crime was recorded at a", "lower rate, and sexual offences", "at a lower rate again."]
    for k in range(3):  # column by column, as a two-column layout is drawn
        c.drawString(72, 705 - 12 * k, left[k])
    for k in range(3):
        c.drawString(320, 705 - 12 * k, right[k])
    c.showPage()
    c.save()
    doc = read_document(str(tmp_path / "box.pdf"))
    assert not doc.cells and doc.text.split("\n\n") == [" ".join(left), " ".join(right)]


def test_one_row_of_a_grid_with_a_wrapped_cell_stays_one_row(tmp_path: Path) -> None:
    styles = getSampleStyleSheet()
    path = tmp_path / "one.pdf"
    table = Table([[Paragraph("Other (duty of care inspections, vehicle stops and more besides)", styles["BodyText"]),
                    "128", "7.4%"]], colWidths=[120, 80, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    doc = read_document(str(path))
    got = {(r, col): doc.text[a:b] for a, b, t, r, col in doc.cells}
    assert got == {(0, 0): "Other (duty of care inspections, vehicle stops and more besides)", (0, 1): "128", (0, 2): "7.4%"}


def test_boxes_read_like_a_tuple_of_tuples(tmp_path: Path) -> None:
    doc = read_document(str(_canvas_pdf(tmp_path / "b.pdf", [[(72, 700, "Rate: 87.2%.")]])))
    boxes = doc.boxes
    assert len(boxes) == len(doc.text) and boxes[0] == tuple(boxes[0]) and boxes[-1] == boxes[len(boxes) - 1]
    assert boxes[0][0] == 1 and abs(boxes[0][1] - 72) < 1 and list(boxes) == boxes[:] and boxes == list(boxes)
    with pytest.raises(IndexError):
        boxes[len(boxes)]


def _columns_pdf(path: Path, columns: list[list[str]], xs: list[float], top: float = 730,
                 above: list[tuple[float, float, str, str, int]] = (), below: list[tuple[float, float, str, str, int]] = ()) -> Path:
    """A page with columns drawn row by row (line across line in the content stream, as
    many publishing tools write them), with lines (x, y, text, font, size) above and below."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for x, y, s, font, size in above:
        c.setFont(font, size)
        c.drawString(x, y, s)
    c.setFont("Helvetica", 10)
    for k in range(max(len(col) for col in columns)):
        for col, x in zip(columns, xs, strict=True):
            if k < len(col):
                c.drawString(x, top - 12 * k, col[k])
    for x, y, s, font, size in below:
        c.setFont(font, size)
        c.drawString(x, y, s)
    c.showPage()
    c.save()
    return path


def test_two_columns_drawn_line_across_line_read_column_by_column(tmp_path: Path) -> None:
    heading = "Crime data integrity: what the inspection found in Northshire"
    left = ["Inspectors found that the force had", "recorded 404 out of 463 reports of", "violent crime within a day, about",
            "87%, well above the target set by the", "commissioner for the year."]
    right = ["Sexual offences were recorded at a", "lower rate: 118 of the 151 reports,", "or 78.1%, and the remaining 33 were",
             "not recorded at all, which is a cause", "of concern to the inspectorate."]
    full = ["A full-width paragraph follows the columns and runs across the whole text block of the page,",
            "as reports do for a summary, and it is read as one paragraph after both columns."]
    pdf = _columns_pdf(tmp_path / "two.pdf", [left, right], [72, 310], above=[(72, 760, heading, "Helvetica-Bold", 14)],
                       below=[(72, 650, full[0], "Helvetica", 10), (72, 638, full[1], "Helvetica", 10)])
    doc = read_document(str(pdf))
    assert doc.text.split("\n\n") == [heading, " ".join(left), " ".join(right), " ".join(full)]
    assert len(doc.boxes) == len(doc.text)
    # the share in the left column is checked against its part and whole, lines apart
    from checker import check_document

    result = check_document(doc)
    by_id = {m.id: m for m in result.mentions}
    [share] = [c for c in result.checks if c.rule == "FC101"
               and {doc.text[by_id[i].start:by_id[i].end] for i in c.relation.mentions} >= {"404", "463", "87%"}]
    assert share.verdict == "rounded"
    # and its highlight lands on the fourth line of the left column
    a, b = _span(doc.text, "87%")
    assert all(box[0] == 1 and 70 < box[1] < box[3] < 110 and box[2] < 694 < box[4] for box in doc.boxes[a:b])
    a, b = _span(doc.text, "78.1%")
    x = 310 + stringWidth("or ", "Helvetica", 10)
    assert abs(doc.boxes[a][1] - x) < 1.5 and all(box[2] < 706 < box[4] for box in doc.boxes[a:b])


def test_three_columns_with_a_sentence_and_a_word_carried_from_one_to_the_next(tmp_path: Path) -> None:
    cols = [["Of the 463 reports of violent", "crime made to the force in the", "year under review, 404 were recor-"],
            ["ded within a day, a rate of 87.3%,", "and the other 59 later in the", "week or never at all."],
            ["Sexual offences fared worse,", "with 118 of 151 recorded on", "time, a rate of 78.1 per cent."]]
    doc = read_document(str(_columns_pdf(tmp_path / "three.pdf", cols, [72, 240, 408])))
    assert doc.text.split("\n\n") == [
        "Of the 463 reports of violent crime made to the force in the year under review, 404 were recorded within a day, "
        "a rate of 87.3%, and the other 59 later in the week or never at all.",
        " ".join(cols[2]),
    ]
    a, b = _span(doc.text, "were recorded")
    assert [box[1] < 240 for box in doc.boxes[a + 5:b]] == [True] * 5 + [False] * 3


def test_columns_around_a_full_width_table_leave_the_table_whole(tmp_path: Path) -> None:
    left = ["The force recorded most of the reports", "it received within a day, well above",
            "the target the commissioner had set."]
    right = ["Enforcement actions taken during the", "year are set out in the table below,", "with their shares of the total."]
    c = canvas.Canvas(str(tmp_path / "mixed.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    for k in range(3):
        c.drawString(72, 760 - 12 * k, left[k])
        c.drawString(310, 760 - 12 * k, right[k])
    rows = [["Action", "Number", "Share"], ["Warnings", "187", "10.8%"], ["Prosecutions", "27", "1.6%"], ["Total", "214", "12.4%"]]
    table = Table(rows, colWidths=[200, 120, 120])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    table.wrapOn(c, 440, 200)
    table.drawOn(c, 72, 620)
    c.setFont("Helvetica", 10)
    for k, (a, b) in enumerate([("After the table the columns", "and the right-hand column goes"),
                                ("start again on the left,", "on with the rest of the story.")]):
        c.drawString(72, 590 - 12 * k, a)
        c.drawString(310, 590 - 12 * k, b)
    c.showPage()
    c.save()
    doc = read_document(str(tmp_path / "mixed.pdf"))
    got = {(r, col): doc.text[a:b] for a, b, t, r, col in doc.cells}
    assert got == {(r, k): cell for r, row in enumerate(rows) for k, cell in enumerate(row)}
    parts = doc.text.split("\n\n")
    assert parts[:2] == [" ".join(left), " ".join(right)]
    assert parts[2].startswith("| Action | Number | Share |")
    # the sentence the left column breaks off goes on at the top of the right one
    assert parts[3:] == ["After the table the columns start again on the left, and the right-hand column goes on "
                         "with the rest of the story."]


def test_unruled_table_among_prose_is_not_taken_for_columns(tmp_path: Path) -> None:
    prose_lines = ["The inspection looked at enforcement across the county over the year and found that most of the",
                   "actions taken were warnings, with prosecutions few and far between, as the figures show below."]
    rows = [("Investigations", "1,146", "66.7%"), ("Warning letters", "187", "10.8%"), ("Fixed penalties", "142", "8.3%"),
            ("Prosecutions", "117", "6.8%"), ("Cautions", "127", "7.4%"), ("Total", "1,719", "100.0%")]
    lines = [(72, 760 - 12 * k, s) for k, s in enumerate(prose_lines)]
    for k, (a, b, c) in enumerate(rows):
        y = 720 - 12 * k
        lines += [(72, y, a), (300, y, b), (480, y, c)]
    doc = read_document(str(_canvas_pdf(tmp_path / "u6.pdf", [lines])))
    assert doc.text.startswith(" ".join(prose_lines) + "\n\n| Investigations | 1,146 | 66.7% |")
    got = {(r, col): doc.text[a:b] for a, b, t, r, col in doc.cells}
    assert got == {(r, k): cell for r, row in enumerate(rows) for k, cell in enumerate(row)}


def test_paragraph_flowing_from_one_frame_to_the_next_stays_one(tmp_path: Path) -> None:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    styles = getSampleStyleSheet()
    path = tmp_path / "frames.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="two", frames=[Frame(72, 640, 220, 90, id="l"), Frame(310, 640, 220, 90, id="r")])])
    text = ("Inspectors examined the crime reports made to the force over the six months to the end of "
            "September and found that it recorded 404 out of 463 reports of violent crime within a day, "
            "about 87%, well above the target set by the commissioner, though sexual offences were recorded "
            "at a lower rate and the inspectorate says that the gap must close within the coming year.")
    doc.build([Paragraph(text, styles["BodyText"])])
    got = read_document(str(path))
    assert got.text == text
    a, b = _span(got.text, "87%")
    assert {box[0] for box in got.boxes[a:b]} == {1}
