"""Incremental runs: which articles need work, decided from stored stage versions alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from reportedly.engines import incremental
from reportedly.engines.incremental import Need, Triage, need
from reportedly.model import Article

NOW = {"nlp": "en-3.8", "attribution": "a1", "actors": "r1", "events": "e1", "provenance": "p1"}


def article(text: str) -> Article:
    return Article(id=Article.make_id(text), text=text)


@pytest.mark.parametrize(
    ("stored", "reanalyse", "expected"),
    [
        (None, False, Need.NEW),
        (None, True, Need.NEW),
        (NOW, False, Need.UNCHANGED),
        (NOW, True, Need.REANALYSE),
        ({**NOW, "events": "e0"}, False, Need.REANALYSE),
        ({**NOW, "nlp": "en-3.7"}, False, Need.REANALYSE),
        ({**NOW, "provenance": "p0"}, False, Need.RERUN),
        ({**NOW, "provenance": "p0", "actors": "r0"}, False, Need.REANALYSE),
        # attribution failed last time: the later stages were never stamped
        ({"nlp": "en-3.8", "attribution": "a1"}, False, Need.REANALYSE),
        ({k: v for k, v in NOW.items() if k != "provenance"}, False, Need.RERUN),
        ({**NOW, "extra": "x"}, False, Need.REANALYSE),
        ({}, False, Need.REANALYSE),
    ],
)
def test_need(stored: dict[str, str] | None, reanalyse: bool, expected: Need) -> None:
    assert need(stored, NOW, reanalyse=reanalyse) is expected


class FakeStore:
    def __init__(self, stored: dict[str, dict[str, str]]) -> None:
        self.stored = stored
        self.asked: list[list[str]] = []

    def lookup(self, ids: Sequence[str]) -> Mapping[str, Mapping[str, str]]:
        self.asked.append(list(ids))
        return {i: self.stored[i] for i in ids if i in self.stored}


def test_triage_sorts_counts_and_finds_duplicates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incremental, "LOOKUP_CHUNK", 3)
    same, old, moved, fresh = (article(t) for t in ("same", "old", "moved", "fresh"))
    fake = FakeStore(
        {same.id: NOW, old.id: {**NOW, "events": "e0"}, moved.id: {**NOW, "provenance": "p0"}}
    )
    triage = Triage(fake.lookup, lambda language: NOW)
    stream = [same, old, fresh, moved, fresh, same, article("other")]
    out = [(n, a.text) for n, a in triage(stream)]
    assert out == [
        (Need.REANALYSE, "old"),
        (Need.NEW, "fresh"),
        (Need.RERUN, "moved"),
        (Need.NEW, "other"),
    ]
    assert triage.counts == {
        Need.NEW: 2,
        Need.UNCHANGED: 1,
        Need.REANALYSE: 1,
        Need.RERUN: 1,
        Need.DUPLICATE: 2,
    }
    assert triage.first_unchanged == same.id
    assert fake.asked == [sorted([same.id, old.id, fresh.id]), [moved.id], [article("other").id]]


def test_triage_is_lazy() -> None:
    """Articles are read a chunk ahead, not all at once: memory stays flat."""
    read: list[int] = []

    def articles() -> object:
        for n in range(1000):
            read.append(n)
            yield article(f"text {n}")

    triage = Triage(FakeStore({}).lookup, lambda language: NOW)
    stream = triage(articles())  # type: ignore[arg-type]
    next(stream)
    assert len(read) == incremental.LOOKUP_CHUNK
