"""Benchmark the HTTP API and the web pages over a store, one client and many at once.

Starts a real server (``reportedly serve --workers``, ``--server-workers`` processes) over
the store ``--db`` (a path, or a ``postgresql://`` URL) and times requests from
``--clients`` threads, each with its own keep-alive connection, printing p50/p95/max per
scenario for one client and for ``--clients`` at once, with the server's CPU milliseconds
per request (what the latency would be on an idle machine, near enough, for one client) and
the load average (other jobs on a shared machine inflate the latencies):

  search          ``/api/statements?q=`` a topic word, sometimes with a second word
  search.common   ``/api/statements?q=`` a word in most statements
  search.rare     ``/api/statements?q=`` a word from a stored statement (few matches)
  filter.*        kind + dates, speaker, outlet, act + confidence, search + outlet
  article         ``/api/articles/<id>`` (a whole stored analysis)
  actor           ``/api/actors/<id>`` (among the 200 busiest: the heaviest pages)
  actors          ``/api/actors`` (the busiest first, then the next page by cursor)
  outlets         ``/api/outlets``
  web.*           the same as pages: ``/``, ``/search``, ``/articles/<id>``,
                  ``/actors/<id>``, ``/actors``, ``/outlets``

Make a store with ``bench/generate_store.py`` first. Usage::

    .venv/bin/python bench/bench_api.py --db /tmp/bench.db [--requests 100] [--clients 16]
        [--server-workers 2] [--only search,article] [--json]

The targets (issue 15, at 1M statements) are checked at the end: one client, search and
article p95 < 50 ms, home/actors/outlets p95 < 100 ms; ``--clients`` at once, search p95
< 150 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

SEED = 7
TOPICS: tuple[str, ...] = (
    *("negotiations", "ceasefire", "sanctions", "grain", "drone", "election", "budget"),
    *("embassy", "pipeline", "inflation", "convoy", "reform", "nuclear", "refugees"),
)
COMMON = ("the", "said", "would", "people", "government")  # in most statements
# scenario -> (target p95 ms for one client, for many clients); None: no target
TARGETS: dict[str, tuple[float | None, float | None]] = {
    "search": (50, 150),
    "search.common": (50, 150),
    "search.rare": (50, 150),
    "web.search": (50, 150),
    "article": (50, None),
    "web.article": (50, None),
    "web.home": (100, None),
    "actors": (100, None),
    "web.actors": (100, None),
    "outlets": (100, None),
    "web.outlets": (100, None),
}


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by process ``pid`` and its descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            stat = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(stat[11]) + int(stat[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, workers: int) -> tuple[subprocess.Popen[bytes], int]:
    """``reportedly serve`` over ``db`` with ``workers`` processes, once it answers."""
    port = _free_port()
    reportedly = Path(sys.executable).with_name("reportedly")
    cmd = [str(reportedly), "serve", "--db", db, "--port", str(port), "--workers", str(workers)]
    # its access log is left out of the benchmark's output (it still costs the server)
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited ({server.returncode}): {' '.join(cmd)}")
        try:
            status, _ = Client(port).get("/api/counts")
            if status == 200:
                _settle(server.pid, deadline)
                return server, port
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("the server did not answer within 120 s")


def _settle(pid: int, deadline: float) -> None:
    """Wait until the server's processes are idle: the first to start answers while the
    others still import (1.5 s of CPU on 2 cores after the first answer with 8 processes),
    which would be timed as the first scenario's."""
    before = cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = cpu_seconds(pid)
        if now - before < 0.05:
            return
        before = now


