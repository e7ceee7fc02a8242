"""Quote records read from the store, with blocking through its full-text index.

Opens the store read-only (open it with ``Store.open`` first, which migrates it). A word's
rarity is the number of statements whose content holds it, counted in the full-text index
up to :data:`~reportedly.provenance.trace.MAX_POSTING`; so a trace reads only the statements
that share a rare word with the quote, however large the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from reportedly.errors import NotFound
from reportedly.provenance.outlets import OutletRegistry, default_registry
from reportedly.provenance.trace import (
    BLOCK_WORDS,
    MAX_POSTING,
    QuoteRecord,
    block_words,
    blocked,
)
from reportedly.store.dialect import is_postgres, prefix_match, redact
from reportedly.store.pg_text import tsquery
from reportedly.store.sqlite_conn import ReadOnlyStore

_MIN_PREFIX = 6
_CHUNK = 500  # ids per IN (…) list, well under SQLite's variable limit


def quote_text(content: str, quotes: list[str]) -> str:
    """The words to trace for a statement: its quoted parts when it has any, else its content."""
    return " … ".join(quotes) if quotes else content


class StoredQuotes(ReadOnlyStore):
    """Quote records read from a store file: a ``CandidateSource`` for ``trace_quote``."""

    reading = "quotes from store"

    def __init__(self, path: str | Path, registry: OutletRegistry | None = None) -> None:
        """Open the store at ``path`` read-only.

        Raises:
            StoreError: the file cannot be opened.
        """
        self.path = redact(str(path))  # named in messages: never a password
        self.registry = registry or default_registry()
        super().__init__(path)

    # -- lookups -------------------------------------------------------------------------------

    def statement(self, id_or_prefix: str) -> QuoteRecord:
        """The record of one stored statement, by id or unique id prefix (≥ 6 characters).

        Raises:
            NotFound: no statement matches, or several do.
        """
        wanted = id_or_prefix.strip().lower()
        rows = self._all("SELECT seq FROM statements WHERE id = ?", (wanted,))
        if not rows and len(wanted) >= _MIN_PREFIX and wanted.isalnum():
            condition, wildcard = prefix_match(self._conn, "id")
            rows = self._all(
                f"SELECT seq FROM statements WHERE {condition} LIMIT 2", (wanted + wildcard,)
            )
        if not rows:
            raise NotFound(f"no statement {id_or_prefix!r} in store {self.path}")
        if len(rows) > 1:
            raise NotFound(
                f"statement id prefix {id_or_prefix!r} matches several statements; give more",
                code="E406",
            )
        return self._records([int(rows[0]["seq"])])[0]

    def frequency(self, word: str, cap: int = MAX_POSTING) -> int:
        """How many statements' content holds ``word``, counted up to ``cap + 1``."""
        rows = self._all(
            f"SELECT count(*) FROM ({self._postings_sql()}) AS hits",
            (self._word_query(word), cap + 1),
        )
        return int(rows[0][0])

    def _postings_sql(self) -> str:
        """The statements (``seq``) whose content holds a word, up to a limit."""
        if is_postgres(self._conn):
            return "SELECT seq FROM statements WHERE fts @@ ?::tsquery LIMIT ?"
        return "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?"

    def _word_query(self, word: str) -> str:
        """The full-text query for ``word`` in the statement content only, as a phrase."""
        if is_postgres(self._conn):
            return tsquery(word, content_only=True) or "''"
        return 'content_text : "' + word.replace('"', '""') + '"'

    def candidates(self, text: str) -> list[QuoteRecord]:
        """Statements sharing the rarest words of ``text`` (blocking; see ``trace.blocked``)."""
        counted = [(self.frequency(w), w) for w in block_words(text)]
        rare = sorted((n, w) for n, w in counted if 0 < n <= MAX_POSTING)[:BLOCK_WORDS]
        postings = [
            [
                int(r[0])
                for r in self._all(self._postings_sql(), (self._word_query(word), MAX_POSTING))
            ]
            for _, word in rare
        ]
        return self._records(sorted(blocked(postings)))

    def __iter__(self) -> Iterator[QuoteRecord]:
        """Every stored statement, in store order, read a chunk at a time."""
        last = -1
        while True:
            rows = self._all(
                "SELECT seq FROM statements WHERE seq > ? ORDER BY seq LIMIT ?", (last, _CHUNK)
            )
            if not rows:
                return
            seqs = [int(r[0]) for r in rows]
            yield from self._records(seqs)
            last = seqs[-1]

    # -- rows to records -----------------------------------------------------------------------

    def _records(self, seqs: list[int]) -> list[QuoteRecord]:
        out: list[QuoteRecord] = []
        for start in range(0, len(seqs), _CHUNK):
            chunk = seqs[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = self._all(
                "SELECT s.seq, s.id, s.article_id, s.content_text, s.quotes, s.speaker_name,"
                " s.speaker_text, a.published, a.outlet, a.title, a.url FROM statements s"
                f" JOIN articles a ON a.id = s.article_id WHERE s.seq IN ({marks}) ORDER BY s.seq",
                chunk,
            )
            ids = [str(r["id"]) for r in rows]
            sources = self._sources(ids)
            out.extend(self._record(r, sources.get(str(r["id"]), ())) for r in rows)
        return out

    def _sources(self, ids: list[str]) -> dict[str, tuple[str, ...]]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self._all(
            "SELECT sc.statement_id, c.outlet FROM statement_citations sc"
            " JOIN citations c ON c.article_id = sc.article_id"
            " AND c.position = sc.citation_position"
            f" WHERE sc.statement_id IN ({marks}) ORDER BY sc.statement_id, c.position",
            ids,
        )
        found: dict[str, list[str]] = {}
        for r in rows:
            found.setdefault(str(r["statement_id"]), []).append(str(r["outlet"]))
        return {k: tuple(v) for k, v in found.items()}

    def _record(self, row: Any, sources: tuple[str, ...]) -> QuoteRecord:
        quotes = [str(q["text"]) for q in json.loads(row["quotes"])]
        outlet_name = row["outlet"]
        own = None
        if outlet_name:
            own = self.registry.match(str(outlet_name))
        if own is None and row["url"]:
            own = self.registry.by_domain(str(row["url"]))
        published = row["published"]
        return QuoteRecord(
            statement_id=str(row["id"]),
            text=quote_text(str(row["content_text"]), quotes),
            article_id=str(row["article_id"]),
            published=None if published is None else date.fromisoformat(str(published)),
            outlet=outlet_name or (own.name if own else None),
            outlet_id=None if own is None else own.id,
            title=row["title"],
            url=row["url"],
            speaker=row["speaker_name"] or row["speaker_text"],
            sources=sources,
        )
