"""A body the tagger made of an office holder's or a country's executive ("the Biden
Administration") is that office's registry body, not an article-only actor of its own; a
surname misspelt or declined by a translation is the person the article names in full."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.actors._merging import _misspelt_owners, _spelt_like
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2022, 6, 19)


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


def test_merging_a_misspelt_surname_of_one_person_spelt_two_ways() -> None:
    # the registry's person goes by "Nikolenko" and "Николенко": one person, not two
    people = {"nikolenko": ["nikolenko-oleh"], "николенко": ["nikolenko-oleh"]}
    assert _misspelt_owners("Nikolanko", people) == ["nikolenko-oleh"]


@pytest.mark.parametrize(
    ("word", "owners"),
    [
        ("Zacharów", ["zakharova-maria"]),  # Polish "ch" is Russian "kh"; declined
        ("Taraneko", ["anton-taranenko"]),  # a letter off, as before
        ("Kovalchuk", []),  # another surname
        ("Zachar", []),  # too short to tell
    ],
)
def test_merging_a_surname_spelt_like_one_named_in_full(word: str, owners: list[str]) -> None:
    people = {
        "zakharova": ["zakharova-maria"],
        "захарова": ["zakharova-maria"],
        "taranenko": ["anton-taranenko"],
        "kovalenko": ["kovalenko-x"],
    }
    assert _spelt_like(word, people) == owners


def test_merging_an_untagged_declined_surname_is_the_person_named_in_full(
    pipeline: Pipeline,
) -> None:
    text = (
        "Maria Zacharowa, a spokeswoman for the Russian Ministry of Foreign Affairs, said on "
        "Tuesday that NATO was lying. Zacharów stated that Poland wanted to invade Ukraine."
    )
    a = analyse(pipeline, date(2023, 7, 12), text)
    assert speaker_of(a, "Poland wanted").speaker_actor == "zakharova-maria"
