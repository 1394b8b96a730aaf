"""Why did --source miss a labelled relation? A development aid, not a benchmark.

    .venv/bin/python bench/pair_misses.py tests/data/pairs_heldout [--all] [--only ID ...]

For each gold relation of each pair in the folder (a gold/ folder as ../shared/eval/score.py
reads it) that figcheck gets wrong, prints the article sentence, how the matcher reads the
target figure (family, period, polarity, change, target, scope, its measure words) and the
source figures it was read against, best first, with the words shared and missing and the
verdict each reading gives. With --all, every relation, not only the missed ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))


def main() -> None:
    from score import resolve  # ../shared/eval/score.py

    from checker import check_document
    from checker._sources import _Matcher, _side
    from claims import read_document

    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--top", type=int, default=5)
    args = ap.parse_args()
    for gold_path in sorted((args.folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        if "source" not in gold:
            continue
        doc = read_document(str(args.folder / gold["document"]))
        src = read_document(str(args.folder / gold["source"]))
        result = check_document(doc, sources=[src])
        a_text, s_text = doc.text, src.text
        ids: dict[tuple[str, int], str] = {}
        for m in result.mentions:
            ids[("s" if m.id.startswith("s") else "a", m.start)] = m.id
        by_target: dict[str, list] = {}
        for c in result.checks:
            by_target.setdefault(c.relation.target, []).append(c)
        # the matcher again, to show its readings
        from checker._analysis import Analysis
        from checker._sources import prepare_source
        from claims import extract

        an = Analysis(doc, extract(doc.text, doc.skip))
        an.sources = [prepare_source(src, 1)]
        matcher = _Matcher(an, an.sources)
        for rel in gold["relations"]:
            if args.only and rel["id"] not in args.only:
                continue
            want = rel["verdict"] if isinstance(rel["verdict"], list) else [rel["verdict"]]
            t0, _ = resolve(rel["target"], a_text)
            tid = ids.get(("a", t0))
            # as the scorer counts: a check covering the target and another of the relation's figures
            gold_ids = set()
            for r in rel["mentions"]:
                side, ref = ("s", r[4:]) if r.startswith("src:") else ("a", r)
                gold_ids.add(ids.get((side, resolve(ref, s_text if side == "s" else a_text)[0]), "?"))
            got = [c.verdict for c in result.checks if tid in c.mentions
                   and (len(rel["mentions"]) == 1 or len(gold_ids & set(c.mentions)) >= 2)]
            ok = bool(set(got) & set(want)) if "inconsistent" in want else any(v in ("verified", "rounded") for v in got)
            if "unverifiable" in want:
                ok = "inconsistent" not in got
            if ok and not args.all:
                continue
            print(f"\n=== {gold['document']} {rel['id']} ({rel['kind']}): want {want}, got {got or 'nothing'}")
            print(f"    note: {rel.get('note', '')}")
            if tid is None:
                print(f"    target {rel['target']!r} is not a mention (extraction)")
                continue
            h_m = an.by_id[tid]
            print(f"    article: {' '.join(an.sentence_text(an.sentence_of[tid]).split())}")
            for c in by_target.get(tid, []):
                print(f"    check {c.rule} {c.verdict}: {c.explanation[:200]}")
            h = _side(an, h_m)
            if h is None:
                print(f"    no side (kind {h_m.kind})")
                continue
            words = " ".join(f"{w}:{v}" for w, v in sorted(h.words.items(), key=lambda kv: -kv[1]))
            print(f"    side: {h.family} value={float(h.value):g} period={h.period!r} neg={h.negated} change={h.change} "
                  f"target={h.target} outside={h.outside} scope={h.scope}\n    words: {words}")
            wanted_src = {resolve(r[4:], s_text)[0] for r in rel["mentions"] if r.startswith("src:")}
            readings = [q for q in (matcher.read(h, s, x) for s, x in matcher.candidates(h)) if q is not None]
            seen = {q.x.mention.start for q in readings}
            for start in wanted_src - seen:
                x = next((x for xs in an.sources[0].sides.values() for x in xs if x.mention.start == start), None)
                why = "no side" if x is None else "not a candidate" if all(x is not xx for _, xx in matcher.candidates(h)) else "read() refused"
                print(f"    gold source figure at {start} ({s_text[start:start + 20]!r}): {why}"
                      + (f" [{x.family} period={x.period!r} neg={x.negated} change={x.change} target={x.target} outside={x.outside}]" if x else ""))
            for q in sorted(readings, key=lambda q: -q.similarity)[:args.top]:
                x = q.x
                mark = "*" if x.mention.start in wanted_src else " "
                sa = q.source.analysis
                sent = " ".join(sa.sentence_text(sa.sentence_of[x.mention.id]).split())
                print(f"   {mark} {x.mention.text!r} sh={q.shared:.2f} miss={q.missing:.2f} sim={q.similarity:.2f} {q.verdict}"
                      f"{' compl' if q.complement else ''}{' flip' if q.flipped else ''} per={q.per} | {sent[:150]}")


if __name__ == "__main__":
    main()
