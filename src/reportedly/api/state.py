"""What every request needs: the store location, registries, ingest settings and the pipeline."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import Request

from reportedly.actors.registry import ActorRegistry
from reportedly.actors.registry import default_registry as default_actors
from reportedly.provenance.outlets import OutletRegistry
from reportedly.provenance.outlets import default_registry as default_outlets
from reportedly.store import Store
from reportedly.store.queries import Reader

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline

API_PREFIX = "/api/"


@dataclass(slots=True, kw_only=True)
class AppState:
    """Per-app settings. Connections are opened per request, in the thread that uses them."""

    db_path: Path | str  # an SQLite file or a postgresql:// URL
    ingest_token: str | None = None
    max_ingest_bytes: int = 5_000_000
    actors: ActorRegistry = field(default_factory=default_actors)
    outlets: OutletRegistry = field(default_factory=default_outlets)
    _pipeline: Pipeline | None = None
    # spaCy pipelines are not documented as thread-safe: one analysis at a time.
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def store(self) -> Store:
        """A new connection to the store (use as a context manager)."""
        store = Store.open(self.db_path)
        store.registry = self.actors
        return store

    def reader(self) -> Reader:
        """A new read-only connection for the queries of :mod:`reportedly.store.queries`."""
        return Reader(self.db_path)

    def pipeline(self) -> tuple[Pipeline, threading.Lock]:
        """The shared extraction pipeline (built on first use) and the lock guarding it."""
        with self._lock:
            if self._pipeline is None:
                from reportedly.pipeline import Pipeline

                self._pipeline = Pipeline()
            return self._pipeline, self._lock


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
