"""Benchmark the engines of ``reportedly run`` on a corpus, and check they store the same.

Runs ``reportedly run`` (a fresh process and a fresh store each time) over one folder with
each configuration below, times it end to end (start-up, model loading and cluster start
included), checks that every store holds identical records, then runs the first
configuration again over its own store to time an unchanged (incremental) re-run:

  serial      --workers 1                       (this process)
  pool-2      --workers 2                       (a process pool)
  dask-1      --engine dask --workers 1         (a LocalCluster of one worker process)
  dask-2      --engine dask --workers 2         (two worker processes)

With ``--steady``, also times the analysis alone, models loaded and cluster started
beforehand (in this process): serial, then a LocalCluster of 1 and of 2 workers.

Prints the times, the 1 → 2 worker speed-ups and the load average before and after (the
figures mean little on a machine busy with other work: say what the load was).

Usage::

    .venv/bin/python bench/bench_engines.py [CORPUS] [--limit N] [--only serial,dask-2]
        [--steady] [--json]

CORPUS defaults to ../shared/data/polnear/dev/text (PolNeAR dev, 84 articles).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
CONFIGS = {
    "serial": ["--workers", "1"],
    "pool-2": ["--workers", "2"],
    "dask-1": ["--engine", "dask", "--workers", "1"],
    "dask-2": ["--engine", "dask", "--workers", "2"],
}
CLI = "import sys; from reportedly.cli import main; sys.exit(main())"
WRITTEN = {"added_at", "seq", "created_at"}  # when or in what order a row was written


def run(folder: Path, db: Path, args: list[str]) -> tuple[float, str]:
    """Seconds ``reportedly run`` took, and its summary line."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CLI, "run", str(folder), "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"reportedly run {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return took, done.stderr.strip().splitlines()[-1]


def stored(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, less the write times, in a stable order."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {}
        for table in tables:
            if table.startswith("statements_fts") or table == "migrations":
                continue
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = ", ".join(c for c in columns if c not in WRITTEN)
            found[table] = sorted(conn.execute(f"SELECT {keep} FROM {table}").fetchall(), key=repr)
    return found


def steady(folder: Path, workers: int) -> float:
    """Seconds to analyse ``folder`` once the models are loaded: in this process (0 workers)
    or on a warm LocalCluster of ``workers`` processes; results are not stored."""
    import logging

    import distributed

    from reportedly.config import Settings
    from reportedly.engines.dask_engine import _warm, analyse_on_dask
    from reportedly.ingest import read_paths
    from reportedly.model import Article
    from reportedly.pipeline import Pipeline

    articles = [a for a in read_paths([folder]) if isinstance(a, Article)]
    settings = Settings()
    if not workers:
        pipeline = Pipeline(settings)
        pipeline._ensure_model()
        start = time.perf_counter()
        sum(1 for _ in pipeline.analyze_many(articles, workers=1))
        return time.perf_counter() - start
    with distributed.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        dashboard_address=":0",  # a free port: never 8787, which may be taken
        silence_logs=logging.ERROR,
    ) as cluster:
        with distributed.Client(cluster) as client:
            client.run(_warm, settings)
        start = time.perf_counter()
        sum(1 for _ in analyse_on_dask(articles, settings, address=cluster.scheduler_address))
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--only", default=",".join(CONFIGS), help="configurations to run")
    parser.add_argument("--steady", action="store_true", help="also time the analysis alone")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no such folder")
    names = [n for n in args.only.split(",") if n]
    unknown = set(names) - set(CONFIGS)
    if unknown:
        sys.exit(f"unknown configuration(s): {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="bench-engines-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = sorted(p for p in args.corpus.iterdir() if p.is_file())
        for path in files[: args.limit or None]:
            shutil.copy(path, folder)
        report: dict[str, object] = {
            "corpus": str(args.corpus),
            "files": len(list(folder.iterdir())),
            "cpus": os.cpu_count(),
            "load_before": os.getloadavg(),
        }
        times: dict[str, float] = {}
        summaries: dict[str, str] = {}
        stores: dict[str, Path] = {}
        for name in names:
            stores[name] = Path(tmp) / f"{name}.db"
            times[name], summaries[name] = run(folder, stores[name], CONFIGS[name])
            print(f"{name}: {times[name]:.1f} s  {summaries[name]}", file=sys.stderr)
        first = names[0]
        again, summary = run(folder, stores[first], CONFIGS[first])
        expected = stored(stores[first])
        report |= {
            "seconds": {n: round(t, 1) for n, t in times.items()},
            "identical": {n: stored(stores[n]) == expected for n in names[1:]},
            "rerun_seconds": round(again, 2),
            "rerun_share": round(again / times[first], 3),
            "rerun_summary": summary,
            "load_after": os.getloadavg(),
            "summaries": summaries,
        }
        if args.steady:
            warm = {n: round(steady(folder, n), 1) for n in (0, 1, 2)}
            report["steady_seconds"] = {"serial": warm[0], "dask-1": warm[1], "dask-2": warm[2]}
            report["steady_speedup_dask-1_to_dask-2"] = round(warm[1] / warm[2], 2)
            report["load_after"] = os.getloadavg()
        for one, two in (("serial", "pool-2"), ("dask-1", "dask-2")):
            if one in times and two in times:
                report[f"speedup_{one}_to_{two}"] = round(times[one] / times[two], 2)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
