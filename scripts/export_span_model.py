"""Export a trained span tagger to the ONNX model reportedly ships (inference needs no torch).

Reads ``tagger.safetensors`` (``scripts/train_span_model.py``) and the pruned tokenizer
(``scripts/prepare_span_data.py``), writes ``model.onnx`` and ``tokenizer.json`` into
``--out``. The graph takes ``input_ids`` and ``attention_mask`` (int64, batch × length) and
gives label probabilities (batch × length × 7).

Storage (``--store``): ``fp16`` (the default) writes the graph without its large tensors and
``weights.npz`` with them in half precision; ``reportedly.nlp.encoder`` upcasts them to fp32
and hands them to onnxruntime at load, so inference runs in fp32 from a file half the size
(63 → 32 MB for the MiniLM tagger). ``int8`` stores the matrix weights block-wise quantised
(onnxruntime's MatMulNBits, blocks of 32): as small, but about half as fast on a CPU.
``fp32`` keeps the plain exported model.

Usage: python scripts/export_span_model.py --weights build/span-model/tagger.safetensors \
          --data build/span-data --out src/reportedly/attribution/data/span_model
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
from minilm import Config, Tagger, export_onnx, layer_count


def export(weights: Path, vocab_size: int, path: Path) -> None:
    state = load_file(str(weights))
    tagger = Tagger(Config(vocab_size=vocab_size, layers=layer_count(state)), 7)
    tagger.load_state_dict({k: v.float() for k, v in state.items()})
    export_onnx(tagger, path, per_piece=True)


def quantize(source: Path, target: Path, bits: int) -> None:
    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    model = onnx.load(str(source))
    quantizer = MatMulNBitsQuantizer(model, block_size=32, is_symmetric=True, bits=bits)
    quantizer.process()
    quantizer.model.save_model_to_file(str(target), use_external_data_format=False)


def split_weights(source: Path, graph: Path, weights: Path) -> None:
    """Write the graph with its large tensors marked external, and those tensors as fp16."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(source))
    tensors: dict[str, np.ndarray] = {}
    for init in model.graph.initializer:
        array = numpy_helper.to_array(init)
        if array.size >= 1024:
            tensors[init.name] = array.astype(np.float16)
            set_external = onnx.external_data_helper.set_external_data
            set_external(init, location="weights.npz", offset=0, length=0)
            init.ClearField("raw_data")
            init.data_location = onnx.TensorProto.EXTERNAL
    onnx.save(model, str(graph))
    np.savez(weights, **tensors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weights", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--store", default="fp16", choices=("fp16", "int8", "fp32"))
    args = parser.parse_args()
    keep = json.loads((args.data / "keep_ids.json").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "model.onnx"
        export(args.weights, len(keep), plain)
        (args.out / "weights.npz").unlink(missing_ok=True)
        if args.store == "fp32":
            shutil.copy(plain, args.out / "model.onnx")
        elif args.store == "int8":
            quantize(plain, args.out / "model.onnx", 8)
        else:
            split_weights(plain, args.out / "model.onnx", args.out / "weights.npz")
    shutil.copy(args.data / "tokenizer.json", args.out / "tokenizer.json")
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"{args.out}: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
