"""The ingest endpoint's work: check the token, read a bounded body, analyse and store."""

from __future__ import annotations

import hmac
import io
from collections.abc import Iterator
from typing import Any

from fastapi import HTTPException, Request

from reportedly.api.state import AppState
from reportedly.errors import InputError
from reportedly.ingest import IngestOptions, read_html, read_jsonl, read_text
from reportedly.model import Article

TEXT = "text/plain"
HTML = "text/html"
JSONL = "application/x-ndjson"
MEDIA_TYPES: tuple[str, ...] = (TEXT, HTML, JSONL)
_ALIASES = {"application/jsonl": JSONL, "application/json-lines": JSONL}
SOURCE = "api"


def check_token(request: Request, token: str | None) -> None:
    """Refuse (403) unless a token is configured and the request bears it."""
    if token is None:
        raise HTTPException(403, "ingest is disabled: start the server with --token to enable it")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        value.strip().encode("utf-8"), token.encode("utf-8")
    ):
        raise HTTPException(403, "a valid 'Authorization: Bearer <token>' header is required")


def media_type(request: Request) -> str:
    """The body's media type, one of :data:`MEDIA_TYPES` (415 otherwise)."""
    raw = request.headers.get("content-type", "").split(";")[0].strip().lower()
    media = _ALIASES.get(raw, raw)
    if media not in MEDIA_TYPES:
        raise HTTPException(
            415, f"unsupported content type {raw or 'none'!r}; send {', '.join(MEDIA_TYPES)}"
        )
    return media


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) anything over ``limit`` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body of {int(declared):,} bytes is over the {limit:,} limit")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body is over the {limit:,} byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _articles(
    body: bytes, media: str, metadata: dict[str, Any], options: IngestOptions
) -> Iterator[Article | InputError]:
    if media == JSONL:
        yield from read_jsonl(io.BytesIO(body), source=SOURCE, options=options)
        return
    # A single text or HTML body that cannot be read fails the request (InputError: 400).
    reader = read_html if media == HTML else read_text
    yield reader(body, source=SOURCE, metadata=metadata, options=options)


def ingest(state: AppState, body: bytes, media: str, metadata: dict[str, Any]) -> dict[str, Any]:
    """Analyse every article in ``body`` and save it; unreadable inputs are listed as failed.

    Runs in a worker thread: it opens its own store connection there.

    Raises:
        InputError: the body holds no article at all (a 400).
    """
    options = IngestOptions(max_bytes=state.max_ingest_bytes)
    done: list[dict[str, Any]] = []
    failed: list[dict[str, str]] = []
    pipeline, lock = state.pipeline()
    with state.store() as store:
        for item in _articles(body, media, metadata, options):
            if isinstance(item, InputError):
                failed.append({"source": item.source, "error": str(item)})
                continue
            limit = pipeline.settings.max_chars
            if len(item.text) > limit:  # a request must not hold the pipeline for minutes
                too_long = (
                    f"[E104] {item.source}: text of {len(item.text):,} characters is over the "
                    f"API's analysis limit of {limit:,}; analyse it with `reportedly run`"
                )
                if media != JSONL:
                    raise HTTPException(413, too_long)
                failed.append({"source": item.source, "error": too_long})
                continue
            with lock:
                analysis = pipeline.analyze(item)
            fatal = [s for s in analysis.skipped if s.code.startswith("E2")]
            if fatal:  # the pipeline could not analyse it: listed, not stored
                error = f"[{fatal[0].code}] {item.source}: {fatal[0].reason}"
                failed.append({"source": item.source, "error": error})
                continue
            added = store.save(analysis)
            done.append(
                {
                    "id": item.id,
                    "title": item.title,
                    "source": item.source,
                    "statements": len(analysis.statements),
                    "added": added,
                }
            )
    if not done and not failed:
        raise InputError(SOURCE, "the body holds no article", code="E101")
    return {"ok": True, "articles": done, "failed": failed}
