"""Quantise the shipped span tagger to dynamic int8 and compare it with the fp32 model.

Reads the shipped model directory (``model.onnx`` with its large tensors in ``weights.npz``,
fp16), rebuilds the fp32 graph in memory and writes an int8 copy with onnxruntime's
``quantize_dynamic``: the weights of the matrix products int8 (per output channel by
default), their activations uint8 with a scale computed on each run, so the products run on
the CPU's integer units (VNNI). Only products with a constant weight are quantised (the
attention's products of two activations stay fp32). ``--exclude`` keeps named groups of
products in fp32 (see ``GROUPS``). The embedding table stays fp32 (a lookup costs nothing).

``--compare`` runs the fp32 and int8 models over the PolNeAR train articles held apart from
training (``build/span-data/calibration.json``; never dev) and prints how many wordpieces
change their argmax label and the CPU seconds of each.

Usage: python scripts/quantize_span_model.py [--out DIR] [--exclude GROUP ...] [--compare]
(the shipped int8 model: no options; then refit its calibration, see its MODEL.md)
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

SHIPPED = Path("src/reportedly/attribution/data/span_model")
INT8 = Path("src/reportedly/attribution/data/span_model_int8")
# groups of matrix products that --exclude can keep in fp32 (regular expressions on node names)
GROUPS = {
    "classifier": r"/classifier/",
    "ffn-out": r"/layers\.\d+/output/",
    "ffn-in": r"/layers\.\d+/intermediate/",
    "attention": r"/layers\.\d+/(query|key|value|attn_out)/",
    "first": r"/layers\.0/",
    "last": r"/layers\.5/",
}


def fp32_model(directory: Path) -> Any:
    """The model of ``directory`` with its external fp16 tensors inlined as fp32."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(directory / "model.onnx"), load_external_data=False)
    weights = directory / "weights.npz"
    if weights.is_file():
        with np.load(weights, allow_pickle=False) as stored:
            for init in model.graph.initializer:
                if init.name in stored.files:
                    init.CopyFrom(
                        numpy_helper.from_array(stored[init.name].astype(np.float32), init.name)
                    )
    return model


def weight_products(model: Any, exclude: list[str]) -> list[str]:
    """Names of the MatMul nodes whose second input is a constant, less the excluded groups."""
    constants = {i.name for i in model.graph.initializer}
    skip = [re.compile(GROUPS[g]) for g in exclude]
    return [
        n.name
        for n in model.graph.node
        if n.op_type == "MatMul"
        and n.input[1] in constants
        and not any(p.search(n.name) for p in skip)
    ]


def quantize(
    source: Path, out: Path, *, per_channel: bool, reduce_range: bool, exclude: list[str]
) -> None:
    """Write the int8 model of ``source`` (a model directory) and its tokenizer into ``out``:
    the int8 weights in the graph, the tensors left in float (embeddings, biases, products
    kept fp32) in ``weights.npz`` as fp16, as the source stores them (so no precision lost)."""
    import onnx
    from onnx import numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = fp32_model(source)
    nodes = weight_products(model, exclude)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        plain, quantized = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        onnx.save(model, str(plain))
        quantize_dynamic(
            plain,
            quantized,
            op_types_to_quantize=["MatMul"],
            nodes_to_quantize=nodes,
            per_channel=per_channel,
            reduce_range=reduce_range,
            weight_type=QuantType.QInt8,
            extra_options={"MatMulConstBOnly": True},
        )
        result = onnx.load(str(quantized))
    with np.load(source / "weights.npz", allow_pickle=False) as stored:
        half = set(stored.files)
    tensors: dict[str, np.ndarray] = {}
    for init in result.graph.initializer:
        if init.name in half:
            tensors[init.name] = numpy_helper.to_array(init).astype(np.float16)
            set_external = onnx.external_data_helper.set_external_data
            set_external(init, location="weights.npz", offset=0, length=0)
            init.ClearField("raw_data")
            init.data_location = onnx.TensorProto.EXTERNAL
    onnx.save(result, str(out / "model.onnx"))
    np.savez(out / "weights.npz", allow_pickle=False, **tensors)
    shutil.copy(source / "tokenizer.json", out / "tokenizer.json")
    size = sum(p.stat().st_size for p in out.iterdir())
    print(f"{out}: {len(nodes)} products int8, {size / 1e6:.1f} MB")


def held_apart_texts(data: Path, names_file: Path) -> list[str]:
    from reportedly.eval.polnear import iter_entries, read_text

    names = set(json.loads(names_file.read_text(encoding="utf-8")))
    return [read_text(e) for e in iter_entries(data, split="train") if e.name in names]


def compare(reference: Path, candidate: Path, texts: list[str]) -> dict[str, float]:
    """Argmax agreement of ``candidate`` with ``reference`` over ``texts`` (whole texts), and
    the CPU seconds each model takes over them."""
    from reportedly.nlp.encoder import TokenTagger

    result: dict[str, float] = {}
    outputs: list[list[np.ndarray]] = []
    for name, directory in (("reference", reference), ("int8", candidate)):
        tagger = TokenTagger(directory)
        clock = time.process_time()
        outputs.append([tagger.tag(t).probabilities for t in texts])
        result[f"{name}_cpu_s"] = round(time.process_time() - clock, 2)
    before, after = (np.concatenate([p.argmax(axis=1) for p in o]) for o in outputs)
    result["pieces"] = len(before)
    result["argmax_changes"] = int((before != after).sum())
    result["agreement"] = round(1 - result["argmax_changes"] / len(before), 5)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=SHIPPED, help="the fp32/fp16 model")
    parser.add_argument("--out", type=Path, default=INT8)
    parser.add_argument("--no-per-channel", action="store_true")
    parser.add_argument("--reduce-range", action="store_true")
    parser.add_argument("--exclude", nargs="*", default=[], choices=sorted(GROUPS))
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--data", type=Path, default=Path("../shared/data/polnear"))
    parser.add_argument("--held-apart", type=Path, default=Path("build/span-data/calibration.json"))
    parser.add_argument("--limit", type=int, default=None, help="compare on this many articles")
    args = parser.parse_args()
    quantize(
        args.model,
        args.out,
        per_channel=not args.no_per_channel,
        reduce_range=args.reduce_range,
        exclude=args.exclude,
    )
    if args.compare:
        texts = held_apart_texts(args.data, args.held_apart)[: args.limit]
        print(json.dumps(compare(args.model, args.out, texts)))


if __name__ == "__main__":
    main()
