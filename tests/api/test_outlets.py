"""Outlet endpoints and pages: stored names grouped by the outlet registry, with its facts."""

from __future__ import annotations

from typing import Any

import pytest

from .builders import XSS_OUTLET, TestClient

pytestmark = pytest.mark.needs_model


def _by_key(client: TestClient) -> dict[str, dict[str, Any]]:
    return {o["key"]: o for o in client.get("/api/outlets").json()}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "ria-novosti",
            {"name": "RIA Novosti", "kind": "news_agency", "country": "RUS", "citations": 1},
        ),
        ("ria-novosti", {"affiliation": "state-owned", "articles": 0}),
        ("ukrainska-pravda", {"name": "Ukrainska Pravda", "articles": 1, "country": "UKR"}),
        ("vy-slushali-mayak", {"kind": "telegram_channel", "citations": 1}),
        (XSS_OUTLET, {"id": None, "kind": None, "articles": 1, "citations": 1}),
    ],
)
def test_outlets_list_uses_registry(client: TestClient, key: str, expected: dict[str, Any]) -> None:
    row = _by_key(client)[key]
    assert {k: row[k] for k in expected} == expected


def test_outlets_list_limit(client: TestClient) -> None:
    assert len(client.get("/api/outlets", params={"limit": 1}).json()) == 1


@pytest.mark.parametrize("key", ["ria-novosti", "RIA%20Novosti", "RIA"])
def test_outlets_detail_by_id_or_name(client: TestClient, key: str, filled: Any) -> None:
    body = client.get(f"/api/outlets/{key}").json()
    assert body["outlet"]["key"] == "ria-novosti"
    assert body["outlet"]["citations"] == 1
    registry = body["registry"]
    assert registry["parent"] == {"id": "rossiya-segodnya", "name": "Rossiya Segodnya"}
    assert registry["affiliation"] == "state-owned"
    assert registry["basis"]
    assert "ria.ru" in registry["domains"]
    assert set(registry["languages"]) >= {"ru"}
    assert [c["article_id"] for c in body["citations"]] == [filled[1].article.id]
    assert body["articles"] == []


def test_outlets_detail_articles_published(client: TestClient, filled: Any) -> None:
    body = client.get("/api/outlets/ukrainska-pravda").json()
    assert [a["id"] for a in body["articles"]] == [filled[1].article.id]
    assert body["registry"]["owner"]


def test_outlets_registry_outlet_not_yet_stored(client: TestClient) -> None:
    body = client.get("/api/outlets/tass").json()
    assert (body["outlet"]["articles"], body["outlet"]["citations"]) == (0, 0)
    assert body["registry"]["kind"] == "news_agency"


def test_outlets_parent_lists_its_channels(client: TestClient) -> None:
    channels = client.get("/api/outlets/rossiya-segodnya").json()["registry"]["channels"]
    assert {"id": "ria-novosti", "name": "RIA Novosti"} in channels


@pytest.mark.parametrize("path", ["/api/outlets/No%20Such%20Outlet", "/outlets/No%20Such%20Outlet"])
def test_outlets_unknown_is_404(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_outlets_page_shows_registry_facts(client: TestClient) -> None:
    html = client.get("/outlets/ria-novosti").text
    assert "<h1>RIA Novosti</h1>" in html
    assert '<span class="aff aff-state-owned">state-owned</span>' in html
    assert "Rossiya Segodnya" in html
    assert "ria.ru" in html
    assert "Kremlin-aligned news outlet" in html  # how the citing article described it


def test_outlets_list_page_groups_and_escapes(client: TestClient) -> None:
    html = client.get("/outlets").text
    assert 'href="/outlets/ria-novosti"' in html
    assert "<b>Evil</b>" not in html
    assert "&lt;b&gt;Evil&lt;/b&gt;" in html
