"""figcheck's reported-statistics rules against statcheck's Python port, side by side.

    .venv/bin/python bench/stats.py            about 1 MB of results prose, ~3,000 APA results
    .venv/bin/python bench/stats.py --size 200 a smaller text (KB), for a first look
    .venv/bin/python bench/stats.py --help

The prose is generated from a fixed seed: paragraphs of a psychology results section, each
with descriptive statistics and one to three results (t, F, r, χ², z, Q with df and p,
'p < .001', 'ns'), about one in eight misreported (p halved, significance flipped, digits
swapped, a wrong p), among sentences with no statistics at all.

Both tools are timed in their own subprocess on the same file, imports and a warm-up call
not timed: figcheck's library call (read_document + check_document, every rule, not only
FC71x) best of a few runs, and statcheck 0.0.7 (`statcheck.st.statcheck([text])`, the port
of the R package on the package index), installed with `pip install statcheck "pandas<3"`
into the scratch environment bench/.scratch/statvenv (git-ignored) the first time. The
target: figcheck under a tenth of the port's time. It prints the ratio, never an absolute
timing checked against a fixed number.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV = BENCH / ".scratch" / "statvenv"
PY = sys.executable

_TOPICS = ["willingness to accept feedback", "perceived usefulness of the feedback", "state self-esteem",
           "reading time per word", "recall accuracy", "reported anxiety", "task persistence", "moral judgement",
           "trust in the partner", "risk taking", "time spent on the essay", "interest in the tutor meeting"]
_GROUPS = [("the self-affirmation condition", "the control condition"), ("older adults", "younger adults"),
           ("the gain frame", "the loss frame"), ("the high-load group", "the low-load group"),
           ("bilingual participants", "monolingual participants")]
_FILLER = [
    "Participants completed the questionnaire online, in a quiet room, and were thanked and debriefed afterwards.",
    "The manipulation was described to them as a study of writing style, and no participant guessed its purpose.",
    "Two research assistants who were blind to condition coded the open answers, and disagreements were resolved by discussion.",
    "As in the first study, we excluded no data, and the analyses below follow the preregistered plan unless noted.",
    "The pattern of means is shown in the second figure, with error bars giving one standard error either way.",
    "This result replicates the earlier finding and extends it to a sample recruited outside the university.",
    "We return to the size of this effect in the general discussion, where it is compared with the published estimates.",
    "Exploratory analyses of the remaining items showed the same pattern, and they are reported in the supplement.",
    "Assumptions of normality and homogeneity of variance were checked by inspecting the residuals, which looked unremarkable.",
    "Sessions lasted about forty minutes and were run in groups of up to six people, seated apart from one another.",
]


def _p(test: str, stat: float, df1: float | None, df2: float | None) -> float:
    from scipy import special

    x = abs(stat)
    if test == "t":
        return float(2 * special.stdtr(df2, -x))
    if test == "r":
        return float(2 * special.stdtr(df2, -x * math.sqrt(df2 / (1 - x * x))))  # type: ignore[operator]
    if test == "z":
        return float(2 * special.ndtr(-x))
    if test == "F":
        return float(special.fdtrc(df1, df2, x))
    return float(special.chdtrc(df1, x))


def _fmt_p(p: float, rng: random.Random) -> str:
    if p < 0.001:
        return "p < .001"
    if rng.random() < 0.15:
        return "p < .01" if p < 0.01 else "p < .05" if p < 0.05 else "ns" if p > 0.05 else "p = .05"
    digits = 3 if p < 0.01 else 2 + (rng.random() < 0.5)
    return f"p = {f'{p:.{digits}f}'.lstrip('0')}"


def _wrong(p: float, rng: random.Random) -> str:
    """A misreported p: halved (one-tailed), flipped across .05, or simply another value."""
    k = rng.random()
    if k < 0.35 and p >= 0.002:
        return f"p = {f'{p / 2:.3f}'.lstrip('0')}"
    if k < 0.7:
        return "p < .05" if p > 0.06 else "p = .08"
    return f"p = {f'{min(0.99, p * 3 + 0.02):.2f}'.lstrip('0')}"


def _result(rng: random.Random) -> tuple[str, bool]:
    kind = rng.choices(["t", "F", "r", "chi", "z", "Q"], [40, 25, 15, 10, 5, 5])[0]
    if kind == "t":
        df = rng.randint(18, 200)
        stat = round(rng.uniform(0.3, 5.5), 2)
        head, p = f"t({df}) = {'-' if rng.random() < 0.2 else ''}{stat:.2f}", _p("t", stat, None, df)
    elif kind == "F":
        d1, d2 = rng.choice([1, 1, 2, 3]), rng.randint(20, 300)
        stat = round(rng.uniform(0.2, 18), 2)
        head, p = f"F({d1}, {d2}) = {stat:.2f}", _p("F", stat, d1, d2)
    elif kind == "r":
        df = rng.randint(20, 300)
        stat = round(rng.uniform(0.02, 0.6), 2)
        head, p = f"r({df}) = {f'{stat:.2f}'.lstrip('0')}", _p("r", stat, None, df)
    elif kind == "chi":
        df, n = rng.choice([1, 1, 2, 3]), rng.randint(60, 900)
        stat = round(rng.uniform(0.3, 20), 2)
        head, p = f"χ2({df}, N = {n}) = {stat:.2f}", _p("chi", stat, df, None)
    elif kind == "z":
        stat = round(rng.uniform(0.3, 4.5), 2)
        head, p = f"z = {stat:.2f}", _p("z", stat, None, None)
    else:
        df = rng.randint(2, 40)
        stat = round(rng.uniform(1, 80), 2)
        head, p = f"Q({df}) = {stat:.2f}", _p("chi", stat, df, None)
    if rng.random() < 0.125:
        return f"{head}, {_wrong(p, rng)}", True
    return f"{head}, {_fmt_p(p, rng)}", False


def results_prose(size: int, seed: int = 11) -> tuple[str, int]:
    """About `size` bytes of results-section prose and the number of APA results in it."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = results = 0
    while total < size:
        topic = rng.choice(_TOPICS)
        a, b = rng.choice(_GROUPS)
        m1, m2 = rng.uniform(2, 6), rng.uniform(2, 6)
        s = [f"We next compared {topic} between {a} and {b}.",
             f"Scores were higher in {a} (M = {m1:.2f}, SD = {rng.uniform(0.6, 1.6):.2f}) than in {b} "
             f"(M = {m2:.2f}, SD = {rng.uniform(0.6, 1.6):.2f})."]
        for _ in range(rng.randint(1, 3)):
            text, _bad = _result(rng)
            s.append(rng.choice([f"The difference was reliable, {text}.", f"The interaction with session was tested as well, {text}.",
                                 f"This held when age was entered as a covariate, {text}.", f"As expected, {text}, for {topic}."]))
            results += 1
        s += rng.sample(_FILLER, 2 + (rng.random() < 0.5))
        para = " ".join(s)
        paragraphs.append(para)
        total += len(para.encode("utf-8")) + 2
    return "\n\n".join(paragraphs) + "\n", results


