"""Tests of the actors stage: entities, titles, metonyms and pronouns to canonical actors."""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from reportedly.actors import ActorRegistry, default_registry
from reportedly.actors.resolve import ResolutionData, default_data, resolve_actors
from reportedly.errors import ConfigError
from reportedly.ingest import read_text
from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement
from reportedly.pipeline import Pipeline


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return default_registry()


@pytest.fixture(scope="module")
def sample(pipeline: Pipeline, sample_text: str) -> Analysis:
    return pipeline.analyze(read_text(sample_text, source="sample"))


def analyse(pipeline: Pipeline, text: str, published: date | None = None) -> Analysis:
    article = Article(id=Article.make_id(text), text=text, published=published)
    return pipeline.analyze(article)


def entity_at(a: Analysis, phrase: str, nth: int = 0) -> Entity | None:
    """The entity one of whose mentions is the ``nth`` occurrence of ``phrase``."""
    start = -1
    for _ in range(nth + 1):
        start = a.article.text.index(phrase, start + 1)
    span = Span(start, start + len(phrase))
    return next((e for e in a.entities if span in e.mentions), None)


def speaker_of(a: Analysis, words: str) -> Statement:
    return next(s for s in a.statements if words in s.content_text(a.article.text))


# -- acceptance on the sample ------------------------------------------------------------


@pytest.mark.needs_model
def test_resolve_sample_every_speaker_is_peskov_or_biden(sample: Analysis) -> None:
    said = [s for s in sample.statements if s.act in {"speech", "belief"}]
    assert len(said) == 8
    for s in said:
        assert s.speaker_actor in {"peskov-dmitry", "biden-joe"}, s
        assert s.speaker_resolution == "registry"
        entity = next(e for e in sample.entities if e.id == s.speaker_entity)
        assert entity.actor_id == s.speaker_actor
    biden = [s for s in sample.statements if s.speaker_actor == "biden-joe"]
    assert {s.speaker.text for s in biden if s.speaker} == {"He", "US President Joe Biden"}


@pytest.mark.needs_model
def test_resolve_sample_kremlin_is_the_russian_government(sample: Analysis) -> None:
    kremlin = entity_at(sample, "Kremlin", 1)
    assert kremlin is not None
    assert (kremlin.actor_id, kremlin.kind, kremlin.code) == (
        "government-russia",
        "government",
        "RUS GOV",
    )
    assert entity_at(sample, "Washington") is not None
    assert entity_at(sample, "Washington").actor_id == "government-usa"  # type: ignore[union-attr]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("phrase", "nth", "actor"),
    [
        ("he does not intend", 0, "biden-joe"),
        ("he will be prepared", 0, "biden-joe"),
        ("his Russian counterpart", 0, "biden-joe"),  # "his" is Biden's
        ("the latter", 0, "putin-vladimir"),
        ("he started", 0, "putin-vladimir"),
        ("he withdraws", 0, "putin-vladimir"),
        ("his troops", 0, "putin-vladimir"),
    ],
)
def test_resolve_sample_background_pronouns(
    sample: Analysis, phrase: str, nth: int, actor: str
) -> None:
    text = sample.article.text
    background = text.index("Background:")
    start = text.index(phrase, background)
    word = phrase.split()[0] if phrase != "the latter" else phrase
    span = Span(start, start + len(word))
    owner = next((e for e in sample.entities if span in e.mentions), None)
    assert owner is not None, phrase
    assert owner.actor_id == actor


@pytest.mark.needs_model
def test_resolve_sample_titles_and_apposition(sample: Analysis) -> None:
    text = sample.article.text
    start = text.index("press secretary of the Russian President")
    peskov = next(e for e in sample.entities if e.actor_id == "peskov-dmitry")
    assert Span(start, start + len("press secretary of the Russian President")) in peskov.mentions
    putin = next(e for e in sample.entities if e.actor_id == "putin-vladimir")
    title = text.index("the President of the Russian Federation")
    assert any(m.start == title for m in putin.mentions)
    counterpart = text.index("his Russian counterpart")
    assert Span(counterpart, counterpart + len("his Russian counterpart")) in putin.mentions


