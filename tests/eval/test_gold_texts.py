"""Tests for the statement gold in other languages: texts by source, realigned spans, the
report per language, and the repository's Russian gold against ../shared (made-up texts
except in the last tests)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

import reportedly.pipeline
from conftest import shared_path
from reportedly.actors import default_registry
from reportedly.cli.eval_cmd import eval_group
from reportedly.errors import ConfigError, InputError
from reportedly.eval import gold, gold_report, gold_score, gold_texts
from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement

REPO = Path(__file__).resolve().parents[2]
POST_ID = "100_7"
POST = (
    "**⚡️Песков заявил, что [переговоры](https://t.me/x/1) пока невозможны.**\n\n"
    "«Мы готовы к диалогу», — сказал Песков.\n\n"
    "__Подпишись на канал__"
)
NEWS_PATH = "ru/topic/_file_1.txt"
NEWS = "Заголовок\n\nПо словам министра Ивана Петрова, урожай будет хорошим.\r\n"


def _at(text: str, phrase: str) -> list[int]:
    start = text.index(phrase)
    assert text.count(phrase) == 1
    return [start, start + len(phrase)]


def _statement(
    text: str, content: str, cue: str, speaker: list[int], canonical: str, actor: str | None
) -> dict[str, Any]:
    return {
        "content": [_at(text, content)],
        "snippet": " ".join(content.split()[:8]),
        "kind": "indirect",
        "act": "speech",
        "polarity": "positive",
        "cue": _at(text, cue),
        "speaker": speaker,
        "speaker_text": text[speaker[0] : speaker[1]],
        "speaker_type": "surname",
        "canonical": canonical,
        "actor_id": actor,
        "nested_in": None,
    }


def records() -> list[dict[str, Any]]:
    peskov = ("Dmitry Peskov", "peskov-dmitry")
    first, last = POST.index("Песков"), POST.rindex("Песков")
    return [
        {
            "article": f"telegram-ru:{POST_ID}",
            "lang": "ru",
            "source": {"corpus": "telegram-ru", "id": POST_ID},
            "split": "dev",
            "statements": [
                _statement(
                    POST,
                    "[переговоры](https://t.me/x/1) пока невозможны",
                    "заявил",
                    [first, first + 6],
                    *peskov,
                ),
                _statement(POST, "Мы готовы к диалогу", "сказал", [last, last + 6], *peskov)
                | {"kind": "direct"},
            ],
        },
        {
            "article": f"slavicner:{NEWS_PATH}",
            "lang": "ru",
            "source": {"corpus": "slavicner", "path": NEWS_PATH},
            "split": "test",
            "statements": [
                _statement(
                    NEWS,
                    "урожай будет хорошим",
                    "По словам",
                    _at(NEWS, "Ивана Петрова"),
                    "Иван Петров",
                    None,
                )
            ],
        },
    ]


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    texts = tmp_path / "ru-uk"
    (texts / "telegram-ru").mkdir(parents=True)
    post = {"id": POST_ID, "channel": "Канал", "date": "2024-11-07T18:09:50+00:00", "text": POST}
    other = {"id": "100_8", "channel": "Канал", "text": "другой пост"}
    (texts / "telegram-ru" / "posts.jsonl").write_text(
        json.dumps(other, ensure_ascii=False) + "\n" + json.dumps(post, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    news = texts / "slavicner" / NEWS_PATH
    news.parent.mkdir(parents=True)
    news.write_bytes(NEWS.encode("utf-8"))
    folder = tmp_path / "gold" / "ru"
    folder.mkdir(parents=True)
    (folder / "ru.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()),
        encoding="utf-8",
    )
    return folder, texts


def _find(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


class PhrasePipeline:
    """Predicts the statements it is told, found by their words in whatever text it gets."""

    PHRASES: ClassVar[
        dict[str, tuple[str, str | None]]
    ] = {  # content -> (speaker entity name, actor id)
        "пока невозможны": ("Дмитрий Песков", "peskov-dmitry"),
        "Мы готовы к диалогу": ("Дмитрий Песков", "peskov-dmitry"),
        "урожай будет хорошим": ("Иван Петров", None),
        "Подпишись на канал": ("Канал", None),
    }

    def __init__(self, *_: object) -> None:
        self.registry = default_registry()
        self.seen: list[Article] = []

    def analyze_many(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Analysis]:
        for article in articles:
            self.seen.append(article)
            entities, statements = [], []
            for k, (phrase, (name, actor)) in enumerate(self.PHRASES.items()):
                if phrase not in article.text:
                    continue
                span = _find(article.text, phrase)
                if phrase == "пока невозможны":  # the whole clause, as the text has it now
                    span = Span(article.text.index("переговоры"), span.end)
                entities.append(Entity(id=f"e{k}", name=name, actor_id=actor))
                statements.append(
                    Statement(
                        id=f"s{k}",
                        kind="indirect",
                        content=(span,),
                        speaker=Mention(span=span, text=phrase, label="PER"),
                        speaker_entity=f"e{k}",
                    )
                )
            yield Analysis(article=article, entities=tuple(entities), statements=tuple(statements))


def _evaluate(corpus: tuple[Path, Path], **kwargs: Any) -> list[gold_score.ArticleScore]:
    folder, texts = corpus
    return gold_score.evaluate(
        gold.load_gold([folder]),
        PhrasePipeline(),  # type: ignore[arg-type]
        None,
        texts=gold_texts.TextReader(texts),
        **kwargs,
    )


def test_records_name_their_language_and_source(corpus: tuple[Path, Path]) -> None:
    folder, texts = corpus
    post, news = gold.load_gold([folder])
    assert (post.lang, post.origin) == ("ru", gold.TextSource(corpus="telegram-ru", key=POST_ID))
    assert news.origin == gold.TextSource(corpus="slavicner", key=NEWS_PATH)
    reader = gold_texts.TextReader(texts)
    article = reader.read(post)
    assert article.text == POST
    assert (article.language, article.outlet, str(article.published)) == (
        "ru",
        "Канал",
        "2024-11-07",
    )
    assert reader.read(news).text == NEWS  # read without newline changes
    english = gold.parse_article({"article": "a.txt", "split": "dev", "statements": []}, "x:1")
    assert (english.lang, english.origin) == ("en", None)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lang": "Russian"}, "'lang'"),
        ({"source": {"corpus": "vk", "id": "1"}}, "source.corpus"),
        ({"source": {"corpus": "slavicner", "id": "1"}}, "source.path"),
        ({"source": {"corpus": "slavicner", "path": "../../etc/passwd"}}, "source.path"),
    ],
)
def test_bad_language_or_source_names_the_line(change: dict[str, Any], message: str) -> None:
    record = records()[1] | change
    with pytest.raises(InputError, match=message) as caught:
        gold.parse_article(record, "ru.jsonl:2")
    assert "ru.jsonl:2" in str(caught.value)


def test_missing_post_or_file_is_a_clear_error(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, texts = corpus
    post, news = gold.load_gold([folder])
    reader = gold_texts.TextReader(texts)
    with pytest.raises(InputError, match="no post '100_9'"):
        reader.read(replace(post, origin=gold.TextSource(corpus="telegram-ru", key="100_9")))
    with pytest.raises(InputError, match="cannot read the annotated text"):
        reader.read(replace(news, origin=gold.TextSource(corpus="slavicner", key="ru/x.txt")))
    with pytest.raises(ConfigError, match="--texts"):
        gold_texts.resolve_texts_dir(tmp_path / "nope")
    with pytest.raises(InputError, match=r"no gold \.jsonl"):
        gold.load_gold([texts / "slavicner"])


def test_scores_by_language_and_split(corpus: tuple[Path, Path]) -> None:
    scores = _evaluate(corpus)
    assert [s.lang for s in scores] == ["ru", "ru"]
    by_language = gold_report.report_by_language(scores)
    assert set(by_language) == {"ru"}
    report = by_language["ru"]
    assert set(report) == {"dev", "test", "all"}
    dev, test = report["dev"], report["test"]
    # the footer "Подпишись на канал" is no statement: a false alarm in dev
    assert (dev["speech"]["gold"], dev["speech"]["predicted"], dev["speech"]["matched"]) == (
        2,
        3,
        2,
    )
    assert (test["speech"]["gold"], test["speech"]["matched"]) == (1, 1)
    assert dev["speaker"]["correct"] == 2  # by registry id
    assert test["speaker"]["correct"] == 1  # by the folded name
    assert report["all"]["speech"]["recall"] == 1.0


def test_realign_carries_spans_onto_a_stripped_text() -> None:
    article = gold.parse_article(records()[0], "x:1")
    plain = gold_texts.strip_markdown(POST)
    assert plain.startswith("⚡️Песков заявил, что переговоры пока невозможны.")
    assert "**" not in plain
    assert "](" not in plain
    assert "__" not in plain
    moved = gold_texts.realign(article, POST, plain)
    first, second = moved.statements
    assert [plain[s.start : s.end] for s in first.content] == ["переговоры пока невозможны"]
    assert first.cue is not None
    assert plain[first.cue.start : first.cue.end] == "заявил"
    assert [plain[s.start : s.end] for s in second.content] == ["Мы готовы к диалогу"]
    assert gold_texts.realign(article, POST, POST) is article


def test_stripped_posts_still_match(corpus: tuple[Path, Path]) -> None:
    def plain(article: Article) -> Article:
        return replace(article, text=gold_texts.strip_markdown(article.text))

    scores = _evaluate(corpus, prepare=plain)
    report = gold_report.report(scores)["all"]
    assert report["speech"]["recall"] == 1.0
    assert report["speaker"]["accuracy"] == 1.0


def test_cli_takes_a_folder_and_reports_per_language(
    corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reportedly.pipeline, "Pipeline", PhrasePipeline)
    folder, texts = corpus  # no war-news articles folder is needed for these records
    result = CliRunner().invoke(
        eval_group, ["gold", str(folder), "--texts", str(texts), "--strip-markdown", "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload["languages"]) == {"ru"}
    assert payload["languages"]["ru"]["test"]["articles"] == 1
    assert payload["splits"]["all"]["speech"]["matched"] == 3
    assert payload["articles_dir"] is None
    assert payload["strip_markdown"] is True
    text = CliRunner().invoke(eval_group, ["gold", str(folder), "--texts", str(texts)])
    assert text.exit_code == 0, text.output
    assert "speech view" in text.output
    missing = CliRunner().invoke(eval_group, ["gold", str(folder), "--texts", str(tmp_path / "x")])
    assert missing.exit_code == 1
    assert "--texts" in missing.output


# -- the repository's Russian gold ---------------------------------------------------------


def _gold_ru() -> tuple[gold.GoldArticle, ...]:
    return gold.load_gold([REPO / "gold" / "ru"])


@pytest.mark.needs_shared
def test_repository_russian_gold_fits_its_texts() -> None:
    reader = gold_texts.TextReader(shared_path("data", "ru-uk"))
    annotated = _gold_ru()
    assert len(annotated) >= 30
    assert {a.lang for a in annotated} == {"ru"}
    assert {a.origin.corpus for a in annotated if a.origin} == {"telegram-ru", "slavicner"}
    registry = default_registry()
    for item in annotated:
        text = reader.read(item).text
        gold.check_against_text(item, text)
        for s in item.statements:
            if s.actor_id is not None:
                assert s.actor_id in registry, (item.name, s.actor_id)
                assert registry.by_id(s.actor_id).name == s.canonical, (item.name, s.index)
    splits = [a.split for a in annotated]
    assert splits.count("test") * 3 >= len(splits) - 3  # about a third kept aside


@pytest.mark.needs_shared
def test_an_oracle_scores_full_marks_on_the_russian_gold() -> None:
    """Predicting exactly the gold scores 1.0: the scorer reads the real texts right."""

    class Oracle:
        def __init__(self) -> None:
            self.registry = default_registry()
            self.by_text: dict[str, gold.GoldArticle] = {}

        def analyze_many(
            self, articles: Iterable[Article], *, workers: int | None = None
        ) -> Iterator[Analysis]:
            for article in articles:
                item = next(a for a in _gold_ru() if article.source.endswith(a.name.split(":")[1]))
                entities, statements = [], []
                for s in item.statements:
                    entity = None
                    if s.canonical is not None:
                        entity = f"e{s.index}"
                        entities.append(Entity(id=entity, name=s.canonical, actor_id=s.actor_id))
                    statements.append(
                        Statement(
                            id=f"s{s.index}",
                            kind=s.kind,  # type: ignore[arg-type]
                            content=s.content,
                            speaker_entity=entity,
                            act=s.act,  # type: ignore[arg-type]
                            negated=s.polarity == "negative",
                        )
                    )
                yield Analysis(
                    article=article, entities=tuple(entities), statements=tuple(statements)
                )

    scores = gold_score.evaluate(
        _gold_ru(),
        Oracle(),  # type: ignore[arg-type]
        None,
        texts=gold_texts.TextReader(shared_path("data", "ru-uk")),
    )
    report = gold_report.report_by_language(scores)["ru"]["all"]
    assert report["speech"]["f1"] == 1.0
    assert report["all_acts"]["f1"] == 1.0
    assert report["speaker"]["accuracy"] == 1.0


def test_a_record_whose_folder_is_not_given_is_a_clear_error(corpus: tuple[Path, Path]) -> None:
    folder, _ = corpus
    with pytest.raises(ConfigError, match="no ru-uk texts folder"):
        gold_score.evaluate(gold.load_gold([folder]), PhrasePipeline(), None)  # type: ignore[arg-type]
    english = gold.parse_article({"article": "a.txt", "split": "dev", "statements": []}, "x:1")
    with pytest.raises(ConfigError, match="no articles folder"):
        gold_score.evaluate([english], PhrasePipeline(), None)  # type: ignore[arg-type]


def test_two_languages_get_a_table_each(
    corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reportedly.pipeline, "Pipeline", PhrasePipeline)
    folder, texts = corpus
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Urozhai budet khoroshim, he said.\n", encoding="utf-8")
    english = tmp_path / "en.jsonl"
    english.write_text(
        json.dumps({"article": "a.txt", "split": "test", "statements": []}) + "\n",
        encoding="utf-8",
    )
    args = ["gold", str(folder), str(english), "--texts", str(texts), "--articles", str(articles)]
    result = CliRunner().invoke(eval_group, args)
    assert result.exit_code == 0, result.output
    assert "== language: en" in result.output
    assert "== language: ru" in result.output
    payload = json.loads(CliRunner().invoke(eval_group, [*args, "--json"]).stdout)
    assert set(payload["languages"]) == {"en", "ru"}
    assert payload["splits"]["all"]["articles"] == 3
