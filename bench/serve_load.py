"""figcheck serve under load: requests/s, failures and the server's memory over a run.

    .venv/bin/python bench/serve_load.py                  20 clients for 30 s (the issue's load)
    .venv/bin/python bench/serve_load.py --clients 5 --seconds 10

The server runs in its own process (`figcheck serve` on a free loopback port); this process
is the second one, with N concurrent clients (httpx, async) each posting
examples/inspection_article.txt to POST /api/check again and again for the given time. A
probe asks for the page (GET /) twice a second meanwhile, to show the server keeps answering
while the checks run in its thread pool.

Printed, all measured in this run:
  - requests/s under load, and its ratio to the same check run in one process with no
    HTTP at all (read_document + check_document + the JSON, back to back): the baseline;
  - failures (any status but 200, any exception, any answer that is not the example's
    summary); the target is 0;
  - the server's resident memory (VmRSS) at start, after a warm-up, at each quarter of
    the run and at the end, and the end / warm-up ratio (flat: about 1);
  - the page probe's median and worst latency under load, against its median idle.
Loopback only, bounded by --seconds; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "inspection_article.txt"
EXPECTED = {"verified": 7, "rounded": 3, "inconsistent": 2, "unverifiable": 1}


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def baseline(seconds: float) -> float:
    """Checks a second with no server: the same work back to back in this process."""
    from checker import check_document
    from claims import read_document
    from reports import render_json

    check_document(read_document(str(EXAMPLE)))  # rules loaded, caches warm
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        render_json([check_document(read_document(str(EXAMPLE)))])
        n += 1
    return n / (time.perf_counter() - t0)


async def load(url: str, clients: int, seconds: float, pid: int) -> dict[str, object]:
    import httpx

    data = EXAMPLE.read_bytes()
    ok = 0
    failures: list[str] = []
    probe_times: list[float] = []
    rss: list[tuple[str, float]] = []
    stop = time.monotonic() + seconds

    async def client(c: httpx.AsyncClient) -> None:
        nonlocal ok
        while time.monotonic() < stop:
            try:
                r = await c.post(url + "api/check", files={"file": ("inspection_article.txt", data, "text/plain")})
                if r.status_code == 200 and r.json().get("summary") == EXPECTED:
                    ok += 1
                else:
                    failures.append(f"status {r.status_code}: {r.text[:80]}")
            except Exception as e:  # noqa: BLE001 - every kind of failure is counted, none stops the run
                failures.append(f"{type(e).__name__}: {e}")

    async def probe(c: httpx.AsyncClient) -> None:
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            r = await c.get(url)
            probe_times.append(time.perf_counter() - t0)
            if r.status_code != 200:
                failures.append(f"page status {r.status_code}")
            await asyncio.sleep(0.5)

    async def memory() -> None:
        start = time.monotonic()
        for quarter in (1, 2, 3):
            await asyncio.sleep(max(0.0, start + seconds * quarter / 4 - time.monotonic()))
            rss.append((f"{quarter}/4", rss_mb(pid)))

    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with httpx.AsyncClient(timeout=120, limits=limits) as c:
        t0 = time.perf_counter()
        await asyncio.gather(*(client(c) for _ in range(clients)), probe(c), memory())
        elapsed = time.perf_counter() - t0
    return {"ok": ok, "failures": failures, "elapsed": elapsed, "probe": probe_times, "rss": rss}


def idle_probe(url: str) -> float:
    import httpx

    times = []
    with httpx.Client() as c:
        for _ in range(20):
            t0 = time.perf_counter()
            c.get(url).raise_for_status()
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--baseline-seconds", type=float, default=5.0)
    args = ap.parse_args()

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen([sys.executable, "-m", "checker.cli", "serve", "--port", str(port)], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    try:
        import httpx

        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    print("serve_load: the server did not start", file=sys.stderr)
                    return 2
                time.sleep(0.1)
        rss_start = rss_mb(server.pid)
        idle = idle_probe(url)
        with httpx.Client(timeout=60) as c:  # warm-up: the rules load on the first check
            for _ in range(20):
                c.post(url + "api/check", files={"file": ("a.txt", EXAMPLE.read_bytes())}).raise_for_status()
        rss_warm = rss_mb(server.pid)
        result = asyncio.run(load(url, args.clients, args.seconds, server.pid))
        rss_end = rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
    # the baseline runs after the server has stopped, so the two never share the cores
    base = baseline(args.baseline_seconds)

    ok = int(result["ok"])  # type: ignore[call-overload]
    failures: list[str] = result["failures"]  # type: ignore[assignment]
    elapsed = float(result["elapsed"])  # type: ignore[arg-type]
    probe: list[float] = result["probe"]  # type: ignore[assignment]
    rate = ok / elapsed
    print(f"figcheck serve: {args.clients} clients posting {EXAMPLE.name} ({EXAMPLE.stat().st_size:,} bytes) "
          f"for {elapsed:.1f} s on loopback, {os.cpu_count()} cores")
    print(f"  requests/s           {rate:8.1f}   ({ok:,} answered)")
    print(f"  in-process checks/s  {base:8.1f}   (no HTTP, one thread: the baseline)")
    print(f"  served / baseline    {rate / base:8.2f}x")
    print(f"  failures             {len(failures):8d}   {'(target 0: PASS)' if not failures else '(target 0: FAIL)'}")
    for f in sorted(set(failures))[:5]:
        print(f"      {f}")
    marks = [("start", rss_start), ("warm", rss_warm), *result["rss"], ("end", rss_end)]  # type: ignore[misc]
    print("  server RSS (MB)      " + "  ".join(f"{name} {mb:.1f}" for name, mb in marks))
    print(f"  RSS end / warm       {rss_end / rss_warm:8.3f}x  (flat is about 1)")
    if probe:
        print(f"  page latency         median {statistics.median(probe) * 1000:.0f} ms, worst {max(probe) * 1000:.0f} ms under load; "
              f"{idle * 1000:.1f} ms idle ({statistics.median(probe) / idle:.0f}x)")
    print(json.dumps({"clients": args.clients, "seconds": round(elapsed, 1), "requests_per_s": round(rate, 2),
                      "baseline_per_s": round(base, 2), "failures": len(failures), "rss_mb": {k: round(v, 1) for k, v in marks}}))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
