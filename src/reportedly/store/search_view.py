"""A page of statements and what its view hides, read together (``Store.statement_view``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportedly.errors import InputError
from reportedly.store import pg_search, word_counts
from reportedly.store.base import (
    E_ARGUMENT,
    ActTally,
    Page,
    StatementFilter,
    check_limit,
    decode_cursor,
    encode_cursor,
)
from reportedly.store.dialect import Connection, is_postgres
from reportedly.store.kept_tally import SharedRead, kept_tally
from reportedly.store.sqlite_select import (
    STATEMENT_SORTS,
    listed_rows,
    select_statements,
    sort_key,
    statement_records,
    tally_acts,
)

_STATEMENT_KEY = (int, str, int, str)  # pub_order, article_id, extent_start, id


def page_key(sort: str, limit: int, after: str | None) -> tuple[int, tuple[Any, ...] | None]:
    """The checked page size and the key of the ``after`` cursor in the order ``sort``.

    Raises:
        InputError: a bad order, limit or cursor.
    """
    size = check_limit(limit)
    if sort not in STATEMENT_SORTS:
        raise InputError("sort", f"unknown order {sort!r:.40}", code=E_ARGUMENT)
    types = (float, *_STATEMENT_KEY) if sort == "confidence" else _STATEMENT_KEY
    return size, None if after is None else decode_cursor(after, types)


@dataclass(frozen=True)
class View:
    """A page, the tally of its filters, and (``fresh``) the state and key to share the
    tally under when it was counted rather than found kept."""

    page: Page
    tally: ActTally
    fresh: tuple[str, str] | None = None


def read_view(
    conn: Connection,
    tallied: StatementFilter,
    shown: StatementFilter,
    key: tuple[Any, ...] | None,
    size: int,
    sort: str,
    sure: float | None,
    cap: int | None,
    location: str | None,
    shared: SharedRead | None,
) -> View:
    """The page of ``size`` records of ``shown`` after ``key`` in the order ``sort``, and the
    tally (``sure``, ``cap``) of ``tallied``: kept or shared where it was counted before, else
    counted; on PostgreSQL, counting a first page's search alone also picks the page from the
    matches it reads, when they are all of them (:mod:`.pg_search`), unless the search is of
    one word in more than ``cap`` statements, whose tally is kept (:mod:`.word_counts`); where
    a kept count or tally says no more match, that pass runs from a plan made once. A first
    page of a search of one word, newest first, comes from the word's kept counts and list
    of newest statements when they tell (:func:`_listable`)."""
    listable = _listable(tallied, key, sort, sure)
    if listable:
        listed = listed_rows(conn, shown, size + 1)
        if listed is not None:
            word, first_rows = listed
            page = _page(conn, first_rows, size, sort)
            return View(page, word_counts.kept_word_tally(conn, word, sure))
    one_pass = (
        cap is not None
        and tallied.search is not None
        and is_postgres(conn)
        and (sort, key) == ("newest", None)
        and tallied == StatementFilter(search=tallied.search)
    )
    picked: list[list[Any] | None] = []
    read_not_counted = False  # the tally was found (shared or kept counts): nothing to share
    # the one pass looks for a tally another process shared inside its own query
    looks_up_shared = one_pass and shared is not None

    def one_pass_of(
        search: str, cap: int, share: tuple[str, str] | None, few: bool
    ) -> tuple[list[Any] | None, ActTally, bool]:
        return pg_search.page_and_tally(
            conn, search, shown.act, shown.min_confidence, sure, cap, size + 1, share, few=few
        )

    def count(share: tuple[str, str] | None) -> ActTally:
        nonlocal read_not_counted
        if not one_pass or cap is None or tallied.search is None:
            return tally_acts(conn, tallied, sure, cap)
        # a word in more statements than the cap: its exact tally is kept, and the pass
        # would only read its first matches for a lower bound (word_counts.py)
        kept_counts = word_counts.word_tally(conn, tallied.search, sure)
        if kept_counts is not None and sum(kept_counts.total.values()) > cap:
            read_not_counted = True
            return kept_counts
        # a word in no more: the pass reads its page with the tally, and a tally another
        # process shared would spare it nothing
        few = kept_counts is not None
        shared_here = share if looks_up_shared and not few else None
        rows, tally, read_not_counted = one_pass_of(tallied.search, cap, shared_here, few)
        picked.append(rows)
        return tally

    found = kept_tally(conn, location, tallied, sure, cap, count, None if one_pass else shared)
    rows = picked[0] if picked else None
    few = cap is not None and found.tally.exact and sum(found.tally.total.values()) <= cap
    if rows is None and one_pass and few and cap is not None and tallied.search is not None:
        # a kept tally says no more than the cap match: the pass lists them all from the
        # full-text index, as planned once for any search
        rows = one_pass_of(tallied.search, cap, None, True)[0]
    fresh = None if read_not_counted else found.fresh
    if rows is None:
        # the word's list was asked above where it could tell: not twice
        rows = select_statements(conn, shown, key, size + 1, sort, word_list=not listable)
    else:
        # counted with its page at no cost of its own: another process would gain nothing
        # from a shared copy, and writing one costs a query
        fresh = None
    return View(_page(conn, rows, size, sort), found.tally, fresh)


def _listable(
    tallied: StatementFilter, key: tuple[Any, ...] | None, sort: str, sure: float | None
) -> bool:
    """Whether the page is a first page, newest first, of a search of one word and nothing
    else but the page's act and confidence, whose exact tally the word's kept counts give
    (:mod:`.word_counts`): then the word's list of newest statements (:mod:`.word_pages`)
    may give the page."""
    search = tallied.search
    if (sort, key) != ("newest", None) or search is None or not word_counts.countable(sure):
        return False
    return tallied == StatementFilter(search=search)


def _page(conn: Connection, rows: list[Any], size: int, sort: str) -> Page:
    """The page of the first ``size`` of ``rows`` (read one beyond), with a cursor where
    there are more."""
    page = rows[:size]
    cursor = encode_cursor(sort_key(page[-1], sort)) if len(rows) > size else None
    return Page(items=tuple(statement_records(conn, page)), cursor=cursor)
