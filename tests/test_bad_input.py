"""Bad and hostile input through `figcheck check`, each case with the behaviour expected.

Every case runs the real command in a subprocess under a time limit and gives either a
correct result (status 0 or 1, the figures it should find) or exactly one line on standard
error, ``figcheck: PATH: reason``, and status 2. None may print a traceback or hang.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: far above what any case here needs on a loaded 2-core machine, far below a hang
LIMIT = 90
ARTICLE = "Of the 96 reports, 83 were recorded (86.5%)."


def figcheck(*args: str, stdin: Any = None, timeout: float = LIMIT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker.cli", *args], capture_output=True, text=True,
                          stdin=stdin, cwd=ROOT, timeout=timeout)


def refused(proc: subprocess.CompletedProcess[str], line: str) -> None:
    """Status 2 and exactly ``line`` on standard error, nothing on standard output."""
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == line + "\n"
    assert proc.stdout == ""


def result(proc: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """The JSON report of a document that was read, with nothing on standard error."""
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stderr == ""
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def texts(data: dict[str, Any]) -> list[str]:
    return [m["text"] for m in data["mentions"]]


def verdicts(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["rule"], c["verdict"]) for c in data["checks"]]


# --- PDFs, made here with reportlab and pypdf -------------------------------------------------------


def pdf_bytes(text: str | None = ARTICLE) -> bytes:
    """A one-page PDF holding ``text``; with None, a page of drawn shapes and no text at all."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    if text is None:
        c.rect(100, 100, 200, 200, fill=1)
        c.line(0, 0, 300, 300)
        c.circle(300, 500, 50, fill=1)
    else:
        c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted(data: bytes, user: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    refused(figcheck("check", str(path)), f"figcheck: {path}: empty file (0 bytes)")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(256)) * 100)
    refused(figcheck("check", str(path)), f"figcheck: {path}: looks like a binary file, not text")


def test_binary_on_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(os.urandom(1) + b"\x00" * 5000)
    with open(path, "rb") as f:
        refused(figcheck("check", "-", stdin=f), "figcheck: <stdin>: looks like a binary file, not text")


def test_truncated_pdf(tmp_path: Path) -> None:
    data = pdf_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    refused(figcheck("check", str(path)), f"figcheck: {path}: is not a readable PDF (corrupt or truncated)")


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\ntrailer\n<< /Root 99 0 R >>\n%%EOF\n")
    refused(figcheck("check", str(path)), f"figcheck: {path}: is not a readable PDF (corrupt or truncated)")


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted(pdf_bytes(), user="secret"))
    refused(figcheck("check", str(path)),
            f"figcheck: {path}: is an encrypted PDF that needs a password; save an unencrypted copy to check it")


def test_encrypted_pdf_that_opens_without_a_password_is_read(tmp_path: Path) -> None:
    path = tmp_path / "owner_only.pdf"
    path.write_bytes(encrypted(pdf_bytes(), user=""))
    data = result(figcheck("check", str(path), "--format", "json"))
    assert texts(data) == ["96", "83", "86.5%"] and verdicts(data) == [("FC101", "rounded")]


def test_pdf_with_no_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes(None))
    refused(figcheck("check", str(path)),
            f"figcheck: {path}: no text layer; figcheck does no OCR (run the PDF through an OCR tool first)")


# --- size: refused before it is read, in bounded memory and at once ---------------------------------

PEAK = """
import resource, subprocess, sys, time
t = time.perf_counter()
stdin = open(sys.argv[1], "rb") if sys.argv[1] != "-" else None
p = subprocess.run([sys.executable, "-m", "checker.cli", *sys.argv[2:]], stdin=stdin, capture_output=True, text=True)
print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)
sys.stderr.write(p.stderr)
"""


