"""Titles and group descriptions resolved to a person (actors/_titles.py)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

DAY = date(2024, 5, 2)


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


def test_a_title_before_anyone_is_named_is_its_holder_named_next(pipeline: Pipeline) -> None:
    # an article opening with the quote: the holder is named only in the next paragraph
    a = analyse(
        pipeline,
        date(2024, 5, 7),
        '"We must be strong and ready for anything," the head of state said at the '
        'ceremony.\n\n"Nobody in Europe wants a war, and we do not want one either," '
        "Aleksandr Lukashenko continued.",
    )
    s = speaker_of(a, "We must be strong")
    assert s.speaker_actor == "lukashenko-alexander"


def test_a_title_after_someone_is_named_waits_for_no_later_holder(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2024, 5, 7),
        'Maria Kowalska met the delegation on Monday. "We must be strong," the head of state '
        'said.\n\n"Nobody wants a war," Aleksandr Lukashenko said later.',
    )
    s = speaker_of(a, "We must be strong")
    assert s.speaker_actor != "lukashenko-alexander"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (  # a president is no diplomat: the diplomat is someone the text has not named
            "French President Emmanuel Macron spoke with Vladimir Putin on Friday for two "
            "hours. The diplomat said that the talks would continue next week.",
            "talks would continue",
            None,
        ),
        (  # a foreign minister is one
            "Russian Foreign Minister Sergei Lavrov met Emmanuel Macron on Friday. The "
            "diplomat said that the talks would continue next week.",
            "talks would continue",
            "Sergei Lavrov",
        ),
        (  # and so is a foreign ministry's spokesman
            "Ukrainian Foreign Ministry spokesman Oleg Nikolenko criticised Beijing. "
            '"We expect that Beijing will use its influence," the diplomat said.',
            "We expect",
            "Oleg Nikolenko",
        ),
    ],
)
def test_a_role_noun_is_no_one_known_only_for_other_offices(
    pipeline: Pipeline, text: str, words: str, name: str | None
) -> None:
    a = analyse(pipeline, date(2022, 2, 10), text)
    assert speaker_name(a, speaker_of(a, words)) == name


def test_a_country_the_parser_hung_elsewhere_stays_the_titles(pipeline: Pipeline) -> None:
    # a teaser line: "Estonia’s" is parsed as the object of "of", "PM" apart; the only PM
    # named before is Italy's
    a = analyse(
        pipeline,
        date(2023, 2, 13),
        "Berlusconi criticised the meeting between current Italian PM Giorgia Meloni and "
        "President Volodymyr Zelensky.\n\nOther Topics of Interest Estonia’s PM: NATO Troop "
        "Training in Ukraine Won't Trigger War With Russia Kallas said that training "
        "Ukraine’s forces on their territory would not be escalatory, adding that “Russia’s "
        "propaganda is about being at war with NATO; they don’t need an excuse.”",
    )
    s = speaker_of(a, "Won't Trigger War")  # the teaser's "Estonia’s PM: …"
    assert s.speaker_actor == "kallas-kaja"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # a former president is never the incumbent named beside him
            "Joe Biden criticised Donald Trump. The former president said the election was stolen.",
            "trump-donald",
        ),
        (
            "Dmitry Medvedev and Vladimir Putin spoke. The former Russian president said the "
            "election was stolen.",
            "medvedev-dmitry",
        ),
    ],
)
def test_a_former_title_is_the_one_named_whose_office_had_ended(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    s = speaker_of(analyse(pipeline, date(2022, 6, 10), text), "election was stolen")
    assert s.speaker_actor == actor
