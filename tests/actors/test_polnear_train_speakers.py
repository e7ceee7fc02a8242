"""Tests of speaker causes seen on PolNeAR train (session 31), on sentences written for them:
roles a name's own clause gives it ("X would become the Republican candidate"), web platforms
the tagger takes for people, a name in a speaker's apposition taking his run of quotes, and a
lone given name split from the full name."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def test_a_predicate_gives_the_role_a_description_names(pipeline: Pipeline) -> None:
    text = (
        "Few expected a year ago that Paul Dorsey would become the Republican candidate for "
        "governor. The latest poll gives Mark Hensley a lead of four points.\n\n"
        "The Republican candidate said on Monday that the race was far from over."
    )
    a = analyse(pipeline, date(2016, 7, 18), text)
    # attribution's guess was the man named last, Hensley
    assert speaker_name(a, speaker_of(a, "far from over")) == "Paul Dorsey"


def test_a_negated_predicate_gives_no_role(pipeline: Pipeline) -> None:
    text = (
        "Few expected a year ago that Paul Dorsey would not become the Republican candidate "
        "for governor. The latest poll gives Mark Hensley a lead of four points.\n\n"
        "The Republican candidate said on Monday that the race was far from over."
    )
    a = analyse(pipeline, date(2016, 7, 18), text)
    assert speaker_name(a, speaker_of(a, "far from over")) != "Paul Dorsey"


def test_a_platform_is_nobody_who_tweets(pipeline: Pipeline) -> None:
    text = (
        "Mark Hensley lost the primary on Tuesday. The next morning the senator took to "
        "Twitter to attack the result.\n\n"
        "\u201cThis count is a disgrace,\u201d he tweeted. \u201cWe will ask for a recount.\u201d"
    )
    a = analyse(pipeline, date(2016, 7, 18), text)
    assert speaker_name(a, speaker_of(a, "count is a disgrace")) == "Mark Hensley"


def test_a_name_in_the_speakers_apposition_does_not_take_his_run(pipeline: Pipeline) -> None:
    # the run of quotes is the aide's, not the mayor's whom his apposition names
    text = (
        "\u201cThe council has voted to close the library,\u201d Daniel Moreno, an aide to the "
        "mayor, Robert Klein, told reporters. \u201cIt is a sad day for the town,\u201d he added."
    )
    a = analyse(pipeline, date(2022, 8, 14), text)
    assert speaker_name(a, speaker_of(a, "sad day")) == "Daniel Moreno"


def test_a_lone_given_name_is_the_one_person_named_so_in_full(pipeline: Pipeline) -> None:
    text = (
        "Senator Mark Hensley spoke in Ohio on Monday. The crowd chanted for Mark, who "
        "thanked them.\n\n\u201cWe will win this state,\u201d he said."
    )
    a = analyse(pipeline, date(2016, 7, 18), text)
    assert speaker_name(a, speaker_of(a, "win this state")) == "Mark Hensley"


def test_a_given_name_two_people_share_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "Mark Hensley and Mark Dorsey spoke in Ohio on Monday. The crowd chanted for Mark, "
        "who thanked them.\n\n\u201cWe will win this state,\u201d he said."
    )
    a = analyse(pipeline, date(2016, 7, 18), text)
    assert "Mark" in [e.name for e in a.entities if e.kind == "person"]
    assert speaker_name(a, speaker_of(a, "win this state")) not in {"Mark Hensley", "Mark Dorsey"}
