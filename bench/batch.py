"""figcheck batch on a generated corpus: --jobs 1 against --jobs 2, in one run.

    .venv/bin/python bench/batch.py                  2,000 documents, each --jobs run once
    .venv/bin/python bench/batch.py --repeat 3       best of three runs of each (a busy machine)
    .venv/bin/python bench/batch.py --docs 400       a first look
    .venv/bin/python bench/batch.py --help

The corpus is made once under bench/.scratch/batch_corpus (git-ignored) from bench/prose.py
with a seed a document: .txt, .md and .html of 1 to 6 KB of report prose, a few .docx
(python-docx, a figcheck dependency) and a few .pdf when reportlab is importable (the test
extra has it). Same seed, same corpus, on every machine.

Each run is the installed command, `figcheck batch CORPUS --out OUT --jobs N`, timed from
start to exit with a fresh OUT, so it counts everything a user waits for: walking the
folder, starting the workers, checking, writing each JSON and record, and rebuilding
summary.csv and checks.csv. The runs alternate (1, 2, 1, 2, ...) so a machine that gets busier
or quieter during the bench weighs on both alike; the best of each is taken. It prints
documents/s and MB/s for each, the ratio jobs 2 / jobs 1 (the issue wants at least 1.7 on a
two-core machine: it can only be reached on cores that are otherwise idle, so the load
average before and after is printed beside it), and the peak resident memory of a worker,
from the worker_rss_mb column of summary.csv (resource.getrusage in each worker).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import prose

BENCH = Path(__file__).resolve().parent
SCRATCH = BENCH / ".scratch"
FIGCHECK = str(Path(sys.executable).parent / "figcheck")
MB = 1_000_000


def say(line: str = "") -> None:
    print(line, flush=True)


def make_corpus(folder: Path, docs: int) -> tuple[int, int, dict[str, int]]:
    """The corpus (made once for a given size): its document count, bytes and formats."""
    stamp = folder / ".made"
    if not (stamp.is_file() and json.loads(stamp.read_text()).get("docs") == docs):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        pdf = _pdf_maker()
        for i in range(docs):
            rng = random.Random(i)
            text = prose.report_prose(rng.randint(1_000, 6_000), seed=1000 + i)
            sub = folder / f"batch{i // 250:02d}"
            sub.mkdir(exist_ok=True)
            if i % 100 == 50:
                _docx(sub / f"report{i:05d}.docx", text)
            elif i % 100 == 99 and pdf is not None:
                pdf(sub / f"report{i:05d}.pdf", text)
            elif i % 3 == 0:
                paras = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
                (sub / f"report{i:05d}.html").write_text(
                    f"<!DOCTYPE html><html><head><title>Report {i}</title></head><body><article>\n<h1>Report {i}</h1>\n"
                    f"{paras}</article></body></html>\n", encoding="utf-8")
            elif i % 3 == 1:
                (sub / f"report{i:05d}.md").write_text(f"# Report {i}\n\n{text}", encoding="utf-8")
            else:
                (sub / f"report{i:05d}.txt").write_text(text, encoding="utf-8")
        stamp.write_text(json.dumps({"docs": docs}))
    files = [p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")]
    formats: dict[str, int] = {}
    for p in files:
        formats[p.suffix] = formats.get(p.suffix, 0) + 1
    return len(files), sum(p.stat().st_size for p in files), formats


def _docx(path: Path, text: str) -> None:
    import docx

    d = docx.Document()
    for para in text.split("\n\n"):
        d.add_paragraph(para)
    d.save(str(path))


def _pdf_maker():  # type: ignore[no-untyped-def]
    try:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate
    except ImportError:
        return None

    def make(path: Path, text: str) -> None:
        style = getSampleStyleSheet()["BodyText"]
        SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(p, style) for p in text.split("\n\n")])

    return make


def run(corpus: Path, out: Path, jobs: int) -> tuple[float, list[dict[str, str]]]:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    proc = subprocess.run([FIGCHECK, "batch", str(corpus), "--out", str(out), "--jobs", str(jobs)],
                          capture_output=True, text=True)
    took = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        say(f"figcheck batch --jobs {jobs} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
        sys.exit(1)
    say(f"    {proc.stderr.strip().splitlines()[-1]}")
    with open(out / "summary.csv", encoding="utf-8", newline="") as f:
        return took, list(csv.DictReader(f))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2000)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each --jobs, best taken (default 1)")
    args = ap.parse_args()

    corpus = SCRATCH / "batch_corpus"
    t0 = time.perf_counter()
    count, size, formats = make_corpus(corpus, args.docs)
    say(f"corpus: {count:,} documents, {size / MB:.1f} MB ({', '.join(f'{n} {k}' for k, n in sorted(formats.items()))}), "
        f"made or found in {time.perf_counter() - t0:.1f} s")
    say(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before")

    best: dict[int, float] = {}
    rows: dict[int, list[dict[str, str]]] = {}
    for _ in range(args.repeat):
        for jobs in (1, 2):
            took, summary = run(corpus, SCRATCH / f"batch_out{jobs}", jobs)
            say(f"  --jobs {jobs}: {took:.1f} s")
            if jobs not in best or took < best[jobs]:
                best[jobs], rows[jobs] = took, summary
    say(f"load average {os.getloadavg()[0]:.2f} after")
    say()
    for jobs in (1, 2):
        failed = sum(1 for r in rows[jobs] if r["error"])
        say(f"--jobs {jobs}: {count / best[jobs]:7.1f} documents/s  {size / MB / best[jobs]:6.3f} MB/s  "
            f"({len(rows[jobs])} documents, {failed} failed, {sum(int(r['checks']) for r in rows[jobs]):,} checks)")
    ratio = best[1] / best[2]
    say(f"jobs 2 / jobs 1 throughput: {ratio:.2f}x  (target >= 1.7 on two otherwise idle cores)  "
        f"{'PASS' if ratio >= 1.7 else 'WARN'}")
    # what the machine gave: CPU-seconds the workers got per second of the run. On idle cores
    # this is near N at --jobs N; when other work holds the cores, the ratio above is capped by it
    cpu = {jobs: sum(float(r["cpu_seconds"]) for r in rows[jobs]) for jobs in (1, 2)}
    say(f"CPU the workers got: {cpu[1] / best[1]:.2f} CPU-s/s at --jobs 1, {cpu[2] / best[2]:.2f} at --jobs 2 "
        f"(2 possible); checking CPU at --jobs 2 / --jobs 1: {cpu[2] / cpu[1]:.2f} (1.0: no work added by running in parallel)")
    every = rows[1] + rows[2]
    text = [float(r["worker_rss_mb"]) for r in every if r["format"] in ("text", "markdown")]
    peak = max(float(r["worker_rss_mb"]) for r in every)
    say(f"peak worker memory: {peak:.1f} MB over all formats; {max(text):.1f} MB when a text or Markdown document "
        f"ended (getrusage's lifetime peak, so an upper bound for a worker checking text; target < 150 MB)  "
        f"{'PASS' if max(text) < 150 else 'WARN'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
