"""The JSON contract the evaluation reads (schema figcheck/1, DESIGN.md)."""

from __future__ import annotations

import json
from typing import Any

from checker import Result
from claims import exact_str, fmt

__all__ = ["render_json", "result_dict"]


def _interval(m: Any) -> list[str | None]:
    iv = m.interval
    return [None if iv.low is None else fmt(iv.low), None if iv.high is None else fmt(iv.high)]


def result_dict(r: Result) -> dict[str, Any]:
    doc = r.document
    mentions = []
    for m in r.mentions:
        item: dict[str, Any] = {
            "id": m.id, "start": m.start, "end": m.end, "text": m.text, "value": exact_str(m.value),
            "kind": m.kind, "hedge": m.hedge, "interval": _interval(m),
            "precision": None if m.precision is None else exact_str(m.precision),
            "document": r.document_of(m.id).source,
        }
        if m.unit:
            item["unit"] = m.unit
        if m.ranged:
            item["range"] = {"end": m.get("range"), "with": m.get("range_with")}
        mentions.append(item)
    checks = []
    for c in r.checks:
        item = {
            "id": c.id, "rule": c.rule, "kind": c.relation.kind, "mentions": list(c.mentions),
            "target": c.relation.target, "verdict": c.verdict, "stated": c.stated,
            "computed": c.computed, "explanation": c.explanation,
        }
        if c.cause:
            item["cause"] = c.cause
        if c.decision_error is not None:
            item["decision_error"] = c.decision_error
        if c.relation.context:
            item["context"] = list(c.relation.context)
        if c.relation.measure:
            item["measure"] = list(c.relation.measure)
        checks.append(item)
    out: dict[str, Any] = {"schema": "figcheck/1", "source": doc.source, "format": doc.format,
                           "mentions": mentions, "checks": checks, "summary": dict(r.summary)}
    if doc.format not in ("text", "markdown"):
        out["text"] = doc.text
    if doc.metadata:
        out["metadata"] = {k: v for k, v in doc.metadata.items() if isinstance(v, (str, int, float)) or v is None}
    return out


def render_json(results: list[Result]) -> str:
    data: Any = [result_dict(r) for r in results]
    if len(data) == 1:
        data = data[0]
    return json.dumps(data, ensure_ascii=False, indent=1)
