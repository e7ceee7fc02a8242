"""Sentence starts after an outlet's verb whose name was lost (nlp/lost_names.py)."""

from __future__ import annotations

import pytest

from reportedly.nlp.lost_names import lost_name_starts


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "Рейси виконуються, повідомляє Співробітники лоукостера Ryanair проводять страйки.",
            "uk",
            "Співробітники",
        ),
        ("Про це повідомив Медведєв, пише Він заявив, що закони виконуються.", "uk", "Він"),
        ("Заява оприлюднена, повідомляє США вимагають припинити проект.", "uk", "США"),
        ("Про це повідомляє Рейси скасують до кінця тижня.", "uk", "Рейси"),
        ("Об этом сообщает Поставки газа возобновятся в мае.", "ru", "Поставки"),
        (
            "Палата одобрила законопроекты, сообщает Законопроект об изоляции чиновников "
            "направлен на принятие мер.",
            "ru",
            "Законопроект",
        ),
    ],
)
def test_lost_names_a_verb_after_the_capitalised_words_starts_a_sentence(
    text: str, lang: str, start: str
) -> None:
    assert [text[k:].split()[0] for k in lost_name_starts(text, lang)] == [start]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Про це, повідомляє Радіо Свобода. Далі буде.", "uk"),
        ("Про це, пише Українська правда з посиланням на джерела.", "uk"),
        ("Об этом, пишет Financial Times со ссылкой на источники.", "ru"),
        ("Об этом, сообщает Говорит Москва.", "ru"),  # a name's capitalised verb
        ("Про це повідомляє Reuters з посиланням на джерела.", "uk"),
        ("Про це повідомляє The Guardian На зустрічі Барньє визначив перспективи.", "uk"),
        ("Об этом сообщает Министерство обороны России.", "ru"),
        ("Рейси скасовано, заявив Олег Кислий, який очолює компанію.", "uk"),  # no outlet verb
    ],
)
def test_lost_names_an_outlets_name_starts_no_sentence(text: str, lang: str) -> None:
    assert lost_name_starts(text, lang) == set()  # type: ignore[arg-type]
