"""Streaming export of statement records to JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, cast, get_args

import pyarrow as pa
import pyarrow.parquet as pq

from reportedly.errors import InputError, StoreError
from reportedly.store.base import E_ARGUMENT
from reportedly.store.sqlite import Store

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
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
    "citations",
    "article_id",
    "title",
    "outlet",
    "url",
    "published",
    "source",
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
    if fmt not in FORMATS:
        raise InputError(
            "format", f"unknown export format {fmt!r}; use one of {FORMATS}", code=E_ARGUMENT
        )
    records = store.iter_statement_records(**filters)
    # Pull the first record now, so bad filters fail before any output is opened.
    first = list(itertools.islice(records, 1))
    stream = itertools.chain(first, records)
    if isinstance(out, Path):
        return _export_to_path(stream, fmt, out)
    if fmt == "parquet":
        if _is_text(out):
            raise InputError(
                "out", "Parquet needs a binary stream, got a text one", code=E_ARGUMENT
            )
        return _write_parquet(stream, cast(IO[bytes], out))
    write = _write_jsonl if fmt == "jsonl" else _write_csv
    if _is_text(out):
        return write(stream, cast(TextIO, out))
    text = io.TextIOWrapper(cast(BinaryIO, out), encoding="utf-8", newline="")
    try:
        return write(stream, text)
    finally:
        text.flush()
        text.detach()


def _is_text(out: IO[Any]) -> bool:
    return isinstance(out, io.TextIOBase) or hasattr(out, "encoding")


def _export_to_path(records: Iterator[dict[str, Any]], fmt: str, path: Path) -> int:
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
        raise StoreError(f"cannot write export {path}: {e}") from e
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


def _flatten(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if name == "content_spans":
        return LIST_JOINER.join(f"{s['start']}-{s['end']}" for s in value)
    if name == "quotes":
        return LIST_JOINER.join(s["text"] for s in value)
    if name == "citations":
        return LIST_JOINER.join(c["outlet"] for c in value)
    return value


def _write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        writer.writerow([_flatten(name, record[name]) for name in COLUMNS])
        count += 1
    return count


def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    published = record["published"]
    return {**record, "published": None if published is None else date.fromisoformat(published)}


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(records)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _write_parquet(records: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    count = 0
    with pq.ParquetWriter(out, PARQUET_SCHEMA) as writer:
        for batch in _batches(records, BATCH_ROWS):
            rows = [_parquet_row(r) for r in batch]
            writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=PARQUET_SCHEMA))
            count += len(rows)
    return count
