"""What a store holds, for comparing two runs' stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# the columns that record when or in what order a row was written
WRITTEN = {"added_at", "seq", "created_at"}


def stored(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, less the write times, in a stable order."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {}
        for table in tables:
            if table.startswith("statements_fts") or table == "migrations":
                continue
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = ", ".join(c for c in columns if c not in WRITTEN)
            found[table] = sorted(conn.execute(f"SELECT {keep} FROM {table}").fetchall(), key=repr)
    return found
