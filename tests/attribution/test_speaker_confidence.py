"""The confidence after speaker resolution: its signals, its file and how it sets statements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly.attribution.span_model import default_model_dir
from reportedly.attribution.speaker_confidence import (
    SIGNALS,
    SpeakerCalibrator,
    mention_type,
    model_speaker_calibrator,
    recalibrate,
    signals,
)
from reportedly.config import Settings
from reportedly.errors import ConfigError
from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement

TEXT = "Dmitry Peskov said the talks failed. He said more. The ministry said it was ready."
PESKOV = Entity(id="peskov", name="Dmitry Peskov", kind="person", resolution="registry")
MINISTRY = Entity(id="ministry", name="Ministry of Defence", kind="organisation")


def statement(
    speaker: str | None,
    entity: Entity | None,
    *,
    confidence: float = 0.6,
    act: str = "speech",
    nested: bool = False,
) -> Statement:
    mention = None
    if speaker is not None:
        at = TEXT.index(speaker)
        mention = Mention(span=Span(at, at + len(speaker)), text=speaker, label="SPEAKER")
    return Statement(
        id=f"{speaker}-{act}",
        kind="indirect",
        content=(Span(19, 35),),
        speaker=mention,
        speaker_entity=entity.id if entity is not None else None,
        speaker_resolution=entity.resolution if entity is not None else "unresolved",
        reported_by="outer" if nested else None,
        confidence=confidence,
        act=act,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("mention", "entity", "kind"),
    [
        ("", None, "none"),
        ("He", PESKOV, "pronoun"),
        ("-he", PESKOV, "pronoun"),
        ("we", None, "first_person"),
        ("Peskov", PESKOV, "name"),
        ("Kremlin spokesman Peskov", PESKOV, "name"),
        ("the spokesman", PESKOV, "description"),
        ("The ministry", MINISTRY, "description"),  # "ministry" is a word of the name, lower-case
        ("Peskov", None, "description"),  # nobody resolved: the mention names no one
    ],
)
def test_mention_type(mention: str, entity: Entity | None, kind: str) -> None:
    assert mention_type(mention, entity) == kind


def test_signals_of_a_named_registry_person() -> None:
    values = signals(statement("Dmitry Peskov", PESKOV, confidence=0.5), PESKOV)
    assert set(values) == set(SIGNALS)
    assert values["confidence"] == pytest.approx(0.0)
    assert values["registry"] == values["person"] == values["person_speech"] == 1.0
    assert values["unresolved"] == values["pronoun"] == values["description"] == 0.0


def test_signals_of_an_unresolved_description() -> None:
    values = signals(statement("The ministry", None, act="belief", nested=True), None)
    assert values["unresolved"] == values["description"] == values["nested"] == 1.0
    assert values["speech"] == values["unresolved_speech"] == values["person"] == 0.0


def test_signals_keep_a_sure_confidence_finite() -> None:
    assert signals(statement("He", PESKOV, confidence=1.0), PESKOV)["confidence"] < 6
    assert signals(statement("He", PESKOV, confidence=0.0), PESKOV)["confidence"] > -6


def test_recalibrate_sets_every_statement_by_its_speaker() -> None:
    calibrator = SpeakerCalibrator(weights={"confidence": 1.0, "unresolved": -2.0})
    analysis = Analysis(
        article=Article(id="a", text=TEXT),
        entities=(PESKOV,),
        statements=(statement("Dmitry Peskov", PESKOV), statement("The ministry", None)),
    )
    named, unresolved = recalibrate(analysis, calibrator).statements
    assert named.confidence == pytest.approx(0.6, abs=1e-3)  # log-odds weight 1: unchanged
    assert unresolved.confidence < 0.2
    assert named.speaker_entity == "peskov"
    assert named.id == analysis.statements[0].id


def test_a_speech_scope_leaves_the_other_acts_alone() -> None:
    calibrator = SpeakerCalibrator(weights={"unresolved": -3.0}, scope="speech")
    analysis = Analysis(
        article=Article(id="a", text=TEXT),
        statements=(statement("The ministry", None), statement("The ministry", None, act="belief")),
    )
    speech, belief = recalibrate(analysis, calibrator).statements
    assert speech.confidence < 0.1
    assert belief.confidence == 0.6


def test_the_shipped_file_trusts_a_named_person_more_than_nobody() -> None:
    calibrator = model_speaker_calibrator(default_model_dir())
    assert calibrator is not None
    named = calibrator.probability(signals(statement("Dmitry Peskov", PESKOV), PESKOV))
    nobody = calibrator.probability(signals(statement("The ministry", None), None))
    assert named > 0.5 > nobody


def test_the_int8_model_has_its_own_file() -> None:
    directory = default_model_dir(int8=True)
    own = model_speaker_calibrator(directory)
    assert own is not None
    assert own.weights == SpeakerCalibrator.load(directory / "speaker_confidence.json").weights


@pytest.mark.parametrize(
    "content", [{"signals": []}, {"weights": {"bias": 1.0}, "scope": "top-level"}]
)
def test_a_malformed_file_is_a_config_error(tmp_path: Path, content: dict[str, object]) -> None:
    path = tmp_path / "speaker_confidence.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ConfigError, match="not a speaker calibration file"):
        SpeakerCalibrator.load(path)


@pytest.mark.needs_model
def test_the_pipeline_sets_it_only_when_asked(sample_text: str) -> None:
    from reportedly.ingest import read_text
    from reportedly.pipeline import Pipeline, attribution_version

    article = read_text(sample_text, source="sample")
    plain = Pipeline(Settings()).analyze(article)
    asked = Pipeline(Settings(speaker_confidence=True)).analyze(article)
    assert [s.id for s in asked.statements] == [s.id for s in plain.statements]
    moved = [
        (p.act, p.confidence != a.confidence)
        for p, a in zip(plain.statements, asked.statements, strict=True)
    ]
    assert ("speech", True) in moved  # a speech statement's confidence was set again
    assert all(not changed for act, changed in moved if act != "speech")  # the others kept
    assert attribution_version(Settings(speaker_confidence=True)) != attribution_version(Settings())
