"""Confidence labels: one set of thresholds, driven by the number only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.confidence import (
    DEFAULT_MIN_CONFIDENCE,
    LEVELS,
    confidence_label,
    confidence_title,
)


@pytest.mark.parametrize(
    ("value", "label"),
    [
        (1.0, "very likely"),
        (0.95, "very likely"),
        (0.9, "very likely"),
        (0.89, "likely"),
        (0.7, "likely"),
        (0.69, "uncertain"),
        (0.5, "uncertain"),
        (0.49, "doubtful"),
        (0.0, "doubtful"),
    ],
)
def test_confidence_label_thresholds(value: float, label: str) -> None:
    assert confidence_label(value) == label


def test_confidence_title_gives_the_number_and_the_scale() -> None:
    assert confidence_title(0.8) == "confidence 0.80 (likely: 0.7 or more)"
    assert confidence_title(0.41) == "confidence 0.41 (doubtful: under 0.5)"


def test_confidence_default_filter_hides_exactly_the_doubtful() -> None:
    assert confidence_label(DEFAULT_MIN_CONFIDENCE) != "doubtful"
    assert confidence_label(DEFAULT_MIN_CONFIDENCE - 1e-9) == "doubtful"


_ORDER = [label for _, label in reversed(LEVELS)]


@given(st.floats(0, 1), st.floats(0, 1))
def test_confidence_labels_never_fall_as_confidence_rises(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert _ORDER.index(confidence_label(low)) <= _ORDER.index(confidence_label(high))
