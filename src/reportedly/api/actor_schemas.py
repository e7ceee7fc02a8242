"""Pydantic response schemas of the actor endpoints (``/api/actors``), typed for OpenAPI."""

from __future__ import annotations

from reportedly.api.schemas import EventPageOut, StatementPageOut, TimelinePointOut, _Model


class ActorOut(_Model):
    """A store actor (a registry id, or an id the store created) and how often it appears."""

    id: str
    name: str
    kind: str
    origin: str
    code: str | None
    country: str | None = None
    mentions: int
    statements: int
    articles: int


class ActorListOut(_Model):
    """A page of actors, most statements first; pass ``next_cursor`` as ``cursor`` for the
    next page (``null`` on the last)."""

    items: list[ActorOut]
    next_cursor: str | None = None


class ActorRoleOut(_Model):
    """An office the registry records, with its (possibly partial) ISO dates."""

    title: str
    titles: list[str]
    org: str | None
    org_name: str | None
    start: str | None
    end: str | None


class ActorRefOut(_Model):
    """Another registry actor, by id and name."""

    id: str
    name: str


class ActorRegistryOut(_Model):
    """What the actor registry documents of an actor (``docs/actors.md``)."""

    type: str
    name: str
    aliases: list[str]
    metonyms: list[str]
    gender: str | None
    country: str | None
    code: str | None
    wikidata: str | None
    wikidata_url: str | None
    roles: list[ActorRoleOut]
    member_of: list[ActorRefOut]


class ActorSummaryOut(ActorOut):
    """One actor's counts, dates, names seen in articles, roles articles gave it, merged ids."""

    first: str | None
    last: str | None
    names: list[str]
    article_roles: list[str]
    merged: list[str]


class ActorEventsOut(_Model):
    """Events with the actor as source (``by``) and as target (``towards``), oldest first."""

    by: EventPageOut
    towards: EventPageOut


class ActorDetailOut(_Model):
    """One actor: summary, registry entry, statements per date, events and statements."""

    actor: ActorSummaryOut
    registry: ActorRegistryOut | None
    timeline: list[TimelinePointOut]
    undated: int
    events: ActorEventsOut | None
    statements: StatementPageOut
