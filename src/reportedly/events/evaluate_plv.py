"""Score event coding on PLV (the Zero-Shot-PLOVER training split), rules and learned model.

``evaluate_plv`` is the rules' development measure. ``evaluate_plv_cv`` scores the learned
classifier by 5-fold cross-validation: ``scripts/train_event_model.py --folds 5`` trains one
model per fold and stores, in ``cv.json``, the probabilities each fold's model gives the rows
it did not see (their marked sentences and the candidates the parse finds in them); here
each row is coded by the full event stage with its fold's probabilities standing in for the
model, so no row is scored by a model trained on it.

Two readings per row: *marked*, the classifier given the PLV marked pair (the setting of the
issue's 0.789 macro-F1 figure); *coded*, the event the pipeline codes for the pair from the
plain sentence — the one whose source or target overlaps the marked spans, best first.
Coverage is the share of rows with such an event; source (target) accuracy the share of
covered rows whose source (target) overlaps the marked span, over the covered rows that mark
one (PLV leaves a side unmarked for about 2% of rows: "An actor", "a recipient").
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from reportedly.errors import InputError
from reportedly.events.actors import ActorResolver
from reportedly.events.coder import code_events
from reportedly.events.learned import NONE, EventModel
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Annotation, Article, Event, Span

Annotate = Callable[[Sequence[str]], Iterable[Annotation]]
_MARKER = re.compile(r"</?[st]>")


@dataclass(frozen=True, slots=True, kw_only=True)
class PlvRow:
    """One PLV sentence with its marked source and target and its gold root type."""

    sentence: str
    source: str
    target: str
    root: str
    id: str = ""
    marked: str = ""


def load_plv(path: Path) -> tuple[PlvRow, ...]:
    """Read ``PLV_train.tsv``.

    Raises:
        InputError: the file cannot be read or lacks the needed columns.
    """
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e}", code="E603") from e
    needed = {"sentence", "source", "target", "gold_root"}
    if not rows or not needed <= set(rows[0]):
        raise InputError(str(path), f"expected columns {sorted(needed)}", code="E603")
    return tuple(
        PlvRow(
            sentence=r["sentence"],
            source=r["source"],
            target=r["target"],
            root=r["gold_root"],
            id=f"plv/{r.get('sentence_id', '')}",
            marked=r.get("marked_sentence") or "",
        )
        for r in rows
        if r.get("sentence")
    )


def marked_spans(marked: str) -> tuple[Span | None, Span | None]:
    """The source and target spans of a marked sentence, as offsets into the plain one."""
    spans: dict[str, int] = {}
    removed = 0
    for m in _MARKER.finditer(marked):
        spans[m.group()] = m.start() - removed
        removed += len(m.group())

    def span(open_: str, close: str) -> Span | None:
        if open_ in spans and close in spans and spans[close] > spans[open_]:
            return Span(spans[open_], spans[close])
        return None

    return span("<s>", "</s>"), span("<t>", "</t>")


def plv_root(type_: str | None) -> str:
    """An event type as PLV labels it (PLV keeps CAMEO's YIELD for CONCEDE and RETREAT)."""
    if type_ is None:
        return NONE
    return "YIELD" if type_ in ("CONCEDE", "RETREAT") else type_


def _plv_match(root: str, predicted: str | None) -> bool:
    return predicted is not None and plv_root(predicted) == root


def evaluate_plv(
    rows: Sequence[PlvRow],
    *,
    annotate: Annotate,
    lexicon: EventLexicon,
    resolver: ActorResolver | None,
) -> dict[str, Any]:
    """The rules' root-type accuracy on PLV sentences, given the marked source.

    The predicted type is that of the first asserted event whose source overlaps the marked
    source text, else the first asserted event; no event counts as wrong.
    """
    right = covered = 0
    per_root: dict[str, list[int]] = {}
    annotations = annotate([row.sentence for row in rows])
    for row, annotation in zip(rows, annotations, strict=True):
        article = Article(id=Article.make_id(row.sentence), text=row.sentence)
        events = [
            e
            for e in code_events(article, annotation, (), resolver=resolver, lexicon=lexicon)
            if e.counts
        ]
        marked = _norm(row.source)
        chosen = next(
            (e for e in events if e.source and marked and _norm(e.source.text) in marked), None
        )
        if chosen is None and events:
            chosen = events[0]
        predicted = chosen.type if chosen is not None else None
        covered += predicted is not None
        ok = _plv_match(row.root, predicted)
        right += ok
        tally = per_root.setdefault(row.root, [0, 0])
        tally[0] += ok
        tally[1] += 1
    n = len(rows)
    return {
        "rows": n,
        "accuracy": round(right / n, 3) if n else 0.0,
        "coverage": round(covered / n, 3) if n else 0.0,
        "accuracy_when_coded": round(right / covered, 3) if covered else 0.0,
        "per_root": {k: round(v[0] / v[1], 3) for k, v in sorted(per_root.items())},
    }


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


# ---------------------------------------------------------------------------------------
# Cross-validation of the learned model


class FoldModels:
    """The probabilities of a ``cv.json``: each fold's model, for the rows it did not see."""

    def __init__(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self.labels: list[str] = data["labels"]
            self.folds: dict[str, int] = data["folds"]
            self._scored: dict[str, list[float]] = data["probabilities"]
        except (OSError, ValueError, KeyError) as e:
            raise InputError(str(path), f"not a cross-validation file: {e}", code="E603") from e
        self.path = path

    def model(self, row: PlvRow) -> EventModel:
        fold = self.folds.get(row.id)
        if fold is None:
            raise InputError(str(self.path), f"row {row.id} is in no fold", code="E603")

        def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
            missing = [t for t in texts if f"{fold}\t{t}" not in self._scored]
            if missing:
                raise InputError(
                    str(self.path),
                    f"fold {fold} scored no {missing[0]!r}: rerun the cross-validation",
                    code="E603",
                )
            return np.asarray([self._scored[f"{fold}\t{t}"] for t in texts], dtype=np.float32)

        return EventModel(classify, self.labels)


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _for_pair(events: Sequence[Event], source: Span | None, target: Span | None) -> Event | None:
    """The coded event for the marked pair: most sides overlapping, asserted first."""
    best: tuple[int, int, Event] | None = None
    for event in events:
        hits = _overlaps(event.source.span if event.source else None, source) + _overlaps(
            event.target.span if event.target else None, target
        )
        if hits and (best is None or (hits, event.counts) > (best[0], best[1])):
            best = (hits, int(event.counts), event)
    return best[2] if best else None


def _table(pairs: Sequence[tuple[str, str]], labels: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 over ``labels`` and a per-label P/R/F1 table of (gold, predicted)."""
    table: dict[str, dict[str, float | int]] = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "support": tp + fn,
        }
    n = len(pairs)
    return {
        "accuracy": round(sum(g == p for g, p in pairs) / n, 3) if n else 0.0,
        "macro_f1": round(sum(float(v["f1"]) for v in table.values()) / len(table), 3),
        "per_root": table,
    }


def evaluate_plv_cv(
    rows: Sequence[PlvRow],
    folds: FoldModels,
    *,
    annotate: Annotate,
    lexicon: EventLexicon,
    resolver: ActorResolver | None,
) -> dict[str, Any]:
    """Cross-validated figures of the learned classifier and of the coded events on PLV."""
    rows = [row for row in rows if row.id in folds.folds]
    roots = sorted({row.root for row in rows})
    marked_pairs: list[tuple[str, str]] = []
    coded_pairs: list[tuple[str, str]] = []
    covered = 0
    sides = {"source": [0, 0], "target": [0, 0]}  # right, scored
    annotations = annotate([row.sentence for row in rows])
    for row, annotation in zip(rows, annotations, strict=True):
        model = folds.model(row)
        (verdict,) = model.judge([row.marked])
        marked_pairs.append((row.root, verdict.label))
        article = Article(id=Article.make_id(row.sentence), text=row.sentence)
        events = code_events(
            article, annotation, (), resolver=resolver, lexicon=lexicon, model=model
        )
        source, target = marked_spans(row.marked)
        chosen = _for_pair(events, source, target)
        coded_pairs.append((row.root, plv_root(chosen.type if chosen else None)))
        if chosen is not None:
            covered += 1
            for side, gold, actor in (
                ("source", source, chosen.source),
                ("target", target, chosen.target),
            ):
                if gold is not None:  # an unmarked side cannot be scored
                    sides[side][0] += _overlaps(actor.span if actor else None, gold)
                    sides[side][1] += 1
    n = len(rows)
    return {
        "rows": n,
        "folds": len(set(folds.folds.values())),
        "marked": _table(marked_pairs, roots)
        | {"coverage": round(sum(p != NONE for _, p in marked_pairs) / n, 3) if n else 0.0},
        "coded": _table(coded_pairs, roots)
        | {
            "coverage": round(covered / n, 3) if n else 0.0,
            **{
                f"{side}_accuracy": round(right / scored, 3) if scored else 0.0
                for side, (right, scored) in sides.items()
            },
        },
    }
