"""The renderers: CSV rows, Markdown notes, and an HTML page that is self-contained and inert."""

from __future__ import annotations

import csv
import io
import re

from checker import check
from reports import render_csv, render_html, render_markdown

HOSTILE = ('<script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a> '
           "</textarea>.\n\nOf the 463 reports, 404 (85%) were recorded.")


def test_csv_has_one_row_a_check() -> None:
    result = check("404 out of 463 reports (85%). Published Thursday 15 June 2017.", text=True)
    rows = list(csv.DictReader(io.StringIO(render_csv([result]))))
    assert len(rows) == len(result.checks) == 2
    assert {r["rule"] for r in rows} == {"FC101", "FC601"}
    bad = next(r for r in rows if r["verdict"] == "inconsistent")
    assert bad["stated"] == "85%" and bad["line"] == "1" and "87.26%" in bad["explanation"]


def test_markdown_marks_each_checked_figure_with_its_note() -> None:
    out = render_markdown([check("Of the 463 reports, 404 (85%) were recorded.\n\n*Not* a `code` span.", text=True)])
    assert "**85%**[^1]" in out
    assert re.search(r"^\[\^1\]: ✗ \*\*inconsistent\*\* \(FC101\): 404 / 463", out, re.M)
    assert "\\*Not\\*" in out and "\\`code\\`" in out  # the document's own text stays text


def test_html_is_inert_and_self_contained() -> None:
    page = render_html([check(HOSTILE, text=True)])
    assert "<script>alert" not in page and "onerror=\"alert" not in page and 'href="javascript' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;/textarea&gt;" in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src 'none'" in csp.group(1) and "script-src 'sha256-" in csp.group(1)
    assert not re.search(r"(?:src|href)=\"https?:", page)  # no third-party assets
    assert page.count("<script>") == 1  # the page's own, allowed by its hash
    assert re.search(r'<mark id="d0-m\d+" class="inconsistent"[^>]*title="FC101 inconsistent: 404 / 463', page)
    assert '<a href="#d0-m' in page  # the list of inconsistencies links into the text
