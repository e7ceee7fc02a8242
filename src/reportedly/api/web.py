"""The web pages: server-rendered Jinja2 over the same store and queries as the API."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from reportedly.api.outlets import outlet_list
from reportedly.api.render import error_page, error_status, page
from reportedly.api.state import TALLY_CAP, state_of
from reportedly.api.timeline_chart import timeline_svg
from reportedly.api.views import article_view, speaker_url
from reportedly.attribution.act_views import view_line
from reportedly.confidence import DEFAULT_MIN_CONFIDENCE
from reportedly.errors import InputError, ReportedlyError
from reportedly.model import STATEMENT_ACTS, STATEMENT_KINDS
from reportedly.provenance.stage import article_outlet

PAGE = 25
MAX_TEXT = 200
MAX_CURSOR = 512

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Text = Annotated[str, Query(max_length=MAX_TEXT)]
Cursor = Annotated[str | None, Query(max_length=MAX_CURSOR)]


def _date(name: str, value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(name, f"{value!r:.40} is not a date (use YYYY-MM-DD)") from None


@router.get("/")
def home(request: Request) -> HTMLResponse:
    """Counts, recent articles, most quoted actors and outlets."""
    state = state_of(request)
    with state.store() as store:
        counts = store.counts()
        recent = store.articles(limit=8).items
        speakers = store.actors(limit=8)
    with state.reader() as reader:
        outlets = outlet_list(reader, state.outlets, limit=8)
        quoted = reader.quoted_actor_count()
    return page(
        request,
        "home.html",
        title="reportedly",
        counts=counts,
        recent=recent,
        speakers=[s for s in speakers if s["statements"] > 0],
        quoted=quoted,
        outlets=outlets,
    )


@router.get("/search")
def search(
    request: Request,
    q: Text = "",
    speaker: Text = "",
    outlet: Text = "",
    kind: Text = "",
    since: Text = "",
    until: Text = "",
    lang: Text = "",
    act: Text = "speech",
    doubtful: Text = "",
    sort: Text = "",
    cursor: Cursor = None,
) -> HTMLResponse:
    """Statements matching the filters, newest first; no filter lists the latest. Shows
    what was said unless asked for another act, and says how many statements it hides;
    doubtful statements are left out (and counted) unless ``doubtful`` is set."""
    act = act or "speech"
    form = {
        "q": q,
        "speaker": speaker,
        "outlet": outlet,
        "kind": kind,
        "since": since,
        "until": until,
        "lang": lang,
        "act": act,
        "doubtful": "1" if doubtful else "",
        "sort": "confidence" if sort == "confidence" else "",
    }
    error = None
    status = 200
    items: tuple[dict[str, Any], ...] = ()
    actors: dict[str, str] = {}
    next_url = None
    view = ""
    hidden = 0
    hidden_exact = True
    try:
        if kind and kind not in STATEMENT_KINDS:
            raise InputError("kind", f"unknown statement kind {kind!r:.40}")
        if act != "all" and act not in STATEMENT_ACTS:
            raise InputError("act", f"unknown statement act {act!r:.40}")
        filters: dict[str, Any] = {
            "search": q or None,
            "speaker": speaker or None,
            "outlet": outlet or None,
            "kind": kind or None,
            "since": _date("since", since),
            "until": _date("until", until),
            "language": lang or None,
        }
        shown = None if act == "all" else act
        threshold = None if doubtful else DEFAULT_MIN_CONFIDENCE
        with state_of(request).store() as store:
            result, tally = store.statement_view(
                **filters,
                act=shown,
                shown_confidence=threshold,
                sure=DEFAULT_MIN_CONFIDENCE,
                cap=TALLY_CAP,
                sort=form["sort"] or "newest",
                limit=PAGE,
                after=cursor or None,
            )
        acts = tally.total if threshold is None else tally.sure
        view = view_line(act, {a: n for a, n in acts.items() if n}, exact=tally.exact)
        if threshold is not None and not cursor:
            hidden = sum(n - tally.sure[a] for a, n in tally.total.items() if shown in (None, a))
            hidden_exact = tally.exact
        items = result.items
        with state_of(request).reader() as reader:
            actors = reader.statement_actors([i["statement_id"] for i in items])
        if result.cursor is not None:
            kept = {k: v for k, v in form.items() if v}
            next_url = "/search?" + urlencode({**kept, "cursor": result.cursor})
    except ReportedlyError as e:
        error, status = str(e), error_status(e)
    return page(
        request,
        "search.html",
        status,
        title=f"Search: {q}" if q else "Search statements",
        form=form,
        items=items,
        actors=actors,
        error=error,
        next_url=next_url,
        paged=cursor is not None,
        view=view,
        all_url="/search?" + urlencode({**{k: v for k, v in form.items() if v}, "act": "all"}),
        hidden=hidden,
        hidden_exact=hidden_exact,
        min_confidence=DEFAULT_MIN_CONFIDENCE,
        doubtful_url="/search?"
        + urlencode({**{k: v for k, v in form.items() if v}, "doubtful": "1"}),
    )


@router.get("/articles")
def articles(request: Request, cursor: Cursor = None, lang: Text = "") -> HTMLResponse:
    """Every stored article (in one language with ``lang``), newest first."""
    try:
        with state_of(request).store() as store:
            result = store.articles(limit=PAGE, after=cursor, language=lang or None)
    except InputError as e:
        return error_page(request, 400, str(e))
    kept = {"lang": lang} if lang else {}
    next_url = (
        None
        if result.cursor is None
        else "/articles?" + urlencode({**kept, "cursor": result.cursor})
    )
    return page(
        request,
        "articles.html",
        title="Articles",
        items=result.items,
        next_url=next_url,
        lang=lang,
    )


@router.get("/articles/{article_id}")
def article(request: Request, article_id: Annotated[str, PathParam(max_length=64)]) -> HTMLResponse:
    """The article text with every statement highlighted, and a panel of statement cards."""
    state = state_of(request)
    with state.store() as store:
        analysis = store.article(article_id)
    with state.reader() as reader:
        actors = reader.statement_actors([s.id for s in analysis.statements])
        entity_actors = reader.entity_actors(analysis.article.id)
        names = reader.actor_names([*actors.values(), *entity_actors.values()])
    view = article_view(analysis, actors=actors, actor_names=names, outlets=state.outlets)
    a = analysis.article
    return page(
        request,
        "article.html",
        title=a.title or "Untitled article",
        article=a,
        view=view,
        analysis=analysis,
        entity_actors=entity_actors,
        own_outlet=article_outlet(a, state.outlets),
    )


@router.get("/speakers")
def speakers(request: Request, q: Text = "", cursor: Cursor = None) -> HTMLResponse:
    """Resolved speakers, most statements first."""
    with state_of(request).reader() as reader:
        result = reader.speakers(query=q or None, limit=PAGE * 2, after=cursor)
    next_url = None
    if result.cursor is not None:
        next_url = "/speakers?" + urlencode({**({"q": q} if q else {}), "cursor": result.cursor})
    return page(
        request, "speakers.html", title="Speakers", items=result.items, q=q, next_url=next_url
    )


@router.get("/speakers/{speaker_id:path}")
def speaker(
    request: Request,
    speaker_id: Annotated[str, PathParam(max_length=MAX_TEXT)],
    cursor: Cursor = None,
) -> HTMLResponse:
    """One speaker: a timeline of their statements and the statements themselves."""
    with state_of(request).reader() as reader:
        summary = reader.speaker(speaker_id)
        dated, undated = reader.timeline(speaker_id)
        result = reader.speaker_statements(speaker_id, limit=PAGE, after=cursor)
    name = summary["name"] or speaker_id
    next_url = None
    if result.cursor is not None:
        next_url = speaker_url(speaker_id) + "?" + urlencode({"cursor": result.cursor})
    return page(
        request,
        "speaker.html",
        title=name,
        speaker=summary,
        chart=timeline_svg(dated, label=f"Statements by {name} per publication date"),
        undated=undated,
        items=result.items,
        actors={},
        next_url=next_url,
    )
