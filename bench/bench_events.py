"""Time event coding against the spaCy parse it sits on, with and without the learned model.

Parses the first ``--limit`` war-news articles once, then codes their events with the rules
alone and with the rules and the learned classifier (one process, the model's onnxruntime
session on one thread, loaded before timing); prints each time and its ratio to the parse.

Usage: .venv/bin/python bench/bench_events.py [--limit 20] [--data DIR]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from reportedly.config import Settings
from reportedly.events import EventLexicon, code_events, default_resolver
from reportedly.events.learned import load_event_model
from reportedly.model import Article
from reportedly.nlp import annotate_many, load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/warnews-en/articles"))
    args = parser.parse_args()
    paths = sorted(args.data.glob("*.txt"))[: args.limit]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    model_name = Settings().model
    load_pipeline(model_name)
    lexicon, resolver, model = EventLexicon.load(), default_resolver(), load_event_model()
    started = time.perf_counter()
    annotations = list(annotate_many(texts, model=model_name))
    parse = time.perf_counter() - started
    articles = [Article(id=Article.make_id(t), text=t) for t in texts]
    timings = {}
    for name, learned in (("rules", None), ("rules+model", model)):
        started = time.perf_counter()
        count = 0
        for article, annotation in zip(articles, annotations, strict=True):
            events = code_events(
                article, annotation, (), resolver=resolver, lexicon=lexicon, model=learned
            )
            count += len(events)
        timings[name] = (time.perf_counter() - started, count)
    print(f"{len(texts)} articles, {sum(len(t) for t in texts)} chars; parse {parse:.2f} s")
    for name, (seconds, count) in timings.items():
        print(f"  {name:12} {seconds:6.2f} s = {seconds / parse:.2f} x parse, {count} events")


if __name__ == "__main__":
    main()