@pytest.mark.needs_model
def test_resolve_sample_keeps_entity_names_and_ids_unique(sample: Analysis) -> None:
    ids = [e.id for e in sample.entities]
    assert len(ids) == len(set(ids))
    names = {e.actor_id: e.name for e in sample.entities if e.actor_id}
    assert names["peskov-dmitry"] == "Peskov"  # the article's own fullest name
    assert names["biden-joe"] == "Joe Biden"
    assert sample.versions["actors"].startswith("reportedly.actors")


@pytest.mark.needs_model
def test_resolve_is_idempotent(sample: Analysis, registry: ActorRegistry) -> None:
    again = resolve_actors(sample, registry)
    assert [(s.speaker_entity, s.speaker_actor) for s in again.statements] == [
        (s.speaker_entity, s.speaker_actor) for s in sample.statements
    ]
    assert {e.id: e.actor_id for e in again.entities} == {e.id: e.actor_id for e in sample.entities}


# -- behaviours on short texts -----------------------------------------------------------


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "phrase", "actor", "resolution"),
    [
        (
            "Moscow said on Monday that the talks were over.",
            "Moscow",
            "government-russia",
            "registry",
        ),
        ("The talks were held in Moscow on Monday.", "Moscow", None, "unresolved"),
        ("The White House said the offer stood.", "The White House", "government-usa", "registry"),
        ("NATO said it would meet on Friday.", "NATO", "nato", "registry"),
        ("Robby Mook said the campaign was ready.", "Robby Mook", None, "article"),
    ],
)
def test_resolve_entity_names_and_metonyms(
    pipeline: Pipeline, text: str, phrase: str, actor: str | None, resolution: str
) -> None:
    a = analyse(pipeline, text)
    entity = entity_at(a, phrase)
    assert entity is not None, [(e.name, e.mentions) for e in a.entities]
    assert (entity.actor_id, entity.resolution) == (actor, resolution)


@pytest.mark.needs_model
def test_resolve_namesakes_split_and_bare_surname_follows_the_subject(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        "Former President Bill Clinton spoke in Flint on Monday for his wife Hillary Clinton. "
        '"It is the craziest thing in the world," Clinton said.',
    )
    s = speaker_of(a, "craziest")
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == "Bill Clinton"
    assert {e.name for e in a.entities if e.kind == "person"} >= {"Bill Clinton", "Hillary Clinton"}


@pytest.mark.needs_model
def test_resolve_pronoun_agrees_in_gender(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        "Hillary Clinton met Donald Trump in New York on Monday. "
        "She said that the debate had been unfair.",
    )
    s = speaker_of(a, "unfair")
    assert s.speaker is not None
    assert s.speaker.text == "She"
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == "Hillary Clinton"
    assert s.speaker_resolution == "article"


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("published", "actor"),
    [(date(2022, 12, 2), "putin-vladimir"), (date(2009, 6, 1), "medvedev-dmitry"), (None, None)],
)
def test_resolve_title_speaker_by_the_publication_date(
    pipeline: Pipeline, published: date | None, actor: str | None
) -> None:
    a = analyse(pipeline, "The Russian president said that the talks would go on.", published)
    s = speaker_of(a, "talks")
    assert s.speaker_actor == actor
    assert s.speaker_resolution == ("registry" if actor else "unresolved")


@pytest.mark.needs_model
def test_resolve_description_speaker_goes_to_the_salient_person(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        "Bernie Sanders spoke to reporters in Vermont on Friday. "
        "The Vermont senator said that the race was far from over.",
    )
    s = speaker_of(a, "far from over")
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == "Bernie Sanders"


@pytest.mark.needs_model
def test_resolve_anonymous_source_stays_unresolved(pipeline: Pipeline) -> None:
    a = analyse(pipeline, "The talks had failed, a source said on Monday.")
    s = speaker_of(a, "talks")
    assert (s.speaker_entity, s.speaker_actor, s.speaker_resolution) == (None, None, "unresolved")


def test_resolve_without_annotation_matches_names_only(registry: ActorRegistry) -> None:
    text = "Peskov said the Kremlin would wait."
    article = Article(id=Article.make_id(text), text=text)
    entities = (
        Entity(id="peskov", name="Peskov", kind="person", mentions=(Span(0, 6),)),
        Entity(id="kremlin", name="Kremlin", kind="organisation", mentions=(Span(16, 23),)),
    )
    statement = Statement(
        id="s1", kind="indirect", content=(Span(12, 34),), speaker_entity="peskov"
    )
    a = resolve_actors(
        Analysis(article=article, entities=entities, statements=(statement,)), registry
    )
    assert [e.id for e in a.entities] == ["peskov-dmitry", "government-russia"]
    assert a.statements[0].speaker_entity == "peskov-dmitry"
    assert a.statements[0].speaker_actor == "peskov-dmitry"


