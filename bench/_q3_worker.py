"""Run inside the scratch virtual environment: time quantulum3 on a text, paragraph by paragraph.

Usage: python _q3_worker.py TEXT_FILE   (prints one JSON object)
quantulum3 is superlinear on one long string, so it is fed one paragraph at a time, as
anyone using it on a long report would. Import and a first warm-up call are not timed.
"""

from __future__ import annotations

import json
import sys
import time
import warnings


def main(path: str) -> None:
    warnings.filterwarnings("ignore")  # 'classifier dependencies not installed': the plain install is used
    t0 = time.perf_counter()
    from quantulum3 import parser  # type: ignore[import-not-found]

    parser.parse("About 87 per cent of 463 reports were recorded, up 2.5% on 2019.")
    warm = time.perf_counter() - t0
    with open(path, encoding="utf-8") as f:
        text = f.read()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    found = 0
    t1 = time.perf_counter()
    for p in paragraphs:
        found += len(parser.parse(p))
    seconds = time.perf_counter() - t1
    print(json.dumps({"seconds": seconds, "import_and_warm_up": warm, "quantities": found, "paragraphs": len(paragraphs)}))


if __name__ == "__main__":
    main(sys.argv[1])
