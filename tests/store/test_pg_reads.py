"""PostgreSQL read snapshots: the BEGIN goes with a read's first statement."""

from __future__ import annotations

import random

import pytest

from reportedly.errors import StoreError
from reportedly.store import Store
from store.builders import search_analysis

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")

from reportedly.store.pg import PgStore, connect  # noqa: E402  (needs psycopg)

BEGIN = PgStore.BEGIN_READ


def test_pg_begin_goes_with_the_next_statement(pg_url: str) -> None:
    conn = connect(pg_url)
    try:
        conn.begin_with_next(BEGIN)
        assert conn.in_transaction  # for the callers that ask: it starts with the next one
        row = conn.execute(
            "SELECT current_setting('transaction_isolation'),"
            " current_setting('transaction_read_only')"
        ).fetchone()
        assert row is not None
        assert tuple(row) == ("repeatable read", "on")
        conn.execute("ROLLBACK")
        assert not conn.in_transaction
        # a statement with values: BEGIN is sent first, on its own
        conn.begin_with_next(BEGIN)
        assert conn.execute("SELECT ?::int + 1", (41,)).fetchone()[0] == 42
        assert conn.execute("SHOW transaction_isolation").fetchone()[0] == "repeatable read"
        conn.execute("ROLLBACK")
        # statements run many times start it too
        conn.begin_with_next(BEGIN)
        conn.executemany("SELECT ?::int", [(1,), (2,)])
        assert conn.execute("SHOW transaction_isolation").fetchone()[0] == "repeatable read"
        conn.execute("ROLLBACK")
        # nothing followed: nothing to end, nothing sent
        conn.begin_with_next(BEGIN)
        assert conn.drop_unsent_begin()
        assert not conn.in_transaction
        assert not conn.drop_unsent_begin()
    finally:
        conn.close()


def test_pg_read_sees_one_snapshot_from_its_first_statement(pg_url: str) -> None:
    rng = random.Random(1)
    first, second = search_analysis(rng, 1), search_analysis(rng, 2)
    with Store.open(pg_url) as reader, Store.open(pg_url) as writer:
        writer.save(first)
        with reader._read("test") as conn:
            before = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            writer.save(second)
            again = conn.execute("SELECT count(*) FROM articles WHERE id <> ?", ("",))
            assert again.fetchone()[0] == before == 1
        assert reader.counts()["articles"] == 2
        assert not reader._conn.in_transaction


def test_pg_a_failed_first_statement_ends_its_read(pg_url: str) -> None:
    with Store.open(pg_url) as store:
        with pytest.raises(StoreError), store._read("test") as conn:
            conn.execute("SELECT no_such_column FROM articles")
        assert not store._conn.in_transaction
        assert store.counts()["articles"] == 0  # the connection still reads
    conn = connect(pg_url)
    try:
        conn.begin_with_next(BEGIN)
        with pytest.raises(psycopg.Error):
            conn.execute("SELECT ?::int / 0", (1,))
        conn.execute("ROLLBACK")
        assert not conn.in_transaction
        assert tuple(conn.execute("SELECT 1").fetchall()[0]) == (1,)
    finally:
        conn.close()
