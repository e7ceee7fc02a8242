"""A speaker's own clause inside their words is no nested statement (docs/gold-guide.md,
"Nesting"): a first person, the speaker again, or the side the speaker speaks for."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import analyse

pytestmark = pytest.mark.needs_model


def _statements(text: str, lang: str) -> list[tuple[str | None, bool]]:
    """(speaker phrase, nested) of each statement of the whole pipeline."""
    return [
        (s.speaker.text if s.speaker else None, s.reported_by is not None)
        for s in analyse(text, lang).statements
    ]


def test_a_first_person_inside_the_quote_is_the_speakers_own() -> None:
    text = "«Я впевнений, що вакцина допоможе зупинити пандемію», — сказав професор Олег Петренко."
    assert _statements(text, "uk") == [("професор Олег Петренко", False)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "«Соединенные Штаты объявляют, что выделят Украине еще один пакет помощи»,"
            " — сказал Джо Байден.",
            "ru",
        ),
        (
            "«Сполучені Штати Америки заявляють, що підтримуватимуть Україну»,"
            " — заявив Джо Байден.",
            "uk",
        ),
    ],
)
def test_the_speakers_own_country_inside_the_quote_is_the_speakers_own(
    text: str, lang: str
) -> None:
    assert _statements(text, lang) == [("Джо Байден", False)]


def test_another_country_inside_the_quote_is_still_reported() -> None:
    text = "«Россия заявляет, что готова к переговорам, но это ложь», — сказал Владимир Зеленский."
    assert ("Россия", True) in _statements(text, "ru")


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Хосеп Борель заявив, що ЄС підготує нові санкції.", "uk", "borrell-josep"),
        ("Как сообщает Рейтер, переговоры сорваны.", "ru", "reuters"),
        (
            "Министерство иностранных дел Украины заявило, что посол будет отозван.",
            "ru",
            "mfa-ukraine",
        ),
    ],
)
def test_registry_spellings_of_known_actors(text: str, lang: str, actor: str) -> None:
    assert [s.speaker_actor for s in analyse(text, lang).statements] == [actor]
