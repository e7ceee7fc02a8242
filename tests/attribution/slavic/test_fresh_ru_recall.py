"""Russian statements the rules missed on a fresh draw of Telegram posts and news (session 32,
seed 32103): post lines closed by a name, quoting frames with a pronoun, bodies after "в",
interrupted quotes; every text here is written for the test."""

from __future__ import annotations

from tests.attribution.slavic.speaking import attributed, said


def test_a_line_with_a_short_adjective_closed_by_a_name() -> None:
    text = "❗️Кремль пока знаком с этим планом **только из газет** — Песков\n\nПодробнее позже."
    assert said(text, "ru") == [("Песков", "Кремль пока знаком с этим планом **только из газет")]


def test_a_line_without_a_predicate_closed_by_a_name_is_no_statement() -> None:
    text = "Новый министр обороны страны после долгих споров в правительстве — Белоусов\n\nТекст."
    assert said(text, "ru") == []


def test_a_line_holding_a_quote_closed_by_a_name() -> None:
    text = (
        "⚡️Слова генералов о новых ударах безответственны, **они «пороха не нюхали»**, — Лавров."
        "\n\nПодписаться."
    )
    assert said(text, "ru") == [
        ("Лавров", "Слова генералов о новых ударах безответственны, **они «пороха не нюхали»")
    ]


def test_two_sentences_set_off_from_a_name() -> None:
    text = (
        "⚡️В случае применения этой ракеты **мощь удара будет огромной.** Все, что находится в "
        "центре взрыва, по сути превращается в пыль, — Путин.\n\nПодписаться."
    )
    [(who, what)] = said(text, "ru")
    assert who == "Путин" and what.startswith("В случае") and what.endswith("в пыль")


def test_two_sentences_closed_by_a_name_without_a_comma_stay_apart() -> None:
    text = "Вчера прошли выборы. Победу одержал кандидат оппозиции — Иванов.\n\nТекст."
    assert said(text, "ru") == []


def test_a_quote_relayed_with_a_pronoun() -> None:
    text = (
        "На марше выступил политик Илья Яшин.\n\n"
        "«Россия — это мы. И мы против войны», — цитирует его телеграм-канал «Эхо»."
    )
    found = attributed(text, "ru")
    assert [(s.speaker.text if s.speaker else None) for s in found] == [
        "телеграм-канал «Эхо»",
        "его",
    ]
    outer, inner = found
    assert inner.reported_by == outer.id
    assert (
        inner.content_text(text) == outer.content_text(text) == "Россия — это мы. И мы против войны"
    )


def test_a_quote_whose_words_are_brought_with_a_pronoun() -> None:
    text = (
        "В Лондоне выступил Михаил Ходорковский.\n\n"
        "«Это люди заболевшие, просто заболевшие», — приводит его слова «Эхо»."
    )
    found = attributed(text, "ru")
    assert [
        (s.speaker.text if s.speaker else None, s.cue.text(text) if s.cue else None) for s in found
    ] == [
        ("«Эхо»", "приводит"),
        ("его", "приводит его слова"),
    ]


def test_a_quoting_verb_before_a_new_sentence_relays_nothing() -> None:
    text = (
        "«Мы поддерживаем народ Украины во всем», — цитирует Байдена Он также объявил о "
        "новой программе."
    )
    quoted = "Мы поддерживаем народ Украины во всем"
    found = [s for s in attributed(text, "ru") if s.content_text(text) == quoted]
    assert [s.speaker.text if s.speaker else None for s in found] == ["Байдена"]


def test_a_parliament_after_the_verb_is_the_speaker() -> None:
    text = "Европа нуждается в украинских рабочих, заявили в Верховной Раде."
    assert said(text, "ru") == [("Верховной Раде", "Европа нуждается в украинских рабочих")]


def test_an_interrupted_quote_framed_by_continues() -> None:
    text = "«Обеспечим ли мы граждан мандаринами? — продолжает он. — Это самое главное»."
    assert said(text, "ru") == [("он", "Обеспечим ли мы граждан мандаринами? … Это самое главное")]
