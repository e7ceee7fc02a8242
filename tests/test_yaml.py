"""The fast YAML loader reads every packaged data file as ``yaml.safe_load`` does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import reportedly
from reportedly._yaml import load_yaml

PACKAGE = Path(reportedly.__file__).parent
DATA_FILES = sorted(PACKAGE.rglob("*.yaml"))


def test_there_are_data_files() -> None:
    assert len(DATA_FILES) > 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_same_documents_as_safe_load(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_unsafe_tags_and_bad_yaml_are_yaml_errors() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")
    with pytest.raises(yaml.YAMLError):
        load_yaml("a: [1, 2")
