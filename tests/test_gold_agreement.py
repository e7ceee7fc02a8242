"""Tests of scripts/gold_agreement.py: a second annotator scored against the gold."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import shared_path
from reportedly.actors import default_registry
from reportedly.errors import InputError
from reportedly.eval.gold import load_gold
from script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]
AGREEMENT = ROOT / "gold" / "warnews-en" / "agreement" / "second-annotator.jsonl"
TEXT = (
    '"We will rebuild the bridge," the mayor said. Kovac said that trains would follow in May. '
    "The ministry denied moving troops. Ana said the envoy claimed that talks had failed."
)


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/gold_agreement.py")


def _span(text: str) -> list[int]:
    start = TEXT.index(text)
    return [start, start + len(text)]


def _statement(
    content: str,
    kind: str,
    cue: str | None,
    speaker: str,
    stype: str,
    canonical: str | None,
    **fields: Any,
) -> dict[str, Any]:
    return {
        "content": [_span(content)],
        "snippet": " ".join(content.split()[:8]),
        "kind": kind,
        "act": "speech",
        "polarity": "positive",
        "cue": _span(cue) if cue is not None else None,
        "speaker": _span(speaker),
        "speaker_text": speaker,
        "speaker_type": stype,
        "canonical": canonical,
        "actor_id": None,
        "nested_in": None,
    } | fields


def _gold() -> list[dict[str, Any]]:
    return [
        _statement(
            "We will rebuild the bridge", "direct", "said", "the mayor", "title", "Ana Mayor"
        ),
        _statement(
            "trains would follow in May", "indirect", "said that", "Kovac", "surname", "Kovac"
        ),
        _statement(
            "moving troops", "indirect", "denied", "The ministry", "organisation", "Ministry"
        ),
    ]


def _write(tmp_path: Path, name: str, statements: list[dict[str, Any]]) -> Path:
    path = tmp_path / name
    record = {"article": "a.txt", "split": "dev", "statements": statements}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def _agreement(
    script: ModuleType,
    tmp_path: Path,
    b: list[dict[str, Any]],
    a: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    a_gold = load_gold([_write(tmp_path, "a.jsonl", _gold() if a is None else a)])
    b_gold = load_gold([_write(tmp_path, "b.jsonl", b)])
    result: dict[str, Any] = script.agreement(
        a_gold, b_gold, tmp_path / "articles", default_registry()
    )
    return result


def test_identical_annotations_agree_fully(script: ModuleType, tmp_path: Path) -> None:
    result = _agreement(script, tmp_path, _gold())
    figures, extra = result["scorer"]["all"], result["extra"]
    assert figures["speech"]["f1"] == figures["all_acts"]["f1"] == 1.0
    assert figures["kind"]["accuracy"] == figures["speaker"]["accuracy"] == 1.0
    assert extra["kind_kappa"] == extra["act_kappa"] == 1.0
    assert extra["speaker_mention_span"]["share"] == extra["nesting"]["share"] == 1.0


def test_disagreements_are_counted(script: ModuleType, tmp_path: Path) -> None:
    b = _gold()
    b[0]["kind"] = "mixed"
    b[1]["canonical"] = "Someone Else"
    b[1]["cue"] = _span("said")  # the first "said": the mayor's cue
    del b[2]
    result = _agreement(script, tmp_path, b)
    figures, extra = result["scorer"]["all"], result["extra"]
    assert (figures["all_acts"]["precision"], figures["all_acts"]["recall"]) == (1.0, 0.6667)
    assert figures["kind"]["accuracy"] == 0.5
    assert figures["speaker"]["correct"] == 1
    assert extra["aligned"] == 2
    assert extra["cue_span"]["agree"] == 1
    assert extra["canonical_exact"]["agree"] == 1
    assert extra["speaker_mention_span"]["agree"] == 2


def _nested_pair(nested: int | None) -> list[dict[str, Any]]:
    return [
        *_gold(),
        _statement(
            "the envoy claimed that talks had failed", "indirect", None, "Ana", "name", "Ana"
        ),
        _statement(
            "talks had failed", "indirect", "claimed", "the envoy", "title", None, nested_in=nested
        ),
    ]


def test_nesting_agrees_only_under_aligned_parents(script: ModuleType, tmp_path: Path) -> None:
    same = _agreement(script, tmp_path, _nested_pair(3), a=_nested_pair(3))["extra"]
    assert same["nested"] == {"a": 1, "b": 1, "aligned_either": 1, "agree": 1}
    differ = _agreement(script, tmp_path, _nested_pair(None), a=_nested_pair(3))["extra"]
    assert differ["nested"] == {"a": 1, "b": 0, "aligned_either": 1, "agree": 0}
    assert differ["nesting"]["agree"] == differ["aligned"] - 1


def test_kappa(script: ModuleType) -> None:
    assert script.kappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]) == 0.5
    assert script.kappa([("a", "a"), ("a", "a")]) == 1.0


def test_an_article_annotator_a_lacks_is_an_error(script: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    b_gold = load_gold([_write(tmp_path, "b.jsonl", _gold())])
    with pytest.raises(InputError, match=r"a\.txt is in no gold file of annotator A"):
        script.agreement((), b_gold, tmp_path / "articles", default_registry())


def test_the_second_annotation_holds_the_recorded_draw() -> None:
    drawn: list[str] = []
    rng = random.Random(20261208)
    for part in ("d", "e"):
        gold = load_gold([ROOT / "gold" / "warnews-en" / f"part-{part}.jsonl"])
        drawn += rng.sample(sorted(g.name for g in gold if g.split == "dev"), 4)
    assert [g.name for g in load_gold([AGREEMENT])] == drawn


@pytest.mark.needs_shared
def test_the_second_annotation_fits_its_articles(script: ModuleType) -> None:
    articles = shared_path("data", "warnews-en", "articles")
    a_gold = load_gold([ROOT / "gold" / "warnews-en"])
    result = script.agreement(a_gold, load_gold([AGREEMENT]), articles, default_registry())
    assert result["scorer"]["all"]["articles"] == 8
