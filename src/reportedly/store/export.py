"""Streaming export of statement records to JSON Lines, CSV or Parquet."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import pyarrow as pa

from reportedly.store.sqlite import Store
from reportedly.store.writers import FORMATS, ExportFormat, Layout, check_format, write_export

__all__ = [
    "BATCH_ROWS",
    "COLUMNS",
    "FORMATS",
    "LIST_JOINER",
    "PARQUET_SCHEMA",
    "ExportFormat",
    "export",
]

BATCH_ROWS = 10_000
LIST_JOINER = "; "

# The columns of every format, in record order (``serialize.statement_record``).
COLUMNS: tuple[str, ...] = (
    "statement_id",
    "kind",
    "content",
    "content_spans",
    "quotes",
    "cue_text",
    "cue_start",
    "cue_end",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "speaker_entity",
    "speaker_name",
    "speaker_kind",
    "reported_by",
    "confidence",
    "speaker_confidence",
    "act",
    "negated",
    "citations",
    "article_id",
    "title",
    "outlet",
    "url",
    "published",
    "source",
    "language",
)

_SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
_CITATION = pa.struct(
    [("outlet", pa.string()), ("kind", pa.string()), ("description", pa.string())]
)
_TYPES: dict[str, Any] = {
    "content_spans": pa.list_(_SPAN),
    "quotes": pa.list_(_SPAN),
    "cue_start": pa.int64(),
    "cue_end": pa.int64(),
    "speaker_start": pa.int64(),
    "speaker_end": pa.int64(),
    "confidence": pa.float64(),
    "speaker_confidence": pa.float64(),
    "negated": pa.bool_(),
    "citations": pa.list_(_CITATION),
    "published": pa.date32(),
}
PARQUET_SCHEMA = pa.schema([(name, _TYPES.get(name, pa.string())) for name in COLUMNS])


def export(
    store: Store,
    fmt: ExportFormat,
    out: BinaryIO | TextIO | Path,
    **filters: Any,
) -> int:
    """Write the statement records matching ``filters`` to ``out``, streaming.

    Args:
        store: the store to read.
        fmt: ``"jsonl"``, ``"csv"`` or ``"parquet"``.
        out: a path (written whole or not at all) or an open stream; Parquet needs a binary
            stream, the others take either.
        **filters: the filters of :meth:`Store.statements` (not ``limit``/``after``).

    Returns:
        How many records were written.

    Raises:
        InputError: an unknown format, bad filters, or a text stream for Parquet.
        StoreError: ``out`` cannot be written, or the store cannot be read.
    """
    check_format(fmt)
    records = store.iter_statement_records(**filters)
    return write_export(
        records, fmt, out, _LAYOUT, label="export", batch_rows=BATCH_ROWS, wrap_binary=True
    )


def _flatten(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if name == "content_spans":
        return LIST_JOINER.join(f"{s['start']}-{s['end']}" for s in value)
    if name == "quotes":
        return LIST_JOINER.join(s["text"] for s in value)
    if name == "citations":
        return LIST_JOINER.join(c["outlet"] for c in value)
    if name == "negated":
        return "true" if value else "false"
    return value


def _csv_cells(record: dict[str, Any]) -> list[Any]:
    return [_flatten(name, record[name]) for name in COLUMNS]


def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    published = record["published"]
    return {**record, "published": None if published is None else date.fromisoformat(published)}


_LAYOUT = Layout(
    columns=COLUMNS,
    csv_cells=_csv_cells,
    parquet_schema=PARQUET_SCHEMA,
    parquet_row=_parquet_row,
)