def peak(stdin: str, *args: str) -> tuple[int, int, float, str]:
    """Status, peak resident memory in KB and seconds of `figcheck ARGS`, measured in a
    wrapper process whose only child is that command, and its standard error."""
    proc = subprocess.run([sys.executable, "-c", PEAK, stdin, *args], capture_output=True, text=True, cwd=ROOT, timeout=LIMIT)
    status, rss, seconds = proc.stdout.split()
    return int(status), int(rss), float(seconds), proc.stderr


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as f:
        f.write(b"Of the 96 reports, 83 were recorded (86.5%).\n")
        f.truncate(size)  # the rest is a hole: 100 MB on paper, written in no time
    return path


def test_a_hundred_megabyte_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = sparse(tmp_path / "huge.txt", 100 * 1024 * 1024)
    status, rss, seconds, stderr = peak("-", "check", str(path))
    assert status == 2 and stderr == f"figcheck: {path}: 100 MB is over the 50 MB limit for one document\n"
    assert rss < 80 * 1024, f"peak {rss} KB: the file was read"  # the interpreter and figcheck alone take ~30 MB
    assert seconds < 20


def test_a_hundred_megabytes_on_standard_input_is_refused(tmp_path: Path) -> None:
    path = sparse(tmp_path / "huge.txt", 100 * 1024 * 1024)
    status, rss, seconds, stderr = peak(str(path), "check", "-")
    assert status == 2 and stderr == "figcheck: <stdin>: over the 50 MB limit for one document\n"
    assert rss < 150 * 1024, f"peak {rss} KB: more than the limit was read"  # at most 50 MB + 1 byte is read
    assert seconds < 30


# --- encodings --------------------------------------------------------------------------------------

