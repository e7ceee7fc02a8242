"""Tests of wrong speakers found on fresh war-news articles in session 13 (third pass): a
pronoun given someone its own words name, a pronoun in a relative clause of a report, "it" after
a body an infinitive acts on, a ministry's abbreviation tagged a person."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def test_a_pronoun_speaker_is_nobody_its_own_words_name(pipeline: Pipeline) -> None:
    # a dash quote of a translated article: attribution guessed the man the words name
    text = (
        "Erdogan has met Zelensky many times this year, and Erdogan says he will meet him "
        "again.\n\n"
        "- I would like to see both of them, Zelensky and Erdogan - as soon as possible - "
        "sitting at one table.It's always better than waging war - he emphasized."
    )
    a = analyse(pipeline, date(2023, 6, 2), text)
    assert speaker_name(a, speaker_of(a, "better than waging war")) is None


def test_a_pronoun_in_a_relative_clause_of_a_report_is_the_reporter(pipeline: Pipeline) -> None:
    text = (
        "Lukashenko is expected in Moscow on Wednesday.\n\n"
        "Lukashenko has also said he discussed new gas contracts with Xi Jinping to deal with "
        "pressure from Belarus's European neighbours, who he claimed are plotting to isolate "
        "him."
    )
    a = analyse(pipeline, date(2023, 4, 5), text)
    outer = speaker_of(a, "he discussed new gas contracts")
    inner = speaker_of(a, "plotting to isolate him")
    assert inner.speaker_entity is not None
    assert inner.speaker_entity == outer.speaker_entity


def test_a_pronoun_in_a_relative_clause_on_a_named_persons_words_is_that_person(
    pipeline: Pipeline,
) -> None:
    # guard: the relative clause's noun phrase names the other man
    text = (
        "Zelensky has said he did not understand recent comments made by Donald Trump in "
        "which he claimed he would stop the war in 24 hours."
    )
    a = analyse(pipeline, date(2023, 6, 3), text)
    inner = next(s for s in a.statements if s.reported_by is not None)
    assert inner.content_text(text).startswith("he would stop the war")
    assert speaker_name(a, inner) == "Donald Trump"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "While the ministry has sent aid and encouraged talks to get Hamas to release the "
            "hostages, it said more could be done.",
            None,
        ),
        (
            "Qatar encouraged talks to get Hamas to release the hostages, and it said more "
            "could be done.",
            "Qatar",
        ),
    ],
)
def test_it_is_not_a_body_acted_on_by_an_infinitive(
    pipeline: Pipeline, sentence: str, expected: str | None
) -> None:
    text = "The talks resumed in Cairo on Monday.\n\n" + sentence
    a = analyse(pipeline, date(2024, 4, 27), text)
    assert speaker_name(a, speaker_of(a, "more could be done")) == expected


@pytest.mark.parametrize(
    ("country", "name"),
    [("German", "Ministry of Defence of Germany"), ("Polish", "Ministry of Defence of Poland")],
)
def test_a_ministrys_abbreviation_tagged_a_person_is_a_body(
    pipeline: Pipeline, country: str, name: str
) -> None:
    text = (
        "The ministers met in Luxembourg on Monday.\n\n"
        f"Read also: {country} MoD says another air defence system to be sent to Ukraine ASAP"
    )
    a = analyse(pipeline, date(2024, 4, 23), text)
    s = speaker_of(a, "air defence system")
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.kind == "organisation"
    assert entity.name == name  # spelt out by the registry's pattern (session 24)
