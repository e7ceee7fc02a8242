"""Fit the attribution confidence calibrator on PolNeAR train articles the span model never saw.

The articles are those ``scripts/prepare_span_data.py`` held apart (``calibration.json``).
Each article is parsed and attributed with the span model on and no confidence cut-off; each
statement is labelled right when its content matches a gold attribution one-to-one (the
scorer's overlap alignment) and its speaker mention overlaps the gold source (or neither has
one). Statements reported inside another are left out (PolNeAR does not annotate them). A
logistic regression (L2, Newton's method, numpy only) over ``calibration.BASE_FEATURES`` is
written to ``--out`` (default: the shipped ``attribution/data/calibration.json``, or with
``--model`` the model directory's own ``calibration.json``: the int8 tagger has its own).

Usage: python scripts/fit_calibration.py --held-apart build/span-data/calibration.json
       python scripts/fit_calibration.py --held-apart build/span-data/calibration.json \
           --model src/reportedly/attribution/data/span_model_int8

(``scripts/cv_calibration.py`` fits with the war-news gold too, chosen by cross-validation.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from reportedly.attribution import attribute
from reportedly.attribution.calibration import BASE_FEATURES, Calibrator
from reportedly.attribution.span_model import load_tagger
from reportedly.config import Settings
from reportedly.eval.calibration import right_statements
from reportedly.eval.polnear import Entry, iter_entries, read_gold, to_article
from reportedly.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).parent))
from calibration_fit import fit, isotonic, logistic

OUT = Path("src/reportedly/attribution/data/calibration.json")


def labelled(
    pipeline: Pipeline, entries: list[Entry], model: Path | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and right/wrong labels of the top-level statements of ``entries``, with
    the span model in ``model`` (the shipped one by default)."""
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
            span_model=load_tagger(model),
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/polnear"))
    parser.add_argument("--held-apart", type=Path, required=True)
    parser.add_argument("--model", type=Path, default=None, help="span model directory")
    parser.add_argument("--out", type=Path, default=None, help=f"default: {OUT}, or the model's")
    args = parser.parse_args()
    names = set(json.loads(args.held_apart.read_text(encoding="utf-8")))
    entries = [e for e in iter_entries(args.data, split="train") if e.name in names]
    pipeline = Pipeline(Settings(span_model=False))  # parses; the model is run below
    x, y = labelled(pipeline, entries, args.model)
    ones = np.ones(len(y))
    w = fit(x, y, ones, l2=1.0)
    p = logistic(x, w)
    record = {
        "fitted_on": f"PolNeAR train, {len(entries)} articles held apart from the span model "
        f"({len(y)} statements, {y.mean():.3f} right)",
        "features": list(BASE_FEATURES),
        "weights": {f: round(float(v), 6) for f, v in zip(BASE_FEATURES, w, strict=True)},
        "log_loss": round(float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), 4),
        "isotonic": isotonic(p, y, ones),
    }
    out = args.out or (OUT if args.model is None else args.model / "calibration.json")
    out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=1))


if __name__ == "__main__":
    main()
