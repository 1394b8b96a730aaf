"""figcheck serve: a local web page and an HTTP API over the same checks as the command.

A small ASGI app (Starlette, served by uvicorn; both imported only by this module, so the
command starts as fast without them). The page posts a pasted text or an uploaded file,
with, optionally, the source report it quotes (as `figcheck check --source`),
shows upload progress and then each stage as the server reaches it (POST /api/view answers
one JSON line a stage), and embeds the
report of `--format html` itself, unchanged, in a sandboxed frame, with downloads of the
JSON contract, the CSV and (for a PDF) the annotated PDF.

Safe by default, because the page is meant for documents from anywhere:

- the request body is counted as it arrives and refused past MAX_UPLOAD (413), so a large
  or endless upload costs no more than the limit;
- what a file is comes from its first bytes (%PDF, a zip, else text as claims.decode
  reads it; a binary is refused with 415), never from its name, which is only a label;
- each upload is copied into a fresh TemporaryDirectory under a fixed name and deleted
  with it when the response is made: nothing the client sends names a path;
- the page, the report and every error carry a Content-Security-Policy that allows only
  the page's own script and style by hash (default-src 'none', no inline handlers, no
  third-party assets, frame-ancestors 'none') and X-Content-Type-Options: nosniff; the
  report escapes every piece of document text (reports/_html.py);
- checks run in Starlette's thread pool, so the server keeps answering while one runs.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

__all__ = ["MAX_UPLOAD", "create_app", "serve"]

#: the largest request body accepted (a 20 MB PDF is a long inspection report)
MAX_UPLOAD = 20 * 1024 * 1024

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header,main{max-width:56rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.4rem;margin:.8rem 0 .2rem}
form{display:grid;gap:.4rem;background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:1rem}
textarea{width:100%;box-sizing:border-box;font:inherit;min-height:8rem}
label{font-weight:600;margin-top:.4rem}
input[type=file]{max-width:100%}
button{justify-self:start;font:inherit;padding:.4rem 1.2rem;margin-top:.6rem;border-radius:.3rem;border:1px solid #333;background:#1d1d1f;color:#fff;cursor:pointer}
button:disabled{opacity:.5}
:focus-visible{outline:3px solid #0a64d8;outline-offset:2px}
.hint{color:#555;margin:0;font-size:.9rem}
#status{min-height:1.6rem;margin:.6rem 0}
progress{width:12rem;vertical-align:middle;margin-right:.6rem}
#downloads a{margin-right:1rem}
.error{color:#a00;font-weight:600}
iframe{width:100%;height:75vh;border:1px solid #ddd;border-radius:.4rem;background:#fff}
@media (max-width:40rem){body{font-size:15px}form{padding:.6rem}iframe{height:80vh}}
"""

