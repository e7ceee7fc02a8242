"""How far a statement's confidence can be trusted: reliability tables and calibration error.

A statement is *right* when its content matches a gold attribution one-to-one (the scorer's
overlap alignment) and its speaker mention overlaps the gold source, or neither has one.
Statements reported inside another are left out: the corpora we score annotate only an
article's own attributions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportedly.eval.records import Attribution
from reportedly.eval.scoring import align_contents
from reportedly.eval.text_index import TextIndex
from reportedly.model import Statement

BINS = 10


def right_statements(
    text: str, gold: Sequence[Attribution], statements: Sequence[Statement]
) -> dict[str, bool]:
    """For each top-level statement id, whether the statement and its speaker are right."""
    top = [s for s in statements if s.reported_by is None]
    index = TextIndex(text)
    pairs = align_contents(
        [index.tokens(g.content) for g in gold], [index.tokens(s.content) for s in top]
    )
    matched = {p.predicted: gold[p.gold] for p in pairs}
    result: dict[str, bool] = {}
    for n, statement in enumerate(top):
        source = matched[n].source if n in matched else None
        if source is None:
            result[statement.id] = False
        elif statement.speaker is None:
            result[statement.id] = not source
        else:
            result[statement.id] = any(statement.speaker.span.overlaps(g) for g in source)
    return result


@dataclass(frozen=True, slots=True, kw_only=True)
class Bin:
    low: float
    high: float
    count: int
    confidence: float  # mean confidence in the bin
    accuracy: float  # share right


@dataclass(frozen=True, slots=True, kw_only=True)
class Reliability:
    """Equal-width confidence bins and the expected calibration error over them."""

    bins: tuple[Bin, ...]
    ece: float
    count: int

    def as_dict(self) -> dict[str, object]:
        return {
            "ece": round(self.ece, 4),
            "statements": self.count,
            "bins": [
                {
                    "low": b.low,
                    "high": b.high,
                    "count": b.count,
                    "confidence": round(b.confidence, 4),
                    "accuracy": round(b.accuracy, 4),
                }
                for b in self.bins
            ],
        }


def reliability(outcomes: Iterable[tuple[float, bool]], bins: int = BINS) -> Reliability:
    """The reliability table of (confidence, right) pairs: ECE is the count-weighted mean gap
    between confidence and accuracy over the bins."""
    grouped: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    total = 0
    for confidence, right in outcomes:
        grouped[min(bins - 1, max(0, int(confidence * bins)))].append((confidence, right))
        total += 1
    table: list[Bin] = []
    ece = 0.0
    for n, items in enumerate(grouped):
        if not items:
            continue
        mean = sum(c for c, _ in items) / len(items)
        accuracy = sum(r for _, r in items) / len(items)
        ece += len(items) / total * abs(mean - accuracy)
        table.append(
            Bin(
                low=n / bins,
                high=(n + 1) / bins,
                count=len(items),
                confidence=mean,
                accuracy=accuracy,
            )
        )
    return Reliability(bins=tuple(table), ece=ece, count=total)


def format_reliability(rel: Reliability, target: float | None = None) -> list[str]:
    """The reliability table as text lines."""
    lines = [
        f"Confidence calibration ({rel.count} top-level statements: confidence vs share right)",
        f"  {'bin':<11} {'n':>5} {'confidence':>11} {'right':>7}",
    ]
    for b in rel.bins:
        lines.append(
            f"  {b.low:.1f}–{b.high:.1f}   {b.count:5d} {b.confidence:11.3f} {b.accuracy:7.3f}"
        )
    line = f"  Expected calibration error {rel.ece:.3f}"
    if target is not None:
        verdict = "met" if rel.ece <= target else f"missed by {rel.ece - target:.3f}"
        line += f" (≤ {target:.2f}: {verdict})"
    lines.append(line)
    return lines
