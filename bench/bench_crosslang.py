"""Time a cross-language trace: one English statement against N Russian statements of its actor.

Stores ``--n`` Russian statements of one actor (the Telegram posts' sentences naming Peskov,
repeated when fewer) and one English statement, all within the date window, built directly
as records (no Russian pipeline is needed); then traces the English statement twice with the
encoder, the first time computing the vectors (and caching them in the store), the second
reading them back, and once with the lexical method.

Usage: .venv/bin/python bench/bench_crosslang.py [--n 200] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from reportedly.crosslang import encoder
from reportedly.crosslang.match import find_originals
from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement
from reportedly.store import Store
from reportedly.store.sqlite_counterparts import CounterpartReader

ROOT = Path(__file__).resolve().parents[1]


def _analysis(text: str, language: str, n: int) -> Analysis:
    aid = Article.make_id(f"{language}:{n}:{text}")
    span = Span(0, len(text))
    statement = Statement(
        id=Statement.make_id(aid, (span,), "indirect"),
        kind="indirect",
        content=(span,),
        speaker=Mention(span=Span(0, 1), text=text[:1], label="PERSON"),
        speaker_entity="e1",
    )
    entity = Entity(
        id="e1",
        name="Dmitry Peskov",
        kind="person",
        mentions=(Span(0, 1),),
        actor_id="peskov-dmitry",
        resolution="registry",
    )
    article = Article(
        id=aid,
        text=text,
        published=date(2024, 11, 20),
        language=language,
        source=f"bench:{n}",
    )
    return Analysis(article=article, entities=(entity,), statements=(statement,))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    posts = args.data / "ru-uk" / "telegram-ru" / "posts.jsonl"
    sentences = []
    for line in posts.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if "Песков" in s]
    if not sentences:
        sys.exit(f"no sentence naming Peskov in {posts}")
    english = "Putin always has been, is and will be open for contact and negotiation."
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with Store.open(path) as store:
            store.save(_analysis(english, "en", 0))
            for n in range(args.n):
                store.save(_analysis(sentences[n % len(sentences)], "ru", n + 1))
        with CounterpartReader(path) as reader:
            sid = reader._all(
                "SELECT s.id FROM statements s JOIN articles a"
                " ON a.id = s.article_id WHERE a.language = 'en'"
            )[0][0]
            seed = reader.statement(sid)
            runs = [("lexical", False)]
            if encoder.available():
                encoder.encode(["warm-up"])  # load the model outside the timing
                runs += [("encoder", True), ("encoder", True)]  # encoded, then from the cache
            for matcher, keep in runs:
                start = time.perf_counter()
                found = find_originals(seed, reader, matcher=matcher, keep=keep)
                took = time.perf_counter() - start
                print(
                    f"{matcher:8} {found.candidates} candidates in {took:.2f} s"
                    f" ({found.candidates / took:.0f}/s), {len(found.originals)} above threshold"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
