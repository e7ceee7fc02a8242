"""The speaker-confidence candidates ``fit_speaker_confidence.py`` compares, over two row sets:
the dev gold's (the articles the rules were tuned on) and the hand-judged rows of articles no
gold names. Each candidate gives every judged row a probability from a fit that did not see
its article (cross-validation by judged article) and every dev row one from a fit that did
not see its dev article, and its final weights from all the rows it uses.

- ``dev``: fitted on dev alone (the judged rows only score it);
- ``pooled``: fitted on dev and the judged rows together;
- ``shift`` / ``temperature``: the dev fit, its log-odds moved (shift) or scaled and moved
  (temperature) to fit the judged rows;
- ``constant``: one probability for every statement, the pooled share right.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from calibration_fit import fit, logistic, sigmoid

KINDS = ("dev", "pooled", "shift", "temperature", "constant")


@dataclass(frozen=True)
class RowSet:
    """Rows of one source: their signals, labels and articles."""

    values: Sequence[dict[str, float]]
    y: np.ndarray
    article: np.ndarray

    def x(self, names: Sequence[str]) -> np.ndarray:
        rows = [[v[n] for n in names] for v in self.values]
        return np.asarray(rows, dtype=float).reshape(-1, len(names))

    def where(self, keep: np.ndarray) -> RowSet:
        return RowSet(
            [v for v, k in zip(self.values, keep, strict=True) if k],
            self.y[keep],
            self.article[keep],
        )


def folds(rows: RowSet, count: int, seed: int) -> list[np.ndarray]:
    """Masks of ``count`` folds of whole articles, shuffled with ``seed``."""
    order = sorted({int(a) for a in rows.article})
    random.Random(seed).shuffle(order)
    return [np.isin(rows.article, order[k::count]) for k in range(count)]


def _unit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    return fit(x, y, np.ones(len(y)), l2)


def _recalibration(z: np.ndarray, y: np.ndarray, scale: bool) -> tuple[float, float]:
    """(a, b) of σ(a + b·z) fitted to ``y`` by Newton's method; b stays 1 without ``scale``."""
    a, b = 0.0, 1.0
    for _ in range(100):
        p = sigmoid(a + b * z)
        g = np.array([np.sum(p - y), np.sum((p - y) * z)])
        h = p * (1 - p)
        hess = np.array([[h.sum(), (h * z).sum()], [(h * z).sum(), (h * z * z).sum()]])
        if not scale:
            step = np.array([g[0] / (hess[0, 0] + 1e-9), 0.0])
        else:
            step = np.linalg.solve(hess + 1e-6 * np.eye(2), g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-10:
            break
    return float(a), float(b)


def weights(kind: str, dev: RowSet, judged: RowSet, names: Sequence[str], l2: float) -> np.ndarray:
    """The candidate's weights (over ``names``, the bias first) from all its rows."""
    if kind == "constant":
        y = np.concatenate([dev.y, judged.y])
        share = float(np.clip(y.mean(), 1e-6, 1 - 1e-6))
        return np.asarray([np.log(share / (1 - share))] + [0.0] * (len(names) - 1))
    if kind == "pooled":
        return _unit(
            np.vstack([dev.x(names), judged.x(names)]), np.concatenate([dev.y, judged.y]), l2
        )
    w = _unit(dev.x(names), dev.y, l2)
    if kind == "dev":
        return w
    a, b = _recalibration(judged.x(names) @ w, judged.y, scale=kind == "temperature")
    out = b * w
    out[0] += a
    return out


def held_out(
    kind: str,
    dev: RowSet,
    judged: RowSet,
    names: Sequence[str],
    l2: float,
    count: int,
    seed: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Each judged row's and each dev row's probability from the candidate fitted without
    its article's fold (the other source's rows all kept)."""

    def predict(rows: RowSet, train: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        p = np.zeros(len(rows.y))
        for mask in folds(rows, count, seed):
            p[mask] = logistic(rows.x(names)[mask], train(~mask))
        return p

    on_judged = predict(judged, lambda keep: weights(kind, dev, judged.where(keep), names, l2))
    on_dev = predict(dev, lambda keep: weights(kind, dev.where(keep), judged, names, l2))
    return on_judged, on_dev


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))
