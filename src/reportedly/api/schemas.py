"""Pydantic response schemas of the HTTP API: the export records, typed for OpenAPI."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["direct", "mixed", "indirect"]


class _Model(BaseModel):
    # Records may gain fields as the pipeline grows (actors, events): pass them through.
    model_config = ConfigDict(extra="allow")


class ErrorOut(BaseModel):
    """The one error shape of every API error."""

    ok: Literal[False] = False
    error: str
    status: int


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
    citations: list[RecordCitationOut]
    article_id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    source: str


class StatementPageOut(_Model):
    """A page of statement records; pass ``next_cursor`` as ``cursor`` for the next page."""

    items: list[StatementRecordOut]
    next_cursor: str | None


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


class OutletOut(_Model):
    """An outlet: articles it published and times it is cited."""

    name: str
    articles: int
    citations: int


class OutletCitationOut(_Model):
    """One citation of an outlet in a stored article."""

    id: str
    article_id: str
    title: str | None
    published: str | None
    kind: str
    description: str | None
    span: BoundsOut
    statements: int


class OutletDetailOut(_Model):
    """One outlet: its articles and where it is cited."""

    outlet: OutletOut
    articles: list[ArticleSummaryOut]
    citations: list[OutletCitationOut]


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
