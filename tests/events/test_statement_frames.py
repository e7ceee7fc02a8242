"""Tests for events._statement_frames: which statement a word is said in."""

from __future__ import annotations

import pytest
from tests.events.coded import coded_events


def _accusations(text: str) -> list[tuple[str | None, str | None]]:
    events = coded_events(text)
    return [
        (e.source.text if e.source else None, e.target.text if e.target else None)
        for e in events
        if e.type == "ACCUSE"
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Latin American artists published an open letter about the "hateful discourse of '
         'Trump".', ("Latin American artists", "Trump")),
        ("Kyiv issued a statement on Russia's illegal annexation of Crimea.", ("Kyiv", "Russia")),
        ("Zelensky signed a letter calling Russia a terrorist state.", ("Zelensky", "Russia")),
    ],
)  # fmt: skip
def test_an_issued_document_s_words_are_its_issuer_s(text: str, expected: tuple[str, str]) -> None:
    assert _accusations(text) == [expected]


@pytest.mark.needs_model
def test_a_document_nobody_is_said_to_issue_frames_nothing() -> None:
    assert _accusations("The letter about Russia's illegal annexation of Crimea was long.") == []


@pytest.mark.needs_model
def test_a_speech_noun_s_content_is_said_by_its_from_object_or_possessor() -> None:
    text = (
        "The buildup prompted warnings from British officials that a Russian offensive "
        "could be imminent."
    )
    assert _accusations(text) == [("British officials", "Russian")]
    owned = "Britain's warning that a Russian attack could be imminent was repeated on Monday."
    assert _accusations(owned) == [("Britain", "Russian")]


@pytest.mark.needs_model
def test_a_speech_noun_with_no_speaker_or_a_relative_clause_frames_nothing() -> None:
    assert _accusations("Warnings that a Russian invasion could be imminent spread fast.") == []
    relative = "The warning that Britain issued about the weather was repeated on Monday."
    assert _accusations(relative) == []


@pytest.mark.needs_model
def test_according_to_frames_the_clause_it_hangs_on() -> None:
    text = "Russia's claim that it is pulling troops back is false, according to a US official."
    assert _accusations(text) == [("a US official", "Russia")]
    assert _accusations("The claim is false, according to a US official.") == []
