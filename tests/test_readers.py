"""Readers: text and Markdown in, offsets into the source kept."""

from __future__ import annotations

from checker import check
from claims import decode, extract, read_document


def test_markdown_ignores_code_and_link_targets() -> None:
    source = ("# Report\n\nOf the 463 reports, 404 (85%) were recorded. See [page 2](http://x.org/2019/12/99%).\n\n"
              "```\n404 out of 463 (10%)\n```\n\nInline `1 of 2 (90%)` code.\n")
    doc = read_document("r.md", text=source)
    mentions = [m for m in extract(doc.text, doc.skip)]
    assert all(source[m.start:m.end] == m.text for m in mentions)
    assert "10%" not in [m.text for m in mentions] and "90%" not in [m.text for m in mentions]
    assert "99%" not in [m.text for m in mentions]
    result = check(source, text=True, fmt="markdown")
    assert [c.verdict for c in result.checks if c.rule == "FC101"] == ["inconsistent"]


def test_markdown_tables_become_cells() -> None:
    source = "| Type | Number |\n|---|---:|\n| A | 2 |\n| B | 3 |\n| Total | 6 |\n"
    doc = read_document("t.md", text=source)
    assert [source[a:b] for a, b, *_ in doc.cells][:4] == ["Type", "Number", "A", "2"]
    result = check(source, text=True, fmt="markdown")
    assert [(c.rule, c.verdict) for c in result.checks] == [("FC204", "inconsistent")]


def test_decoding_falls_back_to_cp1252() -> None:
    assert decode("87.2% – ok".encode()) == "87.2% – ok"
    assert decode(b"\x93about 87 per cent\x94") == "“about 87 per cent”"
    assert decode("\ufeff12%".encode("utf-8")) == "12%"
    assert decode("12 per cent".encode("utf-16")) == "12 per cent"
