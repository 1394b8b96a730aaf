"""--format md: the text with each checked figure marked and numbered notes giving the working."""

from __future__ import annotations

from checker import Result

from ._positions import source_passages

__all__ = ["render_markdown"]

_MARK = {"verified": "✓", "rounded": "≈", "inconsistent": "✗", "unverifiable": "?"}


def _escape(text: str) -> str:
    """Text taken as it is, with the characters Markdown would act on escaped."""
    out = []
    for ch in text:
        if ch in "\\`*_{}[]<>#|":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def render_markdown(results: list[Result]) -> str:
    """Each checked figure in bold with a numbered note, [^k], that gives the verdict and
    the working; a summary first.

    >>> from checker import check
    >>> print(render_markdown([check("404 out of 463 reports (85%).", text=True)]))  # doctest: +ELLIPSIS
    # figcheck: \\<text\\>
    ...
    404 out of 463 reports (**85%**[^1]).
    <BLANKLINE>
    [^1]: ✗ **inconsistent** (FC101): 404 / 463 = 87.26%; stated 85% is 2.26 points low
    <BLANKLINE>
    """
    parts: list[str] = []
    for r in results:
        text = r.document.text
        notes: dict[str, list[int]] = {}
        for n, c in enumerate(r.checks, 1):
            notes.setdefault(c.relation.target, []).append(n)
        by_id = {m.id: m for m in r.mentions}
        marks = sorted(((by_id[t], ns) for t, ns in notes.items()), key=lambda mn: mn[0].start)
        s = r.summary
        parts.append(f"# figcheck: {_escape(r.document.source)}\n")
        parts.append(f"{len(r.checks)} checks: {s.get('verified', 0)} verified, {s.get('rounded', 0)} rounded, "
                     f"**{s.get('inconsistent', 0)} inconsistent**, {s.get('unverifiable', 0)} unverifiable.\n")
        body = []
        pos = 0
        for m, ns in marks:
            if m.start < pos:
                continue
            body.append(_escape(text[pos:m.start]))
            body.append(f"**{_escape(m.text)}**" + "".join(f"[^{n}]" for n in ns))
            pos = m.end
        body.append(_escape(text[pos:]))
        parts.append("".join(body).rstrip() + "\n")
        for n, c in enumerate(r.checks, 1):
            said = "".join(f" — {_escape(at)}: “{_escape(text_)}”" for at, text_ in source_passages(r, c.mentions))
            parts.append(f"[^{n}]: {_MARK[c.verdict]} **{c.verdict}** ({c.rule}): {_escape(c.explanation)}{said}")
        parts.append("")
    return "\n".join(parts)
