"""The store (SQLite; PgStore reuses it): opened and migrated by ``sqlite_conn``, written by
``saving``, its statements read by ``statement_reads``; events, articles and actors read here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from reportedly.model import Analysis
from reportedly.store import counts as kept
from reportedly.store import rows as rowmap
from reportedly.store.base import (
    Page,
    check_language,
    check_limit,
    decode_cursor,
    encode_cursor,
)
from reportedly.store.sqlite_actors import ACTOR_KEY, actor_cursor, select_actor, select_actors
from reportedly.store.sqlite_articles import load_article, resolve_article, select_articles
from reportedly.store.sqlite_conn import MEMORY, open_read_only
from reportedly.store.sqlite_events import (
    EVENT_KEY,
    event_cursor,
    event_record,
    make_event_filter,
    select_events,
)
from reportedly.store.statement_reads import StatementReads, every_page

__all__ = ["MEMORY", "Store", "open_read_only"]

_ARTICLE_KEY = (int, str)  # pub_order, id


class Store(StatementReads):
    """Analyses stored in SQLite (or PostgreSQL: :class:`reportedly.store.pg.PgStore`).

    Open with :meth:`Store.open`; use as a context manager.
    """

    # -- reading ---------------------------------------------------------------------

    def events(
        self,
        *,
        type: str | Sequence[str] | None = None,
        actor: str | None = None,
        towards: str | None = None,
        since: date | None = None,
        until: date | None = None,
        modality: str | Sequence[str] | None = None,
        article: str | None = None,
        statement: str | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page:
        """One page of event records (``sqlite_events.event_record`` dicts), in timeline order:
        by event date, else publication date, oldest first, undated last.

        Args:
            type: PLOVER type(s), e.g. ``"REJECT"`` or ``["REQUEST", "AGREE"]``.
            actor: the source: an actor code (``RUS``), an actor id, or a name or alias;
                words that name no known actor match a substring of the source's name.
            towards: the target, read as ``actor`` is.
            since: earliest event date (else publication date), inclusive.
            until: latest event date (else publication date), inclusive.
            modality: ``asserted``, ``negated``, ``hypothetical``, ``conditional``,
                ``demanded`` (one or several).
            article: an article id or unique id prefix.
            statement: a statement id.
            limit: page size, at most 1000.
            after: the cursor of the previous page.

        Raises:
            InputError: a bad type, modality, date, limit or cursor.
            NotFound: ``article`` matches no article or several.
            StoreError: the query failed.
        """
        size = check_limit(limit)
        key = None if after is None else decode_cursor(after, EVENT_KEY)
        with self._read("events") as conn:
            filters = make_event_filter(
                conn,
                type=type,
                actor=actor,
                towards=towards,
                since=since,
                until=until,
                modality=modality,
                article=None if article is None else resolve_article(conn, article, self.path),
                statement=statement,
                registry=self.registry,
            )
            found = select_events(conn, filters, key, size + 1)
        page = found[:size]
        cursor = encode_cursor(event_cursor(page[-1])) if len(found) > size else None
        return Page(items=tuple(event_record(r) for r in page), cursor=cursor)

    def iter_event_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every event record matching ``filters`` (as :meth:`events`), streamed by pages."""
        return every_page(self.events, filters)

    def article(self, id_or_prefix: str) -> Analysis:
        """The stored analysis of one article (its annotation is ``None``).

        Args:
            id_or_prefix: an article id or a unique prefix of at least 6 hex characters.

        Raises:
            NotFound: no article matches, or the prefix matches several.
            StoreError: the stored rows are damaged or the query failed.
        """
        with self._read(f"article {id_or_prefix}") as conn:
            return load_article(conn, resolve_article(conn, id_or_prefix, self.path), self.path)

    def articles(
        self, limit: int = 50, after: str | None = None, *, language: str | None = None
    ) -> Page:
        """One page of article summaries (no text), newest first, undated last; only those
        in ``language`` (a code such as ``"ru"``) when given.

        Raises:
            InputError: a bad limit, cursor or language code.
            StoreError: the query failed.
        """
        size = check_limit(limit)
        key = None if after is None else decode_cursor(after, _ARTICLE_KEY)
        with self._read("articles") as conn:
            found = select_articles(conn, check_language(language), key, size + 1)
        page = found[:size]
        cursor = None
        if len(found) > size:
            cursor = encode_cursor((page[-1]["pub_order"], page[-1]["id"]))
        return Page(items=tuple(rowmap.article_summary(r) for r in page), cursor=cursor)

    def actors(self, *, search: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Stored actors with mention, statement and article counts, busiest first (the
        first page of :meth:`actor_page`).

        Raises:
            InputError: a bad limit.
            StoreError: the query failed.
        """
        return list(self.actor_page(search=search, limit=limit).items)

    def actor_page(
        self, *, search: str | None = None, limit: int = 50, after: str | None = None
    ) -> Page:
        """One page of stored actors with mention, statement and article counts, busiest
        first (counts kept at write time, so a page costs no counting).

        Args:
            search: words of any name the actor is known by, or of its id.
            limit: page size, at most 1000.
            after: the cursor of the previous page.

        Raises:
            InputError: a bad limit or cursor.
            StoreError: the query failed.
        """
        size = check_limit(limit)
        key = None if after is None else decode_cursor(after, ACTOR_KEY)
        with self._read("actors") as conn:
            found = select_actors(conn, search, size + 1, key)
        page = found[:size]
        cursor = encode_cursor(actor_cursor(page[-1])) if len(found) > size else None
        return Page(items=tuple(page), cursor=cursor)

    def actor(self, actor_id: str, *, statements: int = 10) -> dict[str, Any]:
        """One actor: counts, names, roles from articles and its latest ``statements``.

        Raises:
            NotFound: no such actor (an id merged into another leads to the survivor).
            StoreError: the query failed.
        """
        with self._read(f"actor {actor_id}") as conn:
            return select_actor(conn, actor_id, self.path, check_limit(statements))

    def counts(self) -> dict[str, int]:
        """How many articles, statements, citations and skips are stored (kept at write
        time: no table is counted)."""
        with self._read("counts") as conn:
            return kept.table_rows(conn)
