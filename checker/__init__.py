"""figcheck's checking stage: rules recompute related figures and give verdicts.

>>> from checker import check
>>> [(c.rule, c.verdict, c.explanation) for c in check("15,203 of the 17,418 patients (87.3%)", text=True).checks]
[('FC101', 'rounded', '15,203 / 17,418 = 87.28%; stated 87.3% is this rounded')]
"""

from ._api import Result, check, check_document
from ._records import VERDICTS, Check, Relation
from ._registry import RULES, Rule, selected

__all__ = ["RULES", "VERDICTS", "Check", "Relation", "Result", "Rule", "check", "check_document", "selected"]
__version__ = "0.1.0"
