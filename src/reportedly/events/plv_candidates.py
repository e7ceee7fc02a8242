"""How far the parse's candidate triples reach PLV's marked pairs, with no model.

``evaluate_candidates`` is a model-free measure of the candidates and of the target pick:
oracles stand in for the classifier (:func:`_oracle` knows the row's type and pair,
:func:`_source_oracle` only its type and source). Every figure is given for all rows and for
two parts of a seeded draw (:func:`plv_parts`): the errors of the *read* part may be looked
at while changing the candidates, the *unread* part is kept for an honest figure.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt

from reportedly.events._tree import Sentence
from reportedly.events.actors import ActorResolver
from reportedly.events.candidates import candidates
from reportedly.events.coder import code_events
from reportedly.events.evaluate_plv import (
    Annotate,
    PlvRow,
    _for_pair,
    _overlaps,
    marked_spans,
    plv_root,
)
from reportedly.events.learned import NONE, EventModel
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Annotation, Article, Event, Span


def _stand_in(root: str, labels: Sequence[str], fits: Callable[[str], bool]) -> EventModel:
    """A classifier that gives ``root`` to every candidate text ``fits`` and NONE to the rest."""

    def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        out = np.zeros((len(texts), len(labels)), dtype=np.float32)
        for n, text in enumerate(texts):
            out[n, labels.index(root if fits(text) else NONE)] = 1.0
        return out

    return EventModel(classify, labels)


def _oracle(row: PlvRow, labels: Sequence[str]) -> EventModel:
    """A stand-in classifier that knows the answer: the row's root for a candidate on the
    marked pair (its source overlapping the marked source, its target the marked target
    where one is marked), NONE for any other."""
    source, target = marked_spans(row.marked)

    def on_pair(text: str) -> bool:
        got_source, got_target = marked_spans(text)
        return _overlaps(got_source, source) and (target is None or _overlaps(got_target, target))

    return _stand_in(row.root, labels, on_pair)


PART_SEED = 14  # the seeded draw that holds part of PLV train apart from reading (session 10)
UNREAD_SHARE = 0.3


def plv_parts(
    rows: Sequence[PlvRow], *, seed: int = PART_SEED, unread: float = UNREAD_SHARE
) -> dict[str, str]:
    """Each row's part, ``read`` or ``unread``: a seeded draw of ``unread`` of the sentences
    (a sentence's rows share a part) that is held apart from reading errors, so a figure on it
    is not tuned on."""
    ids = sorted({row.id for row in rows})
    random.Random(seed).shuffle(ids)
    held = set(ids[: round(len(ids) * unread)])
    return {row.id: "unread" if row.id in held else "read" for row in rows}


def _source_oracle(row: PlvRow, labels: Sequence[str]) -> EventModel:
    """A stand-in classifier that knows the type and the source but not the target: the
    row's root for every candidate whose source overlaps the marked source, NONE for the
    rest. The target its events get is the candidates' and the pick's doing."""
    source, _ = marked_spans(row.marked)
    return _stand_in(row.root, labels, lambda text: _overlaps(marked_spans(text)[0], source))


def _sides(event: Event | None, source: Span | None, target: Span | None) -> tuple[int, int]:
    """(source right, target right) of a coded event, 0 for an unmarked side."""
    if event is None:
        return 0, 0
    return (
        int(_overlaps(event.source.span if event.source else None, source)),
        int(_overlaps(event.target.span if event.target else None, target)),
    )


def evaluate_candidates(
    rows: Sequence[PlvRow],
    *,
    annotate: Annotate,
    lexicon: EventLexicon,
    resolver: ActorResolver | None,
) -> dict[str, Any]:
    """How far the parse's candidate triples reach PLV's marked pairs, with no model: the
    share of rows with a candidate on the pair (both sides, either side), candidates per
    row, and the coverage and accuracy the full event stage reaches when an oracle types
    the candidates (the ceiling the candidates and the clause reading leave a classifier),
    with the target accuracy of its events and of a source-only oracle's (the target the
    candidates and the pick give when the classifier only knows the source); the rules'
    events for the pair (coverage, source and target accuracy). Every figure for all rows
    and, under ``parts``, for the read and the unread part of :func:`plv_parts`."""
    labels = [*sorted({row.root for row in rows} - {NONE}), NONE]
    parts = plv_parts(rows)
    tallies: dict[str, dict[str, int]] = {}
    annotations = annotate([row.sentence for row in rows])
    for row, annotation in zip(rows, annotations, strict=True):
        source, target = marked_spans(row.marked)
        found = [
            c
            for index, span in enumerate(annotation.sentences)
            for c in candidates(
                Sentence(annotation, index, span.text(row.sentence)),
                lexicon.people_nouns,
                lexicon.speech_verbs,
            )
        ]
        article = Article(id=Article.make_id(row.sentence), text=row.sentence)
        code = partial(_coded, article, annotation, (source, target), lexicon, resolver)
        oracle = code(_oracle(row, labels))
        by_source = code(_source_oracle(row, labels))
        rules = code(None)
        marks_target = int(target is not None)
        counts = {
            "rows": 1,
            "both": any(_overlaps(c.source, source) and _overlaps(c.target, target) for c in found),
            "either": any(
                _overlaps(c.source, source) or _overlaps(c.target, target) for c in found
            ),
            "found": len(found),
            "covered": oracle is not None,
            "right": oracle is not None and plv_root(oracle.type) == row.root,
            "oracle_target": _sides(oracle, source, target)[1],
            "oracle_scored": (oracle is not None) * marks_target,
            "by_source": by_source is not None,
            "by_source_target": _sides(by_source, source, target)[1],
            "by_source_scored": (by_source is not None) * marks_target,
            "rules": rules is not None,
            "rules_right": rules is not None and plv_root(rules.type) == row.root,
            "rules_source": _sides(rules, source, target)[0],
            "rules_source_scored": (rules is not None) * int(source is not None),
            "rules_target": _sides(rules, source, target)[1],
            "rules_target_scored": (rules is not None) * marks_target,
        }
        for name in ("all", parts[row.id]):
            tally = tallies.setdefault(name, {})
            for key, value in counts.items():
                tally[key] = tally.get(key, 0) + int(value)
    report = _candidate_figures(tallies.get("all", {}))
    report["parts"] = {
        "seed": PART_SEED,
        "unread_share": UNREAD_SHARE,
        **{name: _candidate_figures(tallies.get(name, {})) for name in ("read", "unread")},
    }
    return report


def _coded(
    article: Article,
    annotation: Annotation,
    pair: tuple[Span | None, Span | None],
    lexicon: EventLexicon,
    resolver: ActorResolver | None,
    model: EventModel | None,
) -> Event | None:
    """The event coded for the marked pair (the rules' asserted events where no model)."""
    events = code_events(article, annotation, (), resolver=resolver, lexicon=lexicon, model=model)
    if model is None:
        events = tuple(e for e in events if e.counts)
    return _for_pair(events, *pair)


def _candidate_figures(tally: dict[str, int]) -> dict[str, Any]:
    n = tally.get("rows", 0)

    def share(key: str, over: str | None = None) -> float:
        whole = tally.get(over, 0) if over else n
        return round(tally.get(key, 0) / whole, 3) if whole else 0.0

    return {
        "rows": n,
        "pair": share("both"),
        "touching": share("either"),
        "per_row": share("found"),
        "oracle_coverage": share("covered"),
        "oracle_accuracy": share("right"),
        "oracle_target_accuracy": share("oracle_target", "oracle_scored"),
        "source_oracle_coverage": share("by_source"),
        "source_oracle_target_accuracy": share("by_source_target", "by_source_scored"),
        "rules_coverage": share("rules"),
        "rules_accuracy": share("rules_right"),
        "rules_source_accuracy": share("rules_source", "rules_source_scored"),
        "rules_target_accuracy": share("rules_target", "rules_target_scored"),
    }