def test_resolve_merges_entities_of_one_actor(registry: ActorRegistry) -> None:
    text = "Russia and the Russian Federation are one."
    article = Article(id=Article.make_id(text), text=text)
    entities = (
        Entity(id="russia", name="Russia", kind="country", mentions=(Span(0, 6),)),
        Entity(
            id="russian-federation",
            name="Russian Federation",
            kind="country",
            mentions=(Span(11, 33),),
        ),
    )
    a = resolve_actors(Analysis(article=article, entities=entities), registry)
    assert len(a.entities) == 1
    (russia,) = a.entities
    assert (russia.id, russia.name, russia.mentions) == (
        "country-russia",
        "Russian Federation",
        (Span(0, 6), Span(11, 33)),
    )


# -- the word lists ----------------------------------------------------------------------


def test_resolve_packaged_data_has_every_list() -> None:
    data = default_data()
    assert "he" in data.male
    assert "she" in data.female
    assert {"president", "spokesman", "counterpart"} <= data.title_heads
    assert "in" in data.place_prepositions
    assert data.pronoun_gender("HIS") == "male"
    assert data.pronoun_gender("they") is None
    # a dash quote's dash glued to the pronoun ("… -he said") is no part of it
    assert data.pronoun_gender("-he") == "male"
    assert data.pronoun_gender("—She") == "female"
    assert data.pronoun_gender("-") is None


@pytest.mark.parametrize(
    "broken",
    [
        None,
        [],
        {"pronouns": {"male": "he"}},
        {"pronouns": {"male": [1]}},
    ],
)
def test_resolve_data_rejects_a_broken_file(broken: object) -> None:
    with pytest.raises(ConfigError) as e:
        ResolutionData.from_mapping(broken, "mine.yaml")
    assert "mine.yaml" in str(e.value)


def test_resolve_data_role_noun_offices() -> None:
    assert "foreign" in default_data().role_noun_offices["diplomat"]
    path = resources.files("reportedly.actors") / "data" / "resolution.yaml"
    good = dict(yaml.safe_load(path.read_text(encoding="utf-8")))
    for broken in ([1], {"diplomat": "foreign"}, {1: ["foreign"]}):
        with pytest.raises(ConfigError):
            ResolutionData.from_mapping({**good, "role_noun_offices": broken}, "mine.yaml")


@given(st.recursive(st.none() | st.text() | st.integers(), st.lists, max_leaves=6))
def test_resolve_data_junk_raises_only_config_error(junk: Any) -> None:
    try:
        ResolutionData.from_mapping({"pronouns": junk}, "junk.yaml")
    except ConfigError:
        return
    raise AssertionError("junk accepted")  # pragma: no cover


def test_resolve_a_statement_nested_under_the_same_pronoun_mention_keeps_its_speaker(
    registry: ActorRegistry,
) -> None:
    text = "Maciej Padzikiewicz explains. He points out that they only present their view."
    article = Article(id=Article.make_id(text), text=text)
    name = Span(0, 19)
    he = Span(text.index("He"), text.index("He") + 2)
    person = Entity(id="padzikiewicz", name="Maciej Padzikiewicz", kind="person", mentions=(name,))
    mention = Mention(span=he, text="He", label="SPEAKER")
    outer = Statement(
        id="s1",
        kind="indirect",
        content=(Span(text.index("they"), len(text)),),
        speaker=mention,
        speaker_entity="padzikiewicz",
    )
    inner = Statement(
        id="s2",
        kind="indirect",
        content=(Span(text.index("they only"), len(text)),),
        speaker=mention,
        speaker_entity="padzikiewicz",
        reported_by="s1",
    )
    a = resolve_actors(
        Analysis(article=article, entities=(person,), statements=(outer, inner)), registry
    )
    assert {s.speaker_entity for s in a.statements} == {"padzikiewicz"}
