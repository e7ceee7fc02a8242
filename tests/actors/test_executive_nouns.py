"""A bare "the administration" is the executive last named with its owner ("the US
administration", "the Biden administration"), not the last body of any kind named before it."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2024, 4, 26)


@pytest.mark.parametrize(
    "text",
    [
        "There is no sign the US administration is pushing Kyiv to reconsider. The Ukrainian "
        "government insists it will fight on until all territory is regained.\n\nThe "
        "administration said on Monday that more weapons would be sent soon.",
        "The Biden administration has promised more aid. The Ukrainian government insists it "
        "will fight on until all territory is regained.\n\nThe administration said on Monday "
        "that more weapons would be sent soon.",
    ],
)
def test_bodies_the_administration_is_the_one_named_with_its_owner(
    pipeline: Pipeline, text: str
) -> None:
    a = analyse(pipeline, DAY, text)
    said = speaker_of(a, "more weapons would be sent")
    assert said.speaker_actor == "government-usa"


def test_bodies_a_regional_administration_is_no_government(pipeline: Pipeline) -> None:
    text = (
        "The Biden administration has promised more aid.\n\nThe Kharkiv regional "
        "administration said on Monday that three people were killed in the shelling."
    )
    a = analyse(pipeline, DAY, text)
    said = speaker_of(a, "three people were killed")
    assert said.speaker_actor != "government-usa"


@pytest.mark.parametrize(
    "text",
    [
        "It was revealed that Biden administration officials had privately urged the "
        "Ukrainian leader to remain at home.",
        "Joe Biden administration officials said the talks had failed.",
    ],
)
def test_officials_of_an_executive_named_by_its_head_speak_for_its_government(
    pipeline: Pipeline, text: str
) -> None:
    # the parser hangs "Biden" on "officials", not on "administration"
    a = analyse(pipeline, DAY, text)
    said = a.statements[0]
    assert said.speaker is not None
    assert said.speaker_actor == "government-usa"


def test_officials_of_a_city_administration_speak_for_no_government(pipeline: Pipeline) -> None:
    a = analyse(pipeline, DAY, "Kharkiv administration officials said the talks had failed.")
    assert a.statements[0].speaker_actor is None
