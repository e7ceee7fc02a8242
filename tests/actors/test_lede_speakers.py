"""Tests of speakers found on fresh war news in session 15: a lede's description ("…, a UK
defence minister has said. James Heappey said …") is the person the next sentence names."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

DAY = date(2022, 4, 26)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_a_ledes_indefinite_title_is_the_person_named_next(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Ukrainian forces may use Western weapons against supply lines, a British defence "
        "minister has said.\n\nTom Harwick said such strikes were a legitimate part of war.",
    )
    s = speaker_of(a, "Ukrainian forces may use")
    assert speaker_name(a, s) == "Tom Harwick"


def test_a_ledes_definite_description_is_the_person_named_next(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "The archbishop of Westbury has said the war cannot end with an unjust peace.\n\n"
        "Martin Colley, writing in a weekly newspaper, also said Kyiv must not be forced into "
        "a bad compromise.",
    )
    s = speaker_of(a, "the war cannot end")
    assert speaker_name(a, s) == "Martin Colley"


def test_a_ledes_official_stays_anonymous(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Russia is moving more troops to the border, a senior US official said.\n\n"
        "Tom Harwick said sanctions would follow any invasion.",
    )
    s = speaker_of(a, "Russia is moving")
    assert speaker_name(a, s) != "Tom Harwick"


def test_a_description_after_the_lede_is_no_cataphora(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Fighting went on in the east on Monday.\n\n"
        "Western weapons may be used against supply lines, a British defence minister said.\n\n"
        "Tom Harwick said such strikes were a legitimate part of war.",
    )
    s = speaker_of(a, "Western weapons may")
    assert speaker_name(a, s) != "Tom Harwick"
