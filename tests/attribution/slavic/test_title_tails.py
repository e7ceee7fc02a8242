"""A title's field tail before the name after a cue verb (attribution/slavic/title_tails.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_the_phrase_after_the_verb_goes_through_the_field_to_the_name() -> None:
    text = (
        "«Направил письма ООН и МККК по этому преступлению, — написал в телеграм-канале "
        "Уполномоченный Верховной Рады по правам человека Дмитрий Лубинец. — Международное "
        "сообщество должно отреагировать!»"
    )
    [(phrase, _, _)] = speakers(text, "ru")
    assert phrase == "Уполномоченный Верховной Рады по правам человека Дмитрий Лубинец"


def test_a_field_with_no_name_after_it_stays_out_of_the_phrase() -> None:
    text = "«Мы отреагируем», — написал Уполномоченный Верховной Рады по правам человека."
    [(phrase, _, _)] = speakers(text, "ru")
    assert phrase == "Уполномоченный Верховной Рады"
