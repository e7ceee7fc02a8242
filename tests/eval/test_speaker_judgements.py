"""Hand judgements of resolved speakers: the file, the alignment and the labels, the command."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import reportedly.pipeline
from reportedly.actors import default_registry
from reportedly.cli.eval_cmd import eval_group
from reportedly.errors import InputError
from reportedly.eval import speaker_judgements as sj
from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement

NAME = "20990101T000000Z_XX_en_judged0000.txt"
TEXT = (
    "Anna Kovac said the talks had failed. "
    "Officials in two capitals said a ceasefire was near. "
    "The army shelled the port, Kovac said on Monday. "
    "She added that the bridge would reopen."
)
KOVAC = Entity(id="anna-kovac", name="Anna Kovac", kind="person")
PESKOV = Entity(id="peskov", name="Dmitry Peskov", kind="person", actor_id="peskov-dmitry")


def _span(phrase: str) -> Span:
    at = TEXT.index(phrase)
    return Span(at, at + len(phrase))


def record(phrase: str, judgement: str, canonical: str | None, **extra: Any) -> dict[str, Any]:
    span = _span(phrase)
    return {
        "article": NAME,
        "draw": 1,
        "content": [[span.start, span.end]],
        "snippet": " ".join(phrase.split()[:8]),
        "judgement": judgement,
        "canonical": canonical,
        "actor_id": None,
        **extra,
    }


RECORDS = [
    record("the talks had failed", "right", "Anna Kovac"),
    record("a ceasefire was near", "wrong", None, note="two sides: the guide's null"),
    record("The army shelled the port", "not_a_statement", None),
]


def _statement(phrase: str, entity: Entity | None, confidence: float | None = 0.9) -> Statement:
    return Statement(
        id=phrase,
        kind="indirect",
        content=(_span(phrase),),
        speaker=Mention(span=Span(0, 10), text="Anna Kovac", label="SPEAKER"),
        speaker_entity=entity.id if entity is not None else None,
        speaker_confidence=confidence if entity is not None else None,
    )


def analysis(*statements: Statement) -> Analysis:
    article = Article(id="a", text=TEXT, source=NAME)
    return Analysis(article=article, entities=(KOVAC, PESKOV), statements=statements)


def write(tmp_path: Path, records: Iterable[dict[str, Any]]) -> Path:
    path = tmp_path / "judged.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_reads_every_record_with_its_place(tmp_path: Path) -> None:
    path = write(tmp_path, RECORDS)
    loaded = sj.load_judgements([tmp_path])
    assert [j.judgement for j in loaded] == ["right", "wrong", "not_a_statement"]
    assert loaded[0].canonical == "Anna Kovac"
    assert loaded[1].canonical is None
    assert loaded[1].source == f"{path}:2"
    assert loaded[0].content == (_span("the talks had failed"),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"judgement": "maybe"}, "'judgement' must be one of"),
        ({"canonical": None}, "needs its 'canonical'"),
        ({"content": [[5, 5]]}, "non-empty spans"),
        ({"content": "5-9"}, "not a speaker judgement"),
        ({"draw": None}, "not a speaker judgement"),
    ],
)
def test_load_rejects_a_broken_record(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    write(tmp_path, [RECORDS[1], RECORDS[0] | change])
    with pytest.raises(InputError, match=message) as caught:
        sj.load_judgements([tmp_path / "judged.jsonl"])
    assert caught.value.code == "E602"
    assert ":2" in str(caught.value)


def test_rows_are_labelled_by_who_the_judgement_names(tmp_path: Path) -> None:
    judgements = sj.load_judgements([write(tmp_path, RECORDS)])
    rows, unaligned = sj.judged_rows(
        judgements,
        analysis(
            _statement("the talks had failed", KOVAC),
            _statement("a ceasefire was near", KOVAC),  # the guide names nobody: wrong
            _statement("The army shelled the port", KOVAC),  # not a statement: no row
            _statement("the bridge would reopen", KOVAC),  # judged in no record
        ),
        default_registry(),
    )
    assert [(r.statement.id, r.right) for r in rows] == [
        ("the talks had failed", True),
        ("a ceasefire was near", False),
    ]
    assert unaligned == 1


def test_a_statement_left_unresolved_is_judged_when_a_later_pipeline_resolves_it(
    tmp_path: Path,
) -> None:
    """An ``unresolved`` record says who the speaker is (or nobody) for a statement the
    judged pipeline left unresolved: a later resolved speaker is right only if it is that."""
    records = [
        record("the talks had failed", "unresolved", "Anna Kovac"),
        record("a ceasefire was near", "unresolved", None, note="two sides"),
    ]
    judgements = sj.load_judgements([write(tmp_path, records)])
    assert [j.judgement for j in judgements] == ["unresolved", "unresolved"]
    rows, _ = sj.judged_rows(
        judgements,
        analysis(
            _statement("the talks had failed", KOVAC),
            _statement("a ceasefire was near", KOVAC),
        ),
        default_registry(),
    )
    assert [r.right for r in rows] == [True, False]


def test_a_later_pipeline_is_judged_against_the_named_speaker(tmp_path: Path) -> None:
    judgements = sj.load_judgements([write(tmp_path, RECORDS)])
    rows, _ = sj.judged_rows(
        judgements,
        analysis(
            _statement("the talks had failed", PESKOV),  # another speaker now: wrong
            _statement("a ceasefire was near", None),  # unresolved: no speaker to judge
        ),
        default_registry(),
    )
    assert [(r.statement.id, r.right) for r in rows] == [("the talks had failed", False)]


class FakePipeline:
    """Resolves every judged statement to Anna Kovac at speaker confidence 0.9."""

    def __init__(self, *_: object, **__: object) -> None:
        self.registry = default_registry()

    def analyze_many(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Analysis]:
        for article in articles:
            assert Path(article.source).name == NAME
            yield analysis(
                _statement("the talks had failed", KOVAC),
                _statement("a ceasefire was near", KOVAC),
            )


def test_the_command_reports_the_calibration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reportedly.pipeline, "Pipeline", FakePipeline)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / NAME).write_text(TEXT, encoding="utf-8")
    path = write(tmp_path, RECORDS)
    args = ["speaker-judgements", str(path), "--articles", str(articles)]
    result = CliRunner().invoke(eval_group, [*args, "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["statements"] == 2
    assert payload["share_right"] == 0.5
    assert payload["calibration"]["ece"] == pytest.approx(0.4)  # 0.9 said, half right
    text = CliRunner().invoke(eval_group, args)
    assert text.exit_code == 0, text.output
    assert "2 judged statements with a resolved speaker, 0.500 right" in text.output
    assert "missed by 0.350" in text.output


def test_the_command_names_a_missing_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reportedly.pipeline, "Pipeline", FakePipeline)
    empty = tmp_path / "empty"
    empty.mkdir()
    path = write(tmp_path, RECORDS)
    result = CliRunner().invoke(
        eval_group, ["speaker-judgements", str(path), "--articles", str(empty)]
    )
    assert result.exit_code == 1
    assert NAME in result.output


@pytest.mark.needs_shared
def test_repository_judgements_load_and_name_their_speakers() -> None:
    folder = Path(__file__).resolve().parents[2] / "gold" / "speaker-judgements"
    judgements = sj.load_judgements([folder])
    assert len(judgements) > 250
    assert {j.judgement for j in judgements} == set(sj.VERDICTS)
    assert all(j.canonical for j in judgements if j.judgement == "right")
