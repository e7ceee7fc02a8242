"""Confidence in the API and the web UI: a plain label, the number on hover, doubtful
statements left out of the search by default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reportedly.api import create_app
from reportedly.model import Analysis
from reportedly.store import Store

from .builders import TestClient


@pytest.fixture(scope="module")
def client(
    tmp_path_factory: pytest.TempPathFactory, three_confidences: Analysis
) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("conf") / "store.db"
    with Store.open(path) as store:
        store.save(three_confidences)
    with TestClient(create_app(path)) as c:
        yield c


def test_api_statements_min_confidence_is_optional(client: TestClient) -> None:
    everything = client.get("/api/statements").json()["items"]
    assert sorted(i["confidence"] for i in everything) == [0.4, 0.6, 0.95]  # unchanged default
    sure = client.get("/api/statements", params={"min_confidence": 0.5}).json()["items"]
    assert sorted(i["confidence"] for i in sure) == [0.6, 0.95]
    assert client.get("/api/statements", params={"min_confidence": 2}).status_code == 422


def test_api_statements_sort_by_confidence(client: TestClient) -> None:
    likeliest = client.get("/api/statements", params={"sort": "confidence", "limit": 2}).json()
    assert [i["confidence"] for i in likeliest["items"]] == [0.95, 0.6]
    rest = client.get(
        "/api/statements", params={"sort": "confidence", "cursor": likeliest["next_cursor"]}
    ).json()
    assert [i["confidence"] for i in rest["items"]] == [0.4]
    assert client.get("/api/statements", params={"sort": "loudest"}).status_code == 422


def test_web_search_labels_and_hides_doubtful(client: TestClient) -> None:
    html = client.get("/search").text
    assert ">very likely</span>" in html
    assert ">uncertain</span>" in html
    assert 'title="confidence 0.95 (very likely: 0.9 or more)"' in html
    assert ">doubtful</span>" not in html
    assert "95%" not in html
    assert "1 doubtful statement hidden" in html
    shown = client.get("/search", params={"doubtful": "1"}).text
    assert ">doubtful</span>" in shown
    assert "hidden (confidence" not in shown
    ranked = client.get("/search", params={"doubtful": "1", "sort": "confidence"}).text
    labels = [
        ranked.index(f">{label}</span>") for label in ("very likely", "uncertain", "doubtful")
    ]
    assert labels == sorted(labels)


def test_web_article_cards_show_labels(client: TestClient, three_confidences: Analysis) -> None:
    html = client.get(f"/articles/{three_confidences.article.id}").text
    assert ">doubtful</span>" in html  # an article shows all its statements, labelled
    assert "Peskov · said · indirect · “said” · very likely" in html
