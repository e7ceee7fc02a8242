"""The hand-judged Russian/Ukrainian statements (``gold/slavic-judgements``) as fitting rows.

Each judged text is analysed again and its statements are aligned to the judged records by
content, as ``eval gold`` aligns them (one to one, greatest token overlap first, at least
half of the larger side). An aligned statement is right when its record was judged right;
its speaker is labelled only where it still resolves to the speaker judged (same entity name
and registry id) and the record has a speaker verdict. A verdict is due wherever a speaker
resolved and the content would align with a gold statement, so a statement judged wrong for
its speaker mention alone has one too, as ``eval gold`` judges the speaker of every
content-matched statement. Statements no record aligns with, and records no statement aligns
with, are counted and left out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportedly.eval.gold import GoldArticle, TextSource
from reportedly.eval.scoring import OVERLAP_THRESHOLD, align_contents
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Span, Statement

VERDICTS = ("right", "wrong")
SPEAKER_VERDICTS = ("right", "wrong", None)


@dataclass(frozen=True)
class JudgedLabel:
    """One statement of today's output aligned to a judged record."""

    statement: Statement
    right: bool
    speaker_right: bool | None  # None: no speaker verdict applies


def load(paths: Sequence[Path]) -> dict[str, list[dict[str, Any]]]:
    """The judged records by article name, in file order.

    Raises:
        ValueError: a record has a verdict outside :data:`VERDICTS` / :data:`SPEAKER_VERDICTS`,
            or a speaker verdict where no speaker resolved.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            where = f"{path}:{n}"
            if record["judgement"] not in VERDICTS:
                raise ValueError(f"{where}: judgement {record['judgement']!r}")
            if record["speaker_judgement"] not in SPEAKER_VERDICTS:
                raise ValueError(f"{where}: speaker_judgement {record['speaker_judgement']!r}")
            if record["speaker_judgement"] is not None and record["resolved"] is None:
                raise ValueError(f"{where}: a speaker verdict where no speaker resolved")
            out.setdefault(record["article"], []).append(record)
    return out


def gold_article(name: str, lang: str) -> GoldArticle:
    """A statement-less gold record naming the text, for ``TextReader``."""
    corpus, key = name.split(":", 1)
    return GoldArticle(
        name=name,
        split="judged",
        statements=(),
        source=name,
        lang=lang,
        origin=TextSource(corpus=corpus, key=key),
    )


def label(
    records: Sequence[dict[str, Any]], analysis: Analysis
) -> tuple[list[JudgedLabel], int, int]:
    """(labels of the aligned statements, statements left unaligned, records left unaligned)."""
    index = TextIndex(analysis.article.text)
    predicted = list(analysis.statements)
    judged = [tuple(Span(a, b) for a, b in r["content"]) for r in records]
    pairs = [
        p
        for p in align_contents(
            [index.tokens(c) for c in judged], [index.tokens(s.content) for s in predicted]
        )
        if p.ratio >= OVERLAP_THRESHOLD
    ]
    entities = {e.id: e for e in analysis.entities}
    labels = []
    for pair in pairs:
        record, statement = records[pair.gold], predicted[pair.predicted]
        entity = entities.get(statement.speaker_entity or "")
        actor = statement.speaker_actor or (entity.actor_id if entity else None)
        same_speaker = (
            entity is not None
            and entity.name == record["resolved"]
            and actor == record["resolved_actor"]
        )
        verdict = record["speaker_judgement"]
        speaker_right = verdict == "right" if verdict is not None and same_speaker else None
        labels.append(JudgedLabel(statement, record["judgement"] == "right", speaker_right))
    return labels, len(predicted) - len(pairs), len(records) - len(pairs)