# --- workers: each runs in its own interpreter ---------------------------------------------

def _figcheck_worker(path: str, until: float) -> None:
    from checker import check_document
    from claims import read_document

    check_document(read_document("<warm-up>", text="It held, t(28) = 2.20, p = .036.", fmt="text"))
    runs: list[float] = []
    while not runs or (sum(runs) < until and len(runs) < 5):
        t0 = time.perf_counter()
        r = check_document(read_document(path))
        runs.append(time.perf_counter() - t0)
    stats = [c for c in r.checks if c.rule == "FC711"]
    only: list[float] = []
    while not only or (sum(only) < until and len(only) < 5):
        t0 = time.perf_counter()
        check_document(read_document(path), select=["FC71"])
        only.append(time.perf_counter() - t0)
    print(json.dumps({"seconds": min(runs), "fc71_seconds": min(only), "results": len(stats),
                      "errors": sum(c.verdict == "inconsistent" for c in stats),
                      "decision_errors": sum(bool(c.decision_error) for c in stats)}))


def _statcheck_worker(path: str) -> None:
    import contextlib
    import io
    import warnings

    warnings.filterwarnings("ignore")
    with contextlib.redirect_stderr(io.StringIO()):
        from statcheck.st import statcheck  # type: ignore[import-not-found]

        statcheck(["It held, t(28) = 2.20, p = .036."], messages=False)
        text = Path(path).read_text(encoding="utf-8")
        t0 = time.perf_counter()
        res = statcheck([text], messages=False)[0]
        seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "results": len(res), "errors": int(res["Error"].sum()),
                      "decision_errors": int(res["Decision_Error"].sum())}))


