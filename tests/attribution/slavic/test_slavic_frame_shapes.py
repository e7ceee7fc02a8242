"""Russian and Ukrainian frames added in session 7: quotes, dashes, headlines and where the
content ends."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.attribution.slavic.frame_runs import _run, _said


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        ("В оригинале Роган сказал «f* you», то есть выругался.", "ru", "f* you"),
        ("У Далтоні президент закликав “боротися за чесні підсумки виборів”.", "uk", None),
    ],
)
def test_a_quote_right_after_a_speech_verb_is_direct(
    text: str, lang: str, content: str | None
) -> None:
    statements, rules = _run(text, lang)
    assert rules == ["ru-uk:frame-before"]
    assert statements[0].kind == "direct"
    if content is not None:
        assert statements[0].content_text(text) == content


def test_a_dash_frame_with_no_comma() -> None:
    said = _said("Польща та Україна вважають газопровід новою зброєю – нагадує видання.", "uk")
    assert ("видання", "Польща та Україна вважають газопровід новою зброєю", "speech") in said


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Проте, як зазначається, зараз активи не можуть виводитися з-під арешту.",
            None,
            "зараз активи не можуть виводитися з-під арешту",
        ),
        (
            "Як раніше інформував УНН, зараз лоукостер переживає кризу.",
            "УНН",
            "зараз лоукостер переживає кризу",
        ),
        (
            "Зокрема, пише The Guardian, інвестори створили петицію.",
            "The Guardian",
            "інвестори створили петицію",
        ),
    ],
)
def test_a_parenthetical_frame_opening_the_sentence(
    text: str, speaker: str | None, content: str
) -> None:
    assert _said(text, "uk") == [(speaker, content, "speech")]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Як",
                "як",
                "раніше",
                "пише",
                "УНН",
                ",",
                "за",
                "його",
                "словами",
                "–",
                "нагадує",
                "видання",
                "Проте",
                "сказав",
                "«так»",
                "Трамп",
                ".",
            ]
        ),
        max_size=20,
    )
)
def test_any_run_of_frame_words_gives_well_formed_statements(words: list[str]) -> None:
    text = " ".join(words)
    statements, _ = _run(text, "uk")
    for s in statements:
        for span in (*s.content, *((s.cue,) if s.cue else ()), *s.quotes):
            assert 0 <= span.start <= span.end <= len(text)
        assert all(len(c) > 0 for c in s.content)


def test_about_this_is_not_read_as_content_before_a_frame() -> None:
    said = _said("Суд отклонил ходатайство. Об этом в четверг, 14 апреля, сообщает ТАСС.", "ru")
    assert said == [("ТАСС", "Суд отклонил ходатайство", "speech")]


@pytest.mark.parametrize(
    "space",
    [" ", "\xa0"],  # Telegram posts put no-break spaces around dashes
)
def test_an_interrupted_quote_is_one_statement_of_two_parts(space: str) -> None:
    text = (
        f"«Пит жесткий и верит, что Америка превыше всего,{space}—{space}говорится в заявлении "
        f"Трампа.{space}—{space}С Питом враги Америки будут предупреждены»."
    )
    statements, _ = _run(text, "ru")
    direct = [s for s in statements if s.kind == "direct"]
    assert len(direct) == 1
    assert [c.text(text) for c in direct[0].content] == [
        "Пит жесткий и верит, что Америка превыше всего",
        "С Питом враги Америки будут предупреждены",
    ]
    assert direct[0].speaker is not None
    assert direct[0].speaker.text == "заявлении Трампа"
    # the belief inside the first part ends where the frame interrupts it
    inner = [s.content_text(text) for s in statements if s.kind == "indirect"]
    assert inner == ["Америка превыше всего"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (
            "Війна проти пандемії може затягнутися на невизначений термін — FT\nТекст статті.",
            "uk",
            "FT",
            "Війна проти пандемії може затягнутися на невизначений термін",
        ),
        (
            "ЭКОНОМИКА НАХОДИТСЯ В СТАДИИ ТРАНСФОРМАЦИИ - МИНИСТР\nТекст статьи.",
            "ru",
            "МИНИСТР",
            "ЭКОНОМИКА НАХОДИТСЯ В СТАДИИ ТРАНСФОРМАЦИИ",
        ),
    ],
)
def test_a_headline_closed_by_its_source(text: str, lang: str, speaker: str, content: str) -> None:
    statements, rules = _run(text, lang)
    assert rules == ["ru-uk:headline"]
    assert statements[0].speaker is not None
    assert statements[0].speaker.text == speaker
    assert statements[0].content_text(text) == content


@pytest.mark.parametrize(
    "text",
    [
        "Москва — столица России — ООН\nТекст.",  # no verb: a description
        "Переговоры продолжатся. Стороны договорились — ТАСС\nТекст.",  # a stop inside
    ],
)
def test_a_line_closed_by_capitals_that_is_no_headline(text: str) -> None:
    _, rules = _run(text, "ru")
    assert "ru-uk:headline" not in rules


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        (
            "Тільки 34% заявили, що Трамп каже правду, в той час як 55% не впевнені.",
            "uk",
            "Трамп каже правду",
        ),
        (
            "Партія наполягає, що суддю має обрати президент — зокрема, Барретт вплине на вибори.",
            "uk",
            "суддю має обрати президент",
        ),
        ("Лавров заявил, что Москва готова, тогда как Киев медлит.", "ru", "Москва готова"),
    ],
)
def test_a_clause_break_ends_the_reported_content(text: str, lang: str, content: str) -> None:
    assert content in [c for _, c, _ in _said(text, lang)]


def test_a_clause_break_word_inside_the_content_without_its_dash() -> None:
    text = "Партія заявила, що суддю обиратимуть, зокрема, за новими правилами."
    assert [c for _, c, _ in _said(text, "uk")] == [
        "суддю обиратимуть, зокрема, за новими правилами"
    ]


def test_a_source_label_line_is_no_headline() -> None:
    _, rules = _run("Источник: РИА Новости сообщает о новых ударах по городу.\n", "ru")
    assert "ru-uk:headline" not in rules


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Про затримання клірика повідомив у ніч на суботу, 24 листопада, міністр інформації "
            "Фавад Чаудхрі.",
            "міністр інформації Фавад Чаудхрі",
            "затримання клірика",
        ),
        (
            "Зеленський повідомив про нові санкції проти Росії.",
            "Зеленський",
            "нові санкції проти Росії",
        ),
    ],
)
def test_a_ukrainian_statement_of_what_follows_pro(speaker: str, content: str, text: str) -> None:
    assert (speaker, content, "speech") in _said(text, "uk")


def test_pro_te_shcho_is_a_clause_not_a_noun() -> None:
    said = _said("Порошенко заявив про те, що газопровід є геополітичним проектом.", "uk")
    assert [c for _, c, _ in said] == ["газопровід є геополітичним проектом"]
