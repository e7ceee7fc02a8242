"""Ukrainian speakers and cues added in session 7b (issue 17): each construction, and what
stays no statement."""

from __future__ import annotations

import pytest

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article, Statement
from reportedly.nlp import ukrainian


def _run(text: str) -> list[Statement]:
    article = Article(id=Article.make_id(text), text=text, language="uk")
    statements, _, _ = attribute_slavic(article, ukrainian.annotate(text))
    return list(statements)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker.text if s.speaker else None, s.content_text(text)) for s in _run(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the place after the verb is no speaker
            "Виконавчий директор Moderna Стефан Бансель сказав на конференції, що незабаром "
            "компанія почне тестування.",
            "Виконавчий директор Moderna Стефан Бансель",
        ),
        (  # a place between the subject and the verb
            "Глава МЗС ФРН Гайко Маас у Москві заявив, що уряд Німеччини підтримує проект.",
            "Глава МЗС ФРН Гайко Маас",
        ),
    ],
)
def test_a_prepositional_place_is_skipped_for_the_subject(text: str, speaker: str) -> None:
    assert [s for s, _ in _said(text)] == [speaker]


def test_a_body_after_the_verb_stays_the_speaker() -> None:
    text = "Затримання не має нічого спільного зі справою, кажуть у поліції."
    assert [s for s, _ in _said(text)] == ["поліції"]
