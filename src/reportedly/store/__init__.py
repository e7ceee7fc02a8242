"""The store: analyses in SQLite, statement queries with full-text search, and exports.

``Store.open(path)`` opens (creating and migrating) a store; ``export`` streams statement
records to JSON Lines, CSV or Parquet. Every query returns the records of
:mod:`reportedly.serialize`.
"""

from reportedly.store.base import MAX_LIMIT, Page
from reportedly.store.export import FORMATS, ExportFormat, export
from reportedly.store.sqlite import Store

__all__ = ["FORMATS", "MAX_LIMIT", "ExportFormat", "Page", "Store", "export"]
