"""The JSON API under ``/api``: statements, articles, speakers, counts, ingest.

Actors, outlets and quote traces have their own modules (``actors``, ``outlets``, ``trace``).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from reportedly.api import ingest, schemas
from reportedly.api.state import TALLY_CAP, state_of
from reportedly.serialize import analysis_to_dict

MAX_PAGE = 200
DEFAULT_PAGE = 50
MAX_TEXT = 200
# a path parameter of a ":path" route: without control characters, since the route would
# otherwise read "/speakers/%0A" as an empty id (a regex "$" matches before a final newline)
NO_CONTROL_CHARACTERS = r"^[^\x00-\x1f\x7f]+$"
MAX_CURSOR = 512
ARTICLE_ID = r"^[0-9a-fA-F]{6,64}$"

router = APIRouter(prefix="/api", tags=["api"], responses=schemas.ERRORS)
# The statements route writes its own JSON, in the thread it runs in: FastAPI would check
# the answer against the route's model in a second hand-off to a worker thread, then write
# it (~0.3 ms for 50 records of a search, the check two thirds of it). The records are the
# store's export records, written as the model writes them (tests/api/test_routes.py).
_ANSWER = TypeAdapter(dict[str, Any])

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (1–{MAX_PAGE}).")]
Cursor = Annotated[
    str | None,
    Query(
        max_length=MAX_CURSOR,
        pattern=r"^[A-Za-z0-9_-]*$",
        description="`next_cursor` of the previous page (opaque; other values are a 400).",
    ),
]
Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Lang = Annotated[
    str | None,
    Query(
        pattern=r"^[A-Za-z]{2,3}$",
        description="Articles in this language only: en, ru, uk, und (undetermined).",
    ),
]


@router.get("/statements", response_model=schemas.StatementPageOut)
def statements(
    request: Request,
    q: Annotated[
        str | None,
        Query(max_length=MAX_TEXT, description="Words that must all occur (full text)."),
    ] = None,
    speaker: Annotated[
        str | None,
        Query(max_length=MAX_TEXT, description="Substring of the speaker's name or mention."),
    ] = None,
    outlet: Annotated[
        str | None,
        Query(max_length=MAX_TEXT, description="Substring of the outlet or a cited source."),
    ] = None,
    since: Annotated[date | None, Query(description="Earliest publication date.")] = None,
    until: Annotated[date | None, Query(description="Latest publication date.")] = None,
    kind: Annotated[schemas.Kind | None, Query(description="Statement kind.")] = None,
    article: Annotated[
        str | None, Query(pattern=ARTICLE_ID, description="Article id or unique id prefix.")
    ] = None,
    act: Annotated[
        schemas.ActView,
        Query(description="What the statements do: speech (said), belief, intent, other, all."),
    ] = "speech",
    min_confidence: Annotated[
        float | None,
        Query(ge=0, le=1, description="Leave out statements of a lower confidence (0–1)."),
    ] = None,
    lang: Lang = None,
    min_speaker_confidence: Annotated[
        float | None,
        Query(
            ge=0,
            le=1,
            description="Leave out statements whose resolved speaker has a lower speaker "
            "confidence (0–1); those with no resolved speaker are kept.",
        ),
    ] = None,
    sort: Annotated[
        Literal["newest", "confidence"],
        Query(description="`newest` article first (default), or the likeliest `confidence` first."),
    ] = "newest",
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> Response:
    """Search statements, newest article first (or the likeliest first); records are those of
    the JSONL export.

    Shows what was said (``act=speech``) unless asked for another act; ``hidden`` counts the
    matching statements of other acts, on the first page only: exactly for a search of one
    word, else among the first 1,000 matches (``hidden_exact`` false: more match, and the
    counts are lower bounds). A record with
    ``negated`` true was NOT said (believed, intended): never show it as an assertion.
    """
    filters: dict[str, Any] = {
        "search": q,
        "speaker": speaker,
        "outlet": outlet,
        "since": since,
        "until": until,
        "kind": kind,
        "article": article,
        "min_confidence": min_confidence,
        "language": lang,
        "min_speaker_confidence": min_speaker_confidence,
    }
    shown = None if act == "all" else act
    with state_of(request).store() as store:
        # what the view hides is the same on every page: counted on the first
        tally = None
        if shown is not None and cursor is None:
            page, tally = store.statement_view(
                **filters, act=shown, sort=sort, limit=limit, cap=TALLY_CAP
            )
        else:
            page = store.statements(**filters, act=shown, sort=sort, limit=limit, after=cursor)
    counts = {} if tally is None else tally.total
    hidden = {a: n for a, n in sorted(counts.items()) if a != shown}
    answer = {
        "items": list(page.items),
        "next_cursor": page.cursor,
        "act": act,
        "hidden": hidden,
        "hidden_exact": tally is None or tally.exact,
    }
    return Response(content=_ANSWER.dump_json(answer), media_type="application/json")


@router.get("/articles", response_model=schemas.ArticlePageOut)
def articles(
    request: Request, limit: Limit = DEFAULT_PAGE, cursor: Cursor = None, lang: Lang = None
) -> dict[str, Any]:
    """List stored articles, newest first, undated last (in one language with ``lang``)."""
    with state_of(request).store() as store:
        page = store.articles(limit=limit, after=cursor, language=lang)
    return {"items": list(page.items), "next_cursor": page.cursor}


@router.get("/articles/{article_id}", response_model=schemas.AnalysisOut)
def article(
    request: Request,
    article_id: Annotated[str, Path(pattern=ARTICLE_ID, description="Id or unique prefix.")],
) -> dict[str, Any]:
    """One article with its statements, entities and citations, every span with offsets."""
    with state_of(request).store() as store:
        analysis = store.article(article_id)
    return analysis_to_dict(analysis)


@router.get("/speakers", response_model=schemas.SpeakerPageOut)
def speakers(
    request: Request,
    q: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="Substring of the name or id.")
    ] = None,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Resolved speakers with how many statements they made, most first."""
    with state_of(request).reader() as reader:
        rows = reader.speakers(query=q or None, limit=limit, after=cursor)
    return {"items": list(rows.items), "next_cursor": rows.cursor}


