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
# counts are lower bounds, so a word found in half the store does not cost a pass over it.
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


@dataclass(slots=True, kw_only=True, weakref_slot=True)
class AppState:
    """Per-app settings. Each server thread opens its connections on its first request and
    keeps them (an SQLite connection belongs to one thread): opening and migrating the store,
    and warming SQLite's page cache, is not redone per request."""

    db_path: Path | str  # an SQLite file or a postgresql:// URL
    ingest_token: str | None = None
    max_ingest_bytes: int = 5_000_000
    actors: ActorRegistry = field(default_factory=default_actors)
    outlets: OutletRegistry = field(default_factory=default_outlets)
    _pipeline: Pipeline | None = None
    # spaCy pipelines are not documented as thread-safe: one analysis at a time.
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)
    # PostgreSQL connections kept by the threads, for close(); psycopg closes from any
    # thread, while an SQLite connection belongs to its thread and goes with it
    _kept: list[Any] = field(default_factory=list)
    _kept_lock: threading.Lock = field(default_factory=threading.Lock)

    def store(self) -> AbstractContextManager[Store]:
        """This thread's connection to the store (use as a context manager)."""
        store: Store = self._keep("store", lambda: Store.open(self.db_path))
        store.registry = self.actors
        return _Kept(store)

    def reader(self) -> AbstractContextManager[Reader]:
        """This thread's read-only connection for the queries of :mod:`reportedly.store.queries`."""
        reader: Reader = self._keep("reader", lambda: Reader(self.db_path))
        return _Kept(reader)

    def _keep(self, name: str, open_: Callable[[], Any]) -> Any:
        """This thread's connection ``name``, opened (again, when lost) by ``open_``."""
        conn = getattr(self._local, name, None)
        if conn is None or conn.lost:
            conn = open_()
            setattr(self._local, name, conn)
            if is_url(self.db_path):
                with self._kept_lock:
                    self._kept.append(conn)
        return conn

    def __post_init__(self) -> None:
        # an app dropped without a shutdown (a test's) still closes them
        weakref.finalize(self, _close_all, self._kept, self._kept_lock)

    def close(self) -> None:
        """Close the kept PostgreSQL connections (the app shuts down)."""
        _close_all(self._kept, self._kept_lock)

    def pipeline(self) -> tuple[Pipeline, threading.Lock]:
        """The shared extraction pipeline (built on first use) and the lock guarding it."""
        with self._lock:
            if self._pipeline is None:
                from reportedly.pipeline import Pipeline

                self._pipeline = Pipeline()
            return self._pipeline, self._lock


def _close_all(kept: list[Any], lock: threading.Lock) -> None:
    with lock:
        conns, kept[:] = list(kept), []
    for conn in conns:
        conn.close()


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
