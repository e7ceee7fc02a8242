"""The statement reads of :class:`reportedly.store.sqlite.Store` (both back ends): a page,
a count, what a view of one act hides (the tally), and a page with its tally from one snapshot."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from reportedly.store.base import (
    MAX_LIMIT,
    ActTally,
    Page,
    StatementFilter,
    encode_cursor,
    make_filter,
)
from reportedly.store.dialect import Connection, is_url
from reportedly.store.kept_tally import kept_tally
from reportedly.store.saving import StoreWriter
from reportedly.store.search_view import page_key, read_view
from reportedly.store.sqlite_articles import resolve_article
from reportedly.store.sqlite_conn import MEMORY
from reportedly.store.sqlite_select import (
    count_statements,
    select_statements,
    sort_key,
    statement_records,
    tally_acts,
)


class StatementReads(StoreWriter):
    """The statement queries of :class:`reportedly.store.sqlite.Store`."""

    def statements(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        outlet: str | None = None,
        since: date | None = None,
        until: date | None = None,
        kind: str | None = None,
        article: str | None = None,
        act: str | None = None,
        min_confidence: float | None = None,
        language: str | None = None,
        min_speaker_confidence: float | None = None,
        sort: str = "newest",
        limit: int = 50,
        after: str | None = None,
    ) -> Page:
        """One page of statement records (``serialize.statement_record`` dicts), newest first.

        Args:
            speaker: case-insensitive substring of the speaker's resolved name or mention.
            search: words that must all occur in the content or speaker name (full text).
            outlet: case-insensitive substring of the article's outlet or of a citation
                covering the statement.
            since: earliest publication date (inclusive); undated articles are left out.
            until: latest publication date (inclusive); undated articles are left out.
            kind: ``"direct"``, ``"mixed"`` or ``"indirect"``.
            article: an article id or unique id prefix.
            act: ``"speech"``, ``"belief"``, ``"intent"`` or ``"other"`` (``None``: every act).
            min_confidence: leave out statements of a lower confidence (0–1).
            language: only statements of articles in this language (``"en"``, ``"ru"``,
                ``"uk"``, ``"und"``: undetermined).
            min_speaker_confidence: leave out statements whose resolved speaker has a lower
                speaker confidence (0–1); those with no resolved speaker are kept.
            sort: ``"newest"`` (newest article first, then in text order) or
                ``"confidence"`` (the likeliest first, then as ``"newest"``).
            limit: page size, at most 1000.
            after: the cursor of the previous page.

        Raises:
            InputError: a bad kind, act, confidence, order, limit or cursor.
            NotFound: ``article`` matches no article or several.
            StoreError: the query failed.
        """
        filters = make_filter(
            speaker=speaker,
            search=search,
            outlet=outlet,
            since=since,
            until=until,
            kind=kind,
            article=article,
            act=act,
            min_confidence=min_confidence,
            language=language,
            min_speaker_confidence=min_speaker_confidence,
        )
        size, key = page_key(sort, limit, after)
        with self._read("statements") as conn:
            filters = self._resolved(conn, filters)
            found = select_statements(conn, filters, key, size + 1, sort)
            page = found[:size]
            records = statement_records(conn, page)
        cursor = None
        if len(found) > size:
            cursor = encode_cursor(sort_key(page[-1], sort))
        return Page(items=tuple(records), cursor=cursor)

    def statement_count(self, **filters: Any) -> int:
        """How many statements match ``filters`` (those of :meth:`statements`).

        Raises:
            InputError, NotFound, StoreError: as :meth:`statements`.
        """
        checked = make_filter(**filters)
        with self._read("statements") as conn:
            return count_statements(conn, self._resolved(conn, checked))

    def statement_acts(self, **filters: Any) -> dict[str, int]:
        """How many statements of each act match ``filters`` (as :meth:`statements`, whose
        ``act`` is ignored): what a view of one act hides."""
        return dict(self.statement_tally(**filters).total)

    def statement_tally(
        self, *, sure: float | None = None, cap: int | None = None, **filters: Any
    ) -> ActTally:
        """For each act, how many statements match ``filters`` (as :meth:`statements`, whose
        ``act`` is ignored) and how many of them reach confidence ``sure``: what a view of one
        act hides, in one pass. With ``cap``, at most ``cap + 1`` matches are read: past that
        the tally is not exact and its counts are lower bounds (a web request stays quick
        when a word is in half the store)."""
        checked = make_filter(**{k: v for k, v in filters.items() if k != "act"})
        location = self._location()
        with self._read("statements") as conn:
            resolved = self._resolved(conn, checked)
            found = kept_tally(
                conn,
                location,
                resolved,
                sure,
                cap,
                lambda _: tally_acts(conn, resolved, sure, cap),
                self._shared_tally,
            )
        if found.fresh is not None and location is not None:
            self._share_tally(location, *found.fresh, found.tally)
        return found.tally

    def statement_view(
        self,
        *,
        act: str | None = None,
        shown_confidence: float | None = None,
        sure: float | None = None,
        cap: int | None = None,
        sort: str = "newest",
        limit: int = 50,
        after: str | None = None,
        **filters: Any,
    ) -> tuple[Page, ActTally]:
        """A page of :meth:`statements` of ``act`` and the :meth:`statement_tally` (``sure``,
        ``cap``) of ``filters``, what that view hides, from one snapshot (see :func:`.read_view`);
        ``shown_confidence`` leaves the statements below it out of the page, not the tally.

        Raises:
            InputError, NotFound, StoreError: as :meth:`statements`.
        """
        checked = make_filter(**filters)
        confidences = [c for c in (checked.min_confidence, shown_confidence) if c is not None]
        shown = make_filter(
            **{**filters, "min_confidence": max(confidences, default=None)}, act=act
        )
        size, key = page_key(sort, limit, after)
        location = self._location()
        with self._read("statements") as conn:
            resolved = self._resolved(conn, checked)
            shown = replace(shown, article=resolved.article)
            view = read_view(
                conn, resolved, shown, key, size, sort, sure, cap, location, self._shared_tally
            )
        if view.fresh is not None and location is not None:
            self._share_tally(location, *view.fresh, view.tally)
        return view.page, view.tally

    # SQLite counts a tally in about a millisecond and a write would wait for a running
    # save: its tallies stay in each process (PgStore shares them)
    def _shared_tally(self, conn: Connection, state: str, key: str) -> ActTally | None:
        """The tally another process of the store counted under ``state`` (SQLite: none)."""
        return None

    def _share_tally(self, location: str, state: str, key: str, tally: ActTally) -> None:
        """Keep a tally counted here for the store's other processes (SQLite: no)."""

    def _location(self) -> str | None:
        """Where this store is, to key what is kept of it per process: its URL, or its file
        and inode (a file deleted and made again is another store); ``None`` in memory."""
        if self.path is None or str(self.path) == MEMORY:
            return None
        if is_url(self.path):
            return str(self.path)
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return f"{self.path}:{found.st_dev}:{found.st_ino}"

    def _resolved(self, conn: Connection, filters: StatementFilter) -> StatementFilter:
        """``filters`` with an article id prefix resolved to the article's id."""
        if filters.article is None:
            return filters
        return replace(filters, article=resolve_article(conn, filters.article, self.path))

    def iter_statement_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every statement record matching ``filters`` (as :meth:`statements`), streamed.

        Reads a page of 1000 at a time, so memory stays flat whatever the store's size.
        """
        return every_page(self.statements, filters)


def every_page(query: Callable[..., Page], filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every record ``query`` returns for ``filters``, read a page of MAX_LIMIT at a time from
    the given ``after`` cursor on (``limit`` is ignored)."""
    filters = dict(filters)
    filters.pop("limit", None)
    cursor = filters.pop("after", None)
    while True:
        page = query(limit=MAX_LIMIT, after=cursor, **filters)
        yield from page.items
        if page.cursor is None:
            return
        cursor = page.cursor
