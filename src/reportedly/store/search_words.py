"""The words a statement search looks for, on either back end, and SQLite's FTS5 query for them
(PostgreSQL's is ``pg_text.tsquery``)."""

from __future__ import annotations


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression finding rows that hold every word of ``text``.

    Each whitespace-separated word becomes a quoted string (inner ``"`` doubled), so FTS5
    operators and syntax in user input (``AND``, ``NEAR``, ``*``, ``-``, ``:``, ``"``, ``(``)
    are matched as plain text and cannot change the query. Returns ``""`` when ``text`` has
    no word to search for.
    """
    words = dict.fromkeys(search_words(text))  # a word given twice finds what it finds once
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def search_words(text: str) -> list[str]:
    """The words a search for ``text`` looks for, in order, on either back end: its
    whitespace-separated words that hold a letter or digit, control characters read as spaces.
    """
    # FTS5 ends a query string at NUL; control characters never belong to a token anyway.
    text = "".join(" " if ch < " " or ch == "\x7f" else ch for ch in text)
    # Words without a letter or digit hold no token; as phrases they would match nothing.
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]
