"""PostgreSQL read snapshots: the BEGIN goes with a read's first statement."""

from __future__ import annotations

import random

from reportedly.store import Store
from reportedly.store.pg import PgStore, connect
from store.builders import search_analysis

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
