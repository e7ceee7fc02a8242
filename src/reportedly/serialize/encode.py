"""Encoding: the JSON-ready form of analyses, statement export records and registry facts."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportedly.actors.registry import ActorRegistry
from reportedly.errors import InputError
from reportedly.model import (
    Analysis,
    Article,
    Citation,
    DateValue,
    Entity,
    Event,
    EventActor,
    Mention,
    Section,
    Skip,
    Span,
    Statement,
)

FORMAT_VERSION = 1
CONTENT_JOINER = " … "
BAD_RECORD = "E408"  # a serialised record cannot be decoded (or an analysis cannot be encoded)

JSON = dict[str, Any]


def span_to_dict(span: Span, text: str) -> JSON:
    """``{"start", "end", "text"}`` for ``span``, its text taken from ``text``.

    Raises:
        InputError: the span reaches past the end of ``text``.
    """
    if span.end > len(text):
        raise InputError(
            "span",
            f"[{span.start}, {span.end}) lies outside the article text ({len(text)} chars)",
            code=BAD_RECORD,
        )
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def mention_to_dict(mention: Mention, text: str) -> JSON:
    """A speaker mention: its span dict, with the mention's own text and its label."""
    out = span_to_dict(mention.span, text)
    out["text"] = mention.text
    out["label"] = mention.label
    return out


def _opt_span(span: Span | None, text: str) -> JSON | None:
    return None if span is None else span_to_dict(span, text)


def _article_to_dict(article: Article) -> JSON:
    text = article.text
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "authors": list(article.authors),
        "language": article.language,
        "source": article.source,
        "title_span": _opt_span(article.title_span, text),
        "sections": [section_to_dict(s, text) for s in article.sections],
        "dropped": list(article.dropped),
        "title_derived": article.title_derived,
        "encoding": article.encoding,
        "encoding_confidence": article.encoding_confidence,
        "text": text,
    }


def section_to_dict(section: Section, text: str) -> JSON:
    """A labelled section: ``{"label", "label_span", "body"}``."""
    return {
        "label": section.label,
        "label_span": span_to_dict(section.label_span, text),
        "body": span_to_dict(section.body, text),
    }


def entity_to_dict(entity: Entity, text: str) -> JSON:
    """An entity with its mention spans."""
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "mentions": [span_to_dict(m, text) for m in entity.mentions],
        "roles": list(entity.roles),
        "actor_id": entity.actor_id,
        "code": entity.code,
        "resolution": entity.resolution,
    }


def statement_to_dict(statement: Statement, text: str) -> JSON:
    """A statement with its content, quote, cue and speaker spans."""
    speaker = statement.speaker
    return {
        "id": statement.id,
        "kind": statement.kind,
        "content": [span_to_dict(s, text) for s in statement.content],
        "quotes": [span_to_dict(s, text) for s in statement.quotes],
        "cue": _opt_span(statement.cue, text),
        "speaker": None if speaker is None else mention_to_dict(speaker, text),
        "speaker_entity": statement.speaker_entity,
        "reported_by": statement.reported_by,
        "confidence": statement.confidence,
        "speaker_actor": statement.speaker_actor,
        "speaker_resolution": statement.speaker_resolution,
        "act": statement.act,
        "negated": statement.negated,
        "speaker_confidence": statement.speaker_confidence,
    }


def citation_to_dict(citation: Citation, text: str) -> JSON:
    """A cited media source and the statements it covers."""
    return {
        "id": citation.id,
        "kind": citation.kind,
        "outlet": citation.outlet,
        "description": citation.description,
        "span": span_to_dict(citation.span, text),
        "cue": _opt_span(citation.cue, text),
        "statements": list(citation.statements),
        "outlet_id": citation.outlet_id,
    }


def skip_to_dict(skip: Skip, text: str) -> JSON:
    """A recorded skip."""
    return {
        "stage": skip.stage,
        "code": skip.code,
        "reason": skip.reason,
        "span": _opt_span(skip.span, text),
    }


def date_value_to_dict(value: DateValue) -> JSON:
    """A normalised date: the expression, its value and how sure it is (``iso`` for display)."""
    return {
        "text": value.text,
        "value": None if value.value is None else value.value.isoformat(),
        "granularity": value.granularity,
        "year_known": value.year_known,
        "uncertain": value.uncertain,
        "month": value.month,
        "day": value.day,
        "iso": value.iso(),
    }


