"""What every request needs: the store location, registries, ingest settings and the pipeline."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from fastapi import Request

from reportedly.actors.registry import ActorRegistry
from reportedly.actors.registry import default_registry as default_actors
from reportedly.provenance.outlets import OutletRegistry
from reportedly.provenance.outlets import default_registry as default_outlets
from reportedly.store import Store
from reportedly.store.dialect import is_url
from reportedly.store.queries import Reader

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline

API_PREFIX = "/api/"
# A listing counts the acts of at most this many matches (what its view hides): past it the
# counts are lower bounds, so a word found in half the store does not cost a pass over it
# (a search of one word reads its exact counts, kept at write time: store/word_counts.py).
TALLY_CAP = 1000

_T = TypeVar("_T")


class _Kept(AbstractContextManager[_T], Generic[_T]):
    """A connection kept for its thread's next request: ``with`` hands it out, never closes it."""

    def __init__(self, conn: _T) -> None:
        self._conn = conn

    def __enter__(self) -> _T:
        return self._conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None


# PostgreSQL connections a server process keeps open between requests, per kind (store,
# reader); more are opened while more requests run at once, and closed when they are done.
# Opening one costs a request several milliseconds: 4 made 16-client tails worse
MAX_IDLE = 8


class _Pool:
    """PostgreSQL connections of one kind lent to requests and kept between them. A server
    thread may end (its pool's idle workers do) and new ones start: connections kept per
    thread were never closed, and a long-running server ran out of them ("too many
    clients")."""

    def __init__(self, open_: Callable[[], Any]) -> None:
        self._open = open_
        self._idle: list[Any] = []
        self._lock = threading.Lock()
        self._closed = False

    def take(self) -> Any:
        """An idle connection that still works, else a new one."""
        with self._lock:
            while self._idle:
                conn = self._idle.pop()
                if not conn.lost:
                    return conn
        return self._open()

    def give(self, conn: Any) -> None:
        """Keep ``conn`` for the next request, or close it: the pool is full or closed, or
        the connection is lost or left inside a transaction."""
        reusable = not conn.lost and not conn.in_transaction
        with self._lock:
            if reusable and not self._closed and len(self._idle) < MAX_IDLE:
                self._idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        """Close the idle connections; those lent out close when they come back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


class _Lent(AbstractContextManager[_T], Generic[_T]):
    """A connection lent from a pool for one ``with`` block."""

    def __init__(self, pool: _Pool, registry: ActorRegistry | None = None) -> None:
        self._pool = pool
        self._registry = registry
        self._conn: Any = None

    def __enter__(self) -> _T:
        self._conn = self._pool.take()
        if self._registry is not None:
            self._conn.registry = self._registry
        conn: _T = self._conn
        return conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._pool.give(self._conn)


@dataclass(slots=True, kw_only=True, weakref_slot=True)
class AppState:
    """Per-app settings. Opening and migrating the store, and warming SQLite's page cache, is
    not redone per request: each server thread keeps its SQLite connections (one belongs to
    the thread that made it); PostgreSQL connections are lent per request from a small pool
    of the process."""

    db_path: Path | str  # an SQLite file or a postgresql:// URL
    ingest_token: str | None = None
    max_ingest_bytes: int = 5_000_000
    actors: ActorRegistry = field(default_factory=default_actors)
    outlets: OutletRegistry = field(default_factory=default_outlets)
    _pipeline: Pipeline | None = None
    # spaCy pipelines are not documented as thread-safe: one analysis at a time.
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)
    _pools: dict[str, _Pool] = field(default_factory=dict)

    def store(self) -> AbstractContextManager[Store]:
        """A connection to the store for this request (use as a context manager)."""
        if is_url(self.db_path):
            return _Lent(self._pools["store"], self.actors)
        store: Store = self._keep("store", lambda: Store.open(self.db_path))
        store.registry = self.actors
        return _Kept(store)

    def reader(self) -> AbstractContextManager[Reader]:
        """A read-only connection for the queries of :mod:`reportedly.store.queries`."""
        if is_url(self.db_path):
            return _Lent(self._pools["reader"])
        reader: Reader = self._keep("reader", lambda: Reader(self.db_path))
        return _Kept(reader)

    def _keep(self, name: str, open_: Callable[[], Any]) -> Any:
        """This thread's SQLite connection ``name``, opened (again, when lost) by ``open_``."""
        conn = getattr(self._local, name, None)
        if conn is None or conn.lost:
            conn = open_()
            setattr(self._local, name, conn)
        return conn

    def __post_init__(self) -> None:
        # the pools must not hold the state (the finalizer below keeps them)
        path = self.db_path
        self._pools["store"] = _Pool(lambda: Store.open(path))
        self._pools["reader"] = _Pool(lambda: Reader(path))
        # an app dropped without a shutdown (a test's) still closes them
        weakref.finalize(self, _close_all, list(self._pools.values()))

    def close(self) -> None:
        """Close the kept PostgreSQL connections (the app shuts down)."""
        _close_all(list(self._pools.values()))

    def pipeline(self) -> tuple[Pipeline, threading.Lock]:
        """The shared extraction pipeline (built on first use) and the lock guarding it."""
        with self._lock:
            if self._pipeline is None:
                from reportedly.pipeline import Pipeline

                self._pipeline = Pipeline()
            return self._pipeline, self._lock


def _close_all(pools: list[_Pool]) -> None:
    for pool in pools:
        pool.close()


def state_of(request: Request) -> AppState:
    """The :class:`AppState` of the app serving ``request``."""
    state: AppState = request.app.state.reportedly
    return state


def wants_json(request: Request) -> bool:
    """Whether an error for ``request`` is answered as JSON (the API) or as a web page."""
    path = request.url.path
    if path.startswith(API_PREFIX) or path == "/api" or path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "text/html" not in accept and "application/json" in accept
