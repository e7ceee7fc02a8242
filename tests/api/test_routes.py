"""The JSON API against a store filled by the real pipeline and an injection article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reportedly.api import create_app
from reportedly.api.schemas import StatementPageOut
from reportedly.model import Analysis
from reportedly.serialize import analysis_to_dict
from reportedly.store import Store
from reportedly.store.export import COLUMNS

from .builders import SCRIPT, TestClient, peskov_id

pytestmark = pytest.mark.needs_model

TOKEN = "s3cret-token"
ERROR_KEYS = {"ok", "error", "status"}


@pytest.fixture(scope="module")
def sample(filled: tuple[Path, Analysis, Analysis]) -> Analysis:
    return filled[1]


def _is_error(response: Any, status: int) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == ERROR_KEYS
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str)
    assert body["error"]


def test_routes_statements_are_export_records(client: TestClient, sample: Analysis) -> None:
    body = client.get("/api/statements", params={"limit": 200, "act": "all"}).json()
    assert set(body) == {"items", "next_cursor", "act", "hidden", "hidden_exact"}
    assert (body["act"], body["hidden"]) == ("all", {})
    assert body["next_cursor"] is None
    assert len(body["items"]) == len(sample.statements) + 2
    for item in body["items"]:
        assert tuple(item) == COLUMNS
    with Store.open(client.app.state.reportedly.db_path) as store:  # type: ignore[attr-defined]
        expected = list(store.statements(limit=200).items)
    assert body["items"] == json.loads(json.dumps(expected))


@pytest.mark.parametrize(
    "params",
    [{"limit": 200, "act": "all"}, {"q": "negotiations"}, {"act": "belief"}, {"limit": 2}],
)
def test_routes_statements_write_what_the_model_writes(
    client: TestClient, params: dict[str, Any]
) -> None:
    # the route writes its own JSON (no check against the model on the way out): it must be
    # a valid StatementPageOut, byte for byte what the model writes
    response = client.get("/api/statements", params=params)
    assert response.headers["content-type"] == "application/json"
    page = StatementPageOut.model_validate_json(response.content)
    assert page.items
    assert page.model_dump_json().encode() == response.content


def test_routes_statements_show_speech_by_default(client: TestClient, sample: Analysis) -> None:
    body = client.get("/api/statements", params={"limit": 200}).json()
    beliefs = [s for s in sample.statements if s.act == "belief"]
    assert beliefs  # "He believes that this should demonstrate …"
    assert body["act"] == "speech"
    assert {i["act"] for i in body["items"]} == {"speech"}
    assert body["hidden"].get("belief") == len(beliefs)
    only = client.get("/api/statements", params={"act": "belief"}).json()
    assert [i["statement_id"] for i in only["items"]] == [s.id for s in beliefs]
    assert only["hidden"]["speech"] == len(body["items"])
    bad = client.get("/api/statements", params={"act": "gossip"})
    _is_error(bad, 422)


def test_routes_statements_page_with_cursor(client: TestClient) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(20):
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        body = client.get("/api/statements", params=params).json()
        assert len(body["items"]) <= 3
        seen += [i["statement_id"] for i in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    everything = client.get("/api/statements", params={"limit": 200}).json()["items"]
    assert seen == [i["statement_id"] for i in everything]


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"speaker": "peskov"}, lambda i: "peskov" in (i["speaker_name"] or "").lower()),
        ({"kind": "direct"}, lambda i: i["kind"] == "direct"),
        ({"q": "negotiations"}, lambda i: "negotiat" in i["content"].lower()),
        (
            {"outlet": "ria novosti"},
            lambda i: any(c["outlet"] == "RIA Novosti" for c in i["citations"]),
        ),
        ({"since": "2023-01-01"}, lambda i: i["published"] >= "2023-01-01"),
        ({"until": "2022-12-31"}, lambda i: i["published"] <= "2022-12-31"),
    ],
)
def test_routes_statements_filters(client: TestClient, params: dict[str, str], check: Any) -> None:
    items = client.get("/api/statements", params=params).json()["items"]
    assert items
    assert all(check(i) for i in items)


def test_routes_statements_article_prefix(client: TestClient, sample: Analysis) -> None:
    params = {"article": sample.article.id[:8], "act": "all"}
    items = client.get("/api/statements", params=params).json()["items"]
    assert {i["article_id"] for i in items} == {sample.article.id}
    assert len(items) == len(sample.statements)


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"limit": 0}, 422),
        ({"limit": 201}, 422),
        ({"limit": "many"}, 422),
        ({"kind": "shouted"}, 422),
        ({"since": "yesterday"}, 422),
        ({"article": "xyz"}, 422),
        ({"q": "x" * 201}, 422),
        ({"cursor": "not-a-cursor"}, 400),
        ({"article": "ffffffffff"}, 404),
    ],
)
def test_routes_statements_bad_params(
    client: TestClient, params: dict[str, Any], status: int
) -> None:
    _is_error(client.get("/api/statements", params=params), status)


def test_routes_article_is_analysis_dict(client: TestClient, sample: Analysis) -> None:
    body = client.get(f"/api/articles/{sample.article.id[:10]}").json()
    with Store.open(client.app.state.reportedly.db_path) as store:  # type: ignore[attr-defined]
        stored = store.article(sample.article.id)
    assert body == analysis_to_dict(stored)
    assert body["statements"]
    assert body["entities"]
    assert body["citations"]
    assert body["statements"][0]["content"][0]["text"]


@pytest.mark.parametrize(
    ("path", "status"), [("/api/articles/abcdef12", 404), ("/api/articles/nothex", 422)]
)
def test_routes_article_errors(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    _is_error(response, status)
    assert str(client.app.state.reportedly.db_path) not in response.text  # type: ignore[attr-defined]


def test_routes_articles_lists_newest_first(client: TestClient) -> None:
    items = client.get("/api/articles").json()["items"]
    assert [i["published"] for i in items] == ["2023-01-05", "2022-12-02"]
    assert all("text" not in i for i in items)


def test_routes_speakers_counts(client: TestClient, sample: Analysis) -> None:
    items = client.get("/api/speakers").json()["items"]
    by_id = {i["id"]: i for i in items}
    pid = peskov_id(sample)
    peskov = [s for s in sample.statements if s.speaker_entity == pid]
    assert by_id[pid]["statements"] == len(peskov) >= 4
    assert by_id[pid]["articles"] == 1
    counts = [i["statements"] for i in items]
    assert counts == sorted(counts, reverse=True)


def test_routes_speakers_page_with_cursor(client: TestClient) -> None:
    first = client.get("/api/speakers", params={"limit": 1}).json()
    assert len(first["items"]) == 1
    assert first["next_cursor"]
    second = client.get("/api/speakers", params={"limit": 1, "cursor": first["next_cursor"]})
    assert second.json()["items"][0]["id"] != first["items"][0]["id"]


def test_routes_speaker_detail(client: TestClient, sample: Analysis) -> None:
    pid = peskov_id(sample)
    body = client.get(f"/api/speakers/{pid}").json()
    assert "Peskov" in body["speaker"]["name"]
    assert body["timeline"] == [{"date": "2022-12-02", "count": body["speaker"]["statements"]}]
    assert body["undated"] == 0
    assert all(i["speaker_entity"] == pid for i in body["statements"]["items"])
    _is_error(client.get("/api/speakers/nobody-at-all"), 404)


def test_routes_outlets(client: TestClient) -> None:
    names = {o["name"]: o for o in client.get("/api/outlets").json()}
    assert names["Ukrainska Pravda"]["articles"] == 1
    assert names["RIA Novosti"]["citations"] == 1
    detail = client.get("/api/outlets/RIA Novosti").json()
    assert detail["citations"][0]["statements"] >= 1
    _is_error(client.get("/api/outlets/Nobody Weekly"), 404)


def test_routes_counts(client: TestClient, sample: Analysis) -> None:
    counts = client.get("/api/counts").json()
    assert counts["articles"] == 2
    assert counts["statements"] == len(sample.statements) + 2


@pytest.mark.parametrize("path", ["/api/nothing", "/api/statements/extra"])
def test_routes_unknown_api_path_is_json_error(client: TestClient, path: str) -> None:
    _is_error(client.get(path), 404)


@pytest.mark.parametrize("path", ["/", "/api/statements", "/static/app.css", "/nothing"])
def test_routes_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["content-security-policy"].startswith("default-src 'self'")
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


def test_routes_docs_and_schema(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/statements", "/api/articles/{article_id}", "/api/ingest"} <= set(schema["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "'sha256-" in docs.headers["content-security-policy"]


# ---------------------------------------------------------------------------------------
# Ingest


def test_routes_ingest_disabled_without_token(client: TestClient) -> None:
    response = client.post("/api/ingest", content=b"text", headers={"content-type": "text/plain"})
    _is_error(response, 403)


@pytest.fixture
def ingest_client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(tmp_path / "ingest.db", ingest_token=TOKEN, max_ingest_bytes=20_000)
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize(
    "auth", [None, "Bearer wrong", f"Basic {TOKEN}", "Bearer", f"Bearer {TOKEN}x"]
)
def test_routes_ingest_needs_the_token(ingest_client: TestClient, auth: str | None) -> None:
    headers = {"content-type": "text/plain"}
    if auth is not None:
        headers["authorization"] = auth
    _is_error(ingest_client.post("/api/ingest", content=b"Some text.", headers=headers), 403)


def test_routes_ingest_text_is_analysed_and_stored(
    ingest_client: TestClient, sample_text: str
) -> None:
    headers = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain; charset=utf-8"}
    response = ingest_client.post(
        "/api/ingest",
        content=sample_text.encode("utf-8"),
        params={"outlet": "Ukrainska Pravda", "published": "2022-12-02"},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True
    assert body["failed"] == []
    [done] = body["articles"]
    assert done["added"] is True
    assert done["statements"] >= 5
    items = ingest_client.get("/api/statements", params={"speaker": "Peskov"}).json()["items"]
    assert items
    assert all(i["outlet"] == "Ukrainska Pravda" for i in items)
    again = ingest_client.post(
        "/api/ingest", content=sample_text.encode("utf-8"), headers=headers
    ).json()
    assert again["articles"][0]["added"] is False


def test_routes_ingest_jsonl_reports_bad_lines(ingest_client: TestClient) -> None:
    lines = [
        json.dumps(
            {"text": "Officials said the bridge would reopen on Monday.", "title": "Bridge"}
        ),
        "{not json",
    ]
    response = ingest_client.post(
        "/api/ingest",
        content="\n".join(lines).encode(),
        headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/x-ndjson"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["articles"]) == 1
    assert [f["source"] for f in body["failed"]] == ["api:2"]


@pytest.mark.parametrize(
    ("content", "media", "status"),
    [
        (b"x" * 20_001, "text/plain", 413),
        (b"%PDF-1.4", "application/pdf", 415),
        (b"", "text/plain", 400),
    ],
)
def test_routes_ingest_rejects_bad_bodies(
    ingest_client: TestClient, content: bytes, media: str, status: int
) -> None:
    headers = {"authorization": f"Bearer {TOKEN}", "content-type": media}
    _is_error(ingest_client.post("/api/ingest", content=content, headers=headers), status)


def test_routes_ingest_xss_title_round_trips_as_text(ingest_client: TestClient) -> None:
    headers = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    response = ingest_client.post(
        "/api/ingest", content=f"{SCRIPT}\n\nNothing was said.".encode(), headers=headers
    )
    assert response.status_code == 200
    article_id = response.json()["articles"][0]["id"]
    assert (
        ingest_client.get(f"/api/articles/{article_id}")
        .json()["article"]["text"]
        .startswith(SCRIPT)
    )


@pytest.mark.parametrize("path", ["/api/speakers/%0A", "/api/outlets/%0A", "/api/speakers/a%00b"])
def test_routes_path_ids_with_control_characters_are_rejected(
    client: TestClient, path: str
) -> None:
    # a ":path" route reads "/speakers/%0A" as an empty id; the schema says why it is refused
    _is_error(client.get(path), 422)
