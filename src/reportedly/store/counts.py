"""Counts kept at write time (tables ``actor_counts`` and ``table_counts``, migration 0008;
``outlet_counts``, migration 0013; ``speaker_names``, migration 0014).

The home page shows how many articles, statements, citations and skips are stored, and the
home page and the actor list rank actors by statements, mentions and articles, and the
outlet list ranks outlets by articles and citations; counting those per request costs a
pass over every statement, article or citation. Each save adds the saved article's
counts, a replace first takes the old article's away, and a merge recounts the survivor.
The SQL is plain ``INSERT … ON CONFLICT DO UPDATE``, which PostgreSQL runs as well.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from reportedly.store.dialect import Connection

# statements, mentions, articles
Counts = tuple[int, int, int]

_UPSERT = (
    "INSERT INTO actor_counts (actor_id, statements, mentions, articles) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (actor_id) DO UPDATE SET"
    " statements = actor_counts.statements + excluded.statements,"
    " mentions = actor_counts.mentions + excluded.mentions,"
    " articles = actor_counts.articles + excluded.articles"
)

# what an actor's counts are, from its rows (the backfill and a merge's recount)
_RECOUNT = (
    "SELECT (SELECT count(*) FROM statements s WHERE s.linked_actor = ?),"
    " (SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.linked_actor = ?)"
)


def article_counts(
    entities: Iterable[Mapping[str, Any]], statements: Iterable[Mapping[str, Any]]
) -> dict[str, Counts]:
    """The counts one article gives each actor linked in it, from its entity rows (with
    ``linked_actor`` and JSON ``mentions``) and statement rows (with ``linked_actor``)."""
    found: dict[str, list[int]] = {}
    for row in entities:
        actor = row["linked_actor"]
        if actor is not None:
            counts = found.setdefault(str(actor), [0, 0, 1])
            counts[1] += len(json.loads(row["mentions"]))
    for row in statements:
        actor = row["linked_actor"]
        if actor is not None:
            found.setdefault(str(actor), [0, 0, 1])[0] += 1
    return {actor: (c[0], c[1], c[2]) for actor, c in found.items()}


def stored_article_counts(conn: Connection, article_id: str) -> dict[str, Counts]:
    """The counts the stored article ``article_id`` gives each actor (before it is deleted)."""
    entities = conn.execute(
        "SELECT linked_actor, mentions FROM entities WHERE article_id = ?"
        " AND linked_actor IS NOT NULL",
        (article_id,),
    ).fetchall()
    statements = conn.execute(
        "SELECT linked_actor FROM statements WHERE article_id = ? AND linked_actor IS NOT NULL",
        (article_id,),
    ).fetchall()
    return article_counts(entities, statements)


def add_counts(conn: Connection, counts: Mapping[str, Counts], sign: int = 1) -> None:
    """Add (``sign`` 1) or take away (-1) ``counts`` from the actors' stored counts."""
    if counts:
        conn.executemany(
            _UPSERT,
            [(actor, sign * c[0], sign * c[1], sign * c[2]) for actor, c in sorted(counts.items())],
        )


def recount(conn: Connection, actor_id: str) -> None:
    """Count ``actor_id``'s rows afresh (after a merge moved another actor's rows to it)."""
    statements, articles = conn.execute(_RECOUNT, (actor_id, actor_id)).fetchone()
    mentions = sum(
        len(json.loads(r[0]))
        for r in conn.execute("SELECT mentions FROM entities WHERE linked_actor = ?", (actor_id,))
    )
    conn.execute(
        "INSERT INTO actor_counts (actor_id, statements, mentions, articles) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (actor_id) DO UPDATE SET statements = excluded.statements,"
        " mentions = excluded.mentions, articles = excluded.articles",
        (actor_id, int(statements), mentions, int(articles)),
    )


_TABLE_UPSERT = (
    "INSERT INTO table_counts (name, rows) VALUES (?, ?)"
    " ON CONFLICT (name) DO UPDATE SET rows = table_counts.rows + excluded.rows"
)
TABLES = ("articles", "statements", "citations", "skips")


