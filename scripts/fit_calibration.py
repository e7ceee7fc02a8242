"""Fit the attribution confidence calibrator on PolNeAR train articles the span model never saw.

The articles are those ``scripts/prepare_span_data.py`` held apart (``calibration.json``).
Each article is parsed and attributed with the span model on and no confidence cut-off; each
statement is labelled right when its content matches a gold attribution one-to-one (the
scorer's overlap alignment) and its speaker mention overlaps the gold source (or neither has
one). Statements reported inside another are left out (PolNeAR does not annotate them). A
logistic regression (L2, Newton's method, numpy only) over ``calibration.BASE_FEATURES`` is
written to ``--out`` (default: the shipped ``attribution/data/calibration.json``).

Usage: python scripts/fit_calibration.py --held-apart build/span-data/calibration.json

(``scripts/cv_calibration.py`` fits with the war-news gold too, chosen by cross-validation.)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from reportedly.attribution import attribute
from reportedly.attribution.calibration import BASE_FEATURES, Calibrator
from reportedly.attribution.span_model import load_tagger
from reportedly.config import Settings
from reportedly.eval.calibration import right_statements
from reportedly.eval.polnear import Entry, iter_entries, read_gold, to_article
from reportedly.pipeline import Pipeline

OUT = Path("src/reportedly/attribution/data/calibration.json")


def labelled(pipeline: Pipeline, entries: list[Entry]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and right/wrong labels of the top-level statements of ``entries``."""
    rows: list[list[float]] = []
    labels: list[int] = []
    for entry in entries:
        article = to_article(entry)
        annotation = pipeline.analyze(article).annotation
        assert annotation is not None
        logged: dict[str, dict[str, float]] = {}
        result = attribute(
            article,
            annotation,
            lexicon=pipeline.lexicon,
            cue_model=pipeline.cue_model,
            span_model=load_tagger(),
            calibrator=Calibrator(weights={}),
            min_confidence=0.0,
            feature_log=logged,
        )
        right = right_statements(article.text, read_gold(entry), result.statements)
        for statement in result.statements:
            if statement.id in right:
                rows.append([logged[statement.id][f] for f in BASE_FEATURES])
                labels.append(int(right[statement.id]))
    return np.asarray(rows), np.asarray(labels)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression weights by Newton's method (the bias is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def isotonic(p: np.ndarray, y: np.ndarray, points: int = 20) -> list[list[float]]:
    """Pool-adjacent-violators on the logistic output: (score, probability) knots for a
    monotone piecewise-linear map, at most ``points`` of them (quantiles of the scores)."""
    order = np.argsort(p)
    blocks: list[list[float]] = []  # [sum of labels, count, sum of scores]
    for i in order:
        blocks.append([float(y[i]), 1.0, float(p[i])])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            a, b = blocks.pop(), blocks.pop()
            blocks.append([a[0] + b[0], a[1] + b[1], a[2] + b[2]])
    knots = [[b[2] / b[1], b[0] / b[1]] for b in blocks]
    if len(knots) > points:
        keep = np.linspace(0, len(knots) - 1, points).round().astype(int)
        knots = [knots[k] for k in sorted(set(keep))]
    return [[round(x, 5), round(v, 5)] for x, v in knots]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/polnear"))
    parser.add_argument("--held-apart", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    names = set(json.loads(args.held_apart.read_text(encoding="utf-8")))
    entries = [e for e in iter_entries(args.data, split="train") if e.name in names]
    pipeline = Pipeline(Settings(span_model=False))  # parses; the model is run below
    x, y = labelled(pipeline, entries)
    w = fit(x, y)
    p = 1 / (1 + np.exp(-(x @ w)))
    record = {
        "fitted_on": f"PolNeAR train, {len(entries)} articles held apart from the span model "
        f"({len(y)} statements, {y.mean():.3f} right)",
        "features": list(BASE_FEATURES),
        "weights": {f: round(float(v), 6) for f, v in zip(BASE_FEATURES, w, strict=True)},
        "log_loss": round(float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), 4),
        "isotonic": isotonic(p, y),
    }
    args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=1))


if __name__ == "__main__":
    main()
