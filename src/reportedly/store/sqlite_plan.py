"""Whether an SQLite listing with a speaker or outlet filter walks the order index.

A search whose word is in thousands of statements walks ``statements_order`` (newest
first) and tests each row, which finds a page after a few thousand rows: but with a speaker
or an outlet filter the walk passes every row that fails either test, and "grain" in one
outlet's statements (8,000 matches, the outlet's 3%) walked ~200,000 rows: 61 ms, where
listing the matches and sorting those the filter keeps took 22. Both plans return the same
rows; this only picks the cheaper, from counts kept at write time. Without words, the
same filters are looked up by their own indexes and every statement they keep is sorted,
unless they keep so many that the walk meets a page sooner: a page of TSN's 91,000
statements took 262 ms sorted.
"""

from __future__ import annotations

from reportedly.store.base import StatementFilter
from reportedly.store.dialect import Connection


def filters_keep(conn: Connection, f: StatementFilter, total: int) -> int | None:
    """About how many of the ``total`` statements ``f``'s speaker and outlet filters keep
    (``None``: it has neither). Outlet names count articles (each about ``total`` /
    articles statements) and citations; speaker names count statements, as written and as
    resolved. Two filters are taken as independent."""
    shares: list[float] = []
    if f.outlet is not None:
        row = conn.execute(
            "SELECT coalesce(sum(CASE WHEN role = 'published' THEN rows ELSE 0 END), 0),"
            " coalesce(sum(CASE WHEN role = 'cited' THEN rows ELSE 0 END), 0),"
            " (SELECT rows FROM table_counts WHERE name = 'articles')"
            " FROM outlet_counts WHERE rows > 0 AND instr(casefold(name), ?) > 0",
            (f.outlet.casefold(),),
        ).fetchone()
        per_article = total / max(int(row[2] or 0), 1)
        shares.append((int(row[0]) * per_article + int(row[1])) / max(total, 1))
    if f.speaker is not None:
        row = conn.execute(
            "SELECT coalesce(sum(rows), 0) FROM speaker_names"
            " WHERE rows > 0 AND instr(folded, ?) > 0",
            (f.speaker.casefold(),),
        ).fetchone()
        shares.append(int(row[0]) / max(total, 1))
    if not shares:
        return None
    kept = float(total)
    for share in shares:
        kept *= min(share, 1.0)
    return int(kept)


def list_is_shorter(
    conn: Connection, f: StatementFilter, found: int, total: int, page: int
) -> bool:
    """Whether listing the ``found`` matches of ``f``'s words reads fewer rows than walking
    the order index for ``page`` rows through its speaker and outlet filters: the walk
    passes about ``page`` × ``total``² / (``found`` × kept) rows, the rows being
    independent of the words."""
    kept = filters_keep(conn, f, total)
    if kept is None:
        return False
    return page * total * total > found * found * max(kept, 1)


def walk_is_shorter(conn: Connection, f: StatementFilter, total: int, page: int) -> bool:
    """Whether walking the order index for ``page`` rows through ``f``'s speaker and outlet
    filters (about ``page`` × ``total`` / kept rows) reads fewer rows than sorting every
    statement they keep."""
    kept = filters_keep(conn, f, total)
    return kept is not None and kept * kept > page * total
