"""Counts kept at write time (per actor, per table): they match a fresh count after every
kind of write."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from reportedly.errors import InputError
from reportedly.model import Analysis, Article, Citation, Entity, Span, Statement
from reportedly.store import Store
from reportedly.store.queries import Reader
from reportedly.store.sql import name_needle

from .builders import make_analysis

# counted from the rows, the way the actor list counted per request before migration 0008
_FRESH = (
    "SELECT a.id,"
    " (SELECT count(*) FROM statements s WHERE s.linked_actor = a.id),"
    " (SELECT coalesce(sum(json_array_length(e.mentions)), 0) FROM entities e"
    "  WHERE e.linked_actor = a.id),"
    " (SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.linked_actor = a.id)"
    " FROM actors a WHERE a.merged_into IS NULL"
)


def article(text: str, people: dict[str, str], said: list[str], *, title: str = "") -> Analysis:
    """An article naming ``people`` (entity id -> full name, each mentioned wherever its
    surname occurs) and one statement per speaker in ``said`` (entity ids; the whole text)."""
    art = Article(id=Article.make_id(title + text), text=text, title=title or None)
    entities = []
    for eid, name in people.items():
        surname = name.split()[-1]
        spans, at = [], text.find(surname)
        while at >= 0:
            spans.append(Span(at, at + len(surname)))
            at = text.find(surname, at + 1)
        entities.append(
            Entity(id=eid, name=name, kind="person", mentions=tuple(spans), resolution="article")
        )
    statements = tuple(
        Statement(
            id=Statement.make_id(art.id, (Span(i, len(text)),), "indirect"),
            kind="indirect",
            content=(Span(i, len(text)),),
            speaker_entity=eid,
            speaker_resolution="article",
        )
        for i, eid in enumerate(said)
    )
    return Analysis(article=art, entities=tuple(entities), statements=statements)


def kept(store: Store) -> dict[str, tuple[int, int, int]]:
    rows = store._conn.execute(
        "SELECT actor_id, statements, mentions, articles FROM actor_counts"
        " WHERE statements > 0 OR mentions > 0"
    )
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def fresh(store: Store) -> dict[str, tuple[int, int, int]]:
    rows = store._conn.execute(_FRESH)
    assert store.counts() == {  # and the table counts while at it
        t: store._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "statements", "citations", "skips")
    }
    return {r[0]: (r[1], r[2], r[3]) for r in rows if r[1] or r[2]}


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        yield s


ONE = article(
    "Anna Berg said Berg would go; Carl Dahl agreed with Berg.",
    {"anna-berg": "Anna Berg", "carl-dahl": "Carl Dahl"},
    ["anna-berg", "anna-berg", "carl-dahl"],
)
TWO = article("Anna Berg repeated it.", {"anna-berg": "Anna Berg"}, ["anna-berg"], title="Second")


def test_counts_follow_saves_and_a_re_save(store: Store) -> None:
    store.save(ONE)
    store.save(TWO)
    assert kept(store) == fresh(store) == {"anna-berg": (3, 4, 2), "carl-dahl": (1, 1, 1)}
    assert store.save(ONE) is False  # already stored: nothing counted twice
    assert kept(store) == fresh(store)
    assert [(a["id"], a["statements"]) for a in store.actors()] == [
        ("anna-berg", 3),
        ("carl-dahl", 1),
    ]


def test_counts_follow_a_replace_that_changes_the_speakers(store: Store) -> None:
    store.save(ONE)
    store.save(TWO)
    changed = article(ONE.article.text, {"carl-dahl": "Carl Dahl"}, ["carl-dahl", "carl-dahl"])
    assert changed.article.id == ONE.article.id
    store.save(changed, replace=True)
    assert kept(store) == fresh(store) == {"anna-berg": (1, 1, 1), "carl-dahl": (2, 1, 1)}
    store.save(ONE, replace=True)  # and back
    assert kept(store) == fresh(store) == {"anna-berg": (3, 4, 2), "carl-dahl": (1, 1, 1)}


def test_counts_follow_a_failed_save(store: Store) -> None:
    store.save(ONE)
    before = kept(store)
    bad = article("Anna Berg said.", {"anna-berg": "Anna Berg"}, ["anna-berg"])
    broken = Analysis(
        article=bad.article,
        entities=bad.entities,
        statements=(Statement(id="x", kind="direct", content=(Span(0, 999),)),),
    )
    with pytest.raises(InputError):
        store.save(broken)
    assert kept(store) == before == fresh(store)


def test_counts_follow_a_merge(store: Store) -> None:
    store.save(article("John Smith said so.", {"john-smith": "John Smith"}, ["john-smith"]))
    store.save(
        article("John Q. Smith said so.", {"john-q-smith": "John Q. Smith"}, ["john-q-smith"])
    )
    text = "John Q. Smith spoke. John Smith said so."
    both = Analysis(
        article=Article(id=Article.make_id(text), text=text),
        entities=(
            Entity(
                id="john-q-smith",
                name="John Q. Smith",
                kind="person",
                mentions=(Span(0, 13), Span(21, 31)),
                resolution="article",
            ),
        ),
    )
    store.save(both)
    assert kept(store) == fresh(store) == {"john-smith": (2, 4, 3)}
    assert "john-q-smith" not in {
        r[0] for r in store._conn.execute("SELECT actor_id FROM actor_counts")
    }


def test_actor_pages_follow_the_cursor(store: Store) -> None:
    people = {f"p{i}": f"Person Number{i}" for i in range(7)}
    for i in range(7):
        said = [f"p{j}" for j in range(i + 1)]
        store.save(article(f"Number{i} spoke.", people, said, title=str(i)))
    seen, cursor = [], None
    while True:
        page = store.actor_page(limit=3, after=cursor)
        seen += [a["id"] for a in page.items]
        if page.cursor is None:
            break
        cursor = page.cursor
    assert seen == [a["id"] for a in store.actors(limit=100)]
    assert seen == [f"person-number{i}" for i in range(7)]  # p0 speaks in all seven
    with pytest.raises(InputError):
        store.actor_page(after="nonsense")


def test_migration_counts_an_existing_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.save(ONE)
        store.save(TWO)
        with store._write() as conn:  # back to the schema before 0008 (either back end)
            for undo in (
                "DROP TABLE actor_counts",
                "DROP TABLE table_counts",
                "DROP INDEX citations_outlet_names",
                "DROP INDEX statements_actor_order",
                "DROP INDEX statements_actor_published",
                "CREATE INDEX statements_linked_actor ON statements (linked_actor)",
                "DROP INDEX entities_actor_roles",
                "CREATE INDEX entities_linked_actor ON entities (linked_actor)",
            ):
                conn.execute(undo)
            conn.execute("DELETE FROM migrations WHERE name = ?", ("0008_actor_counts",))
    with Store.open(path) as store:
        assert kept(store) == fresh(store) == {"anna-berg": (3, 4, 2), "carl-dahl": (1, 1, 1)}
        assert store.counts()["statements"] == 4


def test_table_counts_follow_skips(store: Store) -> None:
    assert store.save_skip("a.html", "ingest", "E101", "empty") is True
    assert store.save_skip("a.html", "ingest", "E101", "still empty") is False
    store.save_skip("b.html", "ingest", "E101", "empty")
    assert store.counts()["skips"] == 2
    fresh(store)


def test_save_many_writes_what_save_does(store: Store, tmp_path: Path) -> None:
    assert store.save_many([ONE, TWO, ONE]) == 2  # the repeat is already stored
    with Store.open(tmp_path / "one-by-one.db") as other:
        other.save(ONE)
        other.save(TWO)
        assert kept(other) == kept(store) == fresh(store)
        assert list(other.iter_statement_records()) == list(store.iter_statement_records())


def with_outlets(a: Analysis, outlet: str | None, cited: list[tuple[str, str | None]]) -> Analysis:
    """``a`` published by ``outlet``, citing each (name, registry id) in ``cited``."""
    citations = tuple(
        Citation(
            id=f"c{i}",
            kind="according_to",
            outlet=name,
            span=Span(0, 4),
            outlet_id=outlet_id,
        )
        for i, (name, outlet_id) in enumerate(cited)
    )
    article = replace(a.article, outlet=outlet)
    return replace(a, article=article, citations=citations)


def kept_outlets(store: Store) -> tuple[list[tuple[str, int]], list[tuple[str | None, str, int]]]:
    with Reader(store.path) as reader:
        return reader.outlet_names()


def fresh_outlets(store: Store) -> tuple[list[tuple[str, int]], list[tuple[str | None, str, int]]]:
    published = store._conn.execute(
        "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"
        " ORDER BY outlet"
    ).fetchall()
    cited = store._conn.execute(
        "SELECT outlet_id, outlet, count(*) FROM citations GROUP BY outlet_id, outlet"
        " ORDER BY coalesce(outlet_id, ''), outlet"
    ).fetchall()
    return [(r[0], r[1]) for r in published], [(r[0], r[1], r[2]) for r in cited]


def test_outlet_counts_follow_saves_and_replaces(tmp_path: Path) -> None:
    with Store.open(tmp_path / "outlets.db") as store:
        store.save(with_outlets(ONE, "Reuters", [("TASS", "tass"), ("TASS", "tass")]))
        store.save(with_outlets(TWO, "Reuters", [("Rybar", None)]))
        assert (
            kept_outlets(store)
            == fresh_outlets(store)
            == (
                [("Reuters", 2)],
                [(None, "Rybar", 1), ("tass", "TASS", 2)],
            )
        )
        store.save(with_outlets(ONE, "AP", [("Rybar", None)]), replace=True)
        assert (
            kept_outlets(store)
            == fresh_outlets(store)
            == (
                [("AP", 1), ("Reuters", 1)],
                [(None, "Rybar", 2)],
            )
        )
        assert store.save(with_outlets(TWO, "AP", [])) is False  # stored: nothing counted


def test_outlet_counts_of_an_existing_store_are_counted_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.save(with_outlets(ONE, "Reuters", [("TASS", "tass")]))
        store.save(with_outlets(TWO, None, [("TASS", "tass"), ("Rybar", None)]))
        with store._write() as conn:  # back to the schema before 0013 (either back end)
            conn.execute("DROP TABLE outlet_counts")
            conn.execute("DROP INDEX IF EXISTS statements_tally")  # SQLite's only
            conn.execute("DELETE FROM migrations WHERE name = ?", ("0013_listings",))
    with Store.open(path) as store:
        assert (
            kept_outlets(store)
            == fresh_outlets(store)
            == (
                [("Reuters", 1)],
                [(None, "Rybar", 1), ("tass", "TASS", 2)],
            )
        )


SPEAKERS = ("Dmitry Peskov", "Straße Amt", "ПЕСКОВ Дмитрий", "Anna Kovenko", "Peskova")


def _said_by(speakers: tuple[str, ...], n: int) -> Analysis:
    text = " ".join(f"{who} said item{n}x{i} happened." for i, who in enumerate(speakers))
    said = tuple((who, f"item{n}x{i} happened", "indirect") for i, who in enumerate(speakers))
    return make_analysis(text, said=said)


# how the speaker filter read every statement before the names were kept (the reference)
_FOLD_EVERY_ROW = (
    "SELECT s.id FROM statements s WHERE instr(casefold(s.speaker_name), ?) > 0"
    " OR instr(casefold(s.speaker_text), ?) > 0 OR s.linked_actor = ? OR s.linked_actor IN"
    " (SELECT actor_id FROM actor_names WHERE instr(folded, ?) > 0)"
)


@pytest.mark.parametrize(
    "needle", ["peskov", "PESKOV", "strasse", "песков", "kov", "a", "zzz", "Dmitry Peskov"]
)
def test_speaker_filter_finds_what_folding_every_speaker_found(tmp_path: Path, needle: str) -> None:
    with Store.open(tmp_path / "speakers.db") as store:
        store.save(_said_by(SPEAKERS[:3], 1))
        store.save(_said_by(SPEAKERS[2:], 2))
        store.save(_said_by(SPEAKERS[:2], 3), replace=True)
        folded = needle.casefold()
        params = (folded, folded, needle, name_needle(needle))
        expected = sorted(str(r[0]) for r in store._conn.execute(_FOLD_EVERY_ROW, params))
        found = sorted(r["statement_id"] for r in store.iter_statement_records(speaker=needle))
        assert found == expected
        if needle != "zzz":
            assert found


def test_speaker_names_follow_saves_and_replaces(tmp_path: Path) -> None:
    with Store.open(tmp_path / "names.db") as store:
        first = _said_by(("Anna Kovenko", "Boris Marov"), 1)
        store.save(first)
        store.save(_said_by(("Anna Kovenko",), 2))
        again = make_analysis(
            first.article.text, said=(("Boris Marov", "item1x1 happened", "indirect"),)
        )
        store.save(again, replace=True)
        kept = dict(
            store._conn.execute("SELECT name, rows FROM speaker_names WHERE rows > 0").fetchall()
        )
        fresh: dict[str, int] = {}
        for r in store._conn.execute("SELECT speaker_name, speaker_text FROM statements"):
            for name in r:
                if name is not None:
                    fresh[name] = fresh.get(name, 0) + 1
        assert kept == fresh
        assert kept["Anna Kovenko"] == 1  # its first article's statement was replaced away


def test_speaker_names_of_an_existing_store_are_counted_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.save(_said_by(SPEAKERS, 1))
        store.save(_said_by(SPEAKERS[:2], 2))
        before = dict(store._conn.execute("SELECT name, rows FROM speaker_names").fetchall())
        with store._write() as conn:  # back to the schema before 0014 (either back end)
            conn.execute("DROP TABLE speaker_names")
            conn.execute("DROP INDEX statements_speaker_name")
            conn.execute("DROP INDEX statements_speaker_text")
            conn.execute("DELETE FROM migrations WHERE name = ?", ("0014_speaker_names",))
    with Store.open(path) as store:
        after = dict(store._conn.execute("SELECT name, rows FROM speaker_names").fetchall())
        assert after == before
        assert after["Dmitry Peskov"] == 2
        assert [r["speaker_text"] for r in store.iter_statement_records(speaker="straße")] == [
            "Straße Amt",
            "Straße Amt",
        ]


# how the outlet filter read every statement before (the reference)
_FOLD_EVERY_OUTLET = (
    "SELECT s.id FROM statements s WHERE instr(casefold(s.outlet), ?) > 0 OR EXISTS"
    " (SELECT 1 FROM statement_citations sc JOIN citations c ON c.article_id = sc.article_id"
    " AND c.position = sc.citation_position"
    " WHERE sc.statement_id = s.id AND instr(casefold(c.outlet), ?) > 0)"
)


@pytest.mark.parametrize("needle", ["reuters", "TASS", "strasse", "рбк", "e", "zzz"])
def test_outlet_filter_finds_what_folding_every_outlet_found(tmp_path: Path, needle: str) -> None:
    with Store.open(tmp_path / "outlets.db") as store:
        text = "Anna Berg said the talks failed. Carl Dahl said the war went on."
        said = (
            ("Anna Berg", "the talks failed", "indirect"),
            ("Carl Dahl", "the war went on", "indirect"),
        )
        for n, (outlet, cited) in enumerate(
            [("Reuters", ("TASS",)), ("Straße Zeitung", ("РБК", "TASS")), (None, ("Reuters",))]
        ):
            made = make_analysis(
                f"{text} ({n})", outlet=outlet, said=said, cited=tuple((c, (0,)) for c in cited)
            )
            store.save(made)
        store.save(make_analysis(f"{text} (0)", outlet="AP", said=said), replace=True)
        folded = needle.casefold()
        expected = sorted(
            str(r[0]) for r in store._conn.execute(_FOLD_EVERY_OUTLET, (folded, folded))
        )
        found = sorted(r["statement_id"] for r in store.iter_statement_records(outlet=needle))
        assert found == expected
        if needle in ("reuters", "TASS", "e"):  # ß and Cyrillic fold by each back end's rules
            assert found
