"""PostgreSQL search at scale: a page walks an index that holds the words, connections
start no parallel workers."""

from __future__ import annotations

import random
from typing import Any

import pytest

from reportedly.store import Store, sqlite_select
from reportedly.store.base import StatementFilter
from store.builders import search_analysis

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


def test_pg_search_page_walks_the_order_from_the_index_alone(pg_url: str) -> None:
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
