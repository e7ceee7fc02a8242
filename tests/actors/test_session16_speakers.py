"""Tests of speakers found on fresh war news in session 16: officials whose modifiers spell a
registry body's name the tagger missed ("State department officials") are that body's."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.actors import default_registry
from reportedly.actors.resolve import resolve_actors
from reportedly.model import Mention, Span
from reportedly.pipeline import Pipeline

DAY = date(2024, 5, 2)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_officials_of_a_body_their_modifiers_spell(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Washington has accused Moscow of using banned gases near the front.\n\n"
        "State department officials said the army had used the gas to win ground.",
    )
    s = speaker_of(a, "the army had used")
    assert s.speaker_actor == "us-state-department"


def test_a_speaker_cut_to_the_demonym_of_a_titled_name_is_that_person(pipeline: Pipeline) -> None:
    # attribution once kept only "Ukrainian" of "by Ukrainian President Volodymyr Zelensky"
    # (the first entity of the phrase): the speaker is the person the demonym modifies
    text = (
        "Sanctions against Moscow will be strengthened.\n\n"
        "The relevant statement was made by Ukrainian President Volodymyr Zelensky in his "
        "video address."
    )
    a = analyse(pipeline, date(2023, 2, 26), text)
    assert a.annotation is not None
    s = speaker_of(a, "The relevant statement")
    start = text.index("Ukrainian")
    cut = Mention(span=Span(start, start + len("Ukrainian")), text="Ukrainian", label="SPEAKER")
    statement = dataclasses.replace(s, speaker=cut, speaker_entity=None, speaker_actor=None)
    again = resolve_actors(dataclasses.replace(a, statements=(statement,)), default_registry())
    assert again.statements[0].speaker_actor == "zelenskyy-volodymyr"


def test_a_possessed_description_is_the_name_the_article_writes_after_the_same_words(
    pipeline: Pipeline,
) -> None:
    a = analyse(
        pipeline,
        DAY,
        "A Belarusian blogger was detained on Friday over posts about the war, his lawyer "
        "said. Ivan Petrenko is expected to appear in court on Monday, his lawyer Oleg "
        "Sidorenko said on Telegram.",
    )
    s = speaker_of(a, "A Belarusian blogger was detained")
    assert s.speaker is not None
    assert s.speaker.text == "his lawyer"
    assert speaker_name(a, s) == "Oleg Sidorenko"


def test_a_possessed_description_without_a_name_after_it_stays_unresolved(
    pipeline: Pipeline,
) -> None:
    a = analyse(
        pipeline,
        DAY,
        "A Belarusian blogger was detained on Friday over posts about the war, his lawyer "
        "said. Ivan Petrenko is expected to appear in court on Monday, Oleg Sidorenko said.",
    )
    s = speaker_of(a, "A Belarusian blogger was detained")
    assert s.speaker_resolution == "unresolved"


def test_a_name_after_the_descriptions_comma_is_no_apposition(pipeline: Pipeline) -> None:
    # "according to his lawyer, Dasha wrote": Dasha is the subject of what the lawyer says
    a = analyse(
        pipeline,
        DAY,
        "A Russian man, Igor Semyonov, who had been sentenced to two years in prison, was "
        "detained in Belarus after failing to turn up for a hearing, his lawyer told CNN on "
        "Wednesday.\n\nThis week, according to his lawyer, Dasha wrote her father a letter "
        "from the orphanage where she has been sent.",
    )
    for words in ("A Russian man", "Dasha wrote her father"):
        assert speaker_name(a, speaker_of(a, words)) != "Dasha"


def test_a_ledes_one_of_a_group_is_the_person_named_next(pipeline: Pipeline) -> None:
    # a place named before the description is no one it could be
    a = analyse(
        pipeline,
        DAY,
        "Canada could become a target because of its radar station at Alert in Nunavut, one "
        "of Canada's leading defence strategists has warned.\n\nProf John Harlow, an emeritus "
        "professor at the University of Toronto, said the risk was now higher than ever.",
    )
    s = speaker_of(a, "Canada could become a target")
    assert speaker_name(a, s) == "John Harlow"


def test_a_title_is_not_someone_named_only_in_the_quote_before_it(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2022, 7, 21),
        "Belarusian President Aleksandr Lukashenko said the role of his country was huge.\n\n"
        "“I kept calling Zelensky all day and asking him to sit down at the table. Any peace "
        "is better than a good war,” the head of state said.",
    )
    s = speaker_of(a, "Any peace is better")
    assert s.speaker_actor == "lukashenko-alexander"


def test_a_family_name_written_first_links_to_the_full_name(pipeline: Pipeline) -> None:
    # Chinese names put the family name first: "Wang" after "Wang Yi" is he, no new person
    a = analyse(
        pipeline,
        date(2022, 7, 10),
        "Antony Blinken held five hours of talks with Chinese Foreign Minister Wang Yi on "
        "Saturday.\n\nWang also said Washington should cancel its tariffs on Chinese goods.",
    )
    s = speaker_of(a, "Washington should cancel")
    assert s.speaker_actor == "wang-yi"
    assert not [e for e in a.entities if e.name == "Wang"]


def test_a_given_name_alone_is_not_linked_to_a_western_full_name(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2022, 7, 10),
        "Antony Blinken held five hours of talks with Chinese Foreign Minister Wang Yi on "
        "Saturday.\n\nAntony, a Kyiv taxi driver, said the war had cost him his home.",
    )
    s = speaker_of(a, "the war had cost him")
    assert s.speaker_actor != "blinken-antony"
