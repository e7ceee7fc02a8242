"""Tests of the streaming export to JSON Lines, CSV and Parquet."""

from __future__ import annotations

import csv
import importlib
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from reportedly.errors import InputError
from reportedly.store import Store, export
from reportedly.store.export import COLUMNS

from .builders import make_analysis, sample_analysis

# The package re-exports the function ``export``, which hides the module of the same name.
export_module = importlib.import_module("reportedly.store.export")


@pytest.fixture
def store() -> Any:
    with Store.open(":memory:") as s:
        s.save(sample_analysis())
        s.save(
            make_analysis(
                "Олена сказала: «Так». Ann said nothing; ok.",
                outlet="Suspilne",
                said=(("Олена", "Так", "direct"), ("Ann", "nothing; ok", "indirect")),
            )
        )
        yield s


def _records(store: Store, **filters: Any) -> list[dict[str, Any]]:
    return list(store.iter_statement_records(**filters))


def test_export_columns_match_records(store: Store) -> None:
    assert tuple(_records(store)[0]) == COLUMNS


@pytest.mark.parametrize("binary", [True, False])
def test_export_jsonl_round_trips_records(store: Store, binary: bool) -> None:
    out: Any = io.BytesIO() if binary else io.StringIO()
    assert export(store, "jsonl", out) == 4
    text = out.getvalue().decode("utf-8") if binary else out.getvalue()
    assert "Олена" in text  # not \u-escaped
    assert [json.loads(line) for line in text.splitlines()] == _records(store)


def test_export_csv_flattens_lists(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "csv", out) == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    records = _records(store)
    assert tuple(rows[0]) == COLUMNS
    assert [r["statement_id"] for r in rows] == [r["statement_id"] for r in records]
    first = rows[0]
    assert first["citations"] == "RIA Novosti"
    assert first["content_spans"] == "; ".join(
        f"{s['start']}-{s['end']}" for s in records[0]["content_spans"]
    )
    assert first["quotes"] == "; ".join(q["text"] for q in records[0]["quotes"])
    assert first["reported_by"] == ""
    assert first["published"] == "2022-12-02"
    assert float(first["confidence"]) == records[0]["confidence"]
    assert rows[-1]["content"] in {"Так", "nothing; ok"}


def test_export_parquet_reads_back_with_pyarrow(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    assert export(store, "parquet", path) == 4
    table = pq.read_table(path)
    assert table.column_names == list(COLUMNS)
    rows = table.to_pylist()
    records = _records(store)
    assert rows[0]["published"] == date(2022, 12, 2)
    assert rows[-1]["published"] is None
    for row, record in zip(rows, records, strict=True):
        assert {**row, "published": record["published"]} == record
    assert not (tmp_path / "out.parquet.part").exists()


def test_export_parquet_writes_record_batches(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "BATCH_ROWS", 3)
    out = io.BytesIO()
    assert export(store, "parquet", out) == 4
    out.seek(0)
    table = pq.read_table(out)
    assert table.num_rows == 4
    assert [b.num_rows for b in table.to_batches()] == [3, 1]


def test_export_with_filters_and_to_path(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "direct.jsonl"
    assert export(store, "jsonl", path, kind="direct", outlet="suspilne") == 1
    (line,) = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["content"] == "Так"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_empty_store(fmt: Any) -> None:
    with Store.open(":memory:") as s:
        out = io.BytesIO()
        assert export(s, fmt, out) == 0
    if fmt == "parquet":
        out.seek(0)
        assert pq.read_table(out).num_rows == 0
    elif fmt == "csv":
        assert out.getvalue().decode().strip() == ",".join(COLUMNS)
    else:
        assert out.getvalue() == b""


@pytest.mark.parametrize(
    ("fmt", "out", "filters", "message"),
    [
        ("xml", io.BytesIO(), {}, "unknown export format"),
        ("parquet", io.StringIO(), {}, "binary stream"),
        ("jsonl", io.BytesIO(), {"kind": "rumour"}, "unknown statement kind"),
    ],
)
def test_export_bad_arguments(
    store: Store, fmt: Any, out: Any, filters: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        export(store, fmt, out, **filters)


def test_export_bad_filter_leaves_no_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    with pytest.raises(InputError):
        export(store, "csv", path, since="yesterday")
    assert list(tmp_path.iterdir()) == []


def test_export_streams_without_materialising(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    pulled: list[int] = []
    original = Store.iter_statement_records

    def counting(self: Store, **filters: Any) -> Any:
        for i, record in enumerate(original(self, **filters)):
            pulled.append(i)
            yield record

    monkeypatch.setattr(Store, "iter_statement_records", counting)
    sizes: list[int] = []

    class Sink(io.StringIO):
        def write(self, s: str) -> int:
            sizes.append(len(pulled))
            return super().write(s)

    export(store, "jsonl", Sink())
    # each line is written as soon as its record is pulled (the first is pulled early)
    assert sizes == [1, 2, 3, 4]
