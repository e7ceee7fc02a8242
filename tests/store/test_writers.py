"""Tests for store.writers (the shared export writers) and store.sqlite.open_read_only."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from reportedly.errors import InputError, StoreError
from reportedly.store import Store
from reportedly.store.sqlite import open_read_only
from reportedly.store.writers import FORMATS, Layout, check_format, write_export

_SCHEMA = pa.schema([("n", pa.int64()), ("word", pa.string())])
_LAYOUT = Layout(
    columns=("n", "word"),
    csv_cells=lambda r: [r["n"], r["word"] or ""],
    parquet_schema=_SCHEMA,
    parquet_row=lambda r: {"n": r["n"], "word": r["word"]},
)
_RECORDS = [{"n": 1, "word": "één"}, {"n": 2, "word": None}, {"n": 3, "word": "x,y"}]


def _write(fmt: str, out: Any, **kw: Any) -> int:
    options: dict[str, Any] = {"label": "test export", "batch_rows": 2, "wrap_binary": True}
    return write_export(iter(_RECORDS), fmt, out, _LAYOUT, **(options | kw))


@pytest.mark.parametrize("fmt", ["xml", "", "JSONL"])
def test_writers_check_format_refuses_unknown(fmt: str) -> None:
    with pytest.raises(InputError) as info:
        check_format(fmt)
    assert info.value.code == "E407"


@pytest.mark.parametrize("fmt", FORMATS)
def test_writers_check_format_takes_known(fmt: str) -> None:
    check_format(fmt)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("jsonl", '{"n": 1, "word": "één"}\n{"n": 2, "word": null}\n{"n": 3, "word": "x,y"}\n'),
        ("csv", 'n,word\r\n1,één\r\n2,\r\n3,"x,y"\r\n'),
    ],
)
def test_writers_text_formats_to_text_and_binary_streams(fmt: str, expected: str) -> None:
    text = io.StringIO()
    assert _write(fmt, text) == 3
    assert text.getvalue() == expected
    binary = io.BytesIO()
    assert _write(fmt, binary) == 3
    assert binary.getvalue().decode("utf-8") == expected


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_writers_binary_stream_refused_without_wrap(fmt: str) -> None:
    with pytest.raises(InputError, match="needs a text stream"):
        _write(fmt, io.BytesIO(), wrap_binary=False)


def test_writers_parquet_refuses_text_stream() -> None:
    with pytest.raises(InputError, match="Parquet needs a binary stream"):
        _write("parquet", io.StringIO())


def test_writers_parquet_writes_batches_of_batch_rows(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    assert _write("parquet", path) == 3
    parquet = pq.ParquetFile(path)
    assert [parquet.metadata.row_group(i).num_rows for i in range(parquet.num_row_groups)] == [
        2,
        1,
    ]
    assert parquet.read().to_pylist() == _RECORDS
    assert not (tmp_path / "out.parquet.part").exists()


def test_writers_failure_leaves_no_file(tmp_path: Path) -> None:
    def failing() -> Iterator[dict[str, Any]]:
        yield _RECORDS[0]
        raise RuntimeError("query broke")

    path = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError, match="query broke"):
        write_export(failing(), "jsonl", path, _LAYOUT, label="x", batch_rows=2, wrap_binary=True)
    assert list(tmp_path.iterdir()) == []


def test_writers_unwritable_path_names_the_label(tmp_path: Path) -> None:
    path = tmp_path / "missing-dir" / "out.csv"
    with pytest.raises(StoreError, match="cannot write test export"):
        _write("csv", path)


def test_writers_first_record_is_pulled_before_output_opens(tmp_path: Path) -> None:
    def bad_filters() -> Iterator[dict[str, Any]]:
        raise InputError("since", "bad date", code="E407")
        yield {}  # pragma: no cover - makes this a generator

    path = tmp_path / "out.csv"
    with pytest.raises(InputError):
        write_export(bad_filters(), "csv", path, _LAYOUT, label="x", batch_rows=2, wrap_binary=True)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.sqlite_only
def test_read_only_connection_reads_but_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    Store.open(path).close()
    conn = open_read_only(path)
    try:
        assert conn.execute("SELECT casefold('ÉTÉ') AS v").fetchone()["v"] == "été"
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("CREATE TABLE t (x)")
    finally:
        conn.close()


def test_read_only_connection_to_a_missing_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError) as info:
        open_read_only(path)
    assert info.value.code == "E409"
    assert str(path) in str(info.value)
    assert not path.exists()
