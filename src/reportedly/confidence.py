"""Confidence as a reader reads it: a plain label for a statement's confidence number.

Every place that shows a confidence (the CLI, the web UI) shows :func:`confidence_label`, with
the number itself on hover or in ``--json``; a statement's speaker confidence (how likely its
resolved speaker is right) takes the same labels, beside the speaker; every listing that hides
doubtful statements by default uses :data:`DEFAULT_MIN_CONFIDENCE`. The labels depend on the
number alone, so they keep their meaning when the numbers become calibrated probabilities:

=============  ==============================
label          confidence
=============  ==============================
very likely    0.9 or more
likely         0.7 to under 0.9
uncertain      0.5 to under 0.7
doubtful       under 0.5
=============  ==============================
"""

from __future__ import annotations

# (lowest confidence, label), highest first; the last bound must be 0
LEVELS: tuple[tuple[float, str], ...] = (
    (0.9, "very likely"),
    (0.7, "likely"),
    (0.5, "uncertain"),
    (0.0, "doubtful"),
)

# listings (``reportedly statements``, the web search) hide statements under this unless
# asked (``--all``, ``--min-confidence``, ``min_confidence=``): the "doubtful" ones
DEFAULT_MIN_CONFIDENCE = 0.5


def confidence_label(confidence: float) -> str:
    """The plain label for ``confidence`` (0–1): "very likely", "likely", "uncertain" or
    "doubtful"."""
    return next((label for bound, label in LEVELS if confidence >= bound), LEVELS[-1][1])


def confidence_title(confidence: float) -> str:
    """The label with the number, for a tooltip: "confidence 0.80 (likely: 0.7 or more)"."""
    label = confidence_label(confidence)
    bound = next(b for b, name in LEVELS if name == label)
    scale = f"{bound:g} or more" if bound > 0 else f"under {LEVELS[-2][0]:g}"
    return f"confidence {confidence:.2f} ({label}: {scale})"


def speaker_confidence_title(speaker_confidence: float) -> str:
    """The tooltip of a statement's speaker confidence: "speaker confidence 0.80 (likely: 0.7
    or more): how likely the resolved speaker is the one who said it"."""
    return (
        "speaker " + confidence_title(speaker_confidence) + ": how likely the resolved speaker "
        "is the one who said it, if the statement is right"
    )
