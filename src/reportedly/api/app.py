"""The ASGI app: create_app wires the store, security headers, errors, API and web pages."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reportedly import __version__
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.registry import default_registry as default_actors
from reportedly.api.hosts import HostCheck
from reportedly.api.hosts import allowed_hosts as default_hosts
from reportedly.api.render import error_status
from reportedly.api.state import AppState, wants_json
from reportedly.config import default_db_path
from reportedly.errors import ReportedlyError
from reportedly.provenance.outlets import OutletRegistry
from reportedly.provenance.outlets import default_registry as default_outlets
from reportedly.store import Store
from reportedly.store.dialect import is_url, redact

STATIC = Path(__file__).parent / "static"
DEFAULT_MAX_INGEST_BYTES = 5_000_000

CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
_SWAGGER_CDN = "https://cdn.jsdelivr.net"
_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """ASGI middleware adding the CSP (unless a route set its own) and hardening headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers.extend(h for h in _HEADERS if h[0] not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


def _docs_page() -> HTMLResponse:
    """Swagger UI, with a CSP that admits its CDN and exactly its one inline script."""
    page = get_swagger_ui_html(openapi_url="/openapi.json", title="reportedly API")
    body = bytes(page.body).decode("utf-8")
    hashes = []
    for script in re.findall(r"<script>(.*?)</script>", body, flags=re.S):
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    csp = (
        f"default-src 'self'; script-src {_SWAGGER_CDN} {' '.join(hashes)}; "
        f"style-src {_SWAGGER_CDN}; img-src 'self' data: https://fastapi.tiangolo.com; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
    return HTMLResponse(body, headers={"Content-Security-Policy": csp})


def create_app(
    db_path: Path | str | None,
    *,
    ingest_token: str | None = None,
    max_ingest_bytes: int = DEFAULT_MAX_INGEST_BYTES,
    actor_registry: ActorRegistry | None = None,
    outlet_registry: OutletRegistry | None = None,
    allowed_hosts: Iterable[str] | None = None,
) -> FastAPI:
    """Build the web app over the store at ``db_path`` (``None``: the default store).

    The store is created and migrated once here; each request then opens its own
    connection (SQLite connections are bound to the thread that made them).

    Args:
        db_path: the store to serve: an SQLite file or a ``postgresql://`` URL.
        ingest_token: the bearer token ``POST /api/ingest`` requires; ``None`` disables it.
        max_ingest_bytes: the largest request body the ingest endpoint reads.
        actor_registry: the actors whose registry facts pages show (default: packaged).
        outlet_registry: the outlets whose registry facts pages show (default: packaged).
        allowed_hosts: the ``Host`` names answered (default: the loopback names); any other
            gets a 400, against DNS rebinding (see :mod:`reportedly.api.hosts`).

    Raises:
        StoreError: the store cannot be opened or migrated.
    """
    from reportedly.api import actors, events, outlets, render, routes, trace, web

    with Store.open(db_path) as store:
        opened = store.path
    # a database URL is kept as given (with its password: each server thread connects)
    location = Path(opened) if not is_url(opened) else db_path or default_db_path()
    state = AppState(
        db_path=location,
        ingest_token=ingest_token or None,
        max_ingest_bytes=max_ingest_bytes,
        actors=actor_registry or default_actors(),
        outlets=outlet_registry or default_outlets(),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()  # the connections the server threads kept

    app = FastAPI(
        lifespan=lifespan,
        title="reportedly",
        version=__version__,
        summary="Who said what, to whom, on whose authority, and when.",
        description=(
            "Statements attributed in news articles, their speakers, cue words and cited "
            "sources, with character offsets into each article's text. Every error has the "
            'shape `{"ok": false, "error": "...", "status": 400}`.'
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.reportedly = state
    hosts = default_hosts() if allowed_hosts is None else default_hosts(extra=allowed_hosts)
    app.add_middleware(HostCheck, hosts=hosts)
    app.add_middleware(SecurityHeaders)  # added last: runs first, so refusals get it too
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return _docs_page()

    def error(request: Request, status: int, message: str) -> Response:
        # Error messages of the store name its file: clients need not know server paths.
        for name in dict.fromkeys((opened, redact(str(location)), str(location))):
            message = message.replace(f"store {name}", "the store").replace(name, "the store")
        if wants_json(request):
            return JSONResponse({"ok": False, "error": message, "status": status}, status)
        return render.error_page(request, status, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = error(request, exc.status_code, str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error(request, 422, _validation_message(exc))

    @app.exception_handler(ReportedlyError)
    async def reportedly_error(request: Request, exc: ReportedlyError) -> Response:
        return error(request, error_status(exc), str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        return error(request, 500, f"internal error: {type(exc).__name__}")

    app.include_router(routes.router)
    app.include_router(events.router)
    for module in (actors, outlets, trace):
        app.include_router(module.api_router)
    app.include_router(web.router)
    for module in (actors, outlets, trace):
        app.include_router(module.web_router)
    return app
