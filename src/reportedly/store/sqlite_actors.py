"""The actor queries of the SQLite store: actors with their counts, one actor in full."""

from __future__ import annotations

import json
from typing import Any

from reportedly.actors.registry import ActorRegistry
from reportedly.errors import NotFound
from reportedly.store.dialect import Connection
from reportedly.store.linking import canonical
from reportedly.store.sql import name_needle
from reportedly.store.sqlite_select import STATEMENT_SELECT, statement_records

# counts kept at write time (store/actor_counts.py); an actor without a row has none yet
_COUNTS = (
    "SELECT a.id, a.name, a.kind, a.origin, a.code, coalesce(c.statements, 0) AS statements,"
    " coalesce(c.mentions, 0) AS mentions, coalesce(c.articles, 0) AS articles"
    " FROM actors a LEFT JOIN actor_counts c ON c.actor_id = a.id WHERE a.merged_into IS NULL"
)
# the busiest first: walks the ``actor_counts_rank`` index
_RANKED = (
    "SELECT a.id, a.name, a.kind, a.origin, a.code, c.statements, c.mentions, c.articles"
    " FROM actor_counts c JOIN actors a ON a.id = c.actor_id"
    " WHERE a.merged_into IS NULL AND (c.statements > 0 OR c.mentions > 0)"
)
ACTOR_KEY = (int, int, str)  # statements, mentions, id


def _summary(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "name": row["name"],
        "kind": row["kind"],
        "origin": row["origin"],
        "code": row["code"],
        "mentions": int(row["mentions"]),
        "statements": int(row["statements"]),
        "articles": int(row["articles"]),
    }


def actor_cursor(item: dict[str, Any]) -> tuple[int, int, str]:
    """The sort key of an actor summary, for the cursor of the page it ends."""
    return (item["statements"], item["mentions"], item["id"])


def select_actors(
    conn: Connection,
    search: str | None,
    limit: int,
    after: tuple[Any, ...] | None = None,
) -> list[dict[str, Any]]:
    """Actors (merged ones left out) with mention, statement and article counts, busiest
    first, after the sort key ``after``; ``search`` matches any of their names or their id,
    case- and accent-free."""
    sql, params = _RANKED, []
    if search is not None and search.strip():
        needle = name_needle(search)
        sql += (
            " AND (instr(a.id, ?) > 0 OR a.id IN"
            " (SELECT actor_id FROM actor_names WHERE instr(folded, ?) > 0))"
        )
        params += [search.strip().lower(), needle]
    if after is not None:
        statements, mentions, last = after
        sql += (
            " AND c.statements <= ? AND (c.statements < ? OR (c.statements = ?"
            " AND (c.mentions < ? OR (c.mentions = ? AND c.actor_id > ?))))"
        )
        params += [statements, statements, statements, mentions, mentions, last]
    sql += " ORDER BY c.statements DESC, c.mentions DESC, c.actor_id LIMIT ?"
    return [_summary(r) for r in conn.execute(sql, [*params, limit])]


def select_actor(conn: Connection, actor_id: str, store: str, statements: int) -> dict[str, Any]:
    """One actor: its counts, names, the roles articles gave it and its latest statements.

    Raises:
        NotFound: the store has no actor ``actor_id`` (merged ids lead to the survivor).
    """
    survivor = canonical(conn, actor_id)
    row = conn.execute(_COUNTS + " AND a.id = ?", (survivor,)).fetchone()
    if row is None:
        raise NotFound(f"no actor {actor_id!r} in store {store}; see `reportedly actors`")
    found = _summary(row)
    found["names"] = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM actor_names WHERE actor_id = ? ORDER BY name", (survivor,)
        )
    ]
    roles: dict[str, int] = {}
    for r in conn.execute(
        "SELECT roles, count(*) FROM entities WHERE linked_actor = ? GROUP BY roles", (survivor,)
    ):
        for role in json.loads(r[0]):
            roles[role] = roles.get(role, 0) + int(r[1])
    found["article_roles"] = sorted(roles, key=lambda k: (-roles[k], k))
    found["merged"] = [
        str(r[0])
        for r in conn.execute(
            "SELECT id FROM actors WHERE merged_into = ? ORDER BY id", (survivor,)
        )
    ]
    rows = conn.execute(
        f"SELECT {STATEMENT_SELECT} FROM statements s"
        " JOIN articles a ON a.id = s.article_id WHERE s.linked_actor = ?"
        " ORDER BY s.pub_order, s.article_id, s.extent_start, s.id LIMIT ?",
        (survivor, statements),
    ).fetchall()
    found["statements_latest"] = statement_records(conn, rows)
    return found


def unseen_actor(registry: ActorRegistry, actor_id: str) -> dict[str, Any]:
    """A registry actor no stored article has named yet, as :func:`select_actor` would give
    it: zero counts, no names, roles or statements.

    Raises:
        NotFound: the registry does not list ``actor_id``.
    """
    a = registry.by_id(actor_id)
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.type,
        "origin": "registry",
        "code": a.code,
        "mentions": 0,
        "statements": 0,
        "articles": 0,
        "names": [],
        "article_roles": [],
        "merged": [],
        "statements_latest": [],
    }
