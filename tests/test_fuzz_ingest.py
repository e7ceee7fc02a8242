"""The short fuzz run: 1,000 generated inputs of every format, no crash, no aborted batch.

The long run is ``python scripts/fuzz_ingest.py --inputs 100000 --seconds 1200`` (see
docs/EVALUATION.md); this one is light (smaller inputs), with a few dozen articles also
going through the pipeline and a store.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.needs_model

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fuzz_ingest.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_ingest", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_ingest"] = module
    spec.loader.exec_module(module)
    return module


def test_fuzz_ingest_short_run_has_no_crash_and_no_aborted_batch() -> None:
    fuzz = load_script()
    # no time bound: a slow or busy machine takes longer, never tests fewer inputs
    report = fuzz.run(1000, float("inf"), seed=20261204, pipeline_every=40, light=True)
    summary = report.summary()
    assert report.inputs == 1000, summary
    assert set(report.kinds) == {"text", "html", "jsonl", "warc"}
    assert report.piped >= 20, summary
    assert report.crashes == [], summary
    assert report.invalid == [], summary
    assert report.aborted == [], summary
