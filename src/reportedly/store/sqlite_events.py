"""The events of the SQLite store: event filters, actor lookup, event queries and records."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportedly.actors.registry import ActorRegistry, default_registry, fold
from reportedly.errors import InputError
from reportedly.model import EVENT_TYPES, MODALITIES
from reportedly.store.base import E_ARGUMENT
from reportedly.store.dialect import Connection
from reportedly.store.linking import canonical
from reportedly.store.sql import Where

EVENT_KEY = (str, str, int)  # sort_key, article_id, position
_CODE = re.compile(r"[A-Z]{3}|IGO|NGO|MNC|UNK")


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorQuery:
    """Who an ``--actor``/``--towards`` value names: actor codes, actor ids, or words."""

    value: str
    codes: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()

    @property
    def words(self) -> str | None:
        """The value to match as a substring of names, when it named no known actor."""
        return None if self.codes or self.ids else self.value


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Validated filters of an event query (see ``Store.events``)."""

    type: tuple[str, ...] = ()
    actor: ActorQuery | None = None
    towards: ActorQuery | None = None
    since: date | None = None
    until: date | None = None
    modality: tuple[str, ...] = ()
    article: str | None = None
    statement: str | None = None


def _choices(
    name: str, value: str | Sequence[str] | None, allowed: Sequence[str]
) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in items:
        for part in str(item).split(","):
            word = part.strip()
            if not word:
                continue
            if name == "type":
                word = word.upper()
            if word not in allowed:
                raise InputError(
                    name,
                    f"unknown {name} {word!r}; use one of {', '.join(allowed)}",
                    code=E_ARGUMENT,
                )
            out.append(word)
    return tuple(dict.fromkeys(out))


def make_event_filter(
    conn: Connection,
    *,
    type: str | Sequence[str] | None = None,
    actor: str | None = None,
    towards: str | None = None,
    since: date | None = None,
    until: date | None = None,
    modality: str | Sequence[str] | None = None,
    article: str | None = None,
    statement: str | None = None,
    registry: ActorRegistry | None = None,
) -> EventFilter:
    """Check event filters and resolve the actor values against the store and the registry.

    Raises:
        InputError: an unknown type or modality, or a date that is not a date.
    """
    for name, value in (("since", since), ("until", until)):
        if value is not None and not isinstance(value, date):
            raise InputError(name, f"expected a date, got {value!r}", code=E_ARGUMENT)
    return EventFilter(
        type=_choices("type", type, EVENT_TYPES),
        actor=resolve_actor_query(conn, actor, registry),
        towards=resolve_actor_query(conn, towards, registry),
        since=since,
        until=until,
        modality=_choices("modality", modality, MODALITIES),
        article=article.strip() if article and article.strip() else None,
        statement=statement.strip() if statement and statement.strip() else None,
    )


def resolve_actor_query(
    conn: Connection, value: str | None, registry: ActorRegistry | None = None
) -> ActorQuery | None:
    """What ``value`` names: an actor code (``RUS``, ``IGO``), a registry or store actor id,
    or a name or alias of one (the store's names, then the registry's). ``None`` for a blank.

    Ids include the actors merged into the one named, so old ids keep matching.
    """
    if value is None or not value.strip():
        return None
    raw = value.strip()
    if _CODE.fullmatch(raw) or (_CODE.fullmatch(raw.upper()) and _known_code(conn, raw.upper())):
        return ActorQuery(value=raw, codes=(raw.upper(),))
    ids: list[str] = []
    known = registry or default_registry()
    if raw in known or _stored_actor(conn, raw):
        ids.append(raw)
    folded = fold(raw)
    if folded:
        for row in conn.execute("SELECT actor_id FROM actor_names WHERE folded = ?", (folded,)):
            ids.append(str(row[0]))
        ids.extend(a.id for a in known.match_name(raw))
        metonym = known.match_metonym(raw)
        if metonym is not None:
            ids.append(metonym.id)
        # alias-table ids the coder may have used for actors the registry lacks
        ids.extend(
            str(r[0])
            for r in conn.execute(
                "SELECT DISTINCT source_actor FROM events WHERE source_name_folded = ?"
                " UNION SELECT DISTINCT target_actor FROM events WHERE target_name_folded = ?",
                (raw.casefold(), raw.casefold()),
            )
            if r[0] is not None
        )
    survivors = {canonical(conn, i) for i in ids}
    merged = [
        str(r[0])
        for s in survivors
        for r in conn.execute("SELECT id FROM actors WHERE merged_into = ?", (s,))
    ]
    return ActorQuery(value=raw, ids=tuple(sorted({*ids, *survivors, *merged})))


