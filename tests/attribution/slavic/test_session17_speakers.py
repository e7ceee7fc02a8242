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
