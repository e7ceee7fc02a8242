"""Corpus figures from document scores: P/R/F1 per metric and kind, and the worst documents."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reportedly.eval.scoring import KIND_KEYS, ROLES, DocumentScore

if TYPE_CHECKING:
    from reportedly.eval.calibration import Reliability


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """Precision, recall and F1 with the counts behind them."""

    precision: float
    recall: float
    f1: float
    tp: int
    gold: int
    predicted: int

    @staticmethod
    def of(tp_pred: int, predicted: int, tp_gold: int, gold: int) -> Score:
        """A score from true positives counted on each side (equal for one-to-one matches)."""
        p = tp_pred / predicted if predicted else 0.0
        r = tp_gold / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return Score(precision=p, recall=r, f1=f, tp=tp_gold, gold=gold, predicted=predicted)

    def as_dict(self) -> dict[str, float | int]:
        """A JSON-ready mapping."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentSummary:
    """One line of the worst-documents list."""

    doc_id: str
    f1: float
    gold: int
    predicted: int
    matched: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Corpus-level scores: ``scores[metric][kind]`` plus counts and the worst documents."""

    scores: dict[str, dict[str, Score]]
    counts: dict[str, int]
    documents: int
    worst: tuple[DocumentSummary, ...]
    calibration: Reliability | None = None  # how far the statements' confidence holds
    skipped: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (doc_id, the pipeline's notes)

    def skipped_as_dicts(self) -> list[dict[str, Any]]:
        """The documents a stage skipped or warned on, JSON-ready."""
        return [{"doc_id": doc, "stages": list(notes)} for doc, notes in self.skipped]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {
            "documents": self.documents,
            "counts": dict(sorted(self.counts.items())),
            "scores": {
                metric: {kind: s.as_dict() for kind, s in by_kind.items()}
                for metric, by_kind in self.scores.items()
            },
            "calibration": self.calibration.as_dict() if self.calibration else None,
            "skipped": self.skipped_as_dicts(),
            "worst": [
                {
                    "doc_id": d.doc_id,
                    "f1": round(d.f1, 4),
                    "gold": d.gold,
                    "predicted": d.predicted,
                    "matched": d.matched,
                }
                for d in self.worst
            ],
        }


@dataclass(slots=True)
class Scoreboard:
    """Accumulates document scores into corpus figures, keeping only counts.

    Memory does not grow with the corpus beyond the ``worst`` documents kept.
    """

    worst_n: int = 20
    counts: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    _worst: list[tuple[float, int, int, str, DocumentSummary]] = field(default_factory=list)

    def add(self, score: DocumentScore) -> None:
        """Add one document's counts."""
        self.counts.update(score.counts)
        self.documents += 1
        summary = DocumentSummary(
            doc_id=score.doc_id,
            f1=score.f1,
            gold=score.counts["content.gold.all"],
            predicted=score.counts["content.pred.all"],
            matched=score.counts["content.overlap.tp_gold.all"],
        )
        # a max-heap on (f1, -gold) keeps the lowest F1, the larger documents first on ties
        item = (-summary.f1, summary.gold, -self.documents, summary.doc_id, summary)
        if len(self._worst) < self.worst_n:
            heapq.heappush(self._worst, item)
        elif self.worst_n:
            heapq.heappushpop(self._worst, item)

    def report(self) -> Report:
        """The corpus scores so far."""
        c = self.counts
        scores: dict[str, dict[str, Score]] = {}
        for match in ("overlap", "exact"):
            scores[f"content.{match}"] = {
                k: Score.of(
                    c[f"content.{match}.tp_pred.{k}"],
                    c[f"content.pred.{k}"],
                    c[f"content.{match}.tp_gold.{k}"],
                    c[f"content.gold.{k}"],
                )
                for k in KIND_KEYS
            }
        for role in ("source", "cue"):
            for match in ("exact", "overlap"):
                scores[f"{role}.{match}"] = {
                    k: Score.of(
                        c[f"{role}.{match}.{k}"],
                        c[f"{role}.pred.{k}"],
                        c[f"{role}.{match}.{k}"],
                        c[f"{role}.gold.{k}"],
                    )
                    for k in KIND_KEYS
                }
        for match in ("overlap", "exact", "raw"):
            scores[f"linked.{match}"] = {
                k: Score.of(
                    c[f"linked.{match}.{k}"],
                    c[f"content.pred.{k}"],
                    c[f"linked.{match}.{k}"],
                    c[f"content.gold.{k}"],
                )
                for k in KIND_KEYS
            }
        for key in ("role", "role_raw"):
            for role in ROLES:
                tp = c[f"{key}.{role}.tp"]
                scores[f"{key}.{role}"] = {
                    "all": Score.of(tp, c[f"{key}.{role}.pred"], tp, c[f"{key}.{role}.gold"])
                }
        shared = c["tokens.shared"]
        scores["content.tokens"] = {
            "all": Score.of(shared, c["tokens.pred"], shared, c["tokens.gold"])
        }
        worst = tuple(item[-1] for item in sorted(self._worst, key=lambda i: (-i[0], -i[1], -i[2])))
        return Report(scores=scores, counts=dict(c), documents=self.documents, worst=worst)
