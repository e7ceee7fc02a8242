"""The two plans of a full-text statement search return the same pages and cursors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from reportedly.store import Store, sqlite_plan, sqlite_select, word_pages
from store.builders import memory_store, search_analysis, statement_pages


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with memory_store(search_analysis, seed=3) as s:
        yield s


@pytest.mark.parametrize(
    "filters",
    [
        {"search": "talks"},
        {"search": "talks border"},
        {"search": "grain", "kind": "direct"},
        {"search": "drone", "since": date(2022, 1, 2), "until": date(2022, 1, 4)},
        {"search": "veto", "speaker": "boris"},
        {"search": "summit", "outlet": "outlet 1"},
        {"search": "nothingsuch"},
    ],
)
@pytest.mark.parametrize("size", [1, 4, 9])
def test_sqlite_select_walk_plan_matches_fts_plan(
    store: Store, monkeypatch: pytest.MonkeyPatch, filters: dict[str, Any], size: int
) -> None:
    # the plans of a search whose word's list cannot tell (test_word_pages.py tests the lists)
    monkeypatch.setattr(word_pages, "first_page", lambda *_: None)
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", 10**9)
    sorted_plan = statement_pages(store, size, **filters)
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", 0)
    # the matches listed because the filters keep few rows (sqlite_plan), then walked anyway
    assert statement_pages(store, size, **filters) == sorted_plan
    monkeypatch.setattr(sqlite_plan, "list_is_shorter", lambda *args: False)
    walked = statement_pages(store, size, **filters)
    assert walked == sorted_plan
    monkeypatch.setattr(sqlite_select, "FTS_PROBE_MIN", 0)  # the walk probing per row
    assert statement_pages(store, size, **filters) == sorted_plan
    if filters["search"] != "nothingsuch":
        assert sum(len(ids) for ids, _ in walked) > 0


def _plan(conn: sqlite3.Connection, search: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The query plan the store uses for ``search`` (every detail line joined) where the
    word's list of newest statements cannot tell (word_pages.py)."""
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    try:
        with monkeypatch.context() as unlisted:
            unlisted.setattr(word_pages, "first_page", lambda *_: None)
            f = sqlite_select.StatementFilter(search=search)
            sqlite_select.select_statements(conn, f, None, 5)
    finally:
        conn.set_trace_callback(None)
    sql = next(s for s in traced if s.lstrip().startswith("SELECT s.seq"))
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    return " | ".join(str(r[3]) for r in rows)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("walk_min", "walks"), [(0, True), (10**9, False)])
def test_sqlite_select_chooses_plan_by_match_count(
    store: Store, monkeypatch: pytest.MonkeyPatch, walk_min: int, walks: bool
) -> None:
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", walk_min)
    plan = _plan(store._conn, "talks", monkeypatch)
    assert ("statements_order" in plan) is walks
    assert "CORRELATED" not in plan  # the matches are listed once


@pytest.mark.sqlite_only  # an SQLite plan
def test_sqlite_select_probes_per_row_above_the_probe_minimum(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", 0)
    monkeypatch.setattr(sqlite_select, "FTS_PROBE_MIN", 0)
    plan = _plan(store._conn, "talks", monkeypatch)
    assert "statements_order" in plan
    assert "CORRELATED" in plan


@pytest.mark.sqlite_only
def test_sqlite_select_fts_matches_counts_up_to_cap(store: Store) -> None:
    conn = store._conn
    total = sqlite_select.fts_matches(conn, '"talks"', 10**6)
    assert total > 5
    assert sqlite_select.fts_matches(conn, '"talks"', 3) == 4
    assert sqlite_select.fts_matches(conn, '"nothingsuch"', 3) == 0


@pytest.mark.sqlite_only  # an SQLite plan
def test_sqlite_select_lists_matches_below_the_probe_share(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", 0)
    monkeypatch.setattr(sqlite_select, "FTS_PROBE_MIN", 0)
    monkeypatch.setattr(sqlite_select, "FTS_PROBE_SHARE", 1.0)  # no word is in more than all
    plan = _plan(store._conn, "talks", monkeypatch)
    assert "statements_order" in plan
    assert "CORRELATED" not in plan


@pytest.mark.parametrize(
    "filters",
    [
        {"search": "talks"},
        {"search": "veto summit", "speaker": "boris"},
        {"search": "grain", "outlet": "outlet 2", "kind": "direct"},
        {"search": "nothingsuch"},
        {"search": "-- *"},  # no searchable word
    ],
)
def test_sqlite_select_capped_tally_reads_the_index_in_order_and_stops(
    store: Store, filters: dict[str, Any]
) -> None:
    full = store.statement_tally(**filters)
    total = sum(full.total.values())
    assert store.statement_tally(**filters, cap=10**6) == full  # under the cap: exact
    sure = None
    if total > 2 and filters == {"search": "talks"}:
        # one word over the cap: its counts kept at write time give the exact tally, for
        # the confidences they keep; another one is counted up to the cap
        assert store.statement_tally(**filters, cap=2) == full
        sure = 0.9
    if total > 2:
        capped = store.statement_tally(**filters, cap=2, sure=sure)
        assert not capped.exact
        assert sum(capped.total.values()) == 3
        assert all(n <= full.total[act] for act, n in capped.total.items())
