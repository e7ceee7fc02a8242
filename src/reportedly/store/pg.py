"""The PostgreSQL store (psycopg 3): connect, check and migrate a database, transactions.

:class:`PgStore` is :class:`reportedly.store.sqlite.Store` with a PostgreSQL connection: the
queries are shared, written once with ``?`` placeholders, which :class:`PgConnection` turns
into psycopg's. Open it with ``Store.open("postgresql://…")`` (or ``open_store``); the
``postgres`` extra installs psycopg.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, ClassVar, Self

import psycopg
from psycopg.rows import RowMaker

from reportedly.errors import StoreError
from reportedly.store import pg_tally, pg_text
from reportedly.store.base import ActTally
from reportedly.store.dialect import Connection, redact
from reportedly.store.pg_schema import MIGRATIONS, MIGRATIONS_TABLE
from reportedly.store.sqlite import Store

# Error codes of the PostgreSQL back end (the others are the store's, E401–E409).
E_CONNECT = "E411"  # the database cannot be reached or refused the connection
E_FOREIGN = "E412"  # the database holds tables of another program

# Every write transaction takes this advisory lock first, so writers queue one at a time as
# SQLite's BEGIN IMMEDIATE makes them: a save's check-then-insert and actor linking stay
# correct with many writers.
_WRITE_LOCK = 0x7265706F72746564  # "reported"
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


class PgRow:
    """A result row by column name or by index, as ``sqlite3.Row``."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key: str | int) -> Any:
        return self._values[self._index[key] if isinstance(key, str) else key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def keys(self) -> list[str]:
        """The column names, in order (``dict(row)`` uses them)."""
        return list(self._index)


def _rows(cursor: Any) -> RowMaker[PgRow]:
    names = [c.name for c in cursor.description or ()]
    index = {name: i for i, name in enumerate(names)}
    return lambda values: PgRow(index, values)


@lru_cache(maxsize=1024)
def pg_sql(sql: str) -> str:
    """``sql`` with ``?`` placeholders as psycopg's ``%s`` (and a literal ``%`` doubled);
    quoted strings and names are left alone."""

    def swap(m: re.Match[str]) -> str:
        token = m.group(0)
        return "%s" if token == "?" else "%%" if token == "%" else token

    return _TOKEN.sub(swap, sql)


def _no_nul(value: Any) -> Any:
    if isinstance(value, list):  # an array value (``= ANY(?)``)
        return [_no_nul(v) for v in value]
    return value.replace("\x00", "\uffff") if isinstance(value, str) else value


class PgConnection:
    """A psycopg connection that runs the store's shared SQL (``?`` placeholders)."""

    dialect = "postgresql"

    def __init__(self, conn: psycopg.Connection[PgRow]) -> None:
        self._conn = conn
        self._begin: str | None = None  # a BEGIN not sent yet (see begin_with_next)

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[PgRow]:
        """Run one statement; the cursor iterates (or fetches) its rows.

        PostgreSQL refuses NUL in any text value, where SQLite just finds no row holding
        one; so a NUL in a query value becomes U+FFFF, a noncharacter no stored text holds,
        and the query still finds nothing. (Inserts go through :meth:`executemany`, where a
        NUL fails the save instead: E405, nothing written.)
        """
        values = [_no_nul(v) for v in parameters]
        begin = self._take_begin()
        if begin is not None:
            # both in one round trip; the statement is still prepared as psycopg does after
            # a few runs (PostgreSQL then keeps the plan of one without values)
            with self._conn.pipeline():
                self._conn.execute(begin)
                cur = self._conn.execute(pg_sql(sql), values)
            return cur
        return self._conn.execute(pg_sql(sql), values)

    def execute_generic(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[PgRow]:
        """:meth:`execute` a statement whose best plan is the same for any values, inside a
        transaction: prepared at once and planned once per connection (PostgreSQL's generic
        plan), where every other statement is planned for its values (:func:`connect`).
        Planning a search's one pass over a rare word's matches cost as much backend CPU as
        running it (1 ms of 2 at 100k statements). The plan mode is set for this statement
        alone, in the same round trip."""
        values = [_no_nul(v) for v in parameters]
        begin = self._take_begin()
        with self._conn.pipeline():
            if begin is not None:
                self._conn.execute(begin)
            self._conn.execute("SET LOCAL plan_cache_mode = force_generic_plan")
            cur = self._conn.execute(pg_sql(sql), values, prepare=True)
            self._conn.execute("SET LOCAL plan_cache_mode = force_custom_plan")
        return cur

    def begin_with_next(self, begin: str) -> None:
        """Start a transaction with ``begin`` when the next statement is sent, in the same
        round trip."""
        self._begin = begin

    def drop_unsent_begin(self) -> bool:
        """Forget a :meth:`begin_with_next` no statement followed (nothing to end); whether
        there was one."""
        return self._take_begin() is not None

    def _take_begin(self) -> str | None:
        """The BEGIN :meth:`begin_with_next` left to send, now no longer pending."""
        begin, self._begin = self._begin, None
        return begin

    def executemany(self, sql: str, parameters: Any, /) -> None:
        """Run one statement for each parameter sequence."""
        begin = self._take_begin()
        if begin is not None:
            self._conn.execute(begin)
        with self._conn.cursor() as cur:
            cur.executemany(pg_sql(sql), [list(p) for p in parameters])

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open on the connection (as ``sqlite3.Connection`` says),
        or starts with the next statement."""
        idle = self._conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        return self._begin is not None or not idle

    @property
    def closed(self) -> bool:
        """Whether the connection is closed, or broken (the server went away)."""
        return bool(self._conn.closed or self._conn.broken)


def connect(url: str, *, read_only: bool = False) -> PgConnection:
    """A connection (autocommit: transactions are explicit) to the database at ``url``.

    Raises:
        StoreError: the database cannot be reached (E411).
    """
    try:
        conn = psycopg.connect(url, autocommit=True, row_factory=_rows, connect_timeout=10)
        # psycopg prepares a query run five times, and PostgreSQL may then plan it once for
        # any value: a search plan fit for a rare word read 800k rows for "the" (86 ms, not
        # 1.5): plan each query for its own values
        conn.execute("SET plan_cache_mode = force_custom_plan")
        # every query reads a page or one article's rows: starting a parallel worker costs
        # more (~9 ms) than the few thousand rows it shares, and on a server it takes a core
        # from the other requests
        conn.execute("SET max_parallel_workers_per_gather = 0")
        if read_only:
            conn.execute("SET default_transaction_read_only = on")
    except psycopg.Error as e:
        raise StoreError(f"cannot connect to store {redact(url)}: {e}", code=E_CONNECT) from e
    return PgConnection(conn)


class PgStore(Store):
    """Analyses stored in PostgreSQL: every query of :class:`Store`, on a database URL."""

    ERRORS: ClassVar[tuple[type[Exception], ...]] = (psycopg.Error,)
    # every writer takes the advisory lock first (see _WRITE_LOCK)
    BEGIN_WRITE = ("BEGIN", f"SELECT pg_advisory_xact_lock({_WRITE_LOCK})")
    BEGIN_READ = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
    # a read-only transaction has nothing to undo: COMMIT ends it as ROLLBACK would, but
    # psycopg drops every statement it prepared on the connection when it sees a ROLLBACK
    # (and sends DEALLOCATE ALL before the next), so each read would parse and plan anew
    END_READ = "COMMIT"
    MIGRATIONS = MIGRATIONS
    MIGRATIONS_TABLE = MIGRATIONS_TABLE

    @classmethod
    def open(cls, path: Any = None) -> Self:
        """Open (creating the tables and migrating as needed) the store at the URL ``path``.

        Raises:
            StoreError: the database cannot be reached, holds another program's tables, or a
                store made by a newer reportedly.
        """
        url = str(path)
        conn = connect(url)
        store = cls(conn, redact(url))
        try:
            store._check_ours()
            store._migrate()
        except StoreError:
            conn.close()
            raise
        except psycopg.Error as e:
            conn.close()
            raise StoreError(f"cannot open store {store.path}: {e}", code=E_CONNECT) from e
        return store

    def _begin_read(self) -> None:
        # a read's first statement (a search's: the store's state) carries its BEGIN
        self._conn.begin_with_next(self.BEGIN_READ)

    def _end_read(self) -> None:
        if not self._conn.drop_unsent_begin():
            self._conn.execute(self.END_READ)

    def _shared_tally(self, conn: Connection, state: str, key: str) -> ActTally | None:
        """The tally another process of this database counted under ``state``."""
        return pg_tally.read_shared(conn, state, key)

    def _share_tally(self, location: str, state: str, key: str, tally: ActTally) -> None:
        """Keep a tally counted here for this database's other processes."""
        pg_tally.write_shared(self._conn, location, state, key, tally)

    def _tables(self) -> set[str]:
        rows = self._conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
        return {str(r[0]) for r in rows}

    def _check_ours(self) -> None:
        tables = self._tables()
        if tables and "migrations" not in tables:
            raise StoreError(
                f"{self.path} is a PostgreSQL database but not a reportedly store "
                f"(it has tables {', '.join(sorted(tables)[:5])} and no migrations); "
                "choose another database or schema",
                code=E_FOREIGN,
            )

    def _insert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        # PostgreSQL keeps booleans and integers apart; the schema stores flags as integers
        fixed: list[dict[str, Any]] = [
            {k: int(v) if isinstance(v, bool) else v for k, v in r.items()} for r in rows
        ]
        if table == "statements":
            for row in fixed:
                row["fts"] = pg_text.tsvector(str(row["content_text"]), row.get("speaker_name"))
        super()._insert(table, fixed)
