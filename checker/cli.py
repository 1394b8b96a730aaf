"""The command line: figcheck check | rules | serve | batch.

Exit status like a linter: 0 nothing inconsistent, 1 inconsistencies found, 2 the input or
the command was bad (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import sys

VERSION = "0.1.0"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="figcheck", description="Check the figures in a report or article.")
    p.add_argument("--version", action="version", version=f"figcheck {VERSION}")
    sub = p.add_subparsers(dest="command")
    c = sub.add_parser("check", help="check the figures in one or more documents")
    c.add_argument("files", nargs="+", help="documents (.txt, .md, .html, .docx, .pdf); '-' reads standard input")
    c.add_argument("--format", default="text", choices=["text", "json", "csv", "md", "html", "pdf"],
                   help="output format (pdf: an annotated copy of a PDF input, written to -o)")
    c.add_argument("--source", action="append", default=[], metavar="REPORT",
                   help="hold the figures against the report they quote (repeat for several reports)")
    c.add_argument("-o", "--output", help="write the report to this file")
    c.add_argument("--select", default="", help="comma-separated rule code prefixes to run (e.g. FC1,FC201)")
    c.add_argument("--ignore", default="", help="comma-separated rule code prefixes to skip")
    c.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    r = sub.add_parser("rules", help="list every rule with its code and documentation")
    r.add_argument("--select", default="")
    s = sub.add_parser("serve", help="a local web page and HTTP API for checking documents")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this computer only)")
    s.add_argument("--port", type=int, default=8000)
    b = sub.add_parser("batch", help="check every document under folders into DIR: a JSON each, summary.csv, checks.csv")
    b.add_argument("paths", nargs="+", metavar="PATH", help="documents or folders (walked recursively)")
    b.add_argument("--out", required=True, metavar="DIR", help="folder for the results")
    b.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes (default: the cores)")
    b.add_argument("--timeout", type=float, default=60, metavar="SECONDS", help="seconds one document may take (default 60; 0: no limit)")
    b.add_argument("--max-size", type=float, default=50, metavar="MB", help="MB over which a document is refused (default 50)")
    b.add_argument("--resume", action="store_true", help="skip documents already done (same bytes, same version)")
    b.add_argument("--scheduler", metavar="ADDRESS", help="tcp://HOST:PORT of a Dask scheduler to run on (figcheck[cluster])")
    return p


def _rules(select: str) -> int:
    from checker._api import _load_rules
    from checker._registry import selected

    _load_rules()
    for rule in selected(select.split(",")):
        print(f"{rule.code}  {rule.name}")
        for line in rule.doc.splitlines():
            print(f"    {line.strip()}" if line.strip() else "")
        print()
    return 0


def _check(args: argparse.Namespace) -> int:
    from checker import check_document
    from claims import InputError, read_document
    from reports import render_csv, render_html, render_json, render_markdown, render_text

    results = []
    status = 0
    sources = []
    for path in args.source:
        try:
            sources.append(read_document(path))
        except InputError as e:
            print(f"figcheck: source {e}", file=sys.stderr)
            return 2
    for path in args.files:
        try:
            doc = read_document(path)
            results.append(check_document(doc, args.select.split(","), args.ignore.split(","), sources))
        except InputError as e:
            print(f"figcheck: {e}", file=sys.stderr)
            status = 2
        except RecursionError:
            print(f"figcheck: {path}: too deeply nested to read", file=sys.stderr)
            status = 2
        except Exception as e:  # noqa: BLE001
            # whatever a hostile document provokes in a reader or a rule, it must cost one line,
            # not a traceback, and must not stop the documents after it
            reason = " ".join(str(e).split())[:120]
            print(f"figcheck: {path}: could not be checked ({type(e).__name__}{': ' + reason if reason else ''})", file=sys.stderr)
            status = 2
    if args.format == "pdf":
        return _annotate(args, results, status)
    if args.format == "json":
        out = render_json(results) if results else ""
    elif args.format in ("csv", "md", "html"):
        render = {"csv": render_csv, "md": render_markdown, "html": render_html}[args.format]
        out = render(results) if results else ""
    else:
        colour = args.color == "always" or (args.color == "auto" and not args.output and sys.stdout.isatty())
        out = render_text(results, colour=colour) if results else ""
    if out:
        if args.output:
            try:
                with open(args.output, "w", encoding="utf-8") as f:
                    f.write(out if out.endswith("\n") else out + "\n")
            except OSError as e:
                print(f"figcheck: {args.output}: cannot write ({e.strerror})", file=sys.stderr)
                return 2
        else:
            sys.stdout.write(out if out.endswith("\n") else out + "\n")
    if status:
        return status
    return 1 if any(r.inconsistent for r in results) else 0


def _annotate(args: argparse.Namespace, results: list, status: int) -> int:  # type: ignore[type-arg]
    """--format pdf: the input PDF with its figures highlighted, saved incrementally to -o."""
    from reports._pdf import annotate_pdf

    if not args.output or len(args.files) != 1:
        print("figcheck: --format pdf needs one PDF input and -o OUT.pdf", file=sys.stderr)
        return 2
    if not results:
        return status or 2
    try:
        count = annotate_pdf(results[0], args.output)
    except (ValueError, OSError) as e:
        print(f"figcheck: {args.files[0]}: cannot annotate ({e})", file=sys.stderr)
        return 2
    print(f"{args.output}: {count} figures highlighted", file=sys.stderr)
    return 1 if results[0].inconsistent else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules(args.select)
        if args.command == "serve":
            from checker._serve import serve

            return serve(args.host, args.port)
        if args.command == "batch":
            from checker._batch import main as batch

            return batch(args)
        _parser().print_help()
        return 2
    except KeyboardInterrupt:
        print("figcheck: interrupted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
