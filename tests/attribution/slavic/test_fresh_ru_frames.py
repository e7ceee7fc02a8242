"""Russian statements closed by a role, a body or a bare name, request and advice verbs, and
speakers the held-out Telegram draw of session 31 (seed 31102) showed wrong; every text here
is written for the test."""

from __future__ import annotations

from tests.attribution.slavic.speaking import attributed, said, speakers


def test_a_line_closed_by_a_name_needs_no_verb() -> None:
    text = (
        "**Переговоры с Токио о мирном договоре сейчас невозможны из-за позиции Японии**, — "
        "Захарова."
    )
    assert said(text, "ru") == [
        ("Захарова", "Переговоры с Токио о мирном договоре сейчас невозможны из-за позиции Японии")
    ]


def test_a_line_closed_by_a_body() -> None:
    text = "Президент России на следующей неделе посетит Минск и встретится с Лукашенко, — Кремль."
    assert [(who, actor) for who, _, actor in speakers(text, "ru")] == [
        ("Кремль", "government-russia")
    ]


def test_a_line_closed_by_a_role_and_a_name() -> None:
    text = (
        "Новые правила въезда для иностранцев начнут действовать с первого марта, — глава МВД "
        "Владимир Колокольцев."
    )
    assert said(text, "ru") == [
        (
            "глава МВД Владимир Колокольцев",
            "Новые правила въезда для иностранцев начнут действовать с первого марта",
        )
    ]


def test_a_line_closed_by_a_thing_is_no_statement() -> None:
    text = "Выборы в парламент пройдут в два тура весной, — перевод с английского."
    assert said(text, "ru") == []


def test_a_paragraph_closed_by_a_role_line() -> None:
    text = (
        "Ночью над городом сбиты три беспилотника.\n\n"
        "Пострадавших нет, повреждена крыша склада и два автомобиля.\n— мэр города.\n\n"
        "Подписывайтесь на наш канал."
    )
    assert said(text, "ru") == [
        ("мэр города", "Пострадавших нет, повреждена крыша склада и два автомобиля")
    ]


def test_a_paragraph_in_the_first_person_closed_by_a_name() -> None:
    text = (
        "Отец вратаря заявил журналистам, что поговорит с сыном после матча.\n\n"
        "Я считаю это ошибкой. Вечером с ним поговорю!\n— Владимир Трубин.\n\n"
        "Подписывайтесь на канал."
    )
    assert said(text, "ru")[-1] == (
        "Владимир Трубин",
        "Я считаю это ошибкой. Вечером с ним поговорю!",
    )


def test_a_dialogue_line_closes_nothing() -> None:
    text = "Мы встретились у входа в парк и долго говорили.\n— Ну ты звони почаще."
    assert said(text, "ru") == []


def test_a_request_is_speech_and_its_purpose_is_not_what_is_asked() -> None:
    text = (
        "Министр обороны Литвы попросил у союзников еще пять систем ПВО, чтобы защитить "
        "энергетику страны зимой."
    )
    [s] = attributed(text, "ru")
    assert (s.act, s.content_text(text)) == ("speech", "у союзников еще пять систем ПВО")


def test_a_request_of_a_person_keeps_its_clause() -> None:
    text = "Мэр попросил журналистов, чтобы они не публиковали фотографии пострадавших."
    assert said(text, "ru") == [("Мэр", "они не публиковали фотографии пострадавших")]


def test_advice_is_speech() -> None:
    text = "Губернатор посоветовал жителям региона не выходить на улицу до вечера."
    assert [(s.act, s.content_text(text)) for s in attributed(text, "ru")] == [
        ("speech", "жителям региона не выходить на улицу до вечера")
    ]


def test_asking_for_asylum_is_no_statement() -> None:
    text = "После скандала журналист попросил политического убежища в Литве."
    assert said(text, "ru") == []


def test_a_parsed_subject_before_a_city_is_the_speaker() -> None:
    text = (
        "Министры обороны стран альянса на заседании Совета Украина - НАТО (СУН) в Брюсселе "
        "пообещали Киеву помочь с поставками ПВО, сообщил генсек НАТО Марк Рютте журналистам."
    )
    found = [who for who, _ in said(text, "ru")]
    assert "Министры обороны стран альянса" in found
    assert "Брюсселе" not in found


def test_by_his_words_after_a_colon_opens_the_clause_and_means_the_name_before() -> None:
    text = (
        "Президент Польши Дуда утвердил повестку заранее, не дождавшись коллег.\n\n"
        "Недоволен остался и Шольц: по его словам, такой порядок «не соответствует "
        "договоренностям», которые были достигнуты летом."
    )
    assert speakers(text, "ru")[-1][1] == "Olaf Scholz"
    assert said(text, "ru")[-1] == (
        "его",
        "такой порядок «не соответствует договоренностям», которые были достигнуты летом",
    )
