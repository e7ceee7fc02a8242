"""The cross-language store queries: an actor's statements by window and language, vectors."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from tests.crosslang.builders import said

from reportedly.errors import NotFound, StoreError
from reportedly.store import Store
from reportedly.store.sqlite_counterparts import CounterpartReader, save_vectors


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    with Store.open(db) as s:
        for n, (lang, day) in enumerate([("en", 10), ("ru", 3), ("ru", 17), ("ru", 18), ("uk", 9)]):
            s.save(
                said(
                    f"Песков said thing number {n}.",
                    speaker="Песков",
                    content=f"thing number {n}",
                    actor="peskov-dmitry",
                    language=lang,
                    published=date(2024, 11, day),
                )
            )
        s.save(
            said(
                "Zakharova said thing number 9.",
                speaker="Zakharova",
                content="thing number 9",
                actor="zakharova-maria",
                language="ru",
                published=date(2024, 11, 10),
            )
        )
    return db


def test_by_actor_window_and_language(path: Path) -> None:
    with CounterpartReader(path) as r:
        near = r.by_actor("peskov-dmitry", around=date(2024, 11, 10), days=7, exclude_language="en")
        assert [(s.language, s.published) for s in near] == [
            ("ru", date(2024, 11, 17)),
            ("uk", date(2024, 11, 9)),
            ("ru", date(2024, 11, 3)),
        ]
        assert all(s.actor == "peskov-dmitry" for s in near)
        assert len(r.by_actor("peskov-dmitry", around=None, days=0)) == 5
        assert r.by_actor("nobody", around=None, days=0) == []
        assert len(r.by_actor("peskov-dmitry", around=None, days=0, limit=2)) == 2


def test_statement_by_prefix(path: Path) -> None:
    with CounterpartReader(path) as r:
        full = r.by_actor("zakharova-maria", around=None, days=0)[0]
        assert r.statement(full.id[:10]) == full
        assert r.statement(full.id.upper()) == full
        with pytest.raises(NotFound):
            r.statement("0000000000")


def test_vectors_are_cached_once_per_model(path: Path) -> None:
    with CounterpartReader(path) as r:
        ids = [s.id for s in r.by_actor("peskov-dmitry", around=None, days=0)]
    assert save_vectors(path, "m1", {ids[0]: b"\x01" * 8, ids[1]: b"\x02" * 8}) == 2
    assert save_vectors(path, "m1", {ids[0]: b"\x03" * 8}) == 0  # kept, not replaced
    assert save_vectors(path, "m2", {ids[0]: b"\x04" * 8}) == 1
    with CounterpartReader(path) as r:
        assert r.vectors(ids, "m1") == {ids[0]: b"\x01" * 8, ids[1]: b"\x02" * 8}
        assert r.vectors(ids, "m2") == {ids[0]: b"\x04" * 8}
        assert r.vectors([], "m1") == {}


def test_vectors_go_with_their_statement(path: Path) -> None:
    with CounterpartReader(path) as r:
        sid = r.by_actor("zakharova-maria", around=None, days=0)[0].id
    save_vectors(path, "m", {sid: b"\x00" * 4})
    with Store.open(path) as s:
        s._conn.execute(
            "DELETE FROM articles WHERE id IN (SELECT article_id FROM statements WHERE id = ?)",
            (sid,),
        )
    with CounterpartReader(path) as r:
        assert r.vectors([sid], "m") == {}


@pytest.mark.sqlite_only
def test_a_vector_for_no_statement_is_refused(path: Path) -> None:
    with pytest.raises(StoreError, match="E405"):
        save_vectors(path, "m", {"not-a-statement": b"\x00"})
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM statement_vectors").fetchone()[0] == 0
