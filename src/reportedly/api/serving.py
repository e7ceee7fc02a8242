"""Serving the app in several processes: uvicorn's supervisor over one listening socket.

``reportedly serve --workers N`` starts N processes, each building the app from the settings
the command leaves in the environment (:func:`app_from_env`, uvicorn's factory), all
accepting on one socket. The socket is made here rather than by uvicorn: uvicorn's own
socket for several workers leaves Nagle's algorithm on for every connection, and a small
JSON answer then waits ~40 ms for the client's delayed ACK.
"""

from __future__ import annotations

import gc
import json
import os
import socket
from pathlib import Path

from fastapi import FastAPI

from reportedly.api.app import create_app

SETTINGS_ENV = "REPORTEDLY_SERVE_SETTINGS"  # the store and host names, for each worker


def app_from_env() -> FastAPI:
    """The app of one worker process, from the settings ``serve`` put in the environment
    (the ingest token comes from ``REPORTEDLY_TOKEN``)."""
    settings = json.loads(os.environ[SETTINGS_ENV])
    db = settings["db"]
    return long_lived(
        create_app(
            None if db is None else db if "://" in db else Path(db),
            ingest_token=os.environ.get("REPORTEDLY_TOKEN") or None,
            allowed_hosts=settings["hosts"],
        )
    )


def long_lived(app: FastAPI) -> FastAPI:
    """``app``, with what its process holds so far kept out of the garbage collector's
    full passes (``gc.freeze``): the modules, registries and lexicons it loaded are ~115k
    objects that a full pass walks for 50-60 ms, and the requests' allocations start such a
    pass every few hundred requests, stalling every request in that process (single
    16-client requests of 300-650 ms on a 2-core machine, a 1M-statement PostgreSQL store).
    They live as long as the process anyway."""
    gc.collect()
    gc.freeze()
    return app


def serve_workers(
    db: str | None,
    *,
    host: str,
    port: int,
    token: str | None,
    hosts: list[str],
    workers: int,
) -> None:
    """Serve the app over ``db`` in ``workers`` processes on ``host``:``port`` until stopped."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    os.environ[SETTINGS_ENV] = json.dumps({"db": db, "hosts": hosts})
    if token:
        os.environ["REPORTEDLY_TOKEN"] = token
    config = uvicorn.Config(
        f"{__name__}:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        server_header=False,
    )
    sock = config.bind_socket()
    # accepted connections inherit it: answers go out as soon as they are written
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
