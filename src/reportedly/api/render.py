"""Rendering the web pages: the Jinja2 environment, a page and the HTML error page.

Every page module renders through here, so none of them imports another page module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from reportedly import __version__
from reportedly.api.cards import statement_card
from reportedly.api.views import actor_url, outlet_url, speaker_url, trace_url
from reportedly.attribution.act_views import act_label
from reportedly.confidence import confidence_label, confidence_title, speaker_confidence_title
from reportedly.errors import InputError, NotFound, ReportedlyError
from reportedly.ingest.language import DETECTED, UNDETERMINED
from reportedly.model import STATEMENT_ACTS, STATEMENT_KINDS

TEMPLATES = Path(__file__).parent / "templates"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else ``None`` (never a ``javascript:`` href)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        speaker_url=speaker_url,
        outlet_url=outlet_url,
        actor_url=actor_url,
        trace_url=trace_url,
        safe_url=safe_url,
        version=__version__,
        kinds=STATEMENT_KINDS,
        acts=STATEMENT_ACTS,
        languages=(*DETECTED, UNDETERMINED),
        act_label=act_label,
        confidence_label=confidence_label,
        confidence_title=confidence_title,
        speaker_confidence_title=speaker_confidence_title,
        statement_card=statement_card,
    )
    return env


ENV = _env()


def error_status(error: ReportedlyError) -> int:
    """The HTTP status of ``error``: the request's fault (400, 404) or the server's (500: a
    store that cannot be reached is not a bad search)."""
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, InputError):
        return 400
    return 500


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render template ``name`` with ``context``."""
    html = ENV.get_template(name).render(path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """The HTML error page (the API answers errors as JSON instead)."""
    titles = {400: "Bad request", 403: "Forbidden", 404: "Not found", 422: "Bad request"}
    return page(
        request,
        "error.html",
        status,
        title=titles.get(status, "Something went wrong"),
        status=status,
        message=message,
    )
