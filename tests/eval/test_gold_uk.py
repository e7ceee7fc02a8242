"""The Ukrainian statement gold (gold/uk) is well-formed and fits the texts it annotates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from reportedly.actors import default_registry
from reportedly.eval import gold

GOLD = Path(__file__).resolve().parents[2] / "gold" / "uk"
CORPORA = {"slavicner": "uk/", "ner-uk": "ng/"}


def _records() -> list[dict[str, object]]:
    files = sorted(GOLD.glob("*.jsonl"))
    assert files, f"no gold files in {GOLD}"
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    return [json.loads(line) for line in lines if line.strip()]


def test_records_follow_the_shared_format() -> None:
    records = _records()
    assert len(records) >= 30
    names = [r["article"] for r in records]
    assert len(set(names)) == len(names)
    for r in records:
        source = r["source"]
        assert isinstance(source, dict)
        assert r["lang"] == "uk", r["article"]
        assert source["path"].startswith(CORPORA[source["corpus"]]), r["article"]
        assert r["article"] == f"{source['corpus']}:{source['path']}"
        gold.parse_article(r, str(r["article"]))  # the English schema's checks
    splits = [r["split"] for r in records]
    assert splits.count("test") * 4 > len(records), "about a third of the texts are test"
    assert any(not r["statements"] for r in records), "a few texts hold no statement"


def test_registry_actors_carry_their_registry_name() -> None:
    registry = default_registry()
    linked = 0
    for r in _records():
        item = gold.parse_article(r, str(r["article"]))
        for s in item.statements:
            if s.actor_id is not None:
                linked += 1
                assert s.actor_id in registry, (item.name, s.actor_id)
                assert registry.by_id(s.actor_id).name == s.canonical, (item.name, s.index)
    assert linked


def test_the_split_is_the_one_the_readme_lists() -> None:
    readme = (GOLD / "README.md").read_text(encoding="utf-8")
    for r in _records():
        if r["split"] in ("test", "calib"):
            assert f"| `{r['article']}` | {r['split']} |" in readme, r["article"]


@pytest.mark.needs_shared
def test_offsets_and_snippets_fit_the_texts() -> None:
    root = shared_path("data", "ru-uk")
    for r in _records():
        source = r["source"]
        assert isinstance(source, dict)
        path = root / source["corpus"] / source["path"]
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        item = gold.parse_article(r, str(r["article"]))
        gold.check_against_text(item, text)
        for s in item.statements:
            spans = [*s.content, *(x for x in (s.cue, s.speaker) if x is not None)]
            assert all(text[x.start : x.end].strip() == text[x.start : x.end] for x in spans), (
                f"{item.name} statement {s.index}: a span starts or ends with white space"
            )
            assert len(s.snippet.split()) <= 8
