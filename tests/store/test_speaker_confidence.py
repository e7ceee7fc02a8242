"""The speaker confidence in the store: round trip, the filter, exports and old rows."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reportedly.errors import InputError
from reportedly.store import Store
from reportedly.store.export import export

from .builders import make_analysis, sample_analysis

TEXT = "Smith said the talks failed. Jones said the war will end. Lee said a truce came."
SAID = (
    ("Smith", "the talks failed", "indirect"),
    ("Jones", "the war will end", "indirect"),
    ("Lee", "a truce came", "indirect"),
)
SURE = {"Smith": 0.91, "Jones": 0.3, "Lee": None}  # Lee: no resolved speaker's confidence


def _analysis() -> Any:
    analysis = make_analysis(TEXT, said=SAID)
    statements = tuple(
        dataclasses.replace(s, speaker_confidence=SURE[s.speaker.text if s.speaker else ""])
        for s in analysis.statements
    )
    return dataclasses.replace(analysis, statements=statements)


@pytest.fixture
def store() -> Any:
    with Store.open(":memory:") as s:
        s.save(_analysis())
        yield s


def test_store_speaker_confidence_round_trip(store: Store) -> None:
    [article] = store.articles().items
    back = store.article(article["id"])
    assert [s.speaker_confidence for s in back.statements] == [0.91, 0.3, None]
    records = {r["speaker_text"]: r["speaker_confidence"] for r in store.statements().items}
    assert records == SURE


def test_store_min_speaker_confidence_keeps_the_unresolved(store: Store) -> None:
    kept = store.statements(min_speaker_confidence=0.5).items
    assert sorted(r["speaker_text"] for r in kept) == ["Lee", "Smith"]
    assert store.statement_count(min_speaker_confidence=0.95) == 1  # Lee alone
    assert store.statement_count(min_speaker_confidence=0) == 3


@pytest.mark.parametrize("bad", [1.5, -0.1, True, "high"])
def test_store_min_speaker_confidence_out_of_range_is_an_input_error(
    store: Store, bad: Any
) -> None:
    with pytest.raises(InputError, match="min_speaker_confidence"):
        store.statements(min_speaker_confidence=bad)


def test_store_exports_carry_the_speaker_confidence(store: Store) -> None:
    out = io.StringIO()
    export(store, "jsonl", out, min_speaker_confidence=0.5)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {r["speaker_text"]: r["speaker_confidence"] for r in records} == {
        "Smith": 0.91,
        "Lee": None,
    }
    csv = io.StringIO()
    export(store, "csv", csv)
    header, *rows = csv.getvalue().splitlines()
    column = header.split(",").index("speaker_confidence")
    assert sorted(row.split(",")[column] for row in rows) == ["", "0.3", "0.91"]


@pytest.mark.sqlite_only
def test_store_statements_saved_before_it_read_as_null(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as s:
        s.save(sample_analysis())
    # the store as it was before migration 0021: no column, the migration not applied
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE statements DROP COLUMN speaker_confidence")
    conn.execute("DELETE FROM migrations WHERE name = '0021_speaker_confidence'")
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        items = s.statements(act=None, limit=100).items
        assert items
        assert {r["speaker_confidence"] for r in items} == {None}
        kept = s.statements(act=None, min_speaker_confidence=0.9, limit=100).items
        assert len(kept) == len(items)
        [article] = s.articles().items
        back = s.article(article["id"])
        assert {st.speaker_confidence for st in back.statements} == {None}


def test_postgres_statements_saved_before_it_read_as_null(pg_url: str) -> None:
    psycopg = pytest.importorskip("psycopg")
    with Store.open(pg_url) as s:
        s.save(_analysis())
    # the store as it was before migration 0021: no column, the migration not applied
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE statements DROP COLUMN speaker_confidence")
        conn.execute("DELETE FROM migrations WHERE name = '0021_speaker_confidence'")
    with Store.open(pg_url) as s:
        items = s.statements(limit=100).items
        assert len(items) == 3
        assert {r["speaker_confidence"] for r in items} == {None}
        assert s.statement_count(min_speaker_confidence=0.9) == 3