_SCRIPT = """
(function(){
var form=document.getElementById('check'),bar=document.getElementById('progress'),
    msg=document.getElementById('message'),out=document.getElementById('result'),
    frame=document.getElementById('report'),summary=document.getElementById('summary'),
    downloads=document.getElementById('downloads'),title=document.getElementById('result-title'),
    button=form.querySelector('button'),urls=[];
function say(text,error){msg.textContent=text;msg.className=error?'error':'';}
function offer(label,data,type,name){
  var url=URL.createObjectURL(new Blob([data],{type:type}));urls.push(url);
  var a=document.createElement('a');a.href=url;a.download=name;a.textContent=label;downloads.appendChild(a);}
function show(r){
  urls.forEach(function(u){URL.revokeObjectURL(u);});urls=[];downloads.textContent='';
  summary.textContent=r.label+': '+r.summary;
  frame.srcdoc=r.html;
  offer('Download JSON',JSON.stringify(r.result,null,1),'application/json',r.stem+'.figcheck.json');
  offer('Download CSV',r.csv,'text/csv',r.stem+'.figcheck.csv');
  if(r.pdf){var bin=atob(r.pdf),bytes=new Uint8Array(bin.length);
    for(var i=0;i<bin.length;i++){bytes[i]=bin.charCodeAt(i);}
    offer('Download annotated PDF',bytes,'application/pdf',r.stem+'.figcheck.pdf');}
  out.hidden=false;title.focus();}
form.addEventListener('submit',function(e){
  e.preventDefault();
  var xhr=new XMLHttpRequest(),started=Date.now(),clock=null,stage='Uploading',seen=0,done=null,failed=null;
  function tick(){say(stage+'\u2026 '+Math.round((Date.now()-started)/1000)+' s');}
  function hear(m){
    if(m.error){failed=m.error;return;}
    if(m.stage==='checking'){stage=m.pages?'Checking the figures of '+m.pages+' pages':'Checking the figures';bar.value=40;}
    else if(m.stage==='rendering'){stage=m.annotating?'Drawing the report and the annotated PDF':'Drawing the report';bar.value=80;}
    else if(m.stage==='done'){done=m;bar.value=100;}
    tick();}
  function lines(){  // the answer comes one JSON line a stage
    var text=xhr.responseText,end;
    while((end=text.indexOf('\\n',seen))>=0){var one=text.slice(seen,end);seen=end+1;if(one){hear(JSON.parse(one));}}}
  xhr.open('POST','/api/view');
  bar.hidden=false;bar.max=100;bar.value=0;button.disabled=true;say('Uploading\u2026');
  xhr.upload.addEventListener('progress',function(ev){
    if(ev.lengthComputable){bar.value=Math.round(30*ev.loaded/ev.total);say('Uploading\u2026 '+Math.round(100*ev.loaded/ev.total)+'%');}});
  xhr.upload.addEventListener('load',function(){stage='Reading the document';bar.value=30;tick();clock=setInterval(tick,1000);});
  xhr.addEventListener('progress',function(){if(xhr.status===200){lines();}});
  xhr.addEventListener('loadend',function(){
    clearInterval(clock);bar.hidden=true;button.disabled=false;
    if(xhr.status===200){lines();}
    else{try{failed=JSON.parse(xhr.responseText).error;}catch(err){failed='The server did not answer (status '+xhr.status+').';}}
    if(failed||!done){say(failed||'The check stopped before it finished.',true);return;}
    say('Checked in '+((Date.now()-started)/1000).toFixed(1)+' s.');show(done);});
  xhr.send(new FormData(form));});
})();
"""

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>figcheck</title><style>{style}</style></head><body>
<header><h1>figcheck</h1>
<p class="hint">Paste an article or choose a report: every figure in it is recomputed and marked verified,
rounded or inconsistent, with its working. Nothing leaves this computer.</p></header>
<main>
<form id="check" action="/check" method="post" enctype="multipart/form-data">
<label for="text">Paste the text</label>
<textarea id="text" name="text" rows="8"></textarea>
<label for="file">or choose a file</label>
<input id="file" name="file" type="file" accept=".pdf,.docx,.html,.htm,.md,.markdown,.txt,text/plain,text/html,application/pdf">
<p class="hint">PDF, Word (.docx), a saved web page, Markdown or text, up to {limit} MB.</p>
<label for="source">Source report (optional)</label>
<input id="source" name="source" type="file" accept=".pdf,.docx,.html,.htm,.md,.markdown,.txt">
<p class="hint">The report an article quotes, to check the article's figures against it.</p>
<button type="submit">Check the figures</button>
</form>
<div id="status" role="status" aria-live="polite"><progress id="progress" max="100" hidden></progress><span id="message"></span></div>
<section id="result" hidden>
<h2 id="result-title" tabindex="-1">The document, checked</h2>
<p id="summary"></p>
<p id="downloads"></p>
<iframe id="report" title="The document with every checked figure marked" sandbox="allow-scripts"></iframe>
</section>
</main><script>{script}</script></body></html>
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _policy() -> str:
    """One policy for every response: the page's own script and style, and the report's.

    The report is shown in a srcdoc frame, which inherits this policy, so its script and
    style must be allowed here too (its own meta policy applies as well).
    """
    from reports._html import SCRIPT_HASH, STYLE_HASH

    return (f"default-src 'none'; script-src {_hash(_SCRIPT)} {SCRIPT_HASH}; style-src {_hash(_STYLE)} {STYLE_HASH}; "
            "connect-src 'self'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class _TooLarge(Exception):
    pass


class _Refused(Exception):
    """A request figcheck will not check: the status and one line for the user."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _label(filename: str | None, fallback: str) -> str:
    """The client's file name as a display label only: its last part, bounded, printable."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable())[:120].strip()
    return name or fallback


def _kind(head: bytes, label: str) -> str:
    """The suffix a file is stored under, chosen from its first bytes; the name only tells
    Markdown and web pages from plain text, which claims.read_document sniffs again."""
    from claims import InputError, decode

    if head.startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04"):
        return ".docx"
    try:
        decode(head, label)
    except InputError:
        raise _Refused(415, f"{label}: not a PDF, Word document, web page, Markdown or text file") from None
    low = label.lower()
    if low.endswith((".md", ".markdown")):
        return ".md"
    if low.endswith((".html", ".htm", ".xhtml")):
        return ".html"
    return ".txt"


def _read(upload: Any, label: str, folder: Path, stem: str) -> Any:
    """A Document from an upload, copied into `folder` under a fixed name."""
    from claims import InputError, read_document

    upload.file.seek(0)
    head = upload.file.read(8192)
    if not head:
        raise _Refused(400, f"{label}: the file is empty")
    path = folder / (stem + _kind(head, label))
    upload.file.seek(0)
    with open(path, "wb") as f:
        shutil.copyfileobj(upload.file, f)
    try:
        doc = read_document(str(path))
    except InputError as e:
        raise _Refused(422, str(e).replace(str(path), label)) from None
    return doc


@dataclass(frozen=True, slots=True)
class _Job:
    """A request's documents, read: what is checked, against which sources, shown as what."""

    doc: Any
    sources: tuple[Any, ...]
    label: str
    stem: str


def _prepare(form: Any, folder: Path) -> _Job:
    """Read the form's document (and source) into Documents, in a worker thread."""
    from claims import read_document

    upload, text, source = form.get("file"), form.get("text"), form.get("source")
    has_file = upload is not None and not isinstance(upload, str) and bool(upload.filename or upload.size)
    has_text = isinstance(text, str) and text.strip() != ""
    if has_file == has_text:
        raise _Refused(400, "send either a file or some text (not both)" if has_file else "send a file or some text to check")
    has_source = source is not None and not isinstance(source, str) and bool(source.filename or source.size)
    sources: list[Any] = []
    if has_source:  # the report an article quotes (figcheck check --source): FC8xx hold the two together
        source_label = _label(source.filename, "source")
        try:
            sources.append(replace(_read(source, source_label, folder, "source"), source=source_label))
        except _Refused as e:
            raise _Refused(e.status, f"source {e.message}") from None
    if has_file:
        label = _label(upload.filename, "upload")
        return _Job(_read(upload, label, folder, "document"), tuple(sources), label, Path(label).stem or "document")
    return _Job(read_document("pasted text", text=str(text)), tuple(sources), "pasted text", "pasted")


def _check(job: _Job) -> Any:
    """check_document, with what it cannot handle as one line (as the command does)."""
    from checker import check_document

    try:
        return check_document(job.doc, sources=job.sources)
    except RecursionError:
        raise _Refused(422, f"{job.label}: too deeply nested to read") from None
    except (MemoryError, ValueError, ArithmeticError, IndexError, KeyError, TypeError) as e:
        raise _Refused(422, f"{job.label}: could not be checked ({type(e).__name__}: {str(e)[:120]})") from None


def _render(job: _Job, result: Any, folder: Path, mode: str) -> dict[str, Any]:
    """The answer: "json" the contract only, "page" with the report page, "view" with
    everything the page offers (report, CSV and, for a PDF, the annotated PDF)."""
    from reports import render_csv, render_html, result_dict

    pdf = None
    if mode == "view" and job.doc.format == "pdf" and job.doc.boxes:
        from reports._pdf import annotate_pdf

        annotated = folder / "annotated.pdf"
        try:
            annotate_pdf(result, str(annotated))  # reads the upload, still under its temporary name
        except (ValueError, OSError) as e:
            raise _Refused(422, f"{job.label}: cannot annotate ({str(e)[:120]})") from None
        pdf = base64.b64encode(annotated.read_bytes()).decode("ascii")
    # from here on the document is known by its label, never by the temporary path
    result = replace(result, document=replace(result.document, source=job.label))
    out: dict[str, Any] = {"result": result_dict(result)}
    if mode != "json":
        said = ", ".join(f"{n} {v}" for v, n in sorted(result.summary.items(), key=lambda kv: _ORDER.index(kv[0])) if n)
        out.update(html=render_html([result]), csv=render_csv([result]), pdf=pdf, label=job.label, stem=job.stem,
                   summary=f"{len(result.mentions)} figures, {sum(result.summary.values())} checks" + (f": {said}" if said else ""))
    return out


def _run(form: Any, folder: Path, mode: str) -> dict[str, Any]:
    """Read, check and render in one go, in a worker thread; the caller deletes the folder."""
    job = _prepare(form, folder)
    return _render(job, _check(job), folder, mode)


_ORDER = ["inconsistent", "rounded", "verified", "unverifiable"]


def create_app(max_upload: int = MAX_UPLOAD, hosts: list[str] | None = None) -> Any:
    """The ASGI application: the page, POST /api/check (the JSON contract), POST /api/view
    (what the page shows) and POST /check (the report page itself, for a browser without
    scripts). ``hosts``, when given, are the only Host headers answered."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    page = _PAGE.format(style=_STYLE, script=_SCRIPT, limit=max_upload // (1024 * 1024))
    policy = _policy()

    def error(status: int, message: str) -> Response:
        return JSONResponse({"error": message}, status_code=status)

    async def limited(request: Request) -> AsyncGenerator[bytes, None]:
        received = 0
        async for chunk in request.stream():
            received += len(chunk)
            if received > max_upload:
                raise _TooLarge
            yield chunk

    async def handle(request: Request, render: Callable[[dict[str, Any]], Response], mode: str) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > max_upload:
            return error(413, f"the upload is over the {max_upload // (1024 * 1024)} MB limit")
        kind = request.headers.get("content-type", "")
        parser: MultiPartParser | FormParser
        if kind.startswith("multipart/form-data"):
            parser = MultiPartParser(request.headers, limited(request), max_files=2, max_fields=8, max_part_size=max_upload)
        elif kind.startswith("application/x-www-form-urlencoded"):
            parser = FormParser(request.headers, limited(request))
        else:
            return error(415, "send a form (multipart/form-data, or urlencoded for text) with a 'file' or a 'text' field")
        try:
            form = await parser.parse()
        except _TooLarge:
            return error(413, f"the upload is over the {max_upload // (1024 * 1024)} MB limit")
        except MultiPartException as e:
            return error(400, f"malformed upload ({e.message})")
        folder = tempfile.TemporaryDirectory(prefix="figcheck-serve-")
        streaming = False
        try:
            if mode == "view":
                job = await run_in_threadpool(_prepare, form, Path(folder.name))
                streaming = True  # the stream deletes the folder when it ends
                return StreamingResponse(stages(job, folder), media_type="application/x-ndjson")
            out = await run_in_threadpool(_run, form, Path(folder.name), mode)
        except _Refused as e:
            return error(e.status, e.message)
        finally:
            await form.close()
            if not streaming:
                folder.cleanup()
        return render(out)

    async def stages(job: _Job, folder: tempfile.TemporaryDirectory[str]) -> AsyncGenerator[bytes, None]:
        """What the page shows, one JSON line a stage, so a long PDF shows where it is."""

        def line(item: dict[str, Any]) -> bytes:
            return json.dumps(item, ensure_ascii=False).encode("utf-8") + b"\n"

        try:
            pages = job.doc.pages if job.doc.format == "pdf" else 0
            yield line({"stage": "checking", "pages": pages, "characters": len(job.doc.text)})
            result = await run_in_threadpool(_check, job)
            yield line({"stage": "rendering", "checks": len(result.checks), "annotating": job.doc.format == "pdf"})
            out = await run_in_threadpool(_render, job, result, Path(folder.name), "view")
            yield line({"stage": "done", **out})
        except _Refused as e:
            yield line({"error": e.message})
        except Exception as e:  # noqa: BLE001 - the status is sent already; the page must still hear
            yield line({"error": f"internal error ({type(e).__name__})"})
            raise
        finally:
            folder.cleanup()

    async def index(request: Request) -> Response:
        return HTMLResponse(page)

    async def api_check(request: Request) -> Response:
        return await handle(request, lambda out: JSONResponse(out["result"]), "json")

    async def api_view(request: Request) -> Response:
        return await handle(request, JSONResponse, "view")

    async def check_page(request: Request) -> Response:
        response = await handle(request, lambda out: HTMLResponse(out["html"]), "page")
        if response.status_code != 200:  # a browser without scripts gets the error as a page
            message = json.loads(bytes(response.body))["error"]
            return HTMLResponse(f"<!doctype html><title>figcheck</title><p>{html.escape(message)}</p>",
                                status_code=response.status_code)
        return response

    async def server_error(request: Request, exc: Exception) -> Response:
        return error(500, f"internal error ({type(exc).__name__}); the server log has the details")

    app = Starlette(routes=[Route("/", index), Route("/api/check", api_check, methods=["POST"]),
                            Route("/api/view", api_view, methods=["POST"]), Route("/check", check_page, methods=["POST"])],
                    exception_handlers={500: server_error})
    if hosts:
        # a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) sends its
        # name as the Host, and is refused
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        return _Headers(TrustedHostMiddleware(app, allowed_hosts=hosts), policy)
    return _Headers(app, policy)


class _Headers:
    """Adds the security headers to every response, the errors included."""

    def __init__(self, app: Any, policy: str) -> None:
        self.app = app
        self.headers = [(b"content-security-policy", policy.encode()), (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
                        (b"cache-control", b"no-store"), (b"cross-origin-opener-policy", b"same-origin")]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + self.headers
            await send(message)

        await self.app(scope, receive, with_headers)


def serve(host: str = "127.0.0.1", port: int = 8000) -> int:
    """Run the server until interrupted; a port that cannot be opened is one line, status 2."""
    try:
        import uvicorn
    except ImportError:
        print("figcheck: serve needs starlette, uvicorn and python-multipart (pip install -e .)", file=sys.stderr)
        return 2
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto given, not left 0: asyncio sets TCP_NODELAY on accepted connections only when the
    # listening socket says IPPROTO_TCP, and without it each keep-alive answer waits ~40 ms on
    # the client's delayed ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except (OSError, OverflowError) as e:
        sock.close()
        print(f"figcheck: cannot listen on {host}:{port} ({getattr(e, 'strerror', None) or e})", file=sys.stderr)
        return 2
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"figcheck: warning: listening on {host}, so other computers can reach this server", file=sys.stderr)
    shown = f"[{host}]" if ":" in host else host
    print(f"figcheck: serving on http://{shown}:{sock.getsockname()[1]}/ (Ctrl-C stops)", file=sys.stderr)
    loopback = host in ("127.0.0.1", "localhost", "::1")
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if loopback else None
    config = uvicorn.Config(create_app(hosts=hosts), log_level=os.environ.get("FIGCHECK_LOG", "warning"), access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
    return 0