def add_rows(conn: Connection, added: Mapping[str, int]) -> None:
    """Add ``added`` (table name -> rows, negative for rows deleted) to the table counts."""
    conn.executemany(_TABLE_UPSERT, [(t, n) for t, n in sorted(added.items()) if n])


def stored_article_rows(conn: Connection, article_id: str) -> dict[str, int]:
    """How many rows of each counted table the stored article ``article_id`` holds."""
    found = {"articles": 1}
    for table in TABLES[1:]:
        row = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (article_id,))
        found[table] = int(row.fetchone()[0])
    return found


def table_rows(conn: Connection) -> dict[str, int]:
    """The kept row counts of :data:`TABLES`."""
    kept = dict(conn.execute("SELECT name, rows FROM table_counts").fetchall())
    return {t: int(kept.get(t, 0)) for t in TABLES}


def forget(conn: Connection, actor_id: str) -> None:
    """Drop the counts of ``actor_id`` (merged into another: its rows moved away)."""
    conn.execute("DELETE FROM actor_counts WHERE actor_id = ?", (actor_id,))


_OUTLET_UPSERT = (
    "INSERT INTO outlet_counts (role, outlet_id, name, rows) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (role, outlet_id, name) DO UPDATE SET rows = outlet_counts.rows + excluded.rows"
)
# (role, registry id or "", name as written): "published" counts articles, "cited" citations
OutletKey = tuple[str, str, str]


def outlet_rows(
    article: Mapping[str, Any], citations: Iterable[Mapping[str, Any]]
) -> dict[OutletKey, int]:
    """What one article adds to the outlet counts, from its article and citation rows."""
    found: dict[OutletKey, int] = {}
    if article["outlet"] is not None:
        found[("published", "", str(article["outlet"]))] = 1
    for row in citations:
        key = ("cited", str(row["outlet_id"] or ""), str(row["outlet"]))
        found[key] = found.get(key, 0) + 1
    return found


def stored_outlet_rows(conn: Connection, article_id: str) -> dict[OutletKey, int]:
    """What the stored article ``article_id`` adds to the outlet counts (before it is
    deleted)."""
    article = conn.execute("SELECT outlet FROM articles WHERE id = ?", (article_id,)).fetchone()
    citations = conn.execute(
        "SELECT outlet_id, outlet FROM citations WHERE article_id = ?", (article_id,)
    ).fetchall()
    return outlet_rows({"outlet": article[0]}, citations)


def add_outlets(conn: Connection, counts: Mapping[OutletKey, int], sign: int = 1) -> None:
    """Add (``sign`` 1) or take away (-1) ``counts`` from the stored outlet counts."""
    if counts:
        conn.executemany(_OUTLET_UPSERT, [(*key, sign * n) for key, n in sorted(counts.items())])


_SPEAKER_UPSERT = (
    # folded by the database's own casefold(), as the speaker filter folded every row before
    "INSERT INTO speaker_names (name, folded, rows) VALUES (?, casefold(?), ?)"
    " ON CONFLICT (name) DO UPDATE SET rows = speaker_names.rows + excluded.rows"
)


def speaker_rows(statements: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """How many times each speaker name and speaker text occurs in ``statements`` rows."""
    found: dict[str, int] = {}
    for row in statements:
        for name in (row["speaker_name"], row["speaker_text"]):
            if name is not None:
                found[str(name)] = found.get(str(name), 0) + 1
    return found


def stored_speaker_rows(conn: Connection, article_id: str) -> dict[str, int]:
    """:func:`speaker_rows` of the stored article ``article_id`` (before it is deleted)."""
    rows = conn.execute(
        "SELECT speaker_name, speaker_text FROM statements WHERE article_id = ?", (article_id,)
    ).fetchall()
    return speaker_rows(rows)


def add_speakers(conn: Connection, counts: Mapping[str, int], sign: int = 1) -> None:
    """Add (``sign`` 1) or take away (-1) ``counts`` from the stored speaker names."""
    if counts:
        conn.executemany(
            _SPEAKER_UPSERT, [(name, name, sign * n) for name, n in sorted(counts.items())]
        )
