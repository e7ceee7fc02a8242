"""Statements of one actor in other languages, for cross-language tracing, and their cached
sentence vectors.

The queries are plain portable SQL (no FTS, no JSON functions): both back ends run them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reportedly.crosslang.records import StoredStatement
from reportedly.errors import NotFound, StoreError
from reportedly.store.base import E_AMBIGUOUS, E_WRITE, MIN_PREFIX, is_id_prefix
from reportedly.store.sqlite_conn import ReadOnlyStore, StoreConnection

MAX_CANDIDATES = 500  # statements one trace compares at most (the most recent first)
_CHUNK = 500

_COLUMNS = (
    "SELECT s.id, s.article_id, s.content_text, s.quotes, s.speaker_name, s.speaker_text,"
    " s.linked_actor, s.published, a.language, a.outlet, a.title, a.url"
    " FROM statements s JOIN articles a ON a.id = s.article_id"
)


def quote_text(content: str, quotes: Sequence[str]) -> str:
    """The words to compare for a statement: its quoted parts when it has any, else its content."""
    return " … ".join(quotes) if quotes else content


def _statement(row: Any) -> StoredStatement:
    quotes = [str(q["text"]) for q in json.loads(row["quotes"])]
    published = row["published"]
    return StoredStatement(
        id=str(row["id"]),
        article_id=str(row["article_id"]),
        text=quote_text(str(row["content_text"]), quotes),
        language=str(row["language"]),
        actor=row["linked_actor"],
        speaker=row["speaker_name"] or row["speaker_text"],
        published=None if published is None else date.fromisoformat(str(published)[:10]),
        outlet=row["outlet"],
        title=row["title"],
        url=row["url"],
    )


class CounterpartReader(ReadOnlyStore):
    """Read-only queries for cross-language tracing."""

    reading = "statements for cross-language tracing"

    def __init__(self, path: str | Path) -> None:
        super().__init__(path)
        self._path = path

    def keep_vectors(self, model: str, vectors: Mapping[str, bytes]) -> int:
        """Cache ``vectors`` in this store for the next trace (see :func:`save_vectors`)."""
        return save_vectors(self._path, model, vectors)

    def statement(self, id_or_prefix: str) -> StoredStatement:
        """One stored statement, by id or unique id prefix (≥ 6 hex characters).

        Raises:
            NotFound: no statement matches, or several do.
        """
        wanted = id_or_prefix.strip().lower()
        rows = self._all(_COLUMNS + " WHERE s.id = ?", (wanted,))
        if not rows and len(wanted) >= MIN_PREFIX and is_id_prefix(wanted):
            # a range on the id index: portable where GLOB and LIKE are not
            rows = self._all(
                _COLUMNS + " WHERE s.id >= ? AND s.id < ? ORDER BY s.id LIMIT 2",
                (wanted, wanted + "g"),
            )
        if not rows:
            raise NotFound(f"no statement {id_or_prefix!r} in store {self._where}")
        if len(rows) > 1:
            raise NotFound(
                f"statement id prefix {id_or_prefix!r} matches several statements; give more",
                code=E_AMBIGUOUS,
            )
        return _statement(rows[0])

    def by_actor(
        self,
        actor: str,
        *,
        around: date | None,
        days: int,
        exclude_language: str | None = None,
        limit: int = MAX_CANDIDATES,
    ) -> list[StoredStatement]:
        """Statements of ``actor`` published within ``days`` of ``around`` (any date when
        ``around`` is None), in a language other than ``exclude_language``, newest first."""
        sql = _COLUMNS + " WHERE s.linked_actor = ?"
        params: list[object] = [actor]
        if around is not None:
            sql += " AND s.published >= ? AND s.published <= ?"
            params += [
                (around - timedelta(days=days)).isoformat(),
                (around + timedelta(days=days)).isoformat() + "~",  # covers times of day
            ]
        if exclude_language is not None:
            sql += " AND a.language <> ?"
            params.append(exclude_language)
        sql += " ORDER BY s.published DESC, s.id LIMIT ?"
        params.append(limit)
        return [_statement(r) for r in self._all(sql, params)]

    def vectors(self, ids: Sequence[str], model: str) -> dict[str, bytes]:
        """The cached vectors of ``model`` for the statements ``ids`` that have one."""
        found: dict[str, bytes] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ", ".join("?" for _ in chunk)
            rows = self._all(
                "SELECT statement_id, vector FROM statement_vectors"
                f" WHERE model = ? AND statement_id IN ({marks})",
                [model, *chunk],
            )
            found.update((str(r[0]), bytes(r[1])) for r in rows)
        return found


def save_vectors(path: str | Path, model: str, vectors: Mapping[str, bytes]) -> int:
    """Cache ``vectors`` (statement id → bytes) of ``model`` in the store at ``path``; a vector
    already cached is kept. Returns how many were added.

    Raises:
        StoreError: the store cannot be opened or written (nothing is written then).
    """
    if not vectors:
        return 0
    store = StoreConnection.open(path)
    count = "SELECT count(*) FROM statement_vectors WHERE model = ?"
    try:
        with store._write() as conn:
            before = int(conn.execute(count, (model,)).fetchone()[0])
            conn.executemany(
                "INSERT INTO statement_vectors (statement_id, model, vector) VALUES (?, ?, ?)"
                " ON CONFLICT (statement_id, model) DO NOTHING",
                [(sid, model, blob) for sid, blob in vectors.items()],
            )
            return int(conn.execute(count, (model,)).fetchone()[0]) - before
    except store.ERRORS as e:
        raise StoreError(f"cannot cache sentence vectors in store {path}: {e}", code=E_WRITE) from e
    finally:
        store.close()
