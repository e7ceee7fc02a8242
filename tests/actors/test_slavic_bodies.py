"""National bodies named by their country in Russian and Ukrainian."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import speakers

from reportedly.actors import default_registry
from reportedly.actors.slavic_bodies import full_name, national_body, outlet_name


@pytest.mark.parametrize(
    ("name", "lang", "actor"),
    [
        ("німецький уряд", "uk", "Government of Germany"),
        ("Уряд Німеччини", "uk", "Government of Germany"),
        ("Немецкое правительство", "ru", "Government of Germany"),
        ("польском МИД", "ru", "Ministry of Foreign Affairs of Poland"),
        ("британское правительство", "ru", "Government of the United Kingdom"),
    ],
)
def test_a_body_of_a_country(name: str, lang: str, actor: str) -> None:
    found = national_body(default_registry(), name, lang)  # type: ignore[arg-type]
    assert found is not None
    assert found.name == actor


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("уряд", "uk"),  # no country
        ("німецький і французький уряди", "uk"),  # two countries
        ("правительство Рязанской области", "ru"),  # a region, no country
        ("пакистанська поліція", "uk"),  # no head the table knows
    ],
)
def test_no_single_national_body(name: str, lang: str) -> None:
    assert national_body(default_registry(), name, lang) is None  # type: ignore[arg-type]


def test_an_unregistered_body_named_by_a_country_adjective_takes_the_gold_name() -> None:
    from reportedly.actors.slavic_bodies import full_name, national_name

    assert national_name("пакистанська поліція", "uk") == "Поліція Пакистану"
    assert national_name("польська прокуратура", "uk") == "Прокуратура Польщі"
    assert full_name(national_name("австралийское МВД", "ru"), "ru") == (
        "Министерство внутренних дел Австралии"
    )
    assert national_name("американська компанія", "uk") == "американська компанія"  # no body


def test_an_abbreviated_ministry_is_named_in_full() -> None:
    assert full_name("МВД Грузии", "ru") == "Министерство внутренних дел Грузии"
    assert full_name("МЗС Естонії", "uk") == "Міністерство закордонних справ Естонії"
    assert full_name("Минфин", "ru") == "Министерство финансов"
    assert full_name("Газпром", "ru") == "Газпром"
    assert full_name("мид", "ru") == "мид"  # a lower-case word is no abbreviation


def test_an_outlet_keeps_its_name_without_the_word_for_its_kind() -> None:
    text = "Как сообщало ИА REGNUM, Колумбия готова заместить поставки энергоносителей."
    assert [s[1] for s in speakers(text, "ru")] == ["REGNUM"]
    assert outlet_name("агенція новин AP", "uk") == "AP"
    assert outlet_name("телеканал «Дождь»", "ru") == "Дождь"
    assert outlet_name("Газета Выборча", "ru") == "Газета Выборча"  # its own name
    assert outlet_name("агентство", "ru") == "агентство"


def test_a_company_keeps_its_name_without_its_legal_form() -> None:
    text = "ООО «Ромашка» сообщило, что поставки продолжатся."
    assert [s[1] for s in speakers(text, "ru")] == ["Ромашка"]
    assert outlet_name("ТОВ «Група компаній «Вектор»", "uk") == "Група компаній «Вектор»"
    assert outlet_name("ТОВ", "uk") == "ТОВ"


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Уряд Терези Мей заявив, що захистить угоду.", "uk", "government-uk"),
        ("Адміністрація Трампа заявила, що все добре.", "uk", "government-usa"),
        ("Администрация Байдена заявила, что санкции продолжатся.", "ru", "government-usa"),
        ("Правительство Мишустина сообщило, что цены снизятся.", "ru", "government-russia"),
    ],
)
def test_a_government_named_by_its_head_is_that_heads_government(
    text: str, lang: str, actor: str
) -> None:
    assert speakers(text, lang)[0][2] == actor


def test_an_administration_of_a_region_or_of_no_registry_person_is_no_government() -> None:
    text = "Администрация Белгородской области сообщила, что все спокойно."
    assert speakers(text, "ru")[0][2] is None
    text = "Адміністрація Івана Петренка заявила, що все добре."
    assert speakers(text, "uk")[0][2] is None


def test_a_role_with_another_countrys_adjective_is_not_the_person_named_before() -> None:
    text = (
        'Трамп говорил с канцлером ФРГ Олафом Шольцем. "Звонки были дружелюбными", - отметил '
        "немецкий чиновник."
    )
    assert speakers(text, "ru")[-1][1:] == (None, None)
    text = 'Трамп говорил с Шольцем. "Все хорошо", - заявил американский лидер.'
    assert speakers(text, "ru")[-1][2] == "trump-donald"
