"""Tests of description speakers found in the session-9 audit of unseen war-news articles:
a name set off by a comma at the end of a description, an issued document, officials named
by a word of their body's name, a CEO."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

ON = date(2022, 7, 13)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Some grain is now held by the self-declared Donetsk and Luhansk People's Republics "
            "(DPR and LPR). The leader of the DPR, Denis Pushilin, said recently that the wheat "
            "harvest there would be much higher than in 2021.",
            "wheat harvest",
            "Denis Pushilin",
        ),
        (
            '"My forecast is that it is unlikely to happen," Belarusian commander in the Kastus '
            "Kalinouski Regiment, Denys Prokhorov, said speaking from Kyiv.",
            "unlikely to happen",
            "Denys Prokhorov",
        ),
    ],
)
def test_descriptions_a_name_set_off_at_the_end_is_the_speaker(
    pipeline: Pipeline, text: str, words: str, name: str
) -> None:
    a = analyse(pipeline, ON, text)
    assert speaker_name(a, speaker_of(a, words)) == name


def test_descriptions_a_name_beside_a_title_inside_is_not_the_speaker(pipeline: Pipeline) -> None:
    # the name stands beside "president": the speaker is the spokesman, never Putin
    text = (
        "A spokesman for the Russian president, Vladimir Putin, said on Monday that the "
        "talks were over."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "talks were over").speaker_actor != "putin-vladimir"


def test_descriptions_an_issued_document_speaks_for_its_issuer(pipeline: Pipeline) -> None:
    text = (
        "On Jan. 17, Henry Kissinger issued a statement that recommended talks begin but "
        "fighting continue until the pre-war line is reached."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_name(a, speaker_of(a, "talks begin")) == "Henry Kissinger"


def test_descriptions_officials_named_by_a_word_of_their_body(pipeline: Pipeline) -> None:
    text = (
        "The Pentagon announced Monday that it had sent missiles, the first time the Defense "
        "Department has acknowledged it. A defense official told CNN the type of missile "
        "sent was the AGM-88."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "type of missile").speaker_actor == "us-department-of-defense"


def test_descriptions_the_ceo_is_the_person_named_before(pipeline: Pipeline) -> None:
    text = (
        "Speaking to the Atlantic Council, Yuriy Vitrenko condemned the move. Vitrenko is "
        'convinced Putin will shut down gas supplies. "If Putin cuts off gas exports, it '
        'will be a difficult situation but not fatal," says the Naftogaz CEO.'
    )
    a = analyse(pipeline, ON, text)
    assert speaker_name(a, speaker_of(a, "not fatal")) == "Yuriy Vitrenko"


def test_descriptions_an_outlet_only_a_statement_named(pipeline: Pipeline) -> None:
    # "Economist" in quote marks is no entity of the tagger's: only its statement names it
    text = (
        'The invasion of Ukraine has awakened the "Sleeping Giant" - says "Economist".\n\n'
        '"The good news is that the challenges are to be overcome," writes the weekly.'
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "good news").speaker_actor == "the-economist"


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Meanwhile, according to the data previously provided by the Ukrainian Ministry "
            "of Defense, the total number of Russian soldiers at the borders is 140,000.",
            "total number",
            "mod-ukraine",
        ),
        (
            "The Kremlin's ultimatum said that NATO must withdraw its forces from Eastern Europe.",
            "withdraw its forces",
            "government-russia",
        ),
    ],
)
def test_descriptions_documents_by_their_author(
    pipeline: Pipeline, text: str, words: str, actor: str
) -> None:
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, words).speaker_actor == actor


def test_descriptions_members_of_a_body_speak_for_it(pipeline: Pipeline) -> None:
    text = (
        "Members of the G7 have agreed to impose a price cap on Russian oil in a bid to hit "
        "Moscow's ability to finance the war."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "price cap").speaker_actor == "g7"


def test_descriptions_the_oppositionist_is_the_dissident_named_before(pipeline: Pipeline) -> None:
    text = (
        "Pavel Sorokin said that with the current power in Moscow, Russia could not return to "
        "Europe. The oppositionist called for the election of a new president in 2024."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_name(a, speaker_of(a, "new president")) == "Pavel Sorokin"
