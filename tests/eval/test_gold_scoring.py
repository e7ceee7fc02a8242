"""Tests for the war-news statement gold: scoring and its report, calibration included
(made-up articles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.eval.gold_corpus import DEV, TEST, TEXTS, _at, _run, gold_records

from reportedly.actors import default_registry
from reportedly.eval import gold, gold_report, gold_score
from reportedly.model import Analysis, Article, Mention, Span, Statement


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in TEXTS.items():
        (articles / name).write_text(text, encoding="utf-8")
    path = tmp_path / "part.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold_records()), encoding="utf-8")
    return path, articles


def test_gold_scores_views_splits_speakers_and_negation(corpus: tuple[Path, Path]) -> None:
    report, errors = _run(corpus)
    dev, test, overall = report["dev"], report["test"], report["all"]
    # speech view: 2 gold speech statements; all 4 predictions read as speech, 2 match
    assert (dev["speech"]["gold"], dev["speech"]["predicted"], dev["speech"]["matched"]) == (
        2,
        4,
        2,
    )
    assert (dev["speech"]["precision"], dev["speech"]["recall"]) == (0.5, 1.0)
    # all acts: the negated belief is matched too; "the winter" is missed
    assert (dev["all_acts"]["gold"], dev["all_acts"]["matched"]) == (4, 3)
    assert dev["negation"] == {"gold_negative": 1, "matched": 1, "errors": 1, "false_negations": 0}
    # speakers: Kovac right, "she" unresolved (wrong), the ministry's null canonical right
    assert (dev["speaker"]["matched"], dev["speaker"]["correct"]) == (3, 2)
    assert dev["speaker"]["by_type"]["pronoun"] == {"matched": 1, "correct": 0, "accuracy": 0.0}
    assert dev["speaker"]["confusions"] == [
        {"gold": "Anna Kovac", "predicted": "(unresolved)", "count": 1}
    ]
    assert test["speaker"]["accuracy"] == 1.0
    assert test["all_acts"]["f1"] == 1.0
    assert overall["articles"] == 2
    assert overall["speaker"]["correct"] == 3
    assert dev["kind"]["accuracy"] == 1.0
    assert dev["act"]["confusions"] == [{"gold": "belief", "predicted": "speech", "count": 1}]
    kinds = sorted((e["view"], e["error"]) for e in errors)
    assert kinds == [
        ("all_acts", "false_alarm"),
        ("all_acts", "missed"),
        ("all_acts", "negation_lost"),
        ("all_acts", "wrong_speaker"),
        ("speech", "false_alarm"),
        ("speech", "false_alarm"),
    ]
    assert all(e["split"] == "dev" and e["text"] for e in errors)


def test_gold_reads_act_and_negation_when_statements_carry_them(
    corpus: tuple[Path, Path],
) -> None:
    report, _ = _run(corpus, with_acts=True)
    dev = report["dev"]
    assert (dev["speech"]["predicted"], dev["speech"]["matched"]) == (3, 2)
    assert dev["negation"]["errors"] == 0
    assert dev["act"]["accuracy"] == 1.0


def test_format_report_has_a_column_per_split(corpus: tuple[Path, Path]) -> None:
    report, _ = _run(corpus)
    table = gold_report.format_report(report)
    assert table.splitlines()[0].split() == ["dev", "test", "all"]
    assert "Anna Kovac -> (unresolved)" in table


def test_a_text_a_stage_failed_on_is_reported_not_hidden(corpus: tuple[Path, Path]) -> None:
    report, _ = _run(corpus, failing=True)
    failed = [{"article": TEST, "stages": ["E301 attribution: MemoryError: "]}]
    assert report["test"]["skipped"] == failed
    assert report["all"]["skipped"] == failed
    assert report["dev"]["skipped"] == []
    assert report["test"]["speech"]["predicted"] == 0  # scored with what was left
    table = gold_report.format_report(report)
    assert f"{TEST}: E301 attribution: MemoryError" in table


def test_gold_report_calibrates_the_speaker_confidence() -> None:
    score = gold_score.ArticleScore(
        name="a.txt",
        split="dev",
        gold={"speech": 3, "all_acts": 3},
        predicted={"speech": 3, "all_acts": 3},
        matched={"speech": 3, "all_acts": 3},
        kinds=(),
        acts=(),
        negatives=(),
        negatives_missed=0,
        false_negations=0,
        speakers=(),
        speaker_confidences=((0.9, True), (0.9, False), (0.6, True)),
    )
    calibration = gold_report.totals([score])["speaker"]["calibration"]
    assert calibration["statements"] == 3
    assert calibration["ece"] == pytest.approx(0.4)  # 0.9 vs 1/2 right, 0.6 vs all right
    table = gold_report.format_report(gold_report.report([score]))
    assert "speaker confidence ECE" in table
    assert "0.400 (3)" in table


def test_gold_report_without_speaker_confidences(corpus: tuple[Path, Path]) -> None:
    report, _ = _run(corpus)  # the fake pipeline's statements carry none
    assert report["all"]["speaker"]["calibration"] == {"ece": 0.0, "statements": 0, "bins": []}


def test_gold_report_calibrates_the_statement_confidence(corpus: tuple[Path, Path]) -> None:
    path, articles = corpus
    article = next(a for a in gold.load_gold([path]) if a.name == DEV)
    text = TEXTS[DEV]

    def said(phrase: str, speaker: str | None, confidence: float) -> Statement:
        mention = (
            Mention(span=Span(*_at(DEV, speaker)), text=speaker, label="PERSON")
            if speaker
            else None
        )
        return Statement(
            id=phrase,
            kind="indirect",
            content=(Span(*_at(DEV, phrase)),),
            speaker=mention,
            confidence=confidence,
        )

    statements = (
        said("the talks had failed", "Anna Kovac", 0.9),  # right: its mention is the gold's
        said("We will not give up", "Minister", 0.9),  # matched, the wrong mention
        said("on Monday", None, 0.3),  # no gold statement
    )
    analysis = Analysis(
        article=Article(id="dev", text=text, source=str(articles / DEV)), statements=statements
    )
    score = gold_score.score_article(article, analysis, default_registry())
    assert score.confidences["all_acts"] == ((0.9, True), (0.9, False), (0.3, False))
    calibration = gold_report.totals([score])["confidence"]["all_acts"]
    assert calibration["statements"] == 3
    assert calibration["ece"] == pytest.approx((2 * 0.4 + 0.3) / 3, abs=1e-4)  # 0.9 vs 1/2
    assert (calibration["mean_confidence"], calibration["right_share"]) == (0.7, 0.3333)
    table = gold_report.format_report(gold_report.report([score]))
    assert "statement confidence ECE, all acts" in table
    assert "0.70 / 0.33" in table


def test_a_calib_split_is_reported_in_its_own_column(corpus: tuple[Path, Path]) -> None:
    path, _ = corpus
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    records[-1]["split"] = "calib"  # the test article
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report, _ = _run(corpus)
    assert gold_report.format_report(report).splitlines()[0].split() == ["calib", "dev", "all"]
    assert report["calib"]["articles"] == 1