SpeakerId = Annotated[str, Path(min_length=1, max_length=MAX_TEXT, pattern=NO_CONTROL_CHARACTERS)]


@router.get("/speakers/{speaker_id:path}", response_model=schemas.SpeakerDetailOut)
def speaker(
    request: Request,
    speaker_id: SpeakerId,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """One speaker: totals, statements per publication date, and a page of statements."""
    with state_of(request).reader() as reader:
        summary = reader.speaker(speaker_id)
        dated, undated = reader.timeline(speaker_id)
        rows = reader.speaker_statements(speaker_id, limit=limit, after=cursor)
    return {
        "speaker": summary,
        "timeline": [{"date": d, "count": n} for d, n in dated],
        "undated": undated,
        "statements": {"items": list(rows.items), "next_cursor": rows.cursor},
    }


@router.get("/counts", response_model=schemas.CountsOut)
def counts(request: Request) -> dict[str, int]:
    """How many articles, statements, citations and skips the store holds."""
    with state_of(request).store() as store:
        return store.counts()


@router.post(
    "/ingest",
    response_model=schemas.IngestOut,
    responses={
        403: {"model": schemas.ErrorOut, "description": "No token configured, or a wrong one"},
        413: {"model": schemas.ErrorOut, "description": "The body is over the size limit"},
        415: {"model": schemas.ErrorOut, "description": "Not text, HTML or JSON Lines"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                media: {"schema": {"type": "string", "minLength": 1}}
                for media in ingest.MEDIA_TYPES
            },
        }
    },
)
async def ingest_articles(
    request: Request,
    title: Text = None,
    outlet: Text = None,
    url: Annotated[str | None, Query(max_length=2048)] = None,
    published: date | None = None,
) -> dict[str, Any]:
    """Analyse and store articles sent as plain text, HTML or JSON Lines.

    Needs `Authorization: Bearer <token>` with the token the server was started with; the
    endpoint is disabled (403) when none was. Query fields set the metadata of a text or
    HTML body; JSON Lines carry their own per line.
    """
    state = state_of(request)
    ingest.check_token(request, state.ingest_token)
    media = ingest.media_type(request)
    body = await ingest.read_body(request, state.max_ingest_bytes)
    metadata = {
        k: v
        for k, v in (("title", title), ("outlet", outlet), ("url", url), ("published", published))
        if v is not None
    }
    return await run_in_threadpool(ingest.ingest, state, body, media, metadata)
