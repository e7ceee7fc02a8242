"""Negotiating positions: each side's demands, offers and rejections, with their conditions.

A view over stored events and the statements they were read from, answering "what
conditions has each side set for talks, and how did that change?". A *position* is a
REQUEST (demand), AGREE (offer) or REJECT (rejection) the text asserts or states as a
condition; what it asks for (the ``demanded`` events of its sentence) and the condition it
is made on (the "if"/"unless"/"until" clause the coder found for it) come with it, and so
does the evidence: article, statement and the quoted sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, Literal, Protocol

PositionKind = Literal["demand", "offer", "rejection"]
KINDS: dict[str, PositionKind] = {"REQUEST": "demand", "AGREE": "offer", "REJECT": "rejection"}
POSITION_TYPES: tuple[str, ...] = tuple(KINDS)
# what a position may be: stated outright or as a condition of something else
POSITION_MODALITIES = frozenset({"asserted", "conditional"})


class EventSource(Protocol):
    """Anything that streams event records (``Store.iter_event_records``)."""

    def iter_event_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Event records matching ``filters``, in timeline order."""
        ...


def _side(record: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if record.get(f"{prefix}_text") is None:
        return None
    return {
        "text": record[f"{prefix}_text"],
        "actor_id": record.get(f"{prefix}_actor"),
        "name": record.get(f"{prefix}_name"),
        "code": record.get(f"{prefix}_code"),
    }


def _label(record: dict[str, Any]) -> str:
    """A short description of an event: "Putin: leave (RETREAT)"."""
    who = record.get("source_name") or record.get("source_text") or "?"
    return f"{who}: {record['trigger_text']} ({record['type']})"


def when(record: dict[str, Any]) -> dict[str, Any]:
    """When an event happened, as far as the text says.

    ``date`` is the event's own date at its granularity (``--12-01`` when yearless),
    ``sort_date`` the event's date or, failing that, the publication date, and ``dated_by``
    which of the two it is (``None``: undated).
    """
    own = record.get("date_value")
    published = record.get("published")
    return {
        "date": record.get("date"),
        "date_text": record.get("date_text"),
        "year_known": record.get("date_year_known"),
        "sort_date": own or published,
        "dated_by": "event" if own else ("publication" if published else None),
    }


def build_positions(
    records: Iterable[dict[str, Any]], siblings: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Positions from event records; ``siblings`` are the other events of their articles.

    Args:
        records: event records of types REQUEST/AGREE/REJECT (others are ignored), in
            timeline order.
        siblings: event records of the same articles, read for what a demand asks for
            (the ``demanded`` events of its sentence).

    Returns:
        One dict per position, in the order of ``records``.
    """
    by_sentence: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for s in siblings:
        by_sentence.setdefault((s["article_id"], s["evidence_start"]), []).append(s)
    out: list[dict[str, Any]] = []
    for r in records:
        kind = KINDS.get(r["type"])
        carries = r.get("condition_text") is not None
        if kind is None or not (r["modality"] in POSITION_MODALITIES or carries):
            continue
        same = [
            s
            for s in by_sentence.get((r["article_id"], r["evidence_start"]), [])
            if s["event_id"] != r["event_id"]
        ]
        asks = [_label(s) for s in same if s["modality"] == "demanded"]
        conditions = [r["condition_text"]] if carries else []
        out.append(
            {
                "kind": kind,
                "type": r["type"],
                "mode": r.get("mode"),
                "modality": r["modality"],
                "conditional": r["modality"] == "conditional" or bool(conditions),
                "source": _side(r, "source"),
                "target": _side(r, "target"),
                "trigger": r["trigger_text"],
                "asks": asks,
                "conditions": conditions,
                **when(r),
                "evidence": {
                    "event_id": r["event_id"],
                    "article_id": r["article_id"],
                    "statement_id": r.get("statement_id"),
                    "quote": r["evidence_text"],
                    "statement": r.get("statement_text"),
                    "speaker": r.get("statement_speaker"),
                    "title": r.get("title"),
                    "outlet": r.get("outlet"),
                    "url": r.get("url"),
                    "published": r.get("published"),
                },
            }
        )
    return out


def positions(
    store: EventSource,
    *,
    actor: str,
    towards: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """The positions ``actor`` took (towards ``towards``) over time, from a store.

    Args:
        store: the store to read (``Store``).
        actor: the side: an actor code (``USA``), an actor id, or a name or alias.
        towards: the other side, read as ``actor`` is; ``None`` for anyone.
        since: earliest event date (else publication date), inclusive.
        until: latest event date (else publication date), inclusive.

    Raises:
        InputError: a bad date.
        StoreError: the store cannot be read.
    """
    records = list(
        store.iter_event_records(
            type=list(POSITION_TYPES), actor=actor, towards=towards, since=since, until=until
        )
    )
    siblings: list[dict[str, Any]] = []
    for article_id in dict.fromkeys(r["article_id"] for r in records):
        siblings.extend(store.iter_event_records(article=article_id, modality="demanded"))
    return build_positions(records, siblings)


def render_positions(items: list[dict[str, Any]], *, actor: str, towards: str | None) -> str:
    """Positions as text for a terminal: one block per position, oldest first."""
    head = f"Positions of {actor}" + (f" towards {towards}" if towards else "")
    lines = [f"{head} ({len(items)})"]
    if not items:
        lines.append("  none found")
    for p in items:
        lines.append("")
        lines.append(f"  {_when_text(p)}  {p['kind'].upper()}{_mark(p)}  {_pair(p)}")
        lines.append(f"      trigger: {p['trigger']}" + (f" ({p['mode']})" if p["mode"] else ""))
        for ask in p["asks"]:
            lines.append(f"      asks for: {ask}")
        for condition in p["conditions"]:
            lines.append(f"      condition: {' '.join(condition.split())}")
        ev = p["evidence"]
        link = f"article {ev['article_id']}"
        if ev["statement_id"]:
            speaker = f" by {ev['speaker']}" if ev["speaker"] else ""
            link += f" · statement {ev['statement_id']}{speaker}"
        lines.append(f"      evidence: {link}")
        lines.append(f"        “{' '.join(ev['quote'].split())}”")
    return "\n".join(lines) + "\n"


def _when_text(p: dict[str, Any]) -> str:
    if p["dated_by"] == "event":
        return str(p["date"])
    if p["date"]:  # a date without a year (or unresolved): shown as written
        year = "" if p["year_known"] else ", year unknown"
        return f"{p['date']} (“{p['date_text']}”{year})"
    if p["dated_by"] == "publication":
        return f"{p['sort_date']} (published)"
    return "undated"


def _mark(p: dict[str, Any]) -> str:
    if p["modality"] == "conditional":
        return " (as a condition)"
    return " (conditional)" if p["conditional"] else ""


def _pair(p: dict[str, Any]) -> str:
    def name(side: dict[str, Any] | None) -> str:
        if side is None:
            return "?"
        label = side["name"] or side["text"]
        return f"{label} [{side['code']}]" if side["code"] else label

    return f"{name(p['source'])} → {name(p['target'])}"
