"""Training windows for the span model from the war-news gold's dev articles (never test).

Each dev article of the statement gold (``gold/warnews-en``, records with ``"split": "dev"``)
becomes windows labelled as ``prepare_span_data.py`` labels PolNeAR, after two conversions
that make the gold read like PolNeAR:
- content spans take the enclosing quote marks (PolNeAR's convention; the gold leaves them
  out), as ``reportedly eval polnear`` converts predictions (``with_quote_marks``);
- an indirect content takes the "that" before it (PolNeAR's content starts with it: 3,881
  times in the train windows, against 34 that stay outside);
- a speaker named after a title ("Foreign Minister Dmytro Kuleba", "Mr Biden") is a name
  only in the gold, the whole mention in PolNeAR: the title words before it are left
  unlabelled (neither source nor outside), and an honorific ("Mr") joins the source;
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
import re
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
from reportedly.model import Span

HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sir", "gen.", "general"}
# lower-case words that may belong to a title before a name ("the foreign minister of …")
TITLE_WORDS = {"the", "of", "for", "and", "'s", "’s"} | {
    "minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "chief", "head", "leader", "foreign", "defence", "defense", "prime", "deputy", "general",
    "ambassador", "envoy", "chancellor", "mayor", "governor", "adviser", "advisor", "official",
    "commander", "press", "state", "former", "vice", "senior", "affairs", "national", "security",
}  # fmt: skip
_WORD = re.compile(r"[\w’'.-]+$")
_THAT = re.compile(r"\bthat\s+$")


def with_that(text: str, span: Span) -> Span:
    """``span`` from the "that" just before it, if there is one."""
    found = _THAT.search(text, max(0, span.start - 12), span.start)
    return Span(found.start(), span.end) if found else span


def title_before(text: str, speaker: Span) -> tuple[Span | None, Span | None]:
    """The speaker with a directly preceding honorific, and the span of the title words
    before it (each ``None`` when absent): words on the same line, no punctuation between."""
    start = speaker.start
    honorific = None
    title_start = start
    for _ in range(6):
        gap = len(text[:title_start]) - len(text[:title_start].rstrip(" "))
        found = _WORD.search(text, max(0, title_start - gap - 30), title_start - gap)
        if gap == 0 or found is None:
            break
        word = found.group()
        if honorific is None and title_start == start and word.lower() in HONORIFICS:
            honorific = Span(found.start(), speaker.end)
            start = title_start = found.start()
            continue
        if not (word[:1].isupper() or word.lower() in TITLE_WORDS):
            break
        title_start = found.start()
    title = Span(title_start, start) if title_start < start else None
    return honorific or speaker, title


def gold_attributions(article: GoldArticle, text: str) -> tuple[list[Attribution], list[Span]]:
    """The article's top-level statements as attributions in PolNeAR's convention, and the
    spans to leave unlabelled."""
    quotes = find_quotes(text)
    result, unlabelled = [], []
    for s in article.statements:
        if s.nested_in is not None:
            continue
        content = with_quote_marks(text, s.content, quotes)
        if s.kind == "indirect":
            content = (with_that(text, content[0]), *content[1:])
        source: tuple[Span, ...] = ()
        if s.speaker is not None:
            speaker, title = title_before(text, s.speaker)
            source = (speaker,)
            if title is not None and s.speaker_type in ("name", "surname"):
                unlabelled.append(title)
        cue = (s.cue,) if s.cue is not None else ()
        result.append(
            Attribution(content=content, source=source, cue=cue, id=str(s.index), label=s.kind)
        )
    return result, unlabelled


def article_windows(
    tokenizer: Tokenizer,
    text: str,
    gold: tuple[list[Attribution], list[Span]],
    window: int,
    stride: int,
) -> tuple[list[list[int]], list[list[int]]]:
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    encoding = tokenizer.encode(text, add_special_tokens=False)
    attributions, unlabelled = gold
    labels = piece_labels(encoding.offsets, attributions)
    for n, (start, end) in enumerate(encoding.offsets):
        if labels[n] == 0 and any(s.start < end and start < s.end for s in unlabelled):
            labels[n] = -100
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
        kept += len(gold[0])
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
