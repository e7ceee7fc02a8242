"""Events coded from a sentence with the bundled lexicon and resolver, as short tuples."""

from __future__ import annotations

from conftest import MODEL
from reportedly.events.actors import AliasResolver
from reportedly.events.coder import code_events
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event
from reportedly.model import Article, Statement

LEXICON = EventLexicon.load()
RESOLVER = AliasResolver.bundled()


def coded_events(text: str, statements: tuple[Statement, ...] = ()) -> tuple[Event, ...]:
    """The events coded in ``text`` with ``statements`` (by default none)."""
    from reportedly.nlp import annotate

    return code_events(
        Article(id=Article.make_id(text), text=text),
        annotate(text, model=MODEL),
        statements,
        resolver=RESOLVER,
        lexicon=LEXICON,
    )


def coded(text: str) -> list[tuple[str, str, str, str | None]]:
    """(type, modality, trigger, source phrase) of each event coded in ``text``."""
    return [
        (e.type, e.modality, e.trigger.text(text), e.source.text if e.source else None)
        for e in coded_events(text)
    ]
