"""Rebuild a torch checkpoint of the shipped span tagger from its ONNX files (train extra).

The shipped ``span_model/`` holds the graph (``model.onnx``) and its large tensors in fp16
(``weights.npz``); its initializers are named by torch parameter (``tagger.layers.0.query.bias``)
or by the ONNX exporter (``onnx::MatMul_682``: a Linear weight, transposed; ``onnx::Add_681``:
the token-type embedding row the encoder adds, folded to a constant). To read them back, a
:class:`minilm.Tagger` of the same shape is filled with distinct random values and exported
through the same :func:`minilm.export_onnx`, and each exported tensor is matched by value to
the parameter it came from. The result is the ``tagger.safetensors`` that
``train_span_model.py --init`` continues from (fp32 from the fp16 store: the rounding is the
shipped model's own). ``--check`` compares the rebuilt model in torch with onnxruntime on the
shipped files over PolNeAR windows.

Usage: python scripts/rebuild_span_checkpoint.py --out build/span-model/b/tagger.safetensors \
          --check build/span-data-128/train.npz
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).parent))
from minilm import Config, Tagger, export_onnx

LABELS = 7
SHIPPED = Path("src/reportedly/attribution/data/span_model")


def _unprefixed(name: str) -> str:
    """An initializer's name without the exporter's wrapper prefix (``model.``, ``tagger.``)."""
    head, _, rest = name.partition(".")
    return rest if head in ("model", "tagger") and not name.startswith("onnx::") else name


def initializer_map(vocab_size: int, seed: int = 0) -> dict[str, tuple[str, str]]:
    """ONNX initializer name (unprefixed) -> (parameter name, how to read it back): ``same``,
    ``transposed`` (a MatMul weight) or ``row0`` (row 0 of the parameter, folded)."""
    import onnx
    from onnx import numpy_helper

    tagger = Tagger(Config(vocab_size=vocab_size), LABELS)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for parameter in tagger.parameters():
            parameter.copy_(torch.randn(parameter.shape, generator=generator))
    params = {n: p.detach().numpy() for n, p in tagger.named_parameters()}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "probe.onnx"
        with warnings.catch_warnings():  # the tracer's note on the constant 1/sqrt(d)
            warnings.simplefilter("ignore")
            export_onnx(tagger, path, per_piece=True)
        graph = onnx.load(str(path)).graph
    found: dict[str, tuple[str, str]] = {}
    for init in graph.initializer:
        array = numpy_helper.to_array(init)
        match = None
        for name, value in params.items():
            if value.shape == array.shape and np.array_equal(value, array):
                match = (name, "same")
            elif value.T.shape == array.shape and np.array_equal(value.T, array):
                match = (name, "transposed")
            elif (
                value.ndim == 2
                and value.shape[1:] == array.shape
                and np.array_equal(value[0], array)
            ):
                match = (name, "row0")
            if match is not None:
                break
        if match is None:
            raise SystemExit(f"no parameter matches initializer {init.name} {array.shape}")
        found[_unprefixed(init.name)] = match
    return found


def shipped_tensors(directory: Path) -> dict[str, np.ndarray]:
    """Every initializer of the shipped model (unprefixed name -> fp32 array)."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(directory / "model.onnx"), load_external_data=False)
    tensors = {}
    for init in model.graph.initializer:
        if init.data_location != onnx.TensorProto.EXTERNAL:
            tensors[_unprefixed(init.name)] = numpy_helper.to_array(init).astype(np.float32)
    with np.load(directory / "weights.npz") as stored:
        for name in stored.files:
            tensors[_unprefixed(name)] = stored[name].astype(np.float32)
    return tensors


def rebuild(directory: Path) -> dict[str, torch.Tensor]:
    """The shipped model's state dict (``Tagger`` parameter names, fp32)."""
    tensors = shipped_tensors(directory)
    vocab = tensors["embeddings.word_embeddings.weight"].shape[0]
    mapping = initializer_map(vocab)
    if set(mapping) != set(tensors):
        raise SystemExit(f"initializers differ: {sorted(set(mapping) ^ set(tensors))}")
    template = Tagger(Config(vocab_size=vocab), LABELS).state_dict()
    state: dict[str, torch.Tensor] = {}
    for onnx_name, (name, how) in mapping.items():
        array = tensors[onnx_name]
        if how == "transposed":
            array = array.T
        elif how == "row0":  # the other rows never reach the graph: left as initialised
            full = template[name].clone()
            full[0] = torch.from_numpy(array)
            state[name] = full
            continue
        state[name] = torch.from_numpy(np.ascontiguousarray(array))
    missing = set(template) - set(state)
    if missing:
        raise SystemExit(f"parameters not in the shipped model: {sorted(missing)}")
    return state


def check(directory: Path, state: dict[str, torch.Tensor], windows: Path, count: int) -> float:
    """The largest label-probability difference between the rebuilt model (torch) and the
    shipped files (onnxruntime, as ``reportedly.nlp.encoder`` loads them) on ``count``
    windows."""
    from reportedly.nlp.encoder import _session

    ids = np.load(windows)["ids"][:count].astype(np.int64)
    mask = (ids != 0).astype(np.int64)
    session, _, _keep = _session(directory, threads=torch.get_num_threads())
    (ort,) = session.run(None, {"input_ids": ids, "attention_mask": mask})
    tagger = Tagger(Config(vocab_size=state["embeddings.word_embeddings.weight"].shape[0]), 7)
    tagger.load_state_dict(state)
    with torch.no_grad():
        ours = tagger.eval()(torch.from_numpy(ids), torch.from_numpy(mask)).softmax(-1).numpy()
    inside = mask.astype(bool)
    return float(np.abs(ours - ort)[inside].max())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=SHIPPED, help="an exported model folder")
    parser.add_argument("--out", type=Path, required=True, help="the checkpoint to write")
    parser.add_argument("--check", type=Path, help="windows (npz) to compare torch with ONNX on")
    parser.add_argument("--windows", type=int, default=64)
    args = parser.parse_args()
    from safetensors.torch import save_file

    state = rebuild(args.model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save_file(state, str(args.out))
    print(f"{args.out}: {len(state)} tensors")
    if args.check is not None:
        difference = check(args.model, state, args.check, args.windows)
        print(f"max label-probability difference on {args.windows} windows: {difference:.2e}")


if __name__ == "__main__":
    main()
