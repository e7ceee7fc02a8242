"""The event gold set: its records and its reader.

Format (``tests/golden/events/gold.jsonl``, one item a line; docs/events.md):
``{"id", "split": "dev"|"heldout"|"sample", "text", "published": "YYYY-MM-DD"|null,
"origin"?: {"corpus", "file", "start", "end"}, "batch"?: str, "events": [{"type", "trigger",
"source", "source_code", "target", "target_code", "modality", "mode", "date"?}]}``; ``origin`` names
where a sentence drawn from a corpus comes from (``text`` is ``file[start:end]``); ``batch``
marks a later draw (docs/events-gold.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportedly.errors import InputError
from reportedly.events.model import EVENT_TYPES, MODALITIES


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    """One annotated event."""

    type: str
    trigger: str
    source: str | None
    source_code: str | None
    target: str | None
    target_code: str | None
    modality: str = "asserted"
    mode: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldOrigin:
    """Where a gold sentence comes from: a corpus, a file under it and the character span."""

    corpus: str
    file: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldItem:
    """One annotated text (a sentence or a short passage) and its events."""

    id: str
    split: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]
    origin: GoldOrigin | None = None
    batch: str | None = None  # a later annotation batch ("session 13"); None: the first draw


def _gold_event(raw: Any, where: str) -> GoldEvent:
    if not isinstance(raw, dict):
        raise InputError(where, "an event must be an object", code="E602")
    if raw.get("type") not in EVENT_TYPES:
        raise InputError(where, f"unknown event type {raw.get('type')!r}", code="E602")
    modality = raw.get("modality", "asserted")
    if modality not in MODALITIES:
        raise InputError(where, f"unknown modality {modality!r}", code="E602")
    if not raw.get("trigger"):
        raise InputError(where, "an event needs a trigger", code="E602")
    return GoldEvent(
        type=raw["type"],
        trigger=str(raw["trigger"]),
        source=raw.get("source"),
        source_code=raw.get("source_code"),
        target=raw.get("target"),
        target_code=raw.get("target_code"),
        modality=modality,
        mode=raw.get("mode"),
        date=raw.get("date"),
    )


def _gold_origin(raw: Any, text: str, where: str) -> GoldOrigin | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InputError(where, "an origin must be an object", code="E602")
    corpus, file, start, end = (raw.get(k) for k in ("corpus", "file", "start", "end"))
    if not (isinstance(corpus, str) and corpus and isinstance(file, str) and file):
        raise InputError(where, "an origin needs a corpus and a file", code="E602")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise InputError(where, f"invalid origin offsets {start!r}-{end!r}", code="E602")
    if end - start != len(text):
        raise InputError(
            where, f"origin offsets {start}-{end} do not span the text's length", code="E602"
        )
    return GoldOrigin(corpus=corpus, file=file, start=start, end=end)


def load_gold(path: Path) -> tuple[GoldItem, ...]:
    """Read a gold JSONL file.

    Raises:
        InputError: the file cannot be read, or a line is not a valid item (named by line).
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(str(path), f"cannot read the gold set: {e}", code="E602") from e
    items: list[GoldItem] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(where, f"invalid JSON: {e}", code="E602") from e
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            raise InputError(where, "an item needs a text", code="E602")
        published = raw.get("published")
        try:
            when = date.fromisoformat(published) if published else None
        except (TypeError, ValueError) as e:
            raise InputError(where, f"invalid published date {published!r}", code="E602") from e
        events = tuple(_gold_event(e, where) for e in raw.get("events", ()))
        for event in events:
            if event.trigger.lower() not in raw["text"].lower():
                raise InputError(
                    where, f"trigger {event.trigger!r} is not in the text", code="E602"
                )
        items.append(
            GoldItem(
                id=str(raw.get("id", number)),
                split=str(raw.get("split", "dev")),
                text=raw["text"],
                published=when,
                events=events,
                origin=_gold_origin(raw.get("origin"), raw["text"], where),
                batch=str(raw["batch"]) if raw.get("batch") else None,
            )
        )
    return tuple(items)
