"""Pydantic response schemas of the outlet endpoints (``/api/outlets``), typed for OpenAPI."""

from __future__ import annotations

from reportedly.api.schemas import ArticleSummaryOut, BoundsOut, _Model


class OutletOut(_Model):
    """An outlet: articles it published and times it is cited.

    Outlets the registry knows are one row under their registry ``id`` (``key``), whatever
    names articles wrote; others are one row per name (``id`` null, ``key`` the name).
    """

    key: str
    id: str | None
    name: str
    kind: str | None
    country: str | None
    affiliation: str | None
    articles: int
    citations: int
    names: list[str]


class OutletRefOut(_Model):
    """Another registry outlet, by id and name."""

    id: str
    name: str


class OutletRegistryOut(_Model):
    """What the outlet registry documents of an outlet (``docs/outlets.md``)."""

    id: str
    name: str
    aliases: list[str]
    domains: list[str]
    country: str | None
    languages: list[str]
    kind: str
    owner: str | None
    affiliation: str
    basis: str | None
    telegram: str | None
    parent: OutletRefOut | None
    channels: list[OutletRefOut]


class OutletSummaryOut(_Model):
    """An outlet's key, names as written in stored articles and totals."""

    key: str
    id: str | None
    name: str
    names: list[str]
    articles: int
    citations: int


class OutletCitationOut(_Model):
    """One citation of an outlet in a stored article."""

    id: str
    article_id: str
    outlet: str
    title: str | None
    published: str | None
    kind: str
    description: str | None
    span: BoundsOut
    statements: int


class OutletDetailOut(_Model):
    """One outlet: registry facts, its latest articles and the latest citations of it."""

    outlet: OutletSummaryOut
    registry: OutletRegistryOut | None
    articles: list[ArticleSummaryOut]
    citations: list[OutletCitationOut]
