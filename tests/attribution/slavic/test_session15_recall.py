"""Russian and Ukrainian frames added in session 15 (issue 17): quote marks that merge or
nest, a source phrase glued to a headline, a headline closed by an outlet's name."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse, speakers

from reportedly.attribution.slavic._text import find_quotes


def test_a_quote_whose_closing_mark_merged_with_a_nested_one_ends_there() -> None:
    text = (
        "«Я обережно ставлюся до цієї цифри, не все це підходить під категорію «розкрадання», "
        "– продовжив Кудрін. Він навів приклад «гроші відправляють на ремонт даху»."
    )
    quotes = find_quotes(text)
    assert [(q.inner.text(text)[:12], q.depth) for q in quotes] == [
        ("Я обережно с", 0),
        ("розкрадання", 1),
        ("гроші відпра", 0),  # a top quote again, not one nested in the unclosed mark
    ]
    found = analyse(text, "uk").statements
    assert [(s.kind, s.content_text(text)[:10]) for s in found] == [("direct", "Я обережно")]


def test_a_name_with_a_merged_closing_mark_is_no_quote() -> None:
    # a legal form's name typeset «Компанія «Вода Донбасу»: no clause ends after it
    text = "КП «Компанія «Вода Донбасу» у селі Семенівка отримало обладнання."
    assert [q.inner.text(text) for q in find_quotes(text)] == ["Вода Донбасу"]
    # and a short one ending a sentence is a name too
    text = "Угоду уклали з ТОВ «Група компаній «Вектор». Далі буде."
    assert [q.depth for q in find_quotes(text)] == [1]


def test_a_straight_quote_may_hold_a_name_in_straight_quotes() -> None:
    text = (
        'Про це повідомляє "Активи лишатимуться під арештом, поки розглядатиметься апеляція '
        'НАК "Нафтогаз України" на рішення суду", - йдеться у повідомленні.'
    )
    quotes = find_quotes(text)
    assert [(q.inner.text(text)[:6], q.depth) for q in quotes] == [
        ("Активи", 0),
        ("Нафтог", 1),
    ]
    found = analyse(text, "uk").statements
    quoted = [s for s in found if s.kind == "direct"]
    assert [s.content_text(text)[:6] for s in quoted] == ["Активи"]
    # the first word of the quoted words is no speaker of "Про це повідомляє"
    assert all(s.speaker is None or s.speaker.text != "Активи" for s in found)
    # two names in a row stay two
    text = 'Між "Газпромом" і "Нафтогазом" триває спір.'
    assert [q.inner.text(text) for q in find_quotes(text)] == ["Газпромом", "Нафтогазом"]


def test_a_source_phrase_glued_to_a_headline_opens_its_sentence() -> None:
    text = (
        "Консерватори назбирали достатньо голосів Новини по темі За даними видання, сторони "
        "погодилися продовжити перехідний період до кінця 2022 року."
    )
    found = analyse(text, "uk").statements
    assert [(s.cue.text(text) if s.cue else None, s.content_text(text)[:7]) for s in found] == [
        ("За даними", "сторони")
    ]
    # a lower-case one inside a sentence is still a modifier, not an aside
    text = "Компанія виплатить компенсації згідно з директивою ЄС усім пасажирам рейсу."
    assert analyse(text, "uk").statements == ()


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


def test_a_paragraph_that_opens_in_the_first_person_is_all_its_framed_speakers() -> None:
    text = (
        "Завод показал новую продукцию.\n\n"
        "Мы переживаем санкции не первый год. Если говорить о текущих условиях, то объем "
        "заказов увеличился очень сильно. Сейчас мы работаем в две смены, отметил директор."
    )
    [found] = analyse(text, "ru").statements
    assert found.content_text(text).startswith("Мы переживаем")
    # a paragraph that opens with the writer's words keeps only the first-person run
    text = (
        "Завод показал новую продукцию.\n\n"
        "Завод открылся в 1990 году. Объем заказов увеличился очень сильно. Сейчас мы "
        "работаем в две смены, отметил директор."
    )
    [found] = analyse(text, "ru").statements
    assert found.content_text(text).startswith("Сейчас мы")


def test_a_list_of_names_with_merged_marks_is_no_quote() -> None:
    text = "Фірма мала взаємини з ТОВ «БК «Олімпія», ТОВ «Укрбуд Альянс», ТОВ «Нью Сторі»."
    assert [q.inner.text(text) for q in find_quotes(text) if q.depth == 0] == []


def test_an_outlet_closing_the_headline_is_no_antecedent_of_a_pronoun() -> None:
    text = (
        "Тереза Мей виключила ще один референдум з питання Brexit - Deutsche Welle\n\n"
        "Прем'єр-міністр Великої Британії Тереза Мей у четвер виступила в парламенті. "
        '"Другого референдуму не буде", - заявила вона.'
    )
    said = speakers(text, "uk")
    assert said[0][0] == "Deutsche Welle"
    assert ("вона", "Theresa May", "may-theresa") in said


def test_criticism_is_said_and_its_object_is_the_content() -> None:
    text = "Борис Джонсон розкритикував плани Мей щодо митних відносин з ЄС."
    found = analyse(text, "uk").statements
    assert [(s.cue.text(text) if s.cue else None, s.content_text(text)) for s in found] == [
        ("розкритикував", "плани Мей щодо митних відносин з ЄС")
    ]
    assert [s[2] for s in speakers(text, "uk")] == ["johnson-boris"]
    text = "Президент Польши Анджей Дуда раскритиковал Шольца за звонок Путину."
    assert [s.cue.text(text) if s.cue else None for s in analyse(text, "ru").statements] == [
        "раскритиковал"
    ]
