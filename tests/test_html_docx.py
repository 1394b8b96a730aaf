"""The HTML and Word readers: the article's text in, clutter out, offsets into the extracted
text, tables as cells, and one clear line for a file that cannot be read.

Every page and Word file here is made by the test itself: no binary blobs are committed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from checker import check
from claims import InputError, read_document

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = [
    "Of the 463 reports of violent crime examined, 404 (85%) were recorded within 24 hours.",
    "The force's overall recording rate was 87.2%, meaning 12.8% of reported crimes went unrecorded.",
    "Inspectors found that 120 of the 480 cases reviewed (25%) had no supervisor's note.",
]
CLUTTER = [
    "We use 12 cookies. 98% of readers accept them.",
    "Weather: 14C, 60% chance of rain",
    "Win one of 50 prizes! 2 for 1 offers on 3,000 items, up to 70% off.",
    "House prices up 4.2% in a year, to 290,000",
    "Only 40 of 90 readers (80%) believe it and 70% is spin.",
    "My street has had 3 burglaries in 6 months, 40 of 50 (10%) of them unsolved.",
]


def news_page(paragraphs: list[str], extra_body: str = "", title: str = "Police miss one in eight crimes") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Evening Ledger</title>
<meta name="author" content="Jo Reporter"><meta property="article:published_time" content="2024-03-08T10:34:00Z">
<script>window.dataLayer=[{{"pageviews":48213,"share":"45 of 50 (12%)"}}];</script>
<style>.ad{{float:right}} /* 33 of 40 (10%) */</style></head>
<body>
<div class="cookie-banner">{CLUTTER[0]} <button>Accept all</button></div>
<nav><ul><li><a href="/news">News</a></li><li><a href="/weather">{CLUTTER[1]}</a></li></ul></nav>
<main><article>
<h1>{title}</h1>
<div class="byline">By Jo Reporter · 4 min read · 1,204 shares</div>
{body}
{extra_body}
</article>
<aside class="ad">{CLUTTER[2]}</aside>
<section class="related"><h3>Most read</h3><ol><li><a href="/a">{CLUTTER[3]}</a></li></ol></section>
<section class="comments"><h3>Comments (37)</h3>
<div class="comment"><b>reader_1987</b> 2 hours ago: {CLUTTER[4]} 12 likes</div>
<div class="comment"><b>Pat</b> 1 hour ago: {CLUTTER[5]} 4 likes</div>
</section></main>
<footer>© 2024 The Evening Ledger Ltd. Call 0300 123 4567.</footer>
</body></html>
"""


def figcheck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def run_json(path: Path) -> dict:
    proc = figcheck("check", str(path), "--format", "json")
    assert "Traceback" not in proc.stderr and proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    for m in data["mentions"]:  # offsets are into the extracted text the JSON carries
        assert data["text"][m["start"]:m["end"]] == m["text"]
    return data


def verdicts(data: dict) -> list[tuple[str, str]]:
    by_id = {m["id"]: m["text"] for m in data["mentions"]}
    return [(c["verdict"], " ".join(by_id[i] for i in c["mentions"])) for c in data["checks"]]


# --- HTML ---


