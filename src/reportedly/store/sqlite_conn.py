"""The store's connection: open, check and migrate a file, transactions, read-only.

SQLite here; :mod:`reportedly.store.pg` overrides what differs for PostgreSQL, and
:meth:`StoreConnection.open` and :func:`open_read_only` hand a ``postgresql://`` URL to it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

from reportedly.actors.registry import ActorRegistry
from reportedly.config import default_db_path
from reportedly.errors import StoreError
from reportedly.store.base import E_MIGRATE, E_NEWER, E_OPEN, E_READ
from reportedly.store.dialect import Connection, is_url, redact
from reportedly.store.schema import MIGRATIONS, MIGRATIONS_TABLE, Migration

_T = TypeVar("_T")

MEMORY = ":memory:"
E_PSYCOPG = "E410"  # a PostgreSQL URL, but psycopg is not installed
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _casefold(value: str | None) -> str | None:
    return None if value is None else str(value).casefold()


# Reads go through a memory map of the file (up to SQLite's own limit, 2 GB by default)
# instead of a read() into each connection's small page cache: a search at 1M statements
# reads ~1,000 rows scattered over the file, and their pages are then shared by every
# connection of every server process (the tally of a topic word: 2.5 -> 1.3 ms).
MMAP_BYTES = 1 << 32


def open_read_only(path: str | Path) -> Connection:
    """A read-only connection to the store at ``path`` (a file, or a PostgreSQL URL).

    Rows come back as :class:`sqlite3.Row` (or alike) and SQL has the store's ``casefold()``.
    The store is never created or migrated: open it with :meth:`Store.open` first.

    Raises:
        StoreError: the store cannot be opened (code E409; E410/E411 for PostgreSQL).
    """
    if is_url(path):
        conn: Connection = _postgres().connect(str(path), read_only=True)
        return conn
    try:
        uri = Path(path).expanduser().resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=10.0)
    except (sqlite3.Error, ValueError) as e:
        raise StoreError(f"cannot open store {path} read-only: {e}", code=E_READ) from e
    conn.row_factory = sqlite3.Row
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    try:
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    except sqlite3.DatabaseError as e:  # not a database: the first read says so
        conn.close()
        raise StoreError(f"cannot open store {path} read-only: {e}", code=E_READ) from e
    return conn


def _postgres() -> Any:
    """The PostgreSQL back end (:mod:`reportedly.store.pg`), imported when first needed.

    Raises:
        StoreError: psycopg is not installed (E410).
    """
    try:
        from reportedly.store import pg
    except ImportError as e:
        raise StoreError(
            f"a PostgreSQL store needs psycopg ({e}); install reportedly[postgres]", code=E_PSYCOPG
        ) from e
    return pg


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _check_file(path: Path) -> None:
    """Refuse, without touching it, a path that exists and is not an SQLite database."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file", code=E_OPEN)
    if not path.exists():
        return
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError as e:
        raise StoreError(f"cannot read store {path}: {e}", code=E_OPEN) from e
    if head and head != _SQLITE_MAGIC:
        raise StoreError(
            f"{path} is not a reportedly store (not an SQLite database); "
            "move it away or choose another path",
            code=E_OPEN,
        )


