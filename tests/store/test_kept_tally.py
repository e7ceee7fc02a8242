"""A search's tally is kept until a save or a replace changes the store; pages read their
rows without the full-text column, in the order of the plain query."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from reportedly.store import Store
from reportedly.store.sqlite_select import STATEMENT_COLUMNS
from store.builders import counting_tallies, search_analysis, statement_pages


def test_kept_tally_is_reused_until_a_save_or_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(5)
    analyses = [search_analysis(rng, i) for i in range(6)]
    counted = counting_tallies(monkeypatch)
    with Store.open(tmp_path / "kept.db") as store:
        store.save_many(analyses[:5])
        first = store.statement_tally(search="talks", cap=1000)
        assert store.statement_tally(search="talks", cap=1000) == first
        assert counted == ["talks"]  # the second came from what was kept
        store.statement_tally(search="talks", cap=10)  # another cap: counted
        store.statement_tally(search="talks", sure=0.9, cap=1000)  # another threshold
        assert len(counted) == 3

        store.save(analyses[5])  # a save: counted again, and right
        after_save = store.statement_tally(search="talks", cap=1000)
        assert len(counted) == 4
        assert sum(after_save.total.values()) == store.statement_count(search="talks")

        # a replace that changes acts (same article, statements re-saved as beliefs)
        old = analyses[0]
        believed = replace(old, statements=tuple(replace(s, act="belief") for s in old.statements))
        store.save(believed, replace=True)
        replaced = store.statement_tally(search="talks", cap=1000)
        assert len(counted) == 5
        assert sum(replaced.total.values()) == store.statement_count(search="talks")
        assert replaced.total.get("belief", 0) == store.statement_count(
            search="talks", act="belief"
        )


def test_kept_tally_leaves_other_filters_and_memory_stores_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = counting_tallies(monkeypatch)
    rng = random.Random(6)
    with Store.open(tmp_path / "other.db") as store:
        store.save_many([search_analysis(rng, i) for i in range(3)])
        for _ in range(2):
            store.statement_tally(search="talks", speaker="boris", cap=1000)
        assert len(counted) == 2  # names depend on actor links, which a merge moves
    with Store.open(":memory:") as memory:
        memory.save(search_analysis(rng, 9))
        for _ in range(2):
            memory.statement_tally(search="talks", cap=1000)
    # in memory nothing is kept; on PostgreSQL ":memory:" is a database of its own, kept
    assert len(counted) in (3, 4)


def test_statement_columns_are_every_stored_column_but_the_search_vector(tmp_path: Path) -> None:
    with Store.open(tmp_path / "cols.db") as store, store._read("columns") as conn:
        cursor = conn.execute("SELECT * FROM statements LIMIT 0")
        stored = [d[0] for d in cursor.description]
    assert list(STATEMENT_COLUMNS) == [c for c in stored if c != "fts"]


@pytest.mark.parametrize("word", ["talks", "grain", "veto", "nothingsuch"])
@pytest.mark.parametrize("size", [1, 5, 200])
def test_search_pages_are_the_matches_in_the_plain_order(word: str, size: int) -> None:
    rng = random.Random(3)
    with Store.open(":memory:") as store:
        store.save_many([search_analysis(rng, i) for i in range(30)])
        everything = store.statements(limit=1000).items
        expected = [
            r["statement_id"]
            for r in everything
            if word in r["content"].split() or word in (r["speaker_name"] or "").lower().split()
        ]
        found = [i for ids, _ in statement_pages(store, size, search=word) for i in ids]
    assert found == expected
    assert (word == "nothingsuch") is (not expected)