def _known_code(conn: Connection, code: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM events WHERE source_code = ? OR target_code = ? LIMIT 1", (code, code)
    ).fetchone()
    return row is not None


def _stored_actor(conn: Connection, actor_id: str) -> bool:
    return conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor_id,)).fetchone() is not None


def _side(prefix: str, query: ActorQuery) -> tuple[str, list[Any]]:
    if query.codes:
        marks = ", ".join("?" for _ in query.codes)
        return f"e.{prefix}_code IN ({marks})", list(query.codes)
    if query.ids:
        # the ids, or the side written or named exactly so ("Kyiv" in the text)
        marks = ", ".join("?" for _ in query.ids)
        folded = query.value.casefold()
        return (
            f"(e.{prefix}_actor IN ({marks}) OR e.{prefix}_text_folded = ?"
            f" OR e.{prefix}_name_folded = ?)",
            [*query.ids, folded, folded],
        )
    needle = query.value.casefold()
    return (
        f"(instr(e.{prefix}_name_folded, ?) > 0 OR instr(e.{prefix}_text_folded, ?) > 0)",
        [needle, needle],
    )


def select_events(
    conn: Connection,
    filters: EventFilter,
    key: tuple[Any, ...] | None,
    limit: int,
) -> list[Any]:
    """Event rows joined with their article's title, url and source, in timeline order:
    event date (else publication date) ascending, undated last."""
    where = Where()
    where.one_of("e.type", filters.type)
    where.one_of("e.modality", filters.modality)
    for prefix, query in (("source", filters.actor), ("target", filters.towards)):
        if query is not None:
            clause, values = _side(prefix, query)
            where.add(clause, *values)
    where.within("e.sort_date", filters.since, filters.until)
    where.equal("e.article_id", filters.article)
    where.equal("e.statement_id", filters.statement)
    if key is not None:
        where.add("(e.sort_key, e.article_id, e.position) > (?, ?, ?)", *key)
    sql = (
        "SELECT e.*, a.title, a.url, a.source, s.content_text AS statement_text,"
        " s.speaker_name AS statement_speaker FROM events e"
        " JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN statements s ON s.id = e.statement_id"
    )
    sql += where.sql() + " ORDER BY e.sort_key, e.article_id, e.position LIMIT ?"
    rows: list[Any] = conn.execute(sql, [*where.params, limit]).fetchall()
    return rows


def event_record(row: Any) -> dict[str, Any]:
    """The flat record of a stored event (the JSONL export, ``Store.events`` and the API).

    ``docs/data-format.md`` ("Event record") documents every field.
    """
    return {
        "event_id": row["id"],
        "type": row["type"],
        "mode": row["mode"],
        "context": json.loads(row["context"]),
        "modality": row["modality"],
        "counts": row["modality"] == "asserted",
        "source_text": row["source_text"],
        "source_actor": row["source_actor"],
        "source_name": row["source_name"],
        "source_code": row["source_code"],
        "source_sector": row["source_sector"],
        "target_text": row["target_text"],
        "target_actor": row["target_actor"],
        "target_name": row["target_name"],
        "target_code": row["target_code"],
        "target_sector": row["target_sector"],
        "trigger_text": row["trigger_text"],
        "trigger_start": row["trigger_start"],
        "trigger_end": row["trigger_end"],
        "evidence_text": row["evidence_text"],
        "evidence_start": row["evidence_start"],
        "evidence_end": row["evidence_end"],
        "condition_text": row["condition_text"],
        "statement_id": row["statement_id"],
        "statement_text": row["statement_text"],
        "statement_speaker": row["statement_speaker"],
        "date_text": row["date_text"],
        "date": row["date_iso"],
        "date_value": row["date_value"],
        "date_granularity": row["date_granularity"],
        "date_year_known": None if row["date_year_known"] is None else bool(row["date_year_known"]),
        "date_uncertain": None if row["date_uncertain"] is None else bool(row["date_uncertain"]),
        "sort_date": row["sort_date"],
        "location": row["location"],
        "cameo": row["cameo"],
        "rule": row["rule"],
        "confidence": row["confidence"],
        "article_id": row["article_id"],
        "title": row["title"],
        "outlet": row["outlet"],
        "url": row["url"],
        "published": row["published"],
        "source": row["source"],
    }


def event_cursor(row: Any) -> tuple[str, str, int]:
    """The sort key of ``row`` for a page cursor."""
    return (str(row["sort_key"]), str(row["article_id"]), int(row["position"]))


__all__ = [
    "EVENT_KEY",
    "ActorQuery",
    "EventFilter",
    "event_cursor",
    "event_record",
    "make_event_filter",
    "resolve_actor_query",
    "select_events",
]