class _Closing:
    """An object holding one SQLite connection, closed by ``close()`` or a ``with`` block."""

    _conn: Any  # sqlite3.Connection, or PgConnection for PostgreSQL

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()

    @property
    def lost(self) -> bool:
        """Whether the connection is closed or broken (a PostgreSQL server gone away): a kept
        one is then opened again."""
        return bool(getattr(self._conn, "closed", False))

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open on the connection (one left open is not lent again)."""
        return bool(self._conn.in_transaction)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class ReadOnlyStore(_Closing):
    """A read-only connection to a store file for query layers (the API's readers, quote
    tracing), closed by ``close()`` or a ``with`` block. ``reading`` names what is read in
    error messages."""

    reading = "store"

    def __init__(self, path: str | Path) -> None:
        self._where = str(path)
        self._conn = open_read_only(path)
        self._errors: tuple[type[Exception], ...] = (sqlite3.Error,)
        if is_url(path):
            self._where = redact(str(path))
            self._errors = _postgres().PgStore.ERRORS

    def _reading(self, read: Callable[[Connection], _T]) -> _T:
        """Run ``read`` on the connection; a database failure becomes a StoreError naming it."""
        try:
            return read(self._conn)
        except self._errors as e:
            message = f"cannot read {self.reading} {self._where}: {e}"
            raise StoreError(message, code=E_READ) from e

    def _all(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Any]:
        rows: list[Any] = self._reading(lambda conn: conn.execute(sql, params).fetchall())
        return rows


class StoreConnection(_Closing):
    """An open, migrated store file and its transactions; :class:`Store` adds the queries."""

    # what a failed query raises, and the schema (PgStore has its own)
    ERRORS: ClassVar[tuple[type[Exception], ...]] = (sqlite3.Error,)
    MIGRATIONS: ClassVar[tuple[Migration, ...]] = MIGRATIONS
    MIGRATIONS_TABLE: ClassVar[str] = MIGRATIONS_TABLE

    def __init__(self, conn: Any, location: str) -> None:
        self._conn = conn
        self.path = location
        self._applied: tuple[str, ...] = ()
        # the actor registry whose names stored actors get (None: the packaged one)
        self.registry: ActorRegistry | None = None

    # -- opening and migrating -------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None) -> Self:
        """Open (creating and migrating as needed) the store at ``path``.

        Args:
            path: a file path, ``":memory:"``, a ``postgresql://`` URL (a :class:`PgStore`),
                or ``None`` for ``config.default_db_path()`` (``$REPORTEDLY_DB``).

        Raises:
            StoreError: the path is not an SQLite database, cannot be created, or holds a
                store made by a newer reportedly; the database cannot be reached (E411).
        """
        target = default_db_path() if path is None else path
        if is_url(target):
            store: Self = _postgres().PgStore.open(str(target))
            return store
        if str(target) == MEMORY:
            location = MEMORY
        else:
            file = Path(target).expanduser()
            _check_file(file)
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(
                    f"cannot create the folder of store {file}: {e}", code=E_OPEN
                ) from e
            location = str(file)
        try:
            conn = sqlite3.connect(location, isolation_level=None, timeout=10.0)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open store {location}: {e}", code=E_OPEN) from e
        store = cls(conn, location)
        try:
            conn.row_factory = sqlite3.Row
            conn.create_function("casefold", 1, _casefold, deterministic=True)
            conn.execute("PRAGMA foreign_keys = ON")
            store._check_ours()
            conn.execute("PRAGMA journal_mode = WAL")
            # Safe with WAL: a power cut may lose the last commits but never corrupts the file.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            store._migrate()
        except sqlite3.DatabaseError as e:
            conn.close()
            raise StoreError(f"cannot open store {location}: {e}", code=E_OPEN) from e
        except StoreError:
            conn.close()
            raise
        return store

    def _tables(self) -> set[str]:
        """The names of the tables in the database."""
        rows = self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(r[0]) for r in rows}

    def _check_ours(self) -> None:
        """Refuse, before writing anything, an SQLite database some other program made."""
        tables = self._tables()
        if tables and "migrations" not in tables:
            raise StoreError(
                f"{self.path} is an SQLite database but not a reportedly store "
                f"(it has tables {', '.join(sorted(tables)[:5])} and no migrations); "
                "choose another path",
                code=E_OPEN,
            )

    def _migrate(self) -> None:
        conn = self._conn
        # an up-to-date store is opened without taking the write lock: readers never queue
        if "migrations" not in self._tables():
            with self._write():
                conn.execute(self.MIGRATIONS_TABLE)
        known = [m.name for m in self.MIGRATIONS]
        applied = self._applied_names()
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StoreError(
                f"store {self.path} was made by a newer version of reportedly "
                f"(unknown migrations: {', '.join(unknown)}); upgrade reportedly to open it",
                code=E_NEWER,
            )
        for migration in self.MIGRATIONS:
            if migration.name in applied:
                continue
            try:
                with self._write():
                    # Another process may have applied it while we waited for the lock.
                    if migration.name in self._applied_names():
                        continue
                    for statement in migration.statements:
                        conn.execute(statement)
                    conn.execute(
                        "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                        (migration.name, _now()),
                    )
            except self.ERRORS as e:
                raise StoreError(
                    f"migration {migration.name} of store {self.path} failed: {e}", code=E_MIGRATE
                ) from e
        self._applied = tuple(self._applied_names())

    def _applied_names(self) -> list[str]:
        cur = self._conn.execute("SELECT name FROM migrations ORDER BY name")
        return [str(r[0]) for r in cur]

    @property
    def schema_version(self) -> int:
        """How many schema migrations this store has applied."""
        return len(self._applied)

    # How a write transaction starts (writers queue one at a time), and how a read
    # snapshot starts and ends; PgStore has its own.
    BEGIN_WRITE: ClassVar[tuple[str, ...]] = ("BEGIN IMMEDIATE",)
    BEGIN_READ: ClassVar[str] = "BEGIN"
    END_READ: ClassVar[str] = "COMMIT"

    @contextmanager
    def _write(self) -> Iterator[Any]:
        for statement in self.BEGIN_WRITE:
            self._conn.execute(statement)
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _begin_read(self) -> None:
        self._conn.execute(self.BEGIN_READ)

    def _end_read(self) -> None:
        self._conn.execute(self.END_READ)

    @contextmanager
    def _read(self, what: str) -> Iterator[Any]:
        """A consistent snapshot for several SELECTs; database errors become StoreError."""
        try:
            self._begin_read()
            try:
                yield self._conn
            finally:
                self._end_read()
        except self.ERRORS as e:
            raise StoreError(f"cannot read {what} from store {self.path}: {e}", code=E_READ) from e

    def stored_versions(self, ids: Sequence[str]) -> dict[str, dict[str, str]]:
        """The stage versions of those of ``ids`` that are stored, by article id: what an
        incremental run compares with the pipeline's (unreadable versions read as none)."""
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        with self._read("article versions") as conn:
            rows = conn.execute(
                f"SELECT id, versions FROM articles WHERE id IN ({marks})", list(ids)
            ).fetchall()
        return {str(r[0]): _versions(r[1]) for r in rows}


def _versions(raw: object) -> dict[str, str]:
    try:
        found = json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(k): str(v) for k, v in found.items()}
