"""Migrations on a populated store: a store at the oldest schema, filled, then opened (and so
migrated) by this version, keeps every row and answers every query."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from reportedly.model import Analysis
from reportedly.store import Store
from reportedly.store.schema import MIGRATIONS, MIGRATIONS_TABLE

from .builders import make_analysis, sample_analysis

# the tables of the first migration, parents first
_INITIAL_TABLES = (
    "articles",
    "entities",
    "statements",
    "citations",
    "statement_citations",
    "skips",
)

pytestmark = pytest.mark.sqlite_only  # builds SQLite files of old schemas by hand


def _analyses() -> list[Analysis]:
    text = "Lavrov said the talks were over. Zelensky said Ukraine would fight on."
    other = make_analysis(
        text,
        outlet="TASS",
        said=(("Lavrov", "the talks were over", "indirect"), ("Zelensky", "Ukraine", "indirect")),
        cited=(("RIA Novosti", (0,)),),
    )
    return [sample_analysis(), other]


def _oldest_store(path: Path, filled_from: Path) -> None:
    """A store at schema 0001 holding the rows of ``filled_from`` (only 0001's columns)."""
    old = sqlite3.connect(path)
    old.execute(MIGRATIONS_TABLE)
    for statement in MIGRATIONS[0].statements:
        old.execute(statement)
    old.execute("INSERT INTO migrations VALUES (?, '2024-01-01')", (MIGRATIONS[0].name,))
    source = sqlite3.connect(filled_from)
    for table in _INITIAL_TABLES:
        columns = [row[1] for row in old.execute(f"PRAGMA table_info({table})")]
        rows = source.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        assert rows, table
        marks = ", ".join("?" for _ in columns)
        old.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    old.commit()
    old.close()
    source.close()


def _without_later_fields(a: Analysis) -> Analysis:
    """What schema 0001 could hold: no outlet ids (0003), actor links (0004), events (0005)
    or speaker confidences (0021)."""
    return dataclasses.replace(
        a,
        statements=tuple(dataclasses.replace(s, speaker_confidence=None) for s in a.statements),
        entities=tuple(
            dataclasses.replace(e, actor_id=None, code=None, resolution="") for e in a.entities
        ),
        citations=tuple(dataclasses.replace(c, outlet_id=None) for c in a.citations),
        events=(),
    )


def test_migrations_keep_the_data_of_a_populated_oldest_store(tmp_path: Path) -> None:
    current, oldest = tmp_path / "current.db", tmp_path / "oldest.db"
    analyses = _analyses()
    with Store.open(current) as store:
        for a in analyses:
            store.save(a)
        expected = [_without_later_fields(store.article(a.article.id)) for a in analyses]
        expected_records = [
            {**r, "speaker_confidence": None} for r in store.iter_statement_records()
        ]
    _oldest_store(oldest, current)

    with Store.open(oldest) as store:  # migrates 0002… on the filled store
        assert store.schema_version == len(MIGRATIONS)
        assert [_without_later_fields(store.article(a.article.id)) for a in analyses] == expected
        assert list(store.iter_statement_records()) == expected_records
        # the full-text index (0002) covers the rows that were there before it
        assert [i["speaker_name"] for i in store.statements(search="quoted").items] == [
            "Dmitry Peskov"
        ]
        assert store.statement_count(speaker="lavrov") == 1
        assert store.statement_count(outlet="RIA Novosti") == 3
        # and the migrated store takes new articles as a fresh one does
        new = make_analysis(
            "Borrell said the EU would help.", said=(("Borrell", "the EU", "indirect"),)
        )
        assert store.save(new)
        assert store.counts()["articles"] == 3
    conn = sqlite3.connect(oldest)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
