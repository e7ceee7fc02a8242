"""A "who" speaker is the person its clause describes, through an apposition the parser hung
the clause inside."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2023, 3, 15)


def test_who_after_an_apposition_is_the_name_it_describes(pipeline: Pipeline) -> None:
    # the parser hangs "who" on "nomination", inside the apposition of Trump
    text = (
        "The comment signalled he would probably scale back aid if he became president. It "
        "also aligned Mr DeSantis with former President Donald Trump, the leading contender "
        "for the Republican nomination, who has said that US support for Kyiv is a waste of "
        "money."
    )
    a = analyse(pipeline, DAY, text)
    assert speaker_of(a, "a waste of money").speaker_actor == "trump-donald"


def test_who_after_a_description_with_no_name_stays_unresolved(pipeline: Pipeline) -> None:
    text = (
        "The plan was backed by the leading contender for the Republican nomination, who has "
        "said that US support for Kyiv is a waste of money."
    )
    a = analyse(pipeline, DAY, text)
    assert speaker_of(a, "a waste of money").speaker_actor is None
