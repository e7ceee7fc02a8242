"""The event endpoints: ``GET /api/events`` (stored PLOVER events) and ``GET /api/positions``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict

from reportedly.api.routes import ARTICLE_ID, DEFAULT_PAGE, MAX_TEXT, Cursor, Limit
from reportedly.api.schemas import ErrorOut
from reportedly.api.state import state_of
from reportedly.model import EventType, Modality


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventRecordOut(_Model):
    """One stored event (``docs/data-format.md``, "Event record"), as in the JSONL export."""

    event_id: str
    type: EventType
    mode: str | None
    context: list[str]
    modality: Modality
    counts: bool
    source_text: str | None
    source_actor: str | None
    source_name: str | None
    source_code: str | None
    target_text: str | None
    target_actor: str | None
    target_name: str | None
    target_code: str | None
    trigger_text: str
    evidence_text: str
    condition_text: str | None
    statement_id: str | None
    date: str | None
    date_text: str | None
    sort_date: str | None
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None


class EventPageOut(_Model):
    """A page of events; pass ``next_cursor`` as ``cursor`` for the next one."""

    items: list[EventRecordOut]
    next_cursor: str | None


class PositionSideOut(_Model):
    """One side of a position: the mention and the actor it resolves to."""

    text: str
    actor_id: str | None
    name: str | None
    code: str | None


class PositionEvidenceOut(_Model):
    """Where a position is stated: article, statement and the quoted sentence."""

    event_id: str
    article_id: str
    statement_id: str | None
    quote: str
    statement: str | None
    speaker: str | None
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None


class PositionOut(_Model):
    """A demand, offer or rejection, what it asks for, its conditions and its evidence."""

    kind: Literal["demand", "offer", "rejection"]
    type: EventType
    mode: str | None
    modality: Modality
    conditional: bool
    source: PositionSideOut | None
    target: PositionSideOut | None
    trigger: str
    asks: list[str]
    conditions: list[str]
    date: str | None
    date_text: str | None
    year_known: bool | None
    sort_date: str | None
    dated_by: Literal["event", "publication"] | None
    evidence: PositionEvidenceOut


class PositionsOut(_Model):
    """The positions one side took (towards another), oldest first."""

    actor: str
    towards: str | None
    items: list[PositionOut]


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in (
        (400, "A bad argument (a cursor from another query)"),
        (404, "No such article"),
        (422, "A query parameter failed validation"),
        (500, "The store failed"),
    )
}

router = APIRouter(prefix="/api", tags=["events"], responses=_ERRORS)

ActorText = Annotated[
    str | None,
    Query(
        max_length=MAX_TEXT,
        description="An actor code (`RUS`), an actor id, or a name or alias of one.",
    ),
]
Since = Annotated[date | None, Query(description="Earliest event (else publication) date.")]
Until = Annotated[date | None, Query(description="Latest event (else publication) date.")]


@router.get("/events", response_model=EventPageOut)
def events(
    request: Request,
    type: Annotated[list[EventType] | None, Query(description="PLOVER event type(s).")] = None,
    actor: ActorText = None,
    towards: ActorText = None,
    since: Since = None,
    until: Until = None,
    modality: Annotated[
        list[Modality] | None, Query(description="Modality (asserted, negated, …).")
    ] = None,
    article: Annotated[
        str | None, Query(pattern=ARTICLE_ID, description="Article id or unique id prefix.")
    ] = None,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Stored PLOVER events: who did what to whom, in date order (event date, else
    publication date; undated last), each with its evidence sentence and statement."""
    with state_of(request).store() as store:
        page = store.events(
            type=type,
            actor=actor,
            towards=towards,
            since=since,
            until=until,
            modality=modality,
            article=article,
            limit=limit,
            after=cursor,
        )
    return {"items": list(page.items), "next_cursor": page.cursor}


@router.get("/positions", response_model=PositionsOut)
def positions(
    request: Request,
    actor: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_TEXT,
            description="The side: an actor code (`USA`), an actor id, or a name or alias.",
        ),
    ],
    towards: ActorText = None,
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    """What conditions each side set for talks, and how that changed: the demands, offers
    and rejections of ``actor`` (towards ``towards``) with their conditions and evidence."""
    from reportedly.events.positions import positions as build

    with state_of(request).store() as store:
        items = build(store, actor=actor, towards=towards, since=since, until=until)
    return {"actor": actor, "towards": towards, "items": items}
