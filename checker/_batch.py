"""figcheck batch: a corpus of documents checked on every core, or on a Dask cluster.

The command walks folders for every format figcheck reads, hands each document's path to a
worker, and writes what comes back as it comes: one JSON a document (the check contract,
exactly as ``figcheck check --format json`` prints it) under ``DIR/results``, and beside it a
small record under ``DIR/records`` (the document's row of the summary, its check rows, the
sha256 of its bytes and the figcheck version). A record is the mark that a document is done:
each file is written to a temporary name and moved into place with os.replace, result
first and record last, so a run killed at any instant leaves whole files only, and
``--resume`` finds exactly the documents it still has to do. ``summary.csv`` and
``checks.csv`` (and Parquet copies when pyarrow is importable) are rebuilt from the records
at the end of a run, never kept in memory, so ten thousand documents or a million cost the
same memory in the process that drives them.

Locally the work runs in a concurrent.futures.ProcessPoolExecutor (forkserver, so workers
start from a server that has already imported the checker), with ``max_tasks_per_child`` so
a worker that has grown is replaced, and a bounded number of documents in flight. A
document's time limit is enforced twice: SIGALRM inside the worker raises out of any
Python code that runs too long, and a watchdog in the driving process kills (SIGKILL) a
worker still on the same document well past the limit, for a hang inside a C library where
no signal handler can run; the pool is then rebuilt and the other documents it held are
sent again. With ``--scheduler`` the same function runs on a Dask cluster, where tasks run in
threads and the limit is raised into the checking thread instead.

Exit status: 0 when every document was checked and nothing is inconsistent, 1 when
inconsistencies were found, 2 when any document could not be checked (or the command was bad).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import re
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["SUFFIXES", "SUMMARY_HEADER", "BatchError", "Options", "Task", "Totals", "check_one", "discover", "main",
           "run_batch", "run_dask", "run_local"]

#: the extensions looked for in folders; a file named on the command line is read whatever its name
SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf"})
VERDICTS = ("verified", "rounded", "inconsistent", "unverifiable")
SUMMARY_HEADER = ["path", "format", "pages", "mentions", "checks", *VERDICTS, "seconds", "cpu_seconds", "bytes", "error",
                  "sha256", "json", "worker_rss_mb"]
#: a worker is replaced after this many documents, so memory a library keeps (caches, arenas) is handed back
TASKS_PER_CHILD = 500
#: the failures listed on standard error; the rest are in summary.csv
LISTED = 50


class BatchError(Exception):
    """A batch that cannot start (bad arguments, no scheduler): one line for the user."""


@dataclass(frozen=True, slots=True)
class Options:
    """What ``figcheck batch`` was asked to do."""

    out: Path
    jobs: int
    timeout: float = 60.0
    max_bytes: int = 50 * 1024 * 1024
    resume: bool = False
    scheduler: str | None = None
    progress: bool | None = None  # None: a progress bar when standard error is a terminal


@dataclass(frozen=True, slots=True)
class Task:
    """One document: the path as shown, the absolute path a worker opens, and its file name in DIR."""

    path: str
    real: str
    name: str
    size: int


_FORMATS = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown",
            ".markdown": "markdown"}


def _format_of(path: str) -> str:
    """The format a file's name claims, for the row of a document that could not be read."""
    return _FORMATS.get(os.path.splitext(path)[1].lower(), "text")


def _version() -> str:
    from checker import __version__

    return __version__


# --- finding the documents ---------------------------------------------------------------------
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _name(rel: str, real: str) -> str:
    """A file name from the relative path, plus a hash of the absolute path so that two files
    of the same name in different folders never share one (and a slug cut short cannot either)."""
    slug = _UNSAFE.sub("_", rel.replace(os.sep, "__")).strip("._")[:80] or "document"
    return f"{slug}-{hashlib.sha256(real.encode('utf-8', 'surrogateescape')).hexdigest()[:12]}"


