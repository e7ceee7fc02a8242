"""What a search's view hides, shared by every process of a PostgreSQL store.

A server runs several processes, each with its own kept tallies (:mod:`.kept_tally`): the
first search of a common word in each of them counted its matches again (10-18 ms at a
million statements, most of a search). The tally, once counted, is written to
``search_tallies`` (an unlogged table: a cache, emptied by a crash) under the store's state,
and any process reads it from there. A write that fails (a read-only database or role) only
leaves the tally uncached.
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING

import psycopg

from reportedly.store.base import ActTally
from reportedly.store.dialect import Connection
from reportedly.store.kept_tally import shared_tally

if TYPE_CHECKING:
    from reportedly.store.pg import PgConnection

# rows kept at most (searches of the current state); past it the oldest go
SHARED_MAX = 50_000
_PRUNE_EVERY = 500
_LOCK = threading.Lock()
_cleared: dict[str, str] = {}  # location -> the state whose older rows this process deleted
_writes = 0


def read_shared(conn: Connection, state: str, key: str) -> ActTally | None:
    """The tally kept under ``state`` and ``key``, if a process has counted it."""
    row = conn.execute(
        "SELECT counts FROM search_tallies WHERE state = ? AND key = ?", (state, key)
    ).fetchone()
    return None if row is None else shared_tally(row[0])


def write_shared(conn: PgConnection, location: str, state: str, key: str, tally: ActTally) -> None:
    """Keep ``tally`` for the other processes; the first write under a new state deletes the
    rows of older states, and every few hundred writes the oldest past :data:`SHARED_MAX`.
    Only outside a transaction: a failed write must not abort the caller's."""
    global _writes
    if conn.in_transaction:
        return
    counts = json.dumps({"total": tally.total, "sure": tally.sure, "exact": tally.exact})
    with _LOCK:
        clear = _cleared.get(location) != state
        _cleared[location] = state
        _writes += 1
        prune = _writes % _PRUNE_EVERY == 0
    try:
        if clear:
            conn.execute("DELETE FROM search_tallies WHERE state <> ?", (state,))
        conn.execute(
            "INSERT INTO search_tallies (state, key, counts) VALUES (?, ?, ?)"
            " ON CONFLICT (state, key) DO NOTHING",
            (state, key, counts),
        )
        if prune:
            conn.execute(
                "DELETE FROM search_tallies WHERE made < (SELECT made FROM search_tallies"
                " ORDER BY made DESC OFFSET ? LIMIT 1)",
                (SHARED_MAX,),
            )
    except psycopg.Error:
        with _LOCK:
            _cleared.pop(location, None)
