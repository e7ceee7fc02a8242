"""Each search word's newest statements, kept at write time (tables ``word_pages`` and
``word_lists``, migration 0022).

A search of one word shows its newest statements first. For a word in a few thousand of a
million statements neither way of finding them was quick: walking the date order passes
~20,000 statements to find fifty (PostgreSQL 6.5 ms a search), and listing the matches
reads every one (2.8 ms for a thousand); at 16 clients on two cores those milliseconds are
the queue. Here each word keeps a list of its newest statements: every statement holding it
dated no later than the list's ``horizon`` (no horizon: every statement holding it). A save
adds the article's statements that fall within their words' horizons; a list grown past
:data:`LIST_MAX` is cut back to its :data:`LIST_KEEP` newest (ties on the date kept, unless
they are too many) and its horizon moves to their last date. A replace takes the stored
article's rows away first, which leaves what the horizon promises true. A first page of up
to ``LIST_KEEP - 1`` statements of one word is then read from the list alone; where the
list's rows of the page's act and confidence run out before the page does and the list has a
horizon, the search goes the old way. The words are those of :mod:`.word_counts`, from the same
tokenizing, so a list holds exactly what a search of its word matches.
"""

from __future__ import annotations

from typing import Any

from reportedly.store.dialect import Connection, is_postgres
from reportedly.store.sql import Where

LIST_KEEP = 128  # the rows a list keeps when cut back; migration 0022 keeps as many
LIST_MAX = 256  # a list longer than this is cut back

_ORDER = "pub_order, article_id, extent_start, id"
_KEY = f"word, {_ORDER}"  # a kept row's key: its word and its place in the page order
_COLUMNS = f"{_KEY}, seq, act, confidence"

# PostgreSQL: the (word, statement) pairs of an article, from the stored tsvectors; SQLite:
# the pairs word_counts.py read back once from its scratch FTS5 table
_PG_PAIRS = (
    "SELECT w.word, s.pub_order, s.article_id, s.extent_start, s.id, s.seq, s.act,"
    " s.confidence FROM statements s, unnest(tsvector_to_array(s.fts)) AS w (word)"
    " WHERE s.article_id = ?"
)
_SQLITE_PAIRS = (
    "SELECT t.term AS word, s.pub_order, s.article_id, s.extent_start, s.id, s.seq, s.act,"
    " s.confidence FROM temp.word_probe_pairs AS t"
    " JOIN statements s ON s.seq = t.doc WHERE true"
)
# the pairs within their word's horizon
_WITHIN = (
    "SELECT p.* FROM ({pairs}) AS p LEFT JOIN word_lists l ON l.word = p.word"
    " WHERE l.horizon IS NULL OR p.pub_order <= l.horizon"
)
_ADD_LISTED = " ON CONFLICT (word) DO UPDATE SET listed = word_lists.listed + excluded.listed"
# a row already there (an article deleted behind the store's back, saved again) is taken as
# it is now
_ADD_PAGES = (
    f"INSERT INTO word_pages ({_COLUMNS}) SELECT {_COLUMNS} FROM {{within}} WHERE true"
    f" ON CONFLICT ({_KEY}) DO UPDATE SET seq = excluded.seq, act = excluded.act,"
    " confidence = excluded.confidence"
)
_COUNT_LISTED = (
    "INSERT INTO word_lists (word, horizon, listed)"
    " SELECT word, NULL, count(*) FROM {within} GROUP BY word" + _ADD_LISTED
)
# SQLite: the pairs within their horizons, read once for the three statements that use them
_SQLITE_WITHIN = (
    f"CREATE TEMP TABLE IF NOT EXISTS word_probe_within ({_COLUMNS})",
    "DELETE FROM temp.word_probe_within",
    f"INSERT INTO temp.word_probe_within ({_COLUMNS}) " + _WITHIN.format(pairs=_SQLITE_PAIRS),
)


