"""The --format html report in a real browser (headless Chromium through Playwright).

The page is loaded from a file:// address, as a user opens a saved report. What is checked
is what a reader sees and does: the summary, each checked figure marked in its verdict's
colour, the working on hover, click and keyboard, the list of inconsistencies leading to
its figure, the verdict filters, and a hostile document shown as plain text with nothing
of it run. Every console error, page error and CSP violation fails a test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import Watched, open_page

from checker import check, check_document
from claims import read_document
from reports import render_html

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "inspection_article.txt"

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "</textarea>"]
HOSTILE_TEXT = "Of the 463 reports, 404 (85%) were recorded.\n\n" + "\n\n".join(f"Also {h} here." for h in HOSTILE) + "\n"
# the same strings as a web page's text (escaped, so they are words on the page), beside the
# live markup itself, which the reader must drop
HOSTILE_PAGE = ("<!doctype html><html><head><title>Report</title><script>alert(1)</script></head><body><article>"
                "<h1>Recording</h1><p>Of the 463 reports, 404 (85%) were recorded.</p>"
                + "".join(f"<p>Also {h.replace('<', '&lt;').replace('>', '&gt;')} here.</p>" for h in HOSTILE)
                + '<p>Live <img src=x onerror=alert(1)> <a href="javascript:alert(1)">link</a> markup.</p>'
                "<script>alert(2)</script></article></body></html>")

VERDICT_COLOURS = {"verified": "rgb(200, 240, 207)", "rounded": "rgb(207, 230, 251)",
                   "inconsistent": "rgb(255, 201, 201)", "unverifiable": "rgb(255, 240, 179)"}


def _report(tmp_path: Path, results: list[Any]) -> str:
    out = tmp_path / "report.html"
    out.write_text(render_html(results), encoding="utf-8")
    return out.as_uri()


def _clean(w: Watched) -> None:
    assert w.errors == [], w.errors
    assert w.dialogs == [], w.dialogs


def test_summary_highlights_and_notes(tmp_path: Path, watched: Watched) -> None:
    result = check(str(EXAMPLE))
    page = watched.page
    page.goto(_report(tmp_path, [result]))
    totals = page.locator("p.totals").inner_text()
    assert totals == f"{len(result.mentions)} figures, 13 checks: 2 inconsistent, 3 rounded, 7 verified, 1 unverifiable"
    assert "inconsistent (2)" in page.locator("p.summary").inner_text()
    marks = page.locator("mark")
    assert marks.count() == len({c.relation.target for c in result.checks})
    for verdict, colour in VERDICT_COLOURS.items():
        first = page.locator(f"mark.{verdict}").first
        assert first.get_attribute("data-verdict") == verdict
        assert first.evaluate("m => getComputedStyle(m).backgroundColor") == colour, verdict
    # the 89.4 per cent of 83 of 96 is the one the article gets wrong
    wrong = page.locator("mark.inconsistent", has_text="89.4 per cent")
    assert wrong.count() == 1
    note = page.locator("#note")
    assert note.inner_text() == ""
    wrong.hover()
    assert note.inner_text() == "FC101 inconsistent: 83 / 96 = 86.46%; stated 89.4 per cent is 2.94 points high"
    page.locator("mark.verified").first.click()
    assert note.inner_text().startswith("FC601 verified") and "Tuesday" in note.inner_text()
    # the keyboard reaches a figure and Enter shows its note
    page.locator("mark.rounded").first.focus()
    page.keyboard.press("Enter")
    assert note.inner_text().startswith("FC501 rounded")
    _clean(watched)


def test_inconsistency_list_leads_to_its_figure(tmp_path: Path, watched: Watched) -> None:
    page = watched.page
    page.set_viewport_size({"width": 800, "height": 300})  # short, so the figure must be scrolled to
    page.goto(_report(tmp_path, [check(str(EXAMPLE))]))
    links = page.locator("ol li a")
    assert links.count() == 2
    link = page.locator("ol li a", has_text="240")
    target = link.get_attribute("data-target")
    link.click()
    focused = page.evaluate("document.activeElement.id")
    assert focused == target
    assert page.locator(f"#{target}").inner_text() == "240"
    assert page.locator(f"#{target}").is_visible()
    box = page.locator(f"#{target}").bounding_box()
    assert box is not None and 0 <= box["y"] <= 300
    assert page.locator("#note").inner_text().startswith("FC202 inconsistent: 131 + 38 + 61 = 230")
    _clean(watched)


def test_filters_hide_and_show_highlights(tmp_path: Path, watched: Watched) -> None:
    page = watched.page
    page.goto(_report(tmp_path, [check(str(EXAMPLE))]))
    colour = "m => getComputedStyle(m).backgroundColor"
    verified = page.locator("mark.verified").first
    box = page.locator('input[data-verdict="verified"]')
    box.uncheck()
    assert verified.evaluate(colour) == "rgba(0, 0, 0, 0)"
    assert page.locator("mark.inconsistent").first.evaluate(colour) == VERDICT_COLOURS["inconsistent"]
    box.focus()
    page.keyboard.press("Space")  # the filters work from the keyboard too
    assert box.is_checked() and verified.evaluate(colour) == VERDICT_COLOURS["verified"]
    page.locator('input[data-verdict="inconsistent"]').uncheck()
    assert page.locator("mark.inconsistent").first.evaluate(colour) == "rgba(0, 0, 0, 0)"
    _clean(watched)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_hostile_document_is_inert_text(tmp_path: Path, watched: Watched, suffix: str) -> None:
    source = tmp_path / f"hostile{suffix}"
    source.write_text(HOSTILE_PAGE if suffix == ".html" else HOSTILE_TEXT, encoding="utf-8")
    doc = read_document(str(source))
    for h in HOSTILE:
        assert h in doc.text, (suffix, h)  # the reader kept them as words, so the report must show them
    page = watched.page
    page.goto(_report(tmp_path, [check_document(doc)]))
    page.wait_for_timeout(300)  # time for anything that would fire (an image error, a timer) to do so
    shown = page.locator(".doc").inner_text()
    for h in HOSTILE:
        assert h in shown, h
    assert page.locator("img").count() == 0 and page.locator("textarea").count() == 0
    assert page.locator("script").count() == 1  # the report's own
    assert page.locator('a[href^="javascript"]').count() == 0
    assert page.locator("mark.inconsistent", has_text="85%").count() == 1
    _clean(watched)


def test_set_content_and_a_tampered_script_is_refused(browser: Any) -> None:
    """The policy is really enforced: a script that is not the page's own is blocked and said so."""
    page_html = render_html([check(str(EXAMPLE))])
    w = open_page(browser)
    try:
        w.page.set_content(page_html)
        w.page.locator("mark.inconsistent").first.click()
        assert w.page.locator("#note").inner_text().startswith("FC101 inconsistent")
        _clean(w)
        w.page.set_content(page_html.replace("var note=", "var note =", 1))
        w.page.locator("mark.inconsistent").first.click()
        assert w.page.locator("#note").inner_text() == ""
        assert any("Content Security Policy" in e or "CSP violation" in e for e in w.errors), w.errors
    finally:
        w.page.context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_readable_at_phone_and_desktop_width(tmp_path: Path, browser: Any, width: int) -> None:
    w = open_page(browser, width=width, height=800)
    try:
        w.page.goto(_report(tmp_path, [check(str(EXAMPLE))]))
        overflow = w.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0  # no sideways scrolling on a phone
        _clean(w)
    finally:
        w.page.context.close()


