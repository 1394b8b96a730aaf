"""--format csv: one row a check (file, page, line, rule, verdict, stated, computed, explanation)."""

from __future__ import annotations

import csv
import io

from checker import Result

from ._positions import Locator

__all__ = ["HEADER", "render_csv"]

HEADER = ["file", "page", "line", "column", "rule", "verdict", "stated", "computed", "explanation", "cause",
          "decision_error"]


def render_csv(results: list[Result]) -> str:
    """
    >>> from checker import check
    >>> print(render_csv([check("404 out of 463 reports (85%).", text=True)]).splitlines()[1])
    <text>,1,1,25,FC101,inconsistent,85%,87.26%,404 / 463 = 87.26%; stated 85% is 2.26 points low,,
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for r in results:
        where = Locator(r)
        by_id = {m.id: m for m in r.mentions}
        for c in r.checks:
            m = by_id[c.relation.target]
            line, col = where.line_col(m.start)
            writer.writerow([r.document.source, where.page(m.start), line, col, c.rule, c.verdict, c.stated,
                             c.computed, c.explanation, c.cause, "yes" if getattr(c, "decision_error", False) else ""])
    return out.getvalue()
