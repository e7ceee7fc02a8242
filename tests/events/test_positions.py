"""Tests for events.positions: demands, offers and rejections with conditions and evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from reportedly.events.positions import build_positions, positions, render_positions, when


def _record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "event_id": "e1",
        "type": "REQUEST",
        "mode": None,
        "modality": "asserted",
        "source_text": "Biden",
        "source_actor": "biden-joe",
        "source_name": "Joe Biden",
        "source_code": "USA",
        "target_text": "Putin",
        "target_actor": "putin-vladimir",
        "target_name": "Vladimir Putin",
        "target_code": "RUS",
        "trigger_text": "needs",
        "evidence_text": "He said that first, Putin needs to leave Ukraine.",
        "evidence_start": 10,
        "condition_text": None,
        "statement_id": "s1",
        "statement_text": "first, Putin needs to leave Ukraine",
        "statement_speaker": "Joe Biden",
        "date": None,
        "date_text": None,
        "date_value": None,
        "date_year_known": None,
        "published": None,
        "article_id": "a1",
        "title": "T",
        "outlet": "O",
        "url": None,
    }
    record.update(overrides)
    return record


@pytest.mark.parametrize(
    ("overrides", "kind"),
    [
        ({"type": "REQUEST"}, "demand"),
        ({"type": "AGREE"}, "offer"),
        ({"type": "REJECT"}, "rejection"),
        ({"type": "AGREE", "modality": "conditional"}, "offer"),
        ({"type": "AGREE", "modality": "hypothetical", "condition_text": "if X"}, "offer"),
    ],
)
def test_positions_kinds(overrides: dict[str, Any], kind: str) -> None:
    (item,) = build_positions([_record(**overrides)], [])
    assert item["kind"] == kind


@pytest.mark.parametrize(
    "overrides",
    [
        {"type": "ASSAULT"},
        {"type": "RETREAT"},
        {"type": "AGREE", "modality": "hypothetical"},
        {"type": "REQUEST", "modality": "negated"},
        {"type": "AGREE", "modality": "demanded"},
    ],
)
def test_positions_leave_out_non_positions(overrides: dict[str, Any]) -> None:
    assert build_positions([_record(**overrides)], []) == []


def test_positions_demand_lists_what_it_asks_for() -> None:
    demanded = _record(
        event_id="e2",
        type="RETREAT",
        modality="demanded",
        trigger_text="leave",
        source_name="Vladimir Putin",
    )
    elsewhere = _record(event_id="e3", type="RETREAT", modality="demanded", evidence_start=99)
    (item,) = build_positions([_record()], [demanded, elsewhere])
    assert item["asks"] == ["Vladimir Putin: leave (RETREAT)"]


def test_positions_condition_and_evidence() -> None:
    offer = _record(
        type="AGREE", trigger_text="prepared", condition_text="if he withdraws his troops"
    )
    (item,) = build_positions([offer], [])
    assert item["conditional"] is True
    assert item["conditions"] == ["if he withdraws his troops"]
    assert item["evidence"]["article_id"] == "a1"
    assert item["evidence"]["statement_id"] == "s1"
    assert item["evidence"]["quote"].startswith("He said")
    text = render_positions([item], actor="USA", towards="RUS")
    assert "OFFER (conditional)" in text
    assert "condition: if he withdraws his troops" in text
    assert "statement s1 by Joe Biden" in text


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"date": "2022-12-01", "date_value": "2022-12-01"}, ("2022-12-01", "event")),
        ({"published": "2022-12-02"}, ("2022-12-02", "publication")),
        ({"date": "--12-01", "date_text": "1 December", "date_year_known": False}, (None, None)),
        ({}, (None, None)),
    ],
)
def test_positions_when(overrides: dict[str, Any], expected: tuple[Any, Any]) -> None:
    got = when(_record(**overrides))
    assert (got["sort_date"], got["dated_by"]) == expected


def test_positions_render_yearless_and_undated() -> None:
    yearless = _record(date="--12-01", date_text="1 December", date_year_known=False)
    items = build_positions([yearless, _record(event_id="e9")], [])
    text = render_positions(items, actor="USA", towards=None)
    assert "--12-01 (“1 December”, year unknown)" in text
    assert "undated" in text
    assert text.startswith("Positions of USA (2)")


def test_positions_render_nothing_found() -> None:
    assert "none found" in render_positions([], actor="X", towards="Y")


class _FakeStore:
    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.calls: list[dict[str, Any]] = []

    def iter_event_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        self.calls.append(filters)
        if "article" in filters:
            return iter([r for r in self.records if r["modality"] == "demanded"])
        return iter([r for r in self.records if r["type"] in filters["type"]])


def test_positions_reads_positions_then_their_articles() -> None:
    store = _FakeStore([_record(), _record(event_id="e2", type="RETREAT", modality="demanded")])
    items = positions(store, actor="USA", towards="RUS")
    assert [i["kind"] for i in items] == ["demand"]
    assert items[0]["asks"]
    assert store.calls[0]["actor"] == "USA"
    assert store.calls[0]["towards"] == "RUS"
    assert store.calls[1] == {"article": "a1", "modality": "demanded"}
