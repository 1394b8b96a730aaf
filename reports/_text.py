"""The terminal format: one line a check, like a linter, and a summary line."""

from __future__ import annotations

import bisect

from checker import Result

__all__ = ["render_text"]

_COLOURS = {"verified": "32", "rounded": "36", "inconsistent": "1;31", "unverifiable": "33"}


def _position(text: str, starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def render_text(results: list[Result], colour: bool = False, verbose: bool = False) -> str:
    lines = []
    totals = {"verified": 0, "rounded": 0, "inconsistent": 0, "unverifiable": 0}
    for r in results:
        text = r.document.text
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        by_id = {m.id: m for m in r.mentions}
        for c in r.checks:
            m = by_id[c.relation.target]
            line, col = _position(text, starts, m.start)
            verdict = c.verdict
            if colour:
                verdict = f"\x1b[{_COLOURS[c.verdict]}m{verdict}\x1b[0m"
            lines.append(f"{r.document.source}:{line}:{col}: {c.rule} {verdict} {c.explanation}")
        for k, v in r.summary.items():
            totals[k] = totals.get(k, 0) + v
    figures = sum(1 for r in results for m in r.mentions if r.document_of(m.id) is r.document)
    summary = (f"{figures} figures, {sum(totals.values())} checks: {totals['verified']} verified, "
               f"{totals['rounded']} rounded, {totals['inconsistent']} inconsistent, "
               f"{totals['unverifiable']} unverifiable")
    if colour and totals["inconsistent"]:
        summary = f"\x1b[1m{summary}\x1b[0m"
    lines.append(summary)
    return "\n".join(lines) + "\n"
