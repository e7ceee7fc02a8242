"""The store: analyses in SQLite or PostgreSQL, statement queries with full-text search, exports.

``open_store(path_or_url)`` (or ``Store.open``) opens, creating and migrating, a store: an
SQLite file (the default) or a ``postgresql://`` database (:mod:`reportedly.store.pg`, with
the ``postgres`` extra). ``export`` streams statement records to JSON Lines, CSV or Parquet.
Every query returns the records of :mod:`reportedly.serialize`. Only this package reads or
writes the database.

Layout: ``base``, ``rows``, ``writers``, ``sql`` are dialect-free; the ``sqlite*`` modules,
``saving``, ``linking``, ``queries`` and ``quotes`` hold SQL both back ends run (``?`` placeholders,
:mod:`reportedly.store.dialect` where they differ); ``sqlite_conn``/``schema`` and
``pg``/``pg_schema``/``pg_text`` are each back end's connection, schema and search.

Adding a migration: append a ``Migration`` with the name given to you (``0013_…``) to
``schema.MIGRATIONS`` (SQLite DDL) and one of the same name to ``pg_schema._RELEASED``
(PostgreSQL DDL: text columns ``COLLATE "C"``, ``BIGINT`` for integers, ``DOUBLE PRECISION``
for reals, ``BYTEA`` for blobs, an identity column where SQLite relies on ``rowid``); a
PostgreSQL twin written before its SQLite migration is merged goes in ``pg_schema._AHEAD``
and joins the list once ``schema.py`` has its name. Never edit a released one;
``tests/store/test_postgres.py`` checks that the two lists have the same names, and
``pytest --backend postgresql`` runs the store suites on the PostgreSQL schema.
"""

from pathlib import Path

from reportedly.store.base import MAX_LIMIT, Page
from reportedly.store.export import FORMATS, ExportFormat, export
from reportedly.store.sqlite import Store

__all__ = ["FORMATS", "MAX_LIMIT", "ExportFormat", "Page", "Store", "export", "open_store"]


def open_store(target: str | Path | None = None) -> Store:
    """Open (creating and migrating) the store at ``target``: an SQLite file path,
    ``":memory:"``, a ``postgresql://`` URL, or ``None`` for ``$REPORTEDLY_DB`` / the default
    file. The same as :meth:`Store.open`."""
    return Store.open(target)
