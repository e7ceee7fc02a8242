"""Fit the statement confidence of a span model on PolNeAR and war news, chosen by
cross-validation over war-news articles, and write the model's calibration file.

One command, seeded, from nothing but the data: for the span model in ``--model`` (the
shipped fp32 tagger by default; ``span_model_int8`` for the int8 copy) it collects the
calibration rows (``scripts/calibration_data.py``) of

- the 120 PolNeAR train articles held apart from the span model (``polnear-held``),
- the war-news gold records whose split is ``dev`` (``warnews-dev``; ``--gold``: records of
  any other split are skipped unread),
- PolNeAR dev (``polnear-dev``: only to check the calibration error there, never fitted on),

A model that trained on the war-news dev articles cannot give rows held apart from its own
training there: ``--cross-fit FOLDS --fold-models DIR…`` has each article read by the fold
model that never saw it (fold ``i`` of ``gold-folds.json`` by the ``i``-th folder), the
PolNeAR rows still by ``--model``.

into ``--rows`` (kept and reused when already there: ``--recollect`` redoes them), chooses
the calibration (features, L2, the war-news rows' weight, the isotonic step, the scope) and
its cut-off by ``--folds``-fold cross-validation over the war-news dev articles, seed
``--seed`` (``scripts/cv_calibration.py``), refits the choice on every row and writes it to
the model's calibration file: ``attribution/data/calibration.json`` for the fp32 tagger,
``<model>/calibration.json`` for any other. The cross-validated figures go to
``<rows>/report.json``.

Usage: python scripts/fit_calibration.py                     # ~30-45 min on 2 shared cores
       python scripts/fit_calibration.py --model src/reportedly/attribution/data/span_model_int8
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reportedly.attribution.calibration import Calibrator
from reportedly.attribution.span_model import default_model_dir

sys.path.insert(0, str(Path(__file__).parent))
from calibration_data import collect, fold_models
from cv_calibration import FOLDS, SEED, choose

SHIPPED = Path("src/reportedly/attribution/data/calibration.json")


def calibration_path(model: Path) -> Path:
    """Where the calibration of the span model in ``model`` is read from: the fp32 tagger's
    is the package's shared file, any other model's sits beside it."""
    return (
        SHIPPED if model.resolve() == default_model_dir().resolve() else model / "calibration.json"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=default_model_dir(), help="span model")
    parser.add_argument("--rows", type=Path, default=None, help="default build/calibration/MODEL")
    parser.add_argument("--recollect", action="store_true", help="collect the rows again")
    parser.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    parser.add_argument("--gold", type=Path, nargs="+", default=[Path("gold/warnews-en")])
    parser.add_argument("--articles", type=Path, default=Path("../shared/data/warnews-en/articles"))
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--cut",
        type=float,
        default=None,
        help="the cut-off of the calibration the rows were collected with (default: the "
        "model's file's; give it when reusing rows collected under an earlier file)",
    )
    parser.add_argument("--out", type=Path, default=None, help="default: the model's file")
    parser.add_argument("--cross-fit", type=Path, help="gold-folds.json of the fold models")
    parser.add_argument("--fold-models", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    if bool(args.cross_fit) != bool(args.fold_models):
        parser.error("--cross-fit and --fold-models go together")
    article_models = fold_models(args.cross_fit, args.fold_models) if args.cross_fit else None
    rows = args.rows or Path("build/calibration") / args.model.name
    for corpus in ("polnear-held", "warnews-dev", "polnear-dev"):
        if args.recollect or not (rows / f"{corpus}.jsonl").is_file():
            collect(
                corpus,
                rows,
                args.model,
                polnear_dir=args.polnear,
                gold=args.gold,
                articles=args.articles,
                article_models=article_models,
            )
    command = "scripts/fit_calibration.py"
    if args.model.resolve() != default_model_dir().resolve():
        command += f" --model {args.model.name}"
    # "before" and PolNeAR's overlap bound are read from the rows' collected confidences, at
    # the cut-off of the file they were collected with: the shipped one, unless reused
    cut = args.cut
    if cut is None:
        cut = Calibrator.load(calibration_path(args.model)).min_confidence
    record, report = choose(rows, args.folds, args.seed, cut, command)
    out = args.out or calibration_path(args.model)
    out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    (rows / "report.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "candidates"}, indent=1))
    print(f"written: {out}")


if __name__ == "__main__":
    main()
