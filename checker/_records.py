"""The records of the checking stage: Relation and Check."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["VERDICTS", "Check", "Relation"]

VERDICTS = ("verified", "rounded", "inconsistent", "unverifiable")


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between mentions that an equation ties together.

    ``measure`` holds the words that justify the link ("recording rate", "violent crime").
    """

    kind: str
    mentions: tuple[str, ...]
    target: str
    measure: tuple[str, ...] = ()
    #: figures the relation leans on that are shared by many relations (a table's total)
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Check:
    """A relation recomputed: the rule, the stated and computed figures, the verdict and
    one line of working; ``cause`` names the likely slip behind an inconsistency."""

    rule: str
    relation: Relation
    verdict: str
    stated: str
    computed: str
    explanation: str
    cause: str = ""
    id: str = ""
    #: for a reported p-value (FC711): whether the stated significance at .05 flips
    #: against the recomputed p; None where the rule does not judge significance
    decision_error: bool | None = None

    @property
    def mentions(self) -> tuple[str, ...]:
        return self.relation.mentions