def test_an_article_beside_the_source_passages_it_quotes(tmp_path: Path, watched: Watched) -> None:
    """--source: each paragraph of the article with, beside it, the report passages its
    figures were matched to; a misquote's passage marked as inconsistent."""
    from checker import check_document
    from claims import read_document

    report = ("Inspection of Northshire Constabulary\n\nWe reviewed 212 reports of rape. Of these, 187 had been "
              "recorded correctly.\n\nThe force recorded 87.9 percent of crimes reported to it.\n")
    article = ("Police record most rapes\n\nInspectors reviewed 212 rape reports and found 187 recorded properly.\n\n"
               "The force recorded 87 per cent of crimes reported to it, the report says.\n")
    docs = [read_document("<text>", text=t, fmt="text") for t in (article, report)]
    result = check_document(docs[0], sources=docs[1:])
    page = watched.page
    page.goto(_report(tmp_path, [result]))
    rows = page.locator(".paired .row")
    assert rows.count() == 3
    quoted = rows.nth(1).locator("aside blockquote")
    assert quoted.count() == 2 and "We reviewed 212 reports of rape." in quoted.first.inner_text()
    bad = rows.nth(2).locator("aside blockquote.inconsistent")
    assert bad.count() == 1 and "87.9 percent" in bad.inner_text()
    # the passage sits beside its paragraph, not under it, at desktop width
    para, aside = rows.nth(2).locator(".para").bounding_box(), rows.nth(2).locator("aside").bounding_box()
    assert para and aside and aside["x"] > para["x"] + para["width"] - 1
    rows.nth(2).locator("mark.inconsistent").click()
    assert "truncated" in page.locator("#note").inner_text()
    _clean(watched)
