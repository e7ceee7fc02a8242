"""Whether a page of a one-word search is found by sorting the word's matches (PostgreSQL).

PostgreSQL pages a word it expects in many statements along ``statements_search_walk`` (the
date order, each row's tsvector tested): for a word in 0.2% of a million statements about
25,000 rows for a page of 50. Reading the word's matches from the GIN index and sorting them
reads only those. Which is cheaper depends on how many statements hold the word and how many
of them the page keeps, and the counts kept at write time (:mod:`.word_counts`) say both
exactly, per act and for the web page's confidence: the plan is chosen from them before the
query runs, for a first search as for a later page. Both plans return the same rows.
"""

from __future__ import annotations

from reportedly.store import word_counts
from reportedly.store.base import StatementFilter
from reportedly.store.dialect import Connection

# the cost of one match read from the GIN index, its row fetched, tested and sorted, in rows
# walked along the date order (measured at a million statements: see docs/EVALUATION.md)
MATCH_COST = 8.0


def sorts_matches(conn: Connection, f: StatementFilter, limit: int) -> bool:
    """Whether the newest ``limit`` statements of ``f`` (a search of one token, with at most
    an act and a confidence filter) are found sooner by sorting the token's matches than by
    walking the date order: the walk passes about ``limit`` × statements / kept rows, kept
    being the matches of the page's act and confidence."""
    if f.search is None or f != StatementFilter(
        search=f.search, act=f.act, min_confidence=f.min_confidence
    ):
        return False
    word = word_counts.search_word(conn, f.search)
    if word is None:
        return False
    # one query: the word's counts, each row with the number of statements stored
    rows = conn.execute(
        "SELECT act, statements, sure,"
        " (SELECT rows FROM table_counts WHERE name = 'statements')"
        " FROM word_acts WHERE word = ?",
        (word,),
    ).fetchall()
    if not rows:
        return True  # no statement holds it: the index says so at once, a walk reads every row
    statements = int(rows[0][3])
    counts = [(str(act), int(n), int(sure)) for act, n, sure, _ in rows]
    matches = sum(n for _, n, _ in counts)
    sure = f.min_confidence is not None and f.min_confidence > 0
    # a confidence the counts do not keep: all of the act's matches, which is at least as
    # many as the page keeps, so the walk is never thought longer than it is
    exact = not sure or f.min_confidence == word_counts.SURE
    kept = sum(s if sure and exact else n for act, n, s in counts if f.act is None or act == f.act)
    walked = statements if kept <= limit else limit * statements / kept
    return matches * MATCH_COST < walked
