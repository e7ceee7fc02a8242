"""Tests of name matching: a registry name links whatever the tagger's label, honorifics."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.actors import ActorRegistry, default_registry
from reportedly.actors._merging import _misspelt_owners
from reportedly.actors.resolve import resolve_actors
from reportedly.model import Analysis, Article, Entity, EntityKind, Span, Statement
from reportedly.pipeline import Pipeline


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return default_registry()


def resolve(text: str, names: list[tuple[str, EntityKind]], registry: ActorRegistry) -> Analysis:
    """Resolve ``text`` whose entities are ``names`` (each at its first occurrence) with the
    given kinds, as a tagger might have labelled them; one statement by the first."""
    article = Article(id=Article.make_id(text), text=text)
    entities = []
    for name, kind in names:
        start = text.index(name)
        entities.append(
            Entity(
                id=name.lower(), name=name, kind=kind, mentions=(Span(start, start + len(name)),)
            )
        )
    statement = Statement(
        id="s1", kind="indirect", content=(Span(0, len(text)),), speaker_entity=entities[0].id
    )
    return resolve_actors(
        Analysis(article=article, entities=tuple(entities), statements=(statement,)), registry
    )


@pytest.mark.parametrize(
    ("name", "kind", "actor"),
    [
        ("Stoltenberg", "organisation", "stoltenberg-jens"),
        ("Biden", "country", "biden-joe"),
        ("Lavrov", "organisation", "lavrov-sergey"),
        ("Olaf Scholz", "organisation", "scholz-olaf"),
        ("Mr Macron", "organisation", "macron-emmanuel"),
    ],
)
def test_names_registry_person_links_whatever_the_label(
    registry: ActorRegistry, name: str, kind: EntityKind, actor: str
) -> None:
    a = resolve(
        f"{name} said that NATO was ready.", [(name, kind), ("NATO", "organisation")], registry
    )
    assert a.statements[0].speaker_actor == actor
    entity = next(e for e in a.entities if e.id == actor)
    assert (entity.kind, entity.resolution) == ("person", "registry")


def test_names_one_actor_for_a_person_under_two_labels(registry: ActorRegistry) -> None:
    text = "Scholz said Germany would help, a week after Olaf Scholz took office."
    a = resolve(text, [("Scholz", "country"), ("Olaf Scholz", "organisation")], registry)
    assert [e.id for e in a.entities] == ["scholz-olaf"]
    assert a.statements[0].speaker_actor == "scholz-olaf"


def test_names_a_body_named_as_a_word_of_a_name_its_owner_does_not_go_by_stays_a_body(
    registry: ActorRegistry,
) -> None:
    # the registry says Lula goes by "Lula" alone: "Silva" is not his surname
    text = (
        "Silva, a company headquartered in Ulan-Ude, said it had bought body armour. "
        "Luiz Inácio Lula da Silva said Brazil would stay neutral."
    )
    a = resolve(
        text,
        [("Silva", "organisation"), ("Luiz Inácio Lula da Silva", "person")],
        registry,
    )
    assert a.statements[0].speaker_actor is None
    assert {e.name for e in a.entities} == {"Silva", "Luiz Inácio Lula da Silva"}


@pytest.mark.parametrize(
    ("text", "names", "actor"),
    [
        # a family name written first is the name its owner goes by alone
        (
            "Kim said the missiles would deter the United States, a day after Kim Jong Un "
            "inspected the launch.",
            [("Kim", "organisation"), ("Kim Jong Un", "person")],
            "kim-jong-un",
        ),
        (
            "Wang said the talks were useful, a day after Wang Yi met the envoy.",
            [("Wang", "organisation"), ("Wang Yi", "person")],
            "wang-yi",
        ),
        (
            "Jinping said the talks were useful, a day after Xi Jinping met the envoy.",
            [("Jinping", "organisation"), ("Xi Jinping", "person")],
            None,
        ),
        (
            "Leo said peace was possible, a day after Pope Leo XIV met the envoy.",
            [("Leo", "organisation"), ("Pope Leo XIV", "person")],
            "pope-leo-xiv",
        ),
        # a dynasty's name is no one royal's
        (
            "Saud, a Riyadh trading house, said it had bought the bonds. Crown Prince "
            "Mohammed bin Salman said the kingdom would invest.",
            [("Saud", "organisation"), ("Crown Prince Mohammed bin Salman", "person")],
            None,
        ),
        (
            "Thani, a Doha trading house, said it had bought the bonds. Emir Tamim bin Hamad "
            "Al Thani said Qatar would mediate.",
            [("Thani", "organisation"), ("Emir Tamim bin Hamad Al Thani", "person")],
            None,
        ),
    ],
)
def test_names_a_one_word_body_joins_the_person_only_by_the_name_they_go_by(
    registry: ActorRegistry, text: str, names: list[tuple[str, EntityKind]], actor: str | None
) -> None:
    a = resolve(text, names, registry)
    assert a.statements[0].speaker_actor == actor


def test_names_a_body_named_as_the_name_a_person_goes_by_joins_them(
    registry: ActorRegistry,
) -> None:
    text = "Nikolenko said talks would go on, Oleh Nikolenko, the spokesman, told reporters."
    a = resolve(text, [("Nikolenko", "organisation"), ("Oleh Nikolenko", "person")], registry)
    assert a.statements[0].speaker_actor == "nikolenko-oleh"


def test_names_a_body_named_like_nobody_stays_a_body(registry: ActorRegistry) -> None:
    a = resolve("Gazprom said supplies would stop.", [("Gazprom", "organisation")], registry)
    assert all(e.kind != "person" for e in a.entities)


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Vladamir Putin", "putin-vladimir"),  # a misspelt given name
        ("Belarus Alaxandr Lukashenko", "lukashenko-alexander"),
        ("Security Council of Russia Dmitry Medvedev", "medvedev-dmitry"),
        ("Hunter Biden", None),  # another Biden, never the bare surname's
        ("Clifford May", None),
        ("Maria Zacharowa", "zakharova-maria"),  # both names as Polish writes them
        ("Wołodymyr Zelnski", "zelenskyy-volodymyr"),
        ("Annalena Burbock", "baerbock-annalena"),
        ("Maria Zacharenko", None),  # a surname only alike at its start
        ("Olga Zakharova", None),  # another given name
        ("Luiz Silva", None),  # Lula's given name, and a surname he does not go by alone
        ("Khalid bin Salman", None),  # another son of Salman: "bin Salman" is his patronymic
        ("Prince Abdulaziz bin Salman", None),
        ("Muhammad bin Salman", "mohammed-bin-salman"),  # the given name before the particle
        ("Urszula von der Leyen", "von-der-leyen-ursula"),
        ("Garrim Kasparov", "kasparov-garry"),  # as a Polish outlet's English wrote it
        # a whole registry name after a country, though not ending in the name one goes by
        ("North Korea Kim Jong Un", "kim-jong-un"),
        ("Brazil Lula da Silva", "lula-da-silva-luiz-inacio"),
    ],
)
def test_names_full_names_near_a_registry_name(
    registry: ActorRegistry, name: str, actor: str | None
) -> None:
    a = resolve(f"{name} said the talks had stalled.", [(name, "person")], registry)
    assert a.statements[0].speaker_actor == actor


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Stoltenberg said that NATO was ready.", "stoltenberg-jens"),
        ("Lavrov told reporters that Moscow had no plans to attack.", "lavrov-sergey"),
        ("Scholz said Germany would send tanks.", "scholz-olaf"),
        ("Biden said the sanctions would bite. Biden added that Russia would pay.", "biden-joe"),
        (
            "European Commission President Ursula von der Leyen spoke on Monday. "
            "Von der Leyen said Europe was united.",
            "von-der-leyen-ursula",
        ),
    ],
)
def test_names_pipeline_links_registry_people(pipeline: Pipeline, text: str, actor: str) -> None:
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert a.statements
    assert {s.speaker_actor for s in a.statements} == {actor}
    assert [e.id for e in a.entities if e.kind == "person"] == [actor]


@pytest.mark.needs_model
def test_names_honorifics_are_never_part_of_a_name(pipeline: Pipeline) -> None:
    text = (
        "Mrs Wojtaszek said she agreed. Mr. Schiff said the bill was dead. "
        "Dr Tedros said the WHO was worried."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    names = {e.name for e in a.entities if e.kind == "person"}
    assert names >= {"Wojtaszek", "Schiff"}
    assert not any(n.split()[0].rstrip(".") in {"Mr", "Mrs", "Dr"} for n in names)
    wojtaszek = next(e for e in a.entities if e.name == "Wojtaszek")
    assert (
        wojtaszek.id
        == next(s for s in a.statements if "agreed" in s.content_text(text)).speaker_entity
    )


@pytest.mark.needs_model
def test_names_a_capital_the_tagger_took_for_a_person_is_no_person(pipeline: Pipeline) -> None:
    text = 'Emmanuel Macron flew to Kyiv. "We are ready," he said. Kyiv said the talks were over.'
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert [e.id for e in a.entities if e.kind == "person"] == ["macron-emmanuel"]
    assert [s.speaker_actor for s in a.statements] == ["macron-emmanuel", "government-ukraine"]


def test_names_a_full_name_in_another_transliteration_links_by_its_spelling(
    pipeline: Pipeline,
) -> None:
    text = "Alaxandr Łukaszenka appeared before the parliament on Friday."
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert [e.actor_id for e in a.entities if e.kind == "person"] == ["lukashenko-alexander"]


def test_names_a_given_name_the_tagger_cut_from_its_surname_links(pipeline: Pipeline) -> None:
    text = (
        "Similar declarations were made by the Minister of Foreign Affairs of this country "
        "Sergei Lavrov.- If it depends on the Russian Federation, there will be no war - he said."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert [e.actor_id for e in a.entities if e.kind == "person"] == ["lavrov-sergey"]


def test_names_a_body_after_its_owners_possessive_links_the_registry_body(
    registry: ActorRegistry,
) -> None:
    name = "The U.S. Treasury Department’s Office of Foreign Assets Control"
    a = resolve(
        f"{name} said that Vulin helped an arms dealer.", [(name, "organisation")], registry
    )
    assert a.statements[0].speaker_actor == "ofac"


def test_a_family_name_written_first_links_to_the_full_name(pipeline: Pipeline) -> None:
    # Chinese names put the family name first: "Wang" after "Wang Yi" is he, no new person
    a = analyse(
        pipeline,
        date(2022, 7, 10),
        "Antony Blinken held five hours of talks with Chinese Foreign Minister Wang Yi on "
        "Saturday.\n\nWang also said Washington should cancel its tariffs on Chinese goods.",
    )
    s = speaker_of(a, "Washington should cancel")
    assert s.speaker_actor == "wang-yi"
    assert not [e for e in a.entities if e.name == "Wang"]


def test_a_given_name_alone_is_not_linked_to_a_western_full_name(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2022, 7, 10),
        "Antony Blinken held five hours of talks with Chinese Foreign Minister Wang Yi on "
        "Saturday.\n\nAntony, a Kyiv taxi driver, said the war had cost him his home.",
    )
    s = speaker_of(a, "the war had cost him")
    assert s.speaker_actor != "blinken-antony"


@pytest.mark.needs_model
def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full(
    pipeline: Pipeline,
) -> None:
    # "Taraneko" (tagged a body) is Taranenko: his "he" is no city tagged a person
    text = (
        "Online platform Kyiv Trips launched day tours last month, its founder Anton "
        "Taranenko told reporters.\n\nSome areas like Mariupol and Mykolaiv remain "
        "off-limits to tours. But Taraneko is optimistic he will be inviting visitors there "
        "next year when, he says, the war will have ended."
    )
    a = analyse(pipeline, date(2022, 8, 9), text)
    said = speaker_of(a, "the war will have ended")
    assert said.speaker_entity == "anton-taranenko"


def test_a_misspelt_surname_needs_one_near_owner_and_a_long_word() -> None:
    people = {"taranenko": ["anton-taranenko"], "taranekov": ["ivan-taranekov"]}
    assert _misspelt_owners("Taraneko", {"taranenko": ["anton-taranenko"]}) == ["anton-taranenko"]
    assert _misspelt_owners("Taraneko", people) == []  # a letter off both
    assert _misspelt_owners("Kuleb", {"kuleba": ["dmytro-kuleba"]}) == []  # too short


@pytest.mark.needs_model
def test_a_surname_tagged_a_plural_noun_is_still_its_person(pipeline: Pipeline) -> None:
    # the tagger reads "Sarts points out" as a plural noun: the "He" after it was Lavrov
    text = (
        "Janis Sarts, the director of the centre, spoke to reporters on Monday.\n\n"
        "Foreign Minister Sergei Lavrov did not know of the plans a few days before the "
        "assault.\n\nSarts points out that in the first months Russia could not use Western "
        "networks. He adds that this is a war reported live by Ukrainians."
    )
    a = analyse(pipeline, date(2022, 8, 17), text)
    assert speaker_of(a, "a war reported live").speaker_entity == "janis-sarts"
