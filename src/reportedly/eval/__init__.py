"""Measure extraction quality: corpus readers (brat, PolNeAR) and a corpus-independent scorer."""

from reportedly.eval.records import Attribution, GoldAttribution
from reportedly.eval.scoreboard import Report, Score, Scoreboard
from reportedly.eval.scoring import DocumentScore, error_records, score_document
from reportedly.eval.text_index import TextIndex

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
