"""Run in the project's venv: time figcheck's library call on one text file.

Usage: python _figcheck_worker.py TEXT_FILE [--until SECONDS] [--max-runs N]   (prints one JSON object)
Timed: read_document(path) + check_document(doc), the work `figcheck check` does before
rendering. Imports and a warm-up call on a short sentence are not timed. Runs again while
the runs so far total less than --until seconds (at most --max-runs) and reports the best.
"""

from __future__ import annotations

import argparse
import json
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--until", type=float, default=0.0)
    ap.add_argument("--max-runs", type=int, default=5)
    args = ap.parse_args()

    from checker import check_document
    from claims import read_document

    check_document(read_document("<warm-up>", text="404 out of 463 reports (85%) were recorded.", fmt="text"))
    runs: list[float] = []
    mentions = checks = 0
    while not runs or (sum(runs) < args.until and len(runs) < args.max_runs):
        t0 = time.perf_counter()
        result = check_document(read_document(args.path))
        runs.append(time.perf_counter() - t0)
        mentions, checks = len(result.mentions), len(result.checks)
    print(json.dumps({"seconds": min(runs), "runs": runs, "mentions": mentions, "checks": checks}))


if __name__ == "__main__":
    main()
