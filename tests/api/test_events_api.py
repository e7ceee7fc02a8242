"""The event endpoints (``/api/events``, ``/api/positions``) and the article page's events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reportedly.api import create_app
from reportedly.model import Analysis

from .builders import TestClient, build_store

pytestmark = pytest.mark.needs_model
ERROR_KEYS = {"ok", "error", "status"}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Analysis]:
    path = tmp_path_factory.mktemp("events-api") / "store.db"
    sample, _ = build_store(path)
    return path, sample


@pytest.fixture(scope="module")
def client(filled: tuple[Path, Analysis]) -> Iterator[TestClient]:
    with TestClient(create_app(filled[0])) as c:
        yield c


def _items(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_events_api_lists_the_sample_events(
    client: TestClient, filled: tuple[Path, Analysis]
) -> None:
    items = _items(client)
    assert len(items) == len(filled[1].events) > 0
    assert {i["article_id"] for i in items} == {filled[1].article.id}


def test_events_api_acceptance(client: TestClient) -> None:
    rejects = _items(client, type="REJECT", actor="RUS", towards="USA", modality="asserted")
    assert rejects
    (demand,) = [
        i for i in _items(client, type="REQUEST", actor="USA", towards="RUS") if i["date_text"]
    ]
    # the builder's sample is published on 2 December 2022: the demand is of 1 December
    assert demand["date"] == "2022-12-01"
    assert demand["sort_date"] == "2022-12-01"
    offers = _items(client, type="AGREE", actor="RUS")
    assert any(o["trigger_text"] == "open" for o in offers)


@pytest.mark.parametrize(
    ("params", "types"),
    [
        ({"type": ["REQUEST", "AGREE"], "actor": "USA"}, {"REQUEST", "AGREE"}),
        ({"modality": "conditional"}, {"RETREAT"}),
        ({"actor": "nobody at all"}, set()),
    ],
)
def test_events_api_filters(client: TestClient, params: dict[str, Any], types: set[str]) -> None:
    assert {i["type"] for i in _items(client, **params)} == types


def test_events_api_pages(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 3}).json()
    assert len(first["items"]) == 3
    assert first["next_cursor"]
    second = client.get("/api/events", params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert {i["event_id"] for i in first["items"]}.isdisjoint(
        i["event_id"] for i in second["items"]
    )


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/events", {"type": "BOMB"}, 422),
        ("/api/events", {"limit": 0}, 422),
        ("/api/events", {"cursor": "abc"}, 400),
        ("/api/events", {"article": "zz"}, 422),
        ("/api/events", {"article": "abcdef0123"}, 404),
        ("/api/positions", {}, 422),
        ("/api/positions", {"actor": ""}, 422),
    ],
)
def test_events_api_errors(
    client: TestClient, path: str, params: dict[str, Any], status: int
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == status
    assert set(response.json()) == ERROR_KEYS


def test_events_api_positions(client: TestClient, filled: tuple[Path, Analysis]) -> None:
    response = client.get("/api/positions", params={"actor": "USA", "towards": "RUS"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["actor"], body["towards"]) == ("USA", "RUS")
    kinds = [p["kind"] for p in body["items"]]
    assert {"demand", "offer", "rejection"} <= set(kinds)
    dates = [p["sort_date"] for p in body["items"]]
    assert dates == sorted(dates)
    conditions = [c for p in body["items"] for c in p["conditions"]]
    assert any("if he withdraws his troops" in c for c in conditions)
    for p in body["items"]:
        assert p["evidence"]["article_id"] == filled[1].article.id
        assert p["evidence"]["quote"]


def test_events_api_article_document_has_events(
    client: TestClient, filled: tuple[Path, Analysis]
) -> None:
    doc = client.get(f"/api/articles/{filled[1].article.id}").json()
    assert len(doc["events"]) == len(filled[1].events)


def test_events_api_article_page_shows_events(
    client: TestClient, filled: tuple[Path, Analysis]
) -> None:
    html = client.get(f"/articles/{filled[1].article.id}").text
    assert 'id="events"' in html
    assert f"Events ({len(filled[1].events)})" in html
    assert "condition: if the latter shows real interest" in html


def test_events_api_in_openapi(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/events" in paths
    assert "/api/positions" in paths
