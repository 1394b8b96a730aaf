"""figcheck serve over HTTP (Starlette's TestClient): the API, its refusals and its headers."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from checker._serve import MAX_UPLOAD, create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "inspection_article.txt"
WRONG = "Of the 463 reports, 404 (85%) were recorded within a day."


@pytest.fixture(scope="module")
def client() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Starlette 1.x prefers httpx2; httpx still works
        from starlette.testclient import TestClient

        with TestClient(create_app()) as c:
            yield c


def _pdf(lines: list[str]) -> bytes:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    out = io.BytesIO()
    c = canvas.Canvas(out)
    for i, line in enumerate(lines):
        c.drawString(72, 760 - 18 * i, line)
    c.save()
    return out.getvalue()


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _stages(r: Any) -> list[dict[str, Any]]:
    """/api/view's answer: one JSON line a stage, the last one everything the page shows."""
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in r.text.splitlines()]


def _inconsistent(body: dict[str, Any]) -> list[str]:
    return [c["explanation"] for c in body["checks"] if c["verdict"] == "inconsistent"]


def test_text_file_gives_the_json_contract(client: Any) -> None:
    r = client.post("/api/check", files={"file": ("inspection_article.txt", EXAMPLE.read_bytes(), "text/plain")})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert body["schema"] == "figcheck/1" and body["source"] == "inspection_article.txt" and body["format"] == "text"
    assert body["summary"] == {"verified": 7, "rounded": 3, "inconsistent": 2, "unverifiable": 1}
    # the same as the command gives for the same file
    cli = subprocess.run([sys.executable, "-m", "checker.cli", "check", str(EXAMPLE), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert [c["explanation"] for c in json.loads(cli.stdout)["checks"]] == [c["explanation"] for c in body["checks"]]


@pytest.mark.parametrize("kind", ["pasted", "urlencoded", "md", "html", "docx", "pdf"])
def test_each_kind_of_input(client: Any, kind: str) -> None:
    if kind == "pasted":
        r = client.post("/api/check", files={"text": (None, WRONG)})
    elif kind == "urlencoded":
        r = client.post("/api/check", data={"text": WRONG})
    elif kind == "md":
        r = client.post("/api/check", files={"file": ("a.md", f"# Recording\n\n`99 of 100 (1%)`\n\n{WRONG}\n".encode())})
    elif kind == "html":
        page = f"<!doctype html><html><head><title>Recording</title></head><body><article><p>{WRONG}</p></article></body></html>"
        r = client.post("/api/check", files={"file": ("page.html", page.encode())})
    elif kind == "docx":
        r = client.post("/api/check", files={"file": ("draft.docx", _docx(["Recording", WRONG]))})
    else:
        r = client.post("/api/check", files={"file": ("report.pdf", _pdf(["Recording", WRONG]))})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["format"] == {"pasted": "text", "urlencoded": "text", "md": "markdown"}.get(kind, kind)
    assert [e.split(";")[0] for e in _inconsistent(body)] == ["404 / 463 = 87.26%"]  # the code span is not checked


def test_view_gives_the_report_csv_and_annotated_pdf(client: Any) -> None:
    stages = _stages(client.post("/api/view", files={"file": ("report.pdf", _pdf(["Recording", WRONG]))}))
    assert [m["stage"] for m in stages] == ["checking", "rendering", "done"]
    assert stages[0]["pages"] == 1 and stages[1] == {"stage": "rendering", "checks": 1, "annotating": True}
    body = stages[-1]
    assert body["label"] == "report.pdf" and body["stem"] == "report"
    assert body["summary"].endswith("1 checks: 1 inconsistent")
    assert 'class="inconsistent"' in body["html"] and "Content-Security-Policy" in body["html"]
    assert body["csv"].splitlines()[0].startswith("file,page,line,column,rule,verdict")
    import base64

    pdf = base64.b64decode(body["pdf"])
    assert pdf.startswith(b"%PDF") and b"/Highlight" in pdf
    text = _stages(client.post("/api/view", files={"text": (None, WRONG)}))[-1]
    assert text["pdf"] is None and text["stem"] == "pasted"


def test_no_script_form_gets_the_report_page(client: Any) -> None:
    r = client.post("/check", files={"text": (None, "<script>alert(1)</script> " + WRONG)})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text and "<script>alert" not in r.text
    bad = client.post("/check", files={"file": ("x.exe", b"MZ\x90\x00" + bytes(range(256)) * 8)})
    assert bad.status_code == 415 and "<p>x.exe: not a PDF" in bad.text


@pytest.mark.parametrize(("name", "data", "status", "says"), [
    ("broken.pdf", b"%PDF-1.7\n1 0 obj <<>> garbage", 422, "broken.pdf: is not a readable PDF (corrupt or truncated)"),
    ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 16, 415, "tool.exe: not a PDF, Word document"),
    ("notes.txt", b"\x00\x01\x02\x03" * 500, 415, "notes.txt: not a PDF, Word document"),
    ("draft.docx", b"PK\x03\x04 not really a zip", 422, "draft.docx: not a valid Word document"),
    ("empty.txt", b"", 400, "empty.txt: the file is empty"),
])
def test_bad_files_are_one_line_errors(client: Any, name: str, data: bytes, status: int, says: str) -> None:
    r = client.post("/api/check", files={"file": (name, data)})
    assert r.status_code == status, r.text
    body = r.json()
    assert list(body) == ["error"] and body["error"].startswith(says) and "\n" not in body["error"]
    assert tempfile.gettempdir() not in body["error"]  # the temporary path is never shown


def test_view_refuses_before_it_streams(client: Any) -> None:
    r = client.post("/api/view", files={"file": ("broken.pdf", b"%PDF-1.7 junk")})
    assert r.status_code == 422 and r.json()["error"].startswith("broken.pdf: is not a readable PDF")


def test_a_pdf_named_txt_is_read_as_a_pdf(client: Any) -> None:
    r = client.post("/api/check", files={"file": ("article.txt", _pdf([WRONG]), "text/plain")})
    assert r.status_code == 200 and r.json()["format"] == "pdf" and r.json()["source"] == "article.txt"


def test_client_file_name_is_only_a_label(client: Any, tmp_path: Path) -> None:
    target = tmp_path / "planted.txt"
    r = client.post("/api/check", files={"file": (f"../../../..{target}", WRONG.encode())})
    assert r.status_code == 200 and r.json()["source"] == "planted.txt"
    assert not target.exists()
    hostile = _stages(client.post("/api/view", files={"file": ("<img src=x onerror=alert(1)>.txt", WRONG.encode())}))[-1]
    assert hostile["label"] == "<img src=x onerror=alert(1)>.txt"  # shown with textContent by the page
    assert "<img" not in hostile["html"] and "&lt;img src=x onerror=alert(1)&gt;.txt" in hostile["html"]


def test_uploads_are_deleted_after_the_response(client: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    for name, data in (("a.pdf", _pdf([WRONG])), ("a.txt", WRONG.encode()), ("a.exe", b"MZ\x00\x00" * 100)):
        client.post("/api/view", files={"file": (name, data)})
    assert list(tmp_path.iterdir()) == []


def test_oversize_is_413_without_reading_it_all(client: Any) -> None:
    big = b"404 out of 463. " * (MAX_UPLOAD // 16 + 1)
    r = client.post("/api/check", files={"file": ("big.txt", big)})
    assert r.status_code == 413 and r.json() == {"error": "the upload is over the 20 MB limit"}

    def endless() -> Any:  # no Content-Length: the body is counted as it comes
        for _ in range(MAX_UPLOAD // 65536 + 2):
            yield b"x" * 65536

    r = client.post("/api/check", content=endless(), headers={"content-type": "multipart/form-data; boundary=zz"})
    assert r.status_code == 413


@pytest.mark.parametrize(("kwargs", "status", "says"), [
    ({}, 415, "send a form"),
    ({"content": b"{}", "headers": {"content-type": "application/json"}}, 415, "send a form"),
    ({"files": {"text": (None, "  ")}}, 400, "send a file or some text to check"),
    ({"files": {"text": (None, WRONG), "file": ("a.txt", WRONG.encode())}}, 400, "send either a file or some text"),
    ({"content": b"--zz\r\nbroken", "headers": {"content-type": "multipart/form-data; boundary=zz"}}, 400, ""),
    ({"files": {"text": (None, WRONG), "source": ("tool.exe", b"MZ\x00\x00" * 100)}}, 415, "source tool.exe: not a PDF"),
    ({"files": {"text": (None, WRONG), "source": ("broken.pdf", b"%PDF-1.7 junk")}}, 422, "source broken.pdf: is not a readable PDF"),
])
def test_bad_requests(client: Any, kwargs: dict[str, Any], status: int, says: str) -> None:
    r = client.post("/api/check", **kwargs)
    assert r.status_code == status, r.text
    assert r.json()["error"].startswith(says)


def test_article_held_against_its_source_report(client: Any) -> None:
    article = "The force recorded only 78.3 per cent of violent crime reports."
    source = _pdf(["Of reports of violent crime, the force recorded 87.3 percent.",
                   "Of sexual offences it recorded 91.0 percent."])
    r = client.post("/api/check", files={"text": (None, article), "source": ("inspection.pdf", source)})
    assert r.status_code == 200, r.text
    body = r.json()
    quoted = [c for c in body["checks"] if c["rule"] == "FC801"]
    assert [c["verdict"] for c in quoted] == ["inconsistent"]
    assert {m["document"] for m in body["mentions"]} <= {"pasted text", "inspection.pdf"}  # labels, never temporary paths
    assert "inspection.pdf" in {m["document"] for m in body["mentions"]}


def test_security_headers_on_every_response(client: Any) -> None:
    for r in (client.get("/"), client.post("/api/check", files={"text": (None, WRONG)}), client.get("/missing"),
              client.post("/api/check", files={"file": ("a.exe", b"MZ\x00\x00" * 100)})):
        csp = r.headers["content-security-policy"]
        assert csp.startswith("default-src 'none'; script-src 'sha256-") and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "http" not in csp
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["cache-control"] == "no-store"
    page = client.get("/").text
    assert '<meta name="viewport"' in page and not re.search(r"<[^>]*\son[a-z]+\s*=", page)  # no inline handlers
    assert "http://" not in page and "https://" not in page  # no third-party assets


def test_serve_refuses_a_port_in_use() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        run = subprocess.run([sys.executable, "-m", "checker.cli", "serve", "--port", str(port)],
                             capture_output=True, text=True, cwd=ROOT, timeout=60, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert run.returncode == 2 and run.stderr.startswith(f"figcheck: cannot listen on 127.0.0.1:{port}")
    assert len(run.stderr.strip().splitlines()) == 1


def test_loopback_server_answers_only_its_own_names() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

        with TestClient(create_app(hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1:8000") as c:
            assert c.get("/").status_code == 200
            assert c.get("/", headers={"host": "localhost:8000"}).status_code == 200
            rebound = c.post("/api/check", files={"text": (None, WRONG)}, headers={"host": "evil.example:8000"})
            assert rebound.status_code == 400 and rebound.headers["x-content-type-options"] == "nosniff"
