"""Migration 0022, ``word_pages``: each search word's newest statements, kept at write time
(:mod:`.word_pages`), for SQLite (``schema.py``) and PostgreSQL (``pg_schema.py``).

A store of statements gets, per word, the statements holding it whose date is no later than
the date of its 128th newest (every statement of a word in no more than 128): ``rank()`` by
date alone keeps every statement of that date, as the list's horizon promises. ``listed``
counts the list and ``horizon`` is its date (``NULL``: the list holds every statement of
the word). 128 is :data:`.word_pages.LIST_KEEP` (a test checks they agree).
"""

from __future__ import annotations

# the columns of a kept row: the word, the sort key of the page order, the row to read
_PAGE_COLUMNS = "word, pub_order, article_id, extent_start, id, seq, act, confidence"

_LISTS_FROM_PAGES = """INSERT INTO word_lists (word, horizon, listed)
    SELECT p.word, CASE WHEN count(*) < t.total THEN max(p.pub_order) END, count(*)
    FROM word_pages p JOIN (SELECT word, sum(statements) AS total FROM word_acts
    GROUP BY word) AS t ON t.word = p.word GROUP BY p.word, t.total"""

SQLITE_WORD_PAGES = (
    """CREATE TABLE word_pages (
        word TEXT NOT NULL,
        pub_order INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        extent_start INTEGER NOT NULL,
        id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        act TEXT NOT NULL,
        confidence REAL NOT NULL,
        PRIMARY KEY (word, pub_order, article_id, extent_start, id)
    ) WITHOUT ROWID""",
    """CREATE TABLE word_lists (
        word TEXT PRIMARY KEY,
        horizon INTEGER,
        listed INTEGER NOT NULL
    ) WITHOUT ROWID""",
    "CREATE VIRTUAL TABLE temp.statements_fts_terms"
    " USING fts5vocab(main, statements_fts, instance)",
    f"""INSERT INTO word_pages ({_PAGE_COLUMNS})
        SELECT {_PAGE_COLUMNS} FROM (
            SELECT t.term AS word, s.pub_order, s.article_id, s.extent_start, s.id, s.seq,
                s.act, s.confidence,
                rank() OVER (PARTITION BY t.term ORDER BY s.pub_order) AS newest
            FROM (SELECT DISTINCT term, doc FROM temp.statements_fts_terms) AS t
            JOIN statements s ON s.seq = t.doc
        ) WHERE newest <= 128""",
    "DROP TABLE temp.statements_fts_terms",
    _LISTS_FROM_PAGES,
)

PG_WORD_PAGES = (
    """CREATE TABLE word_pages (
        word TEXT COLLATE "C" NOT NULL,
        pub_order BIGINT NOT NULL,
        article_id TEXT COLLATE "C" NOT NULL,
        extent_start BIGINT NOT NULL,
        id TEXT COLLATE "C" NOT NULL,
        seq BIGINT NOT NULL,
        act TEXT COLLATE "C" NOT NULL,
        confidence DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (word, pub_order, article_id, extent_start, id)
    )""",
    """CREATE TABLE word_lists (
        word TEXT COLLATE "C" PRIMARY KEY,
        horizon BIGINT,
        listed BIGINT NOT NULL
    )""",
    f"""INSERT INTO word_pages ({_PAGE_COLUMNS})
        SELECT {_PAGE_COLUMNS} FROM (
            SELECT w.word, s.pub_order, s.article_id, s.extent_start, s.id, s.seq,
                s.act, s.confidence,
                rank() OVER (PARTITION BY w.word ORDER BY s.pub_order) AS newest
            FROM statements s, unnest(tsvector_to_array(s.fts)) AS w (word)
        ) AS ranked WHERE newest <= 128""",
    _LISTS_FROM_PAGES,
    "ANALYZE word_pages",
    "ANALYZE word_lists",
)
