"""The shared corpus scored with the evaluation's own scorer, with floors at the figures
reached, so that a regression fails the build. Raise the floors as the figures rise."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIGCHECK = f"{sys.executable} -m checker.cli check {{path}} --format json"

#: the figures this build reaches on ../shared/corpus (python3 ../shared/eval/score.py ../shared/corpus)
FLOORS = {"consistent": 0.92, "detect": 0.96, "false_alarms": 0, "planted": 0.90}
SEED_FLOORS = {"consistent": 1.0, "detect": 1.0, "false_alarms": 0}

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not here")


def score(corpus: Path, *extra: str) -> dict[str, float]:
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(corpus), "--cmd", FIGCHECK, *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=1800)
    last = proc.stdout.strip().splitlines()[-1]
    got = re.search(r"consistent ([\d.]+) .* detect ([\d.]+) .* false_alarms (\d+)", last)
    assert got, proc.stdout + proc.stderr
    assert "errors" not in last, proc.stdout
    out = {"consistent": float(got.group(1)), "detect": float(got.group(2)), "false_alarms": int(got.group(3))}
    planted = re.search(r"planted ([\d.]+)", last)
    if planted:
        out["planted"] = float(planted.group(1))
    return out


def test_corpus_floor() -> None:
    """Also plants an error in a copy of each document for every consistent relation (the
    evaluation's --inject) and counts those caught."""
    got = score(SHARED / "corpus", "--inject")
    assert got["planted"] >= FLOORS["planted"], got
    assert got["consistent"] >= FLOORS["consistent"], got
    assert got["detect"] >= FLOORS["detect"], got
    assert got["false_alarms"] <= FLOORS["false_alarms"], got


def test_seed_article_every_relation_right(tmp_path: Path) -> None:
    """hertfordshire_2017.txt: every relation right and no false alarm (the 404/463 and
    171/194 traps included)."""
    seed = tmp_path / "seed"
    (seed / "gold").mkdir(parents=True)
    for name, folder in (("hertfordshire_2017.txt", ""), ("hertfordshire_2017.json", "gold")):
        src = SHARED / "corpus" / folder / name
        (seed / folder / name).write_bytes(src.read_bytes())
    got = score(seed)
    assert got == {"consistent": 1.0, "detect": 1.0, "false_alarms": 0}, got


#: article against source: ../shared/pairs (the one shared pair) and tests/data/pairs (five
#: pairs written for figcheck's tests, with the slips the issue names)
PAIR_FLOORS = {"consistent": 1.0, "detect": 1.0, "false_alarms": 0}
OWN_PAIR_FLOORS = {"consistent": 0.88, "detect": 0.68, "false_alarms": 0}
#: tests/data/pairs_heldout: four pairs written later by someone who had not seen the matcher
#: or the first pairs; first measured at consistent 0.63, detect 0.19, 7 false alarms.
#: Detection fell from 0.69 to 0.62 in session 3 when a misquote of another measure came to
#: need clear words (ANOTHER_WORDS in checker/_source_text.py): the price of ten fewer false
#: alarms on fresh pairs
HELDOUT_FLOORS = {"consistent": 0.90, "detect": 0.62, "false_alarms": 0}


#: tests/data/pairs_fresh: 231 pairs written in sessions 3 to 7 by helpers who saw neither the
#: matcher nor the other pairs (police, probation, prisons, youth justice, health, cancer,
#: mental health, care, councils, SEND, food hygiene, homelessness, transport, housing,
#: water, fire, roads, rail, universities, waste, flooding, trading standards, libraries,
#: parking, air quality, courts, leisure, dentistry, maternity, pensions, street lighting ...).
#: Each batch was first measured unseen, then tuned on (docs/NOTES.md, Issue [4]): session 3,
#: nine pairs 0.75 consistent / 0.28 detected / 14 false alarms; then 0.78 / 0.45 / 9; 0.77 /
#: 0.67 / 6; 0.82 / 0.50 / 1; 0.76 / 0.45 / 4; 0.80 / 0.57 / 6. Session 4: 0.87 / 0.40 / 5;
#: 0.83 / 0.50 / 2; 0.87 / 0.57 / 4 and 0.86 / 0.57 / 6. Session 5: 24 pairs (heldout10) at
#: 74af545, 0.86 / 0.45 / 20; 24 more (heldout11) at a853e5b, 0.83 / 0.50 / 15; 24 more
#: (heldout12) at c02c8db, 0.84 / 0.56 / 13. Session 6: 24 more (heldout13) at 9f74a98,
#: 0.865 / 0.53 / 11; 24 more (heldout14) at d51e3e0, 0.854 / 0.51 / 6 (in 6 of 24 articles).
#: Session 7: 24 more (heldout15) at 840ee75, 0.849 / 0.567 / 7 (4 in one article); 24 more
#: (heldout16) at 3e24a36, 0.901 / 0.575 / 11 (3 articles with two or more). Session 8: 24
#: more (heldout17) at fb1f646, 0.882 / 0.583 / 2 (in 2 of 24 articles); 24 more (heldout18)
#: at 8aac94a, 0.879 / 0.625 / 11 (in 8 of 24 articles, two with two or more). Session 9:
#: heldout19 and heldout20 (48 pairs) on the tree that became 13e73dc, 0.888 / 0.558 / 11 and
#: 0.840 / 0.583 / 9; heldout21 at 95952c0, 0.865 / 0.608 / 9 (in 8 of 24 articles). With them
#: the set is 351 pairs, and its false alarms 13 (the 11 before and two of the new batches').
#: Session 10: heldout22 at 569ba6f, 0.864 / 0.617 / 8 (in 8 of 24 articles, none with two);
#: heldout23 at 8326b78, 0.864 / 0.600 / 11 (in 8 of 24 articles, two with two or more). With
#: them the set is 399 pairs; its false alarms 15 (12 of the 351, three of heldout22's).
#: Session 11: heldout24 at eff1422, 0.877 / 0.592 / 8 (in 8 of 24 articles, none with two);
#: heldout25 at 1c31bed, 0.887 / 0.625 / 7 (in 6 of 24). With them the set is 447 pairs, 0.875 /
#: 0.686 / 15 (the 15 of the 399; heldout24's '384 hectares lost in 2024' was mended).
#: Session 12: heldout26 at 76c9780, 0.828 / 0.683 / 7; heldout27 at 3e93bfa, 0.889 / 0.692 / 17
#: (the same at 76c9780); heldout28 at e25acca, 0.863 / 0.642 / 7 (in 6 of 24); heldout29 at e23db03,
#: 0.897 / 0.650 / 10 (in 9 of 24). With them the set is 543 pairs, 0.877 / 0.684 / 21 (heldout26 3,
#: heldout27 0, heldout28 0, heldout29 3).
#: Session 13: heldout30 at 775c56d, 0.892 / 0.625 / 9 (in 7 of 24); heldout31 at e78a39e, 0.875 /
#: 0.692 / 8 (in 6 of 24). With them the set is 591 pairs, 0.883 / 0.693 / 18 (heldout29's busshelter,
#: icerink and falls2 were mended; neither new batch left one).
#: Session 14: heldout32 at ae91023, 0.903 / 0.600 / 6 (in 5 of 24). With it the set is 615 pairs,
#: 0.884 / 0.697 / 19 (the 18 of the 591 and heldout32's batteries2, 'up from 31 - more than a third
#: of the total' read as 31 of the total).
#: Session 15: heldout33 (5777c22, 0.858 / 0.600 / 5, measured in session 14), heldout34 at ccdbb77,
#: 0.884 / 0.592 / 4 (in 3 of 24), heldout35 at ccdbb77 with quoting() counting quantities, 0.876 /
#: 0.525 / 4 (in 4 of 24). With them the set is 687 pairs, 0.884 / 0.690 / 21 (the 20 of the 639 and
#: heldout34's dropped_kerbs, 'Nearly a quarter were turned down because ...' of a 'Share of refusals' column).
#: Later in session 15: heldout36 at 7b65827, 0.875 / 0.658 / 10 (in 9 of 24). With it the set is
#: 711 pairs, 0.884 / 0.689 / 28 (the 21 and heldout36's seven, listed in NOTES).
#: Session 17: heldout39 at 3fe2ed4, 0.894 / 0.600 / 4 (in 4 of 24). With it and the two fixes it
#: taught (a refusal verb matched to its synonym; 'the target score is 98 per cent' read as a target)
#: the set is 778 pairs, 0.887 / 0.689 / 26 (the 24 and heldout39's toilets3 and housing5, in NOTES).
#: Session 18: heldout40 b at 6c999d2, 0.885 / 0.700 / 1 (in 1 of 6). With it and the session's
#: general fixes the set is 784 pairs, 0.887 (19,706 / 22,208) / 0.695 (2,718 / 3,913) / 24 at 9e52620.
#: Session 19: heldout41 at 0d29e22 (+ the three-digit slip), 0.894 / 0.644 / 7 (in 7 of 18). With it and
#: the session's general fixes the set is 802 pairs, 0.891 (20,247 / 22,719) / 0.697 (2,791 / 4,003) / 24 at d485a51,
#: and 0.891 / 0.702 (2,809) / 24 with three more (NOTES). Session 20: `echoed_count`, 0.891 / 0.710 (2,840) / 24;
#: heldout42 at 458aee0 0.877 / 0.700 / 5 (in 5 of 18); with it and its fixes the set is 820 pairs,
#: 0.891 (20,679 / 23,208) / 0.709 (2,903 / 4,093) / 25 (the 25th disputed: NOTES, session 20).
#: Session 21: general fixes, 0.8915 / 0.7146 / 25 at 6ee6612; heldout43 there 0.883 / 0.622 / 3 (in 3 of
#: 18); with it and its fixes the set is 838 pairs, 0.892 (21,205 / 23,783) / 0.716 (2,994 / 4,183) / 25.
#: Session 22: heldout44 at 98d13a8 0.879 / 0.633 / 10 (in 8 of 18); with it the set is 856 pairs,
#: 0.8941 / 0.7274 / 26. Session 23: heldout45 at c589c6e 0.913 / 0.667 / 1 (in 1 of 18); with it and
#: its fixes the set is 874 pairs, 0.8951 (22,160 / 24,758) / 0.7318 (3,193 / 4,363) / 27, and 0.7323
#: (3,195) with the quantity far from its unit's one figure. Session 24: heldout46 at c185a2c 0.910 /
#: 0.733 / 5 (in 4 of 18); with it and its fixes the set is 892 pairs, 0.8962 (22,625 / 25,246) /
#: 0.7375 (3,284 / 4,453) / 27; then 0.8962 / 0.7391 (3,291) / 26 with earlier years said in a sentence of
#: their own, two-digit earlier levels and the hedge copied with a miscopied digit. Session 25: heldout47
#: at b9c49d9 0.902 / 0.767 / 5 (one each in 5 of 18); with it and its fixes the set is 910 pairs,
#: 0.8975 (23,096 / 25,735) / 0.7416 (3,369 / 4,543) / 26. Session 26: heldout48 at cce2661 0.887 /
#: 0.644 / 3; 928 pairs, 0.8981 / 0.7470 / 26. Session 27: heldout49 at 93c878a 0.900 / 0.733 / 8 (in 7 of
#: 18); with it and its fixes the set is 946 pairs, 0.8985 (24,054 / 26,770) / 0.7519 (3,551 / 4,723) / 25.
#: Seen now: the floors keep what was won; the false alarms left are listed in NOTES
FRESH_FLOORS = {"consistent": 0.898, "detect": 0.751, "false_alarms": 25}


def score_halves(corpus: Path, tmp: Path) -> dict[str, float]:
    """The scorer over a large folder of pairs, in two halves at once (one per core: the
    machine has two), the counts summed. Each half is a folder of links to its pairs' files
    and copies of their gold files."""
    halves = []
    for i in (0, 1):
        half = tmp / f"half{i}"
        (half / "gold").mkdir(parents=True)
        for n, gold in enumerate(sorted((corpus / "gold").glob("*.json"))):
            if n % 2 != i:
                continue
            (half / "gold" / gold.name).write_bytes(gold.read_bytes())
            spec = json.loads(gold.read_text(encoding="utf-8"))
            for key in ("document", "source"):
                if spec.get(key):
                    (half / spec[key]).symlink_to(corpus / spec[key])
        halves.append(half)
    procs = [subprocess.Popen([sys.executable, str(SHARED / "eval" / "score.py"), str(half), "--cmd", FIGCHECK],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT) for half in halves]
    sums = [0, 0, 0, 0, 0]
    for proc in procs:
        out, err = proc.communicate(timeout=1800)
        last = out.strip().splitlines()[-1]
        got = re.search(r"consistent [\d.]+ \((\d+)/(\d+)\) detect [\d.]+ \((\d+)/(\d+)\) false_alarms (\d+)", last)
        assert got and "errors" not in last, out + err
        sums = [a + int(b) for a, b in zip(sums, got.groups(), strict=True)]
    return {"consistent": sums[0] / sums[1], "detect": sums[2] / sums[3], "false_alarms": sums[4]}


def test_fresh_source_pairs_floor(tmp_path: Path) -> None:
    got = score_halves(ROOT / "tests" / "data" / "pairs_fresh", tmp_path)
    assert got["consistent"] >= FRESH_FLOORS["consistent"] and got["detect"] >= FRESH_FLOORS["detect"], got
    assert got["false_alarms"] <= FRESH_FLOORS["false_alarms"], got


def test_source_pairs_floor() -> None:
    got = score(SHARED / "pairs")
    assert got["consistent"] >= PAIR_FLOORS["consistent"] and got["detect"] >= PAIR_FLOORS["detect"], got
    assert got["false_alarms"] <= PAIR_FLOORS["false_alarms"], got
    own = score(ROOT / "tests" / "data" / "pairs")
    assert own["consistent"] >= OWN_PAIR_FLOORS["consistent"] and own["detect"] >= OWN_PAIR_FLOORS["detect"], own
    assert own["false_alarms"] <= OWN_PAIR_FLOORS["false_alarms"], own
    held = score(ROOT / "tests" / "data" / "pairs_heldout")
    assert held["consistent"] >= HELDOUT_FLOORS["consistent"] and held["detect"] >= HELDOUT_FLOORS["detect"], held
    assert held["false_alarms"] <= HELDOUT_FLOORS["false_alarms"], held
