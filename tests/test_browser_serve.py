"""figcheck serve end to end: uvicorn on a loopback port, the page in headless Chromium.

A user uploads the example article, sees the inconsistent figures marked in the embedded
report and opens one's note; a hostile document and a hostile file name stay text and
nothing of them runs. Console errors, page errors, CSP violations and dialogs fail.
"""

from __future__ import annotations

import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Watched, open_page

pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "inspection_article.txt"
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "</textarea>"]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    import uvicorn

    from checker._serve import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        srv = uvicorn.Server(uvicorn.Config(create_app(), log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        srv.should_exit = True
        thread.join(10)
        sock.close()


def _clean(w: Watched) -> None:
    assert w.errors == [], w.errors
    assert w.dialogs == [], w.dialogs


def _report(page: Any) -> Any:
    page.locator("#result-title").wait_for(state="visible")
    frame = page.frame_locator("#report")
    frame.locator("mark").first.wait_for()
    return frame


def test_upload_example_and_open_a_note(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server)
    assert page.title() == "figcheck"
    page.set_input_files("#file", str(EXAMPLE))
    page.locator("button[type=submit]").click()
    frame = _report(page)
    assert page.locator("#summary").inner_text() == (
        "inspection_article.txt: 28 figures, 13 checks: 2 inconsistent, 3 rounded, 7 verified, 1 unverifiable")
    assert page.locator("#result-title").evaluate("e => e === document.activeElement")  # focus moves to the result
    wrong = frame.locator("mark.inconsistent", has_text="89.4 per cent")
    assert wrong.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(255, 201, 201)"
    wrong.click()
    assert frame.locator("#note").inner_text() == "FC101 inconsistent: 83 / 96 = 86.46%; stated 89.4 per cent is 2.94 points high"
    # the list of inconsistencies leads to its figure inside the frame, the page stays put
    frame.locator("ol li a", has_text="240").click()
    assert frame.locator("#note").inner_text().startswith("FC202 inconsistent")
    assert page.url == server
    links = page.locator("#downloads a")
    assert [a.inner_text() for a in links.all()] == ["Download JSON", "Download CSV"]
    with page.expect_download() as got:
        links.first.click()
    assert got.value.suggested_filename == "inspection_article.figcheck.json"
    assert '"schema": "figcheck/1"' in Path(got.value.path()).read_text(encoding="utf-8")
    _clean(watched)


def test_long_pdf_shows_its_progress_and_offers_the_annotated_pdf(server: str, watched: Watched, tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    para = ("In 2022/23 the force recorded 3,412 incidents, down 6.2% on the 3,638 of the year before; "
            "of these 1,284 (37.6%) involved household waste and 812 (23.8%) other household items. ") * 4
    story: list[Any] = []
    for _ in range(140):
        story += [Paragraph(para, getSampleStyleSheet()["BodyText"]), Spacer(1, 6)]
    pdf = tmp_path / "long.pdf"
    SimpleDocTemplate(str(pdf)).build(story)
    page = watched.page
    page.goto(server)
    # every text the status line shows, however briefly
    page.evaluate("""() => { window.said = []; const m = document.getElementById('message');
        new MutationObserver(() => window.said.push(m.textContent)).observe(m, {childList: true, characterData: true, subtree: true}); }""")
    page.set_input_files("#file", str(pdf))
    page.locator("button[type=submit]").click()
    _report(page)
    said = page.evaluate("window.said")
    pages = int(next(s for s in said if s.startswith("Checking the figures of ")).split()[4])
    assert pages >= 20
    assert any(s.startswith("Uploading") for s in said) and any(s.startswith("Drawing the report and the annotated PDF") for s in said)
    assert said[-1].startswith("Checked in ")
    with page.expect_download() as got:
        page.locator("#downloads a", has_text="annotated PDF").click()
    assert got.value.suggested_filename == "long.figcheck.pdf"
    assert Path(got.value.path()).read_bytes().count(b"/Highlight") >= pages
    _clean(watched)


def test_keyboard_only_paste_and_check(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "text"
    page.keyboard.insert_text("Of the 463 reports, 404 (85%) were recorded.")
    for _ in range(3):  # past the file, the source, to the button
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"
    page.keyboard.press("Enter")
    frame = _report(page)
    assert frame.locator("mark.inconsistent").inner_text() == "85%"
    _clean(watched)


def test_article_against_its_source(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server)
    page.fill("#text", "The force recorded only 78.3 per cent of violent crime reports.")
    page.set_input_files("#source", files=[{"name": "inspection.txt", "mimeType": "text/plain", "buffer":
                         b"Of reports of violent crime, the force recorded 87.3 percent. Of sexual offences it recorded 91.0 percent."}])
    page.locator("button[type=submit]").click()
    frame = _report(page)
    mark = frame.locator("mark.inconsistent")
    assert mark.inner_text() == "78.3 per cent"
    mark.click()
    assert frame.locator("#note").inner_text().startswith("FC801 inconsistent")
    _clean(watched)


def test_hostile_document_and_name_stay_text(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server)
    text = "Of the 463 reports, 404 (85%) were recorded.\n\n" + "\n\n".join(HOSTILE) + "\n"
    page.set_input_files("#file", files=[{"name": "<img src=x onerror=alert(1)>.md", "mimeType": "text/markdown",
                                          "buffer": text.encode()}])
    page.locator("button[type=submit]").click()
    frame = _report(page)
    page.wait_for_timeout(300)  # time for anything that would fire to do so
    assert page.locator("#summary").inner_text().startswith("<img src=x onerror=alert(1)>.md: ")
    shown = frame.locator(".doc").inner_text()
    for h in HOSTILE:
        assert h in shown, h
    assert frame.locator("img").count() == 0 and page.locator("img").count() == 0
    assert frame.locator("script").count() == 1
    _clean(watched)


def test_errors_are_said_on_the_page(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server)
    page.set_input_files("#file", files=[{"name": "tool.exe", "mimeType": "application/octet-stream",
                                          "buffer": b"MZ\x90\x00" + bytes(range(256)) * 16}])
    page.locator("button[type=submit]").click()
    page.locator("#message.error").wait_for()
    assert page.locator("#message").inner_text() == "tool.exe: not a PDF, Word document, web page, Markdown or text file"
    assert page.locator("#result").is_hidden()
    watched.errors[:] = [e for e in watched.errors if "status of 415" not in e]  # the browser logs the refused request
    _clean(watched)


def test_phone_width(server: str, browser: Any) -> None:
    w = open_page(browser, width=390, height=844)
    try:
        w.page.goto(server)
        w.page.set_input_files("#file", str(EXAMPLE))
        w.page.locator("button[type=submit]").click()
        _report(w.page)
        assert w.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        _clean(w)
    finally:
        w.page.context.close()
