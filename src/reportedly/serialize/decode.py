"""Decoding: analyses rebuilt from their JSON form, checked field by field against the text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar, get_args

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
from reportedly.serialize.encode import BAD_RECORD, FORMAT_VERSION

ENTITY_KINDS: frozenset[str] = frozenset(get_args(EntityKind))
CITATION_KINDS: frozenset[str] = frozenset(get_args(CitationKind))

T = TypeVar("T")


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
            # absent (None) in records written before it, as where no speaker is resolved
            speaker_confidence=r.opt("speaker_confidence", float),
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