def keep_article(conn: Connection, article_id: str, sign: int = 1) -> None:
    """Add (``sign`` 1) the stored article ``article_id``'s statements to their words'
    lists, or take them away (-1, before the article is deleted). On SQLite the article's
    pairs are those :func:`.word_counts.add_article` has just read."""
    if sign < 0:
        if is_postgres(conn):
            _take_away(conn, _PG_PAIRS, (article_id,))
        else:
            _take_away(conn, _SQLITE_PAIRS, ())
        return
    if is_postgres(conn):
        # one statement: the pairs within their horizons are read once
        grown = conn.execute(
            f"WITH within AS MATERIALIZED ({_WITHIN.format(pairs=_PG_PAIRS)}),"
            f" added AS ({_ADD_PAGES.format(within='within')}) "
            + _COUNT_LISTED.format(within="within")
            + " RETURNING word, listed",
            (article_id,),
        ).fetchall()
        long = [str(r[0]) for r in grown if int(r[1]) > LIST_MAX]
    else:
        for statement in _SQLITE_WITHIN:
            conn.execute(statement)
        conn.execute(_COUNT_LISTED.format(within="temp.word_probe_within"))
        conn.execute(_ADD_PAGES.format(within="temp.word_probe_within"))
        long = [
            str(r[0])
            for r in conn.execute(
                "SELECT l.word FROM word_lists l WHERE l.listed > ? AND l.word IN"
                " (SELECT word FROM temp.word_probe_within)",
                (LIST_MAX,),
            )
        ]
    for word in long:
        _cut(conn, word)


def _take_away(conn: Connection, pairs: str, values: tuple[Any, ...]) -> None:
    """Remove the pairs ``pairs`` selects from the lists and count the lists again."""
    conn.execute(
        f"DELETE FROM word_pages WHERE ({_KEY}) IN (SELECT {_KEY} FROM ({pairs}) AS p)",
        values,
    )
    conn.execute(
        "UPDATE word_lists SET listed = (SELECT count(*) FROM word_pages p"
        f" WHERE p.word = word_lists.word) WHERE word IN (SELECT word FROM ({pairs}) AS p)",
        values,
    )


def _cut(conn: Connection, word: str) -> None:
    """Cut ``word``'s list back to its :data:`LIST_KEEP` newest rows and those of the same
    date, and move its horizon to that date; where that date alone would keep more than
    :data:`LIST_MAX`, to the day before it (fewer rows, down to none: the search then goes
    the old way until newer statements come), so that no list grows without bound."""
    last = conn.execute(
        f"SELECT pub_order FROM word_pages WHERE word = ? ORDER BY {_ORDER} LIMIT 1 OFFSET ?",
        (word, LIST_KEEP - 1),
    ).fetchone()
    if last is None:
        return
    horizon = int(last[0])
    kept = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM word_pages WHERE word = ? AND pub_order <= ?"
        " LIMIT ?) AS k",
        (word, horizon, LIST_MAX + 1),
    ).fetchone()
    if int(kept[0]) > LIST_MAX:
        horizon -= 1  # pub_order is minus the date's ordinal: the next newer day
    conn.execute("DELETE FROM word_pages WHERE word = ? AND pub_order > ?", (word, horizon))
    conn.execute(
        "UPDATE word_lists SET horizon = ?,"
        " listed = (SELECT count(*) FROM word_pages WHERE word = ?) WHERE word = ?",
        (horizon, word, word),
    )


def first_page(
    conn: Connection,
    word: str,
    act: str | None,
    min_confidence: float | None,
    rows: int,
    columns: str,
) -> list[Any] | None:
    """The first ``rows`` statements (newest first; ``columns`` of ``statements s`` and
    ``articles a``) holding ``word``, of act ``act`` and confidence at least
    ``min_confidence`` (``None``: any), read from the word's list; fewer when fewer match.
    ``None`` when the list cannot tell: more rows than it keeps are asked for, or its rows
    of that act and confidence run out and statements beyond its horizon may hold more."""
    if rows >= LIST_KEEP:
        return None
    kept = conn.execute("SELECT horizon FROM word_lists WHERE word = ?", (word,)).fetchone()
    if kept is None:
        return []  # no list: no statement holds the word
    complete = kept[0] is None
    where = Where()
    where.add("p.word = ?", word)
    where.equal("p.act", act)
    if min_confidence is not None:
        where.add("p.confidence >= ?", min_confidence)
    found: list[Any] = conn.execute(
        f"SELECT {columns} FROM (SELECT p.seq FROM word_pages p{where.sql()}"
        f" ORDER BY {_in_order('p')} LIMIT ?) AS page"
        " JOIN statements s ON s.seq = page.seq JOIN articles a ON a.id = s.article_id"
        f" ORDER BY {_in_order('s')}",
        (*where.params, rows),
    ).fetchall()
    if len(found) < rows and not complete:
        return None
    return found


def _in_order(alias: str) -> str:
    return ", ".join(f"{alias}.{column}" for column in _ORDER.split(", "))
