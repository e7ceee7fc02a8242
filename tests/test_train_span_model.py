"""Tests of scripts/train_span_model.py's distillation parts (the train extra)."""

from __future__ import annotations

from types import ModuleType

import pytest

from script_modules import load_script

torch = pytest.importorskip("torch", reason="the train extra is not installed")


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/train_span_model.py")


@pytest.fixture(scope="module")
def minilm() -> ModuleType:
    return load_script("scripts/minilm.py")


def test_a_student_keeps_the_named_layers_renumbered(minilm: ModuleType) -> None:
    config = minilm.Config(vocab_size=50, layers=6, hidden=8, heads=2, intermediate=16)
    teacher = minilm.Tagger(config, 7).state_dict()
    assert minilm.layer_count(teacher) == 6
    student = minilm.keep_layers(teacher, [0, 5])
    assert minilm.layer_count(student) == 2
    assert torch.equal(student["layers.1.query.weight"], teacher["layers.5.query.weight"])
    assert torch.equal(student["layers.0.out_norm.bias"], teacher["layers.0.out_norm.bias"])
    assert torch.equal(student["classifier.weight"], teacher["classifier.weight"])
    model = minilm.Tagger(
        minilm.Config(vocab_size=50, layers=2, hidden=8, heads=2, intermediate=16), 7
    )
    model.load_state_dict(student)  # strict: nothing missing, nothing left over


def test_the_distillation_loss_is_zero_on_the_teacher_s_own_logits(script: ModuleType) -> None:
    logits = torch.randn(2, 5, 7)
    labels = torch.zeros(2, 5, dtype=torch.long)
    labels[1, 3:] = -100
    teacher = logits.log_softmax(-1).half()
    same = script.distil_loss(logits, teacher, labels, 2.0)
    assert float(same) == pytest.approx(0.0, abs=1e-3)
    other = script.distil_loss(torch.randn(2, 5, 7), teacher, labels, 2.0)
    assert float(other) > 0.01
    # padding is not counted: changing a padded piece's logits changes nothing
    moved = logits.clone()
    moved[1, 4] += 5.0
    assert float(script.distil_loss(moved, teacher, labels, 2.0)) == pytest.approx(
        float(same), abs=1e-3
    )
