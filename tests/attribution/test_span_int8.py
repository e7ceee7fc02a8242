"""The int8 copy of the span tagger: shipped small, close to fp32, with its own calibration."""

from __future__ import annotations

import dataclasses
from importlib import resources

import numpy as np

from reportedly.attribution import model_calibrator
from reportedly.attribution.calibration import Calibrator
from reportedly.attribution.span_model import default_model_dir, load_tagger
from reportedly.config import Settings
from reportedly.pipeline import Pipeline, attribution_version

SAMPLE = "up-kremlin-response-to-biden-conditions.txt"


def sample_text() -> str:
    return (resources.files("reportedly.examples") / SAMPLE).read_text(encoding="utf-8")


def test_the_int8_tagger_ships_under_50_mb_with_its_own_calibration() -> None:
    directory = default_model_dir(int8=True)
    files = {p.name for p in directory.iterdir()}
    assert {"model.onnx", "weights.npz", "tokenizer.json", "calibration.json"} <= files
    assert sum(p.stat().st_size for p in directory.iterdir()) <= 50e6
    own = model_calibrator(directory)
    assert "PolNeAR train" in own.fitted_on
    assert own.weights != Calibrator.load().weights
    assert model_calibrator(default_model_dir()) == Calibrator.load()


def test_the_int8_tagger_labels_nearly_every_piece_as_the_fp32_one() -> None:
    text = sample_text()
    fp32 = load_tagger(default_model_dir()).tag(text)
    int8 = load_tagger(default_model_dir(int8=True)).tag(text)
    assert np.array_equal(fp32.offsets, int8.offsets)
    same = fp32.probabilities.argmax(axis=1) == int8.probabilities.argmax(axis=1)
    assert same.mean() >= 0.95  # 0.964 on the sample, 0.978 on PolNeAR held-apart
    assert not np.array_equal(fp32.probabilities, int8.probabilities)  # a different model


def test_settings_choose_the_int8_tagger_and_mark_the_version() -> None:
    settings = dataclasses.replace(Settings(), span_model=True, span_int8=True)
    pipeline = Pipeline(settings)
    assert pipeline.span_model is not None
    assert pipeline.span_model.directory == default_model_dir(int8=True)
    assert pipeline.attribution_version.endswith("+int8")
    fp32 = dataclasses.replace(settings, span_int8=False)
    assert not attribution_version(fp32).endswith("+int8")
    assert attribution_version(dataclasses.replace(fp32, span_model=False)) != (
        attribution_version(fp32)
    )
