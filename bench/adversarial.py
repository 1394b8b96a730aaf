"""Linear time on hostile text: 1, 2, 4 and 8 MB of each adversarial text, timed in one run.

    .venv/bin/python bench/adversarial.py              (about 5 minutes on 2 busy cores)
    .venv/bin/python bench/adversarial.py --quick      1/8 of every size, for a first look
    .venv/bin/python bench/adversarial.py --only pct,sentences

Three sections, each printing the time at every size as a ratio to the smallest, and the
largest over the smallest (8 MB / 1 MB), which must be at most 10 (8 is linear, 64 would
be quadratic):

1. Reading and extraction, ``read_document`` + ``claims.extract`` + sentence splitting, on
   1, 2, 4 and 8 MB: where the tokeniser and the number grammar meet the hostile input.
2. The whole check, ``check_document`` (every rule), on 1/32 of those sizes (32 KB to 256 KB):
   the rules read only windows around figures, so this is linear too, but at about
   70 s a megabyte for text dense with figures, 8 MB would take ten minutes a text.
3. Every regular expression in claims/ and checker/, ``match`` and ``fullmatch`` from the
   start of 32 KB and 256 KB of repeated pieces ("1,", " ", "a ", "-", ...), the way the
   code applies them to a gap or window of unbounded length. A pattern that can retry
   every split of a run (``^\\s*,?\\s*...$`` on spaces) shows a ratio near 64.

Each measurement runs in a fresh process (so one text's memory does not weigh on the next)
and also reports that process's peak resident memory. No absolute time is judged.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MB = 1 << 20
LIMIT = 10.0  # the bound on 8 MB / 1 MB


def _repeat(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def _prose_line(size: int) -> str:
    words = ("Of the 463 reports 404 were recorded or 87.3 per cent and about 12.8% went unrecorded "
             "while spending rose from £3.2m to £4.1m a rise of 28% across 14 forces and 2,316 officers ")
    return _repeat(words, size)


def _nested_markdown(size: int) -> str:
    block = "> " * 500 + "12 of 40 (30%)\n" + "".join("  " * i + "- 5%\n" for i in range(0, 200, 2)) + "\n"
    return _repeat(block, size)


#: name -> (what it is, file suffix, generator of ``size`` characters)
TEXTS = {
    "commas": ("1,1,1,... one run of digits and commas", ".txt", lambda n: _repeat("1,", n)),
    "dots": ("1.1.1.... one run of digits and full stops", ".txt", lambda n: _repeat("1.", n)),
    "mixed-seps": ("1,1.1 1,1.1 ... separators of both kinds in short runs", ".txt", lambda n: _repeat("1,1.1 1 000,5 ", n)),
    "long-numbers": ("10,000-digit numbers, one after another", ".txt", lambda n: _repeat("9" * 10_000 + " ", n)),
    "long-line": ("report prose on one line, no full stop", ".txt", _prose_line),
    "pct": ("percent signs alone, %%%%", ".txt", lambda n: _repeat("%", n)),
    "pct-figures": ("5% 5% 5% ... a figure every three bytes", ".txt", lambda n: _repeat("5% ", n)),
    "sentences": ("It rose 5%. It rose 5%. ... many sentences with figures", ".txt", lambda n: _repeat("It rose 5%. ", n)),
    "nesting": ("Markdown quotes 500 deep and nested lists", ".md", _nested_markdown),
}

WORKER = r"""
import json, resource, sys, time
from claims import extract, read_document, split_sentences
from checker import check_document
path, stage, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
check_document(read_document("<warm-up>", text="404 out of 463 reports (85%) were recorded.", fmt="text"))
best, found = float("inf"), 0
for _ in range(repeats):
    t = time.perf_counter()
    doc = read_document(path)
    if stage == "extract":
        found = len(extract(doc.text, doc.skip))
        split_sentences(doc)
    else:
        found = len(check_document(doc).checks)
    best = min(best, time.perf_counter() - t)
