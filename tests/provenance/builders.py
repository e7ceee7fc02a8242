"""A small hand-built analysis for the provenance tests (no language model needed)."""

from __future__ import annotations

from reportedly.model import Analysis, Article, Citation, Entity, Mention, Span, Statement

TEXT = (
    "Title\n\nSource: Kremlin-aligned news outlet RIA Novosti; Daily Example\n\n"
    'Peskov said that Biden said "Putin must leave". Reuters reported it, citing TASS.'
)


def span_of(part: str, start: int = 0) -> Span:
    at = TEXT.index(part, start)
    return Span(at, at + len(part))


def built(**article: object) -> Analysis:
    """A small analysis: Peskov reports Biden; a Source line; "Reuters reported, citing TASS"."""
    outer = Statement(
        id="s-outer",
        kind="indirect",
        content=(span_of('Biden said "Putin must leave"'),),
        speaker=Mention(span=span_of("Peskov"), text="Peskov", label="SPEAKER"),
        speaker_entity="peskov",
    )
    inner = Statement(
        id="s-inner",
        kind="direct",
        content=(span_of("Putin must leave"),),
        speaker=Mention(span=span_of("Biden"), text="Biden", label="SPEAKER"),
        speaker_entity="biden",
        reported_by="s-outer",
    )
    cites = (
        Citation(
            id="c-ria",
            kind="source_line",
            outlet="RIA Novosti",
            span=span_of("RIA Novosti"),
            description="Kremlin-aligned news outlet",
            statements=("s-outer",),
        ),
        Citation(
            id="c-daily",
            kind="source_line",
            outlet="Daily Example",
            span=span_of("Daily Example"),
            statements=("s-outer",),
        ),
        Citation(
            id="c-reuters",
            kind="reported",
            outlet="Reuters",
            span=span_of("Reuters"),
            statements=("s-inner",),
        ),
        Citation(
            id="c-tass",
            kind="according_to",
            outlet="TASS",
            span=span_of("TASS"),
            statements=("s-inner",),
        ),
    )
    fields = {"id": "art1", "text": TEXT, "title": "Title"} | article
    return Analysis(
        article=Article(**fields),  # type: ignore[arg-type]
        entities=(
            Entity(id="peskov", name="Dmitry Peskov", kind="person"),
            Entity(id="biden", name="Joe Biden", kind="person"),
        ),
        statements=(outer, inner),
        citations=cites,
    )
