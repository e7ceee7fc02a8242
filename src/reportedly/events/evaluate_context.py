"""Code gold items inside their article, as the pipeline codes them.

A drawn gold item is one sentence, but its "he", "the minister" or quote speaker is named
earlier in its article. ``code_in_context`` codes each drawn item with the article text that
precedes it (from a paragraph start at most ``reach`` characters back): the attribution and
actors stages run first, as in :class:`reportedly.pipeline.Pipeline`, so the coder gets the
statements and the actors stage's resolution of every mention; only the events whose trigger
lies in the item's sentence are kept, with offsets moved onto the item's text. Written items
(no ``origin``) are coded as they are, through the same stages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reportedly.errors import InputError
from reportedly.events.actors import ActorResolver
from reportedly.events.coder import code_events
from reportedly.events.event_gold import GoldItem
from reportedly.events.learned import EventModel
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Annotation, Article, Event, EventActor, Span

REACH = 3000  # characters of the article read before an item (then back to a paragraph start)

Annotate = Callable[[Sequence[str]], Iterable[Annotation]]


def context_of(item: GoldItem, data: Path, reach: int = REACH) -> tuple[str, int]:
    """The text to code for ``item`` and where the item starts in it.

    Raises:
        InputError: the item's corpus file is missing or no longer holds its text.
    """
    origin = item.origin
    if origin is None:
        return item.text, 0
    path = data / origin.corpus / origin.file
    try:
        whole = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(str(path), f"cannot read an item's article: {e}", code="E602") from e
    if whole[origin.start : origin.end] != item.text:
        raise InputError(str(path), f"{item.id}: the text is not at its origin", code="E602")
    begin = whole.rfind("\n", 0, max(0, origin.start - reach)) + 1
    return whole[begin : origin.end], origin.start - begin


def code_in_context(
    items: Sequence[GoldItem],
    *,
    data: Path,
    annotate: Annotate,
    lexicon: EventLexicon,
    resolver: ActorResolver | None,
    model: EventModel | None = None,
) -> list[tuple[GoldItem, tuple[Event, ...]]]:
    """Code every item after the attribution and actors stages, in its article's context."""
    from reportedly.pipeline import Pipeline

    pipeline = Pipeline()
    contexts = [context_of(item, data) for item in items]
    annotations = annotate([text for text, _ in contexts])
    coded: list[tuple[GoldItem, tuple[Event, ...]]] = []
    for item, (text, offset), annotation in zip(items, contexts, annotations, strict=True):
        article = Article(id=Article.make_id(text), text=text, published=item.published)
        analysis = pipeline.extract(article, annotation)
        events = code_events(
            article,
            annotation,
            analysis.statements,
            resolver=resolver,
            lexicon=lexicon,
            entities=analysis.entities,
            model=model,
        )
        end = offset + len(item.text)
        inside = (e for e in events if offset <= e.trigger.start and e.trigger.end <= end)
        coded.append((item, tuple(_moved(e, offset, end) for e in inside)))
    return coded


def _moved(event: Event, offset: int, end: int) -> Event:
    """``event`` with its spans moved onto the item's text (spans outside it dropped)."""

    def span(at: Span | None) -> Span | None:
        if at is None or at.start < offset or at.end > end:
            return None
        return Span(at.start - offset, at.end - offset)

    def actor(side: EventActor | None) -> EventActor | None:
        return None if side is None else dataclasses.replace(side, span=span(side.span))

    return dataclasses.replace(
        event,
        source=actor(event.source),
        target=actor(event.target),
        evidence=Span(
            max(event.evidence.start, offset) - offset, min(event.evidence.end, end) - offset
        ),
        trigger=Span(event.trigger.start - offset, event.trigger.end - offset),
        location_span=span(event.location_span),
        condition=span(event.condition),
    )
