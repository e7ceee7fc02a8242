"""Tests of the rule that a one-word name tagged a place far more often than a person is a
place ("Clarkston became his home" tagged the town a person once)."""

from __future__ import annotations

from reportedly.actors._names import _mostly_place
from reportedly.actors._state import _Work
from reportedly.model import Span

_TEXT = "Clarkston Clarkston Clarkston Clarkston John Kasich Kasich Kasich Kasich"


def _work(spans: list[tuple[int, int]]) -> _Work:
    return _Work(key="x", name="x", kind="person", mentions=[Span(a, b) for a, b in spans])


def test_a_name_tagged_a_place_three_times_to_one_is_a_place() -> None:
    spans = [(0, 9), (10, 19), (20, 29), (30, 39)]
    labels = dict(zip(spans, ["GPE", "GPE", "PERSON", "GPE"], strict=True))
    assert _mostly_place(_work(spans), labels, _TEXT)


def test_a_name_tagged_a_place_twice_to_one_stays_a_person() -> None:
    spans = [(0, 9), (10, 19), (20, 29)]
    labels = dict(zip(spans, ["GPE", "PERSON", "GPE"], strict=True))
    assert not _mostly_place(_work(spans), labels, _TEXT)


def test_a_full_name_tagged_a_person_once_stays_a_person() -> None:
    # "John Kasich" as PERSON, then "Kasich" as GPE three times
    spans = [(40, 51), (52, 58), (59, 65), (66, 72)]
    labels = dict(zip(spans, ["PERSON", "GPE", "GPE", "GPE"], strict=True))
    assert not _mostly_place(_work(spans), labels, _TEXT)
