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


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "The U.S. Treasury said on Thursday that it had blacklisted 22 individuals.\n\n"
            '"Russia created its own card payment system in 2014," the Treasury said.',
            "its own card payment system",
            "us-treasury",
        ),
        (
            "The Washington Post reported that the brigade had moved overnight.\n\n"
            '"The troops crossed the river before dawn," the Post said.',
            "crossed the river",
            "washington-post",
        ),
    ],
)
def test_a_body_named_by_the_last_word_of_a_name_before_is_that_body(
    pipeline: Pipeline, text: str, content: str, actor: str
) -> None:
    """The body named by "the Treasury" after "The U.S. Treasury" is the one the article named
    in full, not an article-only "Treasury" beside it (session 26's fresh draw)."""
    a = analyse(pipeline, DAY, text)
    assert speaker_of(a, content).speaker_actor == actor


def test_a_last_word_two_bodies_named_before_share_is_neither(pipeline: Pipeline) -> None:
    text = (
        "The Washington Post and the Jerusalem Post reported that the brigade had moved.\n\n"
        '"The troops crossed the river before dawn," the Post said.'
    )
    a = analyse(pipeline, DAY, text)
    assert speaker_of(a, "crossed the river").speaker_actor not in {"washington-post"}
