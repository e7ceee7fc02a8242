"""Speaker confidence: the probability that a statement's resolved speaker is the one it names.

The statement's ``confidence`` (:mod:`reportedly.attribution.calibration`) is the probability
that the statement and its speaker *mention* are right, fitted before the actors stage
resolves the mention to an actor. ``speaker_confidence`` is a second number, set after that
stage: the probability that the *resolved* speaker (the actor a reader sees) is right, given
the statement is right. It is a logistic regression over a few coarse signals read from the
output records only — to a registry actor or one known only from the article, a person or a
body, whether the mention names it, is a pronoun, "I"/"we" or a description, nested, the act,
and the statement's own confidence — so the actors stage's changes to *how* a speaker is
resolved do not break it. A statement with no resolved speaker gets none (``None``): it is
shown as unresolved, not as a wrong person. ``scripts/fit_speaker_confidence.py`` fits it
(label: ``eval speakers``' judge on the statements ``eval gold`` matches in the war-news gold's
dev articles, and on hand-judged statements of articles no gold names) and chooses the signals
by how the fit holds on the judged ones, which the rules were not tuned on; it writes
``data/speaker_confidence.json``, which may use a subset of ``SIGNALS``.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from reportedly.attribution.calibration import logistic, read_weights
from reportedly.model import Analysis, Entity, Statement

FILE = "speaker_confidence.json"
SIGNALS = (
    "bias",
    "confidence",  # the statement's confidence (statement and mention right), as log-odds
    "registry",  # resolved to a registry actor (else: an actor known only from the article)
    "person",  # the speaker is a person (else: a body, a country, an outlet, …)
    "pronoun",  # he / she / they / it
    "first_person",  # I / we
    "description",  # neither a pronoun nor the speaker's own name ("the ministry", "officials")
    "no_mention",  # no speaker mention at all
    "nested",  # reported inside another statement
    "speech",  # a speech act (said, told, announced, …)
)
# where a confidence of 0 or 1 is read as this much less sure, so its log-odds stay finite
_EDGE = 0.005


def signals(statement: Statement, speaker: Entity) -> dict[str, float]:
    """The signals of one statement whose speaker resolved to ``speaker``."""
    mention = statement.speaker.text if statement.speaker is not None else ""
    return signals_of(statement, speaker, mention_type(mention, speaker))


def signals_of(statement: Statement, speaker: Entity, kind: str) -> dict[str, float]:
    """The signals of one statement whose speaker resolved to ``speaker``, its mention of the
    ``kind`` :func:`mention_type` (or a language's own reading of it) gives."""
    p = min(1 - _EDGE, max(_EDGE, statement.confidence))
    return {
        "bias": 1.0,
        "confidence": math.log(p / (1 - p)),
        "registry": float(statement.speaker_resolution == "registry"),
        "person": float(speaker.kind == "person"),
        "pronoun": float(kind == "pronoun"),
        "first_person": float(kind == "first_person"),
        "description": float(kind == "description"),
        "no_mention": float(kind == "none"),
        "nested": float(statement.reported_by is not None),
        "speech": float(statement.act == "speech"),
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

    def probability(self, values: Mapping[str, float]) -> float:
        return logistic(self.weights, values)

    @classmethod
    def load(cls, path: Path) -> SpeakerCalibrator:
        """The calibration at ``path``.

        Raises:
            ConfigError: the file is unreadable or malformed.
        """
        weights, fitted_on = read_weights(path, SIGNALS, "speaker calibration")
        return cls(weights=weights, fitted_on=fitted_on)


@cache
def default_speaker_calibrator() -> SpeakerCalibrator:
    """The shipped speaker calibration (``data/speaker_confidence.json``)."""
    return SpeakerCalibrator.load(
        Path(str(resources.files("reportedly.attribution") / "data" / FILE))
    )


def add_speaker_confidence(
    analysis: Analysis,
    calibrator: SpeakerCalibrator,
    read: Callable[[Statement, Entity], dict[str, float]] = signals,
) -> Analysis:
    """``analysis`` with the speaker confidence of every statement whose speaker resolved to
    one of its entities set (rounded to 3 places); the others' left ``None``. ``read`` gives a
    statement's signals (a language's own reading of the mention; English by default)."""
    entities = {e.id: e for e in analysis.entities}
    statements = tuple(
        dataclasses.replace(
            s,
            speaker_confidence=round(calibrator.probability(read(s, entity)), 3),
        )
        if (entity := entities.get(s.speaker_entity or "")) is not None
        else dataclasses.replace(s, speaker_confidence=None)
        for s in analysis.statements
    )
    return dataclasses.replace(analysis, statements=statements)
