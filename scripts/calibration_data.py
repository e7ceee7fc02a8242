"""Collect the rows the confidence calibration is fitted and checked on.

Each article is parsed and attributed with the span model in ``--model`` (the shipped fp32
tagger by default) and its own calibration, with no confidence cut-off
(``min_confidence=0``); every statement is written with its calibration signals
(``calibration.FEATURES``), the rule that found it, its act, kind, nesting, the confidence
that calibration gives it, its spans, the name its speaker was resolved to, and the tokens of
its content, so that ``scripts/cv_calibration.py`` can refit, cross-validate and re-score a
cut-off without running the pipeline again. Corpora (``--corpus``):

- ``polnear-held``: the 120 PolNeAR train articles held apart from the span model (every
  7th in name order, as ``scripts/prepare_span_data.py`` holds them apart);
- ``polnear-dev``: PolNeAR dev (only to check the calibration error and the content overlap
  there, never fitted on);
- ``warnews-dev``: the war-news gold records whose split is ``dev`` (records of any other
  split are skipped unread: the test split is never scored here);
- ``texts``: a folder of ``.txt`` articles with no gold (``--texts``), to draw and read.

PolNeAR rows carry ``right`` (the rule of ``eval polnear``'s reliability table: content
aligned one-to-one, speaker mention overlapping the gold source, or both none; top-level
statements only) and, per article, the gold contents' tokens. War-news rows carry the gold
statements' tokens, speaker spans and canonical names too, and ``right`` is decided by
``scripts/cv_calibration.py`` (see there). ``scripts/fit_calibration.py`` runs this for the
three corpora it fits on.

Usage: python scripts/calibration_data.py --corpus warnews-dev --out build/calibration \\
           --gold gold/warnews-en/ [--model src/reportedly/attribution/data/span_model_int8]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportedly.attribution import attribute, model_calibrator
from reportedly.attribution.calibration import RUN_IN_RULES
from reportedly.attribution.span_model import default_model_dir, load_tagger
from reportedly.config import Settings
from reportedly.eval.calibration import right_statements
from reportedly.eval.gold import check_against_text, load_gold, read_article
from reportedly.eval.polnear import iter_entries, read_gold, to_article
from reportedly.eval.text_index import TextIndex
from reportedly.model import Article, Span, Statement
from reportedly.pipeline import Pipeline

CALIBRATION_EVERY = 7  # as scripts/prepare_span_data.py holds train articles apart


def statements_of(
    pipeline: Pipeline, article: Article, model: Path
) -> tuple[tuple[Statement, ...], dict[str, dict[str, float]], dict[str, str], dict[str, str]]:
    """Every statement of ``article`` (no cut-off) with the span model in ``model`` and its
    own calibration, its signals, its rule and its resolved speaker's name, by id."""
    annotation = pipeline.analyze(article).annotation
    assert annotation is not None
    signals: dict[str, dict[str, float]] = {}
    rules: dict[str, str] = {}
    result = attribute(
        article,
        annotation,
        lexicon=pipeline.lexicon,
        cue_model=pipeline.cue_model,
        span_model=load_tagger(model),
        calibrator=model_calibrator(model),
        min_confidence=0.0,
        feature_log=signals,
        rule_log=rules,
    )
    names = {e.id: e.name for e in result.entities}
    speakers = {
        s.id: names.get(s.speaker_entity, "") for s in result.statements if s.speaker_entity
    }
    return result.statements, signals, rules, speakers


def _row(
    s: Statement,
    index: TextIndex,
    signals: dict[str, dict[str, float]],
    rules: dict[str, str],
    speakers: dict[str, str],
) -> dict[str, Any]:
    rule = rules.get(s.id, s.kind)
    return {
        "id": s.id,
        "rule": rule,
        "kind": s.kind,
        "act": s.act,
        "negated": s.negated,
        "nested": s.reported_by is not None,
        "reported_by": s.reported_by,
        "calibrated": s.reported_by is None and rule not in RUN_IN_RULES,
        "confidence": s.confidence,
        "tokens": sorted(index.tokens(s.content)),
        "speaker": [s.speaker.span.start, s.speaker.span.end] if s.speaker else None,
        "speaker_entity": speakers.get(s.id),
        "content": [[c.start, c.end] for c in s.content],
        "cue": [s.cue.start, s.cue.end] if s.cue else None,
        "signals": signals.get(s.id, {}),
    }


def polnear(data: Path, split: str, held_only: bool, model: Path) -> Iterator[dict[str, Any]]:
    pipeline = Pipeline(Settings(span_model=False))  # parses; the model is run in attribute()
    entries = list(iter_entries(data, split=split))
    if held_only:
        entries = entries[CALIBRATION_EVERY - 1 :: CALIBRATION_EVERY]
    for entry in entries:
        article = to_article(entry)
        statements, signals, rules, speakers = statements_of(pipeline, article, model)
        index = TextIndex(article.text)
        right = right_statements(article.text, read_gold(entry), statements)
        rows = [
            _row(s, index, signals, rules, speakers) | {"right": right.get(s.id)}
            for s in statements
        ]
        gold = [sorted(index.tokens(g.content)) for g in read_gold(entry)]
        yield {"article": entry.name, "statements": rows, "gold": [t for t in gold if t]}


