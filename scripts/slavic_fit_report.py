"""The figures fit_slavic_confidence.py reports: ECE, reliability and eval gold's dev view."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import numpy as np
from speaker_fit_candidates import log_loss

from reportedly.actors import ActorRegistry
from reportedly.eval.calibration import reliability
from reportedly.eval.gold import GoldArticle
from reportedly.eval.gold_report import report_by_language
from reportedly.eval.gold_score import score_article
from reportedly.model import Analysis

VIEW = 0.5  # the default view's threshold (reportedly.confidence.DEFAULT_MIN_CONFIDENCE)


def ece(p: np.ndarray, y: np.ndarray) -> float | None:
    """The expected calibration error as ``eval gold`` reports it (confidences rounded to 3)."""
    if not len(y):
        return None
    pairs = zip(np.round(p, 3).tolist(), (y > 0.5).tolist(), strict=True)
    return float(reliability(pairs).as_dict()["ece"])


def figures(p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    if not len(y):
        return {"rows": 0}
    table = reliability(zip(np.round(p, 3).tolist(), (y > 0.5).tolist(), strict=True)).as_dict()
    return {
        "rows": len(y),
        "share_right": round(float(y.mean()), 4),
        "mean_confidence": round(float(p.mean()), 4),
        "log_loss": round(log_loss(p, y), 4),
        "ece": table["ece"],
        "bins": table["bins"],
    }


def by_language(langs: np.ndarray, p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    out = {lang: figures(p[langs == lang], y[langs == lang]) for lang in ("ru", "uk")}
    out["both"] = figures(p, y)
    return out


def scores(
    items: Sequence[GoldArticle],
    analyses: Sequence[Analysis],
    confidence: dict[str, float],
    registry: ActorRegistry,
    split: str = "dev",
) -> dict[str, Any]:
    """``eval gold``'s report of ``split`` per language (speech P/R/F1, speaker accuracy, confidence
    ECE) with these statement confidences, with no cut and with the default view's."""
    out: dict[str, Any] = {}
    for cut in (0.0, VIEW):
        scored = []
        for item, a in zip(items, analyses, strict=True):
            statements = tuple(
                dataclasses.replace(s, confidence=confidence[s.id]) for s in a.statements
            )
            analysis = dataclasses.replace(a, statements=statements)
            scored.append(score_article(item, analysis, registry, min_confidence=cut))
        for lang, report in report_by_language(scored).items():
            dev = report[split]
            out.setdefault(lang, {})[f"min_confidence {cut:g}"] = {
                "speech": {k: dev["speech"][k] for k in ("precision", "recall", "f1")},
                "speech_predicted": dev["speech"]["predicted"],
                "speaker_accuracy": dev["speaker"]["accuracy"],
                "confidence_ece": {v: dev["confidence"][v]["ece"] for v in ("speech", "all_acts")},
            }
    return out
