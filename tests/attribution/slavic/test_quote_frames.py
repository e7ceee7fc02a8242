"""Quotes with their frames in Russian and Ukrainian (attribution/slavic/quote_frames.py)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import analyse, attributed, said, speakers


def test_the_object_of_a_quoting_verb_said_the_quote() -> None:
    text = (
        "Официальный представитель МИД Украины Георгий Тихий прокомментировал предложения. "
        "«Нам нужно оснащение», — цитирует Тихого Reuters."
    )
    # the quoting verb's subject relays the quote: its statement, the quoted man's nested in it
    assert [s[2] for s in speakers(text, "ru")] == ["reuters", "tykhyi-heorhii"]
    text = (
        "Глава ВПП ООН Дэвид Бизли потребовал снять блокаду портов. «Миллионы людей умрут», "
        "— приводит слова чиновника агентство."
    )
    assert [s[1] for s in speakers(text, "ru")] == ["Дэвид Бизли", None, "Дэвид Бизли"]
    text = "«Ми плануємо вакцинувати населення», – цитує TUT.BY Дмитра Піневича."
    assert speakers(text, "uk")[0][1] == "Дмитро Піневич"


def test_a_quoting_verb_takes_no_name_of_the_next_sentence() -> None:
    text = "Байден выступил в Белом доме. «Деньги пойдут на зарплаты», — цитирует Байдена Он также"
    assert speakers(text + " объявил о программе.", "ru")[-1][2] == "biden-joe"


def test_a_minus_sign_typed_for_a_dash_introduces_the_frame_after_a_quote() -> None:
    text = '"Я доведу цю справу до кінця", − підкреслила Мей.'
    assert [s[2] for s in speakers(text, "uk")] == ["may-theresa"]
    assert analyse(text, "uk").statements[0].kind == "direct"


def test_a_dash_line_alone_frames_the_paragraph_before_it() -> None:
    text = (
        "Министр выступил на форуме.\n\n"
        "Мы не отступим от своих планов. Это наш выбор\n\n"
        "— заявил министр обороны Иван Петров в интервью."
    )
    assert said(text, "ru") == [
        ("министр обороны Иван Петров", "Мы не отступим от своих планов. Это наш выбор")
    ]


def test_a_dash_frame_does_not_take_a_paragraph_that_introduces_something() -> None:
    text = "Министр сказал следующее:\n— заявил он журналистам."
    assert not [c for _, c in said(text, "ru") if "следующее" in c]


def test_a_quote_whose_comma_ends_its_line_keeps_its_frame() -> None:
    text = "«Мы готовы к переговорам без условий»,\n— сказал Петров на брифинге."
    assert said(text, "ru") == [("Петров", "Мы готовы к переговорам без условий")]


def test_a_quote_closing_a_clause_that_opened_before_it_gives_the_whole_clause() -> None:
    text = "В Грузии не повторится сценарий украинского «Майдана», — заявил премьер Кобахидзе."
    assert said(text, "ru") == [
        ("премьер Кобахидзе", "В Грузии не повторится сценарий украинского «Майдана»")
    ]
    text = "Вартість послуг «цих фірм помітно зросла після падіння гривні», – сказав він."
    [found] = analyse(text, "uk").statements
    assert (found.kind, found.content_text(text)) == (
        "mixed",
        "Вартість послуг «цих фірм помітно зросла після падіння гривні»",
    )


def test_a_quote_after_a_sentence_on_its_line_keeps_its_dash_frame() -> None:
    text = "Он добавил это вчера. «Мы готовы к переговорам», — сказал Песков."
    assert ("Песков", "Мы готовы к переговорам") in said(text, "ru")


def test_a_quoting_verb_after_a_quote_closing_a_clause_takes_the_whole_clause() -> None:
    text = (
        "Деньги могут быть использованы правительством Украины «для стабилизации их "
        "экономики», — цитирует Байдена Reuters."
    )
    assert said(text, "ru")[0] == (
        "Байдена",
        "Деньги могут быть использованы правительством Украины «для стабилизации их экономики»",
    )


def test_a_quote_after_a_cue_whose_source_was_lost_keeps_its_dash_frame() -> None:
    text = (
        'Про це повідомляє "Пілоти авіакомпанії Ryanair оголосили масові страйки", - '
        "йдеться у повідомленні."
    )
    assert ("повідомленні", "Пілоти авіакомпанії Ryanair оголосили масові страйки") in said(
        text, "uk"
    )


def test_a_quoting_verb_interrupting_a_quote_names_its_object() -> None:
    # session 27, a fresh BBC post: "— цитирует заявления Си … Reuters. —" inside the quote
    text = (
        "«Если две страны будут партнерами, наши отношения достигнут прогресса, — цитирует "
        "заявления Си со встречи с Байденом Reuters. — Но если мы будем соперниками, мы "
        "испортим отношения»."
    )
    assert said(text, "ru") == [
        (
            "Си",
            "Если две страны будут партнерами, наши отношения достигнут прогресса … "
            "Но если мы будем соперниками, мы испортим отношения",
        )
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "«Мы поддерживаем Украину», — сказала Нэнси Пелоси. — «И будем поддерживать"
            " столько, сколько потребуется».\n",
            "ru",
        ),
        (
            "«Ми підтримуємо Україну», — сказала Ненсі Пелосі. — «І будемо підтримувати"
            " стільки, скільки буде потрібно».\n",
            "uk",
        ),
        (
            '"Мы поддерживаем Украину, - сказала Нэнси Пелоси. - И будем поддерживать'
            ' столько, сколько потребуется".\n',
            "ru",
        ),
    ],
)
def test_a_quote_its_frame_interrupts_keeps_both_parts(text: str, lang: str) -> None:
    [(speaker, content)] = said(text, lang)
    assert speaker in {"Нэнси Пелоси", "Ненсі Пелосі"}
    assert content.startswith(("Мы поддерживаем", "Ми підтримуємо"))
    assert content.endswith(("потребуется", "потрібно"))


def test_a_quote_framed_by_a_comma_and_a_verb_is_direct() -> None:
    text = (
        "Песков прокомментировал ситуацию.\n\n«Мы не видим оснований для переговоров. Киев"
        " должен выполнить наши условия. Это позиция Кремля», сказал он.\n"
    )
    [statement] = attributed(text, "ru")
    assert statement.kind == "direct"
    assert statement.content_text(text).startswith("Мы не видим")


def test_a_quote_a_gerund_follows_is_no_frame_of_its_own() -> None:
    text = (
        "Он заявил, что это будет «дополнительный канал для безопасной миграции», отметив,"
        " что мигранты должны иметь спонсора.\n"
    )
    assert all(s.kind != "direct" for s in attributed(text, "ru"))
