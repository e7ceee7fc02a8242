"""A speaker or outlet filter queried one alternative at a time (PostgreSQL, store/pg_filters.py)
returns what the one OR query returns: the same pages, cursors, counts and tallies."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from reportedly.store import Store, pg_filters
from reportedly.store.base import ActTally

from .builders import make_analysis, memory_store, statement_pages

_NAMES = ("Anna Berg", "Carl Dahl", "Berg Holm")
_OUTLETS = ("Reuters", "TASS", "Reuters Berlin", None)
_ACTS = (("speech", False), ("belief", False), ("intent", True), ("speech", False))


def _article(rng: random.Random, n: int) -> Any:
    said = []
    for i in range(rng.randint(1, 4)):
        said.append(
            (rng.choice(_NAMES), f"the talks went on {n} {i}", rng.choice(("direct", "mixed")))
        )
    text = " ".join(f"{who} said {content}." for who, content, _ in said)
    # an outlet cited for some statements it also published, and other outlets' statements
    cited = []
    for name in ("Reuters", "TASS"):
        covered = tuple(i for i in range(len(said)) if rng.random() < 0.4)
        if covered:
            cited.append((name, covered))
    published = None if n % 9 == 0 else date(2022, 3, 1) + timedelta(days=rng.randrange(4))
    acts = tuple(rng.choice(_ACTS) for _ in said)
    outlet = _OUTLETS[n % len(_OUTLETS)]
    return make_analysis(
        text, published=published, outlet=outlet, said=tuple(said), cited=tuple(cited), acts=acts
    )


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with memory_store(_article, seed=15) as s:
        yield s


def _one_or(real: Any, sort: bool | None = None) -> Any:
    """``name_filters`` giving its alternatives as the one OR condition they stand for (and
    with ``sort``, that plan of a page instead of the one chosen)."""

    def joined(*args: Any) -> pg_filters.Split | None:
        split = real(*args)
        if split is None:
            return None
        return pg_filters.Split(
            (pg_filters.either(split.options),), sort=split.sort if sort is None else sort
        )

    return joined


def _answers(store: Store, filters: dict[str, Any]) -> tuple[Any, ...]:
    pages = [statement_pages(store, size, **filters) for size in (1, 3, 50)]
    by_confidence = statement_pages(store, 4, sort="confidence", **filters)
    count = store.statement_count(**filters)
    tallies = [store.statement_tally(sure=0.5, cap=cap, **filters) for cap in (None, 2, 1000)]
    # a tally past its cap counts whichever rows came first: only how many
    read = [t if t.exact else (False, sum(t.total.values())) for t in tallies]
    return pages, by_confidence, count, read


FILTERS = [
    {"speaker": "berg"},
    {"speaker": "Carl Dahl"},
    {"speaker": "carl-dahl"},  # an actor id
    {"speaker": "nobody"},
    {"outlet": "reuters"},
    {"outlet": "TASS", "kind": "mixed"},
    {"outlet": "nowhere"},
    {"speaker": "berg", "outlet": "reuters"},
    {"speaker": "dahl", "search": "talks", "since": date(2022, 3, 2)},
    {"outlet": "tass", "search": "talks", "act": "belief"},
]


@pytest.mark.parametrize("filters", FILTERS)
def test_pg_filters_branches_return_what_the_or_returns(
    store: Store, monkeypatch: pytest.MonkeyPatch, filters: dict[str, Any]
) -> None:
    split = _answers(store, filters)
    real = pg_filters.name_filters
    for sort in (None, True, False):
        monkeypatch.setattr(pg_filters, "name_filters", _one_or(real, sort))
        assert _answers(store, filters) == split


@pytest.mark.parametrize("sort", [True, False])
@pytest.mark.parametrize("filters", FILTERS)
def test_pg_filters_sorted_walked_split_and_joined_pages_are_the_same(
    store: Store, monkeypatch: pytest.MonkeyPatch, filters: dict[str, Any], sort: bool
) -> None:
    chosen = [statement_pages(store, size, **filters) for size in (1, 3)]
    real = pg_filters.name_filters

    def forced(*args: Any) -> pg_filters.Split | None:
        split = real(*args)
        if split is None:
            return None
        return pg_filters.Split(split.options, joined=not split.joined, sort=sort)

    monkeypatch.setattr(pg_filters, "name_filters", forced)
    assert [statement_pages(store, size, **filters) for size in (1, 3)] == chosen


def _matching(store: Store, filters: dict[str, Any]) -> list[dict[str, Any]]:
    return list(store.statements(limit=1000, **filters).items)


@pytest.mark.parametrize("filters", FILTERS)
def test_pg_filters_pages_counts_and_tallies_agree(store: Store, filters: dict[str, Any]) -> None:
    rows = _matching(store, filters)
    ids = [r["statement_id"] for r in rows]
    assert len(set(ids)) == len(ids)  # a row meeting two alternatives comes once
    for size in (1, 3):
        assert [i for page, _ in statement_pages(store, size, **filters) for i in page] == ids
    assert store.statement_count(**filters) == len(ids)
    if "act" in filters:
        return
    acts = Counter(str(r["act"]) for r in rows)
    sure = Counter(str(r["act"]) for r in rows if r["confidence"] >= 0.5)
    exact = store.statement_tally(sure=0.5, **filters)
    assert exact == ActTally(total=dict(acts), sure={a: sure.get(a, 0) for a in acts})
    for cap in (0, 2, len(ids), len(ids) + 1):
        capped = store.statement_tally(sure=0.5, cap=cap, **filters)
        assert capped.exact is (len(ids) <= cap)
        assert sum(capped.total.values()) == min(len(ids), cap + 1)
        assert all(n <= acts[a] for a, n in capped.total.items())
    if filters in ({"speaker": "berg"}, {"outlet": "reuters"}, {"speaker": "carl-dahl"}):
        assert ids


def test_pg_filters_finds_the_statements_an_outlet_published_and_was_cited_for(
    store: Store,
) -> None:
    rows = _matching(store, {"outlet": "reuters"})
    published = {r["statement_id"] for r in rows if "Reuters" in str(r["outlet"] or "")}
    cited = {
        r["statement_id"]
        for r in rows
        if any(c["outlet"] == "Reuters" for c in r.get("citations", ()))
    }
    assert published & cited  # published by Reuters and cited to it: once
    assert cited - published
    assert published - cited


def test_pg_filters_indexes_made_by_0018(pg_url: str) -> None:
    with Store.open(pg_url) as fresh:
        conn = fresh._conn
        names = {
            str(r[0])
            for r in conn.execute(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            )
        }
        assert "statements_kind_order" in names
        assert "statements_kind" not in names  # its first column: the new one serves its queries
        # pg_trgm is a contrib module: a server without it still opens the store, unindexed
        trgm = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone()
        assert ({"speaker_names_trigrams", "actor_names_trigrams"} <= names) is (trgm is not None)


def test_pg_trigram_indexes_in_every_schema_of_a_database(pg_url: str) -> None:
    # the extension lives once per database, in the first store's schema; a second store in
    # another schema still gets its trigram indexes
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("CREATE SCHEMA first_team")
        admin.execute("CREATE SCHEMA second_team")
    joint = "&" if "?" in pg_url else "?"
    for schema in ("first_team", "second_team"):
        with Store.open(f"{pg_url}{joint}options=-csearch_path%3D{schema}") as store:
            store._conn.execute("SELECT 1").fetchone()
    with psycopg.connect(pg_url) as conn:
        if conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone() is None:
            pytest.skip("this PostgreSQL server has no pg_trgm (a contrib module)")
        made = {
            (str(schema), str(name))
            for schema, name in conn.execute(
                "SELECT schemaname, indexname FROM pg_indexes WHERE indexname LIKE '%trigrams'"
            )
        }
    assert made == {
        (schema, index)
        for schema in ("first_team", "second_team")
        for index in ("speaker_names_trigrams", "actor_names_trigrams")
    }
