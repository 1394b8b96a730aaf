"""Coverage-guided fuzzing of the extractor, the readers and the checker with atheris.

    make fuzz                                   (= the line below, 120 s)
    .venv/bin/python bench/fuzz.py -max_total_time=120 bench/.scratch/fuzz_corpus
    .venv/bin/python bench/fuzz.py CRASH_FILE   replays one input found

Needs the ``fuzz`` extra (``pip install -e '.[fuzz]'``: atheris). Arguments are libFuzzer's.
The first byte of each input picks what is fuzzed:

- 0: ``claims.extract`` on the rest as Unicode text; every mention must lie inside the
  text and slice back to its own text, in order;
- 1: ``claims.read_document`` on the rest written raw to a temporary file, once under each
  name a reader keys on (.txt, .md, .html, .docx, .pdf), so every sniffing path sees it; the
  only exception allowed is ``InputError`` (the one-line message the CLI prints);
- 2: the whole pipeline, ``checker.check_document``, on the text, with every check's
  mentions among the document's and its verdict one of the four.

Anything else raised is a crash: libFuzzer writes the input to crash-* in the working
directory, and it belongs in tests/test_bad_input.py under "bugs caught by fuzzing".
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

# figcheck's own modules only, the lazily imported readers and rules among them; the
# libraries they call (lxml, pypdfium2, markdown-it) are exercised but not instrumented
with atheris.instrument_imports(include=["claims", "checker"]):
    import claims._docx
    import claims._html
    import claims._pdf  # noqa: F401
    from checker import check_document
    from checker._api import _load_rules
    from claims import Document, InputError, extract, read_document

    _load_rules()

SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")
VERDICTS = frozenset({"verified", "rounded", "inconsistent", "unverifiable"})
SCRATCH = Path(tempfile.mkdtemp(prefix="figcheck-fuzz-"))
ROOT = Path(__file__).resolve().parent.parent


def _offsets(text: str, mentions: object) -> None:
    last = -1
    for m in mentions:  # type: ignore[attr-defined]
        if not (0 <= m.start < m.end <= len(text)) or text[m.start:m.end] != m.text:
            raise AssertionError(f"mention {m.id} {m.text!r} at {m.start}:{m.end} does not slice back")
        if m.start < last:
            raise AssertionError(f"mention {m.id} out of order")
        last = m.start


def one_input(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 3, data[1:]
    if mode == 0:
        text = atheris.FuzzedDataProvider(rest).ConsumeUnicodeNoSurrogates(len(rest))
        _offsets(text, extract(text))
    elif mode == 1:
        for suffix in SUFFIXES:
            path = SCRATCH / f"input{suffix}"
            path.write_bytes(rest)
            try:
                doc = read_document(str(path))
            except InputError as e:
                if "\n" in str(e):
                    raise AssertionError(f"an error of more than one line: {e!r}") from None
                continue
            except RecursionError:  # the CLI reports it in one line ('too deeply nested to read')
                continue
            if doc.skip and max(b for _, b in doc.skip) > len(doc.text) + 1:
                raise AssertionError("a skipped range past the end of the text")
    else:
        text = atheris.FuzzedDataProvider(rest).ConsumeUnicodeNoSurrogates(len(rest))
        result = check_document(Document(source="fuzz", format="text", text=text))
        _offsets(text, result.mentions)
        ids = {m.id for m in result.mentions}
        for c in result.checks:
            if c.verdict not in VERDICTS or not set(c.mentions) <= ids:
                raise AssertionError(f"a malformed check: {c!r}")


def seed(corpus: Path) -> None:
    """Start the corpus from the examples and test documents, once in each mode."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    sources = [*sorted((ROOT / "examples").glob("*")), *sorted((ROOT / "tests" / "data" / "unseen").glob("*"))]
    extra = [b"Of the 96 reports, 83 were recorded (86.5%).", b"1,1,1,1.1.1 12-14% p < .001, t(28) = 2.20",
             b"%PDF-1.4\n%\xe2\xe3\n", b"PK\x03\x04", b"<!DOCTYPE html><p>12 of 40 (30%)</p>"]
    for k, blob in enumerate([p.read_bytes()[:4000] for p in sources if p.is_file()] + extra):
        for mode in range(3):
            (corpus / f"seed-{k}-{mode}").write_bytes(bytes([mode]) + blob)


def main() -> None:
    dirs = [a for a in sys.argv[1:] if not a.startswith("-") and os.path.isdir(a)]
    for d in dirs:
        seed(Path(d))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
