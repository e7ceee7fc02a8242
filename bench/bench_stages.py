"""CPU seconds of each extraction stage on PolNeAR articles; the wordpieces the span model reads.

Parses the first ``--limit`` articles of ``--split`` as the pipeline does, then runs every
later stage article by article, timing each with the process's CPU clock: the spaCy parse,
the span tagger (the model's own call), the rest of attribution, actors, events and
provenance. Also counts the wordpieces of the texts and those the tagger reads (the pieces
of the sentences :func:`~reportedly.attribution.learned.model_regions` gives it). Where the
time goes decides what can bring extraction toward issue 12's ≤ 1.6× the parse.

Usage: .venv/bin/python bench/bench_stages.py [--limit 40] [--split dev] [--data DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reportedly.actors.resolve import resolve_actors
from reportedly.attribution import attribute
from reportedly.attribution.span_model import default_model_dir, load_tagger
from reportedly.config import Settings
from reportedly.eval import polnear
from reportedly.events import code_events
from reportedly.model import Analysis, Article, Span
from reportedly.nlp import annotate_many, load_pipeline
from reportedly.nlp.encoder import Tagged, TokenTagger
from reportedly.pipeline import Pipeline, sentence_breaks
from reportedly.provenance.stage import provenance_stage


class TimedTagger(TokenTagger):
    """The span tagger, timed, counting the wordpieces of each text and those it reads."""

    def __init__(self, tagger: TokenTagger) -> None:  # wraps a loaded tagger, loads nothing
        self.tagger = tagger
        self.directory = tagger.directory
        self.labels = tagger.labels
        self.cpu = 0.0
        self.pieces = self.read = 0

    def tag(self, text: str, regions: Sequence[Span] | None = None) -> Tagged:
        started = time.process_time()
        tagged = self.tagger.tag(text, regions)
        self.cpu += time.process_time() - started
        offsets = tagged.offsets
        self.pieces += len(offsets)
        if regions is None:
            self.read += len(offsets)
            return tagged
        inside = np.zeros(len(offsets), dtype=bool)
        for region in regions:
            inside |= (offsets[:, 0] < region.end) & (offsets[:, 1] > region.start)
        self.read += int(inside.sum())
        return tagged


def measure(args: argparse.Namespace) -> dict[str, Any]:
    settings = Settings()
    data = polnear.resolve_data_dir(Path(args.data) if args.data else None)
    texts = [
        polnear.read_text(e) for e in polnear.iter_entries(data, split=args.split, limit=args.limit)
    ]
    articles = [Article(id=Article.make_id(t), text=t) for t in texts]
    load_pipeline(settings.model)
    pipeline = Pipeline(settings)  # the stages' lexicons, registry and models, loaded as it does
    # the tagger is timed even where the settings turn it off
    tagger = TimedTagger(
        pipeline.span_model or load_tagger(default_model_dir(int8=settings.span_int8))
    )
    cpu = dict.fromkeys(("parse", "attribution", "actors", "events", "provenance"), 0.0)
    started = time.process_time()
    items = [(a.text[: settings.max_chars], sentence_breaks(a)) for a in articles]
    annotations = list(annotate_many(items, model=settings.model, batch_size=settings.batch_size))
    cpu["parse"] = time.process_time() - started
    for article, annotation in zip(articles, annotations, strict=True):
        clock = time.process_time()
        result = attribute(
            article,
            annotation,
            lexicon=pipeline.lexicon,
            cue_model=pipeline.cue_model,
            span_model=tagger,
        )
        cpu["attribution"] += time.process_time() - clock
        analysis = Analysis(
            article=article,
            annotation=annotation,
            entities=result.entities,
            statements=result.statements,
            citations=result.citations,
        )
        clock = time.process_time()
        analysis = resolve_actors(analysis, pipeline.registry)
        cpu["actors"] += time.process_time() - clock
        clock = time.process_time()
        code_events(
            article,
            annotation,
            analysis.statements,
            resolver=pipeline.event_resolver,
            lexicon=pipeline.event_lexicon,
            entities=analysis.entities,
            model=pipeline.event_model,
        )
        cpu["events"] += time.process_time() - clock
        clock = time.process_time()
        provenance_stage(analysis)
        cpu["provenance"] += time.process_time() - clock
    stages = {
        "parse": cpu["parse"],
        "span_tagger": tagger.cpu,
        "attribution_rest": cpu["attribution"] - tagger.cpu,
        "actors": cpu["actors"],
        "events": cpu["events"],
        "provenance": cpu["provenance"],
    }
    total = sum(stages.values())
    return {
        "articles": len(articles),
        "int8": settings.span_int8,
        "cpu_seconds": {k: round(v, 2) for k, v in stages.items()},
        "total_cpu_seconds": round(total, 2),
        "x_parse": {k: round(v / cpu["parse"], 3) for k, v in stages.items()},
        "total_x_parse": round(total / cpu["parse"], 3),
        "wordpieces": tagger.pieces,
        "wordpieces_read": tagger.read,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--data", default=None, help="PolNeAR dir (default ../shared/...)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    result = measure(args)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['articles']} articles (int8: {result['int8']}), CPU seconds by stage:")
    for stage, seconds in result["cpu_seconds"].items():
        print(f"  {stage:18} {seconds:7.2f} s  {result['x_parse'][stage]:5.2f} x parse")
    total, ratio = result["total_cpu_seconds"], result["total_x_parse"]
    print(f"  {'total':18} {total:7.2f} s  {ratio:5.2f} x parse")
    pieces, read = result["wordpieces"], result["wordpieces_read"]
    print(f"wordpieces: {pieces}, read by the span tagger {read} ({read / max(1, pieces):.1%})")
    print(f"peak RSS {result['peak_rss_mb']} MiB")


if __name__ == "__main__":
    main()
