"""Telegram digests under a header naming whose statements follow (slavic/digests.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said, speakers

DIGEST = (
    "Медведев заявил, что ядерное оружие — крайний вариант.\n\n"
    "Главные заявления замглавы Совбеза РФ:\n\n"
    "— Удары дальнобойным оружием по территории России не останутся без последствий.\n\n"
    "— Дональд Трамп способен в кратчайшие сроки остановить конфликт.\n\n"
    "[👉 Топор Live. Подписаться](https://t.me/+HWFlcuXhzKdhYWY6)"
)


def test_each_item_under_a_header_naming_a_speaker_is_theirs() -> None:
    found = said(DIGEST, "ru")
    assert (
        "замглавы Совбеза РФ",
        "Удары дальнобойным оружием по территории России не останутся без последствий.",
    ) in found
    assert (
        "замглавы Совбеза РФ",
        "Дональд Трамп способен в кратчайшие сроки остановить конфликт.",
    ) in found
    assert len(found) == 3  # the lead's statement and two items; the footer is none


def test_a_question_header_and_a_topic_subheading_between_items() -> None:
    text = (
        "Владимир Путин выступил с обращением. Что сказал президент:\n\n"
        "**О вооружениях**\n\n"
        "▪️ Россия начала серийное производство новых ракетных систем\n\n"
        "— Цели противником после ударов не достигнуты.\n"
    )
    assert [s[2] for s in speakers(text, "ru")] == ["putin-vladimir", "putin-vladimir"]


def test_a_header_naming_no_one_gives_no_statement() -> None:
    text = (
        "Карлсон приехал в Москву.\n\nГлавные тезисы:\n\n"
        "— Администрация Байдена подталкивает США к конфликту с Россией.\n"
    )
    assert said(text, "ru") == []


def test_an_item_with_its_own_frame_keeps_its_own_speaker() -> None:
    text = (
        "Главное из выступления Путина на форуме:\n\n"
        "— Песков заявил, что переговоров с Киевом сейчас нет.\n\n"
        "— Россия продолжит испытания новых систем в ответ на действия противника.\n"
    )
    found = said(text, "ru")
    assert ("Песков", "переговоров с Киевом сейчас нет") in found
    assert [s for s, _ in found].count("Путина") == 1


def test_a_ukrainian_digest_header() -> None:
    text = (
        "Основні тези Зеленського:\n\n"
        "- Україна не визнає окупацію жодної частини своєї території.\n"
        "- Переговори можливі лише після виведення російських військ.\n"
    )
    found = speakers(text, "uk")
    assert [s[2] for s in found if s[0] == "Зеленського"] == ["zelenskyy-volodymyr"] * 2
    # the item's own predicate ("Україна не визнає окупацію") does not take it from him
    assert ("Україна", "Ukraine", "country-ukraine") in found
