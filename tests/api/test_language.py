"""The language of articles in the API and the web pages: shown, and filtered with lang=."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reportedly.api import create_app
from reportedly.store import Store
from store.builders import LANGUAGES_CORPUS

from .builders import TestClient

ENGLISH, UKRAINIAN, RUSSIAN = LANGUAGES_CORPUS
CORPUS = LANGUAGES_CORPUS


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("lang") / "store.db"
    with Store.open(path) as store:
        for a in CORPUS:
            store.save(a)
    with TestClient(create_app(path)) as c:
        yield c


def test_language_api_statements_lang(client: TestClient) -> None:
    body = client.get("/api/statements", params={"lang": "uk"}).json()
    assert {i["statement_id"] for i in body["items"]} == {s.id for s in UKRAINIAN.statements}
    assert {i["language"] for i in body["items"]} == {"uk"}
    everything = client.get("/api/statements").json()["items"]
    assert {i["language"] for i in everything} == {"en", "uk", "ru"}


def test_language_api_articles_lang(client: TestClient) -> None:
    body = client.get("/api/articles", params={"lang": "ru"}).json()
    assert [a["id"] for a in body["items"]] == [RUSSIAN.article.id]
    assert body["items"][0]["language"] == "ru"


@pytest.mark.parametrize("bad", ["russian", "r1", "<b>"])
def test_language_api_rejects_a_bad_code(client: TestClient, bad: str) -> None:
    for route in ("/api/statements", "/api/articles"):
        assert client.get(route, params={"lang": bad}).status_code == 422


def test_language_web_search_filter(client: TestClient) -> None:
    html = client.get("/search", params={"lang": "en"}).text
    assert '<option value="en" selected>en</option>' in html
    assert "Talks are possible." in html
    assert "Переговори можливі" not in html
    assert 'title="language of the article">en</span>' in html


def test_language_web_article_list_filter(client: TestClient) -> None:
    html = client.get("/articles", params={"lang": "uk"}).text
    assert f"/articles/{UKRAINIAN.article.id}" in html
    assert f"/articles/{ENGLISH.article.id}" not in html
    assert "<strong>uk</strong>" in html
    every = client.get("/articles").text
    assert f"/articles/{ENGLISH.article.id}" in every
    assert "<strong>any</strong>" in every
    assert client.get("/articles", params={"lang": "nonsense"}).status_code == 400


def test_language_web_article_page_shows_and_marks_it(client: TestClient) -> None:
    html = client.get(f"/articles/{UKRAINIAN.article.id}").text
    assert 'title="language, detected from the text">uk</span>' in html
    assert '<div class="text" id="text" lang="uk">' in html
