"""The rule registry: every rule is a small function registered with a stable code.

A rule takes the Analysis of one document and yields Checks. Its docstring explains the
arithmetic and ends with example lines (``ok:``, ``bad:``, ``none:``) that one test runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._analysis import Analysis
    from ._records import Check

__all__ = ["RULES", "Rule", "examples", "rule", "selected"]

RuleFunc = Callable[["Analysis"], Iterable["Check"]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    func: RuleFunc
    #: False for a rule that only shows what figures imply and never flags one
    flags: bool = True

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.split("\n\n")[0].replace("\n", " ").strip()


RULES: dict[str, Rule] = {}


def rule(code: str, name: str, flags: bool = True) -> Callable[[RuleFunc], RuleFunc]:
    def register(func: RuleFunc) -> RuleFunc:
        if code in RULES:
            raise ValueError(f"rule code {code} registered twice")
        RULES[code] = Rule(code, name, func, flags)
        return func

    return register


def selected(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose code starts with a selected prefix and with no ignored prefix."""
    sel = tuple(s.strip().upper() for s in select if s.strip())
    ign = tuple(s.strip().upper() for s in ignore if s.strip())
    return [
        r for code, r in sorted(RULES.items())
        if (not sel or code.startswith(sel)) and not (ign and code.startswith(ign))
    ]


def examples(r: Rule) -> Iterator[tuple[str, str]]:
    """The (expectation, text) example lines at the end of a rule's docstring."""
    for line in r.doc.splitlines():
        line = line.strip()
        for tag in ("ok:", "bad:", "none:"):
            if line.startswith(tag):
                yield tag[:-1], line[len(tag):].strip()
