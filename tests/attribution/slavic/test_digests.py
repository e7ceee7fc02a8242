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


def test_an_about_what_header_with_a_latin_e_names_its_speaker() -> None:
    # session 27, a SHOT post: "О чëм ещë говорил …" typed with a Latin "ë" for "ё"
    text = (
        "Новости дня.\n\n"
        "**О ч\u00ebм ещ\u00eb говорил Владимир Путин на пленарном заседании клуба «Валдай»:**\n\n"
        "— Россия не стремится отказаться от доллара.\n\n"
        "— Россия будет защищать свои ценности всеми доступными средствами\n"
    )
    assert said(text, "ru") == [
        ("Владимир Путин", "Россия не стремится отказаться от доллара."),
        ("Владимир Путин", "Россия будет защищать свои ценности всеми доступными средствами"),
    ]


def test_an_about_what_header_naming_a_place_names_no_speaker() -> None:
    text = "Новости дня.\n\nО чём говорят в Киеве:\n\n— Украина не признает оккупацию.\n"
    assert said(text, "ru") == []


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


def test_a_bare_header_takes_its_speaker_from_the_sentence_before_it() -> None:
    text = (
        'Ещё из выступления Владимира Путина на пленарной сессии клуба "Валдай". Главное:\n\n'
        "— Конфликты значительно осложняют мировое развитие, но не прерывают его.\n\n"
        "— В политике США всё чаще заметен принцип «не доставайся же никому».\n"
    )
    found = speakers(text, "ru")
    assert [s[2] for s in found] == ["putin-vladimir", "putin-vladimir"]
    assert {s[0] for s in found} == {"Владимира Путина"}


def test_a_bare_header_after_a_speaking_occasion_on_the_line_above() -> None:
    text = (
        "Владимир Путин проводит совещание с руководством Минобороны\n\n"
        "Главное:\n\n"
        "— Испытания новой системы прошли успешно, решение о производстве принято.\n\n"
        "— Запас таких изделий у нас имеется, испытания будут продолжены.\n"
    )
    assert [s[2] for s in speakers(text, "ru")] == ["putin-vladimir", "putin-vladimir"]


def test_a_bare_header_after_a_visit_names_no_speaker() -> None:
    text = (
        "Владимир Зеленский посетил Херсон.\n\nГлавное:\n\n"
        "— В городе восстановили подачу электроэнергии в трёх районах.\n"
    )
    assert said(text, "ru") == []


def test_items_with_quotes_keep_the_others_and_a_second_header_ends_the_first() -> None:
    text = (
        "Владимир Путин встретился с Эрдоганом на саммите БРИКС. Главное:\n\n"
        "— Рост товарооборота между Россией и Турцией продолжился в этом году.\n\n"
        '— Коллективный Запад действует по принципу "если не с нами, то против нас".\n\n'
        "А теперь основное из речи Реджепа Тайипа Эрдогана:\n\n"
        "— Турция ожидает приезда российского лидера с официальным визитом.\n"
    )
    found = said(text, "ru")
    putin = [c for s, c in found if s == "Владимир Путин"]
    assert len(putin) == 2
    assert [c for s, c in found if s == "Реджепа Тайипа Эрдогана"] == [
        "Турция ожидает приезда российского лидера с официальным визитом."
    ]


def test_a_header_that_is_only_a_name_gives_each_item_to_it() -> None:
    text = (
        "⚡️Лавров:\n\n"
        "▪️ Россия готова к переговорам без предварительных условий.\n"
        "▪️ Западные санкции не изменят курс страны.\n"
    )
    assert [s[2] for s in speakers(text, "ru")] == ["lavrov-sergey", "lavrov-sergey"]


def test_a_header_of_a_speaker_and_a_speech_verb_gives_each_item_to_them() -> None:
    text = (
        "Лавров заявил:\n"
        "— Россия готова к переговорам без предварительных условий.\n"
        "— Западные санкции не изменят курс страны.\n"
    )
    assert [s[2] for s in speakers(text, "ru")] == ["lavrov-sergey", "lavrov-sergey"]


def test_a_name_header_over_a_topic_list_is_no_digest() -> None:
    # a name with words after it is a topic, not whose words follow
    text = "Лавров в Минске:\n\n▪️ переговоры с белорусской стороной продлятся два дня.\n"
    assert said(text, "ru") == []


def test_a_header_of_other_statements_names_its_speaker() -> None:
    # session 29: "Другие заявления Пескова:" opens most briefing digests of Топор Live
    text = (
        "⚡️**Другие заявления Пескова:**\n\n"
        "— РФ будет каждый раз давать соответствующий ответ на удары по своей территории;\n\n"
        "— Атака боевиков на Алеппо — это посягательство на суверенитет Сирии.\n\n"
        "[👉 Топор Live. Подписаться](https://t.me/+HWFlcuXhzKdhYWY6)"
    )
    found = said(text, "ru")
    assert [s[0] for s in found] == ["Пескова", "Пескова"]
    assert found[1][1] == "Атака боевиков на Алеппо — это посягательство на суверенитет Сирии."


def test_a_header_opened_by_its_noun_of_saying_names_its_speaker() -> None:
    text = "Заяви Зеленського:\n\n— Україна не погодиться на заморожування конфлікту;\n"
    assert said(text, "uk") == [
        ("Зеленського", "Україна не погодиться на заморожування конфлікту;")
    ]


def test_other_headers_naming_no_speaker_give_nothing() -> None:
    items = "\n\n— Россия не собирается ни на кого нападать;\n\n— Запад диктует свои условия."
    assert said("Другие заявления на саммите ОДКБ в Казахстане:" + items, "ru") == []
    assert said("Другие новости:" + items, "ru") == []
