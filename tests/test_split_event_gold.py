"""Tests of scripts/split_event_gold.py: training and selection parts held apart by article."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from script_modules import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/split_event_gold.py")


def _item(n: int, article: int | None, *types: str, split: str = "dev") -> dict[str, Any]:
    origin = {"corpus": "polnear", "file": f"a{article}.txt"} if article is not None else None
    return {
        "id": f"i{n}",
        "split": split,
        "origin": origin,
        "events": [{"type": t} for t in types],
    }


def _items() -> list[dict[str, Any]]:
    items = [_item(n, n // 3, "ACCUSE" if n % 2 else "ASSAULT") for n in range(60)]
    items += [_item(60, 40, "PROTEST"), _item(61, 40), _item(62, None, "RETREAT")]
    return items


def test_an_article_falls_on_one_side_only(script: ModuleType) -> None:
    train, selection = script.split(_items(), 0.2, 19071)
    assert len(train) + len(selection) == 63
    assert not {script.group_key(i) for i in train} & {script.group_key(i) for i in selection}
    assert {"i60", "i61"} <= {i["id"] for i in selection}  # PROTEST's article, whole


def test_every_root_appears_in_the_selection_and_the_share_is_kept(script: ModuleType) -> None:
    _, selection = script.split(_items(), 0.2, 19071)
    roots = {e["type"] for i in selection for e in i["events"]}
    assert roots == {"ACCUSE", "ASSAULT", "PROTEST", "RETREAT"}
    assert 12 <= len(selection) <= 15  # about 20% of 63, whole articles of three


def test_the_seed_decides_the_split(script: ModuleType) -> None:
    first = script.split(_items(), 0.2, 19071)[1]
    assert first == script.split(_items(), 0.2, 19071)[1]
    assert first != script.split(_items(), 0.2, 1)[1]


def test_only_dev_items_are_read(script: ModuleType, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [*_items(), _item(70, 50, "AID", split="heldout"), _item(71, 51, split="sample")]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    argv = sys.argv
    sys.argv = ["split_event_gold.py", str(gold), "--out", str(tmp_path / "out")]
    try:
        script.main()
    finally:
        sys.argv = argv
    read = [
        json.loads(line)["id"]
        for name in ("train", "selection")
        for line in (tmp_path / "out" / f"{name}.jsonl").read_text("utf-8").splitlines()
    ]
    assert sorted(read) == sorted(i["id"] for i in _items())
