"""The speaker and outlet filters of a PostgreSQL statement query, one query per alternative.

Each of these filters is an OR: a speaker is a name as written or as resolved, or a linked
actor; an outlet published a statement or is cited for it. PostgreSQL plans such an OR as one
scan testing every alternative, and at a million statements chose badly: a capped tally of
TSN's statements seq-scanned the table testing each row against the ~7,000 ids of the
statements citing TSN, one by one (1 s); a page of Liz Truss's speech was tallied by a seq
scan of 60,000 rows (46 ms). Here each alternative becomes a query of its own, planned from
its own column's statistics and index, and each leaves out the rows an earlier one finds
(``IS NOT TRUE``), so the branches are disjoint: a page is the first rows of the branches'
first rows, a count their sum, and a capped tally stops reading at the cap, often in the
first branch. Every form returns the rows the OR would.
"""

from __future__ import annotations

from typing import Any

from reportedly.store.base import ActTally, StatementFilter
from reportedly.store.dialect import Connection
from reportedly.store.sql import Where, name_needle

# one alternative of a filter: a condition on ``s`` and the values of its placeholders
Option = tuple[str, tuple[Any, ...]]

_CITED = (
    "SELECT sc.statement_id FROM citations c JOIN statement_citations sc"
    " ON sc.article_id = c.article_id AND sc.citation_position = c.position"
    " WHERE c.outlet = ANY(?)"
)


def _holding(needle: str) -> str:
    """A LIKE pattern matching the texts that hold ``needle``."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def speaker_options(conn: Connection, speaker: str) -> list[Option]:
    """The alternatives of the speaker filter: a stored name (as written or as resolved)
    holding ``speaker``, or a linked actor named so (or whose id it is). The names are read
    first, in one query, so that each condition is planned for the values it holds."""
    # LIKE finds what instr() finds, and a trigram index can answer it (0018_filter_indexes)
    row = conn.execute(
        "SELECT (SELECT coalesce(array_agg(name), '{}') FROM speaker_names"
        " WHERE rows > 0 AND folded LIKE ?),"
        " (SELECT coalesce(array_agg(DISTINCT actor_id), '{}') FROM actor_names"
        " WHERE folded LIKE ?)",
        (_holding(speaker.casefold()), _holding(name_needle(speaker))),
    ).fetchone()
    names, actors = list(row[0]), list(row[1])
    options: list[Option] = []
    if names:
        options.append(("s.speaker_name = ANY(?)", (names,)))
        options.append(("s.speaker_text = ANY(?)", (names,)))
    linked = [speaker, *(a for a in actors if a != speaker)]
    options.append(("s.linked_actor = ANY(?)", (linked,)))
    return options


def outlet_options(conn: Connection, outlet: str) -> list[Option]:
    """The alternatives of the outlet filter: published under a stored outlet name holding
    ``outlet`` (a few thousand names, counted at write time), or cited to one. The cited
    test comes last: it is never negated (see :func:`branches`)."""
    needle = outlet.casefold()
    row = conn.execute(
        "SELECT coalesce(array_agg(name) FILTER (WHERE role = 'published'), '{}'),"
        " coalesce(array_agg(name) FILTER (WHERE role = 'cited'), '{}')"
        " FROM outlet_counts WHERE rows > 0 AND instr(casefold(name), ?) > 0",
        (needle,),
    ).fetchone()
    published, cited = list(row[0]), list(row[1])
    options: list[Option] = []
    if published:
        options.append(("s.outlet = ANY(?)", (published,)))
    if cited:
        options.append((f"s.id IN ({_CITED})", (cited,)))
    return options or [("FALSE", ())]


def name_filters(conn: Connection, f: StatementFilter, where: Where) -> list[Option] | None:
    """Add ``f``'s speaker and outlet filters to ``where``, but for the one to split into
    branches, whose alternatives are returned (``None``: ``f`` has neither filter). The
    speaker is split when given (its alternatives are each a selective indexed column);
    an outlet beside it stays one condition, its cited ids hashed once."""
    options = None
    if f.speaker is not None:
        options = speaker_options(conn, f.speaker)
    if f.outlet is not None:
        outlet = outlet_options(conn, f.outlet)
        if options is None:
            options = outlet
        else:
            where.add(
                "(" + " OR ".join(c for c, _ in outlet) + ")", *(v for _, vs in outlet for v in vs)
            )
    return options


def branches(
    where: Where, options: list[Option], select: str, tail: str = "", *tail_params: Any
) -> tuple[str, list[Any]]:
    """``SELECT select FROM statements s`` for each option, with the conditions of ``where``
    and ``tail`` (an ORDER BY, a LIMIT) with its values, joined by UNION (a row meeting two
    options comes once when ``select`` holds ``s.seq``): the query's text and values.

    Each branch is planned from its own column's statistics. Leaving out of each the rows
    of the ones before (``IS NOT TRUE``) would spare the UNION its duplicates, but PostgreSQL
    takes the conditions as independent: it expected Liz Truss's statements with her name
    as written but not as resolved to be many, and walked every statement for none (1.5 s).
    """
    parts: list[str] = []
    values: list[Any] = []
    for condition, params in options:
        values.extend([*where.params, *params, *tail_params])
        clauses = " AND ".join([*where.clauses, condition])
        parts.append(f"(SELECT {select} FROM statements s WHERE {clauses}{tail})")
    return " UNION ".join(parts), values


def tally(
    conn: Connection, where: Where, options: list[Option], threshold: float, cap: int | None
) -> ActTally:
    """For each act, how many statements meet ``where`` and one of ``options``, and how many
    of those have a confidence of at least ``threshold``; with ``cap``, of the first
    ``cap + 1`` found, the branches read in turn until they find as many (then the tally is
    not exact). A branch finding fewer than ``cap + 1`` found all of its rows, so when all
    of them together find no more than ``cap``, the tally is exact."""
    if cap is None:
        union, params = branches(where, options, "s.seq, s.act, s.confidence")
        rows = conn.execute(
            "SELECT act, count(*), coalesce(sum(CASE WHEN confidence >= ? THEN 1 ELSE 0 END), 0)"
            f" FROM ({union}) AS u GROUP BY act",
            [threshold, *params],
        ).fetchall()
        total = {str(r[0]): int(r[1]) for r in rows}
        return ActTally(total=total, sure={str(r[0]): int(r[2]) for r in rows})
    found: dict[int, tuple[str, bool]] = {}
    for option in options:
        sql, params = branches(where, [option], "s.seq, s.act, s.confidence", " LIMIT ?", cap + 1)
        for seq, act, confidence in conn.execute(sql, params):
            found[int(seq)] = (str(act), float(confidence) >= threshold)
        if len(found) > cap:
            break
    kept = list(found.values())[: cap + 1]
    totals: dict[str, int] = {}
    sure: dict[str, int] = {}
    for act, is_sure in kept:
        totals[act] = totals.get(act, 0) + 1
        sure[act] = sure.get(act, 0) + int(is_sure)
    return ActTally(total=totals, sure=sure, exact=len(kept) <= cap)