SAMPLE = "Café: 12 of 40 (30%), done"


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(SAMPLE.encode("utf-16"), id="utf-16 with BOM"),
        pytest.param(SAMPLE.encode("utf-16-le"), id="utf-16-le without BOM"),
        pytest.param(SAMPLE.encode("utf-16-be"), id="utf-16-be without BOM"),
        pytest.param(SAMPLE.encode("latin-1"), id="latin-1"),
        pytest.param(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), id="utf-8 with BOM"),
        pytest.param("Café: 12 of 40 ".encode() + "(30%), naïve".encode("latin-1") + " — done".encode(), id="mixed"),
    ],
)
def test_encodings_give_the_same_result(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(raw)
    data = result(figcheck("check", str(path), "--format", "json"))
    assert texts(data) == ["12", "40", "30%"] and verdicts(data) == [("FC101", "verified")]


def test_mixed_encoding_keeps_both_parts_readable(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("naïve — ".encode() + "café £5m".encode("latin-1"))
    data = result(figcheck("check", str(path), "--format", "json"))
    assert texts(data) == ["£5m"] and data["mentions"][0]["start"] == len("naïve — café ")


def test_a_stray_nul_leaves_a_page_text(tmp_path: Path) -> None:
    path = tmp_path / "scraped.html"
    path.write_text(f"<html><body><p>{ARTICLE}\x00\x00</p></body></html>", encoding="utf-8")
    data = result(figcheck("check", str(path), "--format", "json"))
    assert data["format"] == "html" and texts(data) == ["96", "83", "86.5%"]


# --- a file that is not what its name says ----------------------------------------------------------


def test_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(pdf_bytes())
    data = result(figcheck("check", str(path), "--format", "json"))
    assert data["format"] == "pdf" and texts(data) == ["96", "83", "86.5%"]


def test_html_named_md_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(f"<!DOCTYPE html><html><head><title>t</title></head><body><article><p>{ARTICLE}</p></article></body></html>",
                    encoding="utf-8")
    data = result(figcheck("check", str(path), "--format", "json"))
    assert data["format"] == "html" and texts(data) == ["96", "83", "86.5%"]


def test_zip_named_pdf_is_refused(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", ARTICLE)
    path = tmp_path / "report.pdf"
    path.write_bytes(buf.getvalue())
    refused(figcheck("check", str(path)), f"figcheck: {path}: not a Word document (a zip with no word/document.xml)")


def test_text_named_docx_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_text(ARTICLE, encoding="utf-8")
    data = result(figcheck("check", str(path), "--format", "json"))
    assert data["format"] == "text" and texts(data) == ["96", "83", "86.5%"]


def test_old_word_file_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    refused(figcheck("check", str(path)), f"figcheck: {path}: is an old-style Word .doc (or encrypted); save it as .docx to check it")


# --- structure: deep nesting, scripts, entities -----------------------------------------------------


def test_markdown_blockquotes_a_thousand_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.md"
    path.write_text("> " * 1000 + "12 of 40 (30%)\n", encoding="utf-8")
    data = result(figcheck("check", str(path), "--format", "json"))
    assert texts(data) == ["12", "40", "30%"] and verdicts(data) == [("FC101", "verified")]


def test_markdown_lists_a_thousand_deep(tmp_path: Path) -> None:
    path = tmp_path / "lists.md"
    path.write_text("".join("  " * i + "- item\n" for i in range(1000)) + "\n12 of 40 (30%)\n" + "[" * 5000 + "]" * 5000,
                    encoding="utf-8")
    data = result(figcheck("check", str(path), "--format", "json"))
    assert texts(data) == ["12", "40", "30%"] and verdicts(data) == [("FC101", "verified")]


def test_html_with_scripts_entities_and_deep_nesting(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><script>var x = '<p>99%</p>';</script><style>p{width:50%}</style></head><body>"
                    "<p>Of the 96 reports, 83 were recorded (86.5%) &amp; &pound;5m &#x3C;script&#x3E;x&lt;/script&gt;</p>"
                    + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</body></html>", encoding="utf-8")
    data = result(figcheck("check", str(path), "--format", "json"))
    assert data["format"] == "html"
    assert texts(data)[:4] == ["96", "83", "86.5%", "£5m"] and "99%" not in texts(data) and "50%" not in texts(data)
    assert verdicts(data) == [("FC101", "rounded")]
    html = figcheck("check", str(path), "--format", "html")
    assert html.returncode == 0 and "<script>x</script>" not in html.stdout and "&lt;script&gt;" in html.stdout


# --- long lines and runs ----------------------------------------------------------------------------

TAIL = " and 12 of 40 (30%)"


@pytest.mark.parametrize(
    ("body", "first"),
    [
        pytest.param("x" * 1_000_000 + TAIL, "12", id="a line of a million characters"),
        pytest.param("1," * 500_000 + "1" + TAIL, "1,1,1,", id="1,1,1 for 1 MB"),
        pytest.param("1." * 500_000 + "1" + TAIL, "1.1.1.", id="1.1.1 for 1 MB"),
        pytest.param("9" * 10_000 + TAIL, "99999", id="a number of 10,000 digits"),
        pytest.param("0." + "3" * 10_000 + "%" + TAIL, "0.333", id="10,000 decimal places"),
        pytest.param("%" * 1_000_000 + TAIL, "12", id="a million percent signs"),
    ],
)
def test_long_runs_give_a_result(tmp_path: Path, body: str, first: str) -> None:
    path = tmp_path / "run.txt"
    path.write_text(body, encoding="utf-8")
    started = time.perf_counter()
    data = result(figcheck("check", str(path), "--format", "json"))
    assert time.perf_counter() - started < LIMIT
    found = texts(data)
    assert found[0].startswith(first) and found[-3:] == ["12", "40", "30%"]
    # a run of digits far past any real figure is kept as a code, never compared
    assert all(m["kind"] == "code" for m in data["mentions"][:-3]), [m["kind"] for m in data["mentions"][:-3]]
    assert ("FC101", "verified") in verdicts(data)


# --- paths that are not readable files --------------------------------------------------------------


def test_a_directory_given_as_a_file(tmp_path: Path) -> None:
    refused(figcheck("check", str(tmp_path)), f"figcheck: {tmp_path}: is a folder; use figcheck batch for folders")


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    refused(figcheck("check", str(path)), f"figcheck: {path}: no such file")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        refused(figcheck("check", str(path)), f"figcheck: {path}: cannot read (Permission denied)")
    finally:
        path.chmod(0o600)


def test_a_run_of_separators_is_read_in_little_memory() -> None:
    """Found by bench/adversarial.py: the tokeniser's pattern kept a backtracking mark for
    each group of '1,1,1,...', 80 MB for a 1 MB run; possessive, it needs none."""
    import tracemalloc

    from claims import extract

    text = "1," * 1_000_000
    tracemalloc.start()
    try:
        got = extract(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [m.kind for m in got] == ["code"]
    assert peak < 4 * len(text), f"{peak / 1e6:.0f} MB for a {len(text) / 1e6:.0f} MB run"


# --- bugs caught by fuzzing -------------------------------------------------------------------------
# Inputs that the property tests (tests/test_properties.py, hypothesis) or `make fuzz`
# (bench/fuzz.py, atheris) found to fail, minimised, each with the behaviour now expected.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hypothesis: a year-like number before "percentage points" was taken for a year
        pytest.param("Of the 1800 percentage points ", [("1800 percentage points", "points", "1800")], id="1800 percentage points"),
        pytest.param("In 2000 percentage terms", [("2000", "year", "2000")], id="2000 percentage terms"),
        # hypothesis: a digit before a vulgar fraction is a mixed number, '0½' is a half
        pytest.param("0½ and 3¼", [("0½", "decimal", "0.5"), ("3¼", "decimal", "3.25")], id="mixed numbers"),
        # hypothesis: '1P' is pence, upper case or not
        pytest.param("1P", [("1P", "money", "0.01")], id="1P"),
        # hypothesis (5,000 examples): a mixed number of pence
        pytest.param("0½p", [("0½p", "money", "0.005")], id="half a penny"),
    ],
)
def test_fuzzing_finds(text: str, expected: list[tuple[str, str, str]]) -> None:
    from claims import exact_str, extract

    got = extract(text)
    assert [(m.text, m.kind, exact_str(m.value)) for m in got] == expected
    assert all(text[m.start:m.end] == m.text for m in got)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"\xff\xfe1\x002\x00%", id="utf-16 BOM and an odd byte"),
        pytest.param(b"\xef\xbb\xbf", id="a BOM alone"),
        pytest.param(b"\xff\xfe", id="a UTF-16 BOM alone"),
        pytest.param(b"%PDF", id="a PDF header alone"),
        pytest.param(b"PK\x03\x04", id="a zip header alone"),
        pytest.param(b"<!DOCTYPE html>", id="a doctype alone"),
        pytest.param(b"<" * 3000 + b"!--" * 1000, id="unclosed markup"),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
def test_fragments_under_every_name_give_a_result_or_one_line(tmp_path: Path, raw: bytes, suffix: str) -> None:
    """What bench/fuzz.py's reader target does, for the fragments its corpus starts from."""
    from claims import InputError, read_document

    path = tmp_path / f"frag{suffix}"
    path.write_bytes(raw)
    try:
        doc = read_document(str(path))
    except InputError as e:
        assert "\n" not in str(e) and str(e).startswith(str(path))
        return
    assert isinstance(doc.text, str)


# --- the command line around the documents ----------------------------------------------------------


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_an_output_that_cannot_be_written(tmp_path: Path, where: str) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "nope" / "out.json" if where == "missing folder" else tmp_path
    reason = "No such file or directory" if where == "missing folder" else "Is a directory"
    proc = figcheck("check", str(source), "--format", "json", "-o", str(out))
    refused(proc, f"figcheck: {out}: cannot write ({reason})")


def test_an_unexpected_failure_in_one_document_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever a reader or rule raises on a hostile document costs one line and status 2, and
    the documents after it are still checked."""
    import claims
    from checker.cli import main

    real = claims.read_document

    def flaky(path: str, *args: Any, **kwargs: Any) -> Any:
        if path.endswith("bad.txt"):
            raise RuntimeError("a reader gave up\non two lines")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(claims, "read_document", flaky)
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text(ARTICLE, encoding="utf-8")
    good.write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(bad), str(good), "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"figcheck: {bad}: could not be checked (RuntimeError: a reader gave up on two lines)\n"
    assert json.loads(captured.out)["source"] == str(good)
