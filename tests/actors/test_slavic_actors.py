"""Russian and Ukrainian names and titles linked to the same registry actors as English."""

from __future__ import annotations

from datetime import date

import pytest

from reportedly.actors import default_registry
from reportedly.actors.slavic import _titled, match_actor
from reportedly.attribution.slavic.lexicon import default_lexicon


@pytest.mark.parametrize(
    "name",
    ["Peskov", "Dmitry Peskov", "Песков", "Дмитрий Песков", "Пєсков", "Пєскова", "Дмитро Пєсков"],
)
def test_transliterations_and_case_forms_link_one_actor(name: str) -> None:
    actor = match_actor(default_registry(), name)
    assert actor is not None
    assert actor.id == "peskov-dmitry"


def test_an_unknown_name_links_nobody() -> None:
    assert match_actor(default_registry(), "Иван Неизвестный") is None


def test_titles_resolve_on_the_article_date() -> None:
    registry = default_registry()
    ru = default_lexicon("ru").titles
    uk = default_lexicon("uk").titles
    peskov = _titled(registry, ru, "пресс-секретарь кремль", date(2024, 5, 1))
    assert peskov is not None
    assert peskov.id == "peskov-dmitry"
    sybiha = _titled(registry, uk, "міністр закордонний справа", date(2025, 3, 1))
    kuleba = _titled(registry, uk, "міністр закордонний справа", date(2023, 3, 1))
    assert sybiha is not None
    assert sybiha.id == "sybiha-andrii"
    assert kuleba is not None
    assert kuleba.id == "kuleba-dmytro"


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Гайко Маас", "maas-heiko"),
        ("Гайко Мааса", "maas-heiko"),
        ("Ларс Люкке Расмуссен", "lokke-rasmussen-lars"),
        ("ЄС", "european-union"),
    ],
)
def test_ukrainian_spellings_link_the_registry_actor(name: str, actor_id: str) -> None:
    actor = match_actor(default_registry(), name)
    assert actor is not None
    assert actor.id == actor_id


@pytest.mark.parametrize(
    ("name", "person", "actor_id"),
    [
        ("Інтерфакс", False, "interfax"),  # the registry holds the Russian "Интерфакс"
        ("Укринформ", False, "ukrinform"),  # and the Ukrainian "Укрінформ"
        ("Джен Дженніфер Псакі", True, "psaki-jen"),  # a middle name
        ("Владимир Владимирович Путин", True, "putin-vladimir"),  # a patronymic
        ("Верховна Рада України", False, "verkhovna-rada"),  # the country after the name
    ],
)
def test_other_spellings_middle_names_and_countries_link(
    name: str, person: bool, actor_id: str
) -> None:
    actor = match_actor(default_registry(), name, lang="uk", person=person)
    assert actor is not None
    assert actor.id == actor_id


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Верховна Рада Росії", False),  # the Ukrainian parliament is no body of Russia
        ("Джен Іванівна Петренко", True),  # neither name is a registry person's
        ("Інтерфакс-Захід", False),
    ],
)
def test_a_near_name_of_another_country_or_person_links_nobody(name: str, person: bool) -> None:
    assert match_actor(default_registry(), name, lang="uk", person=person) is None


@pytest.mark.parametrize(
    ("name", "actor_id"), [("он", None), ("Он", None), ("ОН", None), ("ООН", "united-nations")]
)
def test_short_words_and_acronyms_are_no_other_spelling_of_a_body(
    name: str, actor_id: str | None
) -> None:
    actor = match_actor(default_registry(), name, lang="ru")
    assert (actor.id if actor else None) == actor_id


def test_a_common_word_or_a_latin_word_is_no_person_by_spelling_alone() -> None:
    from reportedly.actors import default_registry
    from reportedly.actors.slavic import match_actor

    registry = default_registry()
    # "Гроші" (money) and "Гроссі", "Mash" (a channel) and "Maas" share a spelling key
    assert match_actor(registry, "Гроші", lang="uk", person=True) is None
    assert match_actor(registry, "Mash", lang="ru", person=True) is None
    found = [match_actor(registry, w, lang="uk", person=True) for w in ("Гроссі", "Пєскова")]
    assert [a.id if a else None for a in found] == ["grossi-rafael", "peskov-dmitry"]