def statcheck_python() -> str | None:
    py = VENV / "bin" / "python"
    probe = [str(py), "-c", "import statcheck.st"]
    if py.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return str(py)
    print(f"   installing statcheck into {VENV.relative_to(ROOT)} (first run only) ...", flush=True)
    try:
        VENV.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([PY, "-m", "venv", "--clear", str(VENV)], capture_output=True, check=True, timeout=120)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", "statcheck", "pandas<3"],
                       capture_output=True, check=True, timeout=900)
        subprocess.run(probe, capture_output=True, check=True)
        return str(py)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as e:
        print(f"   could not install statcheck: {e}")
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1000, help="KB of prose (default 1000)")
    ap.add_argument("--timeout", type=float, default=1200, help="seconds allowed each tool")
    ap.add_argument("--worker", choices=["figcheck", "statcheck"], help=argparse.SUPPRESS)
    ap.add_argument("path", nargs="?", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker == "figcheck":
        _figcheck_worker(args.path, until=2.0)
        return 0
    if args.worker == "statcheck":
        _statcheck_worker(args.path)
        return 0

    text, n = results_prose(args.size * 1000)
    nbytes = len(text.encode("utf-8"))
    print(f"Results prose: {nbytes:,} bytes, {n:,} APA results, {text.count(chr(10) * 2) + 1:,} paragraphs (seeded)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "results.txt"
        path.write_text(text, encoding="utf-8")
        fc = subprocess.run([PY, __file__, "--worker", "figcheck", str(path)], capture_output=True, text=True,
                            timeout=args.timeout, cwd=ROOT)
        if fc.returncode:
            print(f"figcheck failed: {fc.stderr[-1500:]}")
            return 1
        f = json.loads(fc.stdout)
        print(f"   {'figcheck (all rules)':34}{f['seconds']:>9.2f} s   {f['results']:,} results, {f['errors']:,} inconsistent, "
              f"{f['decision_errors']:,} decision errors")
        print(f"   {'figcheck (FC71x rules only)':34}{f['fc71_seconds']:>9.2f} s   (reading every figure still included)")
        py = statcheck_python()
        if py is None:
            print("   SKIP  statcheck could not be installed: no ratio")
            return 0
        try:
            sc = subprocess.run([py, __file__, "--worker", "statcheck", str(path)], capture_output=True, text=True,
                                timeout=args.timeout, cwd=tmp)
        except subprocess.TimeoutExpired:
            print(f"   statcheck 0.0.7 (Python port)     over {args.timeout:.0f} s: ratio under {f['seconds'] / args.timeout:.3f}")
            return 0
        if sc.returncode:
            print(f"statcheck failed: {sc.stderr[-1500:]}")
            return 1
        s = json.loads(sc.stdout)
        print(f"   {'statcheck 0.0.7 (Python port)':34}{s['seconds']:>9.2f} s   {s['results']:,} results, {s['errors']:,} errors, "
              f"{s['decision_errors']:,} decision errors")
    r = f["seconds"] / s["seconds"]
    print(f"   {'PASS' if r < 0.1 else 'WARN'}  figcheck (all rules) / statcheck time: {r:.3f} (target under 0.1), "
          f"{s['seconds'] / f['seconds']:.0f}x faster; {s['seconds'] / max(s['results'], 1) * 1000:.1f} ms a result for "
          f"the port, {f['seconds'] / max(f['results'], 1) * 1000:.2f} ms for figcheck")
    return 0


if __name__ == "__main__":
    sys.exit(main())
