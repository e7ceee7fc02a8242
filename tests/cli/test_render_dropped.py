"""The statements view: what was dropped as not news is shown in whole words."""

from __future__ import annotations

import pytest

from reportedly.cli.render import render_statements
from reportedly.ingest import read_text
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def _dropped_lines(text: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index("Dropped as not news:") + 1
    end = lines.index("", start)
    return lines[start:end]


def test_a_dropped_appeal_is_shown_whole_and_wrapped(sample_text: str) -> None:
    analysis = Pipeline().analyze(read_text(sample_text, source="sample"))
    shown = _dropped_lines(render_statements(analysis, color=False, width=60))
    assert all(len(line) <= 60 and line.startswith("  ") for line in shown)
    assert " ".join(line.strip() for line in shown) == (
        "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!"
    )


def test_a_long_dropped_passage_is_cut_at_a_word_with_a_mark(sample_text: str) -> None:
    analysis = Pipeline().analyze(read_text(sample_text, source="sample"))
    shown = _dropped_lines(render_statements(analysis, color=False, width=24))
    assert len(shown) == 3
    assert shown[-1].endswith(" …")