def warnews(
    gold: list[Path], articles: Path, model: Path, article_models: Mapping[str, Path] | None = None
) -> Iterator[dict[str, Any]]:
    """Rows of the gold's dev articles; ``article_models`` names the model that reads an
    article (cross-fitting: one that never trained on it), ``model`` the others."""
    pipeline = Pipeline(Settings(span_model=False))
    for item in load_gold(gold):
        if item.split != "dev":
            continue
        article = read_article(articles, item)
        check_against_text(item, article.text)
        reader = (article_models or {}).get(item.name, model)
        statements, signals, rules, speakers = statements_of(pipeline, article, reader)
        index = TextIndex(article.text)

        def span(value: Span | None) -> list[int] | None:
            return [value.start, value.end] if value is not None else None

        yield {
            "article": item.name,
            "statements": [_row(s, index, signals, rules, speakers) for s in statements],
            "gold": [
                {
                    "tokens": sorted(index.tokens(g.content)),
                    "act": g.act,
                    "speaker": span(g.speaker),
                    "canonical": g.canonical,
                    "nested": g.nested_in is not None,
                }
                for g in item.statements
            ],
        }


def fold_models(folds: Path, models: Sequence[Path]) -> dict[str, Path]:
    """Article name -> the model of its fold: fold ``i`` of ``folds`` (``gold-folds.json``,
    ``scripts/prepare_span_gold.py``) is read by ``models[i]``, trained without it."""
    names: list[list[str]] = json.loads(folds.read_text(encoding="utf-8"))
    if len(names) != len(models):
        raise SystemExit(f"{folds}: {len(names)} folds, {len(models)} fold models")
    return {name: model for fold, model in zip(names, models, strict=True) for name in fold}


def texts(folder: Path, model: Path) -> Iterator[dict[str, Any]]:
    """The articles of a folder of ``.txt`` files (no gold: rows for drawing and reading)."""
    pipeline = Pipeline(Settings(span_model=False))
    for path in sorted(folder.glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as f:
            text = f.read()
        article = Article(id=Article.make_id(text), text=text, source=str(path))
        statements, signals, rules, speakers = statements_of(pipeline, article, model)
        index = TextIndex(text)
        yield {
            "article": path.name,
            "statements": [_row(s, index, signals, rules, speakers) for s in statements],
        }


CORPORA = ("polnear-held", "polnear-dev", "warnews-dev", "texts")


def collect(
    corpus: str,
    out: Path,
    model: Path,
    *,
    polnear_dir: Path = Path("../shared/data/polnear"),
    gold: Sequence[Path] = (Path("gold/warnews-en"),),
    articles: Path = Path("../shared/data/warnews-en/articles"),
    texts_dir: Path | None = None,
    article_models: Mapping[str, Path] | None = None,
) -> Path:
    """Write the rows of ``corpus`` with the span model in ``model`` (a war-news article
    named in ``article_models``: the model named there) to ``out/<corpus>.jsonl`` (one
    article a line, progress on stdout) and return that path."""
    records: Iterator[dict[str, Any]]
    if corpus == "warnews-dev":
        records = warnews(list(gold), articles, model, article_models)
    elif corpus == "texts":
        if texts_dir is None:
            raise SystemExit("--corpus texts needs --texts FOLDER")
        records = texts(texts_dir, model)
    else:
        split = "train" if corpus == "polnear-held" else "dev"
        records = polnear(polnear_dir, split, held_only=corpus == "polnear-held", model=model)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{corpus}.jsonl"
    start = time.perf_counter()
    with path.open("w", encoding="utf-8") as f:
        for n, record in enumerate(records, start=1):
            f.write(json.dumps(record) + "\n")
            f.flush()
            print(
                f"{corpus} {n} {record['article']} {time.perf_counter() - start:.0f}s", flush=True
            )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=CORPORA, required=True)
    parser.add_argument("--out", type=Path, default=Path("build/calibration"))
    parser.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    parser.add_argument("--gold", type=Path, nargs="+", default=[Path("gold/warnews-en")])
    parser.add_argument("--articles", type=Path, default=Path("../shared/data/warnews-en/articles"))
    parser.add_argument("--texts", type=Path, help="the folder of .txt files of --corpus texts")
    parser.add_argument(
        "--model", type=Path, default=default_model_dir(), help="span model directory"
    )
    args = parser.parse_args()
    collect(
        args.corpus,
        args.out,
        args.model,
        polnear_dir=args.polnear,
        gold=args.gold,
        articles=args.articles,
        texts_dir=args.texts,
    )


if __name__ == "__main__":
    main()
