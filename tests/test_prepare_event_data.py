"""Tests of scripts/prepare_event_data.py's rows from the event gold's dev items (issue 14)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType

import pytest

from conftest import MODEL
from script_modules import load_script

pytest.importorskip("tokenizers", reason="the train extra is not installed")

TEXT = (
    "Russia attacked Ukraine on Monday, as Zelensky told reporters in Kyiv that the army was ready."
)
ASSAULT = {"type": "ASSAULT", "trigger": "attacked", "source": "Russia", "target": "Ukraine"}


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/prepare_event_data.py")


def test_gold_dev_items_never_take_heldout_sample_or_held_out_notes(
    script: ModuleType, tmp_path: Path
) -> None:
    lines = [
        {"id": "d1", "split": "dev", "text": "a", "events": []},
        {
            "id": "d2",
            "split": "dev",
            "note": "second draw of session 13",
            "text": "b",
            "events": [],
        },
        {"id": "h1", "split": "heldout", "text": "c", "events": []},
        {"id": "s1", "split": "sample", "text": "d", "events": []},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert [i["id"] for i in script.gold_dev_items(gold)] == ["d1", "d2"]
    assert [i["id"] for i in script.gold_dev_items(gold, ["second draw"])] == ["d1"]


def test_gold_dev_items_leave_out_skipped_ids(script: ModuleType, tmp_path: Path) -> None:
    lines = [{"id": n, "split": "dev", "text": "a", "events": []} for n in ("d1", "d2", "d3")]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert [i["id"] for i in script.gold_dev_items(gold, (), frozenset({"d2"}))] == ["d1", "d3"]


def test_plv_rows_are_cut_around_their_marked_phrases(script: ModuleType) -> None:
    marked = (
        "On 4 October 2007, <s>the Munich I Regional Court</s> convicted <t>Siemens</t> "
        "to pay a fine of 201 million euros."
    )
    assert script.plv_text(marked, -1) == marked
    assert script.plv_text(marked, 2) == (
        "October 2007, <s>the Munich I Regional Court</s> convicted <t>Siemens</t> to pay"
    )
    # a source alone, or a target marked twice: the window spans every marked phrase
    alone = "Then <s>UN officials</s>, in turn, complained that they had to work alone."
    assert script.plv_text(alone, 2) == "Then <s>UN officials</s>, in"
    twice = "<s>US</s> lends to <t>Kyiv</t> if <t>Kyiv</t>'s reform goes on and on."
    assert script.plv_text(twice, 1) == "<s>US</s> lends to <t>Kyiv</t> if <t>Kyiv</t>'s"


def test_locate_event_takes_whole_words_nearest_the_trigger(script: ModuleType) -> None:
    text = "Russia said that Russian troops and Russia's navy shelled Ukraine's ports."
    event = {"trigger": "shelled", "source": "Russia", "target": "Ukraine"}
    trigger, source, target = script.locate_event(text, event)
    assert text[trigger.start : trigger.end] == "shelled"
    assert source.start == text.index("Russia's")  # not "Russian", not the first "Russia"
    assert text[target.start : target.end] == "Ukraine"
    assert script.locate_event(text, {**event, "target": None}) is None
    assert script.locate_event(text, {**event, "source": "Kyiv"}) is None


@pytest.mark.needs_model
def test_gold_rows_mark_the_event_as_plv_does_and_keep_uncovered_candidates_as_none(
    script: ModuleType,
) -> None:
    from reportedly.events.lexicon import EventLexicon
    from reportedly.nlp import annotate

    lexicon = EventLexicon.load()
    found = script.sentence_candidates(TEXT, annotate(TEXT, model=MODEL), lexicon)
    item = {"id": "x1", "split": "dev", "text": TEXT, "events": [ASSAULT]}
    rows = script.gold_rows(item, found, random.Random(13))
    assert rows[0] == {
        "text": "<s>Russia</s> attacked <t>Ukraine</t> on Monday, as Zelensky told reporters "
        "in Kyiv that the army was ready.",
        "label": "ASSAULT",
        "origin": "gold/x1",
    }
    # the speech candidates are NONE; none on the gold trigger is, whatever its pair
    told = {c.marked for c in found if c.predicate.text == "told"}
    assert len(told) == 3
    assert any(c.predicate.text == "attacked" and c.marked != rows[0]["text"] for c in found)
    none = rows[1:]
    assert all(r["label"] == "NONE" and r["origin"] == "gold/x1" for r in none)
    assert len(none) == 3
    assert {r["text"] for r in none} == told


def test_gold_rows_give_yield_for_concede_and_retreat(script: ModuleType) -> None:
    text = "Russia withdrew its troops from Kherson."
    event = {"type": "RETREAT", "trigger": "withdrew", "source": "Russia", "target": "Kherson"}
    rows = script.gold_rows({"id": "x2", "text": text, "events": [event]}, [], random.Random(1))
    assert rows == [
        {
            "text": "<s>Russia</s> withdrew its troops from <t>Kherson</t>.",
            "label": "YIELD",
            "origin": "gold/x2",
        }
    ]


@pytest.mark.needs_model
def test_gold_rows_give_no_none_row_whose_pair_holds_a_gold_trigger(script: ModuleType) -> None:
    from reportedly.events.lexicon import EventLexicon
    from reportedly.nlp import annotate

    text = "Russia has no intention of returning the annexed regions, Peskov told reporters."
    event = {
        "type": "REJECT",
        "trigger": "no intention of returning the annexed regions",
        "source": "Russia",
        "target": None,
    }
    found = script.sentence_candidates(text, annotate(text, model=MODEL), EventLexicon.load())
    trigger = text.index("no intention")
    holding = [c for c in found if c.target.start <= trigger < c.target.end]
    assert holding  # the parse offers the pair "Russia" / "no intention of ..."
    rows = script.gold_rows({"id": "x3", "text": text, "events": [event]}, found, random.Random(1))
    assert not {r["text"] for r in rows} & {c.marked.strip() for c in holding}
