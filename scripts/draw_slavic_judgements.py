"""Draw ru or uk texts no gold holds and list every statement the pipeline finds on them.

The texts to judge by hand for ``gold/slavic-judgements/`` (its README says how they are
judged and used). The pool is the gold batches' (``draw_slavic_gold.py``) without their
per-channel and per-topic quotas. Russian: the posts of the batches' Telegram channels of
60-1,100 characters holding a cue word, and the SlavicNER war-topic files of at most
10,000 bytes. Ukrainian: SlavicNER texts of 700-3,600 characters with two or more cue hits,
and ner-uk texts of 900-2,400 characters with two or more (« not counted). Texts a gold file
holds, whose post id or file stem a file under ``--skip-named`` names, or that share 30 % or
more of their 6-word shingles with a gold text or an earlier pick are left out. The pool is
sorted and shuffled by ``random.Random(seed)``; texts are taken whole, in that order, until
their statements number ``--statements`` or more. Each statement becomes one record with
every judgement field null, to be filled in by a reader of the text.

    python scripts/draw_slavic_judgements.py ru ../shared/data/ru-uk gold/ru/ru.jsonl \
        gold/uk/uk.jsonl --seed 28201 --skip-named docs tests src > build/draw-28201.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from draw_slavic_gold import (
    RU_CHANNELS,
    UK_CUE,
    UK_TOPICS,
    WAR,
    _Dedup,
    _ner_uk_pool,
    _post_pool,
    _posts,
    _read,
    _Taken,
    gold_records,
    named_in,
)

from reportedly import pipeline_slavic
from reportedly.eval.gold import GoldArticle, TextSource
from reportedly.eval.gold_texts import TextReader
from reportedly.model import Analysis, Statement
from reportedly.pipeline import Pipeline

NEWS_MAX_BYTES = 10_000


def pool_ru(root: Path, taken: _Taken) -> list[tuple[str, str]]:
    """(article name, text) of every Russian text the draw may take."""
    posts = _post_pool(_posts(root), set(RU_CHANNELS), taken, [])
    news = [
        (f"slavicner:{WAR}/{f.name}", _read(f))
        for f in (root / "slavicner" / WAR).glob("*.txt")
        if f.stat().st_size <= NEWS_MAX_BYTES and f"slavicner:{WAR}/{f.name}" not in taken
    ]
    return [(f"telegram-ru:{k}", t) for k, t in posts] + news


def pool_uk(root: Path, taken: _Taken) -> list[tuple[str, str]]:
    """(article name, text) of every Ukrainian text the draw may take."""
    pool = []
    for topic in UK_TOPICS:
        for f in (root / "slavicner/uk" / topic).glob("*.txt"):
            text, key = _read(f), f"slavicner:uk/{topic}/{f.name}"
            if 700 <= len(text) <= 3600 and len(UK_CUE.findall(text)) >= 2 and key not in taken:
                pool.append((key, text))
    return pool + [(f"ner-uk:{k}", t) for k, t in _ner_uk_pool(root, taken, 2)]


def gold_text(root: Path, record: dict[str, object], posts: dict[str, str]) -> str:
    """The text a gold record annotates (``draw_slavic_gold._gold_text``, posts read once)."""
    source = record["source"]
    assert isinstance(source, dict)
    if source["corpus"] == "telegram-ru":
        return posts[str(source["id"])]
    return _read(root / str(source["corpus"]) / str(source["path"]))


def source_of(name: str) -> dict[str, str]:
    corpus, key = name.split(":", 1)
    return {"corpus": corpus, "id" if corpus == "telegram-ru" else "path": key}


def records(name: str, lang: str, seed: int, analysis: Analysis) -> list[dict[str, object]]:
    """One record to judge per statement, the judgement fields null."""
    text = analysis.article.text
    entities = {e.id: e for e in analysis.entities}

    def span(s: Statement) -> list[list[int]]:
        return [[c.start, c.end] for c in s.content]

    out: list[dict[str, object]] = []
    for s in analysis.statements:
        entity = entities.get(s.speaker_entity or "")
        words = " ".join(text[c.start : c.end] for c in s.content).split()
        out.append(
            {
                "article": name,
                "lang": lang,
                "source": source_of(name),
                "draw": seed,
                "statement": s.id,
                "content": span(s),
                "snippet": " ".join(words[:8]),
                "kind": s.kind,
                "act": s.act,
                "cue": text[s.cue.start : s.cue.end] if s.cue is not None else None,
                "speaker": [s.speaker.span.start, s.speaker.span.end]
                if s.speaker is not None
                else None,
                "speaker_text": s.speaker.text if s.speaker is not None else None,
                "resolved": entity.name if entity is not None else None,
                "resolved_actor": s.speaker_actor or (entity.actor_id if entity else None),
                "confidence": s.confidence,
                "speaker_confidence": s.speaker_confidence,
                "judgement": None,
                "speaker_judgement": None,
                "canonical": None,
                "note": None,
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=["ru", "uk"])
    parser.add_argument("root", type=Path, help="the ru-uk data folder")
    parser.add_argument("gold", type=Path, nargs="+", help="existing gold files (JSONL)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--statements", type=int, default=100)
    parser.add_argument("--skip-named", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    recs = gold_records(args.gold)
    taken = _Taken({r["article"] for r in recs}, named_in(args.skip_named))
    posts = {p["id"]: p["text"] for p in _posts(args.root)}
    dedup = _Dedup([gold_text(args.root, r, posts) for r in recs])
    pool = sorted((pool_ru if args.lang == "ru" else pool_uk)(args.root, taken))
    random.Random(args.seed).shuffle(pool)
    pipeline, reader, found = Pipeline(), TextReader(args.root), 0
    for name, text in pool:
        if found >= args.statements:
            break
        if not dedup.admit(text):
            continue
        corpus, key = name.split(":", 1)
        item = GoldArticle(
            name=name,
            split="judged",
            statements=(),
            source=name,
            lang=args.lang,
            origin=TextSource(corpus=corpus, key=key),
        )
        article = reader.read(item)
        annotation = pipeline.analyze(article).annotation
        assert annotation is not None
        analysis = pipeline_slavic.extract(article, annotation, pipeline.registry)
        for record in records(name, args.lang, args.seed, analysis):
            print(json.dumps(record, ensure_ascii=False), flush=True)
            found += 1
        print(f"{name}: {len(analysis.statements)} statements", file=sys.stderr)


if __name__ == "__main__":
    main()
