"""Tests for the events stage of the pipeline: events on every analysis, failures as skips."""

from __future__ import annotations

import pytest

from reportedly.model import Annotation, Article, Span
from reportedly.pipeline import Pipeline


def _empty(text: str) -> tuple[Article, Annotation]:
    article = Article(id=Article.make_id(text), text=text)
    return article, Annotation(tokens=(), sentences=(Span(0, len(text)),), entities=())


def test_pipeline_stage_records_version_and_no_events_on_empty_parse() -> None:
    from reportedly.config import Settings

    article, annotation = _empty("Nothing happened.")
    analysis = Pipeline(Settings(event_model=True)).extract(article, annotation)
    assert analysis.events == ()
    assert analysis.versions["events"].startswith("reportedly.events.v1+model+")


def test_pipeline_stage_codes_with_the_rules_by_default_and_says_so() -> None:
    article, annotation = _empty("Nothing happened.")
    pipeline = Pipeline()
    assert pipeline.event_model is None
    version = pipeline.extract(article, annotation).versions["events"]
    assert version.startswith("reportedly.events.v1+")


def test_pipeline_stage_failure_is_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> tuple[()]:
        raise RuntimeError("coder exploded")

    monkeypatch.setattr("reportedly.pipeline.code_events", broken)
    article, annotation = _empty("Nothing happened.")
    analysis = Pipeline().extract(article, annotation)
    assert analysis.events == ()
    (skip,) = [s for s in analysis.skipped if s.stage == "events"]
    assert skip.code == "E330"
    assert "coder exploded" in skip.reason


@pytest.mark.needs_model
def test_pipeline_stage_codes_the_sample(sample_text: str) -> None:
    from reportedly.ingest import read_text

    analysis = Pipeline().analyze(read_text(sample_text, source="sample"))
    counted = [e for e in analysis.events if e.counts]
    assert {"REJECT", "REQUEST", "AGREE"} <= {e.type for e in counted}
    # resolved through the actors registry: registry ids, not the alias table's
    ids = {e.source.actor_id for e in counted if e.source and e.source.actor_id}
    assert "biden-joe" in ids
    assert "biden" not in ids


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Peskov said that Russia attacked Kyiv.", "asserted"),
        ("Peskov did not say that Russia attacked Kyiv.", "hypothetical"),
        ("Kirby never claimed that Russia would invade Ukraine.", "hypothetical"),
    ],
)
def test_events_inside_a_negated_statement_are_not_asserted(text: str, modality: str) -> None:
    analysis = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    assert analysis.statements
    assert [e.modality for e in analysis.events if e.type == "ASSAULT"] == [modality]
