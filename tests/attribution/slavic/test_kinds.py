"""Bodies named by their kind: outlets and companies a bare kind noun stands for
(attribution/slavic/kinds.py)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import speaker_entities, speakers


def test_a_bare_outlet_noun_is_the_outlet_quoted_not_a_company_named_since() -> None:
    text = (
        "Пандемія ризикує затягнутися на невизначений період, пише Financial Times. "
        "Стефан Бансель сказав, що вакцину компанії Moderna почнуть тестувати на дітях. "
        "Не варто очікувати результатів до наступного року, резюмує видання."
    )
    assert [s[1] for s in speakers(text, "uk")][-1] == "Financial Times"


def test_an_outlet_noun_is_the_outlet_that_reported_not_a_body_that_planned() -> None:
    text = (
        "❗️Минобороны США планирует передать Украине пакет военной помощи на сумму "
        "$275 миллионов, пишет AP\n\nВ пакет войдут средства ПВО и снаряды, отмечает агентство."
    )
    found = {s[0]: s[2] for s in speakers(text, "ru")}
    assert found["агентство"] == "associated-press"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Накануне издание «Страна» сообщило, что в Украине началась вакцинация.", "ru",
         "Страна"),
        ("Напередодні видання «Страна» з посиланнями на власні джерела повідомило, що в "
         "Україні розпочалася вакцинація.", "uk", "Страна"),
    ],
)  # fmt: skip
def test_an_outlet_named_in_quote_marks_after_its_kind(text: str, lang: str, name: str) -> None:
    assert speaker_entities(text, lang) == [name]


def test_a_kind_noun_refers_to_the_body_it_introduced() -> None:
    text = (
        "Пенсійний фонд Local Authority Pension Fund Forum (LAPFF) вимагає змін у правлінні. "
        "Крім того, пенсійний фонд вимагає, щоб лоукостер почав шукати нового директора."
    )
    assert speakers(text, "uk")[-1][:2] == ("пенсійний фонд", "Local Authority Pension Fund Forum")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Польські ЗМІ пишуть, що доля трубопроводу залежить від Данії.", "uk"),
        ("Перехідний період після Brexit може бути продовжений до 2022 року — ЗМІ", "uk"),
        ("Западные СМИ пишут, что переговоры зашли в тупик.", "ru"),
    ],
)
def test_media_in_general_name_no_one(text: str, lang: str) -> None:
    found = speakers(text, lang)
    assert found
    assert all(name is None for _, name, _ in found)


def test_an_outlet_named_after_its_kind_and_an_adjective() -> None:
    text = "Посол ушел в отставку. Об этом сообщает оппозиционный ТВ-канал «Формула»."
    assert speakers(text, "ru")[0][1] == "Формула"
