"""The speaker and outlet filters of a PostgreSQL statement query, one query per alternative.

Each of these filters is an OR: a speaker is a name as written or as resolved, or a linked
actor; an outlet published a statement or is cited for it. PostgreSQL plans such an OR as one
scan testing every alternative, and at a million statements chose badly: a capped tally of
TSN's statements seq-scanned the table testing each row against the ~7,000 ids of the
statements citing TSN, one by one (1 s); a page of Liz Truss's speech was tallied by a seq
scan of 60,000 rows (46 ms). Here each alternative can be a query of its own, planned from
its own column's statistics and index: a page is the first rows of the union of each one's
first rows, a count that of their union, and a capped tally reads them in turn and stops at
the cap, often in the first. Every form returns the rows the one OR would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportedly.store.base import ActTally, StatementFilter
from reportedly.store.dialect import Connection
from reportedly.store.sql import Where, name_needle

# one alternative of a filter: a condition on ``s`` and the values of its placeholders
Option = tuple[str, tuple[Any, ...]]

# the statements citing any of the names, from one range of statement_citations_outlet
_CITED = "SELECT sc.statement_id FROM statement_citations sc WHERE sc.outlet = ANY(?)"


def _holding(needle: str) -> str:
    """A LIKE pattern matching the texts that hold ``needle``."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class Split:
    """The alternatives of a filter; whether pages and counts test them as one OR instead
    (``joined``: each is a column's value, so one bitmap or one walk of the order index
    finds them all, where the branches read the same statements once each); and whether a
    page is found sooner by sorting the rows kept than by walking the order index."""

    options: tuple[Option, ...]
    joined: bool = False
    sort: bool = False

    def for_rows(self) -> tuple[Option, ...]:
        """The branches of a page or a count."""
        return (either(self.options),) if self.joined else self.options


def either(options: tuple[Option, ...]) -> Option:
    """The options as one condition: any of them."""
    condition = "(" + " OR ".join(c for c, _ in options) + ")"
    return condition, tuple(v for _, values in options for v in values)


def speaker_options(conn: Connection, speaker: str, page: int | None) -> Split:
    """The alternatives of the speaker filter: a stored name (as written or as resolved)
    holding ``speaker``, or a linked actor named so (or whose id it is). The names are read
    first, in one query, so that each condition is planned for the values it holds; with
    them, how many statements they keep (counted at write time), which picks the plan of a
    ``page``: PostgreSQL expected the 38 names holding "Fagolukaenko" to keep 2,200 of a
    million statements, where they keep 1,100, and walked 55,000 rows for a page (45 ms;
    sorted, 5)."""
    # LIKE finds what instr() finds, and a trigram index can answer it (0018_filter_indexes)
    row = conn.execute(
        "WITH named AS (SELECT name, rows FROM speaker_names WHERE rows > 0 AND folded LIKE ?),"
        " linked AS (SELECT DISTINCT actor_id FROM actor_names WHERE folded LIKE ?)"
        " SELECT (SELECT coalesce(array_agg(name), '{}') FROM named),"
        " (SELECT coalesce(array_agg(actor_id), '{}') FROM linked),"
        " (SELECT coalesce(sum(rows), 0) FROM named),"
        " (SELECT coalesce(sum(statements), 0) FROM actor_counts"
        " WHERE actor_id = ? OR actor_id IN (SELECT actor_id FROM linked)),"
        " (SELECT rows FROM table_counts WHERE name = 'statements')",
        (_holding(speaker.casefold()), _holding(name_needle(speaker)), speaker),
    ).fetchone()
    names, actors = list(row[0]), list(row[1])
    # a name's count holds its statements as written and as resolved: most are both
    kept = max(int(row[2]) // 2, int(row[3]))
    options: list[Option] = []
    if names:
        options.append(("s.speaker_name = ANY(?)", (names,)))
        options.append(("s.speaker_text = ANY(?)", (names,)))
    linked = [speaker, *(a for a in actors if a != speaker)]
    options.append(("s.linked_actor = ANY(?)", (linked,)))
    # a walk reads about page × total / kept rows to find a page, a sort the kept ones
    sort = page is not None and kept * kept < page * int(row[4] or 0)
    return Split(tuple(options), joined=True, sort=sort)


def outlet_options(conn: Connection, outlet: str) -> list[Option]:
    """The alternatives of the outlet filter: published under a stored outlet name holding
    ``outlet`` (a few thousand names, counted at write time), or cited to one (``FALSE``
    when no stored name holds it)."""
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


def name_filters(
    conn: Connection, f: StatementFilter, where: Where, page: int | None
) -> Split | None:
    """Add ``f``'s speaker and outlet filters to ``where``, but for the one to split into
    branches, whose alternatives are returned (``None``: ``f`` has neither filter), for a
    page of ``page`` rows newest first (``None``: not a page). The speaker is split when
    given (its alternatives are each a selective indexed column); an outlet beside it stays
    one condition, its cited ids hashed once."""
    split = None
    if f.speaker is not None:
        split = speaker_options(conn, f.speaker, page)
    if f.outlet is not None:
        outlet = outlet_options(conn, f.outlet)
        if split is None:
            split = Split(tuple(outlet))
        else:
            condition, values = either(tuple(outlet))
            where.add(condition, *values)
    return split


def branches(
    where: Where, options: tuple[Option, ...], select: str, tail: str = "", *tail_params: Any
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


def capped_tally(
    conn: Connection,
    where: Where,
    options: tuple[Option, ...],
    threshold: float,
    cap: int,
) -> ActTally:
    """For each act, how many of the first ``cap + 1`` statements found that meet ``where``
    and one of ``options`` there are, and how many of those have a confidence of at least
    ``threshold``: the branches are read in turn until they find as many (then the tally is
    not exact). A branch finding fewer than ``cap + 1`` found all of its rows, so when all
    of them together find no more than ``cap``, the tally is exact. (Without a cap,
    ``sqlite_select.tally_acts`` counts the union of the branches.)"""
    found: dict[int, tuple[str, bool]] = {}
    for option in options:
        sql, params = branches(where, (option,), "s.seq, s.act, s.confidence", " LIMIT ?", cap + 1)
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
