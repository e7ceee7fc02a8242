"""Quote tracing over HTTP: two reports of one quote, analysed by the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reportedly.api import create_app
from reportedly.store import Store

from .builders import SCRIPT, TRACED, TestClient, build_trace_store, xss_analysis

pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("trace") / "store.db"
    build_trace_store(path)
    with Store.open(path) as store:
        store.save(xss_analysis())
    with TestClient(create_app(path)) as c:
        yield c


def _trace(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/trace", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_trace_versions_in_time_order(client: TestClient) -> None:
    body = _trace(client, q=TRACED)
    versions = body["versions"]
    assert [(v["published"], v["outlet"]) for v in versions] == [
        ("2022-12-02", "TASS"),
        ("2022-12-03", "Kyiv Independent"),
    ]
    assert [v["earliest"] for v in versions] == [True, False]
    assert body["reference"] == versions[0]["statement_id"]
    assert versions[0]["outlet_id"] == "tass"
    assert [v["material"] for v in versions] == [False, True]


def test_trace_word_differences(client: TestClient) -> None:
    edits = _trace(client, q=TRACED)["versions"][1]["edits"]
    changed = [(e["op"], e["before"], e["after"]) for e in edits if e["material"]]
    assert ("replace", ["peaceful", "diplomatic"], ["military"]) in changed
    assert any(e["op"] == "gloss" and not e["material"] for e in edits)


def test_trace_from_a_statement(client: TestClient) -> None:
    by_words = _trace(client, q=TRACED)
    later = by_words["versions"][1]["statement_id"]
    by_id = _trace(client, statement=later[:8])
    assert [v["statement_id"] for v in by_id["versions"]] == [
        v["statement_id"] for v in by_words["versions"]
    ]


@pytest.mark.parametrize("params", [{}, {"q": "   "}, {"q": "…!?"}, {"q": "zzzz qqqq xxxx"}])
def test_trace_nothing_to_trace_is_empty(client: TestClient, params: dict[str, str]) -> None:
    assert _trace(client, **params)["versions"] == []


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"statement": "abcdef0123"}, 404),
        ({"statement": "not hex"}, 422),
        ({"q": "x" * 2001}, 422),
        ({"q": TRACED, "threshold": 10}, 422),
    ],
)
def test_trace_bad_requests(client: TestClient, params: dict[str, Any], status: int) -> None:
    response = client.get("/api/trace", params=params)
    assert response.status_code == status
    assert response.json()["ok"] is False


def test_trace_page_marks_earliest_and_changes(client: TestClient) -> None:
    html = client.get("/trace", params={"q": TRACED}).text
    assert "2 versions in 2 articles" in html
    assert html.count('class="version earliest"') == 1
    assert html.count("material-badge") == 1
    assert ">peaceful diplomatic</del>" in html
    assert ">military</ins>" in html
    assert "[Russia&#39;s - ed.]" in html
    assert 'href="/outlets/tass"' in html


def test_trace_page_from_statement_and_errors(client: TestClient) -> None:
    later = _trace(client, q=TRACED)["versions"][1]["statement_id"]
    html = client.get("/trace", params={"statement": later}).text
    assert "2 versions in 2 articles" in html
    missing = client.get("/trace", params={"statement": "abcdef0123"})
    assert missing.status_code == 404
    assert "abcdef0123" in missing.text
    assert "store.db" not in missing.text
    assert "Trace a quote" in client.get("/trace").text


def test_trace_page_escapes_quotes(client: TestClient) -> None:
    html = client.get("/trace", params={"q": f"{SCRIPT} is fine"}).text
    assert "1 version in 1 article" in html
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
