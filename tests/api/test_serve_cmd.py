"""``reportedly serve``: binds 127.0.0.1 unless told otherwise, and passes the token on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reportedly.cli.serve_cmd import serve


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.delenv("REPORTEDLY_TOKEN", raising=False)
    return calls


@pytest.mark.parametrize(
    ("args", "host", "port", "token", "warned"),
    [
        ([], "127.0.0.1", 8000, None, False),
        (["--port", "9001", "--token", "t0k"], "127.0.0.1", 9001, "t0k", False),
        (["--host", "0.0.0.0"], "0.0.0.0", 8000, None, True),
    ],
)
def test_serve_cmd_binds_and_configures(
    runs: list[dict[str, Any]],
    tmp_path: Path,
    args: list[str],
    host: str,
    port: int,
    token: str | None,
    warned: bool,
) -> None:
    db = tmp_path / "serve.db"
    result = CliRunner().invoke(serve, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    [call] = runs
    assert (call["host"], call["port"]) == (host, port)
    assert call["app"].state.reportedly.ingest_token == token
    assert call["app"].state.reportedly.db_path == db
    assert ("reachable from other machines" in result.output) is warned


@pytest.mark.sqlite_only
def test_serve_cmd_refuses_a_non_store(runs: list[dict[str, Any]], tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(serve, ["--db", str(bogus)])
    assert result.exit_code != 0
    assert runs == []
