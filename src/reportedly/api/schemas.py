"""Pydantic response schemas of the HTTP API: the export records, typed for OpenAPI.

The actor and outlet endpoints have theirs in ``actor_schemas`` and ``outlet_schemas``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["direct", "mixed", "indirect"]
Act = Literal["speech", "belief", "intent", "other"]
ActView = Literal["speech", "belief", "intent", "other", "all"]


class _Model(BaseModel):
    # Records may gain fields as the pipeline grows (actors, events): pass them through.
    model_config = ConfigDict(extra="allow")


class ErrorOut(BaseModel):
    """The one error shape of every API error."""

    ok: Literal[False] = False
    error: str
    status: int


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in (
        (400, "A bad argument (a cursor from another query), or an unreadable body"),
        (404, "No such record"),
        (422, "A query parameter failed validation"),
        (500, "The store failed"),
    )
}


class SpanOut(_Model):
    """A ``[start, end)`` character range of the article text, with the text it covers."""

    start: int
    end: int
    text: str


class BoundsOut(_Model):
    """A ``[start, end)`` character range without its text."""

    start: int
    end: int


class RecordCitationOut(_Model):
    """A cited source as it appears in a statement record."""

    outlet: str
    kind: str
    description: str | None


class StatementRecordOut(_Model):
    """One statement export record (``docs/data-format.md``), as in the JSONL export."""

    statement_id: str
    kind: Kind
    content: str
    content_spans: list[SpanOut]
    quotes: list[SpanOut]
    cue_text: str | None
    cue_start: int | None
    cue_end: int | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_entity: str | None
    speaker_name: str | None
    speaker_kind: str | None
    reported_by: str | None
    confidence: float
    speaker_confidence: float | None = None
    act: Act
    negated: bool
    citations: list[RecordCitationOut]
    article_id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    source: str
    language: str


class StatementPageOut(_Model):
    """A page of statement records; pass ``next_cursor`` as ``cursor`` for the next page.

    ``act`` is the view shown (``speech`` unless asked otherwise); ``hidden`` counts the
    statements of other acts that match the other filters (empty when ``act`` is ``all``, and
    on the pages after the first): exactly for a search of one word, else among the first
    1,000 matches: ``hidden_exact`` is false when more match, and the counts are then lower
    bounds.
    """

    items: list[StatementRecordOut]
    next_cursor: str | None
    act: ActView = "speech"
    hidden: dict[str, int] = {}
    hidden_exact: bool = True


class ArticleSummaryOut(_Model):
    """An article in a listing (no text)."""

    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str
    source: str
    authors: list[str]
    statements: int
    added_at: str


class ArticlePageOut(_Model):
    """A page of article summaries, newest first."""

    items: list[ArticleSummaryOut]
    next_cursor: str | None


class SectionOut(_Model):
    """A labelled section of the article body."""

    label: str
    label_span: SpanOut
    body: SpanOut


class ArticleOut(_Model):
    """An article with its full text and metadata."""

    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    authors: list[str]
    language: str
    source: str
    title_span: SpanOut | None
    sections: list[SectionOut]
    dropped: list[str]
    text: str


class EntityOut(_Model):
    """Something the article mentions, with every mention span."""

    id: str
    name: str
    kind: str
    mentions: list[SpanOut]
    roles: list[str]
    actor_id: str | None = None
    code: str | None = None
    resolution: str = ""


class MentionOut(_Model):
    """A speaker mention as written, with its span and entity label."""

    start: int
    end: int
    text: str
    label: str


class StatementOut(_Model):
    """An attributed statement with all its spans."""

    id: str
    kind: Kind
    content: list[SpanOut]
    quotes: list[SpanOut]
    cue: SpanOut | None
    speaker: MentionOut | None
    speaker_entity: str | None
    reported_by: str | None
    confidence: float
    speaker_actor: str | None = None
    speaker_resolution: str = ""
    act: Act = "speech"
    negated: bool = False
    speaker_confidence: float | None = None


class CitationOut(_Model):
    """A media source the article cites and the statements it covers."""

    id: str
    kind: str
    outlet: str
    description: str | None
    span: SpanOut
    cue: SpanOut | None
    statements: list[str]
    outlet_id: str | None = None


class SkipOut(_Model):
    """Something a stage could not do."""

    stage: str
    code: str
    reason: str
    span: SpanOut | None


class AnalysisOut(_Model):
    """An article and everything extracted from it (``serialize.analysis_to_dict``)."""

    format: int
    article: ArticleOut
    entities: list[EntityOut]
    statements: list[StatementOut]
    citations: list[CitationOut]
    skipped: list[SkipOut]
    versions: dict[str, str]


class SpeakerOut(_Model):
    """A resolved speaker and how much they said."""

    id: str
    name: str | None
    kind: str | None
    statements: int
    articles: int
    first: str | None
    last: str | None


class SpeakerPageOut(_Model):
    """A page of speakers, most statements first."""

    items: list[SpeakerOut]
    next_cursor: str | None


class TimelinePointOut(_Model):
    """How many statements a speaker made in articles published on ``date``."""

    date: str
    count: int


class SpeakerDetailOut(_Model):
    """One speaker: summary, statements per publication date, and a page of statements."""

    speaker: SpeakerOut
    timeline: list[TimelinePointOut]
    undated: int
    statements: StatementPageOut


# api.events has an EventPageOut too, so OpenAPI names this one by its module
# (reportedly__api__schemas__EventPageOut): moving it would rename it in the published schema.
class EventPageOut(_Model):
    """A page of event records (``docs/data-format.md``, "Event record")."""

    items: list[dict[str, Any]]
    next_cursor: str | None


# -- quote traces ------------------------------------------------------------------------


class WordEditOut(_Model):
    """One step of a word diff from the earliest wording to a version."""

    op: Literal["equal", "replace", "insert", "delete", "omission", "spelling", "gloss"]
    before: list[str]
    after: list[str]
    material: bool


class QuoteVersionOut(_Model):
    """One stored version of a traced quote."""

    statement_id: str
    article_id: str
    published: str | None
    outlet: str | None
    outlet_id: str | None
    title: str | None
    url: str | None
    speaker: str | None
    sources: list[str]
    text: str
    score: float
    earliest: bool
    material: bool
    edits: list[WordEditOut]


class TraceOut(_Model):
    """Every stored version of a quote, oldest first, as ``reportedly trace --json``."""

    query: str
    threshold: float
    reference: str | None
    versions: list[QuoteVersionOut]


class CountsOut(_Model):
    """How much the store holds."""

    articles: int
    statements: int
    citations: int
    skips: int


class IngestedOut(_Model):
    """One ingested article."""

    id: str
    title: str | None
    source: str
    statements: int
    added: bool


class IngestFailureOut(_Model):
    """One input of an ingest request that could not be read."""

    source: str
    error: str


class IngestOut(_Model):
    """The result of an ingest request."""

    ok: Literal[True] = True
    articles: list[IngestedOut]
    failed: list[IngestFailureOut]
