"""Export the trained event classifier to the ONNX model reportedly ships (no torch at run time).

Reads ``classifier.safetensors`` and ``labels.json`` (``scripts/train_event_model.py``) and the
tokenizer (``scripts/prepare_event_data.py``); writes ``model.onnx`` (inputs ``input_ids`` and
``attention_mask``, output label ``probabilities``, batch × labels), ``tokenizer.json`` and
``labels.json``.

Storage (``--store``): ``int8`` (the default) quantizes the matrix weights dynamically
(onnxruntime's ``quantize_dynamic``: int8 weights, activations quantized per batch at run
time): 16 MB, and about 4 times as fast on a CPU as fp32, which keeps event coding within
reach of the parse time. ``fp16`` writes ``weights.npz`` with the large tensors in half
precision (``export_span_model.split_weights``; inference in fp32, 33 MB).

Usage: python scripts/export_event_model.py --model build/event-model --data build/event-data \
          --out src/reportedly/events/data/event_model
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from safetensors.torch import load_file

sys.path.insert(0, str(Path(__file__).parent))
from export_span_model import split_weights
from minilm import Classifier, Config, export_onnx


def export(weights: Path, vocab_size: int, labels: int, path: Path) -> None:
    classifier = Classifier(Config(vocab_size=vocab_size), labels)
    classifier.load_state_dict({k: v.float() for k, v in load_file(str(weights)).items()})
    export_onnx(classifier, path, per_piece=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--store", default="int8", choices=("int8", "fp16"))
    args = parser.parse_args()
    keep = json.loads((args.data / "keep_ids.json").read_text(encoding="utf-8"))
    labels = json.loads((args.model / "labels.json").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "model.onnx"
        export(args.model / "classifier.safetensors", len(keep), len(labels), plain)
        (args.out / "weights.npz").unlink(missing_ok=True)
        if args.store == "fp16":
            split_weights(plain, args.out / "model.onnx", args.out / "weights.npz")
        else:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantize_dynamic(plain, args.out / "model.onnx", weight_type=QuantType.QInt8)
    shutil.copy(args.data / "tokenizer.json", args.out / "tokenizer.json")
    shutil.copy(args.model / "labels.json", args.out / "labels.json")
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"{args.out}: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
