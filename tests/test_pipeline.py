"""The pipeline: serial and parallel runs agree and keep order; a failing stage never stops it."""

from __future__ import annotations

import dataclasses

import pytest

from reportedly.config import Settings
from reportedly.ingest import read_text
from reportedly.model import Article
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def articles(sample_text: str) -> list[Article]:
    texts = [
        sample_text,
        '"We will not leave," the Kremlin spokesman said on Friday.',
        "According to Lavrov, the proposal is unacceptable.",
        "Nothing was said here.",
    ] * 3
    return [read_text(t + f"\n\n(copy {n})", source=f"t{n}") for n, t in enumerate(texts)]


def test_pipeline_parallel_equals_serial(sample_text: str) -> None:
    # one text over max_chars, so that a skip (W201) is compared too
    items = [*articles(sample_text), read_text(sample_text * 3, source="long")]
    pipeline = Pipeline(Settings(batch_size=2, max_chars=5000))
    serial = list(pipeline.analyze_many(items, workers=1))
    parallel = list(pipeline.analyze_many(items, workers=2))
    assert [a.article.id for a in parallel] == [a.id for a in items]
    assert [a.statements for a in parallel] == [a.statements for a in serial]
    assert [a.entities for a in parallel] == [a.entities for a in serial]
    assert [a.citations for a in parallel] == [a.citations for a in serial]
    assert [a.events for a in parallel] == [a.events for a in serial]
    assert [a.skipped for a in parallel] == [a.skipped for a in serial]
    # the comparison is not vacuous: every part occurs in the run
    assert all(sum(len(getattr(a, part)) for a in serial) > 0 for part in _PARTS)
    assert all(a.annotation is None for a in parallel)


_PARTS = ("statements", "entities", "citations", "events", "skipped")


def test_pipeline_a_failing_stage_becomes_a_skip(
    sample_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reportedly.pipeline as module

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "attribute", broken)
    analysis = Pipeline().analyze(dataclasses.replace(articles(sample_text)[0]))
    assert analysis.statements == ()
    assert [s.code for s in analysis.skipped] == ["E301"]
    assert "boom" in analysis.skipped[0].reason
