"""Tests of scripts/calibration_fit.py (the logistic and isotonic fits the calibration scripts
share)."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from script_modules import load_script

fits = load_script("scripts/calibration_fit.py")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([0.1, 0.2, 0.3, 0.5, 0.8]), st.booleans(), st.integers(1, 3)),
        min_size=1,
        max_size=60,
    ),
    st.randoms(use_true_random=False),
)
def test_isotonic_gives_each_score_one_probability_whatever_the_order(
    rows: list[tuple[float, bool, int]], rng: random.Random
) -> None:
    p, y, w = (np.array(column, dtype=float) for column in zip(*rows, strict=True))
    knots = fits.isotonic(p, y, w)
    order = list(range(len(rows)))
    rng.shuffle(order)
    assert fits.isotonic(p[order], y[order], w[order]) == knots
    scores = [x for x, _ in knots]
    assert scores == sorted(set(scores))  # one knot per score, rising
    probabilities = [v for _, v in knots]
    assert probabilities == sorted(probabilities)  # monotone
    assert all(0.0 <= v <= 1.0 for v in probabilities)


def test_isotonic_pools_a_violation_and_weights_count() -> None:
    p = np.array([0.1, 0.2, 0.3])
    y = np.array([1.0, 0.0, 1.0])
    assert fits.isotonic(p, y, np.ones(3)) == [[0.15, 0.5], [0.3, 1.0]]
    # the first statement weighs three times as much: the pooled block leans to it
    assert fits.isotonic(p, y, np.array([3.0, 1.0, 1.0])) == [[0.125, 0.75], [0.3, 1.0]]


def test_logistic_fit_recovers_a_separating_direction() -> None:
    rng = np.random.default_rng(7)
    x = np.c_[np.ones(2000), rng.normal(size=(2000, 2))]
    y = (rng.random(2000) < fits.logistic(x, np.array([-0.5, 2.0, 0.0]))).astype(float)
    w = fits.fit(x, y, np.ones(2000), l2=1.0)
    assert abs(w[0] + 0.5) < 0.2
    assert abs(w[1] - 2.0) < 0.3
    assert abs(w[2]) < 0.2
