"""Score the event coder: per-type P/R/F1 and actor accuracy on a gold set, PLV root accuracy.

The gold set's format and reader are in :mod:`reportedly.events.event_gold`.

Matching: within an item, a predicted event pairs with a gold event of the same type, one
to one, preferring a predicted trigger that overlaps an occurrence of the gold trigger. The
type table counts *asserted* events only (what a PLOVER dataset holds); modality is scored
on every type-matched pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportedly.events.actors import ActorResolver
from reportedly.events.coder import code_events
from reportedly.events.evaluate_plv import PlvRow, evaluate_plv, load_plv
from reportedly.events.event_gold import GoldEvent, GoldItem
from reportedly.events.learned import EventModel
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import EVENT_TYPES, Event, EventActor
from reportedly.model import Annotation, Article, Span

__all__ = ["PlvRow", "evaluate_plv", "load_plv"]  # re-exported: they lived here

Annotate = Callable[[Sequence[str]], Iterable[Annotation]]


@dataclass(slots=True)
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def rounded(self) -> dict[str, float]:
        p, r, f = self.prf()
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


@dataclass(slots=True)
class Score:
    """Accumulated scores for one split."""

    per_type: dict[str, _Counts] = field(default_factory=dict)
    source_right: int = 0
    source_total: int = 0
    target_right: int = 0
    target_total: int = 0
    modality_right: int = 0
    modality_total: int = 0
    date_right: int = 0
    date_total: int = 0
    items: int = 0
    empty: int = 0  # items with no asserted gold event
    empty_with_events: int = 0  # ... where an asserted event was coded (a false event)
    predicted_none: int = 0  # items where no asserted event was coded
    predicted_none_right: int = 0  # ... that have no asserted gold event
    sided: int = 0  # type-matched pairs whose source and target are right too
    errors: list[dict[str, Any]] = field(default_factory=list)

    def counts(self, type_: str) -> _Counts:
        return self.per_type.setdefault(type_, _Counts())

    def as_dict(self) -> dict[str, Any]:
        """The scores as plain data (for ``--json`` and the docs table)."""
        table: dict[str, dict[str, float | int]] = {}
        for type_ in EVENT_TYPES:
            c = self.per_type.get(type_)
            if c is None or c.tp + c.fp + c.fn == 0:
                continue
            p, r, f = c.prf()
            table[type_] = {
                "precision": round(p, 3),
                "recall": round(r, 3),
                "f1": round(f, 3),
                "support": c.tp + c.fn,
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }
        supported = [v["f1"] for v in table.values() if v["support"]]
        total = _Counts(
            tp=sum(c.tp for c in self.per_type.values()),
            fp=sum(c.fp for c in self.per_type.values()),
            fn=sum(c.fn for c in self.per_type.values()),
        )
        sided = _Counts(
            tp=self.sided, fp=total.tp + total.fp - self.sided, fn=total.tp + total.fn - self.sided
        )

        def ratio(right: int, n: int) -> float | None:
            return round(right / n, 3) if n else None

        return {
            "items": self.items,
            "per_type": table,
            "macro_f1": round(sum(supported) / len(supported), 3) if supported else 0.0,
            "micro": total.rounded(),
            # a reader's view: a pair counts only with the sides the gold names right
            "micro_with_sides": sided.rounded(),
            "source_accuracy": ratio(self.source_right, self.source_total),
            "target_accuracy": ratio(self.target_right, self.target_total),
            "modality_accuracy": ratio(self.modality_right, self.modality_total),
            "date_accuracy": ratio(self.date_right, self.date_total),
            "false_event_rate": ratio(self.empty_with_events, self.empty),
            "none_precision": ratio(self.predicted_none_right, self.predicted_none),
            "event_free_items": self.empty,
            "pairs": {"source": self.source_total, "target": self.target_total},
        }


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def _same_side(
    code: str | None, words: str | None, actor_code: str | None, actor_text: str
) -> bool:
    if code is not None:
        return actor_code == code
    gold, pred = _norm(words), _norm(actor_text)
    return bool(gold and pred) and (gold in pred or pred in gold)


def _occurrences(text: str, needle: str) -> list[Span]:
    spans: list[Span] = []
    lowered, target = text.lower(), needle.lower()
    start = lowered.find(target)
    while start >= 0:
        spans.append(Span(start, start + len(target)))
        start = lowered.find(target, start + 1)
    return spans


def _pair(gold: Sequence[GoldEvent], pred: Sequence[Event], text: str) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of the same type, overlap first."""
    candidates: list[tuple[int, int, int]] = []
    for g, gold_event in enumerate(gold):
        occurrences = _occurrences(text, gold_event.trigger)
        for p, event in enumerate(pred):
            if event.type != gold_event.type:
                continue
            overlap = any(event.trigger.overlaps(o) for o in occurrences)
            candidates.append((0 if overlap else 1, g, p))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, g, p in sorted(candidates):
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p))
    return pairs


