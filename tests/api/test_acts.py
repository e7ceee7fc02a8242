"""Acts and polarity in the API and the web UI: speech by default, the view said, and a
negated statement never shown as an assertion (hand-built store, no spaCy needed)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from reportedly.api import create_app
from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement
from reportedly.store import Store

from .builders import TestClient

TEXT = (
    "Peskov said he had never said that Russia wanted war. "
    "Kirby believes that conflict is avoidable."
)


def _find(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle))


def _analysis() -> Analysis:
    aid = Article.make_id(TEXT)
    outer_content = _find("he had never said that Russia wanted war")
    outer = Statement(
        id="outer",
        kind="indirect",
        content=(outer_content,),
        cue=_find("said"),
        speaker=Mention(span=_find("Peskov"), text="Peskov", label="SPEAKER"),
        speaker_entity="peskov",
    )
    inner = Statement(
        id="inner",
        kind="indirect",
        content=(_find("that Russia wanted war"),),
        cue=Span(TEXT.index("said", 25), TEXT.index("said", 25) + 4),
        speaker=Mention(span=_find("he had"), text="he", label="SPEAKER"),
        speaker_entity="peskov",
        reported_by="outer",
        negated=True,
    )
    belief = Statement(
        id="belief",
        kind="indirect",
        content=(_find("that conflict is avoidable"),),
        cue=_find("believes"),
        speaker=Mention(span=_find("Kirby"), text="Kirby", label="SPEAKER"),
        speaker_entity="kirby",
        act="belief",
    )
    return Analysis(
        article=Article(id=aid, text=TEXT, title="Denial", source="t"),
        entities=(
            Entity(id="peskov", name="Dmitry Peskov", kind="person", mentions=(_find("Peskov"),)),
            Entity(id="kirby", name="John Kirby", kind="person", mentions=(_find("Kirby"),)),
        ),
        statements=(outer, inner, belief),
    )


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("acts") / "store.db"
    with Store.open(path) as store:
        store.save(_analysis())
    with TestClient(create_app(path)) as c:
        yield c


def test_api_acts_speech_by_default_with_what_is_hidden(client: TestClient) -> None:
    body = client.get("/api/statements").json()
    assert body["act"] == "speech"
    assert body["hidden"] == {"belief": 1}
    by_id = {i["statement_id"]: i for i in body["items"]}
    assert set(by_id) == {"outer", "inner"}
    assert (by_id["inner"]["act"], by_id["inner"]["negated"]) == ("speech", True)
    assert by_id["outer"]["negated"] is False
    beliefs = client.get("/api/statements", params={"act": "belief"}).json()
    assert [i["statement_id"] for i in beliefs["items"]] == ["belief"]
    assert beliefs["hidden"] == {"speech": 2}


def test_api_acts_in_the_article_document(client: TestClient) -> None:
    aid = Article.make_id(TEXT)
    doc = client.get(f"/api/articles/{aid}").json()
    acts = {s["id"]: (s["act"], s["negated"]) for s in doc["statements"]}
    assert acts == {
        "outer": ("speech", False),
        "inner": ("speech", True),
        "belief": ("belief", False),
    }


def test_web_search_says_the_view_and_marks_negation(client: TestClient) -> None:
    html = client.get("/search").text
    assert "showing speech (2); 1 statement of other acts hidden (belief 1)" in html
    assert '<option value="speech" selected>' in html
    assert len(re.findall(r'<article class="result', html)) == 2
    # the negated statement reads as a denial, never as a plain assertion
    negated = re.search(r'<article class="result negated"[^>]*>(.*?)</article>', html, re.S)
    assert negated is not None
    assert "Dmitry Peskov did NOT say:" in negated.group(1)
    assert "act-negated" in negated.group(1)
    assert "believes" not in html.split('<div class="results">')[1]
    everything = client.get("/search", params={"act": "all"}).text
    assert "showing all acts (3: belief 1, speech 2)" in everything
    assert "believes</span>" in everything
    assert client.get("/search", params={"act": "gossip"}).status_code == 400


def test_web_article_card_marks_negation(client: TestClient) -> None:
    html = client.get(f"/articles/{Article.make_id(TEXT)}").text
    assert html.count("did NOT say") >= 2  # the card's badge and its content
    assert 'class="st c' in html
    assert "negated" in html


def test_api_and_web_counts_past_the_cap_are_lower_bounds(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportedly.api import routes, web

    assert client.get("/api/statements").json()["hidden_exact"] is True
    monkeypatch.setattr(routes, "TALLY_CAP", 1)
    monkeypatch.setattr(web, "TALLY_CAP", 1)
    body = client.get("/api/statements").json()
    assert body["hidden_exact"] is False
    assert sum(body["hidden"].values()) <= 1  # a lower bound of the one hidden belief
    assert len(body["items"]) == 2  # the page itself is never capped
    html = client.get("/search").text
    assert "counted among the first matches only" in html


def test_api_and_web_counts_of_one_word_past_the_cap_are_exact(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a word's statements per act are kept at write time (store/word_counts.py)
    from reportedly.api import routes, web

    monkeypatch.setattr(routes, "TALLY_CAP", 1)
    monkeypatch.setattr(web, "TALLY_CAP", 1)
    body = client.get("/api/statements", params={"q": "that"}).json()
    assert (body["hidden"], body["hidden_exact"]) == ({"belief": 1}, True)
    assert len(body["items"]) == 2
    assert not client.get("/api/statements", params={"q": "that war"}).json()["hidden_exact"]
    html = client.get("/search", params={"q": "that"}).text
    assert "counted among the first matches only" not in html


def test_api_counts_what_the_view_hides_on_the_first_page_only(client: TestClient) -> None:
    first = client.get("/api/statements", params={"limit": 1}).json()
    assert first["hidden"] == {"belief": 1}
    assert first["next_cursor"] is not None
    second = client.get(
        "/api/statements", params={"limit": 1, "cursor": first["next_cursor"]}
    ).json()
    assert len(second["items"]) == 1
    assert (second["hidden"], second["hidden_exact"]) == ({}, True)
