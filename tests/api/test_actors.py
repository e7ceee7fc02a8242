"""Actor endpoints and pages, and actor links and provenance chains on the article page."""

from __future__ import annotations

import re
from typing import Any

import pytest

from reportedly.model import Analysis

from .builders import IMG, SCRIPT, TestClient

pytestmark = pytest.mark.needs_model

PESKOV = "peskov-dmitry"
ROLE = "press secretary of the President of Russia"


def _peskov_statements(sample: Analysis) -> int:
    return sum(1 for s in sample.statements if s.speaker_actor == PESKOV)


def test_actors_list_is_busiest_first(client: TestClient, filled: Any) -> None:
    items = client.get("/api/actors").json()["items"]
    assert items[0]["id"] == PESKOV
    assert items[0]["country"] == "RUS"
    assert items[0]["statements"] == _peskov_statements(filled[1])
    counts = [i["statements"] for i in items]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Песков", PESKOV),
        ("peskov", PESKOV),
        ("Joe Biden", "biden-joe"),
        ("nobody-like-this", None),
    ],
)
def test_actors_list_search_by_any_name(client: TestClient, q: str, expected: str | None) -> None:
    ids = [i["id"] for i in client.get("/api/actors", params={"q": q}).json()["items"]]
    assert ids[:1] == ([expected] if expected else [])


def test_actors_list_limit(client: TestClient) -> None:
    assert len(client.get("/api/actors", params={"limit": 2}).json()["items"]) == 2
    assert client.get("/api/actors", params={"limit": 0}).status_code == 422


def test_actors_list_pages_by_cursor(client: TestClient) -> None:
    whole = client.get("/api/actors", params={"limit": 200}).json()
    assert whole["next_cursor"] is None
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/actors", params=params).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [i["id"] for i in whole["items"]]
    assert len(seen) > 2
    assert client.get("/api/actors", params={"cursor": "bad!"}).status_code == 422
    assert client.get("/api/actors", params={"cursor": "YWJj"}).status_code == 400


def test_actors_detail_has_registry_roles_timeline_and_statements(
    client: TestClient, filled: Any
) -> None:
    body = client.get(f"/api/actors/{PESKOV}").json()
    n = _peskov_statements(filled[1])
    assert body["actor"]["id"] == PESKOV
    assert body["actor"]["statements"] == n
    assert body["actor"]["first"] == body["actor"]["last"] == "2022-12-02"
    registry = body["registry"]
    assert registry["type"] == "person"
    assert "Песков" in registry["aliases"]
    role = registry["roles"][0]
    assert (role["title"], role["start"], role["end"]) == (ROLE, "2012-05-22", None)
    assert role["org"] == "government-russia"
    assert role["org_name"]
    assert body["timeline"] == [{"date": "2022-12-02", "count": n}]
    assert body["undated"] == 0
    items = body["statements"]["items"]
    assert len(items) == n
    assert {i["article_id"] for i in items} == {filled[1].article.id}
    assert body["events"] is None or set(body["events"]) == {"by", "towards"}


def test_actors_detail_pages_statements_with_cursor(client: TestClient) -> None:
    everything = client.get(f"/api/actors/{PESKOV}").json()["statements"]["items"]
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get(f"/api/actors/{PESKOV}", params=params).json()["statements"]
        seen += [i["statement_id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [i["statement_id"] for i in everything]
    assert client.get(f"/api/actors/{PESKOV}", params={"cursor": "abc"}).status_code == 400


def test_actors_registry_actor_not_yet_seen(client: TestClient) -> None:
    body = client.get("/api/actors/zelenskyy-volodymyr").json()
    assert body["actor"]["statements"] == 0
    assert body["registry"]["country"] == "UKR"
    assert body["statements"]["items"] == []


def test_actors_country_has_wikidata_link(client: TestClient) -> None:
    registry = client.get("/api/actors/country-russia").json()["registry"]
    assert registry["wikidata_url"] == "https://www.wikidata.org/wiki/Q159"
    html = client.get("/actors/country-russia").text
    assert 'href="https://www.wikidata.org/wiki/Q159"' in html


def test_actors_store_actor_of_injection_article(client: TestClient) -> None:
    items = client.get("/api/actors", params={"q": "mallory"}).json()["items"]
    assert len(items) == 1
    actor = items[0]
    assert actor["origin"] != "registry"
    body = client.get(f"/api/actors/{actor['id']}").json()
    assert body["registry"] is None
    assert body["actor"]["statements"] == 2
    html = client.get(f"/actors/{actor['id']}").text
    assert IMG not in html
    assert "&lt;img src=x" in html
    assert SCRIPT not in html


@pytest.mark.parametrize("path", ["/api/actors/nobody-at-all", "/actors/nobody-at-all"])
def test_actors_unknown_is_404(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code == 404
    if path.startswith("/api"):
        assert response.json()["ok"] is False
        assert "nobody-at-all" in response.json()["error"]
        assert "store.db" not in response.json()["error"]
    else:
        assert "nobody-at-all" in response.text


def test_actors_page_shows_roles_chart_and_statements(client: TestClient, filled: Any) -> None:
    html = client.get(f"/actors/{PESKOV}").text
    assert "<h1>Dmitry Peskov</h1>" in html
    assert ROLE in html
    assert "2012-05-22" in html
    assert '<svg class="timeline"' in html
    assert html.count('<rect class="bar"') == 1
    aid = filled[1].article.id
    assert len(re.findall(rf'href="/articles/{aid}#st-[0-9a-f]+"', html)) == _peskov_statements(
        filled[1]
    )
    assert html.count('href="/trace?statement=') == _peskov_statements(filled[1])


def test_actors_list_page(client: TestClient) -> None:
    html = client.get("/actors", params={"q": "peskov"}).text
    assert f'href="/actors/{PESKOV}"' in html
    assert "Joe Biden" not in html


def test_actors_article_page_links_speakers_and_shows_chains(
    client: TestClient, filled: Any
) -> None:
    sample: Analysis = filled[1]
    html = client.get(f"/articles/{sample.article.id}").text
    assert f'<a href="/actors/{PESKOV}">Peskov</a>' in html  # the legend chip
    assert html.count(f'class="actor" href="/actors/{PESKOV}"') == _peskov_statements(sample)
    assert html.count('class="chain"') == len(sample.statements)
    assert html.count('class="tracelink"') == len(sample.statements)
    # speaker → cited outlets (with affiliation) → reporting outlet
    assert "Peskov → RIA Novosti + Vy slushali mayak → Ukrainska Pravda" in html
    assert 'href="/outlets/ria-novosti"' in html
    assert '<span class="aff aff-state-owned">state-owned</span>' in html
    assert 'href="/outlets/ukrainska-pravda"' in html


def test_actors_search_results_link_to_actor_pages(client: TestClient) -> None:
    html = client.get("/search", params={"speaker": "Peskov"}).text
    assert f'class="who" href="/actors/{PESKOV}"' in html
