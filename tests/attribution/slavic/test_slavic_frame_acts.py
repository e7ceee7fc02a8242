"""Russian and Ukrainian frames added in session 7: the act of each construction, and what is
no statement."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.frame_runs import _run, _said


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (
            "Медведев выступил в Совбезе. По его словам, не исключены новые конфликты.",
            "ru",
            "его",
            "не исключены новые конфликты",
        ),
        (
            "Трамп виступив у Джорджії. За його словами, кампанія подасть позов до суду.",
            "uk",
            "його",
            "кампанія подасть позов до суду",
        ),
    ],
)
def test_according_to_with_a_possessive_inside(
    text: str, lang: str, speaker: str, content: str
) -> None:
    statements, rules = _run(text, lang)
    assert rules == ["ru-uk:according-to"]
    s = statements[0]
    assert s.speaker is not None
    assert s.speaker.text == speaker
    assert s.content_text(text) == content
    assert s.cue is not None
    assert s.cue.text(text).lower().split()[1] == speaker


def test_an_opinion_phrase_is_a_belief() -> None:
    said = _said("По мнению губернатора, главное правильно расставить приоритеты.", "ru")
    assert said == [("губернатора", "главное правильно расставить приоритеты", "belief")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Песков пообещал, что ответ будет дан в течение недели.", "ru"),
        ("США пригрозили, що запровадять санкції проти компаній.", "uk"),
    ],
)
def test_promises_and_threats_are_intent(text: str, lang: str) -> None:
    statements, _ = _run(text, lang)
    assert [s.act for s in statements] == ["intent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Напомним, накануне США ввели новый санкционный список.", "ru"),
        ("Нагадаємо, що раніше США запровадили санкції.", "uk"),
        ("«Наголошую, що правила дозволяють це», — сказав Ляшко.", "uk"),
        ("«Мы думаем, что война затянется», — сказал Полен.", "ru"),
    ],
)
def test_a_first_person_cue_is_no_statement(text: str, lang: str) -> None:
    # the writer's aside, or a quote's own "I stress": the quote alone is the statement
    statements, _ = _run(text, lang)
    assert all(s.kind == "direct" for s in statements)


def test_an_infinitive_cue_inside_a_quote_is_no_statement() -> None:
    said = _said("“Можна програти й сказати: ну, добре, я програв”, — заявив Трамп.", "uk")
    assert said == [("Трамп", "Можна програти й сказати: ну, добре, я програв", "speech")]


@pytest.mark.parametrize(
    "text",
    [
        'Про це повідомляє "Європейська правда".',  # the quote names the reporter
        "Трамп обіцяє “пекельну битву” за Білий дім.",  # the quote is a phrase of the clause
        "Але, як вказує «Gazeta Wyborcza», уряд отримав гарантії.",  # a name
    ],
)
def test_a_quote_after_a_verb_that_is_no_speech(text: str) -> None:
    statements, _ = _run(text, "uk")
    assert not any(s.kind == "direct" for s in statements)


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (
            "«Пит жесткий и умный», — говорится в заявлении Трампа.",
            "ru",
            "заявлении Трампа",
            "Пит жесткий и умный",
        ),
        (
            "В заявлении МИД говорится, что Москва готова к переговорам.",
            "ru",
            "заявлении МИД",
            "Москва готова к переговорам",
        ),
        (
            "Акції були звільнені з-під арешту, йдеться в повідомленні.",
            "uk",
            "повідомленні",
            "Акції були звільнені з-під арешту",
        ),
    ],
)
def test_a_document_is_the_speaker_of_an_impersonal_cue(
    text: str, lang: str, speaker: str, content: str
) -> None:
    said = _said(text, lang)
    assert (speaker, content, "speech") in said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Отмечается, что Москва готова к переговорам.", "ru"),  # the writer's
        ("У їхньому варіанті йдеться про три години.", "uk"),  # a topic
    ],
)
def test_an_impersonal_cue_naming_no_document_is_no_statement(text: str, lang: str) -> None:
    assert _said(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Законопроект о санкциях против России официально требует, чтобы банки соблюдали "
        "ограничения.",
        "Новый закон требует, чтобы все министерства сдавали отчёты.",
    ],
)
def test_a_legal_acts_provision_is_no_statement_in_russian(text: str) -> None:
    assert _said(text, "ru") == []
    # the same sentence with a person as the subject is a statement
    person = text.replace("Законопроект о санкциях против России", "Песков").replace(
        "Новый закон", "Песков"
    )
    assert [s for s, _, _ in _said(person, "ru")] == ["Песков"]


def test_a_law_named_after_the_cue_does_not_silence_it() -> None:
    said = _said("Санкции против банков продлены на год, сообщил Песков.", "ru")
    assert [s for s, _, _ in said] == ["Песков"]


def test_allowing_a_possibility_is_said() -> None:
    said = _said("Мішель Барньє допустив можливість продовження перехідного періоду.", "uk")
    assert said == [("Мішель Барньє", "можливість продовження перехідного періоду", "speech")]
