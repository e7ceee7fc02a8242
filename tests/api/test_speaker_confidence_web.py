"""The speaker confidence in the API and the web UI: in the records, a filter, and a label
beside the resolved speaker (none where the speaker is unresolved)."""

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
    tmp_path_factory: pytest.TempPathFactory, speaker_confidences: Analysis
) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("speaker-conf") / "store.db"
    with Store.open(path) as store:
        store.save(speaker_confidences)
    with TestClient(create_app(path)) as c:
        yield c


def test_api_statements_carry_and_filter_the_speaker_confidence(client: TestClient) -> None:
    items = client.get("/api/statements").json()["items"]
    assert {i["speaker_text"]: i["speaker_confidence"] for i in items} == {
        "Peskov": 0.97,
        "He": 0.62,
        "Officials": None,
    }
    sure = client.get("/api/statements", params={"min_speaker_confidence": 0.9}).json()
    assert sorted(i["speaker_text"] for i in sure["items"]) == ["Officials", "Peskov"]
    bad = client.get("/api/statements", params={"min_speaker_confidence": 1.5})
    assert bad.status_code == 422


def test_api_article_statements_carry_it(client: TestClient, speaker_confidences: Analysis) -> None:
    article = client.get(f"/api/articles/{speaker_confidences.article.id}").json()
    assert [s["speaker_confidence"] for s in article["statements"]] == [0.97, 0.62, None]


def test_web_search_labels_the_resolved_speaker(client: TestClient) -> None:
    html = client.get("/search").text
    assert ">speaker very likely</span>" in html
    assert ">speaker uncertain</span>" in html
    assert 'title="speaker confidence 0.62 (uncertain: 0.5 or more)' in html
    assert html.count('class="conf speaker-conf"') == 2  # the unresolved speaker: none


def test_web_article_cards_label_the_resolved_speaker(
    client: TestClient, speaker_confidences: Analysis
) -> None:
    html = client.get(f"/articles/{speaker_confidences.article.id}").text
    assert ">speaker very likely</span>" in html
    assert html.count('data-speaker-confidence="') == 2
