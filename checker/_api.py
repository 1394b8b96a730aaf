"""The library call: checker.check(path_or_text) returns the records the CLI renders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from claims import Document, Mention, extract, read_document

from ._analysis import Analysis
from ._records import Check
from ._registry import selected

__all__ = ["Result", "check", "check_document"]


@dataclass(frozen=True, slots=True)
class Result:
    """One document checked: its mentions and checks, in order."""

    document: Document
    mentions: tuple[Mention, ...]
    checks: tuple[Check, ...]
    summary: dict[str, int] = field(default_factory=dict)

    @property
    def inconsistent(self) -> int:
        return self.summary.get("inconsistent", 0)


def _load_rules() -> None:
    from . import (  # noqa: F401
        _rules_calendar,
        _rules_changes,
        _rules_extra_changes,
        _rules_parts,
        _rules_per_n,
        _rules_rates,
        _rules_restate,
        _rules_spans,
        _rules_stats,
        _rules_sums,
        _rules_tests,
        _rules_units,
    )


def check_document(doc: Document, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Result:
    _load_rules()
    mentions = extract(doc.text, doc.skip)
    analysis = Analysis(doc, mentions)
    checks: list[Check] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for r in selected(select, ignore):
        for c in r.func(analysis):
            key = (c.relation.target, tuple(sorted(c.mentions)))  # one relation, however many rules find it
            if key in seen:
                continue
            seen.add(key)
            checks.append(c)
    checks.sort(key=lambda c: (analysis.by_id[c.relation.target].start, c.rule))
    checks = [replace(c, id=f"k{i + 1}") for i, c in enumerate(checks)]
    summary = {v: 0 for v in ("verified", "rounded", "inconsistent", "unverifiable")}
    for c in checks:
        summary[c.verdict] += 1
    return Result(doc, tuple(mentions), tuple(checks), summary)


def check(path_or_text: str, *, text: bool = False, select: Iterable[str] = (),
          ignore: Iterable[str] = (), fmt: str | None = None) -> Result:
    """Check a document given by path (or, with text=True, the text itself).

    >>> r = check("404 out of 463 reports (85%) were recorded.", text=True)
    >>> [(c.rule, c.verdict) for c in r.checks]
    [('FC101', 'inconsistent')]
    """
    if text:
        doc = read_document("<text>", text=path_or_text, fmt=fmt or "text")
    else:
        doc = read_document(path_or_text, fmt=fmt)
    return check_document(doc, select, ignore)
