"""Speakers the text names only by a body's description: officials named by their executive
("administration officials"), a seat of power with its country's adjective ("the German
chancellery"), and a body "its" owns ("Its defence ministry")."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2024, 5, 6)


@pytest.mark.parametrize(
    "text",
    [
        # no executive named: the country that is the subject before them
        "In late 2022, the US began preparing for a Russian nuclear strike on Ukraine, two "
        "senior administration officials told CNN.",
        # the executive named before with its owner
        "The Biden administration has promised more aid. Russia fired missiles at Kyiv on "
        "Monday, two senior administration officials told CNN.",
    ],
)
def test_unnamed_bodies_administration_officials_speak_for_the_government(
    pipeline: Pipeline, text: str
) -> None:
    said = speaker_of(analyse(pipeline, DAY, text), "Ukraine" if "Ukraine" in text else "Kyiv")
    assert said.speaker_actor == "government-usa"


def test_unnamed_bodies_government_officials_of_the_government_named_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Kyiv asked for more weapons. The Ukrainian government said it needed tanks. "
        "Government officials said the tanks would arrive soon."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "the tanks would arrive soon")
    assert said.speaker_actor == "government-ukraine"


def test_unnamed_bodies_a_regional_administrations_officials_are_no_government(
    pipeline: Pipeline,
) -> None:
    text = (
        "The US sent more weapons. Regional administration officials said the town was "
        "shelled overnight."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "the town was shelled")
    assert said.speaker_actor != "government-usa"


def test_unnamed_bodies_a_seat_of_power_with_its_countrys_adjective(pipeline: Pipeline) -> None:
    text = (
        '"Russia must take real steps toward de-escalation," US President Joe Biden and German '
        "Chancellor Olaf Scholz agreed in a phone call on Wednesday, according to the German "
        "chancellery."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "Russia must take real steps")
    assert said.speaker_actor == "government-germany"


def test_unnamed_bodies_a_seat_of_power_of_another_country_is_nobody(pipeline: Pipeline) -> None:
    # the Chancellery is Germany's in the registry: an Austrian one is not
    text = "The Austrian chancellery said on Wednesday that the talks would go on."
    said = speaker_of(analyse(pipeline, DAY, text), "the talks would go on")
    assert said.speaker_actor != "government-germany"


def test_unnamed_bodies_its_ministry_is_no_body_of_another_kind_named_before(
    pipeline: Pipeline,
) -> None:
    text = (
        '"Russia must take real steps toward de-escalation," Biden said, according to the '
        "German chancellery.\n\nRussia - which has repeatedly denied planning to invade "
        'Ukraine, despite having amassed troops near the border - calls Western concern "hysteria".'
        "\n\nIts defence ministry said troops were returning to their permanent bases."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "troops were returning")
    assert said.speaker_actor != "government-germany"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A German government spokesman said the tanks would be sent.", "government-germany"),
        (
            "A Russian foreign ministry spokeswoman said the tanks would be sent.",
            "mfa-russia",
        ),
        (
            "Germany will decide soon. A government spokesman said the tanks would be sent.",
            "government-germany",
        ),
    ],
)
def test_unnamed_bodies_an_unnamed_spokesperson_speaks_for_the_body_named(
    pipeline: Pipeline, text: str, body: str
) -> None:
    said = speaker_of(analyse(pipeline, DAY, text), "the tanks would be sent")
    assert said.speaker_actor == body


def test_unnamed_bodies_the_spokesman_with_a_registry_title_is_the_person(
    pipeline: Pipeline,
) -> None:
    said = speaker_of(
        analyse(pipeline, DAY, "The Kremlin spokesman said the talks had failed."),
        "the talks had failed",
    )
    assert said.speaker_actor == "peskov-dmitry"


def test_unnamed_bodies_one_official_is_as_indefinite_as_an_official(pipeline: Pipeline) -> None:
    text = (
        "The Obama administration sent more aid to its partners. The plan will take years, said "
        "one senior administration official."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "The plan will take years")
    assert said.speaker_actor == "government-usa"
