"""Streaming JSON Lines, CSV and Parquet writers shared by the statement and event exports."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, cast, get_args

import pyarrow as pa
import pyarrow.parquet as pq

from reportedly.errors import InputError, StoreError
from reportedly.store.base import E_ARGUMENT

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
Record = dict[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """How an export lays records out: CSV header and cells, Parquet schema and rows.

    JSON Lines always writes each record whole.
    """

    columns: tuple[str, ...]
    csv_cells: Callable[[Record], list[Any]]
    parquet_schema: pa.Schema
    parquet_row: Callable[[Record], Record]


def check_format(fmt: str) -> None:
    """Raise InputError (E407) unless ``fmt`` is one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise InputError(
            "format", f"unknown export format {fmt!r}; use one of {FORMATS}", code=E_ARGUMENT
        )


def write_export(
    records: Iterator[Record],
    fmt: str,
    out: IO[Any] | Path,
    layout: Layout,
    *,
    label: str,
    batch_rows: int,
    wrap_binary: bool,
) -> int:
    """Write ``records`` to ``out`` in ``fmt``, streaming.

    The first record is pulled before any output is opened, so a lazy query with bad filters
    fails without leaving a file behind.

    Args:
        records: the records to write (a lazy query).
        fmt: ``"jsonl"``, ``"csv"`` or ``"parquet"`` (already checked).
        out: a path (written whole or not at all) or an open stream.
        layout: the CSV and Parquet layout.
        label: what is exported, for the error message (``"export"``, ``"event export"``).
        batch_rows: records per Parquet record batch.
        wrap_binary: write JSON Lines/CSV to a binary stream as UTF-8; when false a binary
            stream is refused for them.

    Returns:
        How many records were written.

    Raises:
        InputError: a text stream for Parquet, or a binary one for JSON Lines/CSV when
            ``wrap_binary`` is false.
        StoreError: ``out`` cannot be written.
    """
    first = list(itertools.islice(records, 1))
    stream = itertools.chain(first, records)
    if isinstance(out, Path):
        return _write_path(stream, fmt, out, layout, label=label, batch_rows=batch_rows)
    text = isinstance(out, io.TextIOBase) or hasattr(out, "encoding")
    if fmt == "parquet":
        if text:
            raise InputError(
                "out", "Parquet needs a binary stream, got a text one", code=E_ARGUMENT
            )
        return write_parquet(stream, out, layout, batch_rows=batch_rows)
    if text:
        return _write_text(stream, fmt, cast(TextIO, out), layout)
    if not wrap_binary:
        raise InputError("out", f"{fmt} needs a text stream, got a binary one", code=E_ARGUMENT)
    wrapper = io.TextIOWrapper(cast(BinaryIO, out), encoding="utf-8", newline="")
    try:
        return _write_text(stream, fmt, wrapper, layout)
    finally:
        wrapper.flush()
        wrapper.detach()


def _write_path(
    records: Iterator[Record], fmt: str, path: Path, layout: Layout, *, label: str, batch_rows: int
) -> int:
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as f:
            if fmt == "parquet":
                count = write_parquet(records, f, layout, batch_rows=batch_rows)
            else:
                with io.TextIOWrapper(f, encoding="utf-8", newline="") as text:
                    count = _write_text(records, fmt, text, layout)
        part.replace(path)
    except OSError as e:
        part.unlink(missing_ok=True)
        raise StoreError(f"cannot write {label} {path}: {e}") from e
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count


def _write_text(records: Iterable[Record], fmt: str, out: TextIO, layout: Layout) -> int:
    return write_jsonl(records, out) if fmt == "jsonl" else write_csv(records, out, layout)


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    """Write each record as one JSON line; return how many were written."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[Record], out: TextIO, layout: Layout) -> int:
    """Write a header row and one row per record; return how many records were written."""
    writer = csv.writer(out)
    writer.writerow(layout.columns)
    count = 0
    for record in records:
        writer.writerow(layout.csv_cells(record))
        count += 1
    return count


def write_parquet(
    records: Iterable[Record], out: IO[bytes], layout: Layout, *, batch_rows: int
) -> int:
    """Write the records as Parquet, ``batch_rows`` per record batch; return how many."""
    count = 0
    it = iter(records)
    with pq.ParquetWriter(out, layout.parquet_schema) as writer:
        while batch := [layout.parquet_row(r) for r in itertools.islice(it, batch_rows)]:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=layout.parquet_schema))
            count += len(batch)
    return count
