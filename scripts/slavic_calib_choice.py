"""Choosing the ru/uk confidence fit on the calib rows (``fit_slavic_confidence.py``).

The calib rows are statements of texts annotated blind like the gold, never tuned on and not
test. No candidate is fitted on them: each is fitted on the dev and judged rows and scored on
every calib row. The candidate of the lowest calib log loss replaces the one chosen on the
judged rows only where choosing so holds out (chosen on half the calib texts, it beats the
judged choice on the other half, on average over random halves): with a few dozen rows the
lowest of a hundred losses is partly luck. A shift of the chosen fit's log-odds to the calib
rows is scored by cross-validation by calib text, so no calib row scores a shift fitted on it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from calibration_fit import logistic, sigmoid
from speaker_fit_candidates import KINDS, RowSet, _recalibration, folds, log_loss, weights


def key(kind: str, name: str, l2: float) -> str:
    """A candidate's name in the report."""
    return f"{kind} {name} l2={l2:g}" if kind != "constant" else "constant"


def candidates(
    sets: dict[str, tuple[str, ...]], l2s: Sequence[float]
) -> list[tuple[str, str, float]]:
    """Every (kind, signal set, L2) compared."""
    out = []
    for kind in KINDS:
        for name, names in sets.items() if kind != "constant" else [("-", ("bias",))]:
            for l2 in l2s if kind != "constant" and len(names) > 1 else l2s[:1]:
                out.append((kind, name, l2))
    return out


Candidate = tuple[str, str, float]


def calib_probabilities(
    dev: RowSet,
    judged: RowSet,
    calib: RowSet,
    sets: dict[str, tuple[str, ...]],
    l2s: Sequence[float],
) -> dict[Candidate, np.ndarray]:
    """Every candidate's probabilities of the calib rows, fitted on the dev and judged rows
    only, never on a calib row."""
    out = {}
    for kind, name, l2 in candidates(sets, l2s):
        names = sets.get(name, ("bias",))
        out[kind, name, l2] = logistic(calib.x(names), weights(kind, dev, judged, names, l2))
    return out


def choose_on_calib(
    probabilities: dict[Candidate, np.ndarray], y: np.ndarray, keep: np.ndarray | None = None
) -> tuple[Candidate, dict[str, float]]:
    """The candidate of the lowest log loss on the calib rows (those ``keep`` marks), and every
    candidate's."""
    rows = np.ones(len(y), dtype=bool) if keep is None else keep
    losses = {key(*c): round(log_loss(p[rows], y[rows]), 4) for c, p in probabilities.items()}
    best = min(probabilities, key=lambda c: log_loss(probabilities[c][rows], y[rows]))
    return best, losses


def choice_holds_out(
    probabilities: dict[Candidate, np.ndarray],
    fallback: Candidate,
    calib: RowSet,
    rounds: int,
    seed: int,
) -> tuple[float, float]:
    """Whether choosing on the calib rows beats the fallback: the mean log loss, over ``rounds``
    random halves of the calib texts, on the other half of the candidate chosen on one half,
    and of the fallback (chosen elsewhere) on the same halves."""
    texts = sorted({int(a) for a in calib.article})
    rng = random.Random(seed)
    chosen, kept = [], []
    for _ in range(rounds):
        rng.shuffle(texts)
        half = np.isin(calib.article, texts[: len(texts) // 2])
        best, _ = choose_on_calib(probabilities, calib.y, half)
        chosen.append(log_loss(probabilities[best][~half], calib.y[~half]))
        kept.append(log_loss(probabilities[fallback][~half], calib.y[~half]))
    return float(np.mean(chosen)), float(np.mean(kept))


def calib_shift(
    z: np.ndarray, calib: RowSet, count: int, seeds: Sequence[int]
) -> tuple[float, float, np.ndarray]:
    """The log-odds ``z`` of the calib rows shifted to them: the held-out log loss (``count``-fold
    cross-validation by calib text, mean over ``seeds``), the shift fitted on all the rows,
    and the held-out probabilities of the first seed."""
    losses, first = [], np.zeros(len(calib.y))
    for n, seed in enumerate(seeds):
        p = np.zeros(len(calib.y))
        for mask in folds(calib, count, seed):
            a, _ = _recalibration(z[~mask], calib.y[~mask], scale=False)
            p[mask] = sigmoid(z[mask] + a)
        losses.append(log_loss(p, calib.y))
        if n == 0:
            first = p
    a, _ = _recalibration(z, calib.y, scale=False)
    return float(np.mean(losses)), a, first


def shifted(p: np.ndarray, a: float) -> np.ndarray:
    """Probabilities ``p`` with their log-odds moved by ``a``."""
    q = np.clip(p, 1e-9, 1 - 1e-9)
    return sigmoid(np.log(q / (1 - q)) + a)


@dataclass(frozen=True)
class Choice:
    """A chosen fit: its candidate, final weights, shift to the calib rows (0 if none) and the
    calib rows' probabilities from fits that never saw them; every candidate's losses."""

    candidate: Candidate
    weights: np.ndarray
    shift: float
    on_calib: np.ndarray
    judged_losses: dict[str, float]
    calib_losses: dict[str, float] | None
    shift_report: dict[str, Any] | None

    @property
    def label(self) -> str:
        return key(*self.candidate) + (f" + calib shift {self.shift:+.3f}" if self.shift else "")

    @property
    def shift_text(self) -> str:
        return f" shift_to_calib={self.shift:+.4f}" if self.shift else ""


@dataclass(frozen=True)
class Settings:
    """The L2 strengths, cross-validation folds, seeds and random halves of the choice."""

    l2s: Sequence[float]
    folds: int
    seeds: Sequence[int]
    halves: int


def settle(
    dev: RowSet,
    judged: RowSet,
    calib: RowSet,
    sets: dict[str, tuple[str, ...]],
    judged_choice: Candidate,
    judged_losses: dict[str, float],
    settings: Settings,
) -> Choice:
    """The judged choice, or the candidate of the lowest calib log loss where choosing on calib
    holds out (``choice_holds_out``); then shifted to the calib rows where that lowers their
    held-out log loss. With no calib row: the judged choice."""
    if not len(calib.y):
        kind, name, l2 = judged_choice
        w = weights(kind, dev, judged, sets.get(name, ("bias",)), l2)
        return Choice(judged_choice, w, 0.0, np.zeros(0), judged_losses, None, None)
    probabilities = calib_probabilities(dev, judged, calib, sets, settings.l2s)
    best, calib_losses = choose_on_calib(probabilities, calib.y)
    on_half, judged_on_half = choice_holds_out(
        probabilities, judged_choice, calib, settings.halves, settings.seeds[0]
    )
    candidate = best if on_half < judged_on_half else judged_choice
    kind, name, l2 = candidate
    names = sets.get(name, ("bias",))
    w = weights(kind, dev, judged, names, l2)
    loss, shift, on_shifted = calib_shift(calib.x(names) @ w, calib, settings.folds, settings.seeds)
    plain = calib_losses[key(*candidate)]
    report = {
        "calib_best": key(*best),
        "judged_best": key(*judged_choice),
        "calib_choice_on_other_half": round(on_half, 4),
        "judged_choice_on_other_half": round(judged_on_half, 4),
        "shift_held_out_log_loss": round(loss, 4),
        "unshifted_log_loss": plain,
        "shift": round(shift, 4),
    }
    if loss < plain - 1e-9:
        w = w.copy()
        w[0] += shift
        return Choice(candidate, w, shift, on_shifted, judged_losses, calib_losses, report)
    return Choice(candidate, w, 0.0, probabilities[candidate], judged_losses, calib_losses, report)
