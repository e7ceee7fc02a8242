"""The variants ``bench/bench_pipeline.py`` measures, each in a child process of its own
(``--variant NAME``), so that its peak RSS is its own: the spaCy floor, textacy, reportedly in
one and in all processes, ``reportedly run`` end to end, and the memory flatness check. Each
prints one JSON line of its times, peak memory and quality.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reportedly.config import Settings
from reportedly.eval import polnear
from reportedly.eval.records import Attribution
from reportedly.eval.scoreboard import Scoreboard
from reportedly.eval.scoring import score_document
from reportedly.model import Article, Span

VARIANTS = ("spacy", "textacy", "reportedly-1", "reportedly-N", "e2e", "flat")


# ----------------------------------------------------------------------------- helpers


def _peak_rss_mb() -> dict[str, float]:
    """Peak RSS of this process and of its largest waited-for child, in MiB (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_peak_mb": round(own, 1), "rss_children_peak_mb": round(children, 1)}


def _current_rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _entries(args: argparse.Namespace) -> Iterator[polnear.Entry]:
    data = polnear.resolve_data_dir(Path(args.data) if args.data else None)
    return polnear.iter_entries(data, split=args.split, limit=args.limit)


def read_texts(args: argparse.Namespace) -> Iterator[str]:
    """The texts of the PolNeAR articles ``args`` chooses (split, limit, data folder)."""
    for entry in _entries(args):
        yield polnear.read_text(entry)


def _quality(board: Scoreboard, direct: Scoreboard) -> dict[str, float]:
    overall = board.report().scores["content.overlap"]["all"]
    on_direct = direct.report().scores["content.overlap"]["all"]
    return {
        "f1_all": round(overall.f1, 4),
        "f1_direct": round(on_direct.f1, 4),
        "p_direct": round(on_direct.precision, 4),
        "r_direct": round(on_direct.recall, 4),
    }


def _score(
    text: str, entry: polnear.Entry, pred: tuple[Attribution, ...], boards: tuple[Scoreboard, ...]
) -> None:
    gold = polnear.read_gold(entry)
    boards[0].add(score_document(text, gold, pred, doc_id=entry.name))
    boards[1].add(score_document(text, gold, pred, doc_id=entry.name, kinds=("direct",)))


# ----------------------------------------------------------------------------- variants


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its reaped children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class Clock:
    """Wall and CPU time of a measured region, minus the stretches spent in ``excluded()``."""

    def __init__(self) -> None:
        self.wall0, self.cpu0 = time.perf_counter(), _cpu()
        self.skip_wall = self.skip_cpu = 0.0

    @contextlib.contextmanager
    def excluded(self) -> Iterator[None]:
        wall, cpu = time.perf_counter(), _cpu()
        try:
            yield
        finally:
            self.skip_wall += time.perf_counter() - wall
            self.skip_cpu += _cpu() - cpu

    def result(self) -> dict[str, float]:
        return {
            "seconds": time.perf_counter() - self.wall0 - self.skip_wall,
            "cpu_seconds": _cpu() - self.cpu0 - self.skip_cpu,
        }


def run_spacy(args: argparse.Namespace) -> dict[str, Any]:
    from reportedly.nlp import load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline(args.model)
    load = time.perf_counter() - t0
    n = tokens = 0
    clock = Clock()
    for doc in nlp.pipe(read_texts(args), batch_size=Settings().batch_size):
        n += 1
        tokens += len(doc)
    return {"articles": n, **clock.result(), "load_seconds": load, "spacy_tokens": tokens}


def _token_groups(tokens: Any) -> tuple[Span, ...]:
    spans: list[Span] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        start, end = tok.idx, tok.idx + len(tok.text)
        if spans and start - spans[-1].end <= 1:
            spans[-1] = Span(spans[-1].start, end)
        else:
            spans.append(Span(start, end))
    return tuple(spans)


def run_textacy(args: argparse.Namespace) -> dict[str, Any]:
    from textacy.extract.triples import direct_quotations

    from reportedly.nlp import load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline(args.model)
    load = time.perf_counter() - t0
    boards = (Scoreboard(worst_n=0), Scoreboard(worst_n=0))
    entries = list(_entries(args))  # paths only
    n = failures = quotes = 0
    textacy_cpu = 0.0
    clock = Clock()
    texts = (polnear.read_text(e) for e in entries)
    for entry, doc in zip(entries, nlp.pipe(texts, batch_size=Settings().batch_size), strict=True):
        n += 1
        cpu = _cpu()
        pred: list[Attribution] = []
        try:
            for triple in direct_quotations(doc):
                pred.append(
                    Attribution(
                        content=(Span(triple.content.start_char, triple.content.end_char),),
                        source=_token_groups(triple.speaker),
                        cue=_token_groups(triple.cue),
                    )
                )
        except Exception:  # textacy raises on unbalanced quote marks, for the whole doc
            failures += 1
        textacy_cpu += _cpu() - cpu
        quotes += len(pred)
        with clock.excluded():
            _score(doc.text, entry, tuple(pred), boards)
    return {
        "articles": n,
        **clock.result(),
        "load_seconds": load,
        "textacy_cpu_seconds": textacy_cpu,
        "doc_failures": failures,
        "predicted": quotes,
        **_quality(*boards),
    }


def _articles(args: argparse.Namespace, repeat: int = 1) -> Iterator[Article]:
    for _ in range(repeat):
        for entry in _entries(args):
            text = polnear.read_text(entry)
            yield Article(id=Article.make_id(text), text=text, source=str(entry.text_path))


def run_reportedly(args: argparse.Namespace, workers: int) -> dict[str, Any]:
    from reportedly.pipeline import Pipeline

    t0 = time.perf_counter()
    pipeline = Pipeline(Settings(model=args.model, workers=workers))
    pipeline.analyze(Article(id="warm", text="Warm-up, he said."))  # load before forking
    load = time.perf_counter() - t0
    boards = (Scoreboard(worst_n=0), Scoreboard(worst_n=0))
    entries = {str(e.text_path): e for e in _entries(args)}  # paths only
    clock = Clock()
    # scored after the clock stops: scoring in the parent while workers run would take CPU
    # from them on a small machine and understate the speed-up of several processes
    analyses = list(pipeline.analyze_many(_articles(args), workers=workers))
    timing = clock.result()
    for analysis in analyses:
        pred = polnear.predicted_attributions(polnear.in_convention(analysis))
        _score(analysis.article.text, entries[analysis.article.source], pred, boards)
    return {
        "articles": len(analyses),
        **timing,
        "load_seconds": load,
        "workers": workers,
        "predicted": sum(len(a.statements) for a in analyses),
        **_quality(*boards),
    }


def run_e2e(args: argparse.Namespace) -> dict[str, Any]:
    try:
        import reportedly.store  # noqa: F401
        from reportedly.cli import run as _run  # noqa: F401
    except ImportError as e:
        return {"skipped": f"reportedly store or run command unavailable: {e}"}
    paths = [str(e.text_path) for e in _entries(args)]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        command = [
            sys.executable,
            "-c",
            "from reportedly.cli import main; raise SystemExit(main())",
            "run",
            "--db",
            str(db),
            "--workers",
            "1",
            *paths,
        ]
        clock = Clock()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        timing = clock.result()
        if done.returncode != 0:
            return {"skipped": f"reportedly run failed ({done.returncode}): {done.stderr[-500:]}"}
        size = db.stat().st_size if db.exists() else 0
    return {
        "articles": len(paths),
        **timing,
        "load_seconds": 0.0,
        "db_bytes": size,
        "note": "process start, model load and store writes included",
        "stderr_tail": done.stderr.strip().splitlines()[-1:],
    }


def run_flat(args: argparse.Namespace) -> dict[str, Any]:
    from reportedly.pipeline import Pipeline

    pipeline = Pipeline(Settings(model=args.model, workers=1))
    pipeline.analyze(Article(id="warm", text="Warm-up, he said."))
    per_pass = sum(1 for _ in _entries(args))
    samples: list[float] = []
    n = 0
    clock = Clock()
    for _ in pipeline.analyze_many(_articles(args, repeat=args.repeat), workers=1):
        n += 1
        if n % per_pass == 0:
            samples.append(round(_current_rss_mb(), 1))
    return {
        "articles": n,
        **clock.result(),
        "load_seconds": 0.0,
        "rss_after_each_pass_mb": samples,
        "growth_mb": round(samples[-1] - samples[0], 1) if samples else 0.0,
    }


def child(args: argparse.Namespace) -> None:
    runners = {
        "spacy": run_spacy,
        "textacy": run_textacy,
        "reportedly-1": lambda a: run_reportedly(a, 1),
        "reportedly-N": lambda a: run_reportedly(a, os.cpu_count() or 1),
        "e2e": run_e2e,
        "flat": run_flat,
    }
    result = runners[args.variant](args)
    result.update(_peak_rss_mb())
    print(json.dumps(result))
