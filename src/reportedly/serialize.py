"""JSON-ready conversion of the data model: the one format of exports, the store and the API."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar, get_args

from reportedly.actors.registry import ActorRegistry
from reportedly.errors import InputError
from reportedly.model import (
    EVENT_TYPES,
    MODALITIES,
    RESOLUTIONS,
    STATEMENT_ACTS,
    STATEMENT_KINDS,
    Analysis,
    Article,
    Citation,
    CitationKind,
    DateValue,
    Entity,
    EntityKind,
    Event,
    EventActor,
    Mention,
    Resolution,
    Section,
    Skip,
    Span,
    Statement,
)

FORMAT_VERSION = 1
CONTENT_JOINER = " … "
BAD_RECORD = "E408"  # a serialised record cannot be decoded (or an analysis cannot be encoded)

ENTITY_KINDS: frozenset[str] = frozenset(get_args(EntityKind))
CITATION_KINDS: frozenset[str] = frozenset(get_args(CitationKind))

T = TypeVar("T")
JSON = dict[str, Any]


# ---------------------------------------------------------------------------------------
# Encoding


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


# ---------------------------------------------------------------------------------------
# Decoding


class _Reader:
    """Typed access to one decoded JSON object, naming the record in every error."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, Mapping):
            raise _bad(where, f"expected an object, got {type(data).__name__}")
        self.data: Mapping[str, Any] = data
        self.where = where

    def get(self, key: str, kind: type[T]) -> T:
        if key not in self.data:
            raise _bad(self.where, f"missing field {key!r}")
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _bad(self.where, f"field {key!r} should be {kind.__name__}, got {value!r:.40}")
        return value

    def opt(self, key: str, kind: type[T]) -> T | None:
        if self.data.get(key) is None:
            return None
        return self.get(key, kind)

    def strings(self, key: str) -> tuple[str, ...]:
        items = self.get(key, list)
        if not all(isinstance(i, str) for i in items):
            raise _bad(self.where, f"field {key!r} should be a list of strings")
        return tuple(items)

    def objects(self, key: str, decode: Callable[[object, str], T]) -> tuple[T, ...]:
        items = self.get(key, list)
        return tuple(decode(item, f"{self.where}.{key}[{i}]") for i, item in enumerate(items))

    def choice(self, key: str, allowed: Sequence[str] | frozenset[str]) -> str:
        value = self.get(key, str)
        if value not in allowed:
            raise _bad(self.where, f"field {key!r} has unknown value {value!r}")
        return value


def _bad(where: str, message: str) -> InputError:
    return InputError(where, message, code=BAD_RECORD)


def _resolution(r: _Reader, key: str) -> Resolution:
    """An actor resolution field; absent (older records) reads as ``""``."""
    value = r.opt(key, str) or ""
    if value not in RESOLUTIONS:
        raise _bad(r.where, f"field {key!r} has unknown value {value!r}")
    return value


def span_from_dict(data: object, where: str, text: str | None = None) -> Span:
    """Decode a span dict; when ``text`` is given, check its bounds and its ``"text"``.

    Raises:
        InputError: the dict is malformed or does not match ``text``.
    """
    r = _Reader(data, where)
    start, end = r.get("start", int), r.get("end", int)
    if not 0 <= start <= end:
        raise _bad(where, f"invalid span [{start}, {end})")
    if text is not None:
        if end > len(text):
            raise _bad(where, f"span [{start}, {end}) lies outside the text ({len(text)} chars)")
        stored = r.opt("text", str)
        if stored is not None and stored != text[start:end]:
            raise _bad(where, f"span text {stored!r:.40} does not match the article text")
    return Span(start, end)


