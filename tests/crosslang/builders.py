"""Statements in several languages, built directly as records, for cross-language tracing.

Until Russian and Ukrainian attribution stores statements from the pipeline, these are how
Russian statements reach the store in tests: an analysis whose speaker entity is settled to
a registry actor, in an article of the given language.
"""

from __future__ import annotations

from datetime import date

from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement


def said(
    text: str,
    *,
    speaker: str,
    content: str,
    actor: str | None,
    language: str,
    published: date | None,
    outlet: str = "Outlet",
) -> Analysis:
    """An article of ``text`` in ``language`` where ``speaker`` says ``content`` (both in
    ``text``); the speaker is the registry actor ``actor`` (``None``: resolved to nobody)."""
    aid = Article.make_id(f"{language}:{text}")
    span = Span(text.index(content), text.index(content) + len(content))
    who = Span(text.index(speaker), text.index(speaker) + len(speaker))
    entity = Entity(
        id="e1",
        name=speaker,
        kind="person",
        mentions=(who,),
        actor_id=actor,
        resolution="registry" if actor else "unresolved",
    )
    statement = Statement(
        id=Statement.make_id(aid, (span,), "indirect"),
        kind="indirect",
        content=(span,),
        speaker=Mention(span=who, text=speaker, label="PERSON"),
        speaker_entity="e1",
    )
    return Analysis(
        article=Article(
            id=aid,
            text=text,
            outlet=outlet,
            published=published,
            language=language,
            source=f"t:{aid}",
        ),
        entities=(entity,),
        statements=(statement,),
    )
