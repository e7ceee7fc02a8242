"""Benchmark the Russian and Ukrainian pipelines: sentences per second per core.

Russian: Telegram posts of ``../shared/data/ru-uk/telegram-ru/posts.jsonl``; Ukrainian: the
texts of ``../shared/data/ru-uk/slavicner/uk``. Each article goes through the whole pipeline
(annotation, attribution, actors, provenance) in one process; the figure is sentences over
the process's CPU time (so other load on a shared machine counts little), with wall time
beside it. Models are loaded before timing.

BLAS runs on one thread (``OPENBLAS_NUM_THREADS=1`` unless set): slovnet's matrices are small,
and OpenBLAS's spinning threads cost the Russian pipeline 5x in CPU and wall time on a shared
machine (per core: 35 sentences/s with its default threads, 220 with one).

Usage::

    .venv/bin/python bench/bench_slavic.py [--limit N] [--lang ru,uk] [--data DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported
from pathlib import Path
from typing import Any

from reportedly.model import Article
from reportedly.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ru-uk"


def _texts(lang: str, data: Path, limit: int) -> list[str]:
    if lang == "ru":
        lines = (data / "telegram-ru" / "posts.jsonl").read_text("utf-8").splitlines()
        return [json.loads(line)["text"] for line in lines[:limit]]
    files = sorted((data / "slavicner" / "uk").rglob("*.txt"))[:limit]
    return [f.read_text("utf-8") for f in files]


def bench(lang: str, texts: list[str], pipeline: Pipeline) -> dict[str, Any]:
    """Run the pipeline over ``texts`` in ``lang``; return counts and rates."""
    warm = Article(id="warm", text=texts[0][:200], language=lang)
    pipeline.analyze(warm)  # load the models before timing
    sentences = statements = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for n, text in enumerate(texts):
        article = Article(id=f"{lang}-{n}", text=text, language=lang)
        analysis = pipeline.analyze(article)
        assert analysis.annotation is not None
        sentences += len(analysis.annotation.sentences)
        statements += len(analysis.statements)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {
        "lang": lang,
        "articles": len(texts),
        "sentences": sentences,
        "statements": statements,
        "cpu_s": round(cpu, 2),
        "wall_s": round(wall, 2),
        "sentences_per_cpu_s": round(sentences / cpu, 1),
        "sentences_per_wall_s": round(sentences / wall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--lang", default="ru,uk")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline()
    results = [
        bench(lang, _texts(lang, args.data, args.limit), pipeline) for lang in args.lang.split(",")
    ]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results:
        print(
            f"{r['lang']}: {r['articles']} articles, {r['sentences']} sentences, "
            f"{r['statements']} statements; {r['sentences_per_cpu_s']} sentences/s per core "
            f"(CPU {r['cpu_s']} s; wall {r['wall_s']} s)"
        )


if __name__ == "__main__":
    main()
