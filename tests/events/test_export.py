"""Tests for store.event_export: POLECAT-like CSV/Parquet rows and JSONL records of events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from stored import saved

from reportedly.errors import InputError
from reportedly.store import Store
from reportedly.store.event_export import COLUMNS, export_events, polecat_row


@pytest.fixture
def store(tmp_path: Path) -> Store:
    saved(tmp_path / "s.db")
    return Store.open(tmp_path / "s.db")


def test_export_csv_has_polecat_columns(store: Store) -> None:
    out = io.StringIO()
    assert export_events(store, "csv", out) == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(COLUMNS)
    for name in (
        "Event ID",
        "Event Date",
        "Event Type",
        "Actor Name",
        "Recipient Name",
        "Story ID",
        "Headline",
        "Quote",
    ):
        assert name in COLUMNS
    reject = next(r for r in rows if r["Event Type"] == "REJECT")
    assert reject["Event Date"] == "2023-03-06"
    assert reject["Event Date Source"] == "event"
    assert (reject["Actor Country"], reject["Recipient Country"]) == ("RUS", "USA")
    request = next(r for r in rows if r["Event Type"] == "REQUEST")
    assert request["Event Date"] == "2023-03-08"  # publication date
    assert request["Event Date Source"] == "publication"
    assert request["Recipient Code"] == "IGO"
    assert request["Recipient Country"] == ""  # an IGO is no country
    offer = next(r for r in rows if r["Event Type"] == "AGREE")
    assert offer["Condition"] == "if Moscow withdraws its troops"
    assert offer["Contexts"] == "diplomatic;future"
    assert offer["Statement ID"]


def test_export_parquet_types(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export_events(store, "parquet", path) == 4
    table = pq.read_table(path)
    assert table.column_names == list(COLUMNS)
    assert str(table.schema.field("Event Date").type) == "date32[day]"
    assert str(table.schema.field("Confidence").type) == "double"
    assert not (tmp_path / "events.parquet.part").exists()


def test_export_jsonl_is_full_records(store: Store) -> None:
    out = io.StringIO()
    assert export_events(store, "jsonl", out, type="REJECT") == 1
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["type"] == "REJECT"
    assert record["evidence_text"] == "Russia rejected the US plan on Monday."


@pytest.mark.parametrize(
    ("fmt", "out", "message"),
    [
        ("xml", io.StringIO(), "unknown export format"),
        ("parquet", io.StringIO(), "binary stream"),
        ("csv", io.BytesIO(), "text stream"),
    ],
)
def test_export_rejects_bad_arguments(store: Store, fmt: str, out: io.IOBase, message: str) -> None:
    with pytest.raises(InputError, match=message):
        export_events(store, fmt, out)  # type: ignore[arg-type]


def test_export_bad_filter_fails_before_writing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    with pytest.raises(InputError):
        export_events(store, "csv", path, type="NOPE")
    assert not path.exists()


def test_export_polecat_row_undated_yearless() -> None:
    row = polecat_row(
        {
            "event_id": "e",
            "type": "REQUEST",
            "modality": "asserted",
            "article_id": "a",
            "date_value": None,
            "published": None,
            "date_text": "1 December",
            "date_year_known": False,
            "source_text": "he",
        }
    )
    assert row["Event Date"] is None
    assert row["Event Date Source"] is None
    assert row["Date Text"] == "1 December"
    assert row["Actor Name"] == "he"
