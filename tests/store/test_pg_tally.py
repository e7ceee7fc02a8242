"""PostgreSQL shares a search's tally among the processes of a store: counted once, read by
the others, dropped when a save changes the store, and never needed to be written."""

from __future__ import annotations

import random
from typing import Any

import pytest

from reportedly.store import Store, kept_tally
from store.builders import counting_tallies, search_analysis

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The searches whose tally was really counted; each test starts with nothing kept."""
    monkeypatch.setattr(kept_tally, "_KEPT", {})
    return counting_tallies(monkeypatch)


def _states(url: str) -> list[str]:
    with psycopg.connect(url, autocommit=True) as admin:
        return [str(r[0]) for r in admin.execute("SELECT DISTINCT state FROM search_tallies")]


def test_a_tally_counted_by_one_process_serves_the_others(pg_url: str, counted: list[str]) -> None:
    rng = random.Random(8)
    with Store.open(pg_url) as store:
        store.save_many([search_analysis(rng, i) for i in range(5)])
        first = store.statement_tally(search="talks", cap=1000)
    kept_tally._KEPT.clear()  # another process: nothing kept in its memory
    with Store.open(pg_url) as other:
        assert other.statement_tally(search="talks", cap=1000) == first
        assert counted == ["talks"]
        other.statement_tally(search="talks", sure=0.9, cap=1000)  # another key: counted
        assert counted == ["talks", "talks"]

        other.save(search_analysis(rng, 5))  # a save: the shared tallies no longer hold
        kept_tally._KEPT.clear()
        after = other.statement_tally(search="talks", cap=1000)
        assert len(counted) == 3
        assert sum(after.total.values()) == other.statement_count(search="talks")
    assert len(_states(pg_url)) == 1  # the first write under the new state dropped the old


def test_a_tally_that_cannot_be_written_is_still_right(pg_url: str, counted: list[str]) -> None:
    rng = random.Random(9)
    with Store.open(pg_url) as store:
        store.save_many([search_analysis(rng, i) for i in range(3)])
        store._conn.execute("SET default_transaction_read_only = on")  # a read-only role
        tally = store.statement_tally(search="talks", cap=1000)
        assert sum(tally.total.values()) == store.statement_count(search="talks")
        assert store.statement_tally(search="talks", cap=1000) == tally  # kept in memory
    assert counted == ["talks"]
    assert _states(pg_url) == []


def test_a_first_page_looks_up_the_shared_tally_in_its_one_pass(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportedly.store import pg

    rng = random.Random(10)
    with Store.open(pg_url) as store:
        store.save_many([search_analysis(rng, i) for i in range(20)])
        # a confidence the kept word counts do not answer for (word_counts.py): counted
        first = store.statement_view(search="talks", act="speech", limit=2, cap=3, sure=0.9)
    assert not first[1].exact  # more than 3 match: counted, then shared
    assert len(_states(pg_url)) == 1
    kept_tally._KEPT.clear()  # another process: nothing kept in its memory
    sent: list[str] = []
    real = pg.PgConnection.execute

    def recording(self: Any, sql: str, parameters: Any = ()) -> Any:
        sent.append(sql)
        return real(self, sql, parameters)

    monkeypatch.setattr(pg.PgConnection, "execute", recording)
    with Store.open(pg_url) as other:
        sent.clear()
        again = other.statement_view(search="talks", act="speech", limit=2, cap=3, sure=0.9)
        assert again == first
    looked_up = [sql for sql in sent if "search_tallies" in sql]
    # one statement looked for the shared tally and would have counted without it; none
    # wrote it again
    assert len(looked_up) == 1
    assert "MATERIALIZED" in looked_up[0]
