"""Training windows for the span model from the war-news gold's dev articles (never test).

Each dev article of the statement gold (``gold/warnews-en``, records with ``"split": "dev"``)
becomes windows labelled as ``prepare_span_data.py`` labels PolNeAR, after two conversions
that make the gold read like PolNeAR:
- content spans take the enclosing quote marks (PolNeAR's convention; the gold leaves them
  out), as ``reportedly eval polnear`` converts predictions (``with_quote_marks``);
- statements reported inside another (``nested_in``) are left out: PolNeAR annotates only the
  article's own attributions, so inside a quote its reported speech is plain content.

The articles are split into ``--folds`` folds (every k-th in name order) for choosing settings
by cross-validation without the test split. Writes, under ``--out``: ``gold-fold<i>.npz`` per
fold and ``gold-all.npz`` (``ids``, ``labels`` as in ``train.npz``), ``gold-folds.json`` (the
article names of each fold). The tokenizer is the one ``prepare_span_data.py`` wrote there.

Usage: python scripts/prepare_span_gold.py --out build/span-data
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

sys.path.insert(0, str(Path(__file__).parent))
from prepare_span_data import STRIDE, WINDOW, piece_labels, windows

from reportedly.attribution._quote_marks import find_quotes
from reportedly.eval.gold import GoldArticle, load_gold
from reportedly.eval.polnear import with_quote_marks
from reportedly.eval.records import Attribution


def gold_attributions(article: GoldArticle, text: str) -> list[Attribution]:
    """The article's top-level statements as attributions in PolNeAR's convention."""
    quotes = find_quotes(text)
    return [
        Attribution(
            content=with_quote_marks(text, s.content, quotes),
            source=(s.speaker,) if s.speaker is not None else (),
            cue=(s.cue,) if s.cue is not None else (),
            id=str(s.index),
            label=s.kind,
        )
        for s in article.statements
        if s.nested_in is None
    ]


def article_windows(
    tokenizer: Tokenizer, text: str, gold: list[Attribution], window: int, stride: int
) -> tuple[list[list[int]], list[list[int]]]:
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    encoding = tokenizer.encode(text, add_special_tokens=False)
    labels = piece_labels(encoding.offsets, gold)
    all_ids, all_labels = [], []
    for ids, tags in windows(encoding.ids, labels, cls, sep, window, stride):
        pad = window - len(ids)
        all_ids.append(ids + [0] * pad)
        all_labels.append(tags + [-100] * pad)
    return all_ids, all_labels


def save(path: Path, ids: list[list[int]], labels: list[list[int]], window: int) -> None:
    np.savez_compressed(
        path,
        ids=np.asarray(ids, dtype=np.int32).reshape(-1, window),
        labels=np.asarray(labels, dtype=np.int16).reshape(-1, window),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=[Path("gold/warnews-en")])
    parser.add_argument("--articles", type=Path, default=Path("../shared/data/warnews-en/articles"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--window", type=int, default=WINDOW, help="pieces per window")
    parser.add_argument("--stride", type=int, default=STRIDE)
    args = parser.parse_args()

    tokenizer = Tokenizer.from_file(str(args.out / "tokenizer.json"))
    dev = sorted(
        (a for a in load_gold(args.gold) if a.split == "dev" and a.origin is None),
        key=lambda a: a.name,
    )
    folds: list[list[str]] = [[] for _ in range(args.folds)]
    per_fold: list[tuple[list[list[int]], list[list[int]]]] = [([], []) for _ in folds]
    kept = 0
    for n, article in enumerate(dev):
        text = (args.articles / article.name).read_text(encoding="utf-8")
        gold = gold_attributions(article, text)
        kept += len(gold)
        ids, labels = article_windows(tokenizer, text, gold, args.window, args.stride)
        folds[n % args.folds].append(article.name)
        per_fold[n % args.folds][0].extend(ids)
        per_fold[n % args.folds][1].extend(labels)
    for i, (ids, labels) in enumerate(per_fold):
        save(args.out / f"gold-fold{i}.npz", ids, labels, args.window)
    save(
        args.out / "gold-all.npz",
        [w for ids, _ in per_fold for w in ids],
        [w for _, labels in per_fold for w in labels],
        args.window,
    )
    (args.out / "gold-folds.json").write_text(json.dumps(folds, indent=1), "utf-8")
    sizes = ", ".join(str(len(ids)) for ids, _ in per_fold)
    print(f"{len(dev)} dev articles, {kept} top-level statements; windows per fold: {sizes}")


if __name__ == "__main__":
    main()
