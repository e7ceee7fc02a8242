"""The two plans of a full-text statement search return the same pages and cursors."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from reportedly.model import Analysis, Article, Mention, Span, Statement
from reportedly.store import Store, sqlite_select

WORDS = ("talks", "border", "grain", "drone", "veto", "summit")
NAMES = ("Anna Kovenko", "Boris Marova", "Carla Selsky")
KINDS = ("direct", "indirect", "mixed")


def _analysis(rng: random.Random, i: int) -> Analysis:
    pieces: list[str] = []
    said: list[tuple[Span, Span, str, str]] = []
    pos = 0
    for _ in range(rng.randint(1, 6)):
        name = rng.choice(NAMES)
        content = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))
        piece = f'{name} said: "{content}." '
        start = pos + len(name) + len(' said: "')
        said.append((Span(pos, pos + len(name)), Span(start, start + len(content)), name, content))
        pieces.append(piece)
        pos += len(piece)
    text = f"Report {i}. " + "".join(pieces)
    shift = len(f"Report {i}. ")
    aid = Article.make_id(text)
    statements = []
    for who, body, name, _ in said:
        body = Span(body.start + shift, body.end + shift)
        kind = rng.choice(KINDS)
        statements.append(
            Statement(
                id=Statement.make_id(aid, (body,), kind),
                kind=kind,  # type: ignore[arg-type]
                content=(body,),
                speaker=Mention(
                    span=Span(who.start + shift, who.end + shift), text=name, label="PERSON"
                ),
            )
        )
    # a few undated articles and several articles per day, so ties in the sort key occur
    published = None if i % 7 == 0 else date(2022, 1, 1) + timedelta(days=rng.randrange(6))
    return Analysis(
        article=Article(id=aid, text=text, published=published, outlet=f"Outlet {i % 3}"),
        statements=tuple(statements),
    )


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    rng = random.Random(3)
    with Store.open(":memory:") as s:
        for i in range(40):
            s.save(_analysis(rng, i))
        yield s


def _pages(store: Store, size: int, **filters: Any) -> list[tuple[list[str], str | None]]:
    pages = []
    cursor = None
    while True:
        page = store.statements(limit=size, after=cursor, **filters)
        pages.append(([r["statement_id"] for r in page.items], page.cursor))
        cursor = page.cursor
        if cursor is None:
            return pages


@pytest.mark.parametrize(
    "filters",
    [
        {"search": "talks"},
        {"search": "talks border"},
        {"search": "grain", "kind": "direct"},
        {"search": "drone", "since": date(2022, 1, 2), "until": date(2022, 1, 4)},
        {"search": "veto", "speaker": "boris"},
        {"search": "summit", "outlet": "outlet 1"},
        {"search": "nothingsuch"},
    ],
)
@pytest.mark.parametrize("size", [1, 4, 9])
def test_sqlite_select_walk_plan_matches_fts_plan(
    store: Store, monkeypatch: pytest.MonkeyPatch, filters: dict[str, Any], size: int
) -> None:
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", 10**9)
    sorted_plan = _pages(store, size, **filters)
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", 0)
    walked = _pages(store, size, **filters)
    assert walked == sorted_plan
    monkeypatch.setattr(sqlite_select, "FTS_PROBE_MIN", 0)  # the walk probing per row
    assert _pages(store, size, **filters) == sorted_plan
    if filters["search"] != "nothingsuch":
        assert sum(len(ids) for ids, _ in walked) > 0


def _plan(conn: sqlite3.Connection, search: str) -> str:
    """The query plan the store uses for ``search`` (every detail line joined)."""
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    try:
        sqlite_select.select_statements(conn, sqlite_select.StatementFilter(search=search), None, 5)
    finally:
        conn.set_trace_callback(None)
    sql = next(s for s in traced if s.lstrip().startswith("SELECT s.*"))
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    return " | ".join(str(r[3]) for r in rows)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("walk_min", "walks"), [(0, True), (10**9, False)])
def test_sqlite_select_chooses_plan_by_match_count(
    store: Store, monkeypatch: pytest.MonkeyPatch, walk_min: int, walks: bool
) -> None:
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", walk_min)
    plan = _plan(store._conn, "talks")
    assert ("statements_order" in plan) is walks
    assert "CORRELATED" not in plan  # the matches are listed once


@pytest.mark.sqlite_only  # an SQLite plan
def test_sqlite_select_probes_per_row_above_the_probe_minimum(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", 0)
    monkeypatch.setattr(sqlite_select, "FTS_PROBE_MIN", 0)
    plan = _plan(store._conn, "talks")
    assert "statements_order" in plan
    assert "CORRELATED" in plan


@pytest.mark.sqlite_only
def test_sqlite_select_fts_matches_counts_up_to_cap(store: Store) -> None:
    conn = store._conn
    total = sqlite_select.fts_matches(conn, '"talks"', 10**6)
    assert total > 5
    assert sqlite_select.fts_matches(conn, '"talks"', 3) == 4
    assert sqlite_select.fts_matches(conn, '"nothingsuch"', 3) == 0


@pytest.mark.sqlite_only  # an SQLite plan
def test_sqlite_select_lists_matches_below_the_probe_share(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_select, "FTS_WALK_MIN", 0)
    monkeypatch.setattr(sqlite_select, "FTS_PROBE_MIN", 0)
    monkeypatch.setattr(sqlite_select, "FTS_PROBE_SHARE", 1.0)  # no word is in more than all
    plan = _plan(store._conn, "talks")
    assert "statements_order" in plan
    assert "CORRELATED" not in plan


@pytest.mark.parametrize(
    "filters",
    [
        {"search": "talks"},
        {"search": "veto summit", "speaker": "boris"},
        {"search": "grain", "outlet": "outlet 2", "kind": "direct"},
        {"search": "nothingsuch"},
        {"search": "-- *"},  # no searchable word
    ],
)
def test_sqlite_select_capped_tally_reads_the_index_in_order_and_stops(
    store: Store, filters: dict[str, Any]
) -> None:
    full = store.statement_tally(**filters)
    total = sum(full.total.values())
    assert store.statement_tally(**filters, cap=10**6) == full  # under the cap: exact
    if total > 2:
        capped = store.statement_tally(**filters, cap=2)
        assert not capped.exact
        assert sum(capped.total.values()) == 3
        assert all(n <= full.total[act] for act, n in capped.total.items())
