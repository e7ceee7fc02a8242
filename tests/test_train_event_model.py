"""Tests of scripts/train_event_model.py's cross-validation bookkeeping (the train extra)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from script_modules import load_script

pytest.importorskip("torch", reason="the train extra is not installed")
pytest.importorskip("tokenizers", reason="the train extra is not installed")


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/train_event_model.py")


def _rows() -> list[dict[str, str]]:
    rows = []
    for n in range(60):
        label = ("ASSAULT", "REJECT", "AID")[n % 3]
        rows += [{"origin": f"plv/{n}", "label": label, "text": f"{n}"}] * (1 + n % 2)
    rows += [{"origin": f"polnear/a{n % 7}", "label": "NONE", "text": f"n{n}"} for n in range(20)]
    return rows


def test_folds_keep_a_sentence_s_rows_together_and_spread_each_label(script: ModuleType) -> None:
    rows = _rows()
    fold = script.folds_of(rows, 5, 13)
    by_origin: dict[str, set[int]] = {}
    for row, k in zip(rows, fold, strict=True):
        by_origin.setdefault(row["origin"], set()).add(k)
    assert all(len(ks) == 1 for ks in by_origin.values())  # never trained and scored on one
    assert set(fold) == set(range(5))
    sentences = {o: ks.pop() for o, ks in by_origin.items() if o.startswith("plv/")}
    per_fold = Counter(sentences.values())
    assert max(per_fold.values()) - min(per_fold.values()) <= 1
    assert script.folds_of(rows, 5, 13) == fold


def _fold_file(out: Path, k: int, assignment: dict[str, int], text: str) -> None:
    part = {
        "fold": k,
        "labels": ["ASSAULT", "NONE"],
        "assignment": assignment,
        "held_out_accuracy": 0.5,
        "probabilities": {f"{k}\t{text}": [0.9, 0.1]},
        "seconds": 1,
        "args": {"epochs": "6"},
    }
    (out / f"fold-{k}.json").write_text(json.dumps(part), "utf-8")


def test_cv_json_merges_the_folds_done_by_separate_runs(script: ModuleType, tmp_path: Path) -> None:
    assignment = {"plv/1": 0, "plv/2": 1, "plv/3": 2}
    _fold_file(tmp_path, 0, assignment, "one")
    _fold_file(tmp_path, 2, assignment, "three")
    script.merge_folds(tmp_path)
    cv = json.loads((tmp_path / "cv.json").read_text("utf-8"))
    assert cv["folds"] == {"plv/1": 0, "plv/3": 2}  # plv/2's fold is not done: not scored
    assert set(cv["probabilities"]) == {"0\tone", "2\tthree"}
    _fold_file(tmp_path, 1, {**assignment, "plv/4": 1}, "two")
    with pytest.raises(SystemExit, match="stale fold file"):
        script.merge_folds(tmp_path)
