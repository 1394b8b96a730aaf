"""figcheck's benchmark: one command, ratios measured in the same run.

    .venv/bin/python bench/run.py            (or: make bench)
    .venv/bin/python bench/run.py --quick    smaller texts, for a first look
    .venv/bin/python bench/run.py --help

It measures (the issue's targets in brackets; see bench/README.md):
  1. figcheck on ~100 KB of generated report prose vs quantulum3 [<= 0.1x its time]
     and vs a bare regular-expression scan for numbers (the floor);
  2. figcheck's throughput in MB/s of prose on one core [about 1 MB/s];
  3. start-up, `figcheck --version` vs `python -c pass` [within 4x], and which heavy
     modules the CLI imports [none for --version or a text document];
  4. scaling on adversarial text, 1, 2, 4 and 8 copies [8x / 1x <= ~10].
No absolute timing is asserted: each target line says PASS or WARN, and the exit status is
0 unless --strict is given and something warned.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import prose

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SCRATCH = BENCH / ".scratch"
Q3_VENV = SCRATCH / "q3venv"
PY = sys.executable
FIGCHECK = str(Path(PY).parent / "figcheck")
HEAVY = ("pint", "sympy", "pdfplumber", "scipy", "numpy", "pandas")
MB = 1_000_000  # throughput in MB/s means 10^6 bytes of UTF-8 text a second

#: a bare scan for numbers: the least any extractor must do
NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")


@dataclass
class Verdicts:
    lines: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, status: str, target: str, measured: str) -> None:
        self.lines.append((status, target, measured))

    def warned(self) -> bool:
        return any(s == "WARN" for s, _, _ in self.lines)


def say(line: str = "") -> None:
    print(line, flush=True)


def ratio(x: float, y: float) -> str:
    if y <= 0:
        return "n/a"
    r = x / y
    return f"{r:.3g}x" if r < 1000 else f"{r:,.0f}x"


def secs(t: float) -> str:
    if t < 0.01:
        return f"{t * 1000:.2f} ms"
    if t < 1:
        return f"{t * 1000:.0f} ms"
    return f"{t:.2f} s"


# --- helpers that run things -----------------------------------------------------------------
def figcheck_time(path: Path, timeout: float, until: float = 0.3) -> dict[str, float] | None:
    """Best time of figcheck's library call on a file, in a subprocess; None on time-out."""
    cmd = [PY, str(BENCH / "_figcheck_worker.py"), str(path), "--until", str(until)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as e:
        raise SystemExit(f"bench: figcheck failed on {path.name}:\n{e.stderr[-2000:]}") from None
    data: dict[str, float] = json.loads(out.stdout)
    return data


def regex_time(text: str, until: float = 0.3) -> float:
    runs: list[float] = []
    while sum(runs) < until or len(runs) < 3:
        t0 = time.perf_counter()
        found = [m.group(0) for m in NUMBER.finditer(text)]
        runs.append(time.perf_counter() - t0)
        del found
    return min(runs)


def q3_python() -> tuple[str | None, str]:
    """The scratch venv's python with quantulum3 installed (installing it the first time)."""
    py = Q3_VENV / "bin" / "python"
    probe = [str(py), "-c", "import importlib.metadata as m; print(m.version('quantulum3'))"]
    if py.exists():
        r = subprocess.run(probe, capture_output=True, text=True)
        if r.returncode == 0:
            return str(py), r.stdout.strip()
    say(f"   installing quantulum3 into {Q3_VENV.relative_to(ROOT)} (first run only) ...")
    try:
        SCRATCH.mkdir(exist_ok=True)
        subprocess.run([PY, "-m", "venv", "--clear", str(Q3_VENV)], capture_output=True, text=True, check=True, timeout=120)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", "quantulum3"],
                       capture_output=True, text=True, check=True, timeout=600)
        r = subprocess.run(probe, capture_output=True, text=True, check=True)
        return str(py), r.stdout.strip()
    except subprocess.CalledProcessError as e:
        tail = (e.stderr or e.stdout or "").strip().splitlines()
        return None, tail[-1] if tail else f"exit status {e.returncode}"
    except (subprocess.TimeoutExpired, OSError) as e:
        return None, str(e)


