"""Align predicted statements with the statement gold, article by article.

See :mod:`reportedly.eval.gold` for the gold file and the alignment rule. What is reported,
per split (dev, test) and overall: statement precision, recall and F1 in the speech view and
the all-acts view; the kind and act of matched statements; negation errors (a negative gold
statement matched by a prediction not marked negated); and the resolved speaker of matched
statements (all-acts view), overall and by the gold speaker mention's type, with the
confusions listed, and the calibration of the speaker confidence of those with a resolved
speaker; and, per view, the calibration of every shown statement's ``confidence`` (issue 12's
"the statement and its speaker mention are right": aligned with a gold statement of the view,
and its speaker mention overlapping the gold one, or neither having one; where the gold names
its speaker with no mention of its own, the resolved speaker must be the gold's). A gold
speaker is judged as ``reportedly eval speakers`` judges one (registry id, folded names,
surname); a gold statement whose canonical speaker is null is right only when the prediction
names nobody. Totals (:mod:`reportedly.eval.gold_report`) are
kept apart per language too: the gold of each language is its own benchmark.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportedly.errors import ConfigError
from reportedly.eval.gold import (
    CODE_DATA,
    GoldArticle,
    GoldStatement,
    check_against_text,
    read_article,
)
from reportedly.eval.gold_texts import TextReader, realign
from reportedly.eval.scoring import OVERLAP_THRESHOLD, align_contents
from reportedly.eval.skips import stage_notes
from reportedly.eval.speakers import GoldSpeaker, judge
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Article, Span, Statement

if TYPE_CHECKING:
    from reportedly.actors import ActorRegistry
    from reportedly.pipeline import Pipeline

VIEWS = ("speech", "all_acts")
# what the report says the predictions' act and negation are read from
ACT_SOURCE = "predicted act: Statement.act"
NEGATED_SOURCE = "predicted negation: Statement.negated"


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleScore:
    """What one article contributes: counts per view and outcomes of matched statements."""

    name: str
    split: str
    gold: dict[str, int]  # per view
    predicted: dict[str, int]
    matched: dict[str, int]
    kinds: tuple[tuple[str, str], ...]  # (gold, predicted) kind of all-acts matches
    acts: tuple[tuple[str, str], ...]  # (gold, predicted) act of all-acts matches
    negatives: tuple[bool, ...]  # per negative gold statement: matched and marked negated?
    negatives_missed: int  # negative gold statements not matched at all
    false_negations: int  # positive gold statements matched by a negated prediction
    speakers: tuple[tuple[str, bool, str, str], ...]  # type, right?, gold, predicted
    lang: str = "en"
    # (speaker confidence, right?) of the matched statements that have one
    speaker_confidences: tuple[tuple[float, bool], ...] = ()
    # per view, (confidence, statement and speaker mention right?) of every shown statement
    confidences: dict[str, tuple[tuple[float, bool], ...]] = field(default_factory=dict)
    # the pipeline's skips and warnings on this text ("E301 attribution: ValueError: …", "W201
    # nlp: text … cut"): it was scored with what was left, which a report must say, not hide
    skipped: tuple[str, ...] = ()


def _align_view(
    index: TextIndex, gold: Sequence[GoldStatement], predicted: Sequence[Statement]
) -> list[tuple[int, int]]:
    pairs = align_contents(
        [index.tokens(g.content) for g in gold], [index.tokens(p.content) for p in predicted]
    )
    return [(p.gold, p.predicted) for p in pairs if p.ratio >= OVERLAP_THRESHOLD]


def _speaker_name(statement: Statement, analysis: Analysis) -> str:
    entity = next((e for e in analysis.entities if e.id == statement.speaker_entity), None)
    return entity.name if entity is not None else "(unresolved)"


def score_article(
    article: GoldArticle,
    analysis: Analysis,
    registry: ActorRegistry,
    on_error: Callable[[dict[str, Any]], None] | None = None,
    min_confidence: float = 0.0,
    annotated: str | None = None,
) -> ArticleScore:
    """Align and judge one analysed article against its gold (predicted statements under
    ``min_confidence`` left out, as a reader's default view leaves them out).

    ``annotated`` is the text the gold's offsets are into, when the pipeline was given
    another form of it: the gold spans are then carried over (:func:`realign`)."""
    text = analysis.article.text
    if annotated is not None:
        article = realign(article, annotated, text)
    index = TextIndex(text)
    statements = tuple(s for s in analysis.statements if s.confidence >= min_confidence)
    views: dict[str, tuple[list[GoldStatement], list[Statement]]] = {
        "all_acts": (list(article.statements), list(statements)),
        "speech": (
            [g for g in article.statements if g.act == "speech"],
            [p for p in statements if p.act == "speech"],
        ),
    }
    matched: dict[str, list[tuple[int, int]]] = {}
    for view, (gold, predicted) in views.items():
        matched[view] = _align_view(index, gold, predicted)
        if on_error is not None:
            for record in _misses(article, view, gold, predicted, matched[view], index):
                on_error(record)
    gold_all, predicted_all = views["all_acts"]
    pairs = [(gold_all[g], predicted_all[p]) for g, p in matched["all_acts"]]
    speakers: list[tuple[str, bool, str, str]] = []
    speaker_confidences: list[tuple[float, bool]] = []
    for g, p in pairs:
        outcome = judge(_as_speaker(article.name, g), p, analysis, registry)
        got = outcome.predicted or "(unresolved)"
        want = g.canonical or "(nobody)"
        speakers.append((g.speaker_type, outcome.correct, want, got))
        if p.speaker_confidence is not None:
            speaker_confidences.append((p.speaker_confidence, outcome.correct))
        if on_error is not None and not outcome.correct:
            on_error(
                _record(article, "all_acts", "wrong_speaker", g.content, index, gold=g)
                | {"predicted_speaker": got, "predicted_mention": _mention(p)}
            )
    confidences = {
        view: _confidences(article.name, *views[view], matched[view], analysis, registry)
        for view in VIEWS
    }
    negative_matches = {g.index: p.negated for g, p in pairs if g.polarity == "negative"}
    if on_error is not None:
        for g, p in pairs:
            if g.polarity == "negative" and not p.negated:
                on_error(_record(article, "all_acts", "negation_lost", g.content, index, gold=g))
    return ArticleScore(
        name=article.name,
        split=article.split,
        gold={v: len(views[v][0]) for v in VIEWS},
        predicted={v: len(views[v][1]) for v in VIEWS},
        matched={v: len(matched[v]) for v in VIEWS},
        kinds=tuple((g.kind, p.kind) for g, p in pairs),
        acts=tuple((g.act, p.act) for g, p in pairs),
        negatives=tuple(negative_matches.values()),
        negatives_missed=sum(
            1 for g in gold_all if g.polarity == "negative" and g.index not in negative_matches
        ),
        false_negations=sum(1 for g, p in pairs if g.polarity == "positive" and p.negated),
        speakers=tuple(speakers),
        lang=article.lang,
        speaker_confidences=tuple(speaker_confidences),
        confidences=confidences,
        skipped=stage_notes(analysis),
    )


def _confidences(
    name: str,
    gold: Sequence[GoldStatement],
    predicted: Sequence[Statement],
    matched: Sequence[tuple[int, int]],
    analysis: Analysis,
    registry: ActorRegistry,
) -> tuple[tuple[float, bool], ...]:
    """(confidence, right?) of each predicted statement of a view (the module docstring's rule)."""
    gold_of = {p: gold[g] for g, p in matched}
    result: list[tuple[float, bool]] = []
    for n, p in enumerate(predicted):
        g = gold_of.get(n)
        if g is None:
            right = False
        elif g.speaker is None and g.canonical:
            right = judge(_as_speaker(name, g), p, analysis, registry).correct
        elif p.speaker is None or g.speaker is None:
            right = p.speaker is None and g.speaker is None
        else:
            right = p.speaker.span.overlaps(g.speaker)
        result.append((p.confidence, right))
    return tuple(result)


def _as_speaker(name: str, g: GoldStatement) -> GoldSpeaker:
    # the speaker judge of ``eval speakers`` reads only the names, the actor and the span
    return GoldSpeaker(
        article=name,
        content=Span(g.content[0].start, g.content[-1].end),
        snippet=g.snippet,
        source=g.speaker_text or "",
        type="name",
        speaker=g.canonical,
        actor=g.actor_id,
    )


def _mention(p: Statement) -> str | None:
    return p.speaker.text if p.speaker is not None else None


def _record(
    article: GoldArticle,
    view: str,
    error: str,
    content: Sequence[Span],
    index: TextIndex,
    *,
    gold: GoldStatement | None = None,
    predicted: Statement | None = None,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "article": article.name,
        "split": article.split,
        "view": view,
        "error": error,
        "content": [[s.start, s.end] for s in content],
        "text": " … ".join(index.text[s.start : s.end] for s in content),
        "context": index.context(content),
    }
    if gold is not None:
        record |= {
            "gold_index": gold.index,
            "kind": gold.kind,
            "act": gold.act,
            "polarity": gold.polarity,
            "speaker_text": gold.speaker_text,
            "speaker_type": gold.speaker_type,
            "gold_speaker": gold.canonical,
            "nested": gold.nested_in is not None,
        }
    if predicted is not None:
        record |= {
            "statement": predicted.id,
            "kind": predicted.kind,
            "act": predicted.act,
            "negated": predicted.negated,
            "speaker_text": _mention(predicted),
            "nested": predicted.reported_by is not None,
        }
    return record


def _misses(
    article: GoldArticle,
    view: str,
    gold: Sequence[GoldStatement],
    predicted: Sequence[Statement],
    pairs: Sequence[tuple[int, int]],
    index: TextIndex,
) -> Iterator[dict[str, Any]]:
    hit_gold = {g for g, _ in pairs}
    hit_predicted = {p for _, p in pairs}
    for i, g in enumerate(gold):
        if i not in hit_gold:
            yield _record(article, view, "missed", g.content, index, gold=g)
    for i, p in enumerate(predicted):
        if i not in hit_predicted:
            yield _record(article, view, "false_alarm", p.content, index, predicted=p)


def evaluate(
    gold: Iterable[GoldArticle],
    pipeline: Pipeline,
    articles_dir: Path | None,
    *,
    texts: TextReader | None = None,
    prepare: Callable[[Article], Article] | None = None,
    workers: int = 1,
    on_error: Callable[[dict[str, Any]], None] | None = None,
    min_confidence: float = 0.0,
) -> list[ArticleScore]:
    """Analyse every annotated text with ``pipeline`` and score it, streaming.

    War-news records are read from ``articles_dir``, records naming a ``source`` through
    ``texts``; ``prepare`` may change a text before analysis (the gold spans follow it).

    Raises:
        InputError: a text cannot be read or its gold does not fit it.
        ConfigError: a record needs a folder that was not given.
    """
    in_flight: deque[tuple[GoldArticle, str]] = deque()

    def articles() -> Iterator[Article]:
        for item in gold:
            if item.origin is None:
                if articles_dir is None:
                    raise ConfigError(f"{item.source}: no articles folder given", code=CODE_DATA)
                article = read_article(articles_dir, item)
            else:
                if texts is None:
                    raise ConfigError(f"{item.source}: no ru-uk texts folder given", code=CODE_DATA)
                article = texts.read(item)
            check_against_text(item, article.text)
            in_flight.append((item, article.text))
            yield prepare(article) if prepare is not None else article

    scores = []
    for analysis in pipeline.analyze_many(articles(), workers=workers):
        item, annotated = in_flight.popleft()
        scores.append(
            score_article(
                item, analysis, pipeline.registry, on_error, min_confidence, annotated=annotated
            )
        )
    return scores
