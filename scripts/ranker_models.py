"""The speaker ranker's models in plain numpy: L2 logistic regression (calibration_fit's) and
small gradient-boosted trees (scripts/train_speaker_ranker.py)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from calibration_fit import fit, sigmoid

Scorer = Callable[[np.ndarray], np.ndarray]  # candidates × features -> probabilities


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """L2 logistic regression of ``y`` on ``x`` (column 0, the bias, unpenalised): the
    calibration's Newton fit with every instance weighted alike."""
    return fit(x, y, np.ones(len(y)), l2)


Tree = dict[str, Any]  # {"leaf": v} or {"f": feature, "t": threshold, "lo": Tree, "hi": Tree}


def _grow(x: np.ndarray, g: np.ndarray, h: np.ndarray, depth: int, min_leaf: int) -> Tree:
    """One Newton regression tree on gradients ``g`` and hessians ``h`` (L2 1 on leaves)."""
    leaf = {"leaf": float(-g.sum() / (h.sum() + 1.0))}
    if depth == 0 or len(g) < 2 * min_leaf:
        return leaf
    best: tuple[float, int, float] | None = None
    base = g.sum() ** 2 / (h.sum() + 1.0)
    for j in range(1, x.shape[1]):
        for t in np.unique(x[:, j])[:-1]:
            lo = x[:, j] <= t
            n = int(lo.sum())
            if n < min_leaf or len(g) - n < min_leaf:
                continue
            gain = (
                g[lo].sum() ** 2 / (h[lo].sum() + 1.0)
                + g[~lo].sum() ** 2 / (h[~lo].sum() + 1.0)
                - base
            )
            if best is None or gain > best[0]:
                best = (gain, j, float(t))
    if best is None or best[0] <= 1e-6:
        return leaf
    _, j, t = best
    lo = x[:, j] <= t
    return {
        "f": j,
        "t": t,
        "lo": _grow(x[lo], g[lo], h[lo], depth - 1, min_leaf),
        "hi": _grow(x[~lo], g[~lo], h[~lo], depth - 1, min_leaf),
    }


def apply_tree(tree: Tree, x: np.ndarray) -> np.ndarray:
    if "leaf" in tree:
        return np.full(len(x), tree["leaf"])
    lo = x[:, tree["f"]] <= tree["t"]
    out = np.empty(len(x))
    out[lo] = apply_tree(tree["lo"], x[lo])
    out[~lo] = apply_tree(tree["hi"], x[~lo])
    return out


def fit_trees(
    x: np.ndarray, y: np.ndarray, rounds: int = 60, rate: float = 0.2, depth: int = 2
) -> tuple[float, list[Tree]]:
    """Small gradient-boosted trees of ``y`` on ``x`` (logistic loss, Newton leaves)."""
    mean = min(max(y.mean(), 1e-3), 1 - 1e-3)
    bias = math.log(mean / (1 - mean))
    z = np.full(len(y), bias)
    trees = []
    for _ in range(rounds):
        p = sigmoid(z)
        tree = _grow(x, p - y, p * (1 - p), depth, min_leaf=5)
        tree = _scaled(tree, rate)
        trees.append(tree)
        z += apply_tree(tree, x)
    return bias, trees


def _scaled(tree: Tree, rate: float) -> Tree:
    if "leaf" in tree:
        return {"leaf": tree["leaf"] * rate}
    return tree | {"lo": _scaled(tree["lo"], rate), "hi": _scaled(tree["hi"], rate)}
