"""Session 17 speakers in Russian and Ukrainian: an outlet's own sources, a capital as its
government, a person named by "на ім'я", a name before an infinitive, a role after a
preposition (made-up sentences)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import speakers


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Банк має проблеми, повідомив «Forbes» з посиланням на джерела. «Кредиту не буде», "
         "– резюмує джерело Forbes, близьке до НБУ.", "uk"),
        ("Банк має проблеми, повідомив «Forbes» з посиланням на джерела. За словами "
         "співрозмовника «Forbes», банк обслуговував родину міністра.", "uk"),
        ("Суд відхилив позов, повідомляє Reuters. За словами співрозмовника агентства, "
         "рішення остаточне.", "uk"),
        ("Это была операция ГУР, утверждают источники «Украинской правды».", "ru"),
    ],
)  # fmt: skip
def test_an_outlets_own_source_is_no_one(text: str, lang: str) -> None:
    assert speakers(text, lang)[-1][1] is None


def test_a_source_inside_or_of_a_body_still_speaks_for_it() -> None:
    text = "Это был «план А», пишет «Украинская правда» со ссылкой на источники в офисе Зеленского."
    assert speakers(text, "ru")[-1][2] == "office-president-ukraine"
    text = "Это была операция ГУР, утверждают источники «Российских железных дорог»."
    assert speakers(text, "ru")[-1][1] == "Российские железные дороги"


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Вашингтон не виключає санкцій проти Росії.", "uk", "government-usa"),
        ("Пекін закликав сторони до діалогу.", "uk", "government-china"),
        ("Пекин призвал стороны к диалогу.", "ru", "government-china"),
        ("Берлін заявив, що не підтримує санкції.", "uk", "government-germany"),
    ],
)
def test_a_capital_as_a_speaker_is_its_government(text: str, lang: str, actor: str) -> None:
    assert speakers(text, lang)[0][2] == actor


def test_a_person_named_after_na_imya_is_the_speaker() -> None:
    text = "Ми хочемо виїхати з країни, сказав чоловік на ім’я Ашик Масіх у відеозверненні."
    assert speakers(text, "uk")[0][1] == "Ашик Масіх"
    text = "«Мы уедем», — сказал мужчина по имени Иван Петров."
    assert speakers(text, "ru")[0][1] == "Иван Петров"


def test_a_name_before_an_infinitive_is_no_pronouns_subject() -> None:
    text = (
        "Я прошу президента США Дональда Трампа допомогти нам, сказав чоловік на ім’я Ашик "
        "Масіх у відеозверненні. Він також попросив про допомогу владу Канади."
    )
    assert speakers(text, "uk")[-1][1] == "Ашик Масіх"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Уряд ухвалив рішення про карантин, передає ONLINE.UA з посиланням на CNN.", "ONLINE.UA"),
        ("Уряд ухвалив рішення про карантин, повідомляє RBC.UA.", "RBC.UA"),
        ("Уряд ухвалив рішення про карантин, передає LB.ua.", "LB.ua"),
    ],
)
def test_an_outlet_named_by_its_web_address_keeps_its_domain(text: str, name: str) -> None:
    assert speakers(text, "uk")[0][1] == name


def test_a_company_spokesperson_is_the_company_unless_named_by_that_role() -> None:
    before = "Лоукостер Ryanair скасував 600 рейсів через страйк"
    after = "Речник компанії заявив, що пасажирам повернуть гроші."
    assert speakers(f"{before}. {after}", "uk")[-1][1] == "Ryanair"
    named = f"{before}, повідомив гендиректор Майкл О’Лірі. {after}"
    assert speakers(named, "uk")[-1][1] == "Ryanair"  # the chief executive is no spokesman
    named = f"{before}, повідомив речник Ryanair Кенні Джейкобс. {after}"
    assert speakers(named, "uk")[-1][1] == "Кенні Джейкобс"
    text = (
        "Газпром сократил поставки, сообщил глава компании Алексей Миллер. Пресс-секретарь "
        "компании заявил, что ремонт завершится в срок."
    )
    assert speakers(text, "ru")[-1][1] == "Газпром"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Про це повідомив лікар-інфекціоніст Євген Дубровський в ефірі телеканалу. «Навіщо? "
         "Людина вже перехворіла», - заявив лікар.", "uk", "Євген Дубровський"),
        ("Об этом сообщил врач-инфекционист Евгений Тимаков. «Зачем? Человек уже переболел», "
         "— заявил врач.", "ru", "Евгений Тимаков"),
    ],
)  # fmt: skip
def test_a_bare_role_is_the_person_named_after_a_compound_it_heads(
    text: str, lang: str, name: str
) -> None:
    assert speakers(text, lang)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("«Єврогазбанк» відчуває проблеми з ліквідністю, повідомив «Forbes».\nУ прес-службі "
         "банку стверджують, що рішення НБУ поки ще немає.", "uk", "Єврогазбанк"),
        ("Сбербанк снизил ставки по ипотеке. В пресс-службе банка сообщили, что спрос вырос.",
         "ru", "Сбербанк"),
    ],
)  # fmt: skip
def test_the_press_service_of_a_bank_is_a_bank_whose_name_ends_in_bank(
    text: str, lang: str, name: str
) -> None:
    assert speakers(text, lang)[-1][1] == name
