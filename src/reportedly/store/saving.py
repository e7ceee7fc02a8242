"""Saving analyses and skips: one transaction each, with actor linking and the kept counts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportedly.errors import StoreError
from reportedly.model import Analysis
from reportedly.store import counts as kept
from reportedly.store import rows as rowmap
from reportedly.store import word_counts
from reportedly.store.base import E_WRITE
from reportedly.store.dialect import Connection
from reportedly.store.linking import link_analysis
from reportedly.store.sqlite_conn import StoreConnection, _now


class StoreWriter(StoreConnection):
    """The writes of :class:`reportedly.store.sqlite.Store` (both back ends)."""

    def save(self, a: Analysis, *, replace: bool = False) -> bool:
        """Store ``a`` in one transaction; a failure leaves the store as it was.

        Args:
            a: the analysis to store (its annotation is not stored).
            replace: replace the stored analysis of the same article instead of keeping it.

        Returns:
            Whether anything was written: ``False`` when the article is already stored and
            ``replace`` is false.

        Raises:
            InputError: a span of ``a`` lies outside its article text.
            StoreError: the write failed (and was rolled back).
        """
        rows = rowmap.to_rows(a, _now())
        try:
            with self._write() as conn:
                return self._save_rows(conn, a, rows, replace=replace)
        except self.ERRORS as e:
            raise StoreError(
                f"could not save article {a.article.id} ({a.article.source or 'no source'}) "
                f"to store {self.path}: {e}; nothing was written",
                code=E_WRITE,
            ) from e

    def save_many(self, analyses: Iterable[Analysis]) -> int:
        """Store ``analyses`` in one transaction (a bulk load: one commit for all), keeping
        articles already stored; a failure leaves the store as it was. Returns how many
        were written.

        Raises:
            InputError: a span lies outside its article text (nothing is written).
            StoreError: the write failed (and was rolled back).
        """
        batch = [(a, rowmap.to_rows(a, _now())) for a in analyses]
        try:
            with self._write() as conn:
                return sum(self._save_rows(conn, a, rows, replace=False) for a, rows in batch)
        except self.ERRORS as e:
            raise StoreError(
                f"could not save {len(batch)} articles to store {self.path}: {e};"
                " nothing was written",
                code=E_WRITE,
            ) from e

    def _save_rows(
        self, conn: Connection, a: Analysis, rows: rowmap.AnalysisRows, *, replace: bool
    ) -> bool:
        """Write the rows of ``a`` inside the open transaction (see :meth:`save`)."""
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (a.article.id,)).fetchone():
            if not replace:
                return False
            gone = kept.stored_article_counts(conn, a.article.id)
            gone_rows = kept.stored_article_rows(conn, a.article.id)
            gone_outlets = kept.stored_outlet_rows(conn, a.article.id)
            gone_speakers = kept.stored_speaker_rows(conn, a.article.id)
            word_counts.add_article(conn, a.article.id, -1)
            conn.execute("DELETE FROM articles WHERE id = ?", (a.article.id,))
            kept.add_counts(conn, gone, -1)
            kept.add_rows(conn, {t: -n for t, n in gone_rows.items()})
            kept.add_outlets(conn, gone_outlets, -1)
            kept.add_speakers(conn, gone_speakers, -1)
        self._insert("articles", (rows.article,))
        merges: list[tuple[str, str]] = []
        link_analysis(
            conn, a, rows.entities, rows.statements, registry=self.registry, merges=merges
        )
        for loser, survivor in merges:
            kept.forget(conn, loser)
            kept.recount(conn, survivor)
        kept.add_counts(conn, kept.article_counts(rows.entities, rows.statements))
        for table in ("entities", "statements", "citations", "statement_citations", "skips"):
            self._insert(table, getattr(rows, table))
        self._insert("events", rows.events)
        word_counts.add_article(conn, a.article.id)
        kept.add_rows(
            conn,
            {
                "articles": 1,
                "statements": len(rows.statements),
                "citations": len(rows.citations),
                "skips": len(rows.skips),
            },
        )
        kept.add_outlets(conn, kept.outlet_rows(rows.article, rows.citations))
        kept.add_speakers(conn, kept.speaker_rows(rows.statements))
        return True

    def _insert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        )
        self._conn.executemany(sql, ([row[c] for c in columns] for row in rows))

    def save_skip(self, source: str, stage: str, code: str, reason: str) -> bool:
        """Record that ``source`` failed at ``stage`` before it could be analysed.

        The same (source, stage, code) recorded again updates its reason and time.

        Returns:
            Whether this (source, stage, code) is new.

        Raises:
            StoreError: the write failed.
        """
        try:
            with self._write() as conn:
                seen = conn.execute(
                    "SELECT 1 FROM skips WHERE article_id IS NULL AND source = ? AND stage = ? "
                    "AND code = ?",
                    (source, stage, code),
                ).fetchone()
                if seen is None:
                    kept.add_rows(conn, {"skips": 1})
                conn.execute(
                    "INSERT INTO skips (source, stage, code, reason, added_at) "
                    "VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (source, stage, code) WHERE article_id IS NULL "
                    "DO UPDATE SET reason = excluded.reason, added_at = excluded.added_at",
                    (source, stage, code, reason, _now()),
                )
        except self.ERRORS as e:
            raise StoreError(
                f"could not record the skip of {source} in store {self.path}: {e}", code=E_WRITE
            ) from e
        return seen is None
