"""Tests for the events of the store: saving, loading, filtered queries, paging, acceptance."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reportedly.errors import InputError, StoreError
from reportedly.model import Analysis, DateValue, Event, EventActor, Span
from reportedly.store import Store
from reportedly.store.schema import MIGRATIONS

from .builders import find, sample_analysis


def _actor(text: str, span: Span, actor_id: str | None, name: str, code: str | None) -> EventActor:
    return EventActor(text=text, span=span, actor_id=actor_id, name=name, code=code)


def with_events(a: Analysis | None = None) -> Analysis:
    """The hand-built sample with three events: a rejection, a dated demand, an offer."""
    a = a or sample_analysis()
    text = a.article.text
    aid = a.article.id
    first = find(text, "The Kremlin is not prepared")
    sentence1 = Span(first.start, text.index("Ukraine.", first.start) + len("Ukraine."))
    kremlin = find(text, "The Kremlin")
    washington = find(text, "Washington")
    biden = find(text, "US President Joe Biden")
    prepared = find(text, "prepared", kremlin.start)
    put = find(text, "put forward")
    open_ = find(text, "open for negotiations")
    putin = find(text, "Putin", text.index("According to"))
    sentence2 = Span(text.index("According to"), text.index('interests".') + len('interests".'))
    background = find(text, "he will be prepared to do so")
    condition = find(text, "if he withdraws his troops from Ukraine")
    sentence3 = Span(text.index("US President Joe Biden has stated"), condition.end + 1)
    russia = _actor("The Kremlin", kremlin, "government-russia", "Government of Russia", "RUS")
    usa = _actor("Washington", washington, "government-usa", "United States government", "USA")
    joe = _actor("US President Joe Biden", biden, "biden-joe", "Joe Biden", "USA")
    vlad = _actor("Putin", putin, "putin-vladimir", "Vladimir Putin", "RUS")
    events = (
        Event(
            id=Event.make_id(aid, "REJECT", prepared),
            type="REJECT",
            mode="meet",
            context=("diplomatic",),
            source=russia,
            target=usa,
            evidence=sentence1,
            trigger=prepared,
            cameo="125",
            rule="intent:prepared",
            confidence=0.75,
        ),
        Event(
            id=Event.make_id(aid, "REQUEST", put),
            type="REQUEST",
            source=joe,
            target=russia,
            evidence=sentence1,
            trigger=put,
            date=DateValue(
                text="1 December",
                value=date(2022, 12, 1),
                granularity="day",
                year_known=True,
                uncertain=False,
                month=12,
                day=1,
            ),
            cameo="100",
            rule="noun:condition+REQUEST",
            confidence=0.75,
        ),
        Event(
            id=Event.make_id(aid, "AGREE", open_),
            type="AGREE",
            context=("diplomatic", "future"),
            source=vlad,
            target=None,
            evidence=sentence2,
            trigger=open_,
            statement=a.statements[1].id,
            cameo="036",
            rule="intent:open",
            confidence=0.75,
        ),
        Event(
            id=Event.make_id(aid, "AGREE", background),
            type="AGREE",
            source=joe,
            target=vlad,
            evidence=sentence3,
            trigger=background,
            condition=condition,
            rule="intent:prepare",
            confidence=0.75,
        ),
        Event(
            id=Event.make_id(aid, "RETREAT", condition),
            type="RETREAT",
            mode="withdraw",
            source=EventActor(text="he", span=Span(condition.start + 3, condition.start + 5)),
            target=None,
            evidence=sentence3,
            trigger=condition,
            modality="conditional",
            condition=condition,
            location="Ukraine",
            location_span=Span(condition.end - 7, condition.end),
            rule="verb:withdraw",
            confidence=0.6,
        ),
    )
    return dataclasses.replace(a, events=events)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "store.db")
    s.save(with_events())
    return s


def _types(items: tuple[dict[str, Any], ...]) -> list[str]:
    return [i["type"] for i in items]


def test_events_store_migration_is_registered_once() -> None:
    names = [m.name for m in MIGRATIONS]
    assert "0005_events" in names
    assert len(names) == len(set(names))


def test_events_store_round_trips_events(store: Store) -> None:
    original = with_events()
    loaded = store.article(original.article.id)
    assert loaded.events == original.events


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["REQUEST", "REJECT", "AGREE", "AGREE", "RETREAT"]),
        ({"type": "REJECT"}, ["REJECT"]),
        ({"type": ["request", "AGREE"]}, ["REQUEST", "AGREE", "AGREE"]),
        ({"type": "AGREE,REJECT"}, ["REJECT", "AGREE", "AGREE"]),
        ({"actor": "RUS"}, ["REJECT", "AGREE"]),
        ({"actor": "rus"}, ["REJECT", "AGREE"]),
        ({"actor": "USA", "towards": "RUS"}, ["REQUEST", "AGREE"]),
        ({"actor": "biden-joe"}, ["REQUEST", "AGREE"]),
        ({"actor": "Joe Biden"}, ["REQUEST", "AGREE"]),
        ({"actor": "Biden"}, ["REQUEST", "AGREE"]),
        ({"actor": "Kremlin"}, ["REJECT"]),
        ({"actor": "Vladimir Putin"}, ["AGREE"]),
        ({"towards": "Washington"}, ["REJECT"]),
        ({"actor": "nobody at all"}, []),
        ({"modality": "conditional"}, ["RETREAT"]),
        ({"since": date(2022, 12, 2)}, ["REJECT", "AGREE", "AGREE", "RETREAT"]),
        ({"until": date(2022, 12, 1)}, ["REQUEST"]),
        ({"since": date(2023, 1, 1)}, []),
    ],
)
def test_events_store_filters(store: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert _types(store.events(**filters).items) == expected


def test_events_store_orders_by_event_date_then_publication(store: Store) -> None:
    items = store.events().items
    # the demand is dated 1 December; the others fall back to publication (2 December)
    assert [i["sort_date"] for i in items] == ["2022-12-01"] + ["2022-12-02"] * 4
    assert items[0]["date"] == "2022-12-01"
    assert items[1]["date"] is None


def test_events_store_pages_with_cursor(store: Store) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        page = store.events(limit=2, after=cursor)
        seen += [i["event_id"] for i in page.items]
        if page.cursor is None:
            break
        cursor = page.cursor
    assert seen == [i["event_id"] for i in store.events().items]
    assert len(set(seen)) == 5


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"type": "BOMB"}, "unknown type"),
        ({"modality": "maybe"}, "unknown modality"),
        ({"after": "not-a-cursor"}, "cursor"),
        ({"limit": 0}, "positive integer"),
        ({"since": "2022-01-01"}, "expected a date"),
    ],
)
def test_events_store_rejects_bad_filters(
    store: Store, filters: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        store.events(**filters)


def test_events_store_statement_cursor_is_not_an_event_cursor(store: Store) -> None:
    cursor = store.statements(limit=1).cursor
    assert cursor is not None
    with pytest.raises(InputError, match="cursor"):
        store.events(after=cursor)


def test_events_store_record_links_statement_and_evidence(store: Store) -> None:
    (offer,) = [i for i in store.events(actor="Vladimir Putin").items]
    assert offer["statement_id"] is not None
    assert offer["statement_text"].startswith("Putin")
    assert offer["evidence_text"].startswith("According to Peskov")
    assert offer["counts"] is True


def test_events_store_replace_swaps_events(store: Store) -> None:
    a = with_events()
    assert store.save(dataclasses.replace(a, events=a.events[:1]), replace=True)
    assert _types(store.events().items) == ["REJECT"]


def test_events_store_span_outside_text_writes_nothing(tmp_path: Path) -> None:
    a = with_events()
    bad = dataclasses.replace(a.events[0], trigger=Span(0, len(a.article.text) + 5))
    with Store.open(tmp_path / "s.db") as s:
        with pytest.raises((InputError, StoreError)):
            s.save(dataclasses.replace(a, events=(bad,)))
        assert s.counts()["articles"] == 0


def test_events_store_old_analysis_without_events_saves(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as s:
        assert s.save(sample_analysis())
        assert s.events().items == ()
        assert s.article(sample_analysis().article.id).events == ()


def test_events_store_iterates_all_records(store: Store) -> None:
    assert len(list(store.iter_event_records(limit=1))) == 5


@pytest.mark.needs_model
def test_events_store_sample_acceptance_end_to_end(tmp_path: Path, sample_path: Path) -> None:
    """Issue 6: the sample through the pipeline and the store (no publication date)."""
    from reportedly.events.positions import positions
    from reportedly.ingest import read_paths
    from reportedly.pipeline import Pipeline

    article = next(iter(read_paths([sample_path])))
    assert not isinstance(article, Exception)
    assert article.published is None
    analysis = Pipeline().analyze(article)
    with Store.open(tmp_path / "s.db") as s:
        s.save(analysis)
        counted = [i for i in s.events().items if i["counts"]]
        assert any(
            i["type"] == "REJECT" and i["source_code"] == "RUS" and i["target_code"] == "USA"
            for i in counted
        )
        demands = [i for i in s.events(type="REQUEST", actor="USA", towards="RUS").items]
        dated = [d for d in demands if d["date_text"] == "1 December"]
        assert len(dated) == 1
        assert dated[0]["date"] == "--12-01"
        assert dated[0]["date_year_known"] is False
        assert dated[0]["date_value"] is None
        offers = s.events(type="AGREE", actor="RUS", modality="asserted").items
        assert any("open" in o["trigger_text"] for o in offers)
        assert not [i for i in s.events().items if "Journalists" in i["evidence_text"]]
        items = positions(s, actor="USA", towards="RUS")
    kinds = {p["kind"] for p in items}
    assert {"demand", "offer", "rejection"} <= kinds
    conditional = [p for p in items if p["conditions"]]
    assert any("if he withdraws his troops" in c for p in conditional for c in p["conditions"])
    assert all(p["evidence"]["article_id"] == analysis.article.id for p in items)
    asks = [a for p in items if p["kind"] == "demand" for a in p["asks"]]
    assert any("leave" in a for a in asks)


def test_events_store_record_fields_are_documented(store: Store) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "data-format.md").read_text("utf-8")
    section = doc.split("## Event record")[1]
    (record,) = store.events(type="REJECT").items
    for field in record:
        assert f"`{field}`" in section, field
    for column in ("`events`", "`sort_key`", "`sort_date`", "0005_events"):
        assert column in doc.split("## The store")[1]


def test_events_store_export_columns_are_documented() -> None:
    from reportedly.store.event_export import COLUMNS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "events.md").read_text("utf-8")
    section = doc.split("## Export")[1]
    for column in COLUMNS:
        assert f"`{column}`" in section, column


def test_events_store_migration_folds_the_sides_of_stored_events(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as s:
        s.save(with_events())
        with s._write() as conn:  # back to the schema before 0017 (either back end)
            for side in ("source", "target"):
                for part in ("text", "name"):
                    conn.execute(f"DROP INDEX events_{side}_{part}_folded")
                    conn.execute(f"ALTER TABLE events DROP COLUMN {side}_{part}_folded")
            conn.execute("DELETE FROM migrations WHERE name = ?", ("0017_event_folded_sides",))
    with Store.open(path) as s:
        folded = s._conn.execute(
            "SELECT source_text_folded, source_name_folded FROM events ORDER BY position"
        ).fetchall()
        assert ("the kremlin", "government of russia") in [tuple(r) for r in folded]
        assert _types(s.events(actor="the KREMLIN").items) == ["REJECT"]
        assert _types(s.events(towards="washington").items) == ["REJECT"]
        assert _types(s.events(actor="Joe Biden").items) == ["REQUEST", "AGREE"]
