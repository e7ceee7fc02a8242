"""Score a span model on the war-news gold dev articles of one cross-validation fold.

The folds are those ``prepare_span_gold.py`` wrote (``gold-folds.json``); a model trained on
fold ``i`` is scored on the other folds' articles with the whole pipeline (rules and model,
as ``reportedly eval gold`` runs it). ``--model`` is an exported model folder
(``export_span_model.py``); without it, the shipped one. Test records are never read.

Usage: python scripts/eval_span_folds.py --folds build/span-data/gold-folds.json \
          --held-out 1 --model build/ft-fold0/onnx
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from reportedly.attribution import span_model
from reportedly.config import Settings
from reportedly.eval import gold_report, gold_score
from reportedly.eval.gold import load_gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=[Path("gold/warnews-en")])
    parser.add_argument("--articles", type=Path, default=Path("../shared/data/warnews-en/articles"))
    parser.add_argument("--folds", type=Path, required=True)
    parser.add_argument("--held-out", type=int, nargs="+", required=True)
    parser.add_argument("--model", type=Path, help="an exported model folder")
    parser.add_argument(
        "--no-cut", action="store_true", help="keep statements under the confidence cut-off"
    )
    parser.add_argument("--errors", type=Path, help="write misses and false alarms (JSON lines)")
    args = parser.parse_args()
    if args.model is not None:
        model = args.model.resolve()
        span_model.default_model_dir = lambda: model  # what Pipeline loads
    if args.no_cut:  # compares models whose calibration was not refitted
        from reportedly.attribution import attribute

        assert attribute.__kwdefaults__ is not None
        attribute.__kwdefaults__["min_confidence"] = 0.0
    from reportedly.pipeline import Pipeline

    folds = json.loads(args.folds.read_text(encoding="utf-8"))
    names = {name for i in args.held_out for name in folds[i]}
    chosen = [a for a in load_gold(args.gold) if a.name in names and a.split == "dev"]
    errors: list[dict[str, Any]] = []
    scores = gold_score.evaluate(
        chosen, Pipeline(Settings()), args.articles, on_error=errors.append
    )
    if args.errors is not None:
        lines = [json.dumps(e, ensure_ascii=False) + "\n" for e in errors]
        args.errors.write_text("".join(lines), encoding="utf-8")
    totals = gold_report.totals(scores)
    print(
        json.dumps(
            {
                "model": str(args.model or "shipped"),
                "held_out": args.held_out,
                "cut": not args.no_cut,
            }
            | {view: totals[view] for view in gold_score.VIEWS}
            | {"speaker": totals["speaker"]["accuracy"]}
        )
    )


if __name__ == "__main__":
    main()
