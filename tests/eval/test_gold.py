"""Tests for the war-news statement gold: reading, checking and scoring (made-up articles)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import reportedly.pipeline
from conftest import shared_path
from reportedly.actors import default_registry
from reportedly.cli.eval_cmd import eval_group
from reportedly.errors import ConfigError, InputError
from reportedly.eval import gold, gold_report, gold_score
from reportedly.model import Analysis, Article, Entity, Mention, Skip, Span, Statement

DEV = "20990101T000000Z_XX_en_dev0000000.txt"
TEST = "20990102T000000Z_XX_en_test000000.txt"
TEXTS = {
    DEV: (
        "Minister Anna Kovac said on Monday that the talks had failed. "
        '"We will not give up," she told reporters.\n\n'
        "The ministry does not believe that a ceasefire is near. "
        "Officials fear the winter will be hard.\n"
    ),
    TEST: "Peskov said that Russia wanted peace.\n",
}


def _at(name: str, phrase: str, nth: int = 0) -> list[int]:
    text = TEXTS[name]
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return [start, start + len(phrase)]


def _gold_statement(
    name: str,
    content: str,
    cue: str,
    speaker: str | None,
    *,
    kind: str = "indirect",
    act: str = "speech",
    polarity: str = "positive",
    speaker_type: str = "name",
    canonical: str | None = None,
    actor_id: str | None = None,
) -> dict[str, Any]:
    return {
        "content": [_at(name, content)],
        "snippet": " ".join(content.split()[:8]),
        "kind": kind,
        "act": act,
        "polarity": polarity,
        "cue": _at(name, cue),
        "speaker": _at(name, speaker) if speaker else None,
        "speaker_text": speaker,
        "speaker_type": speaker_type if speaker else "none",
        "canonical": canonical,
        "actor_id": actor_id,
        "nested_in": None,
    }


def gold_records() -> list[dict[str, Any]]:
    return [
        {
            "article": DEV,
            "split": "dev",
            "statements": [
                _gold_statement(
                    DEV, "the talks had failed", "said", "Anna Kovac", canonical="Anna Kovac"
                ),
                _gold_statement(
                    DEV,
                    "We will not give up",
                    "told",
                    "she",
                    kind="direct",
                    speaker_type="pronoun",
                    canonical="Anna Kovac",
                ),
                _gold_statement(
                    DEV,
                    "a ceasefire is near",
                    "believe",
                    "The ministry",
                    act="belief",
                    polarity="negative",
                    speaker_type="organisation",
                ),
                _gold_statement(
                    DEV,
                    "the winter will be hard",
                    "fear",
                    "Officials",
                    act="belief",
                    speaker_type="anonymous",
                ),
            ],
        },
        {
            "article": TEST,
            "split": "test",
            "statements": [
                _gold_statement(
                    TEST,
                    "Russia wanted peace",
                    "said",
                    "Peskov",
                    speaker_type="surname",
                    canonical="Dmitry Peskov",
                    actor_id="peskov-dmitry",
                )
            ],
        },
    ]


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in TEXTS.items():
        (articles / name).write_text(text, encoding="utf-8")
    path = tmp_path / "part.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold_records()), encoding="utf-8")
    return path, articles


@dataclass(frozen=True, slots=True, kw_only=True)
class ActStatement(Statement):
    """A statement as it will be once the act and negation fields land."""

    act: str = "speech"
    negated: bool = False


def _statement(name: str, phrase: str, entity: str | None, **extra: Any) -> Statement:
    span = Span(*_at(name, phrase))
    fields: dict[str, Any] = {
        "id": f"s-{span.start}",
        "kind": "direct" if phrase.startswith("We") else "indirect",
        "content": (span,),
        "speaker": Mention(span=span, text=phrase, label="PERSON") if entity else None,
        "speaker_entity": entity,
    }
    return ActStatement(**fields, **extra) if extra else Statement(**fields)


class FakePipeline:
    """Predicts a fixed set of statements per article (a stand-in for the real pipeline)."""

    def __init__(self, *_: object, with_acts: bool = False, failing: bool = False) -> None:
        self.registry = default_registry()
        self.with_acts = with_acts
        self.failing = failing  # attribution raises on the test article

    def analyze_many(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Analysis]:
        belief = {"act": "belief", "negated": True} if self.with_acts else {}
        for article in articles:
            name = Path(article.source).name
            if name == DEV:
                entities = (Entity(id="anna-kovac", name="Anna Kovac", kind="person"),)
                statements = (
                    _statement(DEV, "the talks had failed", "anna-kovac"),
                    _statement(DEV, "We will not give up", None),
                    _statement(DEV, "a ceasefire is near", None, **belief),
                    _statement(DEV, "on Monday", None),
                )
            else:
                entities = (
                    Entity(id="peskov-dmitry", name="Dmitry Peskov", actor_id="peskov-dmitry"),
                )
                statements = (_statement(TEST, "Russia wanted peace", "peskov-dmitry"),)
            assert article.published is not None  # dated from the file name
            if self.failing and name == TEST:
                skip = Skip(stage="attribution", code="E301", reason="MemoryError: ")
                yield Analysis(article=article, skipped=(skip,))
                continue
            yield Analysis(article=article, entities=entities, statements=statements)


def _run(corpus: tuple[Path, Path], **kwargs: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    path, articles = corpus
    errors: list[dict[str, Any]] = []
    scores = gold_score.evaluate(
        gold.load_gold([path]),
        FakePipeline(**kwargs),
        articles,
        on_error=errors.append,  # type: ignore[arg-type]
    )
    return gold_report.report(scores), errors


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


def test_a_text_a_stage_failed_on_is_reported_not_hidden(corpus: tuple[Path, Path]) -> None:
    report, _ = _run(corpus, failing=True)
    failed = [{"article": TEST, "stages": ["E301 attribution: MemoryError: "]}]
    assert report["test"]["skipped"] == failed
    assert report["all"]["skipped"] == failed
    assert report["dev"]["skipped"] == []
    assert report["test"]["speech"]["predicted"] == 0  # scored with what was left
    table = gold_report.format_report(report)
    assert f"{TEST}: E301 attribution: MemoryError" in table


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


def test_gold_takes_a_calib_split_and_no_other_name() -> None:
    calib = gold_records()[0] | {"split": "calib"}
    assert gold.parse_article(calib, "x:1").split == "calib"
    with pytest.raises(InputError, match="'split' must be one of"):
        gold.parse_article(gold_records()[0] | {"split": "train"}, "x:1")


def test_a_calib_split_is_reported_in_its_own_column(corpus: tuple[Path, Path]) -> None:
    path, _ = corpus
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    records[-1]["split"] = "calib"  # the test article
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report, _ = _run(corpus)
    assert gold_report.format_report(report).splitlines()[0].split() == ["calib", "dev", "all"]
    assert report["calib"]["articles"] == 1