def _side_miss(
    item: str, kind: str, code: str | None, text: str | None, predicted: EventActor | None
) -> dict[str, Any] | None:
    """The error record when ``predicted`` is not the gold side (``code``/``text``), else None."""
    if predicted is not None and _same_side(code, text, predicted.code, predicted.text):
        return None
    return {
        "item": item,
        "kind": kind,
        "gold": text,
        "gold_code": code,
        "pred": predicted.text if predicted else None,
        "pred_code": predicted.code if predicted else None,
    }


def score_item(item: GoldItem, events: Sequence[Event], score: Score) -> None:
    """Add one item's comparison to ``score``."""
    score.items += 1
    asserted_gold = [g for g in item.events if g.modality == "asserted"]
    asserted_pred = [e for e in events if e.counts]
    pairs = _pair(asserted_gold, asserted_pred, item.text)
    score.empty += not asserted_gold
    score.empty_with_events += not asserted_gold and bool(asserted_pred)
    score.predicted_none += not asserted_pred
    score.predicted_none_right += not asserted_pred and not asserted_gold
    paired_g = {g for g, _ in pairs}
    paired_p = {p for _, p in pairs}
    for g, p in pairs:
        gold, event = asserted_gold[g], asserted_pred[p]
        score.counts(gold.type).tp += 1
        right = True
        if gold.source is not None or gold.source_code is not None:
            score.source_total += 1
            miss = _side_miss(item.id, "source", gold.source_code, gold.source, event.source)
            score.source_right += miss is None
            if miss is not None:
                right = False
                score.errors.append(miss)
        if gold.target is not None or gold.target_code is not None:
            score.target_total += 1
            miss = _side_miss(item.id, "target", gold.target_code, gold.target, event.target)
            score.target_right += miss is None
            if miss is not None:
                right = False
                score.errors.append(miss)
        score.sided += right
        if gold.date is not None:
            score.date_total += 1
            score.date_right += event.date is not None and event.date.iso() == gold.date
    for g, gold in enumerate(asserted_gold):
        if g not in paired_g:
            score.counts(gold.type).fn += 1
            score.errors.append(
                {"item": item.id, "kind": "missed", "type": gold.type, "trigger": gold.trigger}
            )
    for p, event in enumerate(asserted_pred):
        if p not in paired_p:
            score.counts(event.type).fp += 1
            score.errors.append(
                {
                    "item": item.id,
                    "kind": "spurious",
                    "type": event.type,
                    "trigger": event.trigger.text(item.text),
                    "rule": event.rule,
                }
            )
    for g, p in _pair(item.events, events, item.text):
        score.modality_total += 1
        score.modality_right += item.events[g].modality == events[p].modality


def code_gold(
    items: Sequence[GoldItem],
    *,
    annotate: Annotate,
    lexicon: EventLexicon,
    resolver: ActorResolver | None,
    model: EventModel | None = None,
) -> list[tuple[GoldItem, tuple[Event, ...]]]:
    """Run the coder over every gold item (statements are not used: the coder's own speech
    detection stands in for the attribution stage); ``model`` is the learned classifier."""
    coded: list[tuple[GoldItem, tuple[Event, ...]]] = []
    annotations = annotate([item.text for item in items])
    for item, annotation in zip(items, annotations, strict=True):
        article = Article(id=Article.make_id(item.text), text=item.text, published=item.published)
        coded.append(
            (
                item,
                code_events(
                    article, annotation, (), resolver=resolver, lexicon=lexicon, model=model
                ),
            )
        )
    return coded


def evaluate_gold(coded: Sequence[tuple[GoldItem, tuple[Event, ...]]]) -> dict[str, Score]:
    """Scores per split, plus ``all``."""
    scores: dict[str, Score] = {"all": Score()}
    for item, events in coded:
        score_item(item, events, scores.setdefault(item.split, Score()))
        score_item(item, events, scores["all"])
    return scores
