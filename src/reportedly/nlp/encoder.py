"""Fine-tuned transformer taggers and classifiers run with onnxruntime (no torch at run time).

``TokenTagger`` labels every wordpiece (the attribution span model); ``SequenceClassifier``
labels whole texts (the event classifier). Both load a model directory the same way.

A model directory holds ``model.onnx`` (inputs ``input_ids`` and ``attention_mask``, output
label ``probabilities`` per wordpiece or per text), ``tokenizer.json`` (a WordPiece tokenizer whose
offsets index the text) and, where the graph keeps its large tensors outside,
``weights.npz``: those tensors in half precision, upcast to fp32 here (the file is half the
size; inference is fp32). Long texts are read in overlapping windows; each wordpiece takes
its probabilities from the window where it sits most centrally. ``regions`` restricts the
work to parts of the text (the rest is read as label 0), which is how the pipeline keeps the
model's cost to the sentences where it can matter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from reportedly.errors import ConfigError
from reportedly.model import Span

WINDOW = 256  # wordpieces a window holds, [CLS] and [SEP] included
# windows overlap by 30 pieces: each piece still has ≥ 15 pieces of context on either side,
# and a long text costs 1.1× its pieces, not 2× (stride 128, as in training, gave the same
# dev figures: docs/EVALUATION.md)
STRIDE = 224
BATCH = 16
# what one run of the model costs beyond its pieces, in pieces: a run streams all the weights
# through the cache whatever its size (measured on one AMD EPYC core: ~3.5 ms a run, ~0.24 ms
# a piece), so a batch is worth padding only as far as this saves runs
RUN_COST = 16
# pieces (padding included) a batch holds at most: larger batches spill the cache and cost
# more a piece (16 windows of 256 pieces: 0.30 ms a piece, against 0.27 ms for 1 to 4)
BATCH_PIECES = 1024


@dataclass(frozen=True, slots=True)
class Tagged:
    """Wordpieces of a text with their character offsets and label probabilities."""

    offsets: npt.NDArray[np.int64]  # pieces × 2: [start, end) into the text
    probabilities: npt.NDArray[np.float32]  # pieces × labels


def _windows(start: int, end: int) -> list[tuple[int, int]]:
    """Overlapping ``[a, b)`` piece ranges covering ``[start, end)``."""
    inner = WINDOW - 2
    result = []
    a = start
    while True:
        result.append((a, min(a + inner, end)))
        if a + inner >= end:
            return result
        a += STRIDE


def _width(window: tuple[int, int]) -> int:
    return window[1] - window[0]


def _batches(widths: Sequence[int]) -> list[range]:
    """Rows of ascending ``widths`` (pieces, special ones included) cut into consecutive
    batches of least cost: a batch pads its rows to its widest, and each run of the model
    costs :data:`RUN_COST` pieces more."""
    best = [0] * (len(widths) + 1)  # cost of the first n rows
    cut = [0] * (len(widths) + 1)  # where the last batch of the first n rows begins
    for n in range(1, len(widths) + 1):
        best[n] = -1
        for first in range(n - 1, max(n - BATCH, 0) - 1, -1):
            size = (n - first) * widths[n - 1]
            if size > BATCH_PIECES and first < n - 1:
                break
            cost = best[first] + RUN_COST + size
            if best[n] < 0 or cost < best[n]:
                best[n], cut[n] = cost, first
    batches = []
    n = len(widths)
    while n > 0:
        batches.append(range(cut[n], n))
        n = cut[n]
    return batches[::-1]


def _runs(offsets: npt.NDArray[np.int64], regions: Sequence[Span]) -> list[tuple[int, int]]:
    """Maximal runs ``[a, b)`` of consecutive pieces that lie in one of ``regions``."""
    inside = np.zeros(len(offsets), dtype=bool)
    for region in regions:
        inside |= (offsets[:, 0] < region.end) & (offsets[:, 1] > region.start)
    runs: list[tuple[int, int]] = []
    n = 0
    while n < len(inside):
        if inside[n]:
            m = n
            while m < len(inside) and inside[m]:
                m += 1
            runs.append((n, m))
            n = m
        else:
            n += 1
    return runs


def _session(directory: Path, threads: int) -> tuple[Any, Any, list[Any]]:
    """(onnxruntime session, tokenizer, values to keep alive) for a model directory."""
    try:
        import onnxruntime
        from tokenizers import Tokenizer
    except ImportError as e:  # pragma: no cover - both are dependencies
        raise ConfigError(f"the learned models need onnxruntime and tokenizers: {e}") from e
    model, vocab = directory / "model.onnx", directory / "tokenizer.json"
    if not model.is_file() or not vocab.is_file():
        raise ConfigError(f"{directory}: no model.onnx and tokenizer.json", code="E103")
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    values: list[Any] = []
    weights = directory / "weights.npz"
    if weights.is_file():
        with np.load(weights, allow_pickle=False) as stored:
            names = list(stored.files)
            values = [
                onnxruntime.OrtValue.ortvalue_from_numpy(stored[n].astype(np.float32))
                for n in names
            ]
        options.add_external_initializers(names, values)
    session = onnxruntime.InferenceSession(
        model.read_bytes(), options, providers=["CPUExecutionProvider"]
    )
    # onnxruntime reads the external initializers in place: the caller keeps them alive
    return session, Tokenizer.from_file(str(vocab)), values


class TokenTagger:
    """An ONNX token-classification model with its tokenizer, loaded once per process."""

    def __init__(self, directory: Path, *, threads: int = 1) -> None:
        self._session, self._tokenizer, self._keep = _session(directory, threads)
        self._cls = self._tokenizer.token_to_id("[CLS]")
        self._sep = self._tokenizer.token_to_id("[SEP]")
        self.labels = int(self._session.get_outputs()[0].shape[-1])
        self.directory = directory

    def tag(self, text: str, regions: Sequence[Span] | None = None) -> Tagged:
        """Label probabilities for every wordpiece of ``text`` (of ``regions`` only, if given:
        pieces outside them get label 0 with probability 1)."""
        encoding = self._tokenizer.encode(text, add_special_tokens=False)
        offsets = np.asarray(encoding.offsets, dtype=np.int64).reshape(-1, 2)
        ids = np.asarray(encoding.ids, dtype=np.int64)
        probabilities = np.zeros((len(ids), self.labels), dtype=np.float32)
        probabilities[:, 0] = 1.0
        runs = [(0, len(ids))] if regions is None else _runs(offsets, regions)
        # windows of like length share a batch, so little of a batch is padding
        windows = sorted((w for a, b in runs if b > a for w in _windows(a, b)), key=_width)
        centrality = np.full(len(ids), -1.0)
        for rows in _batches([_width(w) + 2 for w in windows]):
            batch = windows[rows.start : rows.stop]
            width = max(b - a for a, b in batch) + 2
            input_ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros_like(input_ids)
            for row, (a, b) in enumerate(batch):
                input_ids[row, : b - a + 2] = [self._cls, *ids[a:b], self._sep]
                mask[row, : b - a + 2] = 1
            (out,) = self._session.run(None, {"input_ids": input_ids, "attention_mask": mask})
            for row, (a, b) in enumerate(batch):
                position = np.arange(a, b)
                middle = (a + b - 1) / 2
                score = (b - a) / 2 - np.abs(position - middle)
                better = score > centrality[a:b]
                centrality[a:b][better] = score[better]
                probabilities[a:b][better] = out[row, 1 : b - a + 1][better]
        return Tagged(offsets=offsets, probabilities=probabilities)


class SequenceClassifier:
    """An ONNX sequence-classification model: label probabilities for each whole text.

    Texts are cut to ``max_pieces`` wordpieces and run in batches of similar length.
    """

    def __init__(self, directory: Path, *, threads: int = 1, max_pieces: int = 128) -> None:
        self._session, self._tokenizer, self._keep = _session(directory, threads)
        self._cls = self._tokenizer.token_to_id("[CLS]")
        self._sep = self._tokenizer.token_to_id("[SEP]")
        self._max = max_pieces
        self.labels = int(self._session.get_outputs()[0].shape[-1])

    def classify(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Texts × labels probabilities."""
        out = np.zeros((len(texts), self.labels), dtype=np.float32)
        if not texts:
            return out
        encoded = [
            [self._cls, *e.ids[: self._max - 2], self._sep]
            for e in self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        ]
        order = sorted(range(len(encoded)), key=lambda n: len(encoded[n]))
        # fixed batches of 16, not _batches: this model is int8 with activations quantised
        # per batch, so a text's probabilities depend on its batch mates (and their padding)
        for first in range(0, len(order), BATCH):
            rows = order[first : first + BATCH]
            width = max(len(encoded[n]) for n in rows)
            input_ids = np.zeros((len(rows), width), dtype=np.int64)
            for row, n in enumerate(rows):
                input_ids[row, : len(encoded[n])] = encoded[n]
            mask = (input_ids != 0).astype(np.int64)
            (probabilities,) = self._session.run(
                None, {"input_ids": input_ids, "attention_mask": mask}
            )
            out[rows] = probabilities
        return out
