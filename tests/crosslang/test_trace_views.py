"""The pair in `reportedly trace` (text and JSON), in /api/trace and on the trace page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.api.builders import TestClient
from tests.crosslang.builders import said

from reportedly.api import create_app
from reportedly.cli import cli
from reportedly.store import Store

EN_CONTENT = "Putin is always open to negotiations in the coming weeks to ensure Russia's interests"
EN = f"Peskov said {EN_CONTENT}."
RU = "Песков заявил, что Путин всегда открыт для переговоров, чтобы обеспечить интересы России."
RU_CONTENT = "Путин всегда открыт для переговоров, чтобы обеспечить интересы России"
RU_OTHER = "Песков заявил, что оснований для обмена пленными пока нет."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("crosslang") / "store.db"
    en = said(
        EN,
        speaker="Peskov",
        content=EN_CONTENT,
        actor="peskov-dmitry",
        language="en",
        published=date(2024, 11, 20),
        outlet="Reuters",
    )
    with Store.open(path) as s:
        s.save(en)
        s.save(
            said(
                RU,
                speaker="Песков",
                content=RU_CONTENT,
                actor="peskov-dmitry",
                language="ru",
                published=date(2024, 11, 19),
                outlet="РИА Новости",
            )
        )
        s.save(
            said(
                RU_OTHER,
                speaker="Песков",
                content="оснований для обмена пленными пока нет",
                actor="peskov-dmitry",
                language="ru",
                published=date(2024, 11, 19),
            )
        )
    return path, en.statements[0].id


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_shows_the_pair(store: tuple[Path, str]) -> None:
    path, sid = store
    out = _cli("trace", "--statement", sid[:10], "--matcher", "lexical", "--db", str(path))
    assert "Originals in other languages (lexical matcher, ±7 days)" in out
    assert f"“{EN_CONTENT}”" in out
    assert "↔ 2024-11-19 · РИА Новости · Russian" in out
    assert f"“{RU_CONTENT}”" in out
    assert "обмена пленными" not in out


def test_cli_json_and_no_originals(store: tuple[Path, str]) -> None:
    path, sid = store
    data = json.loads(
        _cli("trace", "--statement", sid, "--matcher", "lexical", "--json", "--db", str(path))
    )
    cross = data["originals"]
    assert cross["seed"]["statement_id"] == sid
    assert cross["candidates"] == 2
    assert [(o["language"], o["text"]) for o in cross["originals"]] == [("ru", RU_CONTENT)]
    bare = json.loads(
        _cli("trace", "--statement", sid, "--no-originals", "--json", "--db", str(path))
    )
    assert "originals" not in bare
    # the date window: a day apart is outside --days 0
    narrow = json.loads(
        _cli(
            "trace",
            "--statement",
            sid,
            "--matcher",
            "lexical",
            "--days",
            "0",
            "--json",
            "--db",
            str(path),
        )
    )
    assert narrow["originals"]["originals"] == []
    assert narrow["originals"]["closest"] is None  # nothing in the window to be closest
    # a threshold no pair reaches: the best candidate is still shown, as the closest
    strict = json.loads(
        _cli(
            "trace",
            "--statement",
            sid,
            "--matcher",
            "lexical",
            "--json",
            "--db",
            str(path),
            "--min-similarity",
            "1",
        )
    )
    assert strict["originals"]["originals"] == []
    assert strict["originals"]["closest"]["text"] == RU_CONTENT


@pytest.fixture(scope="module")
def client(store: tuple[Path, str]) -> Iterator[TestClient]:
    with TestClient(create_app(store[0])) as c:
        yield c


def test_api_trace_has_the_originals(client: TestClient, store: tuple[Path, str]) -> None:
    response = client.get("/api/trace", params={"statement": store[1], "matcher": "lexical"})
    assert response.status_code == 200, response.text
    originals = response.json()["originals"]
    assert originals["matcher"] == "lexical"
    assert [o["text"] for o in originals["originals"]] == [RU_CONTENT]
    plain = client.get("/api/trace", params={"statement": store[1], "originals": "false"})
    assert plain.json().get("originals") is None
    assert client.get("/api/trace", params={"statement": store[1], "days": -1}).status_code == 422


def test_trace_page_shows_the_pair(client: TestClient, store: tuple[Path, str]) -> None:
    html = client.get("/trace", params={"statement": store[1]}).text
    assert "In other languages" in html
    assert RU_CONTENT in html
    assert 'lang="ru"' in html
    assert "best match" in html


def test_api_encoder_missing_is_a_400(
    client: TestClient, store: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportedly.crosslang import encoder

    monkeypatch.setattr(encoder, "available", lambda: False)
    response = client.get("/api/trace", params={"statement": store[1], "matcher": "encoder"})
    assert response.status_code == 400
    assert "E701" in response.text
    auto = client.get("/api/trace", params={"statement": store[1]})
    assert auto.json()["originals"]["matcher"] == "lexical"
