"""Tests of the SQLite store: opening, migrations, saving, reading back."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from reportedly.errors import InputError, NotFound, StoreError
from reportedly.model import Analysis, Span
from reportedly.serialize import statement_record
from reportedly.store import Store
from reportedly.store.schema import MIGRATIONS

from .builders import analyses, make_analysis, sample_analysis


@pytest.fixture
def store() -> Any:
    with Store.open(":memory:") as s:
        yield s


def _dump(path: Path) -> list[str]:
    """Every row of every table, for comparing a store before and after."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# -- opening and migrations ------------------------------------------------------------


@pytest.mark.sqlite_only
def test_sqlite_open_fresh_file_applies_all_migrations(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "r.db"
    with Store.open(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        mode = s._conn.execute("PRAGMA journal_mode").fetchone()[0]
        fks = s._conn.execute("PRAGMA foreign_keys").fetchone()[0]
    assert path.exists()
    assert mode == "wal"
    assert fks == 1
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
    conn.close()
    assert names == [m.name for m in MIGRATIONS]


def test_sqlite_reopen_keeps_data_and_applies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    a = sample_analysis()
    with Store.open(str(path)) as s:
        assert s.save(a)
    before = _dump(path)
    with Store.open(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        assert s.article(a.article.id) == a
    assert _dump(path) == before


def test_sqlite_open_default_path_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "env" / "store.db"
    monkeypatch.setenv("REPORTEDLY_DB", str(path))
    with Store.open() as s:
        assert s.path == str(path)
    assert path.exists()


@pytest.mark.sqlite_only
def test_sqlite_open_newer_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES ('0099_from_the_future', '2031-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=r"newer version.*0099_from_the_future") as info:
        Store.open(path)
    assert info.value.code == "E402"


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "content",
    [
        b"this is a text file, not a database\n" * 10,
        b"\x00\x01\x02" * 50,
        b"SQLite format 2\x00" + b"\x00" * 100,
        b"x",
    ],
)
def test_sqlite_open_non_sqlite_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not an SQLite database") as info:
        Store.open(path)
    assert info.value.code == "E401"
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


@pytest.mark.sqlite_only
def test_sqlite_open_corrupt_database_body_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with Store.open(path) as s:
        s.save(sample_analysis())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # keep the header, wreck every page
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="cannot open store"):
        Store.open(path)


@pytest.mark.sqlite_only
def test_sqlite_open_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path)


# -- saving ----------------------------------------------------------------------------


def test_sqlite_save_twice_adds_nothing(store: Store) -> None:
    a = sample_analysis()
    assert store.save(a) is True
    counts = store.counts()
    assert store.save(a) is False
    assert store.save(replace(a, statements=())) is False
    assert store.counts() == counts == {"articles": 1, "statements": 2, "citations": 1, "skips": 1}
    assert store.article(a.article.id) == a


def test_sqlite_save_replace_swaps_the_rows(store: Store) -> None:
    a = sample_analysis()
    store.save(a)
    smaller = replace(a, statements=a.statements[:1], citations=(), skipped=())
    assert store.save(smaller, replace=True) is True
    assert store.article(a.article.id) == smaller
    assert store.counts() == {"articles": 1, "statements": 1, "citations": 0, "skips": 0}
    # the full-text index follows: the dropped statement's words are gone
    assert store.statements(search="ensure interests").items == ()
    assert len(store.statements(search="quoted").items) == 1


def test_sqlite_save_failure_mid_write_rolls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.db"
    first = make_analysis("Ann said hello.", said=(("Ann", "hello", "indirect"),))
    a = sample_analysis()
    with Store.open(path) as s:
        s.save(first)
    before = _dump(path)
    calls = []
    original = Store._insert

    def failing(self: Store, table: str, rows: Any) -> None:
        calls.append(table)
        original(self, table, rows)
        if table == "statements":  # articles and entities are written by now
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_insert", failing)
    with Store.open(path) as s:
        with pytest.raises(RuntimeError, match="disk on fire"):
            s.save(a)
        with pytest.raises(RuntimeError, match="disk on fire"):
            s.save(first, replace=True)
    assert calls == ["articles", "entities", "statements"] * 2
    assert _dump(path) == before


def test_sqlite_save_database_error_rolls_back_as_store_error(store: Store) -> None:
    a = sample_analysis()
    twin = replace(a, statements=(a.statements[0], a.statements[0]))  # duplicate statement id
    with pytest.raises(StoreError, match=f"could not save article {a.article.id}") as info:
        store.save(twin)
    assert info.value.code == "E405"
    assert store.counts() == {"articles": 0, "statements": 0, "citations": 0, "skips": 0}
    assert store.statements(search="quoted").items == ()


def test_sqlite_save_refuses_spans_outside_text(store: Store) -> None:
    a = sample_analysis()
    bad = replace(a, citations=(replace(a.citations[0], span=Span(0, 10**6)),))
    with pytest.raises(InputError, match="outside"):
        store.save(bad)
    assert store.counts()["articles"] == 0


def test_sqlite_save_skip_is_idempotent_per_source_stage_code(store: Store) -> None:
    assert store.save_skip("a.html", "ingest", "E101", "empty body") is True
    assert store.save_skip("a.html", "ingest", "E101", "still empty") is False
    assert store.save_skip("a.html", "ingest", "E102", "bad encoding") is True
    assert store.counts()["skips"] == 2
    reason = store._conn.execute("SELECT reason FROM skips WHERE code = 'E101'").fetchone()[0]
    assert reason == "still empty"


# -- reading back ----------------------------------------------------------------------


@pytest.mark.sqlite_only
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analyses())
def test_sqlite_round_trip_property(a: Analysis) -> None:
    with Store.open(":memory:") as s:
        assert s.save(a)
        back = s.article(a.article.id)
        assert back == a
        assert back.versions == a.versions
        expected = {st.id: statement_record(a, st) for st in a.statements}
        got = {r["statement_id"]: r for r in s.iter_statement_records()}
        assert got == expected


