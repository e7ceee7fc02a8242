"""Tests of wrong speakers found on PolNeAR train articles no rule was tuned on (session 29):
an office taken up after the article's date, and a name modifying a headline's noun."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def test_polnear_an_office_held_only_later_gives_no_body(pipeline: Pipeline) -> None:
    # Trump's presidency began in 2017: his 2016 campaign is no government's voice
    text = (
        "Republicans are uneasy with Mr. Trump's candidacy. And his campaign offered a "
        "halting response on Tuesday, saying the speech was fine."
    )
    a = analyse(pipeline, date(2016, 7, 21), text)
    assert speaker_name(a, speaker_of(a, "speech was fine")) is None


def test_polnear_an_office_held_on_the_date_still_gives_its_body(pipeline: Pipeline) -> None:
    text = (
        "Republicans are uneasy with Mr. Trump's plans. And his administration offered a "
        "halting response on Tuesday, saying the plan was fine."
    )
    a = analyse(pipeline, date(2018, 7, 21), text)
    assert speaker_of(a, "plan was fine").speaker_actor == "government-usa"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (  # the headline's noun is Clinton's pollster, and so is the next sentence's subject
            "Former Clinton Pollster Says Clinton Is In Trouble.\n\nFormer Bill Clinton "
            "pollster Douglas Schoen said the race was close.",
            "Clinton Is In Trouble",
            "Douglas Schoen",
        ),
        (  # the same in lower case, as before
            "Former Clinton pollster says Clinton is in trouble.\n\nFormer Bill Clinton "
            "pollster Douglas Schoen said the race was close.",
            "Clinton is in trouble",
            "Douglas Schoen",
        ),
    ],
)
def test_polnear_a_name_modifying_a_headline_noun_is_not_the_speaker(
    pipeline: Pipeline, text: str, words: str, name: str
) -> None:
    a = analyse(pipeline, date(2016, 6, 4), text)
    assert speaker_name(a, speaker_of(a, words)) == name


def test_polnear_a_headline_name_that_is_the_speaker_stays(pipeline: Pipeline) -> None:
    text = "Clinton Says Trump Is Unfit.\n\nHillary Clinton said on Monday that Trump was unfit."
    a = analyse(pipeline, date(2016, 6, 4), text)
    assert speaker_name(a, speaker_of(a, "Trump Is Unfit")) == "Hillary Clinton"


def test_polnear_it_is_not_a_body_its_own_quote_names(pipeline: Pipeline) -> None:
    text = (
        "A coalition of nearly 40 groups sent a letter last week urging Congress to pass a "
        'measure. "Congress has failed to act," it read.'
    )
    a = analyse(pipeline, date(2016, 6, 29), text)
    assert speaker_of(a, "failed to act").speaker_actor is None


def test_polnear_it_is_still_the_body_named_before_its_quote(pipeline: Pipeline) -> None:
    text = 'The Kremlin rejected the plan on Monday. "Ukraine must accept reality," it said.'
    a = analyse(pipeline, date(2022, 6, 29), text)
    assert speaker_of(a, "accept reality").speaker_actor == "government-russia"


def test_polnear_a_quotes_they_is_no_body_named_outside_it(pipeline: Pipeline) -> None:
    text = (
        "Carson gave interviews to The Associated Press last week. Giles said the top advisers "
        'failed him. "They reined him in. They said he did not need to come out until '
        'January," he said.'
    )
    a = analyse(pipeline, date(2015, 12, 23), text)
    they = [s for s in a.statements if s.speaker is not None and s.speaker.text == "They"]
    assert they
    assert all(s.speaker_actor is None for s in they)


def test_polnear_field_officials_are_no_international_bodys(pipeline: Pipeline) -> None:
    text = (
        "The World Health Organization declared an emergency in February. Public health "
        "officials warned that the money would come too late."
    )
    a = analyse(pipeline, date(2016, 6, 29), text)
    assert speaker_of(a, "come too late").speaker_actor is None


def test_polnear_a_departments_word_still_names_its_officials(pipeline: Pipeline) -> None:
    text = "The Defense Department sent more troops. A defense official said the troops would stay."
    a = analyse(pipeline, date(2016, 6, 29), text)
    assert speaker_name(a, speaker_of(a, "troops would stay")) == "Defense Department"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mrs. Obama said she was not upset about the speech.", "not upset"),
        ("Mrs. Biden said the visit to Kyiv mattered to Ukrainian mothers.", "visit to Kyiv"),
        ("Ms. Trump said the speech was her own.", "her own"),
    ],
)
def test_polnear_an_honorific_of_the_other_gender_is_not_the_registry_person(
    pipeline: Pipeline, text: str, words: str
) -> None:
    a = analyse(pipeline, date(2016, 7, 21), text)
    assert speaker_of(a, words).speaker_actor is None


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Mr. Biden said the visit to Kyiv mattered.", "visit to Kyiv", "biden-joe"),
        ("Ms Truss said Ukraine would win.", "would win", "truss-liz"),
    ],
)
def test_polnear_an_honorific_of_the_same_gender_still_links(
    pipeline: Pipeline, text: str, words: str, actor: str
) -> None:
    a = analyse(pipeline, date(2022, 7, 21), text)
    assert speaker_of(a, words).speaker_actor == actor