def discover(paths: list[str], out: Path | None = None, skipped: list[int] | None = None) -> Iterator[Task]:
    """The documents under ``paths``, in a stable order (sorted names, folders depth first).

    Folders are walked recursively for the formats in SUFFIXES; hidden files and folders,
    files that are not regular files (pipes, sockets) and the output folder are left out.
    ``skipped[0]`` counts the files of other types passed over.
    """
    out_real = os.path.realpath(out) if out is not None else None
    seen: set[str] | None = set() if len(paths) > 1 else None  # overlapping arguments give each file once
    for arg in paths:
        if os.path.isdir(arg):
            for dirpath, dirnames, filenames in os.walk(arg):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                     and os.path.realpath(os.path.join(dirpath, d)) != out_real)
                for fname in sorted(filenames):
                    if fname.startswith("."):
                        continue
                    full = os.path.join(dirpath, fname)
                    if os.path.splitext(fname)[1].lower() not in SUFFIXES:
                        if skipped is not None:
                            skipped[0] += 1
                        continue
                    task = _task(full, os.path.relpath(full, arg), seen)
                    if task is not None:
                        yield task
        else:
            task = _task(arg, os.path.basename(arg), seen)
            if task is not None:
                yield task


def _task(path: str, rel: str, seen: set[str] | None) -> Task | None:
    real = os.path.abspath(path)
    try:
        st = os.stat(real)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    if seen is not None:
        if real in seen:
            return None
        seen.add(real)
    return Task(os.path.normpath(path), real, _name(rel, real), st.st_size)


# --- the worker ----------------------------------------------------------------------------------
class _Timeout(BaseException):
    """Raised into a check that ran past its limit; a BaseException so that no `except
    Exception` in a reader or a rule can swallow it."""