def event_actor_to_dict(actor: EventActor, text: str) -> JSON:
    """One side of an event: the mention as written and the actor it resolves to."""
    return {
        "text": actor.text,
        "span": _opt_span(actor.span, text),
        "actor_id": actor.actor_id,
        "name": actor.name,
        "code": actor.code,
        "sector": actor.sector,
    }


def event_to_dict(event: Event, text: str) -> JSON:
    """A PLOVER event with its actors, evidence, trigger, condition and date."""
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "context": list(event.context),
        "modality": event.modality,
        "source": None if event.source is None else event_actor_to_dict(event.source, text),
        "target": None if event.target is None else event_actor_to_dict(event.target, text),
        "evidence": span_to_dict(event.evidence, text),
        "trigger": span_to_dict(event.trigger, text),
        "condition": _opt_span(event.condition, text),
        "statement": event.statement,
        "date": None if event.date is None else date_value_to_dict(event.date),
        "location": event.location,
        "location_span": _opt_span(event.location_span, text),
        "cameo": event.cameo,
        "rule": event.rule,
        "confidence": event.confidence,
    }


def analysis_to_dict(a: Analysis) -> JSON:
    """The JSON-ready form of an analysis (without its annotation, which is too big).

    Raises:
        InputError: a span lies outside the article text.
    """
    text = a.article.text
    return {
        "format": FORMAT_VERSION,
        "article": _article_to_dict(a.article),
        "entities": [entity_to_dict(e, text) for e in a.entities],
        "statements": [statement_to_dict(s, text) for s in a.statements],
        "citations": [citation_to_dict(c, text) for c in a.citations],
        "skipped": [skip_to_dict(s, text) for s in a.skipped],
        "events": [event_to_dict(e, text) for e in a.events],
        "versions": dict(a.versions),
    }


def statement_record(a: Analysis, s: Statement) -> JSON:
    """A flat, self-contained export record of statement ``s`` of analysis ``a``.

    ``docs/data-format.md`` documents every field.
    """
    text = a.article.text
    article = a.article
    entity = next((e for e in a.entities if e.id == s.speaker_entity), None)
    citations = [
        {"outlet": c.outlet, "kind": c.kind, "description": c.description}
        for c in a.citations
        if s.id in c.statements
    ]
    return {
        "statement_id": s.id,
        "kind": s.kind,
        "content": s.content_text(text, CONTENT_JOINER),
        "content_spans": [span_to_dict(c, text) for c in s.content],
        "quotes": [span_to_dict(q, text) for q in s.quotes],
        "cue_text": None if s.cue is None else s.cue.text(text),
        "cue_start": None if s.cue is None else s.cue.start,
        "cue_end": None if s.cue is None else s.cue.end,
        "speaker_text": None if s.speaker is None else s.speaker.text,
        "speaker_start": None if s.speaker is None else s.speaker.span.start,
        "speaker_end": None if s.speaker is None else s.speaker.span.end,
        "speaker_entity": s.speaker_entity,
        "speaker_name": None if entity is None else entity.name,
        "speaker_kind": None if entity is None else entity.kind,
        "reported_by": s.reported_by,
        "confidence": s.confidence,
        "speaker_confidence": s.speaker_confidence,
        "act": s.act,
        "negated": s.negated,
        "citations": citations,
        "article_id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "language": article.language,
    }


WIKIDATA = "https://www.wikidata.org/wiki/"


def actor_registry_entry(actors: ActorRegistry, actor_id: str) -> dict[str, Any] | None:
    """The registry facts of ``actor_id`` as JSON-ready data (``None`` when not listed): what
    the API, the web UI and ``reportedly actors show --json`` give. Roles newest first."""
    if actor_id not in actors:
        return None
    a = actors.by_id(actor_id)

    def name_of(other: str | None) -> str | None:
        return actors.by_id(other).name if other is not None and other in actors else None

    return {
        "type": a.type,
        "name": a.name,
        "aliases": list(a.aliases),
        "metonyms": list(a.metonyms),
        "gender": a.gender,
        "country": a.country,
        "code": a.code,
        "wikidata": a.wikidata,
        "wikidata_url": WIKIDATA + a.wikidata if a.wikidata else None,
        "roles": [
            {
                "title": r.title,
                "titles": list(r.titles),
                "org": r.org,
                "org_name": name_of(r.org),
                "start": None if r.start is None else str(r.start),
                "end": None if r.end is None else str(r.end),
            }
            for r in sorted(
                a.roles, key=lambda r: r.start.first_day() if r.start else date.min, reverse=True
            )
        ],
        "member_of": [{"id": m, "name": name_of(m) or m} for m in a.member_of],
    }
