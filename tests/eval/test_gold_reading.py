"""Tests for the war-news statement gold: reading and checking it, and the gold CLI (made-up
articles)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from tests.eval.gold_corpus import DEV, TEST, TEXTS, FakePipeline, _at, gold_records

import reportedly.pipeline
from conftest import shared_path
from reportedly.cli.eval_cmd import eval_group
from reportedly.errors import ConfigError, InputError
from reportedly.eval import gold
from reportedly.model import Span


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in TEXTS.items():
        (articles / name).write_text(text, encoding="utf-8")
    path = tmp_path / "part.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold_records()), encoding="utf-8")
    return path, articles


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "quoted"}, "'kind' must be one of"),
        ({"act": "said"}, "'act' must be one of"),
        ({"nested_in": 0}, "'nested_in'"),
        ({"nested_in": 9}, "'nested_in'"),
        ({"content": []}, "'content'"),
        ({"content": [[5, 2]]}, "'content'"),
        ({"speaker": None}, "speaker_type"),
        ({"cue": "said"}, "'cue'"),
    ],
)
def test_gold_schema_errors_name_the_line(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    records = gold_records()
    records[0]["statements"][0].update(change)
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        gold.load_gold([path])
    assert f"{path}:1" in str(info.value)
    assert "statement 0" in str(info.value)


def test_gold_layout_errors() -> None:
    nested = gold_records()[0]
    nested["statements"][3]["nested_in"] = 0  # "the winter" is not inside "the talks"
    with pytest.raises(InputError, match="inside its parent"):
        gold.parse_article(nested, "x:1")
    overlap = gold_records()[0]
    overlap["statements"][0]["speaker"] = _at(DEV, "the talks")
    with pytest.raises(InputError, match="overlaps its own content"):
        gold.parse_article(overlap, "x:1")


def test_gold_rejects_an_article_annotated_twice(tmp_path: Path) -> None:
    path = tmp_path / "twice.jsonl"
    line = json.dumps(gold_records()[1]) + "\n"
    path.write_text(line + line, encoding="utf-8")
    with pytest.raises(InputError, match="also annotated"):
        gold.load_gold([path])


def test_gold_snippet_must_open_the_content() -> None:
    record = gold_records()[0]
    record["statements"][1]["snippet"] = "We will win"
    article = gold.parse_article(record, "x.jsonl:1")
    with pytest.raises(InputError, match="snippet"):
        gold.check_against_text(article, TEXTS[DEV])
    gold.check_against_text(gold.parse_article(gold_records()[0], "x:1"), TEXTS[DEV])


def test_snippet_is_the_first_eight_words_across_spans() -> None:
    text = "one two three, four five\nsix seven | eight nine ten"
    assert gold.snippet_of(text, [Span(0, 24), Span(25, 50)]) == (
        "one two three, four five six seven |"
    )


def test_missing_articles_dir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--articles"):
        gold.resolve_articles_dir(tmp_path / "nope")


def test_gold_cli_json_and_errors(
    corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reportedly.pipeline, "Pipeline", FakePipeline)
    path, articles = corpus
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        eval_group,
        ["gold", str(path), "--articles", str(articles), "--json", "--errors", str(errors)],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload["splits"]) == {"dev", "test", "all"}
    assert payload["splits"]["all"]["all_acts"]["gold"] == 5
    assert "act" in payload["act_field"]
    assert len(errors.read_text(encoding="utf-8").splitlines()) == 6


def test_gold_cli_warns_of_a_text_a_stage_failed_on(
    corpus: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reportedly.pipeline, "Pipeline", lambda *a, **k: FakePipeline(failing=True))
    path, articles = corpus
    result = CliRunner().invoke(eval_group, ["gold", str(path), "--articles", str(articles)])
    assert result.exit_code == 0, result.output
    assert "warning: 1 of 2 texts carry a stage's skip or warning" in result.stderr
    assert f"first: {TEST}: E301 attribution" in result.stderr


def test_gold_cli_missing_article(
    corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reportedly.pipeline, "Pipeline", FakePipeline)
    path, _ = corpus
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(eval_group, ["gold", str(path), "--articles", str(empty)])
    assert result.exit_code == 1
    assert DEV in result.output
    assert "cannot read" in result.output


@pytest.mark.needs_shared
def test_repository_gold_fits_the_articles() -> None:
    articles = shared_path("data", "warnews-en", "articles")
    files = sorted((Path(__file__).resolve().parents[2] / "gold" / "warnews-en").glob("*.jsonl"))
    assert files
    items = gold.load_gold(files)
    for item in items:
        text = gold.read_article(articles, item).text
        gold.check_against_text(item, text)
    # an article drawn for the gold that reports nothing stays in it, with no statements (what
    # the pipeline finds there is a false alarm); every part holds statements
    for path in files:
        assert any(i.statements for i in items if i.source.startswith(f"{path}:")), path


def test_gold_takes_a_calib_split_and_no_other_name() -> None:
    calib = gold_records()[0] | {"split": "calib"}
    assert gold.parse_article(calib, "x:1").split == "calib"
    with pytest.raises(InputError, match="'split' must be one of"):
        gold.parse_article(gold_records()[0] | {"split": "train"}, "x:1")


def test_gold_cli_scores_only_the_split_asked_for(
    corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reportedly.pipeline, "Pipeline", FakePipeline)
    path, articles = corpus
    errors = tmp_path / "errors.jsonl"
    args = ["gold", str(path), "--articles", str(articles), "--json", "--errors", str(errors)]
    result = CliRunner().invoke(eval_group, [*args, "--split", "dev"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)["splits"]) == {"dev", "all"}
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert rows
    assert {r["article"] for r in rows} == {DEV}


@pytest.mark.parametrize(("split", "message"), [("train", "no split train"), ("calib", "of split")])
def test_gold_split_that_holds_nothing_is_a_clear_error(
    corpus: tuple[Path, Path], split: str, message: str
) -> None:
    path, articles = corpus
    result = CliRunner().invoke(
        eval_group, ["gold", str(path), "--articles", str(articles), "--split", split]
    )
    assert result.exit_code == 1
    assert message in result.output
    assert str(path) in result.output
