"""The events of an analysis as ``events`` table rows, and stored rows back as event dicts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from reportedly import serialize
from reportedly.errors import InputError
from reportedly.model import Analysis, EventActor, Span

Row = dict[str, Any]
UNDATED = "~"  # sort_key of an event with no date and no publication date: after every date


def _actor_columns(prefix: str, actor: EventActor | None) -> Row:
    span = None if actor is None else actor.span
    name = None if actor is None else actor.name
    return {
        f"{prefix}_text": None if actor is None else actor.text,
        f"{prefix}_start": None if span is None else span.start,
        f"{prefix}_end": None if span is None else span.end,
        f"{prefix}_actor": None if actor is None else actor.actor_id,
        f"{prefix}_name": name,
        f"{prefix}_code": None if actor is None else actor.code,
        f"{prefix}_sector": None if actor is None else actor.sector,
        # what an actor's events are looked up by (sqlite_events._side)
        f"{prefix}_text_folded": None if actor is None else actor.text.casefold(),
        f"{prefix}_name_folded": None if name is None else name.casefold(),
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


__all__ = ["event_dicts", "event_rows"]
