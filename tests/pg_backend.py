"""A throwaway PostgreSQL cluster for the tests, and the switch that runs the store suites on it.

``pytest --backend postgresql`` (or ``REPORTEDLY_TEST_BACKEND=postgresql``) runs every test on
PostgreSQL: each store a test opens by path (a file, or ``:memory:``) becomes a database of
its own in one cluster started for the session (initdb into a temp dir, a free port, a unix
socket in that dir; removed after). Tests about SQLite files themselves are marked
``sqlite_only``. The ``pg_url`` fixture gives PostgreSQL-only tests a fresh database under
either backend. Where PostgreSQL or psycopg is missing these tests skip, saying why; under
``CI=true`` they fail instead.
"""

from __future__ import annotations

import glob
import hashlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

BACKENDS = ("sqlite", "postgresql")
_TEMPLATE = "reportedly_template"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=BACKENDS,
        default=os.environ.get("REPORTEDLY_TEST_BACKEND", "sqlite"),
        help="The store back end the tests run on [env REPORTEDLY_TEST_BACKEND].",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: tests of SQLite files themselves")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--backend") != "postgresql":
        return
    skip = pytest.mark.skip(reason="about SQLite files: run without --backend postgresql")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


def binaries() -> Path | None:
    """The folder of PostgreSQL's server programs (PATH, then /usr/lib/postgresql/*/bin)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """A PostgreSQL cluster in a temp dir, reached by a unix socket there."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="reportedly-pg-"))
        self.port = _free_port()
        # initdb refuses to run as root (CI runs as root): run the server as nobody
        self.user = "nobody" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.dir, self.user)
        self._names = itertools.count()

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {done.stderr or done.stdout}")

    def start(self) -> None:
        data = str(self.dir / "data")
        self._run("initdb", "-D", data, "-U", "reportedly", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses='' -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", data, "-l", str(self.dir / "log"), "-w", "-o", options, "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql:///{database}?host={self.dir}&port={self.port}&user=reportedly"

    def create(self, template: str | None = None) -> str:
        """A new, empty (or ``template``-copied) database; its URL."""
        import psycopg

        name = f"t{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            copy = f" TEMPLATE {template}" if template else ""
            admin.execute(f"CREATE DATABASE {name}{copy}")
        return self.url(name)


def _missing(why: str) -> None:
    from conftest import in_ci

    if in_ci():
        pytest.fail(f"{why}, and under CI PostgreSQL tests must run (.ci/run installs it)")
    pytest.skip(f"{why}: the PostgreSQL tests need it (apt-get install postgresql)")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster for the session, with a migrated template store."""
    try:
        import psycopg
    except ImportError:
        _missing("psycopg is not installed (pip install -e '.[postgres]')")
    bin_dir = binaries()
    if bin_dir is None:
        _missing("PostgreSQL's initdb is neither on PATH nor in /usr/lib/postgresql/*/bin")
    assert bin_dir is not None
    cluster = Cluster(bin_dir)
    try:
        cluster.start()
        from reportedly.store import Store

        url = cluster.url(_TEMPLATE)
        with psycopg.connect(cluster.url("postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {_TEMPLATE}")
        Store.open(url).close()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The URL of a fresh, empty PostgreSQL database."""
    return pg_cluster.create()


class Pool:
    """Migrated databases standing in for store files: one per path (a new one for each
    ``:memory:``), emptied and reused once the test that made them ends."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.free: list[str] = []
        self.by_path: dict[str, str] = {}
        self.opened: list[Any] = []  # stores and readers, to close after their test
        self._memories = itertools.count()

    def locate(self, path: Any) -> Any:
        from reportedly.store import sqlite_conn
        from reportedly.store.dialect import is_url

        if path is None or is_url(path):
            return path
        if str(path) == sqlite_conn.MEMORY:
            return self._take(f"memory-{next(self._memories)}")
        key = hashlib.sha1(str(Path(path).expanduser().resolve()).encode()).hexdigest()
        return self.by_path.get(key) or self._take(key)

    def _take(self, key: str) -> str:
        url = self.free.pop() if self.free else self.cluster.create(_TEMPLATE)
        self.by_path[key] = url
        return url

    def release(self, keys: list[str]) -> None:
        """Empty the databases of ``keys`` (their stores closed) and pool them again."""
        import psycopg

        from reportedly.store import pg_schema

        for key in keys:
            url = self.by_path.pop(key)
            with psycopg.connect(url, autocommit=True) as conn:
                tables = [
                    str(r[0])
                    for r in conn.execute(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                        " AND tablename <> 'migrations'"
                    )
                ]
                # a table before those it references: a foreign key without ON DELETE
                # CASCADE (actor_counts) refuses the other order
                edges = [
                    (str(r[0]), str(r[1]))
                    for r in conn.execute(
                        "SELECT conrelid::regclass::text, confrelid::regclass::text"
                        " FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid"
                    )
                ]
                ordered: list[str] = []
                while len(ordered) < len(tables):
                    left = [t for t in tables if t not in ordered]
                    ordered += [t for t in left if not any(b == t and a in left for a, b in edges)]
                tables = ordered
                # DELETE, not TRUNCATE: on a few rows it is much faster (no new files)
                with conn.transaction():
                    for table in tables:
                        conn.execute(f"DELETE FROM {table}")
                names = [m.name for m in pg_schema.MIGRATIONS]
                conn.execute("DELETE FROM migrations WHERE NOT (name = ANY(%s))", (names,))
            self.free.append(url)


@pytest.fixture(scope="session")
def _pg_pool(request: pytest.FixtureRequest) -> Iterator[Pool | None]:
    """Under ``--backend postgresql``: stores opened by path open a database instead."""
    if request.config.getoption("--backend") != "postgresql":
        yield None
        return
    pool = Pool(request.getfixturevalue("pg_cluster"))
    from reportedly.store import sqlite_conn

    opener: Callable[..., Any] = sqlite_conn.StoreConnection.open.__func__  # type: ignore[attr-defined]
    reader_init = sqlite_conn.ReadOnlyStore.__init__

    def open_mapped(cls: Any, path: Any = None) -> Any:
        url = pool.locate(path)
        store = opener(cls, url)
        if str(path) == sqlite_conn.MEMORY:
            # a memory store is gone once closed: its database can serve the next one
            key = next(k for k, v in pool.by_path.items() if v == url)
            close = store.close

            def close_and_release() -> None:
                close()
                if key in pool.by_path:
                    pool.release([key])

            store.close = close_and_release
        pool.opened.append(store)
        return store

    def init_mapped(self: Any, path: Any) -> None:
        reader_init(self, pool.locate(path))
        pool.opened.append(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sqlite_conn.StoreConnection, "open", classmethod(open_mapped))
        patch.setattr(sqlite_conn.ReadOnlyStore, "__init__", init_mapped)
        yield pool
        for store in pool.opened:
            store.close()


@pytest.fixture(autouse=True)
def _store_backend(_pg_pool: Pool | None) -> Iterator[None]:
    """Close the stores a test opened (a test may leave one open) and pool their databases."""
    if _pg_pool is None:
        yield
        return
    opened, known = len(_pg_pool.opened), set(_pg_pool.by_path)
    yield
    for store in _pg_pool.opened[opened:]:
        store.close()
    del _pg_pool.opened[opened:]
    _pg_pool.release([k for k in _pg_pool.by_path if k not in known])
