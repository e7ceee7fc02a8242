"""Tests of scripts/rebuild_span_checkpoint.py (the shipped span tagger back into torch)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from script_modules import ROOT, load_script

SHIPPED = ROOT / "src/reportedly/attribution/data/span_model"


def test_rebuilt_checkpoint_gives_the_shipped_model_s_probabilities(tmp_path: Path) -> None:
    pytest.importorskip("torch", reason="the train extra is not installed")
    pytest.importorskip("onnx", reason="the train extra is not installed")
    rebuild = load_script("scripts/rebuild_span_checkpoint.py")
    state = rebuild.rebuild(SHIPPED)
    with np.load(SHIPPED / "weights.npz") as stored:
        table = stored["tagger.embeddings.word_embeddings.weight"].astype(np.float32)
    assert np.array_equal(state["embeddings.word_embeddings.weight"].numpy(), table)
    ids = np.zeros((2, 24), dtype=np.int32)
    ids[:, 0], ids[0, 1:20], ids[1, 1:12] = 101, np.arange(2000, 2019), np.arange(3000, 3011)
    np.savez(tmp_path / "windows.npz", ids=ids)
    difference = rebuild.check(SHIPPED, state, tmp_path / "windows.npz", 2)
    assert difference < 1e-4
    # a wrong map (two layers' queries swapped) is caught by the same comparison
    state["layers.0.query.weight"], state["layers.1.query.weight"] = (
        state["layers.1.query.weight"],
        state["layers.0.query.weight"],
    )
    assert rebuild.check(SHIPPED, state, tmp_path / "windows.npz", 2) > 1e-3
