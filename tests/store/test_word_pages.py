"""Each word's list of newest statements (migration 0022, ``word_pages.py``): a list holds
every statement of its word up to its horizon, after saves in any date order, cuts,
replaces and the migration; a first page read from it is the page the search walks to."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from reportedly.model import Analysis
from reportedly.store import Store, word_page_schema, word_pages
from store.builders import SEARCH_WORDS, search_analysis

ACTS = ("speech", "speech", "belief", "intent", "other")


def _articles(seed: int, count: int, days: int = 40) -> list[Analysis]:
    """Articles of several statements, dates over ``days`` days in random order (ties, some
    undated), random acts and confidences."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        a = search_analysis(rng, i)
        statements = tuple(
            replace(s, act=rng.choice(ACTS), confidence=rng.choice((0.2, 0.5, 0.9)))
            for s in a.statements
        )
        published = a.article.published
        if published is not None:
            published = date(2022, 1, 1) + timedelta(days=rng.randrange(days))
        out.append(
            replace(a, article=replace(a.article, published=published), statements=statements)
        )
    return out


def _lists(store: Store) -> dict[str, tuple[int | None, int]]:
    rows = store._conn.execute("SELECT word, horizon, listed FROM word_lists").fetchall()
    return {str(r[0]): (None if r[1] is None else int(r[1]), int(r[2])) for r in rows}


def _kept_holds_what_it_promises(store: Store) -> int:
    """Every list holds exactly its word's statements up to its horizon (all of them with
    none), and counts them; returns how many lists have a horizon."""
    lists = _lists(store)
    assert lists
    cut = 0
    for word, (horizon, listed) in lists.items():
        kept = store._conn.execute(
            "SELECT id, pub_order FROM word_pages WHERE word = ?", (word,)
        ).fetchall()
        assert listed == len(kept), word
        matches = store.statements(search=word, act=None, limit=200).items
        promised = {
            m["statement_id"]
            for m in matches
            if horizon is None
            or store._conn.execute(
                "SELECT pub_order FROM statements WHERE id = ?", (m["statement_id"],)
            ).fetchone()[0]
            <= horizon
        }
        assert {str(r[0]) for r in kept} == promised, word
        cut += horizon is not None
    return cut


def _same_pages(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """For each word, act and confidence, the first page from the list (the view's, and a
    plain search's) is the page the search finds without the lists, and the view's tally is
    exact."""
    for word in SEARCH_WORDS:
        for act in ("speech", "belief", None):
            for confidence in (None, 0.5):
                for limit in (1, 3, 20):
                    asked: dict[str, Any] = {"search": word, "act": act, "limit": limit}
                    page, tally = store.statement_view(**asked, shown_confidence=confidence)
                    plain = store.statements(**asked, min_confidence=confidence)
                    with monkeypatch.context() as unlisted:
                        unlisted.setattr(word_pages, "first_page", lambda *_: None)
                        expected = store.statements(**asked, min_confidence=confidence)
                        counted = store.statement_tally(search=word)
                    assert page == plain == expected
                    assert tally == counted
                    assert tally.exact


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Short lists (cut past 8 rows, to 4), and how many pages they served."""
    monkeypatch.setattr(word_pages, "LIST_KEEP", 4)
    monkeypatch.setattr(word_pages, "LIST_MAX", 8)
    found: list[int] = []
    real = word_pages.first_page

    def counting(*args: Any) -> Any:
        rows = real(*args)
        if rows is not None:
            found.append(len(rows))
        return rows

    monkeypatch.setattr(word_pages, "first_page", counting)
    return found


def test_lists_hold_their_horizon_and_serve_the_same_pages(
    tmp_path: Path, served: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "s.db") as store:
        articles = _articles(3, 60)
        store.save_many(articles[:30])
        for a in articles[30:]:
            store.save(a)
        assert _kept_holds_what_it_promises(store) > 0  # some lists were cut
        _same_pages(store, monkeypatch)
    assert served  # the lists served pages, not only the old way
    assert max(served) > 1


def test_lists_follow_replaces(
    tmp_path: Path, served: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "s.db") as store:
        articles = _articles(5, 50)
        store.save_many(articles)
        rng = random.Random(8)
        for a in articles[::4]:  # other acts, fewer statements, a later date
            kept = a.statements[: rng.randint(0, len(a.statements))]
            again = replace(a, statements=tuple(replace(s, act="belief") for s in kept))
            if a.article.published is not None:
                later = a.article.published.replace(year=2023)
                again = replace(again, article=replace(a.article, published=later))
            assert store.save(again, replace=True)
        _kept_holds_what_it_promises(store)
        _same_pages(store, monkeypatch)
        for a in articles:  # every statement gone: every list empty
            store.save(replace(a, statements=()), replace=True)
        assert {listed for _, listed in _lists(store).values()} == {0}
        assert store._conn.execute("SELECT count(*) FROM word_pages").fetchone()[0] == 0


def test_a_day_of_more_statements_than_a_list_holds_leaves_it_short(
    tmp_path: Path, served: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # every article on one of two days: a cut cannot keep a whole day, so the list keeps
    # what is newer than it (here nothing, or the newer day) and stays bounded
    with Store.open(tmp_path / "s.db") as store:
        store.save_many(_articles(6, 40, days=2))
        _kept_holds_what_it_promises(store)
        assert max(listed for _, listed in _lists(store).values()) <= word_pages.LIST_MAX
        _same_pages(store, monkeypatch)


def test_migration_0022_lists_what_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.save_many(_articles(11, 40))
        with store._write() as conn:  # back to 0021: no lists
            conn.execute("DROP TABLE word_pages")
            conn.execute("DROP TABLE word_lists")
            conn.execute("DELETE FROM migrations WHERE name = '0022_word_pages'")
    with Store.open(path) as store:
        _kept_holds_what_it_promises(store)
        _same_pages(store, monkeypatch)


def test_the_migration_keeps_as_many_as_a_cut() -> None:
    for statements in (word_page_schema.SQLITE_WORD_PAGES, word_page_schema.PG_WORD_PAGES):
        kept = {int(n) for s in statements for n in re.findall(r"newest <= (\d+)", s)}
        assert kept == {word_pages.LIST_KEEP}


def test_a_page_longer_than_a_list_keeps_is_not_read_from_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.save_many(_articles(2, 10))
        with store._read("list") as conn:
            word = SEARCH_WORDS[0]
            columns = "s.id"
            assert word_pages.first_page(conn, word, None, None, 3, columns)
            assert (
                word_pages.first_page(conn, word, None, None, word_pages.LIST_KEEP, columns) is None
            )
            assert word_pages.first_page(conn, "nowhere", None, None, 3, columns) == []
