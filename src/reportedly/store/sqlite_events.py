"""The events of the SQLite store: rows of an analysis's events, event queries, actor lookup."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportedly import serialize
from reportedly.actors.registry import ActorRegistry, default_registry, fold
from reportedly.errors import InputError
from reportedly.model import EVENT_TYPES, MODALITIES, Analysis, EventActor, Span
from reportedly.store.base import E_ARGUMENT
from reportedly.store.dialect import Connection
from reportedly.store.linking import canonical
from reportedly.store.sql import Where

Row = dict[str, Any]
UNDATED = "~"  # sort_key of an event with no date and no publication date: after every date
EVENT_KEY = (str, str, int)  # sort_key, article_id, position
_CODE = re.compile(r"[A-Z]{3}|IGO|NGO|MNC|UNK")


# ---------------------------------------------------------------------------------------
# Writing and reading back


def _actor_columns(prefix: str, actor: EventActor | None) -> Row:
    span = None if actor is None else actor.span
    return {
        f"{prefix}_text": None if actor is None else actor.text,
        f"{prefix}_start": None if span is None else span.start,
        f"{prefix}_end": None if span is None else span.end,
        f"{prefix}_actor": None if actor is None else actor.actor_id,
        f"{prefix}_name": None if actor is None else actor.name,
        f"{prefix}_code": None if actor is None else actor.code,
        f"{prefix}_sector": None if actor is None else actor.sector,
    }


def _check(span: Span | None, text: str, what: str) -> None:
    if span is not None and span.end > len(text):
        raise InputError(
            what,
            f"[{span.start}, {span.end}) lies outside the article text ({len(text)} chars)",
            code=serialize.BAD_RECORD,
        )


def event_rows(a: Analysis) -> tuple[Row, ...]:
    """The ``events`` rows of ``a`` (raises InputError when a span lies outside the text)."""
    text = a.article.text
    published = a.article.published.isoformat() if a.article.published else None
    rows: list[Row] = []
    for position, e in enumerate(a.events):
        where = f"event {e.id}"
        for span in (e.evidence, e.trigger, e.condition, e.location_span):
            _check(span, text, where)
        for actor in (e.source, e.target):
            _check(None if actor is None else actor.span, text, where)
        when = e.date
        value = None if when is None or when.value is None else when.value.isoformat()
        sort_date = value or published
        rows.append(
            {
                "article_id": a.article.id,
                "position": position,
                "id": e.id,
                "type": e.type,
                "mode": e.mode,
                "context": json.dumps(list(e.context)),
                "modality": e.modality,
                **_actor_columns("source", e.source),
                **_actor_columns("target", e.target),
                "evidence_start": e.evidence.start,
                "evidence_end": e.evidence.end,
                "evidence_text": e.evidence.text(text),
                "trigger_start": e.trigger.start,
                "trigger_end": e.trigger.end,
                "trigger_text": e.trigger.text(text),
                "condition_start": None if e.condition is None else e.condition.start,
                "condition_end": None if e.condition is None else e.condition.end,
                "condition_text": None if e.condition is None else e.condition.text(text),
                "statement_id": e.statement,
                "date_text": None if when is None else when.text,
                "date_value": value,
                "date_iso": None if when is None else when.iso(),
                "date_granularity": None if when is None else when.granularity,
                "date_year_known": None if when is None else int(when.year_known),
                "date_uncertain": None if when is None else int(when.uncertain),
                "date_month": None if when is None else when.month,
                "date_day": None if when is None else when.day,
                "location": e.location,
                "location_start": None if e.location_span is None else e.location_span.start,
                "location_end": None if e.location_span is None else e.location_span.end,
                "cameo": e.cameo,
                "rule": e.rule,
                "confidence": e.confidence,
                "published": published,
                "outlet": a.article.outlet,
                "sort_date": sort_date,
                "sort_key": sort_date or UNDATED,
            }
        )
    return tuple(rows)


def _span(start: int | None, end: int | None) -> dict[str, int] | None:
    return None if start is None or end is None else {"start": start, "end": end}


def _actor_dict(row: Any, prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_text"] is None:
        return None
    return {
        "text": row[f"{prefix}_text"],
        "span": _span(row[f"{prefix}_start"], row[f"{prefix}_end"]),
        "actor_id": row[f"{prefix}_actor"],
        "name": row[f"{prefix}_name"],
        "code": row[f"{prefix}_code"],
        "sector": row[f"{prefix}_sector"],
    }


def _date_dict(row: Any) -> dict[str, Any] | None:
    if row["date_text"] is None:
        return None
    return {
        "text": row["date_text"],
        "value": row["date_value"],
        "granularity": row["date_granularity"],
        "year_known": bool(row["date_year_known"]),
        "uncertain": bool(row["date_uncertain"]),
        "month": row["date_month"],
        "day": row["date_day"],
    }


def event_dicts(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Stored event rows (in ``position`` order) as ``serialize.event_to_dict`` dicts."""
    return [
        {
            "id": r["id"],
            "type": r["type"],
            "mode": r["mode"],
            "context": json.loads(r["context"]),
            "modality": r["modality"],
            "source": _actor_dict(r, "source"),
            "target": _actor_dict(r, "target"),
            "evidence": _span(r["evidence_start"], r["evidence_end"]),
            "trigger": _span(r["trigger_start"], r["trigger_end"]),
            "condition": _span(r["condition_start"], r["condition_end"]),
            "statement": r["statement_id"],
            "date": _date_dict(r),
            "location": r["location"],
            "location_span": _span(r["location_start"], r["location_end"]),
            "cameo": r["cameo"],
            "rule": r["rule"],
            "confidence": r["confidence"],
        }
        for r in rows
    ]


# ---------------------------------------------------------------------------------------
# Queries


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
                "SELECT DISTINCT source_actor FROM events WHERE casefold(source_name) = ?"
                " UNION SELECT DISTINCT target_actor FROM events WHERE casefold(target_name) = ?",
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
            f"(e.{prefix}_actor IN ({marks}) OR casefold(e.{prefix}_text) = ?"
            f" OR casefold(e.{prefix}_name) = ?)",
            [*query.ids, folded, folded],
        )
    needle = query.value.casefold()
    return (
        f"(instr(casefold(e.{prefix}_name), ?) > 0 OR instr(casefold(e.{prefix}_text), ?) > 0)",
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
    "event_dicts",
    "event_record",
    "event_rows",
    "make_event_filter",
    "resolve_actor_query",
    "select_events",
]
