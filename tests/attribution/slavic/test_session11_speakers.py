"""Speakers the session-11 dev errors showed linked to no actor or to the wrong one."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_a_body_named_at_a_sentence_start_with_its_country_links_the_registry() -> None:
    text = (
        "Верховна Рада України закликає Євросоюз вжити заходів щодо унеможливлення "
        "будівництва газопроводу."
    )
    assert [s[2] for s in speakers(text, "uk")] == ["verkhovna-rada"]


def test_a_ukrainian_spelling_of_a_russian_outlet_links_it() -> None:
    text = "Сенат США може поєднувати імпічмент і роботу на благо народу, пише Інтерфакс."
    assert [s[2] for s in speakers(text, "uk")] == ["interfax"]


def test_a_full_name_with_a_middle_name_links_the_person() -> None:
    text = "Сенат має час на все, заявила прессекретарка Білого дому Джен Дженніфер Псакі."
    assert [s[2] for s in speakers(text, "uk")] == ["psaki-jen"]


def test_a_document_named_in_quote_marks_after_about_this_speaks() -> None:
    text = (
        "Київводоканал уклав угоду з ТОВ «Армант» на послуги охорони.\n"
        "Про це повідомляється у «Віснику державних закупівель»."
    )
    assert [s[0] for s in speakers(text, "uk")] == ["Віснику державних закупівель"]


def test_a_relative_pronoun_subject_speaks_for_the_phrase_before_its_comma() -> None:
    uk = "Рішення підтвердив і ВГСУ, який заявив, що так потрібно трактувати рішення суду."
    ru = "Решение поддержало министерство обороны России, которое заявило, что удары продолжатся."
    assert [s[1] for s in speakers(uk, "uk")] == ["ВГСУ"]
    assert [s[2] for s in speakers(ru, "ru")] == ["mod-russia"]
    assert [s[0] for s in speakers("Это те, кто заявил, что удары продолжатся.", "ru")] == [None]


def test_two_frames_after_one_content_make_a_chain_of_reporters() -> None:
    from tests.attribution.slavic.speaking import analyse

    text = "Удары нанесены по складам, сообщил губернатор Вадим Филашкин, передает ТАСС."
    analysis = analyse(text, "ru")
    found = [
        (s.content_text(text), s.cue.text(text) if s.cue else None) for s in analysis.statements
    ]
    assert found == [
        ("Удары нанесены по складам", "передает"),
        ("Удары нанесены по складам", "сообщил"),
    ]
    outer, inner = analysis.statements
    assert inner.reported_by == outer.id


def test_a_bare_outlet_noun_far_from_its_outlet_continues_it() -> None:
    filler = " ".join(["Імпічмент покликаний захистити країну, а не покарати злочинця."] * 8)
    text = (
        "Існує спосіб, який не дозволить Трампу знову обіймати посаду, пише The Washington Post."
        f"\n\n{filler}\n\nЗараз важливо застосувати конституційні засоби, резюмує видання."
    )
    assert [s[2] for s in speakers(text, "uk")] == ["washington-post", "washington-post"]


def test_russian_complement_verbs_read_their_complement() -> None:
    from tests.attribution.slavic.speaking import analyse

    for text, content in [
        ("Лавров обвинил Запад в попытках испортить отношения внутри СНГ.", "Запад в попытках"),
        ("Дипломаты предлагают еще подождать с голосованием.", "еще подождать"),
    ]:
        analysis = analyse(text, "ru")
        assert [s.content_text(text)[: len(content)] for s in analysis.statements] == [content]


def test_an_outlet_told_before_the_verb_is_no_speaker_of_an_about_this_line() -> None:
    told = (
        "Бригада понесла потери и переведена на ротацию.\n\nОб этом РИА Новости рассказал командир."
    )
    own = "Бригада понесла потери и переведена на ротацию.\n\nОб этом Песков рассказал журналистам."
    assert [s[0] for s in speakers(told, "ru")] == ["командир"]
    assert speakers(own, "ru") == []  # the lead's own speaker: no second statement


def test_an_opening_source_phrase_runs_to_its_comma() -> None:
    from tests.attribution.slavic.speaking import analyse

    text = (
        "Згідно з інформацією на сайті аеропорту «Бориспіль», сьогоднішні рейси Київ-Берлін "
        "виконуються за планом."
    )
    found = [s.content_text(text) for s in analyse(text, "uk").statements]
    assert found == ["сьогоднішні рейси Київ-Берлін виконуються за планом"]


def test_noted_and_announced_about_a_noun_phrase_are_statements() -> None:
    from tests.attribution.slavic.speaking import analyse

    text = "Також прокурор зазначив про недотримання конкурсного порядку відчуження майна."
    found = [s.content_text(text) for s in analyse(text, "uk").statements]
    assert found == ["недотримання конкурсного порядку відчуження майна"]


def test_a_headline_role_is_the_first_person_the_article_goes_on_to_quote() -> None:
    text = (
        "Эксперт: эмбарго могут принять с одной поправкой\n\n"
        "Газ больше не идет через Польшу, сообщил поставщик. Счета открыли еще десять "
        "компаний, пишут западные СМИ. Добыча нефти падает. Цены растут. Рынок ждет. "
        "Инвестиционный стратег Сергей Суверов заявил, что отсрочка нужна."
    )
    found = speakers(text, "ru")
    assert found[0][:2] == ("Эксперт", "Сергей Суверов")


def test_an_outlet_verb_whose_name_was_lost_still_makes_a_statement() -> None:
    from tests.attribution.slavic.speaking import analyse

    text = (
        "Вступ.\n\nЯкщо Данія відмовить, росіяни будуть змушені змінити маршрут газопроводу, "
        "передає\n\nПрем'єр-міністр Данії вважає, що треба провести аналіз."
    )
    found = [
        (s.cue.text(text) if s.cue else None, s.speaker) for s in analyse(text, "uk").statements
    ]
    assert found[0] == ("передає", None)
    assert speakers("Росія готова до діалогу, заявив Пєсков.", "uk")[0][0] == "Пєсков"


def test_reported_about_this_after_the_verb_points_back_to_the_sentence_before() -> None:
    from tests.attribution.slavic.speaking import analyse

    text = (
        '"Газпром" теперь не может транспортировать газ через Польшу. Российский поставщик '
        "сообщил об этом, сославшись на указ президента России."
    )
    found = [s.content_text(text) for s in analyse(text, "ru").statements]
    assert found == ['"Газпром" теперь не может транспортировать газ через Польшу']
