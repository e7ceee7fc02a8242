"""Unregistered Russian and Ukrainian speakers named in the nominative, not the case the
text wrote them in (issue 17)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import speakers

from reportedly.attribution.slavic._names import man_named
from reportedly.nlp.slavic_morph import nominative


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("У «Рейтингу» заявили, що рейтинг партії зріс до 20 відсотків.", "uk", "Рейтинг"),
        ("За даними «Рейтингу», партія набрала 20 відсотків.", "uk", "Рейтинг"),
        ("В «Рейтинге» заявили, что рейтинг партии вырос.", "ru", "Рейтинг"),
        ("Як повідомляє «Благовіст-Інфо», партія має 20 відсотків.", "uk", "Благовіст-Інфо"),
    ],
)
def test_a_quoted_body_in_another_case_is_named_in_the_nominative(
    text: str, lang: str, name: str
) -> None:
    assert [s[1] for s in speakers(text, lang)] == [name]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("За словами Бомбандьорова, ситуація на фронті складна.", "uk", "Бомбандьоров"),
        ("За словами Юрія Бомбандьорова, ситуація на фронті складна.", "uk", "Бомбандьоров"),
        ("За словами Хрюкіна, ситуація складна.", "uk", "Хрюкін"),
        ("По словам Юрия Бомбандьорова, ситуация сложная.", "ru", "Юрий Бомбандьоров"),
        ("По словам Бомбандьорова, ситуация сложная.", "ru", "Бомбандьоров"),
    ],
)
def test_a_man_s_surname_in_the_genitive_is_named_in_the_nominative(
    text: str, lang: str, name: str
) -> None:
    assert [s[1] for s in speakers(text, lang)] == [name]


def test_a_woman_s_surname_keeps_its_form() -> None:
    assert [s[1] for s in speakers("Бомбандьорова заявила, що ситуація складна.", "uk")] == [
        "Бомбандьорова"
    ]
    text = "Марія Бомбандьорова заявила, що ситуація складна. За словами Бомбандьорової, це так."
    assert [s[1] for s in speakers(text, "uk")] == ["Марія Бомбандьорова"] * 2


def test_an_unknown_surname_in_ova_is_declined_only_when_its_case_is_known() -> None:
    assert nominative("uk", "Бомбандьорова") == "Бомбандьорова"  # a woman, or a man's genitive
    assert nominative("uk", "Бомбандьорова", "Gen") == "Бомбандьоров"
    assert nominative("uk", "Юрія Бомбандьорова") == "Юрій Бомбандьоров"
    assert nominative("uk", "Дарини Бомбандьорової") == "Дарина Бомбандьорова"
    assert man_named("Бомбандьорова", "Бомбандьоров") == "Бомбандьоров"
    assert man_named("Марія Бомбандьорова", "Бомбандьоров") is None
    assert man_named("Пелоси", "Пелося") is None
