"""The pipeline routes Russian and Ukrainian articles to their own stages, English to its own."""

from __future__ import annotations

import pytest

from reportedly import pipeline_slavic
from reportedly.model import Article
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

EN = "“We see no grounds for talks,” Kremlin spokesman Dmitry Peskov said on Monday."
RU = "«Мы не видим оснований для переговоров», — заявил в понедельник Дмитрий Песков."
UK = "«Ми не бачимо підстав для переговорів», — заявив у понеділок Дмитро Пєсков."


def _article(text: str, lang: str) -> Article:
    return Article(id=Article.make_id(text), text=text, language=lang)


def test_a_mixed_batch_keeps_its_order_and_links_one_actor(pipeline: Pipeline) -> None:
    articles = [_article(RU, "ru"), _article(EN, "en"), _article(UK, "uk")]
    results = list(pipeline.analyze_many(articles, workers=1))
    assert [r.article.language for r in results] == ["ru", "en", "uk"]
    assert [r.versions["nlp"].split("_")[0] for r in results] == ["ru", "en", "uk"]
    for r in results:
        assert [s.speaker_actor for s in r.statements] == ["peskov-dmitry"], r.article.language
    assert "events" not in results[0].versions  # the events stage reads English only


def test_english_is_analysed_as_before(pipeline: Pipeline) -> None:
    alone = pipeline.analyze(_article(EN, "en"))
    mixed = list(pipeline.analyze_many([_article(RU, "ru"), _article(EN, "en")], workers=1))[1]
    assert [(s.content, s.speaker_actor, s.confidence) for s in alone.statements] == [
        (s.content, s.speaker_actor, s.confidence) for s in mixed.statements
    ]


def test_a_failing_stage_is_a_skip_not_a_crash(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("reportedly.attribution.slavic.attribute_slavic", broken)
    result = pipeline.analyze(_article(RU, "ru"))
    assert [s.code for s in result.skipped] == [pipeline_slavic.E_ATTRIBUTION]
    assert result.statements == ()


def test_workers_analyse_russian_too(pipeline: Pipeline) -> None:
    articles = [_article(RU + f" {n}", "ru") for n in range(4)]
    results = list(pipeline.analyze_many(articles, workers=2))
    assert all(r.statements and not r.skipped for r in results)
