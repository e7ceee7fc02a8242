"""Confidence after speaker resolution: the probability that a statement and its speaker are right.

The attribution stage's calibration (:mod:`reportedly.attribution.calibration`) runs before the
actors stage, so it cannot know whether the speaker was named at all, or how. This second step
runs after it: a logistic regression over that confidence (as a log-odds) and a few coarse
signals of the resolved speaker — resolved or not, to a registry actor or one known only from
the article, a person or a body, whether the mention names it, is a pronoun, "I"/"we", or a
description — whose label is the one ``eval gold`` scores: the statement matches a gold one and
its resolved speaker is the gold's. It sets the confidence of the statements in its scope
(the shipped files: speech statements) and cuts none (the attribution stage's cut-off stays
where it is). ``scripts/fit_speaker_confidence.py`` fits it on the war-news gold's dev
articles and writes ``data/speaker_confidence.json`` (the int8 tagger has its own, beside it).
The pipeline runs it only when asked (``Settings.speaker_confidence``,
``REPORTEDLY_SPEAKER_CONFIDENCE=1``): it shows fewer wrong speakers on war news but breaks
PolNeAR dev's calibration (docs/EVALUATION.md, "Session 20: a confidence that knows the
speaker").
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from reportedly.attribution.calibration import logistic
from reportedly.errors import ConfigError
from reportedly.model import Analysis, Entity, Statement

FILE = "speaker_confidence.json"
SCOPES = ("all", "speech")
SIGNALS = (
    "bias",
    "confidence",  # the attribution stage's confidence, as log-odds
    "unresolved",  # nobody named
    "registry",  # resolved to a registry actor (else: an actor known only from the article)
    "person",  # the speaker is a person (else: a body, a country, an outlet, …)
    "pronoun",  # he / she / they / it
    "first_person",  # I / we
    "description",  # neither a pronoun nor the speaker's own name ("the ministry", "officials")
    "no_mention",  # no speaker mention at all
    "nested",  # reported inside another statement
    "speech",  # a speech act (said, told, announced, …)
    # the speaker signals again for speech statements alone: most other acts are doubtful
    # whoever holds them, so a speaker tells more about a speech statement than about them
    "unresolved_speech",
    "person_speech",
)
# where a confidence of 0 or 1 is read as this much less sure, so its log-odds stay finite
_EDGE = 0.005


def signals(statement: Statement, speaker: Entity | None) -> dict[str, float]:
    """The signals of one statement after the actors stage (``speaker``: the entity its
    ``speaker_entity`` names, if any)."""
    p = min(1 - _EDGE, max(_EDGE, statement.confidence))
    mention = statement.speaker.text if statement.speaker is not None else ""
    kind = mention_type(mention, speaker)
    speech = statement.act == "speech"
    person = speaker is not None and speaker.kind == "person"
    return {
        "bias": 1.0,
        "confidence": math.log(p / (1 - p)),
        "unresolved": float(speaker is None),
        "registry": float(speaker is not None and statement.speaker_resolution == "registry"),
        "person": float(person),
        "pronoun": float(kind == "pronoun"),
        "first_person": float(kind == "first_person"),
        "description": float(kind == "description"),
        "no_mention": float(kind == "none"),
        "nested": float(statement.reported_by is not None),
        "speech": float(speech),
        "unresolved_speech": float(speech and speaker is None),
        "person_speech": float(speech and person),
    }


def mention_type(mention: str, speaker: Entity | None) -> str:
    """ "none", "first_person", "pronoun", "name" (a capitalised word of the resolved
    speaker's name) or "description"."""
    word = mention.strip().lower().lstrip("-–— ")
    if not word:
        return "none"
    first, third = _pronouns()
    if word in first:
        return "first_person"
    if word in third:
        return "pronoun"
    if speaker is not None:
        names = {w.lower() for w in speaker.name.split()}
        if any(w[:1].isupper() and w.lower() in names for w in mention.split()):
            return "name"
    return "description"


@cache
def _pronouns() -> tuple[frozenset[str], frozenset[str]]:
    """First-person and third-person subject pronouns, from the actors stage's word lists."""
    from reportedly.actors.resolve import default_data  # the actors stage imports this package

    data = default_data()
    return (
        data.first_singular | data.first_plural,
        data.male | data.female | data.plural | data.neuter,
    )


@dataclass(frozen=True, slots=True)
class SpeakerCalibrator:
    """Weights of the fitted logistic regression, by signal name."""

    weights: Mapping[str, float]
    fitted_on: str = ""
    # which statements it sets: "all", or "speech" (the others keep the attribution stage's)
    scope: str = "all"

    def sets(self, statement: Statement) -> bool:
        return self.scope == "all" or statement.act == "speech"

    def probability(self, values: Mapping[str, float]) -> float:
        return logistic(self.weights, values)

    @classmethod
    def load(cls, path: Path) -> SpeakerCalibrator:
        """The calibration at ``path``.

        Raises:
            ConfigError: the file is unreadable or malformed.
        """
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            scope = str(data.get("scope", "all"))
            if scope not in SCOPES:
                raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise ConfigError(f"{path}: not a speaker calibration file: {e}", code="E103") from e
        return cls(weights=weights, fitted_on=str(data.get("fitted_on", "")), scope=scope)


@cache
def model_speaker_calibrator(directory: Path) -> SpeakerCalibrator | None:
    """The speaker calibration fitted on the outputs of the span model in ``directory``: its
    own file where it has one (the int8 model), else the shipped one; None where neither
    exists."""
    own = directory / FILE
    shipped = Path(str(resources.files("reportedly.attribution") / "data" / FILE))
    path = own if own.is_file() else shipped
    return SpeakerCalibrator.load(path) if path.is_file() else None


def recalibrate(analysis: Analysis, calibrator: SpeakerCalibrator) -> Analysis:
    """``analysis`` with the confidence of every statement in the ``calibrator``'s scope set
    from its attribution confidence and its resolved speaker."""
    entities = {e.id: e for e in analysis.entities}
    statements = tuple(
        dataclasses.replace(
            s,
            confidence=round(
                calibrator.probability(signals(s, entities.get(s.speaker_entity or ""))), 3
            ),
        )
        if calibrator.sets(s)
        else s
        for s in analysis.statements
    )
    return dataclasses.replace(analysis, statements=statements)
