"""Tests of the entity names attribution builds: honorifics stripped, labels that vary."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.attribution.speakers import honorifics, strip_honorifics


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mr Macron", "Macron"),
        ("Mr. Macron", "Macron"),
        ("Emmanuel Macron, Mr", "Emmanuel Macron"),
        ("Prime Minister Boris Johnson", "Boris Johnson"),
        ("Dr Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus"),
        ("Mr", "Mr"),  # nothing but an honorific: kept, not emptied
        ("President of Ukraine", "President of Ukraine"),  # a title, not a name
        ("Putin, Mr Biden", "Putin, Mr Biden"),
    ],
)
def test_speakers_strip_honorifics(written: str, name: str) -> None:
    assert strip_honorifics(written) == name


def test_speakers_honorifics_list_has_the_common_ones() -> None:
    assert {
        ("mr",),
        ("ms",),
        ("mrs",),
        ("dr",),
        ("president",),
        ("prime", "minister"),
    } <= honorifics()


@given(
    st.lists(
        st.sampled_from(
            ["Mr", "Dr.", "President", "Prime", "Minister", "Joe", "Biden", "of", "Biden,", "Ms"]
        ),
        min_size=1,
        max_size=6,
    )
)
def test_speakers_strip_honorifics_keeps_a_run_of_the_words(words: list[str]) -> None:
    written = " ".join(words)
    name = strip_honorifics(written)
    assert name
    assert name in written
