"""figcheck's checking stage: rules recompute related figures and give verdicts.

>>> from checker import check
>>> [(c.rule, c.verdict, c.explanation) for c in check("15,203 of the 17,418 patients (87.3%)", text=True).checks]
[('FC101', 'rounded', '15,203 / 17,418 = 87.28%; stated 87.3% is this rounded')]

The names below are loaded on first use, so that `figcheck --version` (whose module,
checker.cli, lives in this package) does not pay for the number grammar and the rules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._api import Result, check, check_document
    from ._records import VERDICTS, Check, Relation
    from ._registry import RULES, Rule, selected

__all__ = ["RULES", "VERDICTS", "Check", "Relation", "Result", "Rule", "check", "check_document", "selected"]
__version__ = "0.1.0"

_WHERE = {
    "Result": "._api", "check": "._api", "check_document": "._api",
    "VERDICTS": "._records", "Check": "._records", "Relation": "._records",
    "RULES": "._registry", "Rule": "._registry", "selected": "._registry",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    value = getattr(import_module(where, __name__), name)
    globals()[name] = value
    return value