def test_html_article_is_checked_and_clutter_is_not(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(news_page(ARTICLE), encoding="utf-8")
    data = run_json(path)
    assert data["format"] == "html"
    text = data["text"]
    for para in ARTICLE:
        assert para in text
    for line in CLUTTER:
        assert line not in text
    for word in ("cookies", "prizes", "burglaries", "pageviews", "float:right", "1,204 shares", "0300"):
        assert word not in text
    found = verdicts(data)
    assert ("inconsistent", "404 463 85%") in found or any(v == "inconsistent" and "85%" in t for v, t in found)
    assert any(v == "verified" and "87.2%" in t and "12.8%" in t for v, t in found)
    assert any(v == "verified" and "25%" in t for v, t in found)
    # paragraphs stay paragraphs, headings their own lines
    assert f"\n\n{ARTICLE[1]}\n\n" in text
    assert text.startswith("# Police miss one in eight crimes\n\n")


def test_html_metadata_and_no_inconsistency_from_clutter(tmp_path: Path) -> None:
    page = news_page(ARTICLE[1:])
    doc = read_document("story.html", text=page, fmt="html")
    assert doc.metadata["title"].startswith("Police miss one in eight crimes")
    assert doc.metadata["author"] == "Jo Reporter"
    assert doc.metadata["date"].startswith("2024-03-08")
    result = check(page, text=True, fmt="html")
    assert not result.inconsistent  # the comments' "40 of 90 (80%)" is never checked


def test_html_table_becomes_cells(tmp_path: Path) -> None:
    table = ("<table><tr><th>Type</th><th>Number</th><th>Share</th></tr>"
             "<tr><td>Burglary</td><td>120</td><td>40.0%</td></tr>"
             "<tr><td>Theft</td><td>180</td><td>60.0%</td></tr>"
             "<tr><td>Total</td><td>310</td><td>100.0%</td></tr></table>")
    path = tmp_path / "table.htm"
    path.write_text(news_page(ARTICLE[1:2], extra_body=table), encoding="utf-8")
    doc = read_document(str(path))
    assert doc.format == "html"
    assert [doc.text[a:b] for a, b, *_ in doc.cells][:6] == ["Type", "Number", "Share", "Burglary", "120", "40.0%"]
    assert {(t, r, c) for _, _, t, r, c in doc.cells} >= {(0, 3, 1), (0, 0, 0)}
    assert "| Burglary | 120 | 40.0% |" in doc.text
    data = run_json(path)
    assert any(v == "inconsistent" and "310" in t for v, t in verdicts(data))  # 120 + 180 is 300


def test_hostile_page_gives_inert_text(tmp_path: Path) -> None:
    hostile = [
        'Of the 463 reports, 404 (85%) were recorded.<script>alert("12 of 40 (90%)")</script>',
        '<img src="x" onerror="alert(7)">The rate was 87.2%, so 12.8% went unrecorded.',
        '<a href="javascript:alert(3)">Read the 25 of 100 (25%) report</a> for more detail on this finding.',
        "A reader wrote &lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt; beside 9 of 10 (90%) in the form.",
        '<textarea>40 of 50 (10%)</textarea><iframe src="javascript:alert(1)"></iframe><style>p{color:red}</style>'
        '<svg onload="alert(2)"><text>55%</text></svg><noscript>66 of 99 (1%)</noscript>',
    ]
    path = tmp_path / "hostile.html"
    path.write_text(news_page(hostile), encoding="utf-8")
    data = run_json(path)
    text = data["text"]
    for bad in ("alert", "onerror", "javascript:", "<img", "<a ", "<iframe", "<svg", "color:red", "dataLayer"):
        assert bad not in text
    # an escaped tag in the article is the article's words: kept as plain text, decoded once
    assert "</textarea><script>x()</script>" in text
    assert "&lt;" not in text and "&amp;" not in text
    assert "404 (85%)" in text and "87.2%" in text
    json.dumps(data)  # and it is plain data


def test_html_entities_are_decoded(tmp_path: Path) -> None:
    page = news_page(["Spending rose to &pound;1.2m, up 20&#37; on the &#163;1m of 2022&nbsp;&ndash; as planned."])
    doc = read_document("p.html", text=page, fmt="html")
    assert "£1.2m, up 20% on the £1m of 2022 – as planned." in doc.text.replace("\u00a0", " ")


def test_footnote_marks_do_not_join_figures_and_code_is_skipped() -> None:
    extra = ("<p>Police recorded 1,200<sup>2</sup> offences, up 20%<sup><a href='#n3'>3</a></sup> on the 1,000"
             " of 2022, in 50 m<sup>2</sup> of cells.</p><p>It was the 21<sup>st</sup> report.</p><pre><code>rate = 12 of 40 (90%)</code></pre>")
    page = news_page(ARTICLE[1:2], extra_body=extra)
    doc = read_document("p.html", text=page, fmt="html")
    assert "1,200 offences, up 20% on the 1,000 of 2022, in 50 m² of cells." in doc.text
    assert "the 21st report" in doc.text
    assert [doc.text[a:b] for a, b in doc.skip] == ["rate = 12 of 40 (90%)"]
    result = check(page, text=True, fmt="html")
    assert any(c.verdict == "verified" and c.rule.startswith("FC3") for c in result.checks)
    assert "90%" not in [m.text for m in result.mentions]


def test_html_named_txt_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(news_page(ARTICLE), encoding="utf-8")
    data = run_json(path)
    assert data["format"] == "html" and ARTICLE[0] in data["text"] and CLUTTER[4] not in data["text"]


def test_plain_text_named_html_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.html"
    path.write_text(ARTICLE[0], encoding="utf-8")
    doc = read_document(str(path))
    assert doc.format == "text" and doc.text == ARTICLE[0]


def test_headings_and_lists_are_their_own_lines(tmp_path: Path) -> None:
    extra = ("<h2>What the inspectors found</h2><p>Recording had improved since 2019.</p>"
             "<ul><li>404 of 463 were recorded</li><li>59 of 463 were not</li></ul>")
    doc = read_document("p.html", text=news_page(ARTICLE, extra_body=extra), fmt="html")
    assert "\n\n## What the inspectors found\n\nRecording had improved since 2019.\n\n" in doc.text
    assert "- 404 of 463 were recorded\n- 59 of 463 were not" in doc.text


# --- DOCX ---


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Crime data integrity"
    d.core_properties.author = "HMICFRS"
    d.add_heading("Crime data integrity inspection", level=1)
    for para in ARTICLE:
        d.add_paragraph(para)
    d.add_heading("Table 1", level=2)
    t = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("Type", "Number", "Share"), ("Burglary", "120", "40.0%"),
                             ("Theft", "180", "60.0%"), ("Total", "310", "100.0%")]):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    p = d.add_paragraph("The force dealt with 1,200")
    p.add_run("2").font.superscript = True
    p.add_run(" incidents, up 20% on the 1,000 of a year earlier.")
    section = d.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL 12 of 40 (90%)"
    d.save(str(path))


