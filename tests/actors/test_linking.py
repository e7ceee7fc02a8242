"""Tests of cross-article actor linking in the store, and of the actor queries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from reportedly.actors.linking import name_forms
from reportedly.errors import NotFound
from reportedly.model import Analysis, Article, Entity, Resolution, Span, Statement
from reportedly.store import Store


def make(
    text: str,
    people: list[tuple[str, str, Resolution, str | None]],
    *,
    published: date | None = None,
    speaker: str | None = None,
) -> Analysis:
    """An analysis of ``text`` with entities ``(id, name, resolution, actor_id)``, each
    mentioned wherever its name occurs, and one statement of the whole text by ``speaker``."""
    article = Article(id=Article.make_id(text), text=text, published=published)
    entities = []
    for entity_id, name, resolution, actor_id in people:
        surname = name.split()[-1]
        spans = []
        start = text.find(surname)
        while start >= 0:
            full = text.rfind(name, 0, start + len(surname))
            if full >= 0 and full + len(name) == start + len(surname):
                spans.append(Span(full, full + len(name)))
            else:
                spans.append(Span(start, start + len(surname)))
            start = text.find(surname, start + 1)
        entities.append(
            Entity(
                id=entity_id,
                name=name,
                kind="person",
                mentions=tuple(sorted(set(spans))),
                actor_id=actor_id,
                resolution=resolution,
                roles=("campaign manager",) if "Mook" in name else (),
            )
        )
    statements = ()
    if speaker is not None:
        content = (Span(0, len(text)),)
        statements = (
            Statement(
                id=Statement.make_id(article.id, content, "indirect"),
                kind="indirect",
                content=content,
                speaker_entity=speaker,
                speaker_resolution="registry" if speaker.endswith("dmitry") else "article",
            ),
        )
    return Analysis(article=article, entities=tuple(entities), statements=statements)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        yield s


def linked(store: Store, article_id: str) -> dict[str, str | None]:
    rows = store._conn.execute(
        "SELECT id, linked_actor FROM entities WHERE article_id = ?", (article_id,)
    )
    return {r[0]: r[1] for r in rows}


def test_linking_registry_actor_keeps_its_id_and_gets_its_aliases(store: Store) -> None:
    a = make(
        "Peskov said the talks were over.",
        [("peskov-dmitry", "Peskov", "registry", "peskov-dmitry")],
        speaker="peskov-dmitry",
    )
    store.save(a)
    assert linked(store, a.article.id) == {"peskov-dmitry": "peskov-dmitry"}
    found = store.actor("peskov-dmitry")
    assert found["name"] == "Dmitry Peskov"
    assert "Дмитрий Песков" in found["names"]
    assert (found["statements"], found["mentions"], found["articles"]) == (1, 1, 1)
    # the statement filter matches the actor's canonical name and aliases
    for needle in ("Dmitry Peskov", "Дмитрий Песков", "peskov-dmitry", "PESKOV"):
        assert len(store.statements(speaker=needle).items) == 1, needle
    assert store.statements(speaker="Zakharova").items == ()


def test_linking_same_full_name_links_across_articles(store: Store) -> None:
    one = make("Robby Mook said it was over.", [("robby-mook", "Robby Mook", "article", None)])
    two = make(
        "Robby Mook told CBS that Mook was sure.", [("robby-mook", "Robby Mook", "article", None)]
    )
    store.save(one)
    store.save(two)
    assert (
        linked(store, one.article.id)
        == linked(store, two.article.id)
        == {"robby-mook": "robby-mook"}
    )
    actors = store.actors()
    assert [(a["id"], a["mentions"], a["articles"]) for a in actors] == [("robby-mook", 3, 2)]


def test_linking_never_merges_on_a_bare_surname(store: Store) -> None:
    one = make("Conway said it was over.", [("conway", "Conway", "article", None)])
    two = make("Conway said it was not.", [("conway", "Conway", "article", None)])
    three = make(
        "Kellyanne Conway said so.", [("kellyanne-conway", "Kellyanne Conway", "article", None)]
    )
    for a in (one, two, three):
        store.save(a)
    ids = {
        linked(store, one.article.id)["conway"],
        linked(store, two.article.id)["conway"],
        linked(store, three.article.id)["kellyanne-conway"],
    }
    assert len(ids) == 3
    assert "kellyanne-conway" in ids


def test_linking_merges_when_an_article_shows_two_actors_are_one(store: Store) -> None:
    one = make("John Smith said so.", [("john-smith", "John Smith", "article", None)])
    two = make("John Q. Smith said so.", [("john-q-smith", "John Q. Smith", "article", None)])
    store.save(one)
    store.save(two)
    assert linked(store, one.article.id) != linked(store, two.article.id)
    text = "John Q. Smith spoke. John Smith said so."
    three = Analysis(
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
    store.save(three)
    survivor = linked(store, one.article.id)["john-smith"]
    assert linked(store, two.article.id)["john-q-smith"] == survivor
    assert linked(store, three.article.id)["john-q-smith"] == survivor
    # the merged id still leads to the survivor
    assert store.actor("john-q-smith")["id"] == survivor
    assert store.actor(survivor)["merged"] == ["john-q-smith"]
    assert [a["id"] for a in store.actors(search="smith")] == [survivor]


def test_linking_save_twice_and_replace_keep_the_ids(store: Store) -> None:
    a = make("Robby Mook said it was over.", [("robby-mook", "Robby Mook", "article", None)])
    assert store.save(a) is True
    assert store.save(a) is False
    assert store.save(a, replace=True) is True
    rows = store._conn.execute("SELECT id FROM actors").fetchall()
    assert [r[0] for r in rows] == ["robby-mook"]
    assert store.actor("robby-mook")["articles"] == 1
    assert store.actor("robby-mook")["article_roles"] == ["campaign manager"]


def test_linking_unresolved_entities_get_no_actor(store: Store) -> None:
    text = "Talks were held in Moscow."
    a = Analysis(
        article=Article(id=Article.make_id(text), text=text),
        entities=(
            Entity(
                id="moscow",
                name="Moscow",
                kind="country",
                mentions=(Span(19, 25),),
                resolution="unresolved",
            ),
        ),
    )
    store.save(a)
    assert linked(store, a.article.id) == {"moscow": None}
    assert store.actors() == []


def test_linking_roundtrip_keeps_the_analysis_exact(store: Store) -> None:
    a = make(
        "Peskov said the talks were over.",
        [("peskov-dmitry", "Peskov", "registry", "peskov-dmitry")],
        speaker="peskov-dmitry",
    )
    a = a.__class__(
        article=a.article,
        entities=a.entities,
        statements=tuple(
            s.__class__(
                **{
                    **{f: getattr(s, f) for f in s.__dataclass_fields__},
                    "speaker_actor": "peskov-dmitry",
                }
            )
            for s in a.statements
        ),
    )
    store.save(a)
    back = store.article(a.article.id)
    assert back.entities == a.entities
    assert back.statements == a.statements


def test_linking_actor_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="no actor 'nobody'"):
        store.actor("nobody")


@pytest.mark.parametrize(
    ("name", "written", "forms"),
    [
        ("Donald J. Trump", ["Donald J. Trump", "Trump", "he"], ("Donald J. Trump", "Trump")),
        ("Robby Mook", ["Robby Mook", "the campaign manager"], ("Robby Mook",)),
        ("Mook", ["Mook", "Mook’s"], ("Mook",)),
    ],
)
def test_linking_name_forms_are_parts_of_the_name(
    name: str, written: list[str], forms: tuple[str, ...]
) -> None:
    text = " | ".join(written)
    spans, at = [], 0
    for w in written:
        spans.append(Span(at, at + len(w)))
        at += len(w) + 3
    entity = Entity(id="x", name=name, kind="person", mentions=tuple(spans))
    assert name_forms(entity, text) == forms
