"""Export stored events: POLECAT-like rows (CSV, Parquet) or full event records (JSONL).

The tabular layout uses POLECAT's column names where a field maps onto one ("Event ID",
"Event Date", "Actor Name", "Recipient Country", "Headline", …) and adds reportedly's own
(modality, condition, statement, evidence) after them; ``docs/events.md`` lists the mapping.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal, Protocol, TextIO, cast, get_args

import pyarrow as pa
import pyarrow.parquet as pq

from reportedly.errors import InputError, StoreError

EventExportFormat = Literal["jsonl", "csv", "parquet"]
EVENT_FORMATS: tuple[str, ...] = get_args(EventExportFormat)
E_ARGUMENT = "E407"  # the store's "bad query argument" code
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


def export_events(
    store: EventStore, fmt: EventExportFormat, out: IO[Any] | Path, **filters: Any
) -> int:
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
    if fmt not in EVENT_FORMATS:
        raise InputError(
            "format", f"unknown export format {fmt!r}; use one of {EVENT_FORMATS}", code=E_ARGUMENT
        )
    records = store.iter_event_records(**filters)
    first = list(itertools.islice(records, 1))  # bad filters fail before output is opened
    stream = itertools.chain(first, records)
    if isinstance(out, Path):
        return _to_path(stream, fmt, out)
    text = isinstance(out, io.TextIOBase) or hasattr(out, "encoding")
    if fmt == "parquet":
        if text:
            raise InputError(
                "out", "Parquet needs a binary stream, got a text one", code=E_ARGUMENT
            )
        return _write_parquet(stream, out)
    if not text:
        raise InputError("out", f"{fmt} needs a text stream, got a binary one", code=E_ARGUMENT)
    return (_write_jsonl if fmt == "jsonl" else _write_csv)(stream, cast(TextIO, out))


def _to_path(records: Iterator[dict[str, Any]], fmt: str, path: Path) -> int:
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as f:
            if fmt == "parquet":
                count = _write_parquet(records, f)
            else:
                with io.TextIOWrapper(f, encoding="utf-8", newline="") as text:
                    count = (_write_jsonl if fmt == "jsonl" else _write_csv)(records, text)
        part.replace(path)
    except OSError as e:
        part.unlink(missing_ok=True)
        raise StoreError(f"cannot write event export {path}: {e}") from e
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count


def _write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        row = polecat_row(record)
        writer.writerow(["" if row[c] is None else row[c] for c in COLUMNS])
        count += 1
    return count


def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    row = polecat_row(record)
    for name in ("Event Date", "Publication Date"):
        value = row[name]
        row[name] = None if value is None else date.fromisoformat(value)
    return row


def _write_parquet(records: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    count = 0
    it = iter(records)
    with pq.ParquetWriter(out, PARQUET_SCHEMA) as writer:
        while batch := [_parquet_row(r) for r in itertools.islice(it, BATCH_ROWS)]:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=PARQUET_SCHEMA))
            count += len(batch)
    return count