class Client:
    """One keep-alive HTTP connection to the server."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def get(self, url: str) -> tuple[int, bytes]:
        try:
            return self._get(url)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # the server closes a connection idle for 5 s (clients wait for each other
            # before a round); a browser opens a new one and sends the GET again
            self.conn.close()
            return self._get(url)

    def _get(self, url: str) -> tuple[int, bytes]:
        self.conn.request("GET", url, headers={"Accept": "text/html,application/json"})
        response = self.conn.getresponse()
        return response.status, response.read()

    def json(self, url: str) -> Any:
        status, body = self.get(url)
        if status != 200:
            raise SystemExit(f"{url}: {status} {body[:200]!r}")
        return json.loads(body)


def scenarios(client: Client) -> dict[str, Callable[[random.Random], str]]:
    """URL makers per scenario, from a sample of what the store holds."""
    statements = client.json("/api/statements?limit=200")["items"]
    statements += client.json("/api/statements?limit=200&q=" + TOPICS[0])["items"]
    articles = sorted({s["article_id"] for s in statements})
    words = sorted({w for s in statements for w in s["content"].split() if len(w) > 7})
    actors = client.json("/api/actors?limit=200")["items"]
    busiest = [a["id"] for a in actors]
    surnames = sorted({a["name"].split()[-1] for a in actors if a["kind"] == "person"})
    outlets = [o["name"] for o in client.json("/api/outlets?limit=30")]
    cursor = client.json("/api/actors?limit=50")["next_cursor"]

    def search(r: random.Random) -> str:
        q = r.choice(TOPICS) + (f" {r.choice(TOPICS)}" if r.random() < 0.3 else "")
        return "/api/statements?" + urlencode({"q": q})

    def year(r: random.Random) -> dict[str, str]:
        y = r.randint(2016, 2025)
        return {"since": f"{y}-01-01", "until": f"{y}-06-30"}

    return {
        "search": search,
        "search.common": lambda r: "/api/statements?" + urlencode({"q": r.choice(COMMON)}),
        "search.rare": lambda r: "/api/statements?" + urlencode({"q": r.choice(words)}),
        "filter.kind+dates": lambda r: (
            "/api/statements?" + urlencode({"kind": r.choice(("direct", "mixed")), **year(r)})
        ),
        "filter.speaker": lambda r: "/api/statements?" + urlencode({"speaker": r.choice(surnames)}),
        "filter.outlet": lambda r: "/api/statements?" + urlencode({"outlet": r.choice(outlets)}),
        "filter.act+confidence": lambda r: (
            "/api/statements?"
            + urlencode({"act": r.choice(("belief", "intent")), "min_confidence": "0.8"})
        ),
        "filter.search+outlet": lambda r: (
            "/api/statements?" + urlencode({"q": r.choice(TOPICS), "outlet": r.choice(outlets)})
        ),
        "article": lambda r: f"/api/articles/{r.choice(articles)}",
        "actor": lambda r: "/api/actors/" + quote(r.choice(busiest), safe=""),
        "actors": lambda r: (
            "/api/actors" + (f"?cursor={cursor}" if cursor and r.random() < 0.5 else "")
        ),
        "outlets": lambda r: "/api/outlets",
        "web.home": lambda r: "/",
        "web.search": lambda r: "/search?" + urlencode({"q": r.choice(TOPICS)}),
        "web.article": lambda r: f"/articles/{r.choice(articles)}",
        "web.actor": lambda r: "/actors/" + quote(r.choice(busiest), safe=""),
        "web.actors": lambda r: "/actors",
        "web.outlets": lambda r: "/outlets",
    }


def run(port: int, make: Callable[[random.Random], str], clients: int, each: int) -> list[float]:
    """Milliseconds of ``clients`` × ``each`` requests, the clients running at once."""
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients)

    def client(n: int) -> None:
        r = random.Random(SEED * 1000 + n)
        c = Client(port)
        urls = [make(r) for _ in range(each)]
        c.get(urls[0])  # connect and warm up outside the timing
        start.wait()
        mine = []
        for url in urls:
            t = time.perf_counter()
            status, body = c.get(url)
            mine.append((time.perf_counter() - t) * 1000)
            if status != 200:
                errors.append(f"{url}: {status} {body[:200]!r}")
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise SystemExit(errors[0])
    return sorted(times)


def summary(times: list[float], cpu: float) -> dict[str, float]:
    """Percentiles of ``times`` and the server's CPU milliseconds per request."""
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
        "max_ms": round(times[-1], 1),
        "server_cpu_ms": round(cpu * 1000 / len(times), 1),
        "requests": len(times),
    }


def measure(
    server: int, port: int, make: Callable[[random.Random], str], clients: int, each: int
) -> dict[str, float]:
    """:func:`run`, summarised with the server's CPU time per request."""
    before = cpu_seconds(server)
    times = run(port, make, clients, each)
    # the warm-up request of each client is in the CPU time too: a small overestimate
    return summary(times, cpu_seconds(server) - before)


def verdicts(results: dict[str, Any], clients: int) -> list[str]:
    """One line per target: the measured p95 and whether it holds."""
    lines = []
    for name, (one, many) in TARGETS.items():
        found = results["scenarios"].get(name)
        if found is None:
            continue
        for label, target, key in (("1 client", one, "one"), (f"{clients} clients", many, "many")):
            if target is None or key not in found:
                continue
            p95 = found[key]["p95_ms"]
            verdict = "holds" if p95 < target else "MISSED"
            lines.append(
                f"{name:<22} {label:<11} p95 {p95:>7.1f} ms < {target:>4.0f} ms: {verdict}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="store path or postgresql:// URL")
    parser.add_argument("--requests", type=int, default=100, help="per scenario, one client")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--each", type=int, default=10, help="requests per concurrent client")
    parser.add_argument("--server-workers", type=int, default=2)
    parser.add_argument("--only", default="", help="comma-separated scenario names")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if "://" not in args.db and not Path(args.db).exists():
        raise SystemExit(f"no store {args.db}; make one with bench/generate_store.py")
    server, port = start_server(args.db, args.server_workers)
    try:
        client = Client(port)
        results: dict[str, Any] = {
            "date": date.today().isoformat(),
            "machine": f"{platform.machine()} {platform.system()} {platform.release()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}",
            "server_workers": args.server_workers,
            "clients": args.clients,
            "counts": client.json("/api/counts"),
            "scenarios": {},
        }
        chosen = {s for s in args.only.split(",") if s}
        for name, make in scenarios(client).items():
            if chosen and name not in chosen:
                continue
            one = measure(server.pid, port, make, 1, args.requests)
            many = measure(server.pid, port, make, args.clients, args.each)
            results["scenarios"][name] = {"one": one, "many": many, "load": os.getloadavg()[0]}
            if not args.json:
                print(
                    f"{name:<22} 1: p50 {one['p50_ms']:>7.1f} p95 {one['p95_ms']:>7.1f}"
                    f" cpu {one['server_cpu_ms']:>6.1f}   {args.clients}:"
                    f" p50 {many['p50_ms']:>7.1f} p95 {many['p95_ms']:>7.1f} ms"
                    f"   load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
    finally:
        server.terminate()
        server.wait(30)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    counts = results["counts"]
    print(
        f"store {args.db}: {counts['articles']:,} articles, {counts['statements']:,} statements;"
        f" server: reportedly serve --workers {args.server_workers}; {results['machine']}"
    )
    print("\n".join(verdicts(results, args.clients)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
