"""A page and what its view hides, read together: the page of ``statements`` and the tally of
``statement_tally``, whether the page comes from the tally's pass over the matches or not."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reportedly.store import Store, search_view, sqlite_select, word_pages
from reportedly.store.base import ActTally, StatementFilter
from reportedly.store.dialect import is_postgres
from reportedly.store.kept_tally import TallyFound
from reportedly.store.sqlite_select import tally_acts
from store.builders import SEARCH_WORDS, make_analysis, search_analysis

ACTS = ("speech", "speech", "belief", "intent", "other")
SEARCHES = (*SEARCH_WORDS, "talks grain", "Kovenko", "veto veto", "absent", "!!!")


def _store(path: Path) -> Store:
    rng = random.Random(11)
    analyses = []
    for i in range(40):
        a = search_analysis(rng, i)
        said = tuple(
            replace(s, act=rng.choice(ACTS), confidence=rng.choice((0.2, 0.5, 0.9)))
            for s in a.statements
        )
        analyses.append(replace(a, statements=said))
    store = Store.open(path)
    store.save_many(analyses)
    return store


def _counted(store: Store, search: str, sure: float | None, cap: int | None) -> ActTally:
    """The tally counted afresh, nothing kept."""
    with store._read("tally") as conn:
        return tally_acts(conn, StatementFilter(search=search), sure, cap)


@pytest.mark.parametrize("cap", [1000, 3])
def test_view_is_the_page_and_the_tally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    # every tally counted, none kept: every first page of a search alone takes the one pass
    def counted(conn: Any, location: Any, f: Any, sure: Any, cap: Any, tally: Any, _: Any) -> Any:
        return TallyFound(tally(None))

    monkeypatch.setattr(search_view, "kept_tally", counted)
    with _store(tmp_path / "view.db") as store:
        for search in SEARCHES:
            full = _counted(store, search, 0.5, None)
            views = itertools.product(("speech", "belief", None), (None, 0.5), (None, 0.5))
            for act, shown, sure in views:
                asked: dict[str, Any] = {"search": search, "act": act, "limit": 4}
                page, tally = store.statement_view(
                    **asked, shown_confidence=shown, sure=sure, cap=cap
                )
                assert page == store.statements(**asked, min_confidence=shown)
                counted_now = _counted(store, search, sure, cap)
                assert tally.exact == counted_now.exact
                if tally.exact:
                    assert tally == counted_now
                else:  # lower bounds, over the first cap + 1 matches
                    assert sum(tally.total.values()) == cap + 1
                    assert all(n <= full.total[a] for a, n in tally.total.items())
                if page.cursor is not None:  # the next page, as statements gives it
                    after, again = store.statement_view(
                        **asked, shown_confidence=shown, sure=sure, cap=cap, after=page.cursor
                    )
                    assert after == store.statements(
                        **asked, min_confidence=shown, after=page.cursor
                    )
                    assert again == tally


def test_view_with_other_filters_and_orders(tmp_path: Path) -> None:
    with _store(tmp_path / "filters.db") as store:
        for filters in (
            {"search": "talks", "kind": "direct"},
            {"search": "grain", "min_confidence": 0.3},
            {"speaker": "Marova"},
            {"outlet": "Outlet 1", "search": "border"},
            {},
        ):
            for sort in ("newest", "confidence"):
                page, tally = store.statement_view(
                    **filters, act="speech", sort=sort, cap=1000, limit=3
                )
                assert page == store.statements(**filters, act="speech", sort=sort, limit=3)
                assert tally == store.statement_tally(**filters, cap=1000)


def test_view_of_a_search_reads_the_matches_once_on_postgresql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paged: list[StatementFilter] = []
    real = search_view.select_statements

    def recording(conn: Any, f: StatementFilter, *args: Any, **kwargs: Any) -> Any:
        paged.append(f)
        return real(conn, f, *args, **kwargs)

    asked: list[StatementFilter] = []
    real_list = sqlite_select.listed_rows

    def asking(conn: Any, f: StatementFilter, limit: int) -> Any:
        asked.append(f)
        return real_list(conn, f, limit)

    monkeypatch.setattr(search_view, "select_statements", recording)
    monkeypatch.setattr(search_view, "listed_rows", asking)
    monkeypatch.setattr(sqlite_select, "listed_rows", asking)
    with _store(tmp_path / "once.db") as store:
        with store._read("dialect") as conn:
            postgres = is_postgres(conn)
        total = store.statement_count(search="talks")
        # a page longer than the word's list of newest statements keeps (word_pages.py)
        limit = word_pages.LIST_KEEP
        store.statement_view(search="talks", act="speech", cap=total, limit=limit)
        # all the matches fit under the cap: on PostgreSQL the page came from them
        assert len(paged) == (0 if postgres else 1)
        # the word's list cannot give a page this long, and is asked once, not twice
        assert len(asked) == 1
        again, _ = store.statement_view(search="talks", act="speech", cap=total, limit=limit)
        # the tally was kept: on SQLite the page alone; on PostgreSQL the kept tally says all
        # the matches fit under the cap, so the page comes from them again
        assert len(paged) == (0 if postgres else 2)
        assert again == store.statements(search="talks", act="speech", limit=limit)
        store.statement_view(search="talks", act="speech", cap=total - 1, limit=limit)
        assert len(paged) == (1 if postgres else 3)  # more than the cap: the page as before


def test_pages_carry_each_statement_s_citations_in_order(tmp_path: Path) -> None:
    outlets = ("Reuters", "TASS", "Reuters Berlin", "RIA Novosti")
    rng = random.Random(3)
    with Store.open(tmp_path / "cited.db") as store:
        for n in range(24):
            said = tuple(
                (("Anna Berg", "Carl Dahl")[(n + i) % 2], f"the talks went on {n} {i}", "direct")
                for i in range(1 + n % 4)
            )
            cited = []
            for name in rng.sample(outlets, 3):
                covered = tuple(i for i in range(len(said)) if rng.random() < 0.5)
                if covered:
                    cited.append((name, covered))
            text = " ".join(f"{who} said {content}." for who, content, _ in said)
            store.save(make_analysis(text, outlet="TASS", said=said, cited=tuple(cited)))
        expected: dict[str, list[dict[str, Any]]] = {}
        for sid, outlet, kind, description in store._conn.execute(
            "SELECT sc.statement_id, c.outlet, c.kind, c.description FROM statement_citations sc"
            " JOIN citations c ON c.article_id = sc.article_id"
            " AND c.position = sc.citation_position ORDER BY sc.statement_id, c.position"
        ):
            expected.setdefault(sid, []).append(
                {"outlet": outlet, "kind": kind, "description": description}
            )
        assert sum(len(v) for v in expected.values()) > 20
        pages = [
            store.statements(search="talks", limit=200).items,
            store.statements(search="talks", outlet="reuters", limit=200).items,
            store.statements(speaker="Berg", limit=200).items,
            store.statements(limit=200).items,
            store.statement_view(search="talks", act="speech", cap=1000, limit=200)[0].items,
        ]
        for items in pages:
            assert items
            for record in items:
                assert record["citations"] == expected.get(record["statement_id"], [])
