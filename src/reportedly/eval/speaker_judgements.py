"""Hand judgements of resolved speakers on war news no gold annotates.

The statement gold says who said what on the articles the rules were tuned on (dev) and on a
few kept aside (test). A judgement file (``gold/speaker-judgements/*.jsonl``) says, for other
articles, whether the speaker the pipeline resolved was the right one: one record per
statement that had a resolved speaker when it was judged, with its content span, the verdict
(``right``, ``wrong`` or ``not_a_statement``) and who the speaker is as the gold guide names
one (``canonical`` and ``actor_id``; both null where the guide names nobody). Draws from
session 26 on also hold the speech statements left unresolved when judged (``unresolved``,
with who the speaker is, or null). Judged output, not a full annotation: a statement the
pipeline missed is in no file.

A later pipeline is scored against them as ``eval gold`` scores it against the gold: its
statements are aligned to the judged ones by content overlap, and a resolved speaker is
right when ``eval speakers``' judge finds it is the judged speaker. The speaker confidence
is fitted and checked on these rows (``scripts/fit_speaker_confidence.py``,
``reportedly eval speaker-judgements``).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportedly.errors import InputError
from reportedly.eval.calibration import Reliability, reliability
from reportedly.eval.gold import CODE_GOLD, GoldArticle, jsonl_lines, read_article
from reportedly.eval.scoring import OVERLAP_THRESHOLD, align_contents
from reportedly.eval.speakers import GoldSpeaker, judge
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Article, Entity, Span, Statement

if TYPE_CHECKING:
    from reportedly.actors import ActorRegistry
    from reportedly.pipeline import Pipeline

# "unresolved": the judged pipeline named nobody; canonical says who it should have named
VERDICTS = ("right", "wrong", "not_a_statement", "unresolved")


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakerJudgement:
    """One judged statement: where its content is, the verdict and who the speaker is."""

    article: str
    draw: int  # the seed of the draw the article came from
    content: tuple[Span, ...]
    snippet: str
    judgement: str  # one of VERDICTS
    canonical: str | None  # the speaker as the gold guide names it; None: nobody
    actor_id: str | None
    source: str  # "file:line", for messages

    def as_speaker(self) -> GoldSpeaker:
        return GoldSpeaker(
            article=self.article,
            content=Span(self.content[0].start, self.content[-1].end),
            snippet=self.snippet,
            source=self.source,
            type="name",
            speaker=self.canonical,
            actor=self.actor_id,
        )


@dataclass(frozen=True, slots=True)
class JudgedRow:
    """A statement of a new analysis with a resolved speaker, aligned to a judged one."""

    article: str
    statement: Statement
    speaker: Entity
    right: bool


def load_judgements(paths: Sequence[Path]) -> tuple[SpeakerJudgement, ...]:
    """Read the judgement JSON-lines files (a folder: its ``*.jsonl``).

    Raises:
        InputError: a file cannot be read or a line breaks the schema (the message names
            the file and line).
    """
    return tuple(_parse(line, where) for where, line in jsonl_lines(paths, "judgements"))


def _parse(line: str, where: str) -> SpeakerJudgement:
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("expected a JSON object")
        verdict = record["judgement"]
        if verdict not in VERDICTS:
            raise ValueError(f"'judgement' must be one of {VERDICTS}, not {verdict!r}")
        content = tuple(Span(int(a), int(b)) for a, b in record["content"])
        if not content or any(s.start >= s.end for s in content):
            raise ValueError("'content' must hold non-empty spans")
        canonical, actor = record.get("canonical"), record.get("actor_id")
        if verdict == "right" and not canonical:
            raise ValueError("a right speaker needs its 'canonical' name")
        return SpeakerJudgement(
            article=str(record["article"]),
            draw=int(record["draw"]),
            content=content,
            snippet=str(record.get("snippet", "")),
            judgement=verdict,
            canonical=str(canonical) if canonical else None,
            actor_id=str(actor) if actor else None,
            source=where,
        )
    except (ValueError, KeyError, TypeError) as e:
        raise InputError(where, f"not a speaker judgement: {e}", code=CODE_GOLD) from e


def judged_rows(
    judgements: Sequence[SpeakerJudgement], analysis: Analysis, registry: ActorRegistry
) -> tuple[list[JudgedRow], int]:
    """The statements of ``analysis`` (one article's) with a resolved speaker, each aligned
    one-to-one to a judged statement of that article and labelled by the judge, and how
    many resolved statements aligned to none. Statements judged not to be statements are
    aligned (so they take no other judgement) but give no row."""
    entities = {e.id: e for e in analysis.entities}
    resolved = [
        (s, entities[s.speaker_entity])
        for s in analysis.statements
        if s.speaker_entity is not None and s.speaker_entity in entities
    ]
    index = TextIndex(analysis.article.text)
    pairs = align_contents(
        [index.tokens(j.content) for j in judgements],
        [index.tokens(s.content) for s, _ in resolved],
    )
    rows = []
    aligned = set()
    for pair in pairs:
        if pair.ratio < OVERLAP_THRESHOLD:
            continue
        aligned.add(pair.predicted)
        j = judgements[pair.gold]
        if j.judgement == "not_a_statement":
            continue
        statement, speaker = resolved[pair.predicted]
        right = judge(j.as_speaker(), statement, analysis, registry).correct
        rows.append(JudgedRow(article=j.article, statement=statement, speaker=speaker, right=right))
    return rows, len(resolved) - len(aligned)


def read_judged_article(directory: Path, name: str) -> Article:
    """The judged article ``name``, as the gold reads its articles.

    Raises:
        InputError: the file is missing or unreadable.
    """
    return read_article(directory, GoldArticle(name=name, split="", statements=(), source=""))


@dataclass(frozen=True, slots=True, kw_only=True)
class JudgementReport:
    """The speaker confidence against the judgements."""

    articles: int
    rows: int
    right: int
    unaligned: int  # resolved statements no judgement aligned with (new since the judging)
    calibration: Reliability

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "statements": self.rows,
            "share_right": round(self.right / max(self.rows, 1), 4),
            "unaligned": self.unaligned,
            "calibration": self.calibration.as_dict(),
        }


def by_article(judgements: Iterable[SpeakerJudgement]) -> dict[str, list[SpeakerJudgement]]:
    out: dict[str, list[SpeakerJudgement]] = {}
    for j in judgements:
        out.setdefault(j.article, []).append(j)
    return out


def evaluate(
    judgements: Sequence[SpeakerJudgement],
    pipeline: Pipeline,
    articles_dir: Path,
    *,
    workers: int = 1,
) -> JudgementReport:
    """Analyse every judged article with ``pipeline`` and score its speaker confidence.

    Raises:
        InputError: an article cannot be read.
    """
    grouped = by_article(judgements)
    in_flight: deque[str] = deque()

    def articles() -> Iterator[Article]:
        for name in grouped:
            in_flight.append(name)
            yield read_judged_article(articles_dir, name)

    rows: list[JudgedRow] = []
    unaligned = 0
    for analysis in pipeline.analyze_many(articles(), workers=workers):
        found, missed = judged_rows(grouped[in_flight.popleft()], analysis, pipeline.registry)
        rows.extend(found)
        unaligned += missed
    return JudgementReport(
        articles=len(grouped),
        rows=len(rows),
        right=sum(r.right for r in rows),
        unaligned=unaligned,
        calibration=reliability(
            (r.statement.speaker_confidence, r.right)
            for r in rows
            if r.statement.speaker_confidence is not None
        ),
    )
