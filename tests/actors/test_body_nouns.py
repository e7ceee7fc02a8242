"""A body named by its kind's noun alone ("The Institute noted") is the one body named before
whose name holds that noun."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2024, 4, 17)


def test_the_institute_is_the_one_institute_named_before(pipeline: Pipeline) -> None:
    text = (
        "Russian forces are preparing a new offensive, the American Institute for Research on "
        "War (IRW) said on Monday. The analysts added that the attack could come within "
        "weeks.\n\nThe Institute noted that Russian losses remain high."
    )
    a = analyse(pipeline, DAY, text)
    said = speaker_of(a, "Russian losses remain high")
    assert speaker_name(a, said) == "American Institute for Research on War"


def test_the_institute_after_two_institutes_is_neither(pipeline: Pipeline) -> None:
    text = (
        "Russian forces are preparing a new offensive, the American Institute for Research on "
        "War (IRW) said on Monday, while the Kennan Institute in Washington disagreed.\n\nThe "
        "Institute noted that Russian losses remain high."
    )
    a = analyse(pipeline, DAY, text)
    said = speaker_of(a, "Russian losses remain high")
    assert speaker_name(a, said) not in {
        "American Institute for Research on War",
        "Kennan Institute",
    }
