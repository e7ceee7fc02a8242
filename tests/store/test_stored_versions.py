"""``Store.stored_versions``: what an incremental run compares with the pipeline's versions."""

from __future__ import annotations

from dataclasses import replace

from reportedly.store import Store

from .builders import make_analysis


def test_stored_versions_of_the_stored_ids_only() -> None:
    a = replace(make_analysis("Peskov said the talks were over."), versions={"nlp": "x-1"})
    b = make_analysis("Lavrov said nothing.")
    with Store.open(":memory:") as store:
        store.save(a)
        store.save(b)
        found = store.stored_versions([a.article.id, "0123456789abcdef"])
        assert found == {a.article.id: {"nlp": "x-1"}}
        assert store.stored_versions([]) == {}
        assert store.stored_versions([b.article.id]) == {b.article.id: {}}


def test_stored_versions_unreadable_read_as_none() -> None:
    a = make_analysis("Peskov said the talks were over.")
    with Store.open(":memory:") as store:
        store.save(a)
        for raw in ("not json", "[1, 2]"):
            store._conn.execute("UPDATE articles SET versions = ?", (raw,))
            assert store.stored_versions([a.article.id]) == {a.article.id: {}}