print(json.dumps({"seconds": best, "found": found, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(path: Path, stage: str, repeats: int, timeout: float) -> dict[str, float] | None:
    try:
        proc = subprocess.run([sys.executable, "-c", WORKER, str(path), stage, str(repeats)], capture_output=True,
                              text=True, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        print(f"    worker failed: {proc.stderr.strip().splitlines()[-1:]}", flush=True)
        return None
    result: dict[str, float] = json.loads(proc.stdout)
    return result


def _size(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n // 1024} KB"


def ladder(name: str, stage: str, sizes: list[int], tmp: Path, timeout: float) -> float | None:
    """Time one text at each size; print a line and return the largest / smallest ratio."""
    _, suffix, make = TEXTS[name]
    times: list[float] = []
    rss: list[float] = []
    for size in sizes:
        path = tmp / f"{name}{suffix}"
        path.write_text(make(size), encoding="utf-8")
        # the best of three where a run is short (under a second at the size before), where
        # a busy machine's noise would otherwise decide the ratio
        short = not times or times[-1] * 2 < 1.0
        got = measure(path, stage, 3 if short else 1, timeout)
        if got is None:
            print(f"  {name:<13} stopped at {_size(size)} (over {timeout:.0f} s or failed)", flush=True)
            return None
        times.append(got["seconds"])
        rss.append(got["rss_mb"])
    ratios = "  ".join(f"{s / sizes[0]:g}x: {t / times[0]:5.2f}" for s, t in zip(sizes, times, strict=True))
    top = times[-1] / times[0]
    flag = "ok" if top <= LIMIT else "OVER"
    print(f"  {name:<13} {ratios}   {sizes[-1] // sizes[0]}x/1x = {top:5.2f} {flag}   "
          f"({times[0]:.2f} s at {_size(sizes[0])}; peak {rss[0]:.0f} -> {rss[-1]:.0f} MB)", flush=True)
    return top


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern held at module level in claims/ and checker/."""
    sys.path.insert(0, str(ROOT))
    import checker
    import claims

    found: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    for pkg in (claims, checker):
        for info in pkgutil.iter_modules(pkg.__path__):
            mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
            for key, value in vars(mod).items():
                items = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else [value]
                for k, item in enumerate(items):
                    for p in item if isinstance(item, tuple) else (item,):
                        if isinstance(p, re.Pattern) and (p.pattern, p.flags) not in seen:
                            seen.add((p.pattern, p.flags))
                            found[f"{mod.__name__}.{key}" + ("" if p is value else f"[{k}]")] = p
    return sorted(found.items())


PIECES = ["1,", "1.", "1", " ", "\n", "a ", "a", "-", "1-", "%", "per ", "a1", "1, ", "the ", "'", "|", "£1", "1 000 ", "a-", ". "]


def regex_audit(small: int, large: int) -> int:
    """match and fullmatch of every pattern on every piece repeated; the worst ratio each."""
    worst: list[tuple[float, str, str, float]] = []
    for name, p in patterns():
        top = (0.0, "", 0.0)
        for piece in PIECES:
            for tail in ("", "!"):
                texts = [_repeat(piece, size) + tail for size in (small, large)]
                ts = [float("inf"), float("inf")]
                # the best of five, the two sizes interleaved so that a burst of load elsewhere
                # weighs on both alike
                for _ in range(5):
                    for k, s in enumerate(texts):
                        t = time.perf_counter()
                        p.match(s)
                        p.fullmatch(s)
                        ts[k] = min(ts[k], time.perf_counter() - t)
                # a ratio of times under 5 ms says more about the machine than the pattern
                if ts[1] > 0.005 and ts[1] / max(ts[0], 1e-6) > top[0]:
                    top = (ts[1] / max(ts[0], 1e-6), piece + tail, ts[1])
        worst.append((top[0], name, top[1], top[2]))
    worst.sort(reverse=True)
    over = [w for w in worst if w[0] > LIMIT * large / small / 8]
    print(f"  {len(worst)} patterns; the five slowest to grow ({large // small}x the input, linear = {large // small}x):")
    for r, name, piece, t in worst[:5]:
        print(f"    {r:6.1f}x  {name:<45} on {piece!r} repeated ({t * 1000:.1f} ms at {large // 1024} KB)")
    print(f"  over the bound: {', '.join(w[1] for w in over) or 'none'}")
    return len(over)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="every size divided by 8")
    ap.add_argument("--only", default="", help="comma-separated text names (default: all)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds at most for one measurement")
    ap.add_argument("--skip-check", action="store_true", help="leave out section 2 (the whole check)")
    ap.add_argument("--regex-only", action="store_true", help="only section 3 (the regular expressions)")
    args = ap.parse_args()
    names = [n for n in TEXTS if not args.only or n in args.only.split(",")]
    unit = MB // 8 if args.quick else MB
    started = time.perf_counter()
    over = 0
    for name in names:
        print(f"  {name:<13} {TEXTS[name][0]}")
    tops: list[float | None] = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if args.regex_only:
            names = []
        if names:
            print(f"\n1. Reading and extraction, {unit / MB:g} to {8 * unit / MB:g} MB (time / time at the smallest):", flush=True)
        tops += [ladder(n, "extract", [unit, 2 * unit, 4 * unit, 8 * unit], tmp, args.timeout) for n in names]
        over += sum(1 for t in tops if t is None or t > LIMIT)
        if not args.skip_check and names:
            small = unit // 32
            print(f"\n2. The whole check, {small // 1024} KB to {8 * small // 1024} KB:", flush=True)
            tops2 = [ladder(n, "check", [small, 2 * small, 4 * small, 8 * small], tmp, args.timeout) for n in names]
            over += sum(1 for t in tops2 if t is None or t > LIMIT)
            tops += tops2
    print("\n3. Regular expressions, match and fullmatch from the start:", flush=True)
    over += regex_audit(32 * 1024 // (8 if args.quick else 1), 256 * 1024 // (8 if args.quick else 1))
    done = [t for t in tops if t is not None] or [0.0]
    print(f"\nWorst 8x/1x of the texts: {max(done):.2f} (median {statistics.median(done):.2f}); bound {LIMIT:g}: "
          f"{'PASS' if not over else f'WARN ({over} over)'}; {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
