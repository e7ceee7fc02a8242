from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.errors import InputError
from reportedly.ingest import read_jsonl, read_paths
from reportedly.ingest.telegram import is_export, post_article, read_export, read_export_bytes
from reportedly.model import Article

from .invariants import check_article

DATA = Path(__file__).parent / "data" / "telegram"


def _split(results: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    articles = [r for r in results if isinstance(r, Article)]
    return articles, [r for r in results if isinstance(r, InputError)]


def test_telegram_posts_jsonl_become_articles() -> None:
    articles, errors = _split(list(read_paths([DATA / "posts.jsonl"])))
    assert [e.code for e in errors] == ["E111"]
    assert "posts.jsonl:3" in str(errors[0])
    assert "not a date" in str(errors[0])
    first, second, english = articles
    assert first.outlet == "Тестовый канал"
    assert first.published == date(2024, 3, 5)
    assert first.url == "https://t.me/test_channel/1"
    assert first.language == "ru"
    assert first.title == "Мэр открыл новый мост"
    assert "**" not in first.text
    assert "example.org" not in first.text
    assert "в нашем канале (https://t.me/other_channel/77)." in first.text
    assert second.language == "uk"
    assert second.url is None
    assert "https://t.me/city_news/12" in second.text
    assert english.language == "en"
    for article in articles:
        check_article(article)


def test_telegram_desktop_export_by_content_not_name(tmp_path: Path) -> None:
    renamed = tmp_path / "channel-dump.data"
    shutil.copy(DATA / "result.json", renamed)
    for path in (DATA / "result.json", renamed):
        articles, errors = _split(list(read_paths([path])))
        assert [a.source.rsplit(":", 1)[1] for a in articles] == [
            "messages[1] (id 2)",
            "messages[3] (id 4)",
        ]
        assert [e.code for e in errors] == ["E111"]
        assert "messages[4] (id 5)" in str(errors[0])
        school, snow = articles
        assert school.outlet == "Городские новости"
        assert school.published == date(2024, 1, 11)
        assert school.language == "ru"
        assert "Глава района заявил, что школа" in school.text
        assert "соседний канал (https://t.me/district_news/5)" in school.text
        assert snow.published == date(2024, 1, 13)


def test_telegram_json_that_is_not_an_export(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text('{"name": "x", "items": []}', encoding="utf-8")
    (result,) = read_paths([path])
    assert isinstance(result, InputError)
    assert result.code == "E112"
    assert str(path) in str(result)
    path.write_text("{not json", encoding="utf-8")
    (result,) = read_paths([path])
    assert isinstance(result, InputError)
    assert result.code == "E112"


def test_telegram_json_list_of_posts(tmp_path: Path) -> None:
    records = [json.loads(line) for line in (DATA / "posts.jsonl").read_text().splitlines()]
    path = tmp_path / "posts.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    articles, errors = _split(list(read_paths([path])))
    assert len(articles) == 3
    assert [e.source for e in errors] == [f"{path}[2]"]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"channel": "c", "message_id": 1, "text": 5}, "'text' must be a string"),
        ({"channel": 7, "message_id": 1, "text": "Мост открыт"}, "'channel' must be a string"),
        ({"channel": "c", "message_id": 1, "text": "**  **"}, "no text"),
        ({"channel": "c", "message_id": 1, "text": "x", "date": True}, "not a date"),
    ],
)
def test_telegram_post_errors_name_the_record(record: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        post_article(record, source="feed.jsonl:9")
    assert caught.value.code == "E111"
    assert caught.value.source == "feed.jsonl:9"


def test_telegram_jsonl_article_records_are_still_articles() -> None:
    line = json.dumps({"text": "The council said the bridge would open.", "channel": "c"})
    (article,) = read_jsonl(io.StringIO(line), source="s")
    assert isinstance(article, Article)
    assert article.outlet is None


def test_telegram_is_export() -> None:
    assert is_export({"messages": []})
    assert is_export([{"channel": "c", "message_id": 1, "text": "t"}])
    assert not is_export([])
    assert not is_export({"messages": {}})
    assert not is_export([{"text": "an article"}])


_FIELD = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30))
_TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(
        st.one_of(
            st.text(max_size=10),
            st.fixed_dictionaries({"type": st.sampled_from(["bold", "text_link"]), "text": _FIELD}),
        ),
        max_size=4,
    ),
    _FIELD,
)
_MESSAGE = st.one_of(
    st.fixed_dictionaries(
        {"id": st.integers(), "text": _TEXT},
        optional={
            "type": st.sampled_from(["message", "service", 3]),
            "date": _FIELD,
            "date_unixtime": _FIELD,
            "from": _FIELD,
        },
    ),
    _FIELD,
)


@given(st.lists(_MESSAGE, max_size=5), _FIELD)
def test_telegram_read_export_never_raises(messages: list[object], name: object) -> None:
    document = {"name": name, "messages": messages}
    for result in read_export_bytes(json.dumps(document).encode(), source="r.json"):
        if isinstance(result, InputError):
            assert result.code in {"E111"}, result
            assert result.source.startswith("r.json:messages[")
        else:
            check_article(result)


@given(st.dictionaries(st.sampled_from(["channel", "message_id", "text", "date", "url"]), _FIELD))
def test_telegram_read_export_posts_never_raises(record: dict[str, object]) -> None:
    for result in read_export([{"channel": "c", "message_id": 1, "text": "t"}, record], source="p"):
        if isinstance(result, InputError):
            assert result.code == "E111", result
        else:
            check_article(result)
