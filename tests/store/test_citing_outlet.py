"""The outlet a statement cites, kept on its link to the citation (migration 0019): right after
saves, re-saves and migration, and the outlet filter finds by it what the citations say."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from reportedly.model import Analysis
from reportedly.store import Store

from .builders import make_analysis, statement_pages

_OUTLETS = ("Reuters", "TASS", "Reuters Berlin", "RIA Novosti")


def _article(rng: random.Random, n: int, cited: tuple[str, ...] = _OUTLETS) -> Analysis:
    """Article ``n`` (its text depends on ``n`` alone), citing some of ``cited``."""
    said = tuple(
        (("Anna Berg", "Carl Dahl")[(n + i) % 2], f"the talks went on {n} {i}", "direct")
        for i in range(1 + n % 4)
    )
    text = " ".join(f"{who} said {content}." for who, content, _ in said)
    citations = []
    for name in cited:
        covered = tuple(i for i in range(len(said)) if rng.random() < 0.4)
        if covered:
            citations.append((name, covered))
    return make_analysis(
        text, outlet=("TASS", "Kyiv Post")[n % 2], said=said, cited=tuple(citations)
    )


def _links(store: Store) -> list[tuple[Any, ...]]:
    """Each link of a statement to a citation: its outlet and the citation's."""
    rows = store._conn.execute(
        "SELECT sc.statement_id, sc.citation_position, sc.outlet, c.outlet"
        " FROM statement_citations sc LEFT JOIN citations c"
        " ON c.article_id = sc.article_id AND c.position = sc.citation_position"
        " ORDER BY sc.statement_id, sc.citation_position"
    ).fetchall()
    return [tuple(r) for r in rows]


def _fill(store: Store, seed: int = 19, count: int = 30) -> list[Analysis]:
    rng = random.Random(seed)
    analyses = [_article(rng, n) for n in range(count)]
    for a in analyses:
        store.save(a)
    return analyses


def _citing(store: Store, needle: str) -> list[str]:
    """The statements an outlet filter keeps, from their records (the article's outlet and
    every citation, read through ``citations``): what the filter must find."""
    every = list(store.statements(limit=1000).items)
    return [
        r["statement_id"]
        for r in every
        if needle in str(r["outlet"] or "").casefold()
        or any(needle in str(c["outlet"]).casefold() for c in r["citations"])
    ]


def _answers(store: Store) -> list[Any]:
    out: list[Any] = []
    for outlet in ("reuters", "ria", "tass", "nowhere"):
        for search in (None, "talks"):
            filters = {"outlet": outlet, "search": search}
            out.append(
                (
                    [statement_pages(store, size, **filters) for size in (1, 4)],
                    store.statement_count(**filters),
                    store.statement_tally(sure=0.5, **filters),
                    store.statement_tally(sure=0.5, cap=3, **filters).exact,
                )
            )
    return out


def test_citing_outlet_saved_with_each_link(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        _fill(store)
        links = _links(store)
        assert links
        assert all(own == cited and own is not None for _, _, own, cited in links)
        assert {own for _, _, own, _ in links} == set(_OUTLETS)


def test_citing_outlet_follows_a_resave_and_the_filter_with_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        analyses = _fill(store)
        assert "reuters" in {o.casefold() for _, _, o, _ in _links(store)}
        before = set(_citing(store, "reuters"))
        # the same articles again, citing only TASS: Reuters is left as a publisher of none
        rng = random.Random(19)
        for n, old in enumerate(analyses):
            again = _article(rng, n, cited=("TASS",))
            assert again.article.id == old.article.id
            assert store.save(again, replace=True)
        links = _links(store)
        assert links
        assert {own for _, _, own, _ in links} == {"TASS"}
        assert all(own == cited for _, _, own, cited in links)
        assert before
        assert store.statement_count(outlet="reuters") == 0
        found = [i for page, _ in statement_pages(store, 3, outlet="tass") for i in page]
        assert found == _citing(store, "tass")


def test_outlet_filter_finds_what_the_citations_say(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        _fill(store)
        for needle in ("reuters", "ria", "berlin", "tass", "kyiv", "nowhere"):
            found = [i for page, _ in statement_pages(store, 4, outlet=needle) for i in page]
            assert found == _citing(store, needle), needle
            assert store.statement_count(outlet=needle) == len(found)
        # cited only (Reuters publishes nothing here) and found through the new column
        assert _citing(store, "reuters")


def test_migration_0019_backfills_the_citing_outlet(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        _fill(store)
        expected_links = _links(store)
        expected = _answers(store)
        # back to 0018: the column and its index gone, the migration not applied
        with store._write() as conn:
            conn.execute("DROP INDEX statement_citations_outlet")
            conn.execute("ALTER TABLE statement_citations DROP COLUMN outlet")
            conn.execute("DELETE FROM migrations WHERE name = '0019_citing_outlet'")
    with Store.open(path) as store:
        assert _links(store) == expected_links
        assert _answers(store) == expected