def analysis_from_dict(d: object) -> Analysis:
    """Rebuild an :class:`Analysis` from :func:`analysis_to_dict` output (annotation is None).

    Raises:
        InputError: the dict is malformed, of an unknown format version, or its spans do not
            match the article text.
    """
    top = _Reader(d, "analysis")
    version = top.get("format", int)
    if version != FORMAT_VERSION:
        raise _bad("analysis", f"unknown format version {version} (this reads {FORMAT_VERSION})")
    art = _Reader(top.get("article", dict), "analysis.article")
    text = art.get("text", str)
    where = f"analysis {art.get('id', str)}"

    def span(data: object, at: str) -> Span:
        return span_from_dict(data, at, text)

    def opt_span(r: _Reader, key: str) -> Span | None:
        value = r.data.get(key)
        return None if value is None else span(value, f"{r.where}.{key}")

    def section(data: object, at: str) -> Section:
        r = _Reader(data, at)
        return Section(
            label=r.get("label", str),
            label_span=span(r.get("label_span", dict), f"{at}.label_span"),
            body=span(r.get("body", dict), f"{at}.body"),
        )

    def entity(data: object, at: str) -> Entity:
        r = _Reader(data, at)
        return Entity(
            id=r.get("id", str),
            name=r.get("name", str),
            kind=r.choice("kind", ENTITY_KINDS),  # type: ignore[arg-type]
            mentions=r.objects("mentions", span),
            roles=r.strings("roles"),
            # the actor fields are absent in records written before the actors stage
            actor_id=r.opt("actor_id", str),
            code=r.opt("code", str),
            resolution=_resolution(r, "resolution"),
        )

    def mention(data: object, at: str) -> Mention:
        r = _Reader(data, at)
        bounds = {"start": r.get("start", int), "end": r.get("end", int)}
        return Mention(span=span(bounds, at), text=r.get("text", str), label=r.get("label", str))

    def statement(data: object, at: str) -> Statement:
        r = _Reader(data, at)
        speaker = r.data.get("speaker")
        content = r.objects("content", span)
        if not content:
            raise _bad(at, "a statement needs at least one content span")
        return Statement(
            id=r.get("id", str),
            kind=r.choice("kind", STATEMENT_KINDS),  # type: ignore[arg-type]
            content=content,
            quotes=r.objects("quotes", span),
            cue=opt_span(r, "cue"),
            speaker=None if speaker is None else mention(speaker, f"{at}.speaker"),
            speaker_entity=r.opt("speaker_entity", str),
            reported_by=r.opt("reported_by", str),
            confidence=r.get("confidence", float),
            speaker_actor=r.opt("speaker_actor", str),
            speaker_resolution=_resolution(r, "speaker_resolution"),
            # absent in records written before acts and polarity: said, as then shown
            act=r.choice("act", STATEMENT_ACTS) if "act" in r.data else "speech",  # type: ignore[arg-type]
            negated=r.get("negated", bool) if "negated" in r.data else False,
        )

    def citation(data: object, at: str) -> Citation:
        r = _Reader(data, at)
        return Citation(
            id=r.get("id", str),
            kind=r.choice("kind", CITATION_KINDS),  # type: ignore[arg-type]
            outlet=r.get("outlet", str),
            description=r.opt("description", str),
            span=span(r.get("span", dict), f"{at}.span"),
            cue=opt_span(r, "cue"),
            statements=r.strings("statements"),
            outlet_id=r.opt("outlet_id", str),  # absent in records written before it existed
        )

    def skip(data: object, at: str) -> Skip:
        r = _Reader(data, at)
        return Skip(
            stage=r.get("stage", str),
            code=r.get("code", str),
            reason=r.get("reason", str),
            span=opt_span(r, "span"),
        )

    def event_actor(data: object, at: str) -> EventActor:
        r = _Reader(data, at)
        return EventActor(
            text=r.get("text", str),
            span=opt_span(r, "span"),
            actor_id=r.opt("actor_id", str),
            name=r.opt("name", str),
            code=r.opt("code", str),
            sector=r.opt("sector", str),
        )

    def event(data: object, at: str) -> Event:
        r = _Reader(data, at)
        source, target, when = r.data.get("source"), r.data.get("target"), r.data.get("date")
        return Event(
            id=r.get("id", str),
            type=r.choice("type", EVENT_TYPES),  # type: ignore[arg-type]
            mode=r.opt("mode", str),
            context=r.strings("context"),
            modality=r.choice("modality", MODALITIES),  # type: ignore[arg-type]
            source=None if source is None else event_actor(source, f"{at}.source"),
            target=None if target is None else event_actor(target, f"{at}.target"),
            evidence=span(r.get("evidence", dict), f"{at}.evidence"),
            trigger=span(r.get("trigger", dict), f"{at}.trigger"),
            condition=opt_span(r, "condition"),
            statement=r.opt("statement", str),
            date=None if when is None else date_value_from_dict(when, f"{at}.date"),
            location=r.opt("location", str),
            location_span=opt_span(r, "location_span"),
            cameo=r.opt("cameo", str),
            rule=r.get("rule", str),
            confidence=r.get("confidence", float),
        )

    published = art.opt("published", str)
    try:
        published_date = None if published is None else date.fromisoformat(published)
    except ValueError as e:
        raise _bad(where, f"published {published!r} is not an ISO date") from e
    article = Article(
        id=art.get("id", str),
        text=text,
        title=art.opt("title", str),
        outlet=art.opt("outlet", str),
        url=art.opt("url", str),
        published=published_date,
        authors=art.strings("authors"),
        language=art.get("language", str),
        source=art.get("source", str),
        title_span=opt_span(art, "title_span"),
        sections=art.objects("sections", section),
        dropped=art.strings("dropped"),
        title_derived=art.opt("title_derived", bool) or False,
        encoding=art.opt("encoding", str),
        encoding_confidence=art.opt("encoding_confidence", float),
    )
    versions = top.get("versions", dict)
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in versions.items()):
        raise _bad(where, "versions should map strings to strings")
    return Analysis(
        article=article,
        entities=top.objects("entities", entity),
        statements=top.objects("statements", statement),
        citations=top.objects("citations", citation),
        skipped=top.objects("skipped", skip),
        # absent in records written before the events stage
        events=top.objects("events", event) if "events" in top.data else (),
        versions=dict(versions),
    )


_GRANULARITIES = ("day", "week", "month", "year")


def date_value_from_dict(data: object, where: str) -> DateValue:
    """Decode :func:`date_value_to_dict` output (``iso`` is derived and ignored).

    Raises:
        InputError: the dict is malformed.
    """
    r = _Reader(data, where)
    raw = r.opt("value", str)
    try:
        value = None if raw is None else date.fromisoformat(raw)
    except ValueError as e:
        raise _bad(where, f"value {raw!r:.40} is not an ISO date") from e
    granularity = r.opt("granularity", str)
    if granularity is not None and granularity not in _GRANULARITIES:
        raise _bad(where, f"field 'granularity' has unknown value {granularity!r}")
    return DateValue(
        text=r.get("text", str),
        value=value,
        granularity=granularity,  # type: ignore[arg-type]
        year_known=r.get("year_known", bool),
        uncertain=r.get("uncertain", bool),
        month=r.opt("month", int),
        day=r.opt("day", int),
    )


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
