"""Tests of scripts/calibration_data.py: which span model reads which war-news article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from script_modules import load_script


def test_fold_models_map_each_article_to_the_model_that_did_not_see_it(tmp_path: Path) -> None:
    data = load_script("scripts/calibration_data.py")
    (tmp_path / "folds.json").write_text(json.dumps([["a.txt", "c.txt"], ["b.txt"]]))
    models = [Path("m0"), Path("m1")]
    found = data.fold_models(tmp_path / "folds.json", models)
    assert found == {"a.txt": Path("m0"), "c.txt": Path("m0"), "b.txt": Path("m1")}
    with pytest.raises(SystemExit):
        data.fold_models(tmp_path / "folds.json", models[:1])
