"""Russian and Ukrainian headline attributions (attribution/slavic/headlines.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse, said, speakers


def test_a_headline_closed_by_a_dash_and_a_person_is_their_statement() -> None:
    text = (
        "Нефтегазовым проектам Сахалина санкции не угрожают — губернатор Лимаренко\n\n"
        "Губернатор Валерий Лимаренко заявил, что всё в порядке."
    )
    analysis = analyse(text, "ru")
    first = analysis.statements[0]
    assert first.speaker is not None
    assert first.speaker.text == "Лимаренко"
    assert (first.kind, first.cue) == ("direct", None)


def test_a_dash_and_a_place_close_no_headline() -> None:
    text = "Взрывы прогремели в центре города ночью — Киев\n\nПодробности уточняются."
    assert speakers(text, "ru") == []


def test_a_headline_name_and_colon_frame_a_quote_after_a_blank_line_and_markdown() -> None:
    text = (
        "**⚡️Зеленский:\n\n**__«Украина считает реальным вариант, когда страна "
        "присоединяется к НАТО»__."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["zelenskyy-volodymyr"]


def test_a_headline_closed_by_an_outlets_name_is_its_statement() -> None:
    text = (
        "Імпічмент не завадить Трампу знову балотуватися в президенти США — The Washington Post"
        "\n\nПлани демократів не позбавлять його можливості балотуватися."
    )
    found = analyse(text, "uk").statements
    assert [(s.kind, s.content_text(text)[:9]) for s in found] == [("direct", "Імпічмент")]
    assert [s[2] for s in speakers(text, "uk")] == ["washington-post"]
    # a name no outlet registry knows is no source ("— Samsung Galaxy" names a product)
    text = "Компанія показала новий смартфон із трьома камерами — Samsung Galaxy\n\nДалі."
    assert analyse(text, "uk").statements == ()


def test_an_outlet_closing_the_headline_is_no_antecedent_of_a_pronoun() -> None:
    text = (
        "Тереза Мей виключила ще один референдум з питання Brexit - Deutsche Welle\n\n"
        "Прем'єр-міністр Великої Британії Тереза Мей у четвер виступила в парламенті. "
        '"Другого референдуму не буде", - заявила вона.'
    )
    said = speakers(text, "uk")
    assert said[0][0] == "Deutsche Welle"
    assert ("вона", "Theresa May", "may-theresa") in said


def test_a_quote_before_a_headlines_colon_is_no_speaker() -> None:
    # the quote is the statement of the name after the colon (below), never its speaker
    text = (
        '"Неймовірне повернення": Трамп прокоментував успіх Байдена на праймеріз\n\n'
        '"Це було відмінне повернення", - заявив Трамп.'
    )
    assert {s[1] for s in speakers(text, "uk")} == {"Donald Trump"}
    text = "Зеленський: Україна отримає нові системи ППО до кінця року\n"
    assert [s[2] for s in speakers(text, "uk")] == ["zelenskyy-volodymyr"]


def test_a_line_label_is_no_headline_speaker() -> None:
    text = (
        "Шольц позвонил Путину. UPD: Шольц и Путин договорились поддерживать контакт, заявляют СМИ."
    )
    assert [speaker for speaker, _, _ in speakers(text, "ru")] == ["СМИ"]


def test_a_line_closed_by_the_media_is_their_statement_even_with_no_verb() -> None:
    text = (
        "⚡️**Взрывы в Староконстантинове Хмельницкой области**, — украинские СМИ.\n\n"
        "**Губернатор уволил главу приграничного района — местные СМИ**\n\n"
        "[👉 Топор Live. Подписаться](https://t.me/+HWFlcuXhzKdhYWY6)"
    )
    found = analyse(text, "ru").statements
    assert [(s.speaker.text if s.speaker else None, s.content_text(text)) for s in found] == [
        ("украинские СМИ", "Взрывы в Староконстантинове Хмельницкой области"),
        ("местные СМИ", "Губернатор уволил главу приграничного района"),
    ]
    assert all(s.kind == "direct" and s.cue is None for s in found)


def test_a_quote_frame_or_a_that_clause_before_the_media_is_read_by_its_own_rule() -> None:
    quote = "«Он был абсолютно законной целью с точки зрения войны», — подчеркнул источник."
    that = "Сообщается, что сотрудники посольств выехали из Киева, — украинские СМИ."
    assert [s.content_text(quote) for s in analyse(quote, "ru").statements] == [
        "Он был абсолютно законной целью с точки зрения войны"
    ]
    found = analyse(that, "ru").statements
    assert len(found) == 1  # one statement, not a second for the line's media
    assert found[0].content_text(that).startswith("сотрудники посольств выехали из Киева")


def test_the_full_stop_closing_a_line_is_no_part_of_its_sources_name() -> None:
    text = "Индия значительно уменьшила закупки российского вооружения, — Bloomberg."
    found = analyse(text, "ru").statements
    assert [s.speaker.text if s.speaker else None for s in found] == ["Bloomberg"]
    assert [s.content_text(text) for s in found] == [
        "Индия значительно уменьшила закупки российского вооружения"
    ]


def test_a_telegram_line_closed_by_a_name_and_a_full_stop() -> None:
    text = (
        "⚡️Казахстану направлено приглашение для получения статуса **государства-партнёра "
        "БРИКС,** — Путин.\n\n[👉 Подписаться](https://t.me/x)"
    )
    assert [s[2] for s in speakers(text, "ru")] == ["putin-vladimir"]


def test_a_pair_of_places_before_a_full_stop_closes_no_headline() -> None:
    text = "Йшлося про ремонт платформ зупиночних пунктів на дільниці Красноград – Лозова.\n"
    assert speakers(text, "uk") == []


def test_a_topic_before_a_colon_is_no_part_of_a_line_closed_by_an_outlet() -> None:
    text = (
        "Вибори президента США: у Джорджії вручну перерахують голоси, - NYT\n\n"
        "Перерахунок призначили 11 листопада."
    )
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["у Джорджії вручну перерахують голоси"]


def test_an_apposition_after_an_en_dash_in_running_text_is_no_headline() -> None:
    text = "Перемога у тендері дісталась третьому підприємцеві – Аветяну Арі.\n"
    assert speakers(text, "uk") == []


def test_a_line_closed_by_the_authorities_is_their_statement() -> None:
    text = (
        "**В Херсоне при обстреле ранены три человека — власти**\n\n"
        "Глава области сообщил, что пострадавших доставили в больницу."
    )
    first = analyse(text, "ru").statements[0]
    assert first.speaker is not None
    assert (first.speaker.text, first.content_text(text)) == (
        "власти",
        "В Херсоне при обстреле ранены три человека",
    )
    assert (first.kind, first.cue) == ("direct", None)


def test_an_outlet_the_tagger_misreads_before_a_colon_is_the_headlines_speaker() -> None:
    text = (
        "⚡️The Economist: **Лондон готовит новый пакет помощи Киеву.**\n\n"
        "[👉 Подписаться](https://t.me/x)"
    )
    assert [s[2] for s in speakers(text, "ru")] == ["the-economist"]


def test_a_quote_a_colon_and_a_name_with_a_speech_verb_is_the_names_direct_statement() -> None:
    text = (
        '"Карантин продовжать до весни": Ляшко розповів про нові обмеження\n\n'
        "Міністр охорони здоров'я Віктор Ляшко виступив у Раді."
    )
    found = [s for s in analyse(text, "uk").statements if s.kind == "direct"]
    assert [(s.speaker.text if s.speaker else None, s.content_text(text)) for s in found] == [
        ("Ляшко", "Карантин продовжать до весни")
    ]
    assert found[0].cue is not None
    assert found[0].cue.text(text) == "розповів"
    # a quoted name before the colon says nothing
    text = '"Нафтогаз": Вищий суд кантону Цуг поновив арешт акцій Nord Stream.\n'
    assert [s for s in analyse(text, "uk").statements if s.kind == "direct"] == []


def test_a_line_closed_by_a_latin_name_and_a_full_stop_is_that_outlet_s_statement() -> None:
    # session 27 (batch 7 dev): an outlet the registry does not list ("RMF24"), and a listed
    # one whose full stop closed the line ("Forbes.")
    for text, who in [
        (
            "**⚡️**Польские фермеры начали блокировку пункта пропуска и** не пропускают "
            "грузовики из Украины**, — RMF24.\n\n[👉 Топор Live. Подписаться](https://t.me/x)",
            "RMF24",
        ),
        ("В украинском Львове массово закрываются рестораны, — Forbes.", "Forbes"),
    ]:
        found = analyse(text, "ru").statements
        assert [s.speaker.text if s.speaker else None for s in found] == [who]


def test_a_line_closed_by_an_outlet_citing_a_source_gives_both_statements() -> None:
    # session 29: "… — Reuters со ссылкой на источники" closes 17 posts of the corpus
    text = (
        "⚡️**Путин готов обсуждать прекращение огня без территориальных уступок** — "
        "Reuters со ссылкой на источники"
    )
    content = "Путин готов обсуждать прекращение огня без территориальных уступок"
    assert said(text, "ru") == [("Reuters", content), ("источники", content)]
    text = "Україна отримає ще дві системи Patriot — Reuters з посиланням на джерела."
    assert [s[0] for s in said(text, "uk")] == ["Reuters", "джерела"]


def test_a_time_of_day_inside_a_line_closed_by_its_source_is_no_topic() -> None:
    text = "Прямая линия с Путиным запланирована на четверг, начало в 12:00 — Reuters."
    assert [s[0] for s in said(text, "ru")] == ["Reuters"]
    # a topic before a colon is still cut ("Выборы в США: …")
    assert said("Выборы в США: Трамп побеждает в Джорджии — CNN", "ru") == [
        ("CNN", "Трамп побеждает в Джорджии")
    ]


def test_a_citing_tail_of_a_line_no_source_closes_gives_nothing() -> None:
    text = "Военные рассказали о потерях на фронте со ссылкой на источники в штабе."
    assert said(text, "ru") == []
