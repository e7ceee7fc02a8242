"""Tests of scripts/eval_span_folds.py: per-article score files pooled by fold and group."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from reportedly.eval.gold_score import ArticleScore
from script_modules import load_script

folds = load_script("scripts/eval_span_folds.py")


def _score(name: str, matched: int) -> ArticleScore:
    return ArticleScore(
        name=name,
        split="dev",
        gold={"speech": 4, "all_acts": 5},
        predicted={"speech": 4, "all_acts": 4},
        matched={"speech": matched, "all_acts": matched},
        kinds=(("direct", "direct"),),
        acts=(("speech", "speech"),),
        negatives=(True,),
        negatives_missed=0,
        false_negations=0,
        speakers=(("name", True, "Putin", "Putin"),),
        speaker_confidences=((0.9, True),),
    )


def _write(path: Path, rows: list[tuple[str, ArticleScore]]) -> Path:
    lines = [json.dumps(dataclasses.asdict(s) | {"part": part}) for part, s in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_part_and_group() -> None:
    assert folds.part_of("/work/gold/part-k.jsonl:12") == "k"
    assert folds.in_group("h", "h-j")
    assert not folds.in_group("k", "h-j")
    assert folds.in_group("m", "m")
    assert not folds.in_group("l", "m")


def test_pool_reads_scores_back_and_reports_by_group(tmp_path: Path) -> None:
    first = _write(tmp_path / "f0.jsonl", [("a", _score("x.txt", 4)), ("k", _score("y.txt", 2))])
    second = _write(tmp_path / "f1.jsonl", [("c", _score("z.txt", 3))])
    (_, back), _ = folds.read_scores([first])
    assert back == _score("x.txt", 4)
    report = folds.pool([first, second], ["a-g", "k-l"])
    assert report["all"]["articles"] == 3
    assert report["all"]["speech"]["matched"] == 9
    assert report["a-g"]["speech"]["matched"] == 7
    assert report["k-l"]["speech"]["recall"] == 0.5


def test_pool_refuses_an_article_scored_twice(tmp_path: Path) -> None:
    first = _write(tmp_path / "f0.jsonl", [("a", _score("x.txt", 4))])
    with pytest.raises(SystemExit):
        folds.pool([first, first], [])
