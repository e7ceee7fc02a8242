"""Actors in the API and web UI: registry facts, statements over time, events, statements."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from reportedly.api import actor_schemas, schemas
from reportedly.api.render import page
from reportedly.api.routes import DEFAULT_PAGE, MAX_CURSOR, MAX_PAGE, MAX_TEXT, Limit
from reportedly.api.state import AppState, state_of
from reportedly.api.timeline_chart import timeline_svg
from reportedly.api.views import actor_url
from reportedly.api.web import PAGE
from reportedly.errors import NotFound
from reportedly.serialize import actor_registry_entry
from reportedly.store import Store
from reportedly.store.sqlite_actors import unseen_actor

api_router = APIRouter(prefix="/api", tags=["api"], responses=schemas.ERRORS)
web_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

MAX_EVENTS = 1000  # events read per direction for the timeline; the page lists the latest

ActorId = Annotated[
    str,
    PathParam(
        min_length=1,
        max_length=MAX_TEXT,
        description="A registry id (`peskov-dmitry`) or an id the store created.",
    ),
]
Cursor = Annotated[
    str | None,
    Query(
        max_length=MAX_CURSOR,
        pattern=r"^[A-Za-z0-9_-]*$",
        description="`next_cursor` of the previous page of statements.",
    ),
]


def actor_events(store: Store, actor_id: str) -> dict[str, Any] | None:
    """Events with ``actor_id`` as source and as target, oldest first; ``None`` when the
    store keeps no events (before the events stage was stored)."""
    query = getattr(store, "events", None)
    if query is None:
        return None
    by = query(actor=actor_id, limit=MAX_EVENTS)
    towards = query(towards=actor_id, limit=MAX_EVENTS)
    return {
        "by": {"items": list(by.items), "next_cursor": by.cursor},
        "towards": {"items": list(towards.items), "next_cursor": towards.cursor},
    }


def actor_detail(
    state: AppState, actor_id: str, *, limit: int, cursor: str | None
) -> dict[str, Any]:
    """One actor: summary, registry entry, statements per date, events, a statement page.

    Raises:
        NotFound: the store has no such actor and the registry does not list it.
    """
    with state.store() as store:
        try:
            found = store.actor(actor_id, statements=1)
        except NotFound:
            if actor_id not in state.actors:
                raise
            found = unseen_actor(state.actors, actor_id)
        found.pop("statements_latest", None)
        survivor = str(found["id"])
        events = actor_events(store, survivor)
    with state.reader() as reader:
        dated, undated = reader.actor_timeline(survivor)
        found["first"], found["last"] = reader.actor_period(survivor)
        statements = reader.actor_statements(survivor, limit=limit, after=cursor)
    entry = actor_registry_entry(state.actors, survivor)
    found["country"] = None if entry is None else entry["country"]
    return {
        "actor": found,
        "registry": entry,
        "timeline": [{"date": d, "count": n} for d, n in dated],
        "undated": undated,
        "events": events,
        "statements": {"items": list(statements.items), "next_cursor": statements.cursor},
    }


def actor_list(
    state: AppState, query: str | None, limit: int, cursor: str | None = None
) -> dict[str, Any]:
    """A page of stored actors, most statements first, with the registry's country when
    listed, and the cursor of the next page."""
    with state.store() as store:
        found = store.actor_page(search=query or None, limit=limit, after=cursor)
    items = [dict(item) for item in found.items]
    for item in items:
        entry = state.actors.by_id(item["id"]) if item["id"] in state.actors else None
        item["country"] = None if entry is None else entry.country
    return {"items": items, "next_cursor": found.cursor}


def event_counts(events: dict[str, Any] | None) -> list[tuple[str, int]]:
    """Events per date (event date, else publication date) for the timeline chart."""
    if events is None:
        return []
    seen: dict[str, dict[str, Any]] = {}
    for side in ("by", "towards"):
        for e in events[side]["items"]:
            seen[str(e["event_id"])] = e
    counts: dict[str, int] = {}
    for e in seen.values():
        day = e.get("date_value") or e.get("published")
        if day:
            counts[str(day)[:10]] = counts.get(str(day)[:10], 0) + 1
    return sorted(counts.items())


# -- JSON --------------------------------------------------------------------------------


@api_router.get("/actors", response_model=actor_schemas.ActorListOut)
def actors_api(
    request: Request,
    q: Annotated[
        str | None,
        Query(
            max_length=MAX_TEXT,
            description="Words of any name or alias of the actor, or of its id.",
        ),
    ] = None,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Actors of the store (registry actors and actors known only from articles), most
    statements first; pass ``next_cursor`` as ``cursor`` for the next page."""
    return actor_list(state_of(request), q, limit, cursor)


@api_router.get("/actors/{actor_id}", response_model=actor_schemas.ActorDetailOut)
def actor_api(
    request: Request, actor_id: ActorId, limit: Limit = DEFAULT_PAGE, cursor: Cursor = None
) -> dict[str, Any]:
    """One actor: counts, registry entry (roles with dates, aliases, Wikidata), statements
    per publication date, events by and towards it, and a page of its statements."""
    return actor_detail(state_of(request), actor_id, limit=limit, cursor=cursor)


# -- pages -------------------------------------------------------------------------------


@web_router.get("/actors")
def actors_page(
    request: Request,
    q: Annotated[str, Query(max_length=MAX_TEXT)] = "",
    cursor: Annotated[str | None, Query(max_length=MAX_CURSOR)] = None,
) -> HTMLResponse:
    """Actors, most statements first, a page at a time."""
    found = actor_list(state_of(request), q, MAX_PAGE, cursor or None)
    next_url = None
    if found["next_cursor"] is not None:
        kept = {"q": q} if q else {}
        next_url = "/actors?" + urlencode({**kept, "cursor": found["next_cursor"]})
    return page(
        request, "actors.html", title="Actors", items=found["items"], q=q, next_url=next_url
    )


@web_router.get("/actors/{actor_id}")
def actor_page(
    request: Request,
    actor_id: ActorId,
    cursor: Annotated[str | None, Query(max_length=MAX_CURSOR)] = None,
) -> HTMLResponse:
    """One actor: registry facts, a timeline of statements and events, its statements."""
    state = state_of(request)
    detail = actor_detail(state, actor_id, limit=PAGE, cursor=cursor or None)
    actor = detail["actor"]
    statements = detail["statements"]
    next_url = None
    if statements["next_cursor"] is not None:
        next_url = actor_url(actor["id"]) + "?" + urlencode({"cursor": statements["next_cursor"]})
    events = detail["events"]
    latest_events: list[dict[str, Any]] = []
    if events is not None:
        merged = {e["event_id"]: e for side in ("by", "towards") for e in events[side]["items"]}
        latest_events = sorted(
            merged.values(), key=lambda e: str(e.get("sort_date") or ""), reverse=True
        )[:PAGE]
    chart = timeline_svg(
        [(p["date"], p["count"]) for p in detail["timeline"]],
        label=f"Statements and events of {actor['name']} per date",
        events=event_counts(events),
    )
    return page(
        request,
        "actor.html",
        title=actor["name"],
        actor=actor,
        registry=detail["registry"],
        chart=chart,
        undated=detail["undated"],
        events=latest_events,
        events_stored=events is not None,
        items=statements["items"],
        actors={s["statement_id"]: actor["id"] for s in statements["items"]},
        next_url=next_url,
    )
