"""What the SQL shared by both back ends needs to know about the connection it runs on.

The query modules write SQL once, with ``?`` placeholders, and run it on an ``sqlite3``
connection or on :class:`reportedly.store.pg.PgConnection` (which turns ``?`` into psycopg's
``%s``). Where the dialects differ (full-text search, prefix matching, planner hints) they ask
:func:`is_postgres`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

URL_SCHEMES = ("postgresql", "postgres")


class Connection(Protocol):
    """An open connection the shared SQL runs on: ``sqlite3.Connection`` or ``PgConnection``."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


def is_postgres(conn: object) -> bool:
    """Whether ``conn`` is a PostgreSQL connection (else it is SQLite)."""
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def is_url(target: str | Path | None) -> bool:
    """Whether ``target`` names a PostgreSQL database (``postgresql://…``), not a file."""
    if target is None or isinstance(target, Path):
        return False
    return urlsplit(str(target)).scheme in URL_SCHEMES


def redact(url: str) -> str:
    """``url`` without its password (in the user part or a ``password=`` parameter), for
    messages and logs."""
    parts = urlsplit(url)
    netloc, query = parts.netloc, parts.query
    if parts.password is not None:
        netloc = f"{parts.username or ''}:***@{netloc.rsplit('@', 1)[-1]}"
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(k == "password" for k, _ in pairs):
        hidden = [(k, "***" if k == "password" else v) for k, v in pairs]
        query = urlencode(hidden, safe="/*:")
    if (netloc, query) == (parts.netloc, parts.query):
        return url
    # by hand: urlunsplit would drop the empty host of postgresql:///name
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def prefix_match(conn: object, column: str) -> tuple[str, str]:
    """A condition matching ``column`` values that start with a parameter, and the wildcard
    to append to that parameter (the prefixes are hex or alphanumeric: nothing to escape)."""
    if is_postgres(conn):
        return f"{column} LIKE ?", "%"
    return f"{column} GLOB ?", "*"


def no_index(conn: object, column: str) -> str:
    """``column`` as SQLite's planner may not look it up by index (a unary ``+``, where a
    walk of the order index or a range is better); PostgreSQL's planner chooses itself."""
    return column if is_postgres(conn) else f"+{column}"
