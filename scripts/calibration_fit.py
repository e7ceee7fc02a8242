"""The calibration fits the scripts share: a weighted L2 logistic regression by Newton's
method and a weighted isotonic map of its output (numpy only). ``fit_calibration.py`` fits
the shipped file with unit weights; ``cv_calibration.py`` chooses among weighted candidates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from reportedly.attribution.calibration import BASE_FEATURES, EXTENDED_FEATURES, FEATURES

Record = dict[str, Any]
# the candidate signal sets: session 4's, session 10's, session 19's
FEATURE_SETS = {"base": BASE_FEATURES, "extended": EXTENDED_FEATURES, "war-news": FEATURES}


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function of log-odds ``z`` (clipped to ±30 so ``exp`` stays finite)."""
    return np.asarray(1 / (1 + np.exp(-np.clip(z, -30, 30))))


def logistic(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return sigmoid(x @ w)


def matrix(rows: Sequence[Record], names: Sequence[str]) -> np.ndarray:
    return np.asarray([[r["signals"].get(f, 0.0) for f in names] for r in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float) -> np.ndarray:
    """Weighted logistic regression by Newton's method (the bias is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(100):
        p = logistic(x, w)
        gradient = x.T @ (weight * (p - y)) + penalty * w
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def isotonic(
    p: np.ndarray, y: np.ndarray, weight: np.ndarray, points: int = 20
) -> list[list[float]]:
    """Weighted pool-adjacent-violators on the logistic output: (score, probability) knots
    of a monotone piecewise-linear map, at most ``points`` of them. Equal scores start as one
    block: a score gets one probability, whatever order the sort gave its statements."""
    blocks: list[list[float]] = []  # [weighted labels, weight, weighted scores]
    scores, group = np.unique(p, return_inverse=True)
    labels = np.bincount(group, weights=weight * y, minlength=len(scores))
    weights = np.bincount(group, weights=weight, minlength=len(scores))
    for score, label, w in zip(scores, labels, weights, strict=True):
        blocks.append([float(label), float(w), float(w * score)])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            a, b = blocks.pop(), blocks.pop()
            blocks.append([a[0] + b[0], a[1] + b[1], a[2] + b[2]])
    knots = [[b[2] / b[1], b[0] / b[1]] for b in blocks]
    if len(knots) > points:
        keep = np.linspace(0, len(knots) - 1, points).round().astype(int)
        knots = [knots[k] for k in sorted(set(keep))]
    return [[round(x, 5), round(v, 5)] for x, v in knots]


def interpolate(knots: list[list[float]], p: np.ndarray) -> np.ndarray:
    xs, ys = np.array([k[0] for k in knots]), np.array([k[1] for k in knots])
    return np.interp(p, xs, ys)  # flat beyond the ends, as Calibrator does


class Model:
    """One candidate: features, L2, war-news weight, isotonic step, which statements it sets
    (``scope``: ``top-level`` as in session 4, or ``all``: nested statements and run-in frames
    too, which only the war-news rows show); fitted on given rows."""

    def __init__(
        self, names: Sequence[str], l2: float, weight: float, iso: bool, scope: str
    ) -> None:
        self.names, self.l2, self.weight, self.iso = list(names), l2, weight, iso
        self.scope = scope
        self.w = np.zeros(len(names))
        self.knots: list[list[float]] = []

    def fit(self, polnear: Sequence[Record], warnews: Sequence[Record]) -> Model:
        rows = [*polnear, *warnews]
        x, y = matrix(rows, self.names), np.array([float(r["right"]) for r in rows])
        weight = np.array([1.0] * len(polnear) + [self.weight] * len(warnews))
        self.w = fit(x, y, weight, self.l2)
        if self.iso:
            self.knots = isotonic(logistic(x, self.w), y, weight)
        return self

    def predict(self, rows: Sequence[Record]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        p = logistic(matrix(rows, self.names), self.w)
        return interpolate(self.knots, p) if self.knots else p

    def describe(self) -> str:
        names = next(k for k, v in FEATURE_SETS.items() if list(v) == self.names)
        return (
            f"features={names} l2={self.l2:g} warnews_weight={self.weight:g} "
            f"isotonic={self.iso} scope={self.scope}"
        )
