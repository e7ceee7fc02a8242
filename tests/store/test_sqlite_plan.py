"""A filtered search lists its matches when its filters keep few rows, else walks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reportedly.store import Store, sqlite_plan
from reportedly.store.base import StatementFilter
from store.builders import memory_store, search_analysis, statement_pages

pytestmark = pytest.mark.sqlite_only  # SQLite's plans; PostgreSQL's planner picks its own


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with memory_store(search_analysis, seed=3) as s:
        yield s


def _kept(store: Store, **filters: str) -> int | None:
    total = store.statement_count()
    return sqlite_plan.filters_keep(store._conn, StatementFilter(**filters), total)


def test_filters_keep_nothing_to_estimate_without_speaker_or_outlet(store: Store) -> None:
    assert _kept(store, search="talks") is None


def test_filters_keep_about_what_the_filters_find(store: Store) -> None:
    for filters in ({"outlet": "outlet 1"}, {"speaker": "boris"}):
        found = store.statement_count(**filters)
        kept = _kept(store, **filters)
        assert kept is not None
        # an estimate from counts kept at write time: the right size, not the exact count
        assert found / 3 <= kept <= found * 3, (filters, found, kept)


def test_filters_keep_nothing_for_a_name_never_stored(store: Store) -> None:
    assert _kept(store, outlet="no such outlet") == 0
    assert _kept(store, speaker="nobody of that name") == 0


def test_two_filters_keep_fewer_than_either(store: Store) -> None:
    both = _kept(store, outlet="outlet 1", speaker="boris")
    outlet = _kept(store, outlet="outlet 1")
    speaker = _kept(store, speaker="boris")
    assert both is not None
    assert outlet is not None
    assert speaker is not None
    assert both <= min(outlet, speaker)


def test_list_is_shorter_when_the_filter_keeps_few(store: Store) -> None:
    conn, total = store._conn, 1_000_000
    rare_outlet = StatementFilter(search="grain", outlet="no such outlet")
    assert sqlite_plan.list_is_shorter(conn, rare_outlet, 8_000, total, 51)
    assert not sqlite_plan.list_is_shorter(conn, StatementFilter(search="grain"), 8_000, total, 51)


def test_list_is_shorter_weighs_the_matches_against_the_walk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn, total = store._conn, 1_000_000
    f = StatementFilter(search="the", outlet="x")
    monkeypatch.setattr(sqlite_plan, "filters_keep", lambda *args: 90_000)  # 9% of the store
    # "the" in 800,000 statements: the walk meets a kept match every ~14 rows
    assert not sqlite_plan.list_is_shorter(conn, f, 800_000, total, 51)
    # a word in 7,400: the walk passes ~76,000 rows, the list is 7,400
    assert sqlite_plan.list_is_shorter(conn, f, 7_400, total, 51)


def test_walk_is_shorter_for_a_filter_that_keeps_many(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn, total = store._conn, 1_000_000
    f = StatementFilter(outlet="x")
    monkeypatch.setattr(sqlite_plan, "filters_keep", lambda *args: 90_000)
    assert sqlite_plan.walk_is_shorter(conn, f, total, 51)  # a kept row every ~11
    monkeypatch.setattr(sqlite_plan, "filters_keep", lambda *args: 3_000)
    assert not sqlite_plan.walk_is_shorter(conn, f, total, 51)  # sorting 3,000 is cheaper
    assert not sqlite_plan.walk_is_shorter(conn, StatementFilter(), total, 51)


@pytest.mark.parametrize(
    "filters",
    [{"outlet": "outlet 1"}, {"speaker": "boris"}, {"outlet": "outlet", "kind": "direct"}],
)
@pytest.mark.parametrize("size", [1, 4])
def test_filters_walked_or_sorted_give_the_same_pages(
    store: Store, monkeypatch: pytest.MonkeyPatch, filters: dict[str, str], size: int
) -> None:
    monkeypatch.setattr(sqlite_plan, "walk_is_shorter", lambda *args: False)
    sorted_plan = statement_pages(store, size, **filters)
    monkeypatch.setattr(sqlite_plan, "walk_is_shorter", lambda *args: True)
    assert statement_pages(store, size, **filters) == sorted_plan
    assert sum(len(ids) for ids, _ in sorted_plan) > 0
