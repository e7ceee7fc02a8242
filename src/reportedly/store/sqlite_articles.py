"""The article SELECTs of the SQLite store: article pages, article-id prefixes, one article."""

from __future__ import annotations

from typing import Any

from reportedly.errors import InputError, NotFound, StoreError
from reportedly.model import Analysis
from reportedly.store import rows as rowmap
from reportedly.store.base import E_AMBIGUOUS, E_READ, MIN_PREFIX, is_id_prefix
from reportedly.store.dialect import Connection, prefix_match
from reportedly.store.sql import Where


def select_articles(
    conn: Connection, language: str | None, key: tuple[Any, ...] | None, limit: int
) -> list[Any]:
    """Up to ``limit`` article rows (with their statement counts) after ``key``, newest
    first, in ``language`` only when given."""
    where = Where()
    where.equal("a.language", language)
    if key is not None:
        where.add("(a.pub_order, a.id) > (?, ?)", *key)
    rows: list[Any] = conn.execute(
        "SELECT a.*, (SELECT count(*) FROM statements s WHERE s.article_id = a.id)"
        f" AS statements FROM articles a{where.sql()} ORDER BY a.pub_order, a.id LIMIT ?",
        [*where.params, limit],
    ).fetchall()
    return rows


def resolve_article(conn: Connection, id_or_prefix: str, store: str) -> str:
    """The id of the one article whose id is, or starts with, ``id_or_prefix``.

    Raises:
        NotFound: no article matches, or (code E406) several do.
    """
    exact = id_or_prefix.strip()
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (exact,)).fetchone():
        return exact
    value = exact.lower()
    if not is_id_prefix(value):
        raise NotFound(
            f"no article {id_or_prefix!r} in store {store} "
            f"(an id prefix needs at least {MIN_PREFIX} hex characters)"
        )
    condition, wildcard = prefix_match(conn, "id")
    ids = [
        str(r[0])
        for r in conn.execute(
            f"SELECT id FROM articles WHERE {condition} ORDER BY id LIMIT 6", (value + wildcard,)
        )
    ]
    if not ids:
        raise NotFound(f"no article id starts with {value!r} in store {store}")
    if len(ids) > 1:
        listed = ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")
        raise NotFound(
            f"article id prefix {value!r} is ambiguous: it matches {listed}; give more characters",
            code=E_AMBIGUOUS,
        )
    return ids[0]


def load_article(conn: Connection, aid: str, store: str) -> Analysis:
    """The stored analysis of article ``aid`` (its annotation is ``None``).

    Raises:
        StoreError: the stored rows are damaged.
    """
    tables = {
        t: conn.execute(
            f"SELECT * FROM {t} WHERE article_id = ? ORDER BY position", (aid,)
        ).fetchall()
        for t in ("entities", "statements", "citations", "skips", "events")
    }
    article = conn.execute("SELECT * FROM articles WHERE id = ?", (aid,)).fetchone()
    try:
        return rowmap.from_rows(
            article,
            tables["entities"],
            tables["statements"],
            tables["citations"],
            tables["skips"],
            tables["events"],
        )
    except InputError as e:
        raise StoreError(f"article {aid} in store {store} is damaged: {e}", code=E_READ) from e