#: raise again this often past a deadline until the check has stopped: an exception that
#: lands in a garbage-collector callback or a __del__ is swallowed there, so one is not enough
_AGAIN = 0.1


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise _Timeout in this thread if the block runs longer than ``seconds``.

    In a process's main thread (a local worker) this is SIGALRM; elsewhere (a Dask worker
    runs tasks in threads, where signals cannot be used) the exception is set on the thread
    with PyThreadState_SetAsyncExc. Either way it lands at the next Python bytecode, so it
    stops any pure-Python work; a hang inside C is the watchdog's to end. Nothing is raised
    once the block is left, even when the limit passes while it is being left.
    """
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
        return
    with _async_raise(seconds):
        yield


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    armed = [True]

    def on_alarm(signum: int, frame: Any) -> None:
        if armed[0]:
            raise _Timeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, _AGAIN)
    try:
        yield
    finally:
        while True:
            try:  # disarm first: a signal arriving while this runs must not escape it
                armed[0] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except _Timeout:
                continue


@contextlib.contextmanager
def _async_raise(seconds: float) -> Iterator[None]:
    import ctypes

    ident = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    done = threading.Event()

    def fire() -> None:
        if done.wait(seconds):
            return
        while True:
            with lock:
                if done.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ident, ctypes.py_object(_Timeout))
            if done.wait(_AGAIN):
                return

    threading.Thread(target=fire, name="figcheck-deadline", daemon=True).start()
    try:
        yield
    finally:
        while True:
            try:
                with lock:
                    done.set()
                    # an exception set but not yet delivered would land in whatever this thread
                    # runs next (the cluster's own code): take it back
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ident, None)
                break
            except _Timeout:
                continue


def _warm() -> None:
    """Import what checking needs once per worker, not once per document."""
    from checker._api import _load_rules

    _load_rules()
    import reports  # noqa: F401


def _init_worker(started: Any, driver: int) -> None:
    """A local worker's start: watch the driving process, announce tasks, warm up."""
    global _STARTED
    _STARTED = started
    threading.Thread(target=_exit_with, args=(driver,), name="figcheck-driver-watch", daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    _warm()


def _exit_with(pid: int) -> None:
    """End this worker when the batch process that drives it is gone (killed with -9, say).

    A forkserver's workers hold the server's liveness pipe and both ends of the pool's queue,
    so neither they nor the server ever see the batch process go: without this they would
    wait on the queue for ever.
    """
    try:
        fd = os.pidfd_open(pid)  # Linux 5.3+: readable once the process has exited, whatever reuses its pid
    except (AttributeError, OSError):
        fd = -1
    if fd >= 0:
        import select

        select.select([fd], [], [])
    else:
        while True:
            time.sleep(1.0)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            except PermissionError:
                continue
    os._exit(1)


_STARTED: Any = None


Checker = Callable[[str, str, float, str], dict[str, Any]]


def _announced(func: Checker, path: str, real: str, timeout: float, result: str) -> dict[str, Any]:
    """Run ``func`` in a local worker after telling the driver which process has the document,
    so that its watchdog knows whom to kill if the document hangs."""
    if _STARTED is not None:
        _STARTED.put((os.getpid(), real))
    return func(path, real, timeout, result)


def _rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _one_line(message: str, limit: int = 300) -> str:
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def check_one(path: str, real: str, timeout: float, result: str = "") -> dict[str, Any]:
    """Check one document in a worker: its summary record, its check rows and its JSON.

    With ``result`` (a local worker, which shares the driver's disk) the worker writes the
    JSON there itself, atomically, and returns only the small record: a large document's
    text never crosses the pipe or sits in the driver's memory. Without it (a Dask worker,
    perhaps on another machine) the JSON comes back in the outcome. Never raises: whatever
    goes wrong becomes the record's one-line ``error``.
    """
    started = time.perf_counter()
    cpu = time.process_time()
    record: dict[str, Any] = {"path": path, "format": "", "pages": 0, "mentions": 0, "checks": 0,
                              **dict.fromkeys(VERDICTS, 0), "seconds": 0.0, "bytes": 0, "error": "",
                              "kind": "", "sha256": "", "version": _version(), "timeout": timeout, "rows": []}
    text: str | None = None
    try:
        with _deadline(timeout):
            text = _check(path, real, record)
    except _Timeout:
        record.update(error=f"timed out after {timeout:g} s", kind="timeout")
        text = None
    except RecursionError:
        record.update(error="too deeply nested to read", kind="input")
        text = None
    except Exception as e:  # noqa: BLE001 - one bad document must cost one line, never the batch
        record.update(error=_error_line(e, real), kind="input")
        text = None
    record["format"] = record["format"] or _format_of(path)
    record["seconds"] = round(time.perf_counter() - started, 4)
    record["cpu_seconds"] = round(time.process_time() - cpu, 4)  # the whole process's: on a threaded Dask worker, an upper bound
    record["worker_rss_mb"] = _rss_mb()
    if text is not None and result:
        try:
            _atomic_write(Path(result), text)
        except OSError as e:
            record.update(error=_one_line(f"cannot write the result ({e.strerror or e})"), kind="crash")
            return {"record": record, "json": None}
        return {"record": record, "json": None, "written": True}
    return {"record": record, "json": text}


def _error_line(e: BaseException, real: str) -> str:
    from claims import InputError

    message = str(e)
    if isinstance(e, InputError):
        if message.startswith(real + ": "):  # the reader names the file; the summary row already does
            message = message[len(real) + 2:]
        return _one_line(message)
    if isinstance(e, OSError):
        return _one_line(f"cannot read ({e.strerror or e})")
    return _one_line(f"could not be checked ({type(e).__name__}: {message[:120]})")


def _check(path: str, real: str, record: dict[str, Any]) -> str:
    import csv as _csv
    import io
    from dataclasses import replace

    from checker._api import check_document
    from claims import InputError, read_document
    from reports import render_csv, render_json

    with open(real, "rb") as f:
        data = f.read()
    record["bytes"] = len(data)
    record["sha256"] = hashlib.sha256(data).hexdigest()
    if not data:
        raise InputError("empty file (0 bytes)")
    del data  # the reader reads the file again (from the page cache): keep one copy in memory at a time
    doc = read_document(real)
    if not doc.text.strip():
        raise InputError("no text to check (the document is blank)")
    doc = replace(doc, source=path)
    result = check_document(doc)
    record.update(format=doc.format, pages=doc.pages, mentions=len(result.mentions), checks=len(result.checks))
    for verdict in VERDICTS:
        record[verdict] = result.summary.get(verdict, 0)
    record["rows"] = list(_csv.reader(io.StringIO(render_csv([result]))))[1:]
    return render_json([result])


# --- writing what comes back -------------------------------------------------------------------
def _atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path`` and move it into place: a reader (or a resumed
    run) sees the old file or the new one, never half of one. No fsync: the guarantee wanted is
    against a killed process, which loses nothing the kernel already holds."""
    tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    # a file name that is not UTF-8 becomes a \udcXX escape: valid UTF-8, and inside a JSON
    # string the escape reads back as the very name
    tmp.write_text(text, encoding="utf-8", errors="backslashreplace")
    os.replace(tmp, path)


def _store(out: Path, task: Task, outcome: dict[str, Any]) -> dict[str, Any]:
    record = outcome["record"]
    record["path"] = task.path
    if outcome.get("written"):  # a local worker put it in place already
        record["json"] = f"results/{task.name}.json"
    elif outcome.get("json") is not None:
        _atomic_write(out / "results" / f"{task.name}.json", outcome["json"])
        record["json"] = f"results/{task.name}.json"
    else:
        record["json"] = ""
        with contextlib.suppress(FileNotFoundError):  # a result from an earlier run of other content
            (out / "results" / f"{task.name}.json").unlink()
    _atomic_write(out / "records" / f"{task.name}.json", json.dumps(record))
    return record


def _load_record(out: Path, task: Task) -> dict[str, Any] | None:
    try:
        with open(out / "records" / f"{task.name}.json", encoding="utf-8") as f:
            record = json.load(f)
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _sha256(real: str) -> str:
    h = hashlib.sha256()
    with open(real, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _done(out: Path, task: Task, opts: Options, version: str) -> bool:
    """--resume: a document is done when its record is for these bytes (sha256) and this
    figcheck version, and its result file is there. A time-out is tried again under a longer
    limit; a worker that died is always tried again; a reading error is final."""
    record = _load_record(out, task)
    if record is None or record.get("version") != version or not record.get("sha256"):
        return False
    kind = record.get("kind", "")
    if kind == "crash" or (kind == "timeout" and float(record.get("timeout") or 0) < opts.timeout):
        return False
    if record.get("json") and not (out / record["json"]).is_file():
        return False
    try:
        return _sha256(task.real) == record["sha256"]
    except OSError:
        return False


def _failure(task: Task, error: str, kind: str, timeout: float) -> dict[str, Any]:
    record: dict[str, Any] = {"path": task.path, "format": _format_of(task.path), "pages": 0, "mentions": 0, "checks": 0,
                              **dict.fromkeys(VERDICTS, 0), "seconds": 0.0, "cpu_seconds": 0.0, "bytes": task.size, "error": error,
                              "kind": kind, "sha256": "", "version": _version(), "timeout": timeout, "rows": [],
                              "worker_rss_mb": 0.0}
    return {"record": record, "json": None}


# --- running: a local process pool ---------------------------------------------------------------
Outcomes = Generator[tuple[Task, dict[str, Any]], None, None]


def _mp_context() -> Any:
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # the server imports the checker and its rules once; every worker forked from it starts
        # warm (a worker replaced after TASKS_PER_CHILD documents too). The readers' libraries
        # (trafilatura, pypdfium2, python-docx) stay lazy: a corpus of text never loads them.
        import pkgutil

        import checker

        rules = sorted(f"checker.{m.name}" for m in pkgutil.iter_modules(checker.__path__) if m.name.startswith("_rules_"))
        ctx.set_forkserver_preload(["checker._batch", "checker._api", "claims", "reports", *rules])
        return ctx
    return mp.get_context("spawn")


def _pool_class() -> Any:
    """ProcessPoolExecutor, with the replacement of a worker that left at max_tasks_per_child
    made unconditional.

    CPython 3.11 to 3.15.0b3 (gh-115634) replace such a worker only when a count of idle
    workers says none is idle; the count keeps stale tokens, so under a backlog the pool can
    shrink to no workers and hang with documents queued. Here a replacement asked for by the
    pool's manager thread (a worker left) always spawns while the pool is short; a request
    from submit() keeps the stock behaviour. Versions with the fix no longer ask from the
    manager thread, so this changes nothing there.
    """
    from concurrent.futures import ProcessPoolExecutor

    class Pool(ProcessPoolExecutor):
        def _adjust_process_count(self) -> None:
            manager = getattr(self, "_executor_manager_thread", None)
            if manager is not None and threading.current_thread() is manager:
                processes = self._processes  # type: ignore[attr-defined]
                if processes is not None and not self._shutdown_thread and len(processes) < self._max_workers:  # type: ignore[attr-defined]
                    self._spawn_process()  # type: ignore[attr-defined]
                return
            super()._adjust_process_count()  # type: ignore[misc]

    return Pool


def run_local(tasks: Iterator[Task], jobs: int, timeout: float, results: Path | None = None, func: Checker = check_one,
              tasks_per_child: int = TASKS_PER_CHILD, grace: float | None = None) -> Outcomes:
    """Each task's outcome as it completes, from a pool of ``jobs`` worker processes.

    At most 2 x jobs + 2 documents are in flight, so memory stays flat however many there
    are. ``grace`` is how long past ``timeout`` the watchdog waits before killing a worker
    (SIGALRM should have ended the document by then).
    """
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ctx = _mp_context()
    limit = 2 * jobs + 2
    grace = max(2.0, timeout * 0.25) if grace is None else grace
    retry: deque[Task] = deque()
    suspects: deque[Task] = deque()  # in flight when a worker died: sent again one at a time
    strikes: dict[str, int] = {}
    source = iter(tasks)
    exhausted = False

    def new_pool() -> tuple[ProcessPoolExecutor, Any]:
        started = ctx.SimpleQueue()  # a queue a pool: a worker killed mid-put cannot jam the next pool's
        pool = _pool_class()(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(started, os.getpid()),
                                   max_tasks_per_child=tasks_per_child)
        return pool, started

    pool, started = new_pool()
    inflight: dict[Future[dict[str, Any]], Task] = {}
    running: dict[str, tuple[int, float]] = {}  # real path -> (worker pid, when its start was seen)
    killed: set[str] = set()
    try:
        while True:
            broken = False
            while len(inflight) < limit and not broken:
                if suspects and not any(t.real in strikes for t in inflight.values()):
                    # alone among suspects, so that if its worker dies again it is the one to blame
                    task = suspects.popleft()
                elif retry:
                    task = retry.popleft()
                elif not exhausted:
                    nxt = next(source, None)
                    if nxt is None:
                        exhausted = True
                        continue
                    task = nxt
                else:
                    break
                try:
                    result = str(results / f"{task.name}.json") if results is not None else ""
                    inflight[pool.submit(_announced, func, task.path, task.real, timeout, result)] = task
                except BrokenProcessPool:
                    retry.appendleft(task)
                    broken = True
            if not inflight:
                break
            done, _ = wait(list(inflight), timeout=0.2, return_when=FIRST_COMPLETED)
            now = time.monotonic()
            while not started.empty():
                pid, real = started.get()
                running[real] = (pid, now)
            for fut in done:
                task = inflight[fut]
                try:
                    outcome = fut.result()
                except BrokenProcessPool:
                    broken = True
                    continue
                except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be unpickled
                    outcome = _failure(task, _one_line(f"could not be checked ({type(e).__name__}: {e})"), "input", timeout)
                del inflight[fut]
                running.pop(task.real, None)
                yield task, outcome
            if not broken:
                for real, (pid, seen) in list(running.items()):
                    if timeout > 0 and now - seen > timeout + grace and real not in killed:
                        # SIGALRM did not end it: the worker is stuck where no handler runs
                        killed.add(real)
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGKILL)
                continue
            # the pool is broken (a worker was killed or died): every document it held fails
            # with it; end the killed one, give the others another go in a new pool
            wait(list(inflight), timeout=30)
            pool.shutdown(wait=False, cancel_futures=True)
            while not started.empty():
                pid, real = started.get()
                running[real] = (pid, now)
            by_force = bool(killed)
            for fut, task in list(inflight.items()):
                if task.real in killed:
                    yield task, _failure(task, f"timed out after {timeout:g} s", "timeout", timeout)
                elif task.real in running and not by_force:
                    strikes[task.real] = strikes.get(task.real, 0) + 1
                    if strikes[task.real] >= 2:
                        yield task, _failure(task, "the worker checking it died (crashed or ran out of memory)", "crash",
                                             timeout)
                    else:
                        suspects.append(task)
                elif task.real in strikes:
                    suspects.appendleft(task)
                else:
                    retry.append(task)
                del inflight[fut]
            inflight.clear()
            running.clear()
            killed.clear()
            pool, started = new_pool()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


# --- running: a Dask cluster ---------------------------------------------------------------------
def run_dask(tasks: Iterator[Task], address: str, timeout: float) -> Outcomes:
    """Each task's outcome as it completes, from the Dask cluster at ``address``.

    The cluster's workers need figcheck installed and the documents at the same absolute
    paths (a shared file system): paths are sent, not bytes. At most twice the cluster's
    threads are in flight; results are released as soon as they are written.
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise BatchError("--scheduler needs Dask's distributed package: pip install 'figcheck[cluster]'") from None
    try:
        client = Client(address, timeout=10, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise BatchError(f"cannot reach the Dask scheduler at {address} ({_one_line(str(e), 120)})") from None
    try:
        limit = 2 * max(1, sum(client.nthreads().values())) + 2
        flow = as_completed(loop=client.loop)
        held: dict[Any, Task] = {}
        source = iter(tasks)

        def submit() -> bool:
            task = next(source, None)
            if task is None:
                return False
            fut = client.submit(check_one, task.path, task.real, timeout, pure=False)
            held[fut.key] = task
            flow.add(fut)
            return True

        for _ in range(limit):
            if not submit():
                break
        for fut in flow:
            task = held.pop(fut.key)
            try:
                outcome = fut.result()
            except Exception as e:  # noqa: BLE001 - a worker lost (KilledWorker) or a result lost on the way
                outcome = _failure(task, _one_line(f"the cluster could not check it ({type(e).__name__}: {e})", 200),
                                   "crash", timeout)
            fut.release()
            yield task, outcome
            submit()
    finally:
        client.close()


# --- the run -----------------------------------------------------------------------------------
class _Progress:
    """A rich progress bar on standard error (count, rate, time left), or nothing."""

    def __init__(self, total: int | None) -> None:
        self.bar: Any = None
        self.failed = 0
        self.t0 = time.monotonic()
        self.checked = 0
        if total is None:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("figcheck batch"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[failed]}"),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=False)
        self.task = self.bar.add_task("batch", total=total, rate="", failed="")
        self.bar.start()

    def advance(self, record: dict[str, Any] | None) -> None:
        if self.bar is None:
            return
        if record is not None:
            self.checked += 1
            self.failed += bool(record.get("error"))
        rate = self.checked / max(time.monotonic() - self.t0, 1e-6)
        self.bar.update(self.task, advance=1, rate=f"{rate:.1f} docs/s",
                        failed=f"{self.failed} failed" if self.failed else "")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@dataclass(frozen=True, slots=True)
class Totals:
    """What the summary holds, counted while it is written."""

    documents: int
    failed: int
    inconsistent: int
    checks: int
    rss_mb: float


def _rebuild(out: Path, tasks: Iterator[Task], say: Callable[[str], None]) -> Totals:
    """summary.csv and checks.csv from the records of the documents walked, one record at a time."""
    from reports._csv import HEADER

    documents = failed = inconsistent = checks = 0
    rss = 0.0
    listed = 0
    tmp_summary = out / f".tmp-{os.getpid()}-summary.csv"
    tmp_checks = out / f".tmp-{os.getpid()}-checks.csv"
    with (open(tmp_summary, "w", encoding="utf-8", errors="backslashreplace", newline="") as fs,
          open(tmp_checks, "w", encoding="utf-8", errors="backslashreplace", newline="") as fc):
        summary = csv.writer(fs, lineterminator="\n")
        rows = csv.writer(fc, lineterminator="\n")
        summary.writerow(SUMMARY_HEADER)
        rows.writerow(HEADER)
        for task in tasks:
            record = _load_record(out, task)
            if record is None:
                continue
            record["path"] = task.path
            summary.writerow([record.get(k, "") for k in SUMMARY_HEADER])
            rows.writerows(record.get("rows") or ())
            documents += 1
            checks += int(record.get("checks") or 0)
            inconsistent += int(record.get("inconsistent") or 0)
            rss = max(rss, float(record.get("worker_rss_mb") or 0))
            if record.get("error"):
                failed += 1
                if listed < LISTED:
                    say(f"figcheck: {task.path}: {record['error']}")
                listed += 1
    if listed > LISTED:
        say(f"figcheck: ... and {listed - LISTED} more documents that could not be checked (see summary.csv)")
    os.replace(tmp_summary, out / "summary.csv")
    os.replace(tmp_checks, out / "checks.csv")
    try:
        _parquet(out)
    except Exception as e:  # noqa: BLE001 - the CSVs are the record; a Parquet copy that fails must not hide them
        say(f"figcheck: Parquet copies not written ({_one_line(str(e), 160)})")
    return Totals(documents, failed, inconsistent, checks, rss)


def _parquet(out: Path) -> None:
    """summary.parquet and checks.parquet beside the CSVs when pyarrow is importable, read in
    blocks so a large checks.csv is never whole in memory."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq
    except ImportError:
        return
    from reports._csv import HEADER

    ints = {"pages", "mentions", "checks", *VERDICTS, "bytes", "page", "line", "column"}
    floats = {"seconds", "cpu_seconds", "worker_rss_mb"}
    for name, header in (("summary", SUMMARY_HEADER), ("checks", HEADER)):
        types = {c: pa.int64() if c in ints else pa.float64() if c in floats else pa.string() for c in header}
        reader = pacsv.open_csv(out / f"{name}.csv", convert_options=pacsv.ConvertOptions(
            column_types=types, strings_can_be_null=False, quoted_strings_can_be_null=False))
        tmp = out / f".tmp-{os.getpid()}-{name}.parquet"
        with pq.ParquetWriter(tmp, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
        os.replace(tmp, out / f"{name}.parquet")


def _clean(out: Path) -> None:
    """Temporary files a killed run left behind."""
    for folder in (out, out / "results", out / "records"):
        for p in folder.glob(".tmp-*"):
            with contextlib.suppress(OSError):
                p.unlink()


def run_batch(paths: list[str], opts: Options, say: Callable[[str], None] | None = None) -> int:
    """Check every document under ``paths`` into ``opts.out``; the exit status (see the module)."""
    say = say or (lambda line: print(line, file=sys.stderr, flush=True))
    for p in paths:
        if not os.path.exists(p):
            raise BatchError(f"{p}: no such file or folder")
    if opts.jobs < 1:
        raise BatchError("--jobs must be at least 1")
    if opts.out.exists() and not opts.out.is_dir():
        raise BatchError(f"{opts.out}: exists and is not a folder")
    try:
        for sub in ("results", "records"):
            (opts.out / sub).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BatchError(f"{opts.out}: cannot create the output folder ({e.strerror})") from None
    _clean(opts.out)
    version = _version()
    show = sys.stderr.isatty() if opts.progress is None else opts.progress
    progress = _Progress(sum(1 for _ in discover(paths, opts.out)) if show else None)
    skipped = [0]
    counts = {"resumed": 0, "checked": 0}

    def pending() -> Iterator[Task]:
        # documents the workers need not see are settled here, in the driving process
        for task in discover(paths, opts.out, skipped):
            if task.size > opts.max_bytes:
                record = _store(opts.out, task, _failure(
                    task, f"{task.size / 2**20:.3g} MB is over the --max-size {opts.max_bytes / 2**20:.3g} MB limit", "size",
                    opts.timeout))
                progress.advance(record)
                continue
            if opts.resume and _done(opts.out, task, opts, version):
                counts["resumed"] += 1
                progress.advance(None)
                continue
            yield task

    if opts.scheduler:
        outcomes = run_dask(pending(), opts.scheduler, opts.timeout)
    else:
        outcomes = run_local(pending(), opts.jobs, opts.timeout, opts.out / "results")
    interrupted = False
    try:
        for task, outcome in outcomes:
            record = _store(opts.out, task, outcome)
            counts["checked"] += 1
            progress.advance(record)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        progress.close()
        outcomes.close()
    if interrupted:
        say(f"figcheck: interrupted; {counts['checked']} documents written to {opts.out}; "
            "run the same command with --resume to finish")
        return 2
    driver = _rss_mb()  # the peak while checking, before the tables (and pyarrow) are built
    totals = _rebuild(opts.out, discover(paths, opts.out), say)
    resumed = f", {counts['resumed']} already done" if counts["resumed"] else ""
    other = f"; {skipped[0]} files of other types passed over" if skipped[0] else ""
    say(f"figcheck batch: {totals.documents} documents ({counts['checked']} checked now{resumed}), "
        f"{totals.failed} could not be checked, {totals.checks} checks, {totals.inconsistent} inconsistent; "
        f"peak memory {totals.rss_mb:g} MB a worker, {driver:g} MB this process while checking; results in {opts.out}{other}")
    if totals.failed:
        return 2
    return 1 if totals.inconsistent else 0


def main(args: Any) -> int:
    """`figcheck batch`, from the parsed command line: bad arguments cost one line and status 2."""
    jobs = args.jobs or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    if args.timeout < 0 or args.max_size <= 0:
        print("figcheck: --timeout must be 0 (none) or more, and --max-size more than 0", file=sys.stderr)
        return 2
    opts = Options(out=Path(args.out), jobs=jobs, timeout=args.timeout, max_bytes=int(args.max_size * 1024 * 1024),
                   resume=args.resume, scheduler=args.scheduler)
    try:
        return run_batch(args.paths, opts)
    except BatchError as e:
        print(f"figcheck: {e}", file=sys.stderr)
        return 2
