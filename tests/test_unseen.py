"""Documents written for these tests, never tuned on: every flag expected, and no other.

Each tests/data/unseen/NAME has an optional NAME.expect listing, one a line, the rule and the
stated figure of each inconsistency it holds on purpose; every other check must hold. They
guard against the worst failure, a false alarm on a correct figure, in wording the shared
corpus does not use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import check

DATA = Path(__file__).parent / "data" / "unseen"
DOCS = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".md"))


def expected(doc: Path) -> set[tuple[str, str]]:
    path = doc.with_suffix(".expect")
    if not path.exists():
        return set()
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {(rule, stated) for rule, stated in rows}


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_flags_exactly_the_planted_errors(doc: Path) -> None:
    result = check(str(doc))
    flagged = {(c.rule, c.stated) for c in result.checks if c.verdict == "inconsistent"}
    assert flagged == expected(doc), [c.explanation for c in result.checks if c.verdict == "inconsistent"]
    assert result.checks, "a document full of figures drew no check at all"
