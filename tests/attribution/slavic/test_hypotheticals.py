"""Hypothetical cues in Russian and Ukrainian: conditions and the conditional mood
(attribution/slavic/hypotheticals.py)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import analyse, speakers


def test_a_cue_in_a_condition_is_no_statement() -> None:
    text = "Якщо Зеленський заявить, що війна закінчена, ціни впадуть."
    assert analyse(text, "uk").statements == ()
    text = "Если Зеленский придет к ним и скажет, что надо сдаться, они его не послушают."
    assert analyse(text, "ru").statements == ()
    text = "Если бы Байден заявил об отказе раньше, успели бы появиться другие кандидаты."
    assert analyse(text, "ru").statements == ()


def test_a_condition_said_or_a_fact_set_against_another_stays_a_statement() -> None:
    text = "Путин заявил, что если Запад нападет, Россия ответит."
    assert [s[2] for s in speakers(text, "ru")] == ["putin-vladimir"]
    text = "Если, как заявил Песков, переговоры окончены, то войска останутся."
    assert [s[2] for s in speakers(text, "ru")] == ["peskov-dmitry"]
    text = (
        "Если на публике британские чиновники говорят, что только Украина должна решать, "
        "то в частном порядке они признают иное."
    )
    assert [s.cue.text(text) if s.cue else None for s in analyse(text, "ru").statements] == [
        "говорят"
    ]


def test_the_conditional_mood_and_indirect_questions_are_no_statements() -> None:
    assert analyse("Він сказав би, що це неправда.", "uk").statements == ()
    text = "Неизвестно, скажет ли Путин, что переговоры окончены."
    assert analyse(text, "ru").statements == ()
    text = "Невідомо, чи заявить Путін, що переговори закінчено."
    assert analyse(text, "uk").statements == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пенсильванія оголосить про результати голосування не раніше 6 листопада.", "uk"),
        ("Міністр повідомить, що рішення ухвалено, наступного тижня.", "uk"),
        ("Конгресу просто потрібно буде заявити, що Трамп вчинив акт повстання.", "uk"),
        ("Минобороны объявит о результатах проверки не раньше пятницы.", "ru"),
    ],
)
def test_a_speech_verb_in_the_future_reports_nothing_yet(text: str, lang: str) -> None:
    assert analyse(text, lang).statements == ()


def test_the_present_of_an_imperfective_short_form_is_still_said() -> None:
    # "просить": the tagger's infinitive, and "asks" (an imperfective "-ть" is no future)
    text = "Чоловік виправданої християнки просить Захід про притулок."
    assert [s[0] for s in speakers(text, "uk")] == ["Чоловік виправданої християнки"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Виробники визнають, що виготовлення не встигає за попитом.", "uk"),
        ("Цены на газ будут расти и дальше, резюмирует American Thinker.", "ru"),
    ],
)
def test_a_form_that_is_also_a_present_is_no_future(text: str, lang: str) -> None:
    # "визнають": визнати (will admit) and визнавати (admit); "резюмирует": two aspects
    assert len(analyse(text, lang).statements) == 1
