"""The web pages: they render the store, escape everything, and validate their input."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportedly.api import create_app
from reportedly.errors import StoreError
from reportedly.model import Analysis
from reportedly.store import Store

from .builders import IMG, SCRIPT, XSS_OUTLET, TestClient, peskov_id

pytestmark = pytest.mark.needs_model


class _Elements(HTMLParser):
    """Collects start tags with their attributes, and checks tags are balanced."""

    VOID = frozenset({"meta", "link", "input", "br", "img", "hr", "rect", "line"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.unbalanced: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.unbalanced.append(tag)
            return
        self.stack.pop()


def parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/search",
        "/search?q=negotiations",
        "/articles",
        "/speakers",
        "/speakers/{peskov}",
        "/outlets",
        "/outlets/RIA%20Novosti",
    ],
)
def test_web_pages_render(
    client: TestClient, filled: tuple[Path, Analysis, Analysis], path: str
) -> None:
    response = client.get(path.format(peskov=peskov_id(filled[1])))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = parse(response.text)
    assert page.unbalanced == []
    assert page.stack == []


def test_web_article_highlights_every_statement(
    client: TestClient, filled: tuple[Path, Analysis, Analysis]
) -> None:
    sample = filled[1]
    html = client.get(f"/articles/{sample.article.id}").text
    page = parse(html)
    assert page.unbalanced == []
    assert page.stack == []
    marks = [a for tag, a in page.tags if tag == "mark"]
    for s in sample.statements:
        assert any(a.get("data-s") == s.id for a in marks), s.id
        assert f'id="card-{s.id}"' in html
    anchors = {a["id"] for _, a in page.tags if (a.get("id") or "").startswith("st-")}
    assert anchors == {f"st-{s.id}" for s in sample.statements}
    peskov = [a for a in marks if "Peskov" in (a.get("title") or "").split(" · ")[0]]
    assert len(peskov) >= 4


def test_web_article_text_survives_highlighting(
    client: TestClient, filled: tuple[Path, Analysis, Analysis]
) -> None:
    sample = filled[1]
    html = client.get(f"/articles/{sample.article.id}").text
    body = re.search(r'<div class="text" id="text"[^>]*>(.*?)</div>\s*<aside', html, re.S)
    assert body is not None
    text = re.sub(r"<[^>]+>", "", body.group(1))
    import html as html_module

    assert html_module.unescape(text) == sample.article.text


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/search",
        "/search?q=fine",
        "/articles",
        "/speakers",
        "/speakers/mallory",
        "/outlets",
        "/articles/{xss}",
    ],
)
def test_web_injection_is_shown_as_text(
    client: TestClient, filled: tuple[Path, Analysis, Analysis], path: str
) -> None:
    html = client.get(path.format(xss=filled[2].article.id)).text
    page = parse(html)
    assert all(tag != "img" for tag, _ in page.tags)
    scripts = [a for tag, a in page.tags if tag == "script"]
    assert scripts == [{"src": "/static/app.js", "defer": None}]
    assert "<b>Evil</b>" not in html
    assert all(not (v or "").startswith("javascript:") for _, a in page.tags for v in a.values())
    assert all(not k.startswith("on") for _, a in page.tags for k in a)


def test_web_injection_article_escapes(
    client: TestClient, filled: tuple[Path, Analysis, Analysis]
) -> None:
    html = client.get(f"/articles/{filled[2].article.id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT not in html
    assert IMG not in html
    assert "&lt;b&gt;Evil&lt;/b&gt;" in html
    assert XSS_OUTLET not in html


def test_web_outlet_with_markup_in_name(client: TestClient) -> None:
    response = client.get("/outlets/%3Cb%3EEvil%3C%2Fb%3E%20%22Outlet%22")
    assert response.status_code == 200
    assert "&lt;b&gt;Evil&lt;/b&gt;" in response.text


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/search?since=not-a-date", 400),
        ("/search?kind=shouted", 400),
        ("/search?cursor=garbage", 400),
        ("/articles/abcdef0123", 404),
        ("/speakers/nobody-at-all", 404),
        ("/nothing/here", 404),
        ("/search?q=" + "x" * 300, 422),
    ],
)
def test_web_errors_are_pages(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert "/tmp/" not in response.text


def test_web_search_a_store_failure_is_the_server_s_error_not_a_bad_search(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(*args: object, **kwargs: object) -> None:
        raise StoreError("cannot connect to store: too many clients", code="E411")

    monkeypatch.setattr(Store, "statement_view", unreachable)
    response = client.get("/search", params={"q": "talks"})
    assert response.status_code == 500  # a good search the store could not answer
    assert "too many clients" in response.text


def test_web_search_filters_and_pages(client: TestClient) -> None:
    html = client.get("/search", params={"speaker": "Peskov", "kind": "direct"}).text
    assert 'value="Peskov"' in html
    assert '<option value="direct" selected>' in html
    results = re.findall(r'<article class="result"', html)
    assert results
    assert "badge k-indirect" not in html


def test_web_search_next_page_keeps_filters(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportedly.api import web

    monkeypatch.setattr(web, "PAGE", 2)
    html = client.get("/search", params={"speaker": "Peskov"}).text
    link = re.search(r'href="(/search\?[^"]+)" rel="next"', html)
    assert link is not None
    url = link.group(1).replace("&amp;", "&")
    assert "speaker=Peskov" in url
    assert "cursor=" in url
    assert client.get(url).status_code == 200


def test_web_speaker_page_draws_timeline(
    client: TestClient, filled: tuple[Path, Analysis, Analysis]
) -> None:
    html = client.get(f"/speakers/{peskov_id(filled[1])}").text
    assert '<svg class="timeline"' in html
    assert html.count('<rect class="bar"') == 1


def test_web_empty_store_home_explains(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "empty.db")) as c:
        html = c.get("/").text
    assert "reportedly demo" in html
