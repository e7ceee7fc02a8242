"""Tests for events.evaluate: the gold set, the scorer and the PLV reader."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import shared_path
from reportedly.errors import InputError
from reportedly.events.evaluate import (
    GoldEvent,
    GoldItem,
    Score,
    evaluate_gold,
    load_gold,
    load_plv,
    score_item,
)
from reportedly.events.model import EVENT_TYPES, Event, EventActor
from reportedly.model import Span

GOLD = Path(__file__).resolve().parents[1] / "golden" / "events" / "gold.jsonl"


def test_evaluate_gold_set_is_valid_and_covers_every_type() -> None:
    items = load_gold(GOLD)
    splits = Counter(item.split for item in items)
    assert splits["heldout"] >= 30
    assert splits["dev"] >= 30
    assert splits["sample"] >= 1
    assert sum(1 for item in items if item.split != "sample") >= 60
    types = {e.type for item in items for e in item.events}
    assert types == set(EVENT_TYPES)
    modalities = {e.modality for item in items for e in item.events}
    assert {"asserted", "negated", "conditional", "hypothetical", "demanded"} <= modalities
    assert len({item.id for item in items}) == len(items)


def _event(
    type_: str, start: int, end: int, source: str = "RUS", target: str | None = None
) -> Event:
    return Event(
        id=f"{type_}{start}",
        type=type_,  # type: ignore[arg-type]
        source=EventActor(text="Moscow", code=source),
        target=EventActor(text="Kyiv", code=target) if target else None,
        evidence=Span(0, 30),
        trigger=Span(start, end),
    )


def test_evaluate_scores_types_actors_and_modality() -> None:
    item = GoldItem(
        id="x",
        split="dev",
        text="Moscow rejected Kyiv's offer and attacked.",
        published=None,
        events=(
            GoldEvent(
                type="REJECT",
                trigger="rejected",
                source="Moscow",
                source_code="RUS",
                target="Kyiv",
                target_code="UKR",
            ),
            GoldEvent(
                type="ASSAULT",
                trigger="attacked",
                source="Moscow",
                source_code="RUS",
                target=None,
                target_code=None,
            ),
        ),
    )
    score = Score()
    score_item(item, [_event("REJECT", 7, 15, target="USA"), _event("ACCUSE", 0, 6)], score)
    report = score.as_dict()
    assert report["per_type"]["REJECT"]["f1"] == 1.0
    assert report["per_type"]["ASSAULT"]["recall"] == 0.0
    assert report["per_type"]["ACCUSE"]["precision"] == 0.0
    assert report["macro_f1"] == 0.5  # REJECT 1.0, ASSAULT 0.0 (ACCUSE has no support)
    assert report["source_accuracy"] == 1.0
    assert report["target_accuracy"] == 0.0
    assert report["modality_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "invalid JSON"),
        (json.dumps({"events": []}), "needs a text"),
        (
            json.dumps({"text": "a", "events": [{"type": "DEMAND", "trigger": "a"}]}),
            "unknown event",
        ),
        (
            json.dumps({"text": "a", "events": [{"type": "AGREE", "trigger": "b"}]}),
            "not in the text",
        ),
        (json.dumps({"text": "a", "published": "May", "events": []}), "published"),
    ],
)
def test_evaluate_bad_gold_lines_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"gold\.jsonl:2.*{message}"):
        load_gold(path)


@pytest.mark.needs_shared
def test_evaluate_reads_plv_train() -> None:
    rows = load_plv(shared_path("data", "plover", "PLV_train.tsv"))
    assert len(rows) > 1000
    assert {r.root for r in rows} >= {"AGREE", "REJECT", "YIELD"}
    assert all(r.sentence and r.source for r in rows[:50])


def test_evaluate_gold_scores_each_split_and_all() -> None:
    """The evaluator on a tiny fixture (the quality targets on the real gold set are
    reported by ``reportedly eval events``, not asserted in the unit suite)."""

    def item(split: str, text: str, type_: str, trigger: str) -> GoldItem:
        gold = GoldEvent(
            type=type_,
            trigger=trigger,
            source="Moscow",
            source_code="RUS",
            target=None,
            target_code=None,
        )
        return GoldItem(id=text, split=split, text=text, published=None, events=(gold,))

    right = item("dev", "Moscow rejected the offer.", "REJECT", "rejected")
    wrong = item("heldout", "Moscow attacked the town.", "ASSAULT", "attacked")
    scores = evaluate_gold([(right, (_event("REJECT", 7, 15),)), (wrong, ())])
    assert set(scores) == {"all", "dev", "heldout"}
    assert scores["dev"].as_dict()["macro_f1"] == 1.0
    assert scores["heldout"].as_dict()["macro_f1"] == 0.0
    assert scores["all"].as_dict()["macro_f1"] == 0.5
