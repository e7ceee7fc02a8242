"""A search's first page and what its view hides, from one pass over the matches (PostgreSQL).

The first page of a word search shows what its view hides (:func:`.sqlite_select.tally_acts`,
up to ``cap + 1`` matches) beside the page itself, and both read the word's matches: for a
word in a few hundred of a million statements PostgreSQL listed them from the full-text index
and read every match's row for the page, then did both again for the tally. Here the first
``cap + 1`` matches are read once, with their act, confidence and order keys. When they are
all the matches, the page is picked from them; when there are more, they give the tally only
and the page is found as :func:`.sqlite_select.select_statements` finds it. The same statement
first looks for the tally another process shared (:mod:`.pg_tally`), and reads no match
when it is there: one round trip where a lookup and the pass took two.
"""

from __future__ import annotations

from typing import Any

from reportedly.store import pg_text
from reportedly.store.base import ActTally
from reportedly.store.dialect import Connection
from reportedly.store.kept_tally import shared_tally
from reportedly.store.sqlite_select import CITED_SELECT, STATEMENT_SELECT

_ORDER = ("pub_order", "article_id", "extent_start", "id")


def _order_by(alias: str) -> str:
    return ", ".join(f"{alias}.{column}" for column in _ORDER)


def page_and_tally(
    conn: Connection,
    search: str,
    act: str | None,
    min_confidence: float | None,
    sure: float | None,
    cap: int,
    limit: int,
    shared: tuple[str, str] | None = None,
    few: bool = False,
) -> tuple[list[Any] | None, ActTally, bool]:
    """The tally of the statements matching ``search`` (``sure``, ``cap``: as ``tally_acts``)
    and, when no more than ``cap`` match, the first ``limit`` rows (newest first, as
    ``select_statements`` returns them) of those of act ``act`` and confidence at least
    ``min_confidence`` (``None``: any); the rows are ``None`` when more match. With
    ``shared`` (a state and key of ``search_tallies``), a tally kept there is taken instead
    (the rows are then ``None``), and the last value says so. ``few``: ``search`` is known
    to match no more than ``cap`` statements (a word's kept count, a kept tally), so the
    matches are always best listed from the full-text index, whatever the words: the
    statement is then planned once for any (:meth:`.PgConnection.execute_generic`); a plan
    for words not known could read a common word's every match where a few rows of a scan
    do."""
    query = pg_text.tsquery(search)
    if not query:
        return [], ActTally(total={}, sure={}), False  # no searchable word: nothing matches
    kept = ""
    values: list[Any] = []
    if shared is not None:
        kept = "kept AS (SELECT counts FROM search_tallies WHERE state = ? AND key = ?), "
        values += shared
    shown = ""
    shown_values: list[Any] = []
    if act is not None:
        shown += " AND m.act = ?"
        shown_values.append(act)
    if min_confidence is not None:
        shown += " AND m.confidence >= ?"
        shown_values.append(min_confidence)
    # one statement, so the page and the tally see the same rows; the tally is repeated on
    # each page row, and given once (with no row's columns) when the page is empty
    unless_kept = " AND NOT EXISTS (SELECT 1 FROM kept)" if kept else ""
    sql = (
        f"WITH {kept}m AS MATERIALIZED (SELECT s.seq, s.act, s.confidence, s.pub_order,"
        " s.article_id, s.extent_start, s.id FROM statements s"
        f" WHERE s.fts @@ ?::tsquery{unless_kept} LIMIT ?),"
        f" page AS (SELECT m.seq FROM m WHERE (SELECT count(*) FROM m) <= ?{shown}"
        f" ORDER BY {_order_by('m')} LIMIT ?)"
        f" SELECT {'(SELECT counts FROM kept)' if kept else 'NULL'} AS kept,"
        " (SELECT json_agg(json_build_array(t.act, t.n, t.sure)) FROM"
        " (SELECT m.act, count(*) AS n, count(*) FILTER (WHERE m.confidence >= ?) AS sure"
        " FROM m GROUP BY m.act) AS t) AS tally, r.*"
        f" FROM (SELECT 1) AS one LEFT JOIN (SELECT {STATEMENT_SELECT}{CITED_SELECT} FROM page"
        " JOIN statements s ON s.seq = page.seq JOIN articles a ON a.id = s.article_id) AS r"
        f" ON true ORDER BY {_order_by('r')}"
    )
    threshold = 2.0 if sure is None else sure  # no confidence reaches 2: nothing "sure"
    params = [*values, query, cap + 1, cap, *shown_values, limit, threshold]
    # (PgConnection's; this module runs on no other, and imports no psycopg)
    run = getattr(conn, "execute_generic", conn.execute) if few else conn.execute
    rows = run(sql, params).fetchall()
    if rows[0]["kept"] is not None:
        return None, shared_tally(rows[0]["kept"]), True
    counted = rows[0]["tally"] or []
    total = {str(a): int(n) for a, n, _ in counted}
    tally = ActTally(
        total=total,
        sure={str(a): int(s) for a, _, s in counted},
        exact=sum(total.values()) <= cap,
    )
    if not tally.exact:
        return None, tally, False
    return [r for r in rows if r["seq"] is not None], tally, False
