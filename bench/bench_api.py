"""Benchmark the HTTP API's statement search on a generated store of 100k statements.

Builds (or reuses) a store of synthetic analyses saved through ``Store.save``, then times
requests in-process through FastAPI's TestClient (so the figures include routing,
validation and JSON encoding, but no network) and prints p50/p95/max per scenario:

  fts        ``GET /api/statements?q=<word>`` full-text search, common and rare words
  fts+kind   the same with ``kind=direct``
  speaker    ``GET /api/statements?speaker=<surname>`` (substring match)
  paging     the first 5 pages of all statements, following ``next_cursor``
  article    ``GET /api/statements?article=<id prefix>``
  entity     ``GET /api/speakers/<id>`` (speaker page query: totals, timeline, statements)
  actor      ``GET /api/actors/<id>`` (actor page query: registry, timeline, events, statements)
  trace      ``GET /api/trace?q=<a stored statement's words>`` (quote tracing)

Usage::

    .venv/bin/python bench/bench_api.py [--statements 100000] [--requests 200] [--db PATH]
        [--json]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from reportedly.api import create_app
from reportedly.model import Analysis, Article, Citation, Entity, Mention, Span, Statement
from reportedly.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)  # starlette asks for httpx2
    from fastapi.testclient import TestClient

PER_ARTICLE = 10
SEED = 7
FIRST = ["Anna", "Boris", "Carla", "Dmitry", "Elena", "Farid", "Greta", "Hassan", "Irina", "Jonas"]
LAST = [
    f"{a}{b}"
    for a in ("Kov", "Mar", "Sel", "Tan", "Vor", "Ber", "Lin", "Dal")
    for b in ("enko", "ova", "sky", "ani", "ez", "berg", "son", "ini", "ov", "ic")
]
OUTLETS = [
    f"{a} {b}"
    for a in ("Daily", "Evening", "Kyiv", "Baltic", "Global")
    for b in (
        "Herald",
        "Post",
        "Wire",
        "Times",
        "Observer",
        "Courier",
        "Ledger",
        "Bulletin",
        "News",
        "Voice",
    )
]
WORDS = (  # noqa: SIM905 - a word list reads better as text
    "negotiations troops border ceasefire sanctions grain energy talks missile drone election "
    "parliament budget reform corruption embassy treaty summit aid refugees shelling pipeline "
    "inflation currency exports harvest convoy frontline reserves mobilisation diplomacy veto"
).split()
CUES = ("said", "stated", "told reporters", "added", "claimed", "warned")
KINDS = ("direct", "indirect", "mixed")


def _speakers(rng: random.Random) -> list[tuple[str, str]]:
    names = {f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2000)}
    return [(n, n.lower().replace(" ", "-")) for n in sorted(names)]


def _sentence(rng: random.Random, n: int) -> str:
    words = [
        rng.choice(WORDS) if rng.random() < 0.35 else f"w{rng.randrange(5000)}" for _ in range(n)
    ]
    return " ".join(words).capitalize()


def make_analysis(rng: random.Random, i: int, speakers: list[tuple[str, str]]) -> Analysis:
    """One synthetic article with ``PER_ARTICLE`` attributed statements and one citation."""
    parts: list[str] = [f"Synthetic report {i}: {_sentence(rng, 6)}\n\n"]
    pos = len(parts[0])
    raw: list[tuple[Span, Span, Span, str, str, str]] = []
    cast = rng.sample(speakers, 3)
    for _ in range(PER_ARTICLE):
        name, eid = rng.choice(cast)
        cue = rng.choice(CUES)
        content = _sentence(rng, rng.randint(8, 20))
        lead = f'{name} {cue}: "'
        piece = f'{lead}{content}." '
        who = Span(pos, pos + len(name))
        cue_span = Span(pos + len(name) + 1, pos + len(name) + 1 + len(cue))
        body = Span(pos + len(lead), pos + len(lead) + len(content))
        raw.append((who, cue_span, body, name, eid, rng.choice(KINDS)))
        parts.append(piece)
        pos += len(piece)
    outlet = rng.choice(OUTLETS)
    source_line = f"\n\nSource: {rng.choice(OUTLETS)}"
    parts.append(source_line)
    text = "".join(parts)
    cited = Span(len(text) - len(source_line) + len("\n\nSource: "), len(text))
    aid = Article.make_id(text)
    statements = tuple(
        Statement(
            id=Statement.make_id(aid, (body,), kind),
            kind=kind,  # type: ignore[arg-type]
            content=(body,),
            quotes=(body,) if kind == "direct" else (),
            cue=cue,
            speaker=Mention(span=who, text=name, label="PERSON"),
            speaker_entity=eid,
            confidence=round(rng.uniform(0.5, 1.0), 2),
        )
        for who, cue, body, name, eid, kind in raw
    )
    entities = {eid: Entity(id=eid, name=name, kind="person") for _, _, _, name, eid, _ in raw}
    return Analysis(
        article=Article(
            id=aid,
            text=text,
            title=f"Synthetic report {i}",
            outlet=outlet,
            published=date(2021, 1, 1) + timedelta(days=rng.randrange(3 * 365)),
            source=f"bench:{i}",
        ),
        entities=tuple(entities.values()),
        statements=statements,
        citations=(
            Citation(
                id=f"c{i}",
                kind="source_line",
                outlet=cited.text(text),
                span=cited,
                statements=tuple(s.id for s in statements[:3]),
            ),
        ),
    )


def build(db: Path, statements: int) -> float:
    """Fill ``db`` up to ``statements`` statements; returns the seconds it took."""
    rng = random.Random(SEED)
    speakers = _speakers(rng)
    start = time.perf_counter()
    with Store.open(db) as store:
        have = store.counts()["statements"]
        for i in range(have // PER_ARTICLE, statements // PER_ARTICLE):
            store.save(make_analysis(random.Random(SEED * 1_000_003 + i), i, speakers))
    return time.perf_counter() - start


def _time(client: TestClient, urls: Iterator[str], n: int) -> list[float]:
    out = []
    for _ in range(n):
        url = next(urls)
        t = time.perf_counter()
        response = client.get(url)
        out.append((time.perf_counter() - t) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: {response.status_code} {response.text[:200]}")
    return out


def scenarios(client: TestClient, rng: random.Random) -> dict[str, Callable[[], Iterator[str]]]:
    """URL generators per scenario."""
    speakers = [s["id"] for s in client.get("/api/speakers?limit=200").json()["items"]]
    articles = [a["id"] for a in client.get("/api/articles?limit=200").json()["items"]]
    actors = [a["id"] for a in client.get("/api/actors?limit=200").json()["items"]]
    quotes = [
        " ".join(s["content"].split()[:8])
        for s in client.get("/api/statements?limit=200&kind=direct").json()["items"]
    ]

    def fts() -> Iterator[str]:
        while True:
            yield f"/api/statements?q={rng.choice(WORDS)}" + (
                f"+w{rng.randrange(5000)}" if rng.random() < 0.5 else ""
            )

    def fts_kind() -> Iterator[str]:
        while True:
            yield f"/api/statements?q={rng.choice(WORDS)}&kind=direct"

    def speaker() -> Iterator[str]:
        while True:
            yield f"/api/statements?speaker={rng.choice(speakers).split('-')[-1]}"

    def paging() -> Iterator[str]:
        while True:
            cursor = None
            for _ in range(5):
                url = "/api/statements?limit=50" + (f"&cursor={cursor}" if cursor else "")
                yield url
                cursor = client.get(url).json()["next_cursor"]

    def article() -> Iterator[str]:
        while True:
            yield f"/api/statements?article={rng.choice(articles)[:8]}"

    def entity() -> Iterator[str]:
        while True:
            yield f"/api/speakers/{rng.choice(speakers)}"

    def actor() -> Iterator[str]:
        while True:
            yield f"/api/actors/{rng.choice(actors)}"

    def trace() -> Iterator[str]:
        while True:
            yield "/api/trace?" + urlencode({"q": rng.choice(quotes)})

    return {
        "fts": fts,
        "fts+kind": fts_kind,
        "speaker": speaker,
        "paging": paging,
        "article": article,
        "entity": entity,
        "actor": actor,
        "trace": trace,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="per scenario")
    parser.add_argument("--db", type=Path, default=None, help="store to build or reuse")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    db = args.db or Path(tempfile.mkdtemp(prefix="reportedly-bench-")) / "bench.db"
    built = build(db, args.statements)
    rng = random.Random(SEED)
    results: dict[str, Any] = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()} {platform.processor() or ''} {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}".replace("  ", " "),
        "build_seconds": round(built, 1),
        "scenarios": {},
    }
    with TestClient(create_app(db)) as client:
        results["counts"] = client.get("/api/counts").json()
        for name, urls in scenarios(client, rng).items():
            gen = urls()
            _time(client, gen, 10)  # warm the page cache and the app
            times = sorted(_time(client, gen, args.requests))
            results["scenarios"][name] = {
                "p50_ms": round(statistics.median(times), 2),
                "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
                "max_ms": round(times[-1], 2),
                "requests": len(times),
            }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"store: {db} ({results['counts']['statements']:,} statements; built in {built:.1f}s)")
    print(f"machine: {results['machine']}")
    print(f"{'scenario':<10} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, r in results["scenarios"].items():
        print(f"{name:<10} {r['p50_ms']:>8.2f} {r['p95_ms']:>8.2f} {r['max_ms']:>8.2f}")
    searches = ("fts", "fts+kind", "speaker", "paging", "article")
    worst = max(results["scenarios"][name]["p95_ms"] for name in searches)
    print(f"worst statement-search p95: {worst:.2f} ms (target < 50 ms): ", end="")
    print("OK" if worst < 50 else "OVER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
