"""figcheck's whole check of a PDF against pdfplumber's bare text extraction, same file, same run.

    .venv/bin/python bench/pdf.py              a 50-page report, 5 rounds   (or: make bench-pdf)
    .venv/bin/python bench/pdf.py --pages 10   a shorter report, for a first look
    .venv/bin/python bench/pdf.py --tables     also compare its tables with pdfplumber's find_tables
    .venv/bin/python bench/pdf.py --help

The report is generated here with reportlab into bench/.scratch/ (git-ignored), from a fixed
seed: an inspection-style report with a running header and footer, section headings,
paragraphs of report prose full of figures (bench/prose.py: counts, percentages, money,
changes, "one in five", about one claim in eight wrong), and after every few paragraphs a
table of counts with a percentage column and a Total row, ruled as a full grid or across
only (rules above, under the header and below, as most published reports set them), now and
then with a column that does not add up.

Two things are timed on that file, interleaved round by round in this one process so both
see the same load, imports and a warm-up call not timed:

  pdfplumber   ``page.extract_text()`` on every page, each page closed after (``page.close()``;
               without it memory grows page by page), nothing else;
  figcheck     ``read_document`` + ``check_document``: text in reading order, character boxes,
               tables into cells, every rule and verdict (what ``figcheck check`` does
               except render).

The target (issue [3]): figcheck's time at most 0.5 x pdfplumber's. The ratio printed is the
median of the rounds' ratios (each round times both back to back), with the ratio of the
best times beside it; never an absolute timing checked against a fixed number. pdfplumber is
in the ``bench`` extra (``pip install -e '.[bench]'``); it is not a figcheck dependency.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

import prose

BENCH = Path(__file__).resolve().parent
SCRATCH = BENCH / ".scratch"
TARGET = 0.5

_SECTIONS = ["Crime recording", "Emergency care", "Council finances", "Public survey", "Inspection findings",
             "Enforcement", "Call handling", "Workforce"]
_ROWS = {
    "Crime recording": ["Violent crime", "Sexual offences", "Burglary", "Vehicle crime", "Criminal damage", "Fraud"],
    "Emergency care": ["Seen within four hours", "Seen within 12 hours", "Admitted", "Referred on", "Left before treatment"],
    "Council finances": ["Adult social care", "Children's services", "Highways", "Waste collection", "Libraries", "Housing"],
    "Public survey": ["Very satisfied", "Fairly satisfied", "Neither", "Fairly dissatisfied", "Very dissatisfied"],
    "Inspection findings": ["Outstanding", "Good", "Requires improvement", "Inadequate"],
    "Enforcement": ["Investigations", "Warning letters", "Fixed penalties", "Prosecutions", "Cautions"],
    "Call handling": ["Answered in 10 seconds", "Answered in 60 seconds", "Answered later", "Abandoned"],
    "Workforce": ["Officers", "Staff", "Special constables", "Volunteers", "Agency workers"],
}


def _table_rows(rng: random.Random, section: str) -> list[list[str]]:
    """A table of counts with shares of the total, and a Total row; about one in six wrong."""
    labels = _ROWS[section]
    counts = [rng.randint(12, 4_000) for _ in labels]
    total = sum(counts)
    prior = [max(1, round(c * rng.uniform(0.8, 1.2))) for c in counts]
    rows = [["Category", "2022/23", "Share", "2021/22", "Change"]]
    for label, c, p in zip(labels, counts, prior, strict=True):
        rows.append([label, f"{c:,}", f"{100 * c / total:.1f}%", f"{p:,}", f"{100 * (c / p - 1):+.1f}%"])
    shown = total if rng.random() > 1 / 6 else total + rng.choice([-100, -10, 10, 90])
    rows.append(["Total", f"{shown:,}", "100.0%", f"{sum(prior):,}", f"{100 * (total / sum(prior) - 1):+.1f}%"])
    return rows


def make_report(path: Path, pages: int, seed: int = 20240611) -> int:
    """Write an inspection-style report of about ``pages`` pages; return its page count."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    rng = random.Random(seed)
    # about 3,300 characters of prose and a third of a table a page, at reportlab's body style
    paragraphs = prose.report_prose(3_300 * pages, seed=seed).strip().split("\n\n")
    story: list[object] = [Paragraph("Northshire Police: an inspection of crime data integrity", styles["Title"])]
    for k, para in enumerate(paragraphs):
        if k % 9 == 0:
            section = _SECTIONS[(k // 9) % len(_SECTIONS)]
            story.append(Paragraph(f"{k // 9 + 1}. {section}", styles["Heading2"]))
        story.append(Paragraph(para, styles["BodyText"]))
        if k % 9 == 4:
            rows = _table_rows(rng, section)
            table = Table(rows, colWidths=[150, 70, 60, 70, 60], hAlign="LEFT")
            if (k // 9) % 2:
                style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
            else:  # ruled across only: above, under the header, above the total, below
                style = [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                         ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
            table.setStyle(TableStyle([*style, ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
            story += [Spacer(1, 6), Paragraph(f"Table {k // 9 + 1}: {section.lower()}, 2022/23 against 2021/22", styles["Italic"]),
                      Spacer(1, 4), table, Spacer(1, 8)]

    def running(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(72, A4[1] - 40, "Northshire Police: crime data integrity inspection 2023")  # type: ignore[attr-defined]
        canvas.drawString(72, 30, "Official - published 12 May 2023")  # type: ignore[attr-defined]
        canvas.drawRightString(A4[0] - 72, 30, f"Page {doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Crime data integrity inspection", author="Inspectorate")
    doc.build(story, onFirstPage=running, onLaterPages=running)
    return int(doc.page)


def report(pages: int) -> Path:
    """The report for ``pages`` pages, made once (the same seed gives the same file)."""
    SCRATCH.mkdir(parents=True, exist_ok=True)
    path = SCRATCH / f"report_{pages}p.pdf"
    if not path.exists():
        # the prose per page is a guess: scale once to land on the page count asked for
        tmp = SCRATCH / f"report_{pages}p.tmp.pdf"
        got = make_report(tmp, pages)
        if got != pages:
            got = make_report(tmp, max(1, round(pages * pages / got)))
        tmp.replace(path)
    return path


def plumber_text(path: Path) -> int:
    import pdfplumber

    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            n += len(page.extract_text() or "")
            page.close()
    return n


def figcheck_check(path: Path) -> tuple[int, int, int]:
    from checker import check_document
    from claims import read_document

    doc = read_document(str(path))
    result = check_document(doc)
    tables = len({t for _, _, t, _, _ in doc.cells})
    return len(doc.text), tables, len(result.checks)


def compare_tables(path: Path) -> None:
    """Our tables against pdfplumber's ``find_tables()`` (default settings: ruling lines) on
    the same pages, row by row: the evidence for keeping figcheck's own table finder."""
    import pdfplumber

    from claims import read_document

    doc = read_document(str(path))
    ours: dict[int, set[tuple[str, ...]]] = {}
    rows: dict[tuple[int, int], dict[int, str]] = {}
    page_of: dict[tuple[int, int], int] = {}
    for start, end, table, row, col in doc.cells:
        rows.setdefault((table, row), {})[col] = doc.text[start:end]
        page_of.setdefault((table, row), doc.boxes[start][0] if end > start else 0)
    for key, cells in rows.items():
        ours.setdefault(page_of[key], set()).add(tuple(" ".join(cells[c].split()) for c in sorted(cells)))
    theirs: dict[int, set[tuple[str, ...]]] = {}
    found = 0
    t0 = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            for table in page.find_tables():
                found += 1
                for row in table.extract():
                    theirs.setdefault(number, set()).add(tuple(" ".join((c or "").split()) for c in row))
            page.close()
    took = time.perf_counter() - t0
    mine = sum(len(v) for v in ours.values())
    both = sum(len(v & ours.get(p, set())) for p, v in theirs.items())
    only_theirs = sum(len(v - ours.get(p, set())) for p, v in theirs.items())
    print(f"tables: figcheck {len({t for _, _, t, _, _ in doc.cells})} ({mine} rows); pdfplumber find_tables {found} "
          f"({sum(len(v) for v in theirs.values())} rows, {took:.1f} s); rows alike {both}, "
          f"found only by pdfplumber {only_theirs}, only by figcheck {mine - both}")
    for p, v in sorted(theirs.items()):
        for row in sorted(v - ours.get(p, set()))[:3]:
            print(f"  only pdfplumber, page {p}: {row}")


def timed(fn: object, path: Path) -> tuple[float, object]:
    gc.collect()
    t0 = time.perf_counter()
    out = fn(path)  # type: ignore[operator]
    return time.perf_counter() - t0, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=50, help="pages in the generated report (default 50)")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds, each times both (default 5)")
    ap.add_argument("--tables", action="store_true", help="also compare the tables found with pdfplumber's find_tables")
    ap.add_argument("--strict", action="store_true", help="exit 1 when the ratio misses the target")
    args = ap.parse_args(argv)
    try:
        import pdfplumber  # noqa: F401
        import pypdfium2
        import reportlab  # noqa: F401
    except ImportError as e:
        print(f"bench/pdf.py: needs {e.name}: .venv/bin/pip install -e '.[bench]'", file=sys.stderr)
        return 2
    path = report(args.pages)
    pdf = pypdfium2.PdfDocument(str(path))
    pages = len(pdf)
    pdf.close()
    print(f"report: {path.relative_to(BENCH.parent)}, {pages} pages, {path.stat().st_size / 1e6:.2f} MB")
    if args.tables:
        compare_tables(path)
    # warm-up: imports, font caches, the checker's lazily built tables
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        pdf.pages[0].extract_text()
    figcheck_check(path)
    plumb: list[float] = []
    ours: list[float] = []
    for r in range(args.rounds):
        # alternate which goes first so neither always follows the other's garbage
        order = [("pdfplumber", plumber_text), ("figcheck", figcheck_check)]
        for name, fn in order if r % 2 == 0 else order[::-1]:
            t, out = timed(fn, path)
            (plumb if name == "pdfplumber" else ours).append(t)
            if r == 0 and name == "figcheck":
                chars, tables, checks = out  # type: ignore[misc]
                print(f"figcheck: {chars:,} characters of text, {tables} tables read as cells, {checks} checks")
            elif r == 0:
                print(f"pdfplumber: {out:,} characters of text")
        print(f"round {r + 1}: pdfplumber {plumb[-1]:.2f} s ({pages / plumb[-1]:.0f} pages/s), "
              f"figcheck {ours[-1]:.2f} s ({pages / ours[-1]:.0f} pages/s), ratio {ours[-1] / plumb[-1]:.3f}", flush=True)
    ratio = statistics.median(o / p for o, p in zip(ours, plumb, strict=True))
    best = min(ours) / min(plumb)
    verdict = "PASS" if ratio <= TARGET else "WARN"
    print(f"\n{verdict}  figcheck's whole check / pdfplumber's extract_text = {ratio:.3f}x "
          f"(median of {args.rounds} rounds; best / best {best:.3f}x), target <= {TARGET}")
    return 1 if args.strict and verdict == "WARN" else 0


if __name__ == "__main__":
    raise SystemExit(main())
