"""--format html: one self-contained page, the document with every checked figure marked.

The page needs no network: its one style sheet and one script are inline and allowed by
their hashes in a Content-Security-Policy that forbids everything else, so a document
that carries '<script>' shows it as text and nothing of it runs. Every piece of document
text goes through html.escape.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

from checker import Result

from ._positions import Locator, source_passages

__all__ = ["SCRIPT_HASH", "STYLE_HASH", "render_html"]

_STYLE = """
body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header,main,section{max-width:52rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.3rem;margin:.2rem 0}
h1,ol{overflow-wrap:anywhere}
.summary label{display:inline-block;margin:.2rem .4rem .2rem 0;padding:.1rem .5rem;border-radius:.3rem;cursor:pointer}
.doc{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:1rem;overflow-wrap:anywhere}
mark{border-radius:.2rem;padding:0 .1rem;cursor:pointer;color:inherit}
mark:focus{outline:2px solid #333}
.verified{background:#c8f0cf}.rounded{background:#cfe6fb}.inconsistent{background:#ffc9c9;font-weight:600}
.unverifiable{background:#fff0b3}
.hide-verified mark.verified,.hide-rounded mark.rounded,.hide-unverifiable mark.unverifiable,
.hide-inconsistent mark.inconsistent{background:none;font-weight:inherit}
#note{position:sticky;bottom:0;background:#fff;border-top:2px solid #333;padding:.6rem 1rem;min-height:2.5rem}
ol li{margin:.3rem 0}
blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:3px solid #bbb;color:#444}
.paired{white-space:normal}
.paired .row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.2rem;border-bottom:1px solid #eee;padding:.4rem 0}
.paired .para{white-space:pre-wrap}
.paired aside blockquote{margin:.2rem 0;font-size:.85rem;background:none;font-weight:normal}
.paired aside blockquote.inconsistent{border-left-color:#d33}.paired aside blockquote.verified{border-left-color:#2a2}
.paired aside blockquote.rounded{border-left-color:#38c}
body:has(.paired) header,body:has(.paired) main,body:has(.paired) section{max-width:72rem}
@media (max-width:40rem){body{font-size:15px}.doc{padding:.6rem}.paired .row{grid-template-columns:1fr}}
"""

_SCRIPT = """
document.querySelectorAll('input[data-verdict]').forEach(function(box){
  box.addEventListener('change',function(){
    document.body.classList.toggle('hide-'+box.dataset.verdict,!box.checked);});});
var note=document.getElementById('note');
function show(m){note.textContent=m.title;note.className=m.dataset.verdict;}
document.querySelectorAll('mark').forEach(function(m){
  m.addEventListener('click',function(){show(m);});
  m.addEventListener('mouseenter',function(){show(m);});
  m.addEventListener('focus',function(){show(m);});
  m.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();show(m);}});});
// the links into the text are followed here, not as fragments: embedded as a srcdoc page
// (figcheck serve) '#id' would resolve against the embedding page's address and leave
document.querySelectorAll('a[data-target]').forEach(function(a){
  a.addEventListener('click',function(e){
    var m=document.getElementById(a.dataset.target);if(!m)return;
    e.preventDefault();m.scrollIntoView({block:'center'});m.focus({preventScroll:true});show(m);});});
"""

_VERDICTS = ("inconsistent", "rounded", "verified", "unverifiable")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


#: the CSP sources of the page's own script and style sheet, for a page that embeds the report
SCRIPT_HASH = _hash(_SCRIPT)
STYLE_HASH = _hash(_STYLE)


def _worst(verdicts: list[str]) -> str:
    for v in _VERDICTS:
        if v in verdicts:
            return v
    return "unverifiable"


def _document(r: Result, anchor: str) -> tuple[str, list[str]]:
    """The document's text with its checked figures marked, and the list items of its
    inconsistencies. Held against a source (--source), the text is set out paragraph by
    paragraph with, beside each, the source passages its figures were matched to."""
    text = r.document.text
    by_target: dict[str, list[int]] = {}
    for n, c in enumerate(r.checks):
        by_target.setdefault(c.relation.target, []).append(n)
    by_id = {m.id: m for m in r.mentions}
    where = Locator(r)
    marks: list[tuple[int, int, str, str, list[tuple[str, str]]]] = []  # start, end, html, verdict, passages
    items: list[str] = []
    pos = 0
    for mid, ns in sorted(by_target.items(), key=lambda kv: by_id[kv[0]].start):
        m = by_id[mid]
        if m.start < pos:
            continue
        checks = [r.checks[n] for n in ns]
        verdict = _worst([c.verdict for c in checks])
        working = " | ".join(f"{c.rule} {c.verdict}: {c.explanation}" for c in checks)
        quoted = list(dict.fromkeys(q for c in checks for q in source_passages(r, c.mentions)))
        if quoted:  # --source: the passage of the report each figure was matched to
            working += "".join(f" | {at}: “{said}”" for at, said in quoted)
        rule = checks[0].rule
        ident = f"{anchor}-{mid}"
        marks.append((m.start, m.end,
                      f'<mark id="{ident}" class="{verdict}" tabindex="0" data-rule="{html.escape(rule)}" '
                      f'data-verdict="{verdict}" title="{html.escape(working)}">{html.escape(m.text)}</mark>', verdict, quoted))
        pos = m.end
        if verdict == "inconsistent":
            line, _col = where.line_col(m.start)
            bad = max((c for c in checks if c.verdict == "inconsistent"), key=lambda c: len(source_passages(r, c.mentions)))
            said = "".join(f"<blockquote>{html.escape(at)}: “{html.escape(text_)}”</blockquote>"
                           for at, text_ in source_passages(r, bad.mentions))
            items.append(f'<li><a href="#{ident}" data-target="{ident}">line {line}: {html.escape(m.text)}</a> ({html.escape(bad.rule)}) '
                         f"{html.escape(bad.explanation)}{said}</li>")

    def marked(lo: int, hi: int) -> str:
        out, at = [], lo
        for start, end, tag, _v, _q in marks:
            if lo <= start and end <= hi:
                out.append(html.escape(text[at:start]))
                out.append(tag)
                at = end
        out.append(html.escape(text[at:hi]))
        return "".join(out)

    if not r.sources:
        return f'<div class="doc">{marked(0, len(text))}</div>', items
    rows = []
    cuts = [0] + [b.end() for b in re.finditer(r"\n\s*\n", text)] + [len(text)]
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        if lo >= hi:
            continue
        beside = []
        for start, end, _tag, verdict, quoted in marks:
            if lo <= start and end <= hi:
                figure = html.escape(text[start:end])
                beside += [f'<blockquote class="{verdict}"><b>{figure}</b> · {html.escape(at)}: “{html.escape(said)}”</blockquote>'
                           for at, said in quoted]
        rows.append(f'<div class="row"><div class="para">{marked(lo, hi)}</div><aside>{"".join(beside)}</aside></div>')
    return f'<div class="doc paired">{"".join(rows)}</div>', items


def render_html(results: list[Result]) -> str:
    """The annotated page for one or more documents.

    >>> from checker import check
    >>> page = render_html([check("<script>alert(1)</script> 404 out of 463 (85%).", text=True)])
    >>> "<script>alert" in page, "&lt;script&gt;alert(1)" in page, 'class="inconsistent"' in page
    (False, True, True)
    """
    csp = f"default-src 'none'; style-src {STYLE_HASH}; script-src {SCRIPT_HASH}; img-src 'none'; base-uri 'none'; form-action 'none'"
    sections = []
    totals = {v: 0 for v in _VERDICTS}
    for i, r in enumerate(results):
        for v, n in r.summary.items():
            totals[v] = totals.get(v, 0) + n
        body, items = _document(r, f"d{i}")
        listing = f"<h2>Inconsistencies</h2><ol>{''.join(items)}</ol>" if items else "<p>Nothing inconsistent.</p>"
        meta = r.document.metadata or {}
        title = html.escape(str(meta.get("title") or r.document.source))
        sections.append(f'<section><h1>{title}</h1>{listing}{body}</section>')
    filters = "".join(f'<label class="{v}"><input type="checkbox" data-verdict="{v}" checked> {v} ({totals.get(v, 0)})</label>'
                      for v in _VERDICTS)
    data = html.escape(json.dumps({v: totals.get(v, 0) for v in _VERDICTS}))
    figures = sum(1 for r in results for m in r.mentions if r.document_of(m.id) is r.document)
    checks = sum(totals.values())
    said = ", ".join(f"{totals[v]} {v}" for v in _VERDICTS if totals.get(v))
    summary = f"{figures} figures, {checks} checks" + (f": {said}" if said else "")
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>figcheck report</title><style>{_STYLE}</style></head>"
        f'<body><header><p class="totals">{summary}</p><p class="summary" data-summary="{data}">{filters}</p>'
        "<p>Click or tab to a marked figure for its working; hover shows it too.</p></header>"
        f'<main>{"".join(sections)}</main><div id="note" role="status" aria-live="polite"></div>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
