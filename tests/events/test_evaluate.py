"""Tests for events.evaluate: the scorer and the PLV reader (the gold set: test_event_gold.py)."""

from __future__ import annotations

import pytest

from conftest import shared_path
from reportedly.events.evaluate import Score, evaluate_gold, load_plv, score_item
from reportedly.events.event_gold import GoldEvent, GoldItem
from reportedly.events.model import Event, EventActor
from reportedly.model import Span


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
    assert report["micro"]["f1"] == 0.5
    # the REJECT's target is wrong: a reader sees half an event
    assert report["micro_with_sides"]["f1"] == 0.0
    # the error names both sides' codes, so a code the resolver lacks shows as such
    (wrong,) = [e for e in score.errors if e["kind"] == "target"]
    assert (wrong["gold_code"], wrong["pred_code"]) == ("UKR", "USA")
    right = Score()
    score_item(item, [_event("REJECT", 7, 15, target="UKR"), _event("ACCUSE", 0, 6)], right)
    assert right.as_dict()["micro_with_sides"] == right.as_dict()["micro"]


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
