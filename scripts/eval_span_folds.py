"""Score span models on the war-news gold dev articles of cross-validation folds, and pool them.

The folds are those ``prepare_span_gold.py`` wrote (``gold-folds.json``); a model trained
without fold ``i`` is scored on fold ``i``'s articles (``--held-out``) with the whole pipeline
(rules and model, as ``reportedly eval gold`` runs it). ``--model`` is an exported model
folder (``export_span_model.py``); without it, the shipped one. Test records are never read.

``--scores`` writes each article's score (JSON lines, with the gold part it came from);
``--pool`` reads such files instead of scoring, so that every article scored by a model that
never saw it makes one report: overall and per group of parts (``--groups a-g h-j k-l``).

Usage: python scripts/eval_span_folds.py --folds build/span-data/gold-folds.json \
          --held-out 1 --model build/ft-fold1/onnx --scores build/ft-fold1/scores.jsonl
       python scripts/eval_span_folds.py --pool build/ft-fold*/scores.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportedly.attribution import span_model
from reportedly.config import Settings
from reportedly.eval import gold_report, gold_score
from reportedly.eval.gold import load_gold
from reportedly.eval.gold_score import ArticleScore


def part_of(source: str) -> str:
    """The gold part a record came from ("…/part-c.jsonl:12" -> "c")."""
    stem = Path(source.rsplit(":", 1)[0]).stem
    return stem.removeprefix("part-")


def in_group(part: str, group: str) -> bool:
    """Whether ``part`` (a letter) lies in ``group`` ("a-g", "k-l", "m")."""
    first, _, last = group.partition("-")
    return first <= part <= (last or first)


def summary(scores: Sequence[ArticleScore]) -> dict[str, Any]:
    totals = gold_report.totals(scores)
    return (
        {"articles": len(scores)}
        | {view: totals[view] for view in gold_score.VIEWS}
        | {"speaker": totals["speaker"]["accuracy"]}
    )


def read_scores(paths: Sequence[Path]) -> list[tuple[str, ArticleScore]]:
    """(part, score) per article of ``--scores`` files."""
    result = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            part = row.pop("part")
            for key in ("kinds", "acts", "speakers", "speaker_confidences"):
                row[key] = tuple(tuple(x) for x in row[key])
            for key in ("negatives", "skipped"):
                row[key] = tuple(row[key])
            result.append((part, ArticleScore(**row)))
    return result


def pool(paths: Sequence[Path], groups: Sequence[str]) -> dict[str, Any]:
    scored = read_scores(paths)
    names = [s.name for _, s in scored]
    if len(names) != len(set(names)):
        raise SystemExit("an article is scored twice: the score files overlap")
    report = {"all": summary([s for _, s in scored])}
    for group in groups:
        report[group] = summary([s for part, s in scored if in_group(part, group)])
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=[Path("gold/warnews-en")])
    parser.add_argument("--articles", type=Path, default=Path("../shared/data/warnews-en/articles"))
    parser.add_argument("--folds", type=Path)
    parser.add_argument("--held-out", type=int, nargs="+")
    parser.add_argument("--model", type=Path, help="an exported model folder")
    parser.add_argument(
        "--no-cut", action="store_true", help="keep statements under the confidence cut-off"
    )
    parser.add_argument("--errors", type=Path, help="write misses and false alarms (JSON lines)")
    parser.add_argument("--scores", type=Path, help="write each article's score (JSON lines)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--pool", type=Path, nargs="+", help="pool --scores files, score nothing")
    parser.add_argument("--groups", nargs="*", default=["a-g", "h-j", "k-l"])
    args = parser.parse_args()
    if args.pool:
        print(json.dumps(pool(args.pool, args.groups), indent=1))
        return
    if args.folds is None or args.held_out is None:
        parser.error("--folds and --held-out are needed to score")
    if args.model is not None:
        model = args.model.resolve()
        span_model.default_model_dir = lambda **_: model  # what Pipeline loads
    if args.no_cut:  # compares models whose calibration was not refitted
        from reportedly.attribution import attribute

        assert attribute.__kwdefaults__ is not None
        attribute.__kwdefaults__["min_confidence"] = 0.0
    from reportedly.pipeline import Pipeline

    folds = json.loads(args.folds.read_text(encoding="utf-8"))
    names = {name for i in args.held_out for name in folds[i]}
    chosen = [a for a in load_gold(args.gold) if a.name in names and a.split == "dev"]
    parts = {a.name: part_of(a.source) for a in chosen}
    errors: list[dict[str, Any]] = []
    scores = gold_score.evaluate(
        chosen, Pipeline(Settings()), args.articles, workers=args.workers, on_error=errors.append
    )
    if args.errors is not None:
        lines = [json.dumps(e, ensure_ascii=False) + "\n" for e in errors]
        args.errors.write_text("".join(lines), encoding="utf-8")
    if args.scores is not None:
        rows = [dataclasses.asdict(s) | {"part": parts[s.name]} for s in scores]
        args.scores.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(
        json.dumps(
            {
                "model": str(args.model or "shipped"),
                "held_out": args.held_out,
                "cut": not args.no_cut,
            }
            | summary(scores)
        )
    )


if __name__ == "__main__":
    main()
