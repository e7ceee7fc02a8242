"""Tests of the speaker evaluation: the annotation file, matching and judging."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import shared_path
from reportedly.actors import default_registry
from reportedly.errors import InputError
from reportedly.eval.speakers import (
    GoldSpeaker,
    Outcome,
    SpeakerReport,
    article_for,
    format_report,
    judge,
    load_gold,
    match_statement,
    parse_gold,
)
from reportedly.model import Analysis, Article, Entity, Span, Statement

GOLD = Path(__file__).resolve().parents[1] / "golden" / "speakers" / "polnear-dev.yaml"


def _item(**over: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "at": [10, 40],
        "snippet": "x",
        "source": "Trump",
        "type": "name",
        "speaker": "Donald Trump",
    }
    item.update(over)
    return item


def test_eval_speakers_gold_file_covers_30_articles() -> None:
    gold = load_gold(GOLD)
    articles = {g.article for g in gold}
    assert len(articles) >= 30
    assert {g.type for g in gold} == {"name", "pronoun", "title", "anonymous"}
    assert all(len(g.snippet) <= 40 for g in gold)  # short identifying snippets only


@pytest.mark.needs_shared
def test_eval_speakers_gold_fits_the_polnear_texts() -> None:
    data = shared_path("data", "polnear")
    for g in load_gold(GOLD):
        text = article_for(data, g.article).text
        assert text[g.content.start : g.content.start + len(g.snippet)] == g.snippet


def test_eval_speakers_article_date_from_its_name(tmp_path: Path) -> None:
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "text" / "nyt_2016-09-19_x.txt").write_text("Hi.", encoding="utf-8")
    article = article_for(tmp_path, "nyt_2016-09-19_x")
    assert (article.text, str(article.published)) == ("Hi.", "2016-09-19")


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        (_item(at=[5]), "'at'"),
        (_item(at=[9, 3]), "'at'"),
        (_item(type="rumour"), "'type'"),
        (_item(speaker=None), "null exactly"),
        (_item(type="anonymous"), "null exactly"),
        (_item(also="Trump"), "'also'"),
        (_item(snippet=None), "'snippet'"),
        (_item(actor=3), "'actor'"),
    ],
)
def test_eval_speakers_parse_rejects_bad_entries(item: dict[str, Any], problem: str) -> None:
    doc = {"articles": [{"article": "a", "statements": [item]}]}
    with pytest.raises(InputError, match=problem):
        parse_gold(doc, "gold.yaml")


@given(st.recursive(st.none() | st.integers() | st.text(max_size=5), st.lists, max_leaves=8))
def test_eval_speakers_parse_junk_raises_only_input_error(junk: Any) -> None:
    with contextlib.suppress(InputError):
        parse_gold({"articles": junk}, "junk.yaml")


def _analysis() -> Analysis:
    text = "Donald Trump said on Monday that the wall would be built. Trump added more."
    article = Article(id=Article.make_id(text), text=text)
    trump = Entity(
        id="trump-donald",
        name="Trump",
        kind="person",
        actor_id="trump-donald",
        resolution="registry",
    )
    return Analysis(
        article=article,
        entities=(trump,),
        statements=(
            Statement(
                id="a",
                kind="indirect",
                content=(Span(28, 56),),
                speaker_entity="trump-donald",
                speaker_actor="trump-donald",
            ),
            Statement(id="b", kind="indirect", content=(Span(58, 75),)),
        ),
    )


@pytest.mark.parametrize(
    ("at", "speaker", "kind", "correct"),
    [
        ((28, 56), "Donald Trump", "name", True),
        ((28, 56), "Hillary Clinton", "name", False),
        ((58, 75), None, "anonymous", True),
        ((58, 75), "Donald Trump", "name", False),
    ],
)
def test_eval_speakers_judge(
    at: tuple[int, int], speaker: str | None, kind: str, correct: bool
) -> None:
    a = _analysis()
    gold = GoldSpeaker(
        article="x",
        content=Span(*at),
        snippet="",
        source="",
        type=kind,  # type: ignore[arg-type]
        speaker=speaker,
    )
    statement = match_statement(gold, a.statements)
    assert statement is not None
    assert judge(gold, statement, a, default_registry()).correct is correct


def test_eval_speakers_unmatched_when_nothing_overlaps() -> None:
    gold = GoldSpeaker(
        article="x", content=Span(0, 10), snippet="", source="", type="name", speaker="Donald Trump"
    )
    assert match_statement(gold, _analysis().statements) is None


def test_eval_speakers_surname_of_the_gold_counts() -> None:
    a = _analysis()
    entity = Entity(id="o-neill", name="O'Neill", kind="person")
    a = Analysis(
        article=a.article,
        entities=(entity,),
        statements=(
            Statement(id="a", kind="indirect", content=(Span(28, 56),), speaker_entity="o-neill"),
        ),
    )
    gold = GoldSpeaker(
        article="x",
        content=Span(28, 56),
        snippet="",
        source="",
        type="name",
        speaker="James O’Neill",
    )
    assert judge(gold, a.statements[0], a, default_registry()).correct


@pytest.mark.parametrize(
    ("name", "kind", "gold_name", "correct"),
    [
        ("Defense Ministry of Belarus", "organisation", "Ministry of Defence of Belarus", True),
        ("Defense Ministry of Belarus", "organisation", "Ministry of Defence of Russia", False),
        ("Ministry", "organisation", "Ministry", True),
        ("Ministry of Commerce", "organisation", "Ministry of Commerce of China", True),
        ("Ministry of Commerce of China", "organisation", "Ministry of Commerce", True),
        ("Ministry of Commerce", "organisation", "Government of China", False),
        ("Ministry of Commerce of Russia", "organisation", "Ministry of Commerce of China", False),
        ("Trump Donald", "person", "Donald Trump", False),  # people are judged by their names
    ],
)
def test_eval_speakers_a_body_in_another_word_order_counts(
    name: str, kind: str, gold_name: str, correct: bool
) -> None:
    a = _analysis()
    entity = Entity(id="body", name=name, kind=kind)  # type: ignore[arg-type]
    statement = Statement(id="a", kind="indirect", content=(Span(28, 56),), speaker_entity="body")
    a = Analysis(article=a.article, entities=(entity,), statements=(statement,))
    gold = GoldSpeaker(
        article="x", content=Span(28, 56), snippet="", source="", type="organisation",
        speaker=gold_name,
    )  # fmt: skip
    assert judge(gold, statement, a, default_registry()).correct is correct


def test_eval_speakers_report_figures() -> None:
    def outcome(kind: str, correct: bool) -> Outcome:
        gold = GoldSpeaker(
            article="x",
            content=Span(0, 1),
            snippet="",
            source="",
            type=kind,
            speaker=None if kind == "anonymous" else "A",
        )  # type: ignore[arg-type]
        return Outcome(gold=gold, matched=True, correct=correct)

    report = SpeakerReport(
        outcomes=(outcome("name", True), outcome("pronoun", False), outcome("anonymous", True)),
        articles=1,
    )
    assert report.accuracy == pytest.approx(2 / 3)
    assert report.accuracy_of("name", "pronoun", "title") == (0.5, 2)
    summary = report.as_dict()
    assert summary["by_type"]["pronoun"] == {"matched": 1, "accuracy": 0.0}
    assert len(summary["errors"]) == 1
    assert "pronoun" in format_report(report, errors=True)