def _save_plain(store: Store, *texts: str) -> list[str]:
    ids = []
    for text in texts:
        a = make_analysis(text)
        store.save(a)
        ids.append(a.article.id)
    return ids


@pytest.mark.parametrize("cut", [6, 10, 16])
def test_sqlite_article_by_unique_prefix(store: Store, cut: int) -> None:
    a = sample_analysis()
    store.save(a)
    _save_plain(store, "other one", "other two")
    assert store.article(a.article.id[:cut]) == a
    assert store.article(a.article.id[:cut].upper()) == a


@pytest.mark.parametrize("ask", ["", "abc", "zzzzzzzz", "5c500ca888a8da9e", "-- or 1=1"])
def test_sqlite_article_not_found(store: Store, ask: str) -> None:
    store.save(sample_analysis())
    with pytest.raises(NotFound) as info:
        store.article(ask)
    assert info.value.code == "E404"


def test_sqlite_article_ambiguous_prefix(store: Store) -> None:
    _save_plain(store, "one", "two", "three")
    # Make two ids share a 6-char prefix (real hash ids rarely do).
    store._conn.execute("UPDATE articles SET id = 'abcdef' || substr(id, 7) WHERE text != 'three'")
    with pytest.raises(NotFound, match="ambiguous: it matches abcdef") as info:
        store.article("abcdef")
    assert info.value.code == "E406"
    (full,) = [r[0] for r in store._conn.execute("SELECT id FROM articles WHERE text = 'one'")]
    assert store.article(full).article.text == "one"
    assert store.article(full[:10]).article.text == "one"


def test_sqlite_articles_pages_newest_first_undated_last(store: Store) -> None:
    dates = [date(2022, 12, d) for d in (1, 5, 3)] + [None, None]
    saved = []
    for i, d in enumerate(dates):
        a = make_analysis(f"article number {i}", published=d)
        store.save(a)
        saved.append(a)
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = store.articles(limit=2, after=cursor)
        seen += page.items
        cursor = page.cursor
        if cursor is None:
            break
    assert [r["published"] for r in seen] == [
        "2022-12-05",
        "2022-12-03",
        "2022-12-01",
        None,
        None,
    ]
    assert len({r["id"] for r in seen}) == len(saved)
    assert "text" not in seen[0]


@pytest.mark.parametrize("limit", [0, -1, True, 2.5])
def test_sqlite_bad_limit_is_an_input_error(store: Store, limit: Any) -> None:
    with pytest.raises(InputError, match="limit"):
        store.articles(limit=limit)


def test_sqlite_two_connections_share_one_file(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with Store.open(path) as writer, Store.open(path) as reader:
        assert reader.counts()["articles"] == 0
        writer.save(sample_analysis())
        assert reader.counts()["articles"] == 1
        assert reader.statements(search="quoted").items[0]["speaker_name"] == "Dmitry Peskov"


def test_sqlite_open_applies_pending_migrations(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for statement in MIGRATIONS[0].statements:
        conn.execute(statement)
    conn.execute("INSERT INTO migrations VALUES (?, '2024-01-01')", (MIGRATIONS[0].name,))
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        s.save(sample_analysis())
        assert len(s.statements(search="quoted").items) == 1


@pytest.mark.sqlite_only
def test_sqlite_open_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a reportedly store") as info:
        Store.open(path)
    assert info.value.code == "E401"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


@pytest.mark.sqlite_only
def test_store_connections_read_through_a_memory_map(tmp_path: Path) -> None:
    from reportedly.store.sqlite_conn import open_read_only

    path = tmp_path / "mapped.db"
    with Store.open(path) as store:
        assert store._conn.execute("PRAGMA mmap_size").fetchone()[0] > 0
    reader = open_read_only(path)
    try:
        assert reader.execute("PRAGMA mmap_size").fetchone()[0] > 0
    finally:
        reader.close()
