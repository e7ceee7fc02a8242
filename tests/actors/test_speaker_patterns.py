"""Tests of wrong speakers found by reviewing speaker links by pattern across war-news articles
(session 14): a pronoun resolved to an actor of the wrong kind, "they" resolved to one item of
a list, a registry person's name glued into a body's name, a person's name tagged a body or a
place, "one of X's strategists" resolved to X, "who" after "the prosecutor of" a body, "the
West" or "Exiled Belarusian" made a person."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.actors import ActorRegistry, default_registry
from reportedly.actors.resolve import resolve_actors
from reportedly.model import Analysis, Annotation, Article, Entity, Mention, Span, Statement
from reportedly.pipeline import Pipeline


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return default_registry()


def _resolved(
    registry: ActorRegistry,
    text: str,
    entities: tuple[Entity, ...],
    speaker: str,
    content: str,
    guess: str,
    annotation: Annotation | None = None,
    published: date | None = None,
) -> Entity | None:
    """The entity the speaker ``speaker`` of ``content`` resolves to when attribution guessed
    the entity ``guess``."""
    article = Article(id=Article.make_id(text), text=text, published=published)
    at, start = text.index(speaker), text.index(content)
    statement = Statement(
        id="s1",
        kind="direct",
        content=(Span(start, start + len(content)),),
        speaker=Mention(span=Span(at, at + len(speaker)), text=speaker, label="SPEAKER"),
        speaker_entity=guess,
    )
    a = resolve_actors(
        Analysis(
            article=article, annotation=annotation, entities=entities, statements=(statement,)
        ),
        registry,
    )
    key = a.statements[0].speaker_entity
    return next((e for e in a.entities if e.id == key), None)


def test_he_is_never_a_body(registry: ActorRegistry) -> None:
    text = 'Kyiv was calm on Sunday. "We will hold the line," he said.'
    kyiv = Entity(id="kyiv", name="Kyiv", kind="government", mentions=(Span(0, 4),))
    assert _resolved(registry, text, (kyiv,), "he", "We will hold the line", "kyiv") is None


def test_it_is_never_a_person(registry: ActorRegistry) -> None:
    # the letter speaks, not the man it was written to
    text = 'Pavel Ivanov got a letter from his daughter. "You are the best," it said.'
    ivanov = Entity(id="ivanov", name="Pavel Ivanov", kind="person", mentions=(Span(0, 12),))
    assert _resolved(registry, text, (ivanov,), "it", "You are the best", "ivanov") is None


def test_he_may_be_a_person(registry: ActorRegistry) -> None:
    # guard: the agreement drops only the wrong kind
    text = 'Pavel Ivanov was calm on Sunday. "We will hold the line," he said.'
    ivanov = Entity(id="ivanov", name="Pavel Ivanov", kind="person", mentions=(Span(0, 12),))
    found = _resolved(registry, text, (ivanov,), "he", "We will hold the line", "ivanov")
    assert found is not None
    assert found.name == "Pavel Ivanov"


@pytest.mark.needs_model
def test_they_is_not_one_item_of_a_list(pipeline: Pipeline) -> None:
    text = (
        'Balkan members of the alliance, known as the "Adriatic Four", sent a joint letter on '
        'Monday, arguing that arming Kyiv was "the best way to end the war".\n\n'
        "The four – Albania, Croatia, Montenegro and Slovenia – all joined the alliance in this "
        'century. They urged "more shells and faster deliveries".'
    )
    a = analyse(pipeline, date(2023, 7, 8), text)
    assert speaker_name(a, speaker_of(a, "more shells")) is None


@pytest.mark.needs_model
def test_a_registry_name_glued_into_a_body_is_the_person(
    pipeline: Pipeline, registry: ActorRegistry
) -> None:
    # a related-stories line the tagger read as one organisation ending in the surname
    text = (
        "Other Topics of Interest Scholz Urges More Refugees in Germany to Take Up Work. "
        "Germany has taken in the most refugees."
    )
    annotation = analyse(pipeline, date(2024, 4, 21), text).annotation
    start, end = text.index("Topics"), text.index("Scholz") + len("Scholz")
    body = Entity(
        id="topics-of-interest-scholz",
        name="Topics of Interest Scholz",
        kind="organisation",
        mentions=(Span(start, end),),
    )
    found = _resolved(
        registry,
        text,
        (body,),
        "Scholz",
        "More Refugees in Germany to Take Up Work",
        body.id,
        annotation=annotation,
        published=date(2024, 4, 21),
    )
    assert found is not None
    assert found.actor_id == "scholz-olaf"


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Fumio Ohta, a retired admiral in the Japan Maritime Self-Defence Force, said the "
            "fleet was ready.",
            "the fleet was ready",
            "Fumio Ohta",
        ),
        (
            "Her lawyer Kaloy Akhilgov said on Telegram that the court had refused bail.",
            "the court had refused bail",
            "Kaloy Akhilgov",
        ),
    ],
)
def test_a_name_set_beside_a_person_noun_is_a_person(
    pipeline: Pipeline, text: str, words: str, name: str
) -> None:
    # the tagger labelled these names a place and an organisation
    a = analyse(pipeline, date(2023, 3, 9), text)
    s = speaker_of(a, words)
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert (entity.name, entity.kind) == (name, "person")


@pytest.mark.needs_model
def test_one_of_a_countrys_strategists_is_not_the_country(pipeline: Pipeline) -> None:
    text = (
        "Moldova could become a target because of its airfields, one of Moldova's leading "
        "defence strategists has warned."
    )
    a = analyse(pipeline, date(2022, 9, 6), text)
    assert speaker_name(a, speaker_of(a, "could become a target")) is None


@pytest.mark.needs_model
def test_one_of_a_bodys_officials_is_the_body(pipeline: Pipeline) -> None:
    # guard: a group of officials still speaks for its body
    text = (
        "The talks lasted two hours. One of the senior EU officials told reporters that the "
        "position was clearly presented."
    )
    a = analyse(pipeline, date(2022, 4, 22), text)
    assert speaker_name(a, speaker_of(a, "the position was clearly presented")) is not None


@pytest.mark.needs_model
def test_who_after_a_bodys_prosecutor_is_not_the_body(pipeline: Pipeline) -> None:
    text = (
        "Russia also issued an order to arrest the prosecutor of the International Criminal "
        "Tribunal (MTK), who last year issued an order to arrest President Vladimir Putin on "
        "charges of war crimes."
    )
    a = analyse(pipeline, date(2024, 5, 4), text)
    s = speaker_of(a, "to arrest President Vladimir Putin")
    assert s.speaker is not None
    assert s.speaker.text == "who"
    assert speaker_name(a, s) is None


@pytest.mark.needs_model
def test_a_one_word_name_after_the_is_no_person(pipeline: Pipeline) -> None:
    # the tagger left "the West" untagged; it became a person "West"
    text = (
        "Moscow has gathered about 100,000 soldiers near the border, which, according to the "
        "West, can be an announcement of an invasion."
    )
    a = analyse(pipeline, date(2022, 2, 18), text)
    assert speaker_name(a, speaker_of(a, "soldiers near the border")) is None


@pytest.mark.needs_model
def test_a_name_ending_in_a_demonym_is_no_person(pipeline: Pipeline) -> None:
    # "Exiled Belarusian [PERSON] opposition figures": "the presenter" took that "person"
    text = (
        "Exiled Belarusian opposition figures met in Vilnius on Monday. Lukashenko spoke to a "
        'state TV presenter on the same day. "Are the weapons already here?" the presenter '
        "asked."
    )
    a = analyse(pipeline, date(2023, 6, 14), text)
    assert all(e.name != "Exiled Belarusian" for e in a.entities if e.kind == "person")
    assert speaker_name(a, speaker_of(a, "Are the weapons already here?")) is None


@pytest.mark.needs_model
def test_he_after_a_high_representatives_words_is_the_representative(pipeline: Pipeline) -> None:
    # "representative" heads a title: the title speaker starts the run of quotes "he" continues
    text = (
        "The war was one man's decision, according to a blog by EU High Representative Josep "
        "Borrell.\n\n"
        "Putin had expected a divided West. Instead, Putin saw a swift response from the EU "
        "and its partners.\n\n"
        '"If the Russian population knew what is happening, they would not be backing this '
        'conflict," the EU High Representative said.\n\n'
        "He recalled that the Russian Duma had passed many laws in recent weeks curtailing "
        "freedom of reporting."
    )
    a = analyse(pipeline, date(2023, 5, 2), text)
    assert speaker_name(a, speaker_of(a, "the Russian Duma had passed")) == "Josep Borrell"
