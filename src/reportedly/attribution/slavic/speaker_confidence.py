"""Speaker confidence of a Russian or Ukrainian statement: the probability that its resolved
speaker is right, given the statement is right.

The English machinery (:mod:`reportedly.attribution.speaker_confidence`) with the same signal
names, read with the Russian and Ukrainian pronouns, and its own fitted file
(``data/speaker_confidence.json``, written by ``scripts/fit_slavic_confidence.py`` from the
dev records of the Russian and Ukrainian gold, labelled by ``eval gold``'s speaker judge on
the statements it matches, and hand-judged statements of texts no gold holds, chosen on the
latter). A statement whose speaker resolved to no entity gets ``None``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from reportedly.attribution.slavic.lexicon import LANGUAGES, SlavicLexicon, default_lexicon
from reportedly.attribution.speaker_confidence import (
    SpeakerCalibrator,
    signals_of,
)
from reportedly.attribution.speaker_confidence import (
    add_speaker_confidence as with_speaker_confidence,
)
from reportedly.model import Analysis, Entity, Statement

FILE = "speaker_confidence.json"
_STEM = 4  # a mention word naming the speaker shares this many first letters with its name


def signals(statement: Statement, speaker: Entity, lexicon: SlavicLexicon) -> dict[str, float]:
    """The signals of one statement whose speaker resolved to ``speaker`` (the names of
    :data:`reportedly.attribution.speaker_confidence.SIGNALS`), its mention read with the
    language's pronouns."""
    mention = statement.speaker.text if statement.speaker is not None else ""
    return signals_of(statement, speaker, mention_type(mention, speaker, lexicon))


def mention_type(mention: str, speaker: Entity | None, lexicon: SlavicLexicon) -> str:
    """ "none", "first_person", "pronoun", "name" (a capitalised word of the mention shares
    its stem with a word of the resolved speaker's name: "Пескова", "Песков") or
    "description"."""
    word = mention.strip().casefold().lstrip("-–— ")
    if not word:
        return "none"
    if word in lexicon.first_person:
        return "first_person"
    if word in lexicon.pronouns:
        return "pronoun"
    if speaker is not None:
        stems = {w.casefold()[:_STEM] for w in speaker.name.split() if len(w) >= _STEM}
        if any(w[:1].isupper() and w.casefold()[:_STEM] in stems for w in mention.split()):
            return "name"
    return "description"


@cache
def default_speaker_calibrator() -> SpeakerCalibrator:
    """The shipped Slavic speaker calibration."""
    return SpeakerCalibrator.load(
        Path(str(resources.files("reportedly.attribution.slavic") / "data" / FILE))
    )


def add_speaker_confidence(analysis: Analysis, calibrator: SpeakerCalibrator) -> Analysis:
    """``analysis`` (a Russian or Ukrainian one) with the speaker confidence of every
    statement whose speaker resolved to one of its entities (rounded to 3 places); the
    others' ``None``."""
    lang = analysis.article.language if analysis.article.language in LANGUAGES else "ru"
    lexicon = default_lexicon(lang)
    return with_speaker_confidence(
        analysis, calibrator, lambda s, entity: signals(s, entity, lexicon)
    )
