"""A body the tagger made of an office holder's or a country's executive ("the Biden
Administration") is that office's registry body, not an article-only actor of its own."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2022, 6, 19)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_merging_a_holders_administration_is_the_holders_government(
    pipeline: Pipeline,
) -> None:
    text = (
        "President Joe Biden met Olaf Scholz in Berlin on Friday.\n\nThe Biden Administration "
        "announced on Sunday that it would send more artillery to Ukraine."
    )
    a = analyse(pipeline, DAY, text)
    said = speaker_of(a, "more artillery")
    assert said.speaker_actor == "government-usa"


def test_merging_a_regional_administration_is_no_government(pipeline: Pipeline) -> None:
    text = (
        "President Joe Biden met Olaf Scholz in Berlin on Friday.\n\nThe Kharkiv Regional "
        "Administration announced on Sunday that three people were killed."
    )
    a = analyse(pipeline, DAY, text)
    said = speaker_of(a, "three people were killed")
    assert said.speaker_actor != "government-usa"
