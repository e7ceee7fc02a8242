"""A one-word search whose kept counts say its matches are few pages them by sorting the
word's matches (PostgreSQL, ``pg_word_plan.py``) rather than walking the date order: the
same pages, cursors and tallies either way, over words of every frequency."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reportedly.model import Analysis, StatementAct
from reportedly.store import Store, pg_word_plan
from reportedly.store.base import StatementFilter
from store.builders import search_analysis

ACTS: tuple[StatementAct, ...] = ("speech", "speech", "speech", "belief", "intent", "other")
# Zipf-like: "talks" in most statements, "zinc" in a few
_RANKED = ("talks", "border", "grain", "drone", "veto", "summit")
VOCABULARY = (*(w for rank, w in enumerate(_RANKED) for _ in range(40 // (rank + 1))), "zinc")
SEARCHES = (*dict.fromkeys(VOCABULARY), "Kovenko", "Talks", "absent")


def _article(rng: random.Random, i: int) -> Analysis:
    a = search_analysis(rng, i, VOCABULARY)
    statements = tuple(
        replace(s, act=rng.choice(ACTS), confidence=rng.choice((0.2, 0.5, 0.7, 0.9)))
        for s in a.statements
    )
    return replace(a, statements=statements)


def _pages(store: Store, **filters: Any) -> list[tuple[list[str], str | None]]:
    pages = []
    cursor = None
    while True:
        page = store.statements(limit=3, after=cursor, **filters)
        pages.append(([r["statement_id"] for r in page.items], page.cursor))
        cursor = page.cursor
        if cursor is None:
            return pages


def _views(store: Store) -> list[Any]:
    seen = []
    for search in SEARCHES:
        for act in (None, "speech", "belief"):
            for confidence in (None, 0.5, 0.7):
                asked: dict[str, Any] = {"search": search, "act": act, "min_confidence": confidence}
                pages = _pages(store, **asked)
                whole = store.statements(limit=1000, **asked)
                assert [i for ids, _ in pages for i in ids] == [
                    r["statement_id"] for r in whole.items
                ], asked
                view, tally = store.statement_view(
                    **asked, limit=3, sure=0.5, cap=4, shown_confidence=0.5
                )
                seen.append((asked, pages, view, tally))
    return seen


def test_sorted_matches_and_the_walk_give_the_same_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(17)
    with Store.open(tmp_path / "s.db") as store:
        store.save_many([_article(rng, i) for i in range(60)])
        monkeypatch.setattr(pg_word_plan, "sorts_matches", lambda *_: False)
        walked = _views(store)
        monkeypatch.setattr(pg_word_plan, "sorts_matches", lambda *_: True)
        sorted_ = _views(store)
    assert sorted_ == walked
    assert any(len(pages) > 3 for _, pages, _, _ in walked)  # cursors were followed


def test_the_plan_follows_the_kept_counts(tmp_path: Path) -> None:
    rng = random.Random(17)
    with Store.open(tmp_path / "s.db") as store:
        store.save_many([_article(rng, i) for i in range(60)])
        with store._read("plan") as conn:

            def sorts(limit: int = 3, **filters: Any) -> bool:
                return pg_word_plan.sorts_matches(conn, StatementFilter(**filters), limit)

            # "zinc" is in a few statements: sorting them reads fewer rows than the walk
            assert sorts(search="zinc", act="speech")
            assert sorts(search="ZINC")
            assert sorts(search="absent")  # no match at all: the walk would pass every row
            # "talks" is in most: a page is met after a few rows of the walk
            assert not sorts(search="talks")
            assert not sorts(search="talks", act="speech", min_confidence=0.5)
            # a confidence the counts do not keep: the act's matches, at least as many
            assert sorts(search="zinc", min_confidence=0.9)
            assert sorts(search="zinc", act="belief")  # none of the act: the walk reads all
            # several words, or other filters: the planner's choice, as before
            assert not sorts(search="zinc veto")
            assert not sorts(search="zinc", speaker="Kovenko")
            assert not sorts(search="zinc", kind="direct")
