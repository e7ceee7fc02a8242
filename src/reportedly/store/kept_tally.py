"""What a search's view hides, kept per process until the store changes.

The first page of a search shows how many of its matches the view leaves out (other acts,
low confidence): :func:`~reportedly.store.sqlite_select.tally_acts` reads up to a thousand
matches for that. On PostgreSQL that is the larger part of a search for a word in a few
percent of a million statements: the full-text index lists every match first (45,000 for
"government": 10–18 ms, the page itself 1 ms). The tally of a search depends only on the
statements stored, so it is kept for the next search of the same words until a save or a
delete changes them; on PostgreSQL it is also shared with the store's other processes
(:mod:`.pg_tally`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

from reportedly.store.base import ActTally, StatementFilter
from reportedly.store.dialect import Connection, is_postgres

_KEPT: dict[tuple[str, int, int, int, str, float | None, int | None], ActTally] = {}
_KEPT_MAX = 4096
_LOCK = threading.Lock()

# a tally shared by the store's other processes, under the store's state and the tally's key
SharedRead = Callable[[Connection, str, str], ActTally | None]


@dataclass(frozen=True)
class TallyFound:
    """A search's tally, and (``fresh``) the state and key to share it under when it was
    counted here rather than found kept."""

    tally: ActTally
    fresh: tuple[str, str] | None = None


def store_state(conn: Connection) -> tuple[int, int, int]:
    """The newest statement's ``seq``, the statement count and, on PostgreSQL, the database's
    object id (a database dropped and made again under its name gets another): every save
    adds a higher ``seq``, every delete lowers the count, and no write changes a stored
    statement's words, act or confidence in place."""
    database = "(SELECT oid FROM pg_database WHERE datname = current_database())"
    row = conn.execute(
        "SELECT (SELECT max(seq) FROM statements),"
        " (SELECT rows FROM table_counts WHERE name = 'statements'),"
        f" {database if is_postgres(conn) else '0'}"
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)


def tally_key(search: str, sure: float | None, cap: int | None) -> str:
    """The text a shared tally is found under, beside the store's state."""
    return json.dumps([search, sure, cap], ensure_ascii=False)


def shared_tally(counts: str) -> ActTally:
    """The tally written as ``counts`` in PostgreSQL's ``search_tallies``."""
    kept = json.loads(counts)
    return ActTally(total=kept["total"], sure=kept["sure"], exact=kept["exact"])


def kept_tally(
    conn: Connection,
    location: str | None,
    f: StatementFilter,
    sure: float | None,
    cap: int | None,
    tally: Callable[[tuple[str, str] | None], ActTally],
    shared: SharedRead | None = None,
) -> TallyFound:
    """``tally(share)``, kept for a search alone in the store at ``location`` (``None``: not
    kept, as for a store in memory), or read through ``shared`` where another process counted
    it. ``share`` is the store's state and the tally's key a shared copy is found under
    (``None`` where none is kept): a count may look it up in its own query, where ``shared``
    is not given. Filters on names or outlets also depend on actor links, which a merge
    changes in place: those are always counted."""
    if location is None or f.search is None or f != StatementFilter(search=f.search):
        return TallyFound(tally(None))
    state = store_state(conn)
    key = (location, *state, f.search, sure, cap)
    found = _KEPT.get(key)
    if found is not None:
        return TallyFound(found)
    share = (":".join(str(n) for n in state), tally_key(f.search, sure, cap))
    fresh = None
    found = None if shared is None else shared(conn, *share)
    if found is None:
        found, fresh = tally(share), share
    with _LOCK:
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        _KEPT[key] = found
    return TallyFound(found, fresh)