def q3_time(py: str, path: Path, timeout: float) -> dict[str, float] | None:
    try:
        out = subprocess.run([py, str(BENCH / "_q3_worker.py"), str(path)], capture_output=True, text=True,
                             timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as e:
        say(f"   quantulum3 failed: {(e.stderr.strip().splitlines() or ['?'])[-1]}")
        return None
    data: dict[str, float] = json.loads(out.stdout)
    return data


def wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - t0


def imports_of(cmd: list[str]) -> tuple[set[str], float, list[tuple[str, float]]]:
    """What a command imports, by -X importtime: top-level package names, total ms, and the largest self-times (ms)."""
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    names: set[str] = set()
    total = 0.0
    selfs: list[tuple[str, float]] = []
    for line in r.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if not m:
            continue
        name = m.group(4)
        names.add(name.split(".")[0])
        selfs.append((name, int(m.group(1)) / 1000))
        if len(m.group(3)) == 1:  # imported at top level, not by another import
            total += int(m.group(2)) / 1000
    selfs.sort(key=lambda x: -x[1])
    return names, total, selfs[:3]


def git_state() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "claims", "checker", "reports"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return head + (" + uncommitted changes in claims/checker/reports" if dirty else "")


# --- the four measurements -------------------------------------------------------------------
def extraction(args: argparse.Namespace, tmp: Path, v: Verdicts) -> None:
    text = prose.report_prose(args.size * 1000)
    path = tmp / "prose.txt"
    path.write_text(text, encoding="utf-8")
    nbytes = len(text.encode("utf-8"))
    paragraphs = text.count("\n\n") + 1
    say(f"1-2. Report prose: {nbytes:,} bytes, {paragraphs} paragraphs, generated from a seed (bench/prose.py)")
    say(f"   {'':44}{'time':>10}{'MB/s':>9}{'vs regex':>11}   found")

    floor = regex_time(text)
    n_found = len(NUMBER.findall(text))
    say(f"   {'regex scan for numbers (the floor)':44}{secs(floor):>10}{nbytes / MB / floor:>9.2f}{'1x':>11}   "
        f"{n_found:,} numbers")

    fc = figcheck_time(path, timeout=args.timeout, until=1.0)
    if fc is None:
        say(f"   {'figcheck (read + extract + check)':44}{'> ' + secs(args.timeout):>10}   timed out")
        v.add("WARN", "figcheck throughput about 1 MB/s", f"over {args.timeout:.0f} s for {nbytes:,} bytes")
        fc_s = None
    else:
        fc_s = fc["seconds"]
        mbps = nbytes / MB / fc_s
        say(f"   {'figcheck (read + extract + check)':44}{secs(fc_s):>10}{mbps:>9.3f}{ratio(fc_s, floor):>11}   "
            f"{int(fc['mentions']):,} mentions, {int(fc['checks']):,} checks")
        v.add("PASS" if mbps >= 1.0 else "WARN", "figcheck throughput about 1 MB/s (one core)",
              f"{mbps:.3f} MB/s, {ratio(fc_s, floor)} the regex floor's time")

    if args.no_quantulum:
        say("   quantulum3: skipped (--no-quantulum)")
        v.add("SKIP", "figcheck <= 0.1x quantulum3's time", "skipped (--no-quantulum)")
        return
    py, version = q3_python()
    if py is None:
        say(f"   quantulum3: could not be installed ({version}); comparison skipped, the rest goes on")
        v.add("SKIP", "figcheck <= 0.1x quantulum3's time", "quantulum3 could not be installed")
        return
    q3 = q3_time(py, path, timeout=args.timeout)
    label = f"quantulum3 {version} (paragraph by paragraph)"
    if q3 is None:
        say(f"   {label:44}{'> ' + secs(args.timeout):>10}   timed out or failed")
        v.add("SKIP", "figcheck <= 0.1x quantulum3's time", "quantulum3 did not finish")
        return
    q3_s = q3["seconds"]
    say(f"   {label:44}{secs(q3_s):>10}{nbytes / MB / q3_s:>9.3f}{ratio(q3_s, floor):>11}   "
        f"{int(q3['quantities']):,} quantities")
    if fc_s is None:
        v.add("WARN", "figcheck <= 0.1x quantulum3's time", f"figcheck over {args.timeout:.0f} s, quantulum3 {secs(q3_s)}")
    else:
        r = fc_s / q3_s
        say(f"   figcheck / quantulum3 = {r:.3g}x   (quantulum3 import and warm-up, untimed: {secs(q3['import_and_warm_up'])})")
        v.add("PASS" if r <= 0.1 else "WARN", "figcheck <= 0.1x quantulum3's time", f"{r:.3g}x")


def startup(args: argparse.Namespace, tmp: Path, v: Verdicts) -> None:
    small = tmp / "small.txt"
    small.write_text(prose.report_prose(3000, seed=5), encoding="utf-8")
    small_md = tmp / "small.md"
    small_md.write_text("# Inspection\n\n" + prose.report_prose(3000, seed=6) + "\n| force | rate |\n|---|---|\n| A | 87.2% |\n",
                        encoding="utf-8")
    bare = [PY, "-c", "pass"]
    version = [FIGCHECK, "--version"]
    check = [FIGCHECK, "check", str(small), "--format", "json"]
    for cmd in (bare, version, check):  # warm the file cache and .pyc files
        wall(cmd)
    times: dict[str, list[float]] = {"bare": [], "version": [], "check": []}
    for _ in range(args.runs):
        times["bare"].append(wall(bare))
        times["version"].append(wall(version))
        times["check"].append(wall(check))
    med = {k: statistics.median(x) for k, x in times.items()}
    say(f"3. Start-up, median of {args.runs} runs (interleaved)")
    say(f"   {'python -c pass (same interpreter)':44}{secs(med['bare']):>10}{'1x':>9}")
    say(f"   {'figcheck --version':44}{secs(med['version']):>10}{ratio(med['version'], med['bare']):>9}")
    say(f"   {'figcheck check (3 KB text, JSON)':44}{secs(med['check']):>10}{ratio(med['check'], med['bare']):>9}")
    r = med["version"] / med["bare"]
    v.add("PASS" if r <= 4 else "WARN", "figcheck --version within 4x of python -c pass", f"{r:.2f}x")

    found: list[str] = []
    for label, cmd in (("figcheck --version", version), ("figcheck check FILE.txt", check),
                       ("figcheck check FILE.md", [FIGCHECK, "check", str(small_md), "--format", "json"])):
        names, total, top = imports_of(cmd)
        heavy = [h for h in HEAVY if h in names]
        slow = ", ".join(f"{n} {ms:.1f}" for n, ms in top)
        say(f"   {label:24} heavy: {', '.join(heavy) or 'none':8} imports {total:4.0f} ms, largest self-times (ms): {slow}")
        if heavy and label != "figcheck check FILE.md":
            found.append(f"{label}: {', '.join(heavy)}")
    v.add("WARN" if found else "PASS", "no pint/sympy/pdfplumber/scipy for --version or a text document",
          "; ".join(found) or "none imported")


def scaling(args: argparse.Namespace, tmp: Path, v: Verdicts) -> None:
    say(f"4. Scaling on adversarial text: 1, 2, 4, 8 copies of a {args.base} KB base. Each text is timed on a ladder of")
    say(f"   doubling sizes from 1 KB to {8 * args.base} KB within about {args.budget:.0f} s; the ratios come from the top four rungs.")
    say("   Where the ladder stopped short, the base is smaller ('at N KB') and ratios past it are extrapolated")
    say("   from the last doubling ('~') or, after a step that overran, lower bounds ('>').")
    say(f"   {'text':16}{'base':>8}{'1x':>10}{'2x/1x':>8}{'4x/1x':>8}{'8x/1x':>10}   last doubling")
    worst: list[str] = []
    for name in prose.ADVERSARIAL:
        sizes, times, bound = ladder(tmp, name, args.base * 1000, args.budget)
        if not times:
            say(f"   {name:16}{sizes[0] // 1000:>6}KB{'> ' + secs(args.budget):>10}   too slow to measure")
            worst.append(f"{name}: {sizes[0]} bytes over {args.budget:.0f} s")
            continue
        first = max(len(times) - 4, 0)
        base, times = sizes[first], times[first:]
        t0 = times[0]
        growth = max(times[-1] / times[-2], 1.0) if len(times) >= 2 else 0.0
        cells: list[str] = []
        last = 0.0
        for k in (1, 2, 3):
            if k < len(times):
                last = times[k] / t0
                cells.append(f"{last:.2f}" if last < 100 else num(last))
            elif bound is not None:
                last = bound / t0 * 2 ** (k - len(times))  # at least linear past the step that overran
                cells.append(">" + num(last))
            elif growth:
                last = times[-1] / t0 * growth ** (k - len(times) + 1)
                cells.append("~" + num(last))
            else:
                cells.append("-")
        if growth:
            expo = math.log2(growth)
            kind = "linear" if expo < 1.25 else "quadratic" if expo < 2.4 else "cubic or worse"
            trend = f"x{growth:.2f} (n^{expo:.2f}, {kind})"
        else:
            trend = "only 1x measured"
        say(f"   {name:16}{kb(base):>8}{secs(t0):>10}{cells[0]:>8}{cells[1]:>8}{cells[2]:>10}   {trend}")
        small = f" at {kb(base)}" if base < args.base * 1000 else ""
        if cells[2] == "-":
            worst.append(f"{name}: only 1x measured{small}")
        elif last > 10 or small:
            worst.append(f"{name} {cells[2]}{small}")
    v.add("WARN" if worst else "PASS", "8x / 1x <= ~10 on adversarial text", "; ".join(worst) or "all within")


def num(x: float) -> str:
    return f"{x:.3g}" if x < 1000 else f"{x:,.0f}"


def kb(size: int) -> str:
    return f"{size / 1000:.3g}KB"


def ladder(tmp: Path, name: str, base: int, budget: float) -> tuple[list[int], list[float], float | None]:
    """Times on doubling sizes up to 8 x base within the budget: (sizes, times, time-out of a step that overran).

    Each next step is predicted from the last doubling (at least x2); one that would overrun
    the budget is not started.
    """
    sizes = [base * 8]
    while sizes[0] > 1000:
        sizes.insert(0, sizes[0] // 2)
    started = time.perf_counter()
    times: list[float] = []
    for size in sizes:
        left = budget - (time.perf_counter() - started)
        if times:
            step = times[-1] / times[-2] if len(times) >= 2 and times[-1] > 0.02 else 2.0
            if times[-1] * max(step, 2.0) > left:
                break
        limit = max(left, 1.0)
        t = run_size(tmp, name, size, limit)
        if t is None:
            return sizes, times, limit
        times.append(t)
    return sizes, times, None


def run_size(tmp: Path, name: str, size: int, timeout: float) -> float | None:
    path = tmp / f"adv-{size}.txt"
    path.write_text(prose.adversarial(name, size), encoding="utf-8")
    got = figcheck_time(path, timeout=timeout + 2)  # + the worker's own start-up
    if got is None or got["seconds"] > timeout:
        return None
    return got["seconds"]


def main() -> int:
    ap = argparse.ArgumentParser(description="figcheck benchmark: prints ratios measured in this run.")
    ap.add_argument("--size", type=int, default=100, help="KB of report prose for sections 1-2 (default 100)")
    ap.add_argument("--base", type=int, default=128, help="KB of adversarial text for 1 copy in section 4 (default 128)")
    ap.add_argument("--budget", type=float, default=15.0, help="seconds at most per adversarial text (default 15)")
    ap.add_argument("--timeout", type=float, default=90.0, help="seconds at most for one run on the prose (default 90)")
    ap.add_argument("--runs", type=int, default=9, help="runs for each start-up median (default 9)")
    ap.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 comparison")
    ap.add_argument("--quick", action="store_true", help="small sizes: --size 20 --base 16 --budget 5 --runs 5")
    ap.add_argument("--strict", action="store_true", help="exit 1 if any target warned")
    args = ap.parse_args()
    if args.quick:
        args.size, args.base, args.budget, args.runs = 20, 16, 5.0, 5
    if not Path(FIGCHECK).exists():
        raise SystemExit(f"bench: {FIGCHECK} not found; run `make install` first")

    started = time.perf_counter()
    say(f"figcheck bench: {git_state()}; Python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    v = Verdicts()
    with tempfile.TemporaryDirectory(prefix="figcheck-bench-") as d:
        tmp = Path(d)
        extraction(args, tmp, v)
        say()
        startup(args, tmp, v)
        say()
        scaling(args, tmp, v)
    say()
    say(f"Targets (measured in this run, {time.perf_counter() - started:.0f} s):")
    for status, target, measured in v.lines:
        say(f"   {status:4}  {target:62} {measured}")
    return 1 if args.strict and v.warned() else 0


if __name__ == "__main__":
    sys.exit(main())
