"""The speaker confidence: its signals, its file and how it sets statements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly.attribution.speaker_confidence import (
    SIGNALS,
    SpeakerCalibrator,
    add_speaker_confidence,
    default_speaker_calibrator,
    mention_type,
    signals,
)
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
    assert values["registry"] == values["person"] == values["speech"] == 1.0
    assert values["pronoun"] == values["description"] == values["nested"] == 0.0


def test_signals_of_a_nested_description_of_a_body() -> None:
    values = signals(statement("The ministry", MINISTRY, act="belief", nested=True), MINISTRY)
    assert values["description"] == values["nested"] == 1.0
    assert values["speech"] == values["person"] == values["registry"] == 0.0


def test_signals_keep_a_sure_confidence_finite() -> None:
    assert signals(statement("He", PESKOV, confidence=1.0), PESKOV)["confidence"] < 6
    assert signals(statement("He", PESKOV, confidence=0.0), PESKOV)["confidence"] > -6


def test_only_resolved_speakers_get_a_speaker_confidence() -> None:
    calibrator = SpeakerCalibrator(weights={"bias": 1.0, "registry": 1.0})
    analysis = Analysis(
        article=Article(id="a", text=TEXT),
        entities=(PESKOV,),
        statements=(
            statement("Dmitry Peskov", PESKOV),
            statement("The ministry", None),
            statement("He", MINISTRY),  # an entity the analysis does not hold: none
        ),
    )
    named, unresolved, dangling = add_speaker_confidence(analysis, calibrator).statements
    assert named.speaker_confidence == pytest.approx(0.881, abs=1e-3)  # logistic(2)
    assert unresolved.speaker_confidence is None
    assert dangling.speaker_confidence is None
    # the statement itself is untouched: its confidence, id and speaker stay
    assert named.confidence == 0.6
    assert named.id == analysis.statements[0].id
    assert named.speaker_entity == "peskov"


def test_the_shipped_file_trusts_a_named_registry_person_more_than_a_description() -> None:
    calibrator = default_speaker_calibrator()
    named = calibrator.probability(signals(statement("Dmitry Peskov", PESKOV), PESKOV))
    body = Entity(id="ministry", name="Ministry of Defence", kind="organisation")
    described = calibrator.probability(signals(statement("The ministry", body), body))
    assert named > described
    assert 0.5 < named < 1


@pytest.mark.parametrize(
    "content", [{"signals": []}, {"weights": {"bias": 1.0, "unresolved": -1.0}}]
)
def test_a_malformed_file_is_a_config_error(tmp_path: Path, content: dict[str, object]) -> None:
    path = tmp_path / "speaker_confidence.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ConfigError, match="not a speaker calibration file"):
        SpeakerCalibrator.load(path)


@pytest.mark.needs_model
def test_the_pipeline_sets_it_beside_the_confidence(sample_text: str) -> None:
    from reportedly.config import Settings
    from reportedly.ingest import read_text
    from reportedly.pipeline import Pipeline

    analysis = Pipeline(Settings()).analyze(read_text(sample_text, source="sample"))
    entities = {e.id for e in analysis.entities}
    for s in analysis.statements:
        resolved = s.speaker_entity in entities
        assert (s.speaker_confidence is not None) == resolved, s
        if s.speaker_confidence is not None:
            assert 0 <= s.speaker_confidence <= 1
    assert any(s.speaker_confidence is not None for s in analysis.statements)
