"""The plain records of cross-language tracing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredStatement:
    """What cross-language tracing needs of a stored statement."""

    id: str
    article_id: str
    text: str  # the quoted words when there are any, else the content (see ``quote_text``)
    language: str
    actor: str | None = None  # the store's actor id (``statements.linked_actor``)
    speaker: str | None = None
    published: date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
