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
