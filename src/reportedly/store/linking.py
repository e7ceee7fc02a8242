"""Across articles: one actor id per actor in the store, created, linked and merged on save.

Registry actors keep their registry id. An actor the registry does not know is created from
its fullest name the first time an article names it (``actors.linking.name_forms``), and
later articles link to it by a full name (two words or more) it is known by. When one
article shows that two stored actors are one (its entity is known by full names of both),
they are merged: the later one points at the earlier, and its rows move over.

The functions run inside the store's write transaction, so a save stays atomic; their SQL
runs on both back ends (``actors.rowid`` is SQLite's rowid, or PostgreSQL's identity column).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportedly.actors.linking import name_forms
from reportedly.actors.registry import ActorRegistry, default_registry, fold
from reportedly.attribution.speakers import slugify
from reportedly.model import Analysis, Entity
from reportedly.store.dialect import Connection

ORIGIN_REGISTRY = "registry"
ORIGIN_STORE = "store"


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """The store actor an entity was linked to, and the actors that merged into it."""

    actor_id: str
    merged: tuple[str, ...] = ()


def link_analysis(
    conn: Connection,
    analysis: Analysis,
    entity_rows: Sequence[dict[str, Any]],
    statement_rows: Sequence[dict[str, Any]],
    *,
    registry: ActorRegistry | None = None,
    merges: list[tuple[str, str]] | None = None,
) -> dict[str, str]:
    """Set ``linked_actor``, the store actor id, on the entity and statement rows (in place).

    Entities that stand for nobody (``resolution == "unresolved"``) get no actor. Returns
    the map from entity id to actor id; each merge done is appended to ``merges`` as
    (merged actor, survivor).
    """
    now = datetime.now(UTC).isoformat(timespec="seconds")
    text = analysis.article.text
    ids: dict[str, str] = {}
    for entity in analysis.entities:
        if entity.resolution == "unresolved":
            continue
        if entity.resolution == "registry" and entity.actor_id:
            ids[entity.id] = _registry_actor(conn, entity, registry, now)
        else:
            link = _article_actor(conn, entity, text, analysis.article.id, now)
            ids[entity.id] = link.actor_id
            if merges is not None:
                merges.extend((other, link.actor_id) for other in link.merged)
    for row in entity_rows:
        row["linked_actor"] = ids.get(row["id"])
    for row in statement_rows:
        entity_id = row.get("speaker_entity")
        row["linked_actor"] = ids.get(entity_id) if entity_id else None
    return ids


def canonical(conn: Connection, actor_id: str) -> str:
    """The surviving id of ``actor_id`` after merges (itself when never merged)."""
    seen = {actor_id}
    current = actor_id
    while True:
        row = conn.execute("SELECT merged_into FROM actors WHERE id = ?", (current,)).fetchone()
        if row is None or row[0] is None or row[0] in seen:
            return current
        current = str(row[0])
        seen.add(current)


def _registry_actor(
    conn: Connection, entity: Entity, registry: ActorRegistry | None, now: str
) -> str:
    actor_id = str(entity.actor_id)
    if conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor_id,)).fetchone() is None:
        known = registry or default_registry()
        name, names, kind, code = entity.name, [entity.name], entity.kind, entity.code
        if actor_id in known:
            actor = known.by_id(actor_id)
            name, names, kind, code = actor.name, list(actor.names), actor.type, actor.code
        conn.execute(
            "INSERT INTO actors (id, name, kind, origin, code, merged_into, created_at)"
            " VALUES (?, ?, ?, ?, ?, NULL, ?)",
            (actor_id, name, kind, ORIGIN_REGISTRY, code, now),
        )
        _add_names(conn, actor_id, names)
    _add_names(conn, actor_id, [entity.name])
    return actor_id


def _article_actor(conn: Connection, entity: Entity, text: str, article_id: str, now: str) -> Link:
    forms = name_forms(entity, text)
    person = entity.kind == "person"
    strong = [f for f in forms if len(f.split()) > 1 or not person]
    found: list[str] = []
    for form in strong:
        for row in conn.execute(
            "SELECT n.actor_id FROM actor_names n JOIN actors a ON a.id = n.actor_id"
            " WHERE n.folded = ? AND a.origin = ? AND a.merged_into IS NULL"
            " AND (a.kind = 'person') = ? ORDER BY a.rowid",
            (fold(form), ORIGIN_STORE, person),
        ):
            if row[0] not in found:
                found.append(str(row[0]))
    if found:
        # the earliest created survives (rowid: insertion order, finer than created_at)
        order = {
            actor_id: int(
                conn.execute("SELECT rowid FROM actors WHERE id = ?", (actor_id,)).fetchone()[0]
            )
            for actor_id in found
        }
        found.sort(key=lambda actor_id: order[actor_id])
        survivor, others = found[0], found[1:]
        for other in others:
            _merge(conn, other, survivor)
        _add_names(conn, survivor, forms)
        return Link(actor_id=survivor, merged=tuple(others))
    full = forms[0] if forms else entity.name
    base = slugify(full)
    if person and len(full.split()) == 1:
        base = f"{base}-{article_id[:8]}"  # a bare name is this article's own actor
    actor_id = base
    n = 2
    while conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor_id,)).fetchone():
        actor_id = f"{base}-{n}"
        n += 1
    conn.execute(
        "INSERT INTO actors (id, name, kind, origin, code, merged_into, created_at)"
        " VALUES (?, ?, ?, ?, NULL, NULL, ?)",
        (actor_id, full, entity.kind, ORIGIN_STORE, now),
    )
    _add_names(conn, actor_id, forms)
    return Link(actor_id=actor_id)


def _merge(conn: Connection, loser: str, survivor: str) -> None:
    """Fold actor ``loser`` into ``survivor``: rows, names, and a pointer for old ids."""
    conn.execute("UPDATE entities SET linked_actor = ? WHERE linked_actor = ?", (survivor, loser))
    conn.execute("UPDATE statements SET linked_actor = ? WHERE linked_actor = ?", (survivor, loser))
    conn.execute(
        "INSERT INTO actor_names (actor_id, name, folded)"
        " SELECT ?, name, folded FROM actor_names WHERE actor_id = ?"
        " ON CONFLICT DO NOTHING",
        (survivor, loser),
    )
    conn.execute("DELETE FROM actor_names WHERE actor_id = ?", (loser,))
    conn.execute("UPDATE actors SET merged_into = ? WHERE id = ?", (survivor, loser))
    conn.execute("UPDATE actors SET merged_into = ? WHERE merged_into = ?", (survivor, loser))


def _add_names(conn: Connection, actor_id: str, names: Iterable[str]) -> None:
    conn.executemany(
        "INSERT INTO actor_names (actor_id, name, folded) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(actor_id, n, fold(n)) for n in names if fold(n)],
    )
