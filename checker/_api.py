"""The library call: checker.check(path_or_text) returns the records the CLI renders."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from claims import Document, Mention, extract_document, read_document

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
    #: the reports the document was held against (--source); their mentions that checks
    #: use are in ``mentions`` with ids 's1.m12' (source 1, its mention m12)
    sources: tuple[Document, ...] = ()

    @property
    def inconsistent(self) -> int:
        return self.summary.get("inconsistent", 0)

    def document_of(self, mention_id: str) -> Document:
        """The document a mention comes from: the checked one, or the source it quotes."""
        if mention_id.startswith("s") and "." in mention_id:
            number = mention_id[1:mention_id.index(".")]
            if number.isdigit() and 0 < int(number) <= len(self.sources):
                return self.sources[int(number) - 1]
        return self.document


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
        _sources,
    )


def check_document(doc: Document, select: Iterable[str] = (), ignore: Iterable[str] = (),
                   sources: Sequence[Document] = ()) -> Result:
    """Check one document; with ``sources``, also hold its figures against those reports
    (the FC8xx rules)."""
    _load_rules()
    mentions = extract_document(doc)
    analysis = Analysis(doc, mentions)
    if sources:
        from ._sources import prepare_source

        analysis.sources = [prepare_source(s, i + 1) for i, s in enumerate(sources)]
    checks: list[Check] = analysis.found
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for r in selected(select, ignore):
        for c in r.func(analysis):
            key = (c.relation.target, tuple(sorted(c.mentions)))  # one relation, however many rules find it
            if key in seen:
                continue
            seen.add(key)
            checks.append(c)
    # a restatement found across the document gives way to a relation of the figure's own
    # sentence that holds ('nearly 10 every day' is 3,591 a year, not the '12 a day' of
    # another measure two sentences before)
    held = {c.relation.target for c in checks if c.verdict != "inconsistent" and c.rule != "FC501"}
    checks = [c for c in checks if not (c.rule == "FC501" and c.verdict == "inconsistent" and c.relation.target in held)]
    replaced = analysis.memo.get("sources")
    if replaced is not None:  # an article's own check joined to the source figures it was worked from
        gone = replaced.replaced  # type: ignore[attr-defined]
        checks = [c for c in checks if c.rule.startswith("FC8") or (c.relation.target, tuple(sorted(c.mentions))) not in gone]
    checks.sort(key=lambda c: (analysis.by_id[c.relation.target].start, c.rule))
    checks = [replace(c, id=f"k{i + 1}") for i, c in enumerate(checks)]
    summary = {v: 0 for v in ("verified", "rounded", "inconsistent", "unverifiable")}
    for c in checks:
        summary[c.verdict] += 1
    if analysis.sources:
        used = {i for c in checks for i in c.mentions}
        mentions = mentions + [m for s in analysis.sources for m in s.analysis.mentions if m.id in used]
    return Result(doc, tuple(mentions), tuple(checks), summary, tuple(s.analysis.doc for s in analysis.sources))


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
