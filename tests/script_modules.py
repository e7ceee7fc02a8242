"""The repository's scripts (scripts/, bench/) loaded as modules, for tests of their parts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(relative: str) -> ModuleType:
    """The script at ``relative`` (e.g. ``scripts/fuzz_ingest.py``) as a module named by its
    stem. It is registered in ``sys.modules`` (dataclasses look their module up there) and
    loads with its folder on ``sys.path`` (scripts import their neighbours)."""
    path = ROOT / relative
    folder = str(path.parent)
    sys.path.insert(0, folder)
    try:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(folder)
    return module
