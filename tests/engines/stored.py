"""What a store holds, for comparing two runs' stores: the check bench/bench_engines.py makes,
loaded from the script so the tests and the bench compare stores the same way."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "bench_engines.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_engines", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stored = _bench().stored
