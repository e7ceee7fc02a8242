"""Tests for events._participants: who an event's target is."""

from __future__ import annotations

import pytest

from conftest import MODEL
from reportedly.events.actors import AliasResolver
from reportedly.events.coder import code_events
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Article


def _targets(text: str) -> list[tuple[str, str | None]]:
    from reportedly.nlp import annotate

    events = code_events(
        Article(id=Article.make_id(text), text=text),
        annotate(text, model=MODEL),
        (),
        resolver=AliasResolver.bundled(),
        lexicon=EventLexicon.load(),
    )
    return [(e.type, e.target.text if e.target else None) for e in events]


@pytest.mark.needs_model
def test_the_rival_one_defends_against_is_no_target_of_support() -> None:
    assert _targets("Obama defended his record against ISIS.") == [("SUPPORT", None)]
    assert _targets("The mayor defended his policy against critics.") == [("SUPPORT", None)]