def test_docx_paragraphs_tables_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    make_docx(path)
    doc = read_document(str(path))
    assert doc.format == "docx"
    assert doc.metadata["title"] == "Crime data integrity" and doc.metadata["author"] == "HMICFRS"
    assert doc.text.startswith("# Crime data integrity inspection\n\n" + ARTICLE[0] + "\n\n")
    assert "| Burglary | 120 | 40.0% |" in doc.text and "OFFICIAL" not in doc.text
    assert "dealt with 1,200 incidents, up 20%" in doc.text
    assert [doc.text[a:b] for a, b, *_ in doc.cells][:4] == ["Type", "Number", "Share", "Burglary"]
    data = run_json(path)
    found = verdicts(data)
    assert any(v == "inconsistent" and "85%" in t for v, t in found)
    assert any(v == "inconsistent" and "310" in t for v, t in found)
    assert any(v == "verified" and "20%" in t for v, t in found)


def test_docx_merged_cells_count_once(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Recorded crime"
    for c, value in enumerate(("A", "12", "30%")):
        t.cell(1, c).text = value
    path = tmp_path / "merged.docx"
    d.save(str(path))
    doc = read_document(str(path))
    assert [doc.text[a:b] for a, b, *_ in doc.cells] == ["Recorded crime", "A", "12", "30%"]


# --- bad input: one clear line, status 2, never a traceback ---


def _corrupt_cases(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = tmp_path / "good.docx"
    make_docx(good)
    raw = good.read_bytes()
    cases: dict[str, tuple[Path, str]] = {}

    def add(name: str, data: bytes, message: str) -> None:
        p = tmp_path / name
        p.write_bytes(data)
        cases[name] = (p, message)

    add("random.docx", b"\x00\x01garbage" * 100, "Word document")
    add("truncated.docx", raw[: len(raw) // 2], "Word document")
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("hello.txt", "12 of 40 (30%)")
    add("notword.docx", other.read_bytes(), "word/document.xml")
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged, "w") as z:
        for item in src.infolist():
            z.writestr(item, b"<w:document><unclosed" if item.filename == "word/document.xml" else src.read(item))
    add("damaged.docx", damaged.read_bytes(), "Word document")
    add("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".doc")
    add("empty.html", b"", "empty")
    add("blank.html", b"  \n\n ", "empty")
    add("scripts.html", b"<!DOCTYPE html><html><head><script>var a = '12 of 40 (90%)';</script></head>"
        b"<body><script>document.write('55%')</script><style>p{}</style></body></html>", "no article text")
    add("scripts.txt", b"<html><body><script>var a = '12 of 40 (90%)';</script></body></html>", "no article text")
    add("markup-only.htm", b"<html><body><div><span></span></div></body></html>", "no article text")
    return cases


def test_bad_documents_give_one_line(tmp_path: Path) -> None:
    cases = _corrupt_cases(tmp_path)
    for name, (path, message) in cases.items():
        with pytest.raises(InputError) as err:
            read_document(str(path))
        assert message in str(err.value) and "\n" not in str(err.value), (name, err.value)
    proc = figcheck("check", *(str(p) for p, _ in cases.values()))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == len(cases), proc.stderr
    assert all(line.startswith("figcheck: ") for line in proc.stderr.splitlines())


def test_start_up_imports_neither_reader_library(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(ARTICLE[0], encoding="utf-8")
    code = ("import sys; from checker.cli import main; main(['check', sys.argv[1]]);"
            "print(sorted(m for m in ('trafilatura', 'docx', 'lxml', 'claims._html', 'claims._docx') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip().endswith("[]"), proc.stdout + proc.stderr
