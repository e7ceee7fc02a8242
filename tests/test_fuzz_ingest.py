"""The short fuzz run: 1,000 generated inputs of every format, no crash, no aborted batch.

The long run is ``python scripts/fuzz_ingest.py --inputs 100000 --seconds 1200`` (see
docs/EVALUATION.md); this one is light (smaller inputs), with a few dozen articles also
going through the pipeline and a store.
"""

from __future__ import annotations

import pytest

from script_modules import load_script

pytestmark = pytest.mark.needs_model


def test_fuzz_ingest_short_run_has_no_crash_and_no_aborted_batch() -> None:
    fuzz = load_script("scripts/fuzz_ingest.py")
    # no time bound: a slow or busy machine takes longer, never tests fewer inputs
    report = fuzz.run(1000, float("inf"), seed=20261204, pipeline_every=25, light=True)
    summary = report.summary()
    assert report.inputs == 1000, summary
    assert set(report.kinds) == {"text", "html", "jsonl", "warc"}
    assert report.piped >= 20, summary
    assert report.crashes == [], summary
    assert report.invalid == [], summary
    assert report.aborted == [], summary
