"""Tests of statement queries: full-text search, filters, ordering and cursor paging."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportedly.errors import InputError, NotFound
from reportedly.store import MAX_LIMIT, Store
from reportedly.store.base import encode_cursor
from reportedly.store.search_words import fts_query

from .builders import make_analysis

ENGLISH = make_analysis(
    "Peskov said Putin is open for negotiations. He added that talks were stalled.",
    published=date(2022, 12, 2),
    outlet="Ukrainska Pravda",
    said=(
        ("Peskov", "Putin is open for negotiations", "indirect"),
        ("He", "talks were stalled", "indirect"),
    ),
    cited=(("RIA Novosti", (0,)),),
)
UKRAINIAN = make_analysis(
    "Пєсков заявив: «Переговори можливі». Зеленський відповів: «Ні».",
    published=date(2022, 12, 3),
    outlet="Українська правда",
    said=(("Пєсков", "Переговори можливі", "direct"), ("Зеленський", "Ні", "direct")),
)
OPERATORS = make_analysis(
    'Biden said "NEAR AND OR * - (x) col:y" was his favourite line. Café owners agreed.',
    outlet="Kyiv Independent",
    said=(("Biden", "NEAR AND OR * - (x) col:y", "mixed"), ("Café owners", "agreed", "indirect")),
)
CORPUS = (ENGLISH, UKRAINIAN, OPERATORS)
ALL = {s.id for a in CORPUS for s in a.statements}


def _id(analysis: Any, i: int) -> str:
    return str(analysis.statements[i].id)


@pytest.fixture(scope="module")
def store() -> Any:
    with Store.open(":memory:") as s:
        for a in CORPUS:
            s.save(a)
        yield s


def _ids(store: Store, **filters: Any) -> set[str]:
    return {r["statement_id"] for r in store.statements(limit=MAX_LIMIT, **filters).items}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("negotiations", {_id(ENGLISH, 0)}),
        ("NEGOTIATIONS putin", {_id(ENGLISH, 0)}),
        ("negotiations *", {_id(ENGLISH, 0)}),
        ("negotiations*", {_id(ENGLISH, 0)}),
        ("peskov", {_id(ENGLISH, 0)}),  # via the speaker's entity name
        ("переговори", {_id(UKRAINIAN, 0)}),
        ("ПЄСКОВ", {_id(UKRAINIAN, 0)}),
        ("NEAR", {_id(OPERATORS, 0)}),
        ("and OR", {_id(OPERATORS, 0)}),
        ("cafe", {_id(OPERATORS, 1)}),
        ("Putin -negotiations", {_id(ENGLISH, 0)}),
        ('"Putin is"', {_id(ENGLISH, 0)}),
        ('Putin "', {_id(ENGLISH, 0)}),
        ('"', set()),
        ('""', set()),
        ("*", set()),
        ("-", set()),
        ("NEAR(negotiations open)", set()),
        ("speaker_name:peskov", set()),
        ("content_text : talks", set()),  # no column filter: the words must all occur
        ("talks : stalled", {_id(ENGLISH, 1)}),
        ("putin\x00negotiations", {_id(ENGLISH, 0)}),
        ("'; DROP TABLE statements; --", set()),
        ("^putin", {_id(ENGLISH, 0)}),
        ("🙂 negotiations", {_id(ENGLISH, 0)}),
        ("\x00", set()),
        ("nothing-like-this", set()),
    ],
)
def test_search_fts_input_is_quoted(store: Store, query: str, expected: set[str]) -> None:
    assert _ids(store, search=query) == expected
    assert store.counts()["statements"] == len(ALL)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_search_fts_never_raises_on_any_text(text: str) -> None:
    with Store.open(":memory:") as s:
        s.save(OPERATORS)
        s.statements(search=text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a b", '"a" "b"'),
        ('say "hi"', '"say" """hi"""'),
        ("* - ()", ""),
        ("NEAR(a)", '"NEAR(a)"'),
        ("a\x00b", '"a" "b"'),
        ("grain b grain", '"grain" "b"'),
    ],
)
def test_search_fts_query_quoting(text: str, expected: str) -> None:
    assert fts_query(text) == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ALL),
        ({"search": "   "}, ALL),
        ({"speaker": "pes"}, {_id(ENGLISH, 0)}),
        ({"speaker": "пєс"}, {_id(UKRAINIAN, 0)}),
        ({"speaker": "ПЄСКОВ"}, {_id(UKRAINIAN, 0)}),
        ({"speaker": "he"}, {_id(ENGLISH, 1)}),
        ({"speaker": "%"}, set()),
        ({"outlet": "pravda"}, {_id(ENGLISH, 0), _id(ENGLISH, 1)}),
        ({"outlet": "ПРАВДА"}, {_id(UKRAINIAN, 0), _id(UKRAINIAN, 1)}),
        ({"outlet": "novosti"}, {_id(ENGLISH, 0)}),  # a citation covering it
        ({"since": date(2022, 12, 3)}, {_id(UKRAINIAN, 0), _id(UKRAINIAN, 1)}),
        ({"until": date(2022, 12, 2)}, {_id(ENGLISH, 0), _id(ENGLISH, 1)}),
        (
            {"since": date(2022, 12, 1), "until": date(2022, 12, 31)},
            ALL - {_id(OPERATORS, 0), _id(OPERATORS, 1)},
        ),
        ({"kind": "direct"}, {_id(UKRAINIAN, 0), _id(UKRAINIAN, 1)}),
        ({"kind": "mixed"}, {_id(OPERATORS, 0)}),
        ({"article": ENGLISH.article.id}, {_id(ENGLISH, 0), _id(ENGLISH, 1)}),
        ({"article": OPERATORS.article.id[:6]}, {_id(OPERATORS, 0), _id(OPERATORS, 1)}),
        ({"speaker": "peskov", "search": "stalled"}, set()),
        ({"outlet": "novosti", "kind": "indirect", "search": "putin"}, {_id(ENGLISH, 0)}),
    ],
)
def test_search_filters(store: Store, filters: dict[str, Any], expected: set[str]) -> None:
    assert _ids(store, **filters) == expected


def test_search_order_newest_first_undated_last(store: Store) -> None:
    got = [r["statement_id"] for r in store.statements().items]
    assert got == [
        _id(UKRAINIAN, 0),
        _id(UKRAINIAN, 1),
        _id(ENGLISH, 0),
        _id(ENGLISH, 1),
        _id(OPERATORS, 0),
        _id(OPERATORS, 1),
    ]


@pytest.mark.parametrize(
    ("filters", "error"),
    [
        ({"kind": "rumour"}, InputError),
        ({"limit": 0}, InputError),
        ({"since": "2022-12-01"}, InputError),
        ({"after": "not a cursor!"}, InputError),
        ({"after": encode_cursor((0, "x"))}, InputError),  # an articles cursor
        ({"after": encode_cursor(("0", "x", 0, "y"))}, InputError),
        ({"article": "ffffffffffff"}, NotFound),
    ],
)
def test_search_bad_arguments(store: Store, filters: dict[str, Any], error: type) -> None:
    with pytest.raises(error):
        store.statements(**filters)


def test_search_limit_is_capped(store: Store) -> None:
    page = store.statements(limit=10**6)
    assert len(page.items) == len(ALL)
    assert page.cursor is None


# -- paging ----------------------------------------------------------------------------

DATES = [date(2023, 1, 1), date(2022, 6, 1), None, date(2023, 1, 1), None, date(2021, 2, 3)]


@pytest.fixture(scope="module")
def big() -> Any:
    with Store.open(":memory:") as s:
        for i in range(30):
            words = [f"w{i}x{j}" for j in range(i % 5)]
            text = f"Article {i}: " + " ".join(f"Ann said {w}." for w in words)
            said = tuple(("Ann", w, "indirect") for w in words)
            s.save(
                make_analysis(text, published=DATES[i % len(DATES)], outlet=f"o{i % 3}", said=said)
            )
        yield s


def _expected_order(store: Store) -> list[str]:
    rows = store._conn.execute(
        "SELECT id, published, article_id, extent_start FROM statements"
    ).fetchall()
    rows.sort(
        key=lambda r: (
            r["published"] is None,
            -date.fromisoformat(r["published"]).toordinal() if r["published"] else 0,
            r["article_id"],
            r["extent_start"],
            r["id"],
        )
    )
    return [r["id"] for r in rows]


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 59, 60, 61, 1000])
def test_search_paging_has_no_gaps_or_duplicates(big: Store, limit: int) -> None:
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        page = big.statements(limit=limit, after=cursor)
        assert len(page.items) <= limit
        seen += [r["statement_id"] for r in page.items]
        pages += 1
        if page.cursor is None:
            break
        cursor = page.cursor
    assert seen == _expected_order(big)
    assert len(seen) == 60
    assert pages == -(-60 // limit) or (60 % limit == 0 and pages == 60 // limit)


def test_search_paging_with_filters(big: Store) -> None:
    full = [r["statement_id"] for r in big.statements(outlet="o1", limit=1000).items]
    seen: list[str] = []
    cursor = None
    while True:
        page = big.statements(outlet="o1", limit=4, after=cursor)
        seen += [r["statement_id"] for r in page.items]
        if (cursor := page.cursor) is None:
            break
    assert seen == full
    assert len(full) == 20


def test_search_iter_statement_records_streams_everything(big: Store) -> None:
    records = list(big.iter_statement_records())
    assert [r["statement_id"] for r in records] == _expected_order(big)
    assert {r["outlet"] for r in big.iter_statement_records(outlet="o2")} == {"o2"}


def test_search_iter_statement_records_pages_internally(
    big: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportedly.store import statement_reads

    calls: list[int] = []
    original = Store.statements

    def spy(self: Store, **kwargs: Any) -> Any:
        calls.append(kwargs["limit"])
        return original(self, **kwargs)

    monkeypatch.setattr(statement_reads, "MAX_LIMIT", 7)
    monkeypatch.setattr(Store, "statements", spy)
    records = list(big.iter_statement_records(kind="indirect"))
    assert [r["statement_id"] for r in records] == _expected_order(big)
    assert calls == [7] * 9  # 60 rows: 8 full pages and a last one
