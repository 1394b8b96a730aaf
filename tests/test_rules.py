"""Every rule's docstring examples, run as tests: ok lines hold, bad lines are flagged,
none lines draw no check from the rule."""

from __future__ import annotations

import pytest

from checker import RULES, check, check_document
from checker._api import _load_rules
from checker._registry import examples, selected
from claims import read_document

_load_rules()
CASES = [(code, tag, text) for code, r in sorted(RULES.items()) for tag, text in examples(r)]


def judge_example(code: str, tag: str, text: str, select: tuple[str, ...] = ()) -> None:
    """One docstring example line: ok holds, bad is flagged, none draws no check from the
    rule. With ``select``, only those rules run (a rule's example must hold on its own)."""
    text = text.replace("\\n", "\n")
    text, _, source = text.partition(" || source: ")  # FC8xx: an article and the report it quotes
    fmt = "markdown" if text.lstrip().startswith("|") else "text"
    if source:
        docs = [read_document("<text>", text=t, fmt="text") for t in (text, source)]
        result = check_document(docs[0], select, sources=docs[1:])
    else:
        result = check(text, text=True, fmt=fmt, select=select)
    mine = [c for c in result.checks if c.rule == code]
    verdicts = [c.verdict for c in mine]
    if tag == "ok":
        assert mine, f"{code} drew no check on: {text}"
        assert "inconsistent" not in verdicts, [c.explanation for c in mine]
    elif tag == "bad":
        assert "inconsistent" in verdicts, f"{code} did not flag: {text} -> {[c.explanation for c in mine]}"
    else:
        assert not mine, [c.explanation for c in mine]


@pytest.mark.parametrize(("code", "tag", "text"), CASES, ids=[f"{c}-{t}-{i}" for i, (c, t, _) in enumerate(CASES)])
def test_rule_example(code: str, tag: str, text: str) -> None:
    judge_example(code, tag, text)


def test_every_rule_has_examples_and_a_code_of_its_family() -> None:
    for code, r in RULES.items():
        tags = {tag for tag, _ in examples(r)}
        assert {"ok", "bad"} <= tags if r.flags else "ok" in tags, code
        assert code[:3] in ("FC1", "FC2", "FC3", "FC4", "FC5", "FC6", "FC7", "FC8"), code


def test_select_and_ignore_take_code_prefixes() -> None:
    codes = {r.code for r in selected(["FC1"])}
    assert codes and all(c.startswith("FC1") for c in codes)
    assert not any(r.code.startswith("FC6") for r in selected([], ["FC6"]))
    assert {r.code for r in selected(["FC101", "FC601"])} == {"FC101", "FC601"}


def test_false_alarm_traps_are_not_linked() -> None:
    text = ("The recording rate for violent crime is a particular cause of concern at only 84.8%.\n\n"
            "Of the reports of crime that had been recorded, 404 out of 463 reports of violent crime "
            "had been recorded within 24 hours of the receipt of the report.")
    result = check(text, text=True)
    assert not [c for c in result.checks if c.verdict == "inconsistent"]


def test_explanations_show_the_arithmetic_and_the_cause() -> None:
    result = check("Of these, 109 (78.9 percent) had been recorded correctly out of 138 reviewed. "
                   "We reviewed 138 reports.", text=True)
    result = check("We reviewed 138 reports of rape. Of these, 109 (78.9 percent) had been recorded correctly.", text=True)
    [c] = [c for c in result.checks if c.rule == "FC101"]
    assert c.verdict == "inconsistent"
    assert "109 / 138 = 78.99%" in c.explanation
    assert c.cause == "truncated instead of rounded"


#: false alarms found by reviewers and fixed: each must stay quiet
BUGS_CAUGHT = [
    # a total in the next sentence that counts other things
    "Of the 1,200 cases, 300 were closed and 900 remain open. In total 1,000 officers took part.",
    # 'said no.' ends a sentence; 'No. 5' does not
    "Of those asked, 25% said yes and 75% said no. In all, 20% of staff left.",
    # the whole that opens a sentence is not one of its parts; a selection is not exhaustive
    "Of the 146 care homes in the county, 112 were rated good and 9 outstanding at their last inspection.",
    # a number word that names things is no part, nor is the whole stated again
    "Across the four colleges, 58.3% of the 60 staff said they were satisfied.",
    "Of the 1,200 people surveyed, 45.5% of the 1,200 said yes.",
    # an average rate a year is not the whole change
    "Visits rose from 1,200 in 2015 to 1,800 in 2020, an average annual increase of 8.4%.",
    # a local figure and a national one are not restatements
    "Some 22% of searches led to an arrest. Nationally, 26% of searches led to an outcome.",
    # a figure with a share 140 characters before it in the same sentence
    "Only 2 in 5 men were in purposeful activity during the working day, the inspection found: 591 of the 1,482 held.",
    # session 4: a change 'on the year before' is not of a share in another paragraph (FC302)
    "Just 78.3% of assessments were done in time, down from 86.9%.\n\n"
    "Only 71% of case conferences were held in time, down 11 points on the year before.",
    # session 9: the rest of a whole is said in its paragraph or the next; a net gain two paragraphs on is not one (FC207)
    "Some 170 retired, while 112 resigned - and 46 of those who resigned were student officers who had not yet "
    "finished their probation.\n\nThe force lost 10.9 per cent of its officers.\n\n"
    "The result was a net gain of 89 officers.",
]


@pytest.mark.parametrize("text", BUGS_CAUGHT)
def test_bugs_caught_stay_quiet(text: str) -> None:
    result = check(text, text=True)
    assert not [c.explanation for c in result.checks if c.verdict == "inconsistent"]
