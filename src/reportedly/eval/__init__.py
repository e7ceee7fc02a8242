"""Measure extraction quality: corpus readers (brat, PolNeAR) and a corpus-independent scorer."""

from reportedly.eval.records import Attribution, GoldAttribution
from reportedly.eval.scoring import (
    DocumentScore,
    Report,
    Score,
    Scoreboard,
    TextIndex,
    error_records,
    score_document,
)

__all__ = [
    "Attribution",
    "DocumentScore",
    "GoldAttribution",
    "Report",
    "Score",
    "Scoreboard",
    "TextIndex",
    "error_records",
    "score_document",
]
