"""How many statements hold each search word, per act, kept at write time (table
``word_acts``, migration 0020).

The first page of a search shows what its view hides (:func:`.sqlite_select.tally_acts`),
counted over at most a thousand and one matches; for a word in more statements than that,
reading those matches was a third of PostgreSQL's part of a search at a million statements,
and the counts were only lower bounds. Here each save adds, per act, how many of the
article's statements hold each word and how many of those reach the web page's confidence
(:data:`SURE`); a replace first takes the stored article's away. A merge only relinks actors:
no statement's words, act or confidence change. A word is a token as each back end makes it:
a lexeme of PostgreSQL's stored ``tsvector`` (:mod:`.pg_text`), a term of SQLite's FTS5 index
(read back through ``fts5vocab`` from a scratch FTS5 table with the index's tokenizer), so a
count is exactly how many statements a search of that one token matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportedly.confidence import DEFAULT_MIN_CONFIDENCE
from reportedly.store import pg_text, word_pages
from reportedly.store.base import ActTally
from reportedly.store.dialect import Connection, is_postgres
from reportedly.store.search_words import search_words

# the confidence the web page shows by default; migration 0020 counts with the same number,
# so changing it needs a migration that counts ``sure`` again
SURE = DEFAULT_MIN_CONFIDENCE

_UPSERT = (
    " ON CONFLICT (word, act) DO UPDATE SET"
    " statements = word_acts.statements + excluded.statements,"
    " sure = word_acts.sure + excluded.sure"
)

# SQLite: a scratch FTS5 table of this connection with the index's tokenizer, and its terms
# per row; what FTS5 makes of a text is read back from it (FTS5 has no tokenize function).
# A save reads the (term, statement) pairs back once into word_probe_pairs, for the counts
# and the word lists (word_pages.py) alike.
_PROBE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.word_probe USING fts5"
    " (content_text, speaker_name, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.word_probe_terms"
    " USING fts5vocab(temp, word_probe, instance)",
    "CREATE TEMP TABLE IF NOT EXISTS word_probe_pairs (term TEXT NOT NULL, doc INTEGER NOT NULL)",
)


def _probe(conn: Connection) -> None:
    for statement in _PROBE:
        conn.execute(statement)


def add_article(conn: Connection, article_id: str, sign: int = 1) -> None:
    """Add (``sign`` 1) the words of the stored article ``article_id``'s statements to the
    counts and the words' lists of newest statements (:mod:`.word_pages`), or take them
    away (-1, before the article is deleted)."""
    if is_postgres(conn):
        conn.execute(
            "INSERT INTO word_acts (word, act, statements, sure)"
            " SELECT w.word, s.act, ? * count(*), ? * count(*) FILTER (WHERE s.confidence >= ?)"
            " FROM statements s, unnest(tsvector_to_array(s.fts)) AS w (word)"
            " WHERE s.article_id = ? GROUP BY w.word, s.act" + _UPSERT,
            (sign, sign, SURE, article_id),
        )
        word_pages.keep_article(conn, article_id, sign)
        return
    _probe(conn)
    conn.execute(
        "INSERT INTO temp.word_probe (rowid, content_text, speaker_name)"
        " SELECT seq, content_text, speaker_name FROM statements WHERE article_id = ?",
        (article_id,),
    )
    conn.execute("DELETE FROM temp.word_probe_pairs")
    conn.execute(
        "INSERT INTO temp.word_probe_pairs (term, doc)"
        " SELECT DISTINCT term, doc FROM temp.word_probe_terms"
    )
    conn.execute(
        "INSERT INTO word_acts (word, act, statements, sure)"
        " SELECT t.term, s.act, ? * count(*), ? * sum(s.confidence >= ?)"
        " FROM temp.word_probe_pairs AS t"
        " JOIN statements s ON s.seq = t.doc WHERE true GROUP BY t.term, s.act" + _UPSERT,
        (sign, sign, SURE),
    )
    word_pages.keep_article(conn, article_id, sign)  # from the pairs read above
    conn.execute("DELETE FROM temp.word_probe")


def search_word(conn: Connection, search: str) -> str | None:
    """The one token a search for ``search`` looks for, as the back end makes it; ``None``
    when it looks for more than one (several words, or a word of several tokens)."""
    if is_postgres(conn):
        phrases = {tuple(pg_text.tokens(w)) for w in search_words(search)}
        phrases.discard(())
        found = phrases.pop() if len(phrases) == 1 else ()
        return found[0] if len(found) == 1 else None
    words = set(search_words(search))  # FTS5 makes the tokens
    if len(words) != 1:
        return None
    _probe(conn)
    conn.execute("INSERT INTO temp.word_probe (rowid, content_text) VALUES (1, ?)", (words.pop(),))
    terms = [str(r[0]) for r in conn.execute("SELECT term FROM temp.word_probe_terms")]
    conn.execute("DELETE FROM temp.word_probe")
    return terms[0] if len(terms) == 1 else None


def counted_tally(rows: Sequence[Sequence[Any]] | None, sure: float | None) -> ActTally:
    """The exact tally from a word's kept ``(act, statements, sure)`` rows."""
    kept = [(str(act), int(n), int(s)) for act, n, s in rows or () if n > 0]
    return ActTally(
        total={act: n for act, n, _ in kept},
        sure={act: (s if sure is not None else 0) for act, _, s in kept},
        exact=True,
    )


def countable(sure: float | None) -> bool:
    """Whether the kept counts answer a tally of confidence ``sure`` (``None``: none sure)."""
    return sure is None or sure == SURE


def word_tally(
    conn: Connection, search: str, sure: float | None, cap: int | None = None
) -> ActTally | None:
    """The exact tally of a search for ``search`` alone from the kept counts, where it looks
    for one token, ``sure`` is :data:`SURE` or ``None`` and (with ``cap``) more than ``cap``
    statements hold it; else ``None``."""
    if not countable(sure):
        return None
    word = search_word(conn, search)
    if word is None:
        return None
    tally = kept_word_tally(conn, word, sure)
    return None if cap is not None and sum(tally.total.values()) <= cap else tally


def kept_word_tally(conn: Connection, word: str, sure: float | None) -> ActTally:
    """The exact tally of the token ``word`` from its kept counts (``sure``: see
    :func:`countable`)."""
    rows = conn.execute(
        "SELECT act, statements, sure FROM word_acts WHERE word = ?", (word,)
    ).fetchall()
    return counted_tally(rows, sure)
