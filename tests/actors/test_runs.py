"""Tests of runs of quotes (actors/_runs.py): whom a "he added" goes on from."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

_DAY = date(2022, 4, 22)


@pytest.mark.parametrize(
    "said",
    [
        '"Charles Michel condemned the war unleashed by Russia," one of the EU officials told '
        "reporters.",
        '"Michel condemned the war," a senior EU official said.',
    ],
)
def test_runs_an_unnamed_officials_he_added_is_their_body(pipeline: Pipeline, said: str) -> None:
    # the official's words name Michel; "He" goes on as the official, for whom the EU speaks
    text = (
        f"Charles Michel spoke to Putin on Tuesday. {said} He added that the bloc would keep "
        "its sanctions on Moscow."
    )
    a = analyse(pipeline, _DAY, text)
    assert speaker_of(a, "keep its sanctions").speaker_actor == "european-union"


def test_runs_he_after_a_he_nobody_was_found_for_is_nobody(pipeline: Pipeline) -> None:
    # the second "he" is the first, never Putin of the first one's words
    text = (
        "The sanctions will go on, the official said on Monday. He stated that the war had "
        "lasted much longer than Putin expected. And he added that Russia would need to "
        "replace its losses."
    )
    a = analyse(pipeline, _DAY, text)
    s = speaker_of(a, "replace its losses")
    assert s.speaker is not None
    assert s.speaker.text == "he"
    assert s.speaker_entity is None


def test_runs_officials_are_no_one_he_goes_on_from(pipeline: Pipeline) -> None:
    # "US officials" are several: a "he" after them is not the United States
    text = (
        "Volodymyr Zelenskyy has warned that Russia plans an offensive. US officials agreed "
        'with his assessment. "The situation on the frontline is complicated," he said.'
    )
    a = analyse(pipeline, _DAY, text)
    assert speaker_of(a, "is complicated").speaker_actor != "country-usa"
