"""The Host-header check (DNS-rebinding defence): only the hosts the server was started for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reportedly.api import create_app
from reportedly.api.hosts import allowed_hosts, host_name
from reportedly.cli.serve_cmd import serve

from .builders import TestClient


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return create_app(tmp_path_factory.mktemp("hosts") / "h.db")


@pytest.fixture(scope="module")
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST."]
)
def test_hosts_loopback_names_are_answered(client: TestClient, host: str) -> None:
    assert client.get("/api/counts", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "testserver", "127.0.0.1.evil.example", ""]
)
@pytest.mark.parametrize("path", ["/api/counts", "/", "/static/app.css"])
def test_hosts_other_names_get_a_json_400(client: TestClient, host: str, path: str) -> None:
    response = client.get(path, headers={"host": host})
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False
    assert "--allowed-host" in body["error"]
    assert "content-security-policy" in response.headers


def test_hosts_allowed_host_and_any() -> None:
    assert allowed_hosts("0.0.0.0") == {"localhost", "127.0.0.1", "::1"}
    assert "news.lan" in allowed_hosts("news.lan")
    assert "box" in allowed_hosts(None, ["BOX"])
    assert [host_name(h) for h in ("A.b:1", "[::1]", "::1", "x.")] == ["a.b", "::1", "::1", "x"]


def test_hosts_extra_names_are_answered(tmp_path: Path) -> None:
    app = create_app(tmp_path / "x.db", allowed_hosts=["reportedly.lan"])
    with TestClient(app) as c:
        assert c.get("/api/counts", headers={"host": "reportedly.lan:80"}).status_code == 200
        assert c.get("/api/counts", headers={"host": "localhost"}).status_code == 200
        assert c.get("/api/counts", headers={"host": "other.lan"}).status_code == 400
    with TestClient(create_app(tmp_path / "x.db", allowed_hosts=["*"])) as c:
        assert c.get("/api/counts", headers={"host": "anything"}).status_code == 200


def test_hosts_serve_passes_bound_and_allowed_hosts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    apps: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: apps.append(app))
    args = ["--db", str(tmp_path / "s.db"), "--host", "10.0.0.5", "--allowed-host", "box.lan"]
    result = CliRunner().invoke(serve, args)
    assert result.exit_code == 0, result.output
    with TestClient(apps[0]) as c:
        for host, status in [("10.0.0.5:8000", 200), ("box.lan", 200), ("evil.example", 400)]:
            assert c.get("/api/counts", headers={"host": host}).status_code == status
