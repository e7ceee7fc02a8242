"""Outlets in the API and web UI: stored outlet names grouped by the outlet registry."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from reportedly.api import outlet_schemas, schemas
from reportedly.api.render import page
from reportedly.api.routes import DEFAULT_PAGE, MAX_PAGE, MAX_TEXT, NO_CONTROL_CHARACTERS
from reportedly.api.state import state_of
from reportedly.errors import NotFound
from reportedly.provenance.outlets import Outlet, OutletRegistry
from reportedly.store.queries import Reader

api_router = APIRouter(prefix="/api", tags=["api"], responses=schemas.ERRORS)
web_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

OutletKey = Annotated[
    str,
    PathParam(
        min_length=1,
        max_length=MAX_TEXT,
        pattern=NO_CONTROL_CHARACTERS,
        description="Registry id, or a name as written.",
    ),
]


@lru_cache(maxsize=1 << 16)
def _entry(outlets: OutletRegistry, name: str, outlet_id: str | None = None) -> Outlet | None:
    """The registry outlet of a stored name (its citation's ``outlet_id`` first). Kept per
    (registry, name): the outlet list matches every stored name on each request."""
    if outlet_id is not None:
        return outlets.by_id(outlet_id) if outlet_id in outlets else None
    return outlets.match(name)


def registry_entry(outlets: OutletRegistry, outlet: Outlet) -> dict[str, Any]:
    """The registry facts of ``outlet`` as JSON-ready data, with its parent and channels."""
    parent = outlets.parent_of(outlet)
    return {
        "id": outlet.id,
        "name": outlet.name,
        "aliases": list(outlet.aliases),
        "domains": list(outlet.domains),
        "country": outlet.country,
        "languages": list(outlet.languages),
        "kind": outlet.kind,
        "owner": outlet.owner,
        "affiliation": outlet.affiliation,
        "basis": outlet.basis,
        "telegram": outlet.telegram,
        "parent": None if parent is None else {"id": parent.id, "name": parent.name},
        "channels": [{"id": o.id, "name": o.name} for o in outlets if o.parent == outlet.id],
    }


def outlet_list(reader: Reader, outlets: OutletRegistry, *, limit: int) -> list[dict[str, Any]]:
    """Outlets that published or are cited by stored articles, one row per registry outlet
    (or per name the registry does not know), most used first."""
    rows: dict[str, dict[str, Any]] = {}

    def row(name: str, entry: Outlet | None) -> dict[str, Any]:
        key = entry.id if entry is not None else name
        if key not in rows:
            rows[key] = {
                "key": key,
                "id": None if entry is None else entry.id,
                "name": name if entry is None else entry.name,
                "kind": None if entry is None else entry.kind,
                "country": None if entry is None else entry.country,
                "affiliation": None if entry is None else entry.affiliation,
                "articles": 0,
                "citations": 0,
                "names": [],
            }
        if name not in rows[key]["names"]:
            rows[key]["names"].append(name)
        return rows[key]

    published, cited = reader.outlet_names()
    for name, n in published:
        row(name, _entry(outlets, name))["articles"] += n
    for outlet_id, name, n in cited:
        row(name, _entry(outlets, name, outlet_id))["citations"] += n
    ranked = sorted(rows.values(), key=lambda r: (-(r["articles"] + r["citations"]), r["name"]))
    for r in ranked:
        r["names"].sort()
    return ranked[:limit]


def outlet_detail(
    reader: Reader, outlets: OutletRegistry, key: str, *, limit: int
) -> dict[str, Any]:
    """One outlet, by registry id or name: registry facts, articles published, citations.

    Raises:
        NotFound: ``key`` is no registry id, and no stored article is from or cites it.
    """
    entry = outlets.by_id(key) if key in outlets else outlets.match(key)
    names = {key} if entry is None else {entry.name}
    if entry is not None:
        published, cited = reader.outlet_names()
        names.update(n for n, _ in published if _entry(outlets, n) == entry)
        names.update(n for i, n, _ in cited if _entry(outlets, n, i) == entry)
    found = reader.outlet_detail(sorted(names), None if entry is None else entry.id, limit=limit)
    if entry is None and found["articles_total"] == 0 and found["citations_total"] == 0:
        raise NotFound(f"no outlet {key!r} in the store or the outlet registry")
    return {
        "outlet": {
            "key": key if entry is None else entry.id,
            "id": None if entry is None else entry.id,
            "name": key if entry is None else entry.name,
            "names": sorted(names),
            "articles": found["articles_total"],
            "citations": found["citations_total"],
        },
        "registry": None if entry is None else registry_entry(outlets, entry),
        "articles": found["articles"],
        "citations": found["citations"],
    }


# -- JSON --------------------------------------------------------------------------------


@api_router.get("/outlets", response_model=list[outlet_schemas.OutletOut])
def outlets_api(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="How many.")] = DEFAULT_PAGE,
) -> list[dict[str, Any]]:
    """Outlets that published or are cited by stored articles, most used first; outlets
    the registry knows are grouped under their registry id whatever name was written."""
    state = state_of(request)
    with state.reader() as reader:
        return outlet_list(reader, state.outlets, limit=limit)


@api_router.get("/outlets/{key:path}", response_model=outlet_schemas.OutletDetailOut)
def outlet_api(
    request: Request,
    key: OutletKey,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="How many of each.")] = (
        DEFAULT_PAGE
    ),
) -> dict[str, Any]:
    """One outlet (registry id or name): registry facts (kind, country, languages, owner,
    affiliation and its basis, domains), its latest articles and the latest citations of it."""
    state = state_of(request)
    with state.reader() as reader:
        return outlet_detail(reader, state.outlets, key, limit=limit)


# -- pages -------------------------------------------------------------------------------


@web_router.get("/outlets")
def outlets_page(request: Request) -> HTMLResponse:
    """Outlets that published or are cited by stored articles."""
    state = state_of(request)
    with state.reader() as reader:
        items = outlet_list(reader, state.outlets, limit=MAX_PAGE)
    return page(request, "outlets.html", title="Outlets", items=items)


@web_router.get("/outlets/{key:path}")
def outlet_page(request: Request, key: OutletKey) -> HTMLResponse:
    """One outlet: registry facts, the articles it published and the articles citing it."""
    state = state_of(request)
    with state.reader() as reader:
        detail = outlet_detail(reader, state.outlets, key, limit=100)
    return page(request, "outlet.html", title=detail["outlet"]["name"], **detail)
