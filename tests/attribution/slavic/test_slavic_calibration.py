"""The Russian/Ukrainian statement calibration and speaker confidence: files, signals, wiring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from speaking import analyse

from reportedly.attribution.slavic import attribute_slavic
from reportedly.attribution.slavic.calibration import (
    SIGNALS,
    SlavicCalibrator,
    default_calibrator,
)
from reportedly.attribution.slavic.drafts import CONFIDENCE
from reportedly.attribution.slavic.lexicon import default_lexicon
from reportedly.attribution.slavic.speaker_confidence import (
    default_speaker_calibrator,
    mention_type,
)
from reportedly.attribution.speaker_confidence import SIGNALS as SPEAKER_SIGNALS
from reportedly.errors import ConfigError
from reportedly.model import Article, Entity
from reportedly.nlp import russian

TEXT = (
    "«Переговоры зашли в тупик», — сказал пресс-секретарь президента Дмитрий Песков.\n"
    "Пишут, что в городе отключили свет и воду на несколько часов.\n"
)
PESKOV = Entity(id="peskov", name="Дмитрий Песков", kind="person", resolution="registry")


def base(**changed: float) -> dict[str, float]:
    """The signals of "X заявил, что …" by a named, resolved speaker, with changes."""
    values = dict.fromkeys(SIGNALS, 0.0)
    values |= {"bias": 1.0, "prior": 0.85, "verb_rule": 1.0, "speech": 1.0}
    values |= {"proper": 1.0, "length": 0.8}
    return values | changed


def test_the_shipped_files_load_and_were_fitted_on_dev() -> None:
    statement, speaker = default_calibrator(), default_speaker_calibrator()
    assert set(statement.weights) <= set(SIGNALS)
    assert "bias" in statement.weights
    assert set(speaker.weights) <= set(SPEAKER_SIGNALS)
    assert "dev articles" in statement.fitted_on
    assert "dev articles" in speaker.fitted_on


def test_a_missing_speaker_lowers_the_confidence() -> None:
    calibrator = default_calibrator()
    named = calibrator.probability(base())
    nobody = calibrator.probability(base(proper=0.0, no_speaker=1.0))
    assert named > 0.9 > 0.5 > nobody


def test_a_lost_outlet_name_is_surer_than_no_speaker_at_all() -> None:
    """ "…, передає\\n\\n": the gold names nobody there either, so no mention is no miss."""
    calibrator = default_calibrator()
    lost = calibrator.probability(base(proper=0.0, no_speaker=1.0, name_lost=1.0))
    assert lost > calibrator.probability(base(proper=0.0, no_speaker=1.0))


def test_an_unknown_signal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"weights": {"bias": 1.0, "model": 2.0}}), encoding="utf-8")
    with pytest.raises(ConfigError):
        SlavicCalibrator.load(path)


def test_a_prior_only_file_gives_the_rules_own_confidences() -> None:
    """The wiring: with weight 1 on the rule's log-odds the hand-set confidence comes back."""
    article = Article(id=Article.make_id(TEXT), text=TEXT, language="ru")
    log: dict[str, str] = {}
    identity = SlavicCalibrator(weights={"prior": 1.0})
    statements, _, _ = attribute_slavic(
        article, russian.annotate(TEXT), calibrator=identity, rule_log=log
    )
    assert statements
    assert [s.confidence for s in statements] == [CONFIDENCE[log[s.id]] for s in statements]


def test_statements_get_the_calibrated_confidence_and_their_signals() -> None:
    article = Article(id=Article.make_id(TEXT), text=TEXT, language="ru")
    signals: dict[str, dict[str, float]] = {}
    statements, _, _ = attribute_slavic(article, russian.annotate(TEXT), feature_log=signals)
    quoted, unsourced = statements
    assert signals[quoted.id]["direct"] == 1.0
    assert signals[unsourced.id]["no_speaker"] == 1.0
    assert quoted.confidence == round(default_calibrator().probability(signals[quoted.id]), 3)
    assert quoted.confidence > 0.8 > 0.5 > unsourced.confidence


def test_a_resolved_speaker_gets_a_speaker_confidence_an_unresolved_none() -> None:
    quoted, unsourced = analyse(TEXT, "ru").statements
    assert quoted.speaker_confidence is not None
    assert quoted.speaker_confidence > 0.9
    assert unsourced.speaker is None
    assert unsourced.speaker_confidence is None


@pytest.mark.parametrize(
    ("mention", "lang", "kind"),
    [
        ("он", "ru", "pronoun"),
        ("Вона", "uk", "pronoun"),
        ("мы", "ru", "first_person"),
        ("Пескова", "ru", "name"),
        ("пресс-секретарь Кремля", "ru", "description"),
        ("", "ru", "none"),
    ],
)
def test_mention_types_read_russian_and_ukrainian(mention: str, lang: str, kind: str) -> None:
    assert mention_type(mention, PESKOV, default_lexicon(lang)) == kind  # type: ignore[arg-type]
