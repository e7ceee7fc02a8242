"""Export stored events: POLECAT-like rows (CSV, Parquet) or full event records (JSONL).

The tabular layout uses POLECAT's column names where a field maps onto one ("Event ID",
"Event Date", "Actor Name", "Recipient Country", "Headline", …) and adds reportedly's own
(modality, condition, statement, evidence) after them; ``docs/events.md`` lists the mapping.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any, Protocol

import pyarrow as pa

from reportedly.store.writers import ExportFormat, Layout, check_format, write_export

BATCH_ROWS = 10_000
CONTEXT_JOINER = ";"

# POLECAT's column names first (where a field maps onto one), reportedly's own after them.
COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor Code",
    "Primary Actor Sector",
    "Actor Name Raw",
    "Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient Code",
    "Primary Recipient Sector",
    "Recipient Name Raw",
    "Recipient ID",
    "Raw Placename",
    "Story ID",
    "Headline",
    "Source",
    "Publication Date",
    "URL",
    "Event Date Source",
    "Date Text",
    "Date Year Known",
    "Modality",
    "Counts",
    "Condition",
    "Trigger",
    "Quote",
    "Statement ID",
    "CAMEO",
    "Rule",
    "Confidence",
)
_TYPES: dict[str, Any] = {
    "Event Date": pa.date32(),
    "Publication Date": pa.date32(),
    "Date Year Known": pa.bool_(),
    "Counts": pa.bool_(),
    "Confidence": pa.float64(),
}
PARQUET_SCHEMA = pa.schema([(name, _TYPES.get(name, pa.string())) for name in COLUMNS])
# non-state PLOVER actor codes: not a country
_NON_STATE = frozenset({"IGO", "NGO", "MNC", "UNK"})


class EventStore(Protocol):
    """Anything that streams event records (``Store.iter_event_records``)."""

    def iter_event_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Event records matching ``filters``."""
        ...


def _country(code: str | None) -> str | None:
    return None if code is None or code in _NON_STATE else code


def polecat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One event record (``Store.events``) as a row of POLECAT-like columns."""
    own = record.get("date_value")
    published = record.get("published")
    return {
        "Event ID": record["event_id"],
        "Event Date": own or published,
        "Event Type": record["type"],
        "Event Mode": record.get("mode"),
        "Contexts": CONTEXT_JOINER.join(record.get("context") or ()) or None,
        "Actor Name": record.get("source_name") or record.get("source_text"),
        "Actor Country": _country(record.get("source_code")),
        "Actor Code": record.get("source_code"),
        "Primary Actor Sector": record.get("source_sector"),
        "Actor Name Raw": record.get("source_text"),
        "Actor ID": record.get("source_actor"),
        "Recipient Name": record.get("target_name") or record.get("target_text"),
        "Recipient Country": _country(record.get("target_code")),
        "Recipient Code": record.get("target_code"),
        "Primary Recipient Sector": record.get("target_sector"),
        "Recipient Name Raw": record.get("target_text"),
        "Recipient ID": record.get("target_actor"),
        "Raw Placename": record.get("location"),
        "Story ID": record["article_id"],
        "Headline": record.get("title"),
        "Source": record.get("outlet"),
        "Publication Date": published,
        "URL": record.get("url"),
        "Event Date Source": "event" if own else ("publication" if published else None),
        "Date Text": record.get("date_text"),
        "Date Year Known": record.get("date_year_known"),
        "Modality": record["modality"],
        "Counts": record["modality"] == "asserted",
        "Condition": record.get("condition_text"),
        "Trigger": record.get("trigger_text"),
        "Quote": record.get("evidence_text"),
        "Statement ID": record.get("statement_id"),
        "CAMEO": record.get("cameo"),
        "Rule": record.get("rule"),
        "Confidence": record.get("confidence"),
    }


def export_events(store: EventStore, fmt: ExportFormat, out: IO[Any] | Path, **filters: Any) -> int:
    """Write the events matching ``filters`` to ``out``, streaming.

    Args:
        store: the store to read.
        fmt: ``"jsonl"`` (full event records), ``"csv"`` or ``"parquet"`` (POLECAT-like
            columns, :data:`COLUMNS`).
        out: a path (written whole or not at all) or an open stream; Parquet needs a binary
            stream, the others a text one.
        **filters: the filters of ``Store.events`` (not ``limit``/``after``).

    Returns:
        How many events were written.

    Raises:
        InputError: an unknown format, bad filters, or a text stream for Parquet.
        StoreError: ``out`` cannot be written, or the store cannot be read.
    """
    check_format(fmt)
    records = store.iter_event_records(**filters)
    return write_export(
        records,
        fmt,
        out,
        _LAYOUT,
        label="event export",
        batch_rows=BATCH_ROWS,
        wrap_binary=False,
    )


def _csv_cells(record: dict[str, Any]) -> list[Any]:
    row = polecat_row(record)
    return ["" if row[c] is None else row[c] for c in COLUMNS]


def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    row = polecat_row(record)
    for name in ("Event Date", "Publication Date"):
        value = row[name]
        row[name] = None if value is None else date.fromisoformat(value)
    return row


_LAYOUT = Layout(
    columns=COLUMNS,
    csv_cells=_csv_cells,
    parquet_schema=PARQUET_SCHEMA,
    parquet_row=_parquet_row,
)
