"""The SELECTs of the SQLite store: statement queries and their records."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportedly.store import pg_filters, pg_text, sqlite_plan, word_counts, word_pages
from reportedly.store import rows as rowmap
from reportedly.store.base import ActTally, StatementFilter, pub_order
from reportedly.store.dialect import Connection, is_postgres, no_index
from reportedly.store.search_words import fts_query
from reportedly.store.sql import Where, name_needle

# Above this many full-text matches, walking the ``statements_order`` index (newest first) and
# testing each row against the matches finds a page sooner than fetching and sorting them all:
# on 100k statements a word in 14,000 of them took p95 72 ms the FTS-first way, 7 ms this way.
FTS_WALK_MIN = 3000
# Above this many, and this share of all statements, listing the matches to walk against
# costs more than the walk itself; the walk then asks the full-text index about each row it
# passes (about 60 µs a row, so only for small pages and dense matches). At 1M statements:
# "the" (80% of them) took 151 ms the listing way, 12 ms so; but "people" (4%) took 112 ms
# probing (a page of speech walks ~1,500 rows), 9 ms listing. Between: "government" (17%)
# took 23-45 ms listing, 3-8 probing; "would" (5%) 7-16 either way, so from a tenth.
FTS_PROBE_MIN = 30_000
FTS_PROBE_SHARE = 0.1
PROBE_MAX_LIMIT = 201

# Every column of ``statements`` but PostgreSQL's ``fts``: a page never reads its tsvector, and
# sorting, sending and decoding it cost more than the rest of a row
STATEMENT_COLUMNS = (
    *("seq", "id", "article_id", "position", "kind", "content", "extent_start", "extent_end"),
    *("content_text", "quotes", "cue_start", "cue_end", "cue_text", "speaker_start"),
    *("speaker_end", "speaker_text", "speaker_label", "speaker_entity", "speaker_name"),
    *("speaker_kind", "reported_by", "confidence", "published", "pub_order", "outlet"),
    *("speaker_actor", "speaker_resolution", "linked_actor", "act", "negated"),
    "speaker_confidence",
)
STATEMENT_SELECT = (
    ", ".join(f"s.{c}" for c in STATEMENT_COLUMNS) + ", a.title, a.url, a.source, a.language"
)
# PostgreSQL: the citations covering a row of a page, read with it (one query, not two)
CITED_SELECT = (
    ", (SELECT json_agg(json_build_array(c.outlet, c.kind, c.description) ORDER BY c.position)"
    " FROM statement_citations sc JOIN citations c ON c.article_id = sc.article_id"
    " AND c.position = sc.citation_position WHERE sc.statement_id = s.id) AS cited"
)
_ORDER = " ORDER BY s.pub_order, s.article_id, s.extent_start, s.id"
# "confidence": the likeliest first, then newest first (no index: the matches are sorted)
_SORT_KEYS = {
    "newest": ("s.pub_order", "s.article_id", "s.extent_start", "s.id"),
    "confidence": ("-s.confidence", "s.pub_order", "s.article_id", "s.extent_start", "s.id"),
}
STATEMENT_SORTS = tuple(_SORT_KEYS)


def fts_matches(conn: Connection, match: str, cap: int) -> int:
    """How many statements the FTS5 expression ``match`` finds, counted up to ``cap + 1``."""
    row = conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
        " LIMIT ?)",
        (match, cap + 1),
    ).fetchone()
    return int(row[0])


# The match counts that chose a plan, per (connection, statements stored, expression, cap):
# a count only picks the plan, never the rows (every plan returns the same page), so one
# kept after a write could cost time but never change an answer; the key holds the number
# of statements stored, so a save makes new ones anyway. Counting "grain" at 1M statements
# costs about 1 ms of a 9 ms search.
_MATCH_COUNTS: dict[tuple[int, int, str, int], int] = {}
_MATCH_COUNTS_MAX = 4096


def _plan_matches(conn: Connection, match: str, cap: int, total: int) -> int:
    """:func:`fts_matches`, kept for the next search of the same words on this store."""
    key = (id(conn), total, match, cap)
    found = _MATCH_COUNTS.get(key)
    if found is None:
        if len(_MATCH_COUNTS) >= _MATCH_COUNTS_MAX:
            _MATCH_COUNTS.clear()
        found = _MATCH_COUNTS[key] = fts_matches(conn, match, cap)
    return found


def search_condition(conn: Connection, text: str) -> tuple[str, str] | None:
    """A condition on ``s`` matching statements that hold every word of ``text`` (in the
    content or the speaker name), with its parameter; ``None`` when there is no word."""
    if is_postgres(conn):
        query = pg_text.tsquery(text)
        return ("s.fts @@ ?::tsquery", query) if query else None
    match = fts_query(text)
    if not match:
        return None
    return "s.seq IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)", match


def sort_key(row: Any, sort: str) -> tuple[Any, ...]:
    """The values of ``row`` that a cursor after it holds, for the order ``sort``."""
    values = (row["pub_order"], row["article_id"], row["extent_start"], row["id"])
    return (-float(row["confidence"]), *values) if sort == "confidence" else values


def select_statements(
    conn: Connection,
    f: StatementFilter,
    key: tuple[Any, ...] | None,
    limit: int,
    sort: str = "newest",
    word_list: bool = True,
) -> list[Any]:
    """Up to ``limit`` statement rows (joined with article title, url, source) after ``key``,
    in the order ``sort`` names (see :data:`STATEMENT_SORTS`).

    A full-text search with many matches walks the sort index instead of sorting every
    match (see :data:`FTS_WALK_MIN`); both plans return the same rows in the same order. A
    first page of one word, newest first, comes from the word's list (:func:`listed_rows`)
    unless ``word_list`` is false (the caller asked it already).
    """
    first_newest = (key, sort) == (None, "newest")
    listed = listed_rows(conn, f, limit) if word_list and first_newest else None
    if listed is not None:
        return listed[1]
    built = _where(conn, f, limit if sort == "newest" else None)
    if built is None:
        return []  # no searchable word in the input: nothing can match
    where, walk, split = built
    # "+": not through ``statements_act``: with "speech" (most statements) it would read
    # every statement of the act; the order index, a range or the matches are all better
    where.equal(no_index(conn, "s.act"), f.act)
    columns = _SORT_KEYS[sort]
    if key is not None:
        marks = ", ".join("?" for _ in columns)
        where.add(f"({', '.join(columns)}) > ({marks})", *key)
    condition = where.sql()
    params = where.params
    cited = CITED_SELECT if is_postgres(conn) else ""  # only where the rows are a page's
    if split is not None:
        # PostgreSQL: the first rows of each alternative of a speaker or outlet filter
        order = ", ".join(columns)
        # "+ 0": not along an index of the date order, where sorting what is kept is quicker
        branch_order = order.replace("s.pub_order", "s.pub_order + 0") if split.sort else order
        union, params = pg_filters.branches(
            where, split.for_rows(), "s.seq", f" ORDER BY {branch_order} LIMIT ?", limit
        )
        sql = (
            f"SELECT {STATEMENT_SELECT}{cited} FROM ({union}) AS page"
            f" JOIN statements s ON s.seq = page.seq JOIN articles a ON a.id = s.article_id"
            f" ORDER BY {order} LIMIT ?"
        )
    elif sort != "newest":
        sql = (
            f"SELECT {STATEMENT_SELECT} FROM statements s JOIN articles a ON a.id = s.article_id"
            f"{condition} ORDER BY {', '.join(columns)} LIMIT ?"
        )
    elif walk or (is_postgres(conn) and f.search is not None):
        # pick the page's keys (along the order index on SQLite), then read only those rows in
        # full: PostgreSQL sorting 2,000 matches of a word sorted whole rows (11 ms, 3 so)
        index = "" if is_postgres(conn) else " INDEXED BY statements_order"
        sql = (
            f"SELECT {STATEMENT_SELECT}{cited} FROM (SELECT s.seq FROM statements s"
            f"{index}{condition}{_ORDER} LIMIT ?) AS page"
            f" JOIN statements s ON s.seq = page.seq JOIN articles a ON a.id = s.article_id"
            f"{_ORDER}"
        )
    else:
        sql = (
            f"SELECT {STATEMENT_SELECT} FROM statements s JOIN articles a ON a.id = s.article_id"
            f"{condition}{_ORDER} LIMIT ?"
        )
    params.append(limit)
    rows: list[Any] = conn.execute(sql, params).fetchall()
    return rows


def listed_rows(conn: Connection, f: StatementFilter, limit: int) -> tuple[str, list[Any]] | None:
    """The searched word and the first ``limit`` rows, newest first, of a search of one word
    and nothing else but an act and a confidence floor, from the word's list of newest
    statements (:mod:`.word_pages`); ``None`` where the list cannot tell."""
    if f.search is None:
        return None
    if replace(f, act=None, min_confidence=None) != StatementFilter(search=f.search):
        return None
    word = word_counts.search_word(conn, f.search)
    if word is None:
        return None
    columns = STATEMENT_SELECT + (CITED_SELECT if is_postgres(conn) else "")
    rows = word_pages.first_page(conn, word, f.act, f.min_confidence, limit, columns)
    return None if rows is None else (word, rows)


def count_statements(conn: Connection, f: StatementFilter) -> int:
    """How many statements match ``f``."""
    if f.search is not None and f == StatementFilter(search=f.search) and not is_postgres(conn):
        # the full-text index holds every statement once: no need to read the statements
        match = fts_query(f.search)
        if not match:
            return 0
        sql = "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?"
        return int(conn.execute(sql, (match,)).fetchone()[0])
    built = _where(conn, f, None)
    if built is None:
        return 0
    where, _, split = built
    where.equal("s.act", f.act)
    if split is not None:
        union, params = pg_filters.branches(where, split.for_rows(), "s.seq")
        return int(conn.execute(f"SELECT count(*) FROM ({union}) AS u", params).fetchone()[0])
    sql = f"SELECT count(*) FROM statements s{where.sql()}"
    return int(conn.execute(sql, where.params).fetchone()[0])


def tally_acts(
    conn: Connection, f: StatementFilter, sure: float | None, cap: int | None = None
) -> ActTally:
    """For each act, how many statements match ``f`` with its act filter left out, and how
    many of those have a confidence of at least ``sure``: one pass over the matches, or over
    the first ``cap + 1`` found when there are more than ``cap`` (then the tally says it is
    not exact: its counts are lower bounds)."""
    threshold = 2.0 if sure is None else sure  # no confidence reaches 2: nothing "sure"
    if cap is not None and f.search is not None and not is_postgres(conn):
        # read the matches from the full-text index as it yields them, and stop at the cap:
        # ``IN (SELECT rowid …)`` would list every match first (800k for "the": 117 ms)
        match = fts_query(f.search)
        built = _where(conn, replace(f, search=None), None) if match else None
        if built is None:
            return ActTally(total={}, sure={})
        where, _, split = built  # no split: SQLite
        where.add("f.statements_fts MATCH ?", match)
        # a search alone reads act and confidence from a narrow index, not the wide rows
        narrow = " INDEXED BY statements_tally" if f == StatementFilter(search=f.search) else ""
        source = f"statements_fts f CROSS JOIN statements s{narrow} ON s.seq = f.rowid{where.sql()}"
    else:
        built = _where(conn, f, None)
        if built is None:
            return ActTally(total={}, sure={})
        where, _, split = built
        source = f"statements s{where.sql()}"
    params: list[Any] = [*where.params]
    if split is not None:  # PostgreSQL: the alternatives of a speaker or outlet filter
        if cap is not None:
            return pg_filters.capped_tally(conn, where, split.options, threshold, cap)
        union, params = pg_filters.branches(where, split.options, "s.seq, s.act, s.confidence")
        source = f"({union}) AS s"
    elif cap is not None:
        source = f"(SELECT s.act, s.confidence FROM {source} LIMIT ?) AS s"
        params.append(cap + 1)
    rows = conn.execute(
        "SELECT s.act, count(*), coalesce(sum(CASE WHEN s.confidence >= ? THEN 1 ELSE 0 END), 0)"
        f" FROM {source} GROUP BY s.act",
        [threshold, *params],
    ).fetchall()
    total = {str(r[0]): int(r[1]) for r in rows}
    over = cap is not None and sum(total.values()) > cap
    if over and f.search is not None and f == StatementFilter(search=f.search):
        # a word in more statements than the cap: its exact tally is kept (word_counts.py)
        counted = word_counts.word_tally(conn, f.search, sure)
        if counted is not None:
            return counted
    exact = cap is None or sum(total.values()) <= cap
    return ActTally(total=total, sure={str(r[0]): int(r[2]) for r in rows}, exact=exact)


def _statement_total(conn: Connection) -> int:
    """How many statements the store holds (counted at write time)."""
    row = conn.execute("SELECT rows FROM table_counts WHERE name = 'statements'").fetchone()
    return 0 if row is None else int(row[0])


_Built = tuple[Where, bool, pg_filters.Split | None]


def _where(conn: Connection, f: StatementFilter, page: int | None) -> _Built | None:
    """The conditions of ``f`` but its act, whether to walk the order index for a page of
    ``page`` rows, newest first (``page`` None: a count, which never walks), and on
    PostgreSQL the alternatives of a speaker or outlet filter, each to query on its own
    (:mod:`.pg_filters`). ``None``: a search with no searchable word, which matches nothing."""
    where = Where()
    walk = False
    split = pg_filters.name_filters(conn, f, where, page) if is_postgres(conn) else None
    if f.speaker is not None and not is_postgres(conn):
        needle = f.speaker.casefold()
        # the speaker as written or named in the article (the stored names holding the
        # needle, then their statements by index), or any name of the linked actor
        names = "SELECT name FROM speaker_names WHERE rows > 0 AND instr(folded, ?) > 0"
        actors = "SELECT actor_id FROM actor_names WHERE instr(folded, ?) > 0"
        where.add(
            f"(s.speaker_name IN ({names}) OR s.speaker_text IN ({names})"
            f" OR s.linked_actor = ? OR s.linked_actor IN ({actors}))",
            needle,
            needle,
            f.speaker,
            name_needle(f.speaker),
        )
    if f.search is not None:
        found = search_condition(conn, f.search)
        if found is None:
            return None
        where.add(*found)
        # an article's few statements are best found through its own index (PostgreSQL's
        # planner makes these choices itself)
        found_n = 0
        probe_min = FTS_PROBE_MIN
        if not is_postgres(conn) and f.article is None and page is not None:
            total = _statement_total(conn)
            probe_min = max(probe_min, int(total * FTS_PROBE_SHARE))
            found_n = _plan_matches(conn, found[1], probe_min, total)
        walk = found_n > FTS_WALK_MIN and not (
            page is not None
            and found_n <= probe_min  # a count, not a lower bound
            and sqlite_plan.list_is_shorter(conn, f, found_n, total, page)
        )
        # other selective filters make the walk long: then a probe per row costs too much
        selective = (f.speaker, f.outlet, f.since, f.until) != (None, None, None, None)
        small = page is not None and page <= PROBE_MAX_LIMIT
        if found_n > probe_min and small and not selective:
            # probe the index row by row: listing every match first costs more than the walk
            where.clauses[-1] = (
                "EXISTS (SELECT 1 FROM statements_fts f WHERE f.statements_fts MATCH ?"
                " AND f.rowid = s.seq)"
            )
    if f.search is None and page is not None and f.article is None and not is_postgres(conn):
        walk = sqlite_plan.walk_is_shorter(conn, f, _statement_total(conn), page)
    if f.outlet is not None and not is_postgres(conn):
        needle = f.outlet.casefold()
        # the stored outlet names holding the needle (a few thousand, counted at write time),
        # then the statements published or cited under them, by index
        names = (
            "SELECT name FROM outlet_counts WHERE role = ? AND rows > 0"
            " AND instr(casefold(name), ?) > 0"
        )
        cited = f"SELECT statement_id FROM statement_citations WHERE outlet IN ({names})"
        where.add(
            f"(s.outlet IN ({names}) OR s.id IN ({cited}))", "published", needle, "cited", needle
        )
    if not is_postgres(conn):
        # PostgreSQL takes the two ranges below for independent filters and expects a
        # thirtieth of the rows: it then sorted half a year's statements (65 ms) instead of
        # walking the order from its start (1 ms); the sort key alone says the same
        where.within("s.published", f.since, f.until)
    if f.since is not None or f.until is not None:
        # the same bounds on the sort key let a walk of ``statements_order`` start at them
        where.add("s.pub_order < 0")
        if f.until is not None:
            where.add("s.pub_order >= ?", pub_order(f.until))
        if f.since is not None:
            where.add("s.pub_order <= ?", pub_order(f.since))
    # "+": never through the index of a column with three values (a walk or a range is better)
    where.equal(no_index(conn, "s.kind"), f.kind)
    where.equal("s.article_id", f.article)
    if f.min_confidence is not None:
        where.add("s.confidence >= ?", f.min_confidence)
    if f.min_speaker_confidence is not None:
        # a statement whose speaker is unresolved (NULL) names nobody wrongly: it is kept
        where.add(
            "(s.speaker_confidence IS NULL OR s.speaker_confidence >= ?)",
            f.min_speaker_confidence,
        )
    if f.language is not None:
        where.add("s.article_id IN (SELECT id FROM articles WHERE language = ?)", f.language)
    return where, walk, split


def statement_records(conn: Connection, page: list[Any]) -> list[dict[str, Any]]:
    """The export records of ``page``, with the citations covering each statement."""
    if not page:
        return []
    columns = page[0].keys()  # a row iterates its values, as sqlite3.Row does
    if "cited" in columns:  # read with the rows (CITED_SELECT)
        return [
            rowmap.statement_record(
                row,
                [{"outlet": o, "kind": k, "description": d} for o, k, d in row["cited"] or ()],
            )
            for row in page
        ]
    ids = [row["id"] for row in page]
    covering: dict[str, list[Any]] = {i: [] for i in ids}
    cur = conn.execute(
        "SELECT sc.statement_id, c.outlet, c.kind, c.description FROM statement_citations sc"
        " JOIN citations c ON c.article_id = sc.article_id"
        " AND c.position = sc.citation_position"
        f" WHERE sc.statement_id IN ({', '.join('?' for _ in ids)})"
        " ORDER BY sc.statement_id, c.position",
        ids,
    )
    for row in cur:
        covering[row["statement_id"]].append(row)
    return [rowmap.statement_record(row, covering[row["id"]]) for row in page]
