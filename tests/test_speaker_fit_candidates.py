"""Tests of scripts/speaker_fit_candidates.py (the speaker-confidence candidates compared on
the dev gold's rows and the hand-judged rows)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from script_modules import load_script

candidates = load_script("scripts/speaker_fit_candidates.py")
NAMES = ("bias", "named")


def rows(named: list[float], right: list[float], articles: list[int]) -> Any:
    values = [{"bias": 1.0, "named": n} for n in named]
    return candidates.RowSet(values, np.asarray(right, dtype=float), np.asarray(articles))


def population(
    share_named: float, right_named: float, right_other: float, n: int, offset: int
) -> Any:
    """``n`` rows over ``n // 10`` articles with the given shares right."""
    named, right = [], []
    for k in range(n):
        is_named = k % 100 < share_named * 100
        named.append(float(is_named))
        right.append(float((k * 7919 % 100) < (right_named if is_named else right_other) * 100))
    return rows(named, right, [offset + k // 10 for k in range(n)])


DEV = population(0.5, 0.98, 0.90, 800, 0)
# the judged rows: the same signal, every statement 10 points less often right
FRESH = population(0.5, 0.88, 0.80, 400, 1000)


def test_folds_keep_each_article_in_one_fold() -> None:
    masks = candidates.folds(FRESH, 5, seed=1)
    assert sum(m.astype(int) for m in masks).tolist() == [1] * len(FRESH.y)
    for mask in masks:
        inside = set(FRESH.article[mask].tolist())
        assert not inside & set(FRESH.article[~mask].tolist())


def test_a_shift_learns_the_judged_rows_lower_rate() -> None:
    dev_only = candidates.weights("dev", DEV, FRESH, NAMES, 0.3)
    shifted = candidates.weights("shift", DEV, FRESH, NAMES, 0.3)
    assert shifted[1] == pytest.approx(dev_only[1])  # the signal's weight is kept
    assert shifted[0] < dev_only[0] - 0.5  # the bias moves down
    p = candidates.logistic(FRESH.x(NAMES), shifted)
    assert p.mean() == pytest.approx(FRESH.y.mean(), abs=0.01)


def test_temperature_with_matching_rows_changes_nothing() -> None:
    dev_only = candidates.weights("dev", DEV, DEV, NAMES, 0.0)
    scaled = candidates.weights("temperature", DEV, DEV, NAMES, 0.0)
    assert scaled == pytest.approx(dev_only, abs=1e-3)


def test_held_out_scores_the_judged_rows_without_their_articles() -> None:
    on_judged, on_dev = candidates.held_out("pooled", DEV, FRESH, NAMES, 0.3, 5, 1)
    assert on_judged.shape == FRESH.y.shape
    assert on_dev.shape == DEV.y.shape
    # fitted on dev alone the judged rows are over-trusted; the shift held out learns better
    dev_only, _ = candidates.held_out("dev", DEV, FRESH, NAMES, 0.3, 5, 1)
    shifted, _ = candidates.held_out("shift", DEV, FRESH, NAMES, 0.3, 5, 1)
    assert dev_only.mean() > FRESH.y.mean() + 0.05
    assert candidates.log_loss(shifted, FRESH.y) < candidates.log_loss(dev_only, FRESH.y)


def test_the_constant_is_the_pooled_share() -> None:
    w = candidates.weights("constant", DEV, FRESH, NAMES, 1.0)
    assert w[1] == 0.0
    share = np.concatenate([DEV.y, FRESH.y]).mean()
    assert 1 / (1 + np.exp(-w[0])) == pytest.approx(share)
