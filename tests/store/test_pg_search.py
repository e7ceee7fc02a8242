"""PostgreSQL search at scale: a page walks an index that holds the words, connections
start no parallel workers, a rare word's pass runs from a plan made once, and reads keep
what the connection prepared."""

from __future__ import annotations

import random
from typing import Any

import pytest

from reportedly.store import Store, sqlite_select, word_pages
from reportedly.store.base import StatementFilter
from store.builders import sample_analysis, search_analysis

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")


class _Recording:
    """A connection that remembers the last query it ran."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self.sent: list[tuple[str, list[Any]]] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.sent.append((sql, list(params)))
        return self.conn.execute(sql, params)


def test_pg_search_page_walks_the_order_from_the_index_alone(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # where the word's list of newest statements cannot tell (word_pages.py)
    monkeypatch.setattr(word_pages, "first_page", lambda *_: None)
    rng = random.Random(4)
    with Store.open(pg_url) as store:
        store.save_many([search_analysis(rng, i) for i in range(20)])
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute("VACUUM ANALYZE statements")
            # in a small store every plan costs about the same: leave the walk no other index
            admin.execute("DROP INDEX statements_order, statements_act")
        with store._read("plan") as conn:
            recording = _Recording(conn)
            f = StatementFilter(search="talks", act="speech")
            rows = sqlite_select.select_statements(recording, f, None, 5)
            assert rows
            sql, params = recording.sent[-1]
            # as the planner walks a large store: along the order, not through the
            # full-text index
            for scan in ("bitmapscan", "seqscan", "sort"):
                conn.execute(f"SET enable_{scan} = off")
            plan = "\n".join(str(r[0]) for r in conn.execute("EXPLAIN " + sql, params))
    assert "Index Only Scan using statements_search_walk" in plan, plan


@pytest.mark.parametrize("read_only", [True, False])
def test_pg_connections_start_no_parallel_workers(pg_url: str, read_only: bool) -> None:
    from reportedly.store import pg

    with Store.open(pg_url):
        pass  # migrated
    conn = pg.connect(pg_url, read_only=read_only)
    try:
        assert conn.execute("SHOW max_parallel_workers_per_gather").fetchone()[0] == "0"
        assert conn.execute("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
    finally:
        conn.close()


def _plans(conn: Any) -> list[tuple[int, int]]:
    """The generic and custom plans made of this connection's prepared search passes."""
    rows = conn.execute(
        "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE ?",
        ("%m AS MATERIALIZED%",),
    ).fetchall()
    return [(int(r[0]), int(r[1])) for r in rows]


def test_pg_pass_over_a_word_under_the_cap_is_planned_once_for_any_word(pg_url: str) -> None:
    rng = random.Random(4)
    with Store.open(pg_url) as store:
        store.save_many([search_analysis(rng, i) for i in range(20)])
        conn = store._conn
        words = ("talks", "grain", "border", "ceasefire")
        # a page longer than a word's list of newest statements keeps (word_pages.py)
        limit = word_pages.LIST_KEEP
        for word in words:
            page, tally = store.statement_view(search=word, act="speech", cap=1000, limit=limit)
            assert page == store.statements(search=word, act="speech", limit=limit)
            assert tally == store.statement_tally(search=word, cap=1000)
        # one prepared statement, kept from read to read, run for every word as planned
        # once for any (generic_plans counts the runs of the generic plan)
        assert _plans(conn) == [(len(words), 0)]
        # the plan mode is set for that statement alone, inside the read's transaction
        assert conn.execute("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
        # two words: no kept count says how many match, so the pass is planned per search
        # (for a common pair a scan that stops at the cap beats listing every match)
        for pair in ("talks grain", "border talks", "grain border"):
            store.statement_view(search=pair, act="speech", cap=1000, limit=3)
        assert _plans(conn) == [(len(words), 0)]


def test_pg_execute_generic_sets_the_plan_mode_for_one_statement(pg_url: str) -> None:
    from reportedly.store import pg

    with Store.open(pg_url):
        pass  # migrated
    conn = pg.connect(pg_url)
    try:
        conn.begin_with_next("BEGIN")
        sql = "SELECT count(*) FROM statements WHERE fts @@ ?::tsquery AND seq > ?"
        assert conn.execute_generic(sql, ["talks", 0]).fetchone()[0] == 0
        assert conn.execute("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
        conn.execute("COMMIT")
        assert _plans(conn) == []  # (not a search pass)
        rows = conn.execute(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE ?",
            ("%fts @@%",),
        ).fetchall()
        assert [tuple(r) for r in rows] == [(1, 0)]
    finally:
        conn.close()


def test_pg_reads_keep_the_statements_prepared_on_their_connection(pg_url: str) -> None:
    # psycopg forgets (and deallocates) every prepared statement at a ROLLBACK: a read ends
    # with COMMIT, so a statement run often is parsed once per connection, not per read
    with Store.open(pg_url) as store:
        store.save(sample_analysis())
        for _ in range(8):
            store.statement_view(search="Peskov", act="speech", cap=1000, limit=3)
            store.statements(speaker="Peskov", limit=3)
        prepared = store._conn.execute("SELECT count(*) FROM pg_prepared_statements")
        assert prepared.fetchone()[0] >= 2
