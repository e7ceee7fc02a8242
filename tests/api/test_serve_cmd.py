"""``reportedly serve``: binds 127.0.0.1 unless told otherwise, and passes the token on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reportedly.cli.serve_cmd import serve


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """The server keeps what it loaded out of the collector (``long_lived``); a test that
    builds its app must not leave this whole test process so."""
    yield
    gc.unfreeze()


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
    assert gc.get_freeze_count() > 0  # what the process loaded: out of full collections
    assert ("reachable from other machines" in result.output) is warned


@pytest.mark.sqlite_only
def test_serve_cmd_refuses_a_non_store(runs: list[dict[str, Any]], tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(serve, ["--db", str(bogus)])
    assert result.exit_code != 0
    assert runs == []


def test_serve_cmd_with_workers_serves_them_the_same_settings(
    runs: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportedly.api import serving

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(serving, "serve_workers", lambda db, **kw: calls.append({"db": db, **kw}))
    db = tmp_path / "serve.db"
    result = CliRunner().invoke(serve, ["--db", str(db), "--workers", "3", "--token", "t0k"])
    assert result.exit_code == 0, result.output
    assert "in 3 processes" in result.output
    assert runs == []  # not the one-process server
    [call] = calls
    assert (call["db"], call["workers"], call["token"]) == (str(db), 3, "t0k")
    assert "127.0.0.1" in call["hosts"]


def test_serve_workers_share_one_socket_without_nagle_and_build_one_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    from uvicorn import supervisors

    from reportedly.api import serving

    started: list[Any] = []

    class Supervisor:
        def __init__(self, config: Any, sockets: list[socket.socket]) -> None:
            started.append((config, sockets))

        def run(self) -> None:
            pass

    monkeypatch.setattr(supervisors, "Multiprocess", Supervisor)
    for name in (serving.SETTINGS_ENV, "REPORTEDLY_TOKEN"):  # set here: undone after the test
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    db = tmp_path / "workers.db"
    serving.serve_workers(
        str(db), host="127.0.0.1", port=0, token="t0k", hosts=["127.0.0.1"], workers=2
    )
    [(config, [sock])] = started
    try:
        assert config.workers == 2
        # accepted connections inherit it: no ~40 ms wait for a delayed ACK per answer
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
    finally:
        sock.close()
    gc.unfreeze()
    app = serving.app_from_env()  # what each worker process builds
    assert gc.get_freeze_count() > 0
    assert app.state.reportedly.db_path == db
    assert app.state.reportedly.ingest_token == "t0k"
