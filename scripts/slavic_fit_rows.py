"""The rows the Russian/Ukrainian confidence is fitted and chosen on (``fit_slavic_confidence.py``):
each a statement the pipeline outputs today on a dev, calib or judged text, with its
calibration signals and its labels (statement right, resolved speaker right)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import slavic_judgements
from speaker_fit_candidates import RowSet

from reportedly import pipeline_slavic
from reportedly.attribution.slavic.calibration import SIGNALS
from reportedly.attribution.slavic.lexicon import default_lexicon
from reportedly.attribution.slavic.speaker_confidence import signals as speaker_signals
from reportedly.eval.gold import GoldArticle, check_against_text, load_gold
from reportedly.eval.gold_score import _align_view, _as_speaker, _confidences
from reportedly.eval.gold_texts import TextReader
from reportedly.eval.speakers import judge
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Entity, Statement
from reportedly.pipeline import Pipeline


@dataclasses.dataclass(frozen=True)
class Row:
    """One predicted statement of a dev or judged text, labelled."""

    source: str  # "dev", "calib" or "judged"
    article: int  # the text's number within its source
    lang: str
    statement: Statement
    values: dict[str, float]  # the statement calibration's signals
    right: bool  # statement and speaker mention right (all-acts view)
    speaker: Entity | None  # the entity its speaker resolved to
    speaker_right: bool | None  # a speaker verdict applies: it; else None


def _analyse(
    pipeline: Pipeline, reader: TextReader, item: GoldArticle
) -> tuple[Analysis, dict[str, dict[str, float]]]:
    article = reader.read(item)
    check_against_text(item, article.text)
    annotation = pipeline.analyze(article).annotation
    assert annotation is not None
    log: dict[str, dict[str, float]] = {}
    analysis = pipeline_slavic.extract(article, annotation, pipeline.registry, feature_log=log)
    return dataclasses.replace(analysis, annotation=None), log


def collect(
    gold: Sequence[Path], texts: Path, pipeline: Pipeline, split: str = "dev"
) -> tuple[list[GoldArticle], list[Analysis], list[Row]]:
    """Analyse and label every record of ``split`` (``dev`` or ``calib``; never ``test``)."""
    assert split in ("dev", "calib"), split
    reader = TextReader(texts)
    items, analyses, rows = [], [], []
    for item in load_gold(list(gold)):
        if item.split != split:
            continue
        analysis, log = _analyse(pipeline, reader, item)
        rows += label(len(items), item, analysis, log, pipeline.registry, split)
        items.append(item)
        analyses.append(analysis)
        print(
            f"{split} {len(items)} {item.name}: {len(analysis.statements)} statements", flush=True
        )
    return items, analyses, rows


def label(
    n: int,
    item: GoldArticle,
    analysis: Analysis,
    log: dict[str, dict[str, float]],
    registry: Any,
    source: str = "dev",
) -> list[Row]:
    gold, predicted = list(item.statements), list(analysis.statements)
    matched = _align_view(TextIndex(analysis.article.text), gold, predicted)
    right = _confidences(item.name, gold, predicted, matched, analysis, registry)
    gold_of = {p: gold[g] for g, p in matched}
    entities = {e.id: e for e in analysis.entities}
    rows = []
    for k, s in enumerate(predicted):
        g = gold_of.get(k)
        speaker = entities.get(s.speaker_entity or "")
        verdict = None
        if g is not None:
            verdict = judge(_as_speaker(item.name, g), s, analysis, registry).correct
        rows.append(Row(source, n, item.lang, s, log[s.id], right[k][1], speaker, verdict))
    return rows


def collect_judged(
    judged: Sequence[Path], texts: Path, pipeline: Pipeline
) -> tuple[list[Row], dict[str, int]]:
    """Analyse every judged text and label its statements by the judged records."""
    reader = TextReader(texts)
    rows: list[Row] = []
    counts = {"texts": 0, "records": 0, "statements_unaligned": 0, "records_unaligned": 0}
    for n, (name, records) in enumerate(sorted(slavic_judgements.load(judged).items())):
        lang = records[0]["lang"]
        analysis, log = _analyse(pipeline, reader, slavic_judgements.gold_article(name, lang))
        labels, extra, missed = slavic_judgements.label(records, analysis)
        entities = {e.id: e for e in analysis.entities}
        for j in labels:
            speaker = entities.get(j.statement.speaker_entity or "")
            values = log[j.statement.id]
            rows.append(
                Row("judged", n, lang, j.statement, values, j.right, speaker, j.speaker_right)
            )
        counts["texts"] += 1
        counts["records"] += len(records)
        counts["statements_unaligned"] += extra
        counts["records_unaligned"] += missed
        print(f"judged {n + 1} {name}: {len(labels)} aligned", flush=True)
    return rows, counts


def row_set(values: Sequence[dict[str, float]], y: np.ndarray, article: np.ndarray) -> RowSet:
    names = set().union(*values) if values else set()
    full = [{s: v.get(s, 0.0) for s in sorted(names | set(SIGNALS))} for v in values]
    return RowSet(full, y, article)


def statement_rows(rows: Sequence[Row]) -> RowSet:
    return row_set(
        [r.values for r in rows],
        np.asarray([float(r.right) for r in rows]),
        np.asarray([r.article for r in rows]),
    )


def speaker_rows(rows: Sequence[Row], p: np.ndarray) -> RowSet:
    """The rows with a speaker verdict and a resolved speaker, their "confidence" ``p``."""
    values, y, article = [], [], []
    for r, q in zip(rows, p, strict=True):
        if r.speaker_right is None or r.speaker is None:
            continue
        s = dataclasses.replace(r.statement, confidence=float(q))
        values.append(speaker_signals(s, r.speaker, default_lexicon(r.lang)))  # type: ignore[arg-type]
        y.append(float(r.speaker_right))
        article.append(r.article)
    return RowSet(values, np.asarray(y), np.asarray(article, dtype=int))


def langs_of(rows: Sequence[Row], speaker: bool = False) -> np.ndarray:
    keep = [r for r in rows if not speaker or (r.speaker_right is not None and r.speaker)]
    return np.asarray([r.lang for r in keep])
