"""Per-word act counts kept at write time (migration 0020, ``word_counts.py``): exactly what a
search of each word counts, after saves, replaces and the migration, in the tokens each back
end makes; the tally of a word over the cap is read from them, and pages stay the same."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportedly.confidence import DEFAULT_MIN_CONFIDENCE
from reportedly.model import Analysis
from reportedly.store import Store, word_counts
from reportedly.store.base import StatementFilter
from reportedly.store.sqlite_select import tally_acts
from store.builders import make_analysis

ACTS = ("speech", "speech", "belief", "intent", "other")
# Latin with accents, Cyrillic (й, ё kept), Greek, CJK, a word of two tokens, a name's words
WORDS = (
    "talks", "grain", "Café", "cafe", "Łódź", "війна", "йод", "ёлка", "ελλάδα",
    "東京", "don't", "Kovenko", "veto", "summit",
)  # fmt: skip
SPEAKERS = ("Anna Kovenko", "Zoë Łukasz", "Борис Марова")


def _article(rng: random.Random, n: int) -> Analysis:
    """Article ``n``: its text depends on ``n`` alone; acts and confidences on ``rng``."""
    said = tuple(
        (
            SPEAKERS[(n + i) % len(SPEAKERS)],
            " ".join(WORDS[(n + 5 * i + k) % len(WORDS)] for k in range(2 + i)) + f" {n}",
            "direct",
        )
        for i in range(1 + n % 4)
    )
    text = " ".join(f"{who} said {content}." for who, content, _ in said)
    a = make_analysis(text, said=said)
    statements = tuple(
        replace(s, act=rng.choice(ACTS), confidence=rng.choice((0.2, 0.5, 0.9)))
        for s in a.statements
    )
    return replace(a, statements=statements)


def _kept(store: Store) -> dict[tuple[str, str], tuple[int, int]]:
    rows = store._conn.execute(
        "SELECT word, act, statements, sure FROM word_acts WHERE statements <> 0"
    ).fetchall()
    return {(str(r[0]), str(r[1])): (int(r[2]), int(r[3])) for r in rows}


def _counted(store: Store, search: str, sure: float | None) -> Any:
    """The tally of ``search`` counted over every match, nothing kept."""
    with store._read("tally") as conn:
        return tally_acts(conn, StatementFilter(search=search), sure, None)


def _exact(store: Store) -> None:
    """Every kept count is what a search of its word counts, and every searched word that
    matches is kept under the token the back end makes of it."""
    kept = _kept(store)
    assert kept
    words = {word for word, _ in kept}
    with store._read("words") as conn:
        tokens = {w: word_counts.search_word(conn, w) for w in WORDS}
    assert tokens["don't"] is None  # two tokens: a phrase
    assert tokens["Café"] == tokens["cafe"] == "cafe"
    assert tokens["Łódź"] == "łodz"  # as FTS5 folds it
    assert tokens["йод"] == "йод"  # й is not и
    for search, word in tokens.items():
        full = _counted(store, search, DEFAULT_MIN_CONFIDENCE)
        if word is None:
            continue
        assert word in words, search
        assert {a: n for (w, a), (n, _) in kept.items() if w == word} == full.total, search
        assert {a: s for (w, a), (_, s) in kept.items() if w == word} == full.sure, search
    for word in sorted(words)[::5]:  # and the other way: each kept word, searched
        full = _counted(store, word, DEFAULT_MIN_CONFIDENCE)
        assert {a: n for (w, a), (n, _) in kept.items() if w == word} == full.total, word


def _fill(store: Store, seed: int = 16, count: int = 40) -> list[Analysis]:
    rng = random.Random(seed)
    analyses = [_article(rng, n) for n in range(count)]
    store.save_many(analyses[: count // 2])
    for a in analyses[count // 2 :]:
        store.save(a)
    return analyses


def test_the_sure_threshold_is_the_migrations(tmp_path: Path) -> None:
    assert word_counts.SURE == 0.5  # the number migration 0020 counts with, on both back ends


def test_counts_are_exact_after_saves(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        _fill(store)
        _exact(store)
        store.save(_article(random.Random(1), 3))  # already stored, not replaced: unchanged
        _exact(store)


def test_counts_follow_a_replace(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        analyses = _fill(store)
        before = _kept(store)
        rng = random.Random(99)  # the same articles, other acts and confidences, some shorter
        for n, old in enumerate(analyses[::3]):
            again = _article(rng, 3 * n)
            if n % 2:
                again = replace(again, statements=again.statements[:1])
            assert again.article.id == old.article.id
            assert store.save(again, replace=True)
        assert _kept(store) != before
        _exact(store)
        # every article replaced by one with no statements: its words are taken away
        for a in analyses:
            assert store.save(replace(a, statements=()), replace=True)
        assert _kept(store) == {}


def test_a_word_over_the_cap_has_its_exact_tally_and_the_same_page(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        _fill(store)
        for search in ("talks", "Café", "війна", "東京", "Kovenko"):
            full = _counted(store, search, DEFAULT_MIN_CONFIDENCE)
            assert sum(full.total.values()) > 3, search
            for sure in (DEFAULT_MIN_CONFIDENCE, None):
                counted = _counted(store, search, sure)
                assert store.statement_tally(search=search, sure=sure, cap=3) == counted
                for act in ("speech", "belief"):
                    asked: dict[str, Any] = {"search": search, "act": act, "limit": 2}
                    page, tally = store.statement_view(**asked, sure=sure, cap=3)
                    assert tally == counted
                    assert tally.exact
                    assert page == store.statements(**asked)
            # a confidence the counts do not keep: counted up to the cap, as before
            other = store.statement_tally(search=search, sure=0.9, cap=3)
            assert not other.exact
            assert sum(other.total.values()) == 4
        # several words, or a word of two tokens: counted up to the cap
        assert not store.statement_tally(search="talks grain", cap=1).exact
        assert not store.statement_tally(search="don't", cap=1).exact


def test_migration_0020_counts_what_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        _fill(store)
        expected = _kept(store)
        with store._write() as conn:  # back to 0019: no counts
            conn.execute("DROP TABLE word_acts")
            conn.execute("DELETE FROM migrations WHERE name = '0020_word_acts'")
    with Store.open(path) as store:
        assert _kept(store) == expected
        _exact(store)


def test_a_merge_of_actors_changes_no_word(tmp_path: Path) -> None:
    # a merge only relinks statements and entities to the surviving actor
    # (store/linking.py): the words, acts and confidences counted stay; here its UPDATE of
    # the statements, which on SQLite also indexes each row again (the FTS5 trigger)
    with Store.open(tmp_path / "s.db") as store:
        _fill(store, count=12)
        before = _kept(store)
        with store._write() as conn:
            conn.execute("UPDATE statements SET linked_actor = ?", ("someone",))
        assert _kept(store) == before
        _exact(store)
