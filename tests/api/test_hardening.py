"""Ingest limits and derived titles as the API and web UI show them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.api import create_app
from reportedly.cli import cli
from reportedly.ingest import read_text
from reportedly.model import Analysis
from reportedly.store import Store

from .builders import TestClient

TOKEN = "t0ken"
LONG = "Peskov said that talks were over. " * 6000  # 204,000 characters: over the 200,000 cut


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(tmp_path / "i.db", ingest_token=TOKEN, max_ingest_bytes=1_000_000)
    with TestClient(app) as c:
        yield c


def test_hardening_ingest_of_an_overlong_text_is_a_413_not_a_500(client: TestClient) -> None:
    headers = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    response = client.post("/api/ingest", content=LONG.encode(), headers=headers)
    assert response.status_code == 413
    assert "over the API's analysis limit of 200,000" in response.json()["error"]


@pytest.mark.needs_model
def test_hardening_overlong_jsonl_line_is_listed_as_failed(client: TestClient) -> None:
    lines = [
        json.dumps({"text": LONG, "title": "Long"}),
        json.dumps({"text": "Lavrov said the proposal was unacceptable.", "title": "Short"}),
    ]
    headers = {"authorization": f"Bearer {TOKEN}", "content-type": "application/x-ndjson"}
    response = client.post("/api/ingest", content="\n".join(lines).encode(), headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert [a["title"] for a in body["articles"]] == ["Short"]
    [failed] = body["failed"]
    assert failed["source"] == "api:1"
    assert "[E104]" in failed["error"]


def test_hardening_derived_titles_are_marked(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    article = read_text("Dmitry Peskov said the talks were over. Nothing more.", source="x")
    assert article.title_derived
    with Store.open(db) as store:
        store.save(Analysis(article=article))
    with TestClient(create_app(db)) as c:
        listing = c.get("/articles").text
        page = c.get(f"/articles/{article.id}").text
        api = c.get("/api/articles").json()["items"][0]
    marked = '<i class="derived-title" title="No title given: derived from the first sentence">'
    assert f"{marked}Dmitry Peskov said the talks were over.</i>" in listing
    assert marked in page
    assert api["title_derived"] is True
    result = CliRunner().invoke(cli, ["articles", "--db", str(db)])
    assert "~[Dmitry Peskov said the talks were over.]" in result.stdout
