"""Speakers resolved in session 10 (issue 17): ministries by their full names, "ведомство"
referring back, the Russian Federation's titles, an acronym after a gloss, bodies named for a
person."""

from __future__ import annotations

from datetime import date

from tests.attribution.slavic.speaking import analyse, speakers

from reportedly import pipeline_slavic
from reportedly.actors import default_registry
from reportedly.actors.slavic_bodies import full_name
from reportedly.model import Article


def test_an_abbreviated_ministry_is_named_in_full() -> None:
    assert full_name("МВД Грузии", "ru") == "Министерство внутренних дел Грузии"
    assert full_name("МЗС Естонії", "uk") == "Міністерство закордонних справ Естонії"
    assert full_name("Минфин", "ru") == "Министерство финансов"
    assert full_name("Газпром", "ru") == "Газпром"
    assert full_name("мид", "ru") == "мид"  # a lower-case word is no abbreviation


def test_vedomstvo_refers_back_to_the_body_named_before() -> None:
    text = (
        "МВД Грузии сообщило о 43 задержанных в ходе акции у здания парламента. Ведомство "
        "также отметило, что в ходе столкновений пострадали 32 его сотрудника."
    )
    found = speakers(text, "ru")
    assert [name for _, name, _ in found] == ["Министерство внутренних дел Грузии"] * 2


def test_the_president_of_the_rf_is_the_president_of_russia() -> None:
    text = "«Знают или не знают, но плывут, куда надо», — заявил президент РФ."
    article = Article(id="t", text=text, language="ru", published=date(2024, 12, 1))
    [annotation] = pipeline_slavic.annotate("ru", [(text, [])])
    analysis = pipeline_slavic.extract(article, annotation, default_registry())
    assert [s.speaker_actor for s in analysis.statements] == ["putin-vladimir"]


def test_an_acronym_after_a_gloss_in_another_language_is_the_body() -> None:
    text = (
        "Організатори акції, благодійна організація «Допомога Церкві в нужді» (Aid to the "
        "Church in Need, ACN), провели її вперше. Аналітики ACN заявляють, що ситуація щодо "
        "християн погіршилася."
    )
    assert speakers(text, "uk")[-1][1] == "Допомога Церкві в нужді"


def test_a_body_named_for_a_person_is_the_body() -> None:
    text = "Було повідомлено про майже 265 000 щеплень, повідомили в Інституті Роберта Коха."
    assert ("Інституті Роберта Коха", "Інститут Роберта Коха", None) in speakers(text, "uk")


def test_a_carrier_refers_back_to_the_company() -> None:
    text = (
        "У Ryanair заявили, що страйк завдає шкоди діяльності авіакомпанії. Окрім цього, "
        "перевізник заявив, що страйки не мають виправдання."
    )
    assert speakers(text, "uk")[-1][1] == "Ryanair"


def test_a_time_phrase_between_a_ukrainian_subject_and_its_verb_is_skipped() -> None:
    text = (
        "Комерційний директор компанії Юрій Вітренко наприкінці березня зазначав, що процес "
        "стягнення може тривати до півроку."
    )
    assert speakers(text, "uk")[0][1] == "Юрій Вітренко"


def test_continued_and_confessed_frame_ukrainian_speech() -> None:
    text = (
        "На прес-конференції Олексій Кудрін признався, що постійно читає блоги.\n"
        "«Я обережно відношуся до цієї цифри», – продовжив Кудрін."
    )
    found = speakers(text, "uk")
    assert [name for _, name, _ in found] == ["Олексій Кудрін"] * 2


def test_a_body_in_the_locative_before_adverbs_and_the_verb_speaks() -> None:
    text = "Протестующие собрались вечером.\n\nВ МВД Грузии вновь заявили, что акция незаконна."
    assert speakers(text, "ru")[-1][:2] == ("МВД Грузии", "Министерство внутренних дел Грузии")


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


def test_an_initial_and_a_surname_are_the_person_named_before() -> None:
    text = (
        "Міністр закордонних справ Естонії Свен Міксер вимагає зупинити будівництво. "
        "На думку С.Міксера, газопровід є політичним проектом."
    )
    assert speakers(text, "uk")[-1][:2] == ("С.Міксера", "Свен Міксер")


def test_a_gerund_cue_after_a_comma_ends_the_content_before_it() -> None:
    text = (
        "Он заявил, что это будет «дополнительный канал для миграции», отметив, что эти "
        "мигранты должны иметь спонсора."
    )
    contents = [
        " / ".join(text[c.start : c.end] for c in s.content) for s in analyse(text, "ru").statements
    ]
    assert contents == [
        "это будет «дополнительный канал для миграции»",
        "эти мигранты должны иметь спонсора",
    ]


def test_according_to_a_statement_of_a_body() -> None:
    text = "По заявлению Минобороны РФ, войска выполнили основные задачи первого этапа."
    assert speakers(text, "ru") == [
        ("Минобороны РФ", "Ministry of Defence of Russia", "mod-russia")
    ]


def test_a_name_set_off_by_an_apposition_is_the_ukrainian_subject() -> None:
    text = (
        "Угур Шахін, генеральний директор компанії BioNTech, що розробляє вакцину, "
        "сподівається, що пандемія піде на спад до літа."
    )
    assert speakers(text, "uk")[0][0] == "Угур Шахін"
    text = (
        "Фонтан освітили. Алессандро Монтедуро (Alessandro Monteduro), директор ACN, на "
        "зустрічі з журналістами розповів, що освітлення буде присвячено двом постатям."
    )
    assert speakers(text, "uk")[-1][1] == "Алессандро Монтедуро"


def test_no_apposition_when_another_verb_governs_the_name() -> None:
    text = "Угур Шахін, який керує компанією, виступив, і журналісти повідомили, що вакцина діє."
    assert all(name != "Угур Шахін" for _, name, _ in speakers(text, "uk"))


def test_the_head_of_a_region_or_body_refers_back_to_the_person_named_before() -> None:
    text = (
        "Губернатор Валерий Лимаренко заявил, что компании остаются. Глава области заверил, "
        "что все производства работают в штатном режиме. Глава Роснефти заявил, что тоже."
    )
    found = speakers(text, "ru")
    assert found[1][:2] == ("Глава области", "Валерий Лимаренко")
    assert found[2][1] is None  # a company's head is not the governor


def test_a_semicolon_ends_a_reported_clause_and_a_feed_time_opens_no_statement() -> None:
    text = (
        "01:45 Тереза Мей має намір довести процес Brexit до кінця - ЗМІ\n\n"
        "Тереза Мей заявила, що має намір довести його до кінця; Мей заявила про це на "
        "прес-конференції."
    )
    contents = [
        " / ".join(text[c.start : c.end] for c in s.content) for s in analyse(text, "uk").statements
    ]
    assert "Тереза Мей має намір довести процес Brexit до кінця" in contents
    assert "має намір довести його до кінця" in contents


def test_first_person_sentences_before_a_frame_at_a_paragraph_end_are_its_speech() -> None:
    text = (
        "Завод показал продукцию.\n\nМы переживаем санкции не первый год. Поэтому у нас "
        "растет объем производства. Заказы идут по программе импортозамещения, отметил "
        "директор.\n\nЗавод основан в 1990 году. Объем производства вырос вдвое, отметил директор."
    )
    contents = [
        " / ".join(text[c.start : c.end] for c in s.content) for s in analyse(text, "ru").statements
    ]
    assert contents[0].startswith("Мы переживаем санкции")
    assert contents[1] == "Объем производства вырос вдвое"  # no first person: the sentence


def test_a_clause_after_a_and_a_word_number_is_no_poll_share() -> None:
    text = (
        "Санкции ввели. Власти РФ отмечают, что такие санкции были бы введены в любом "
        "случае, а одним из ответов должно стать ускорение переориентации."
    )
    [found] = analyse(text, "ru").statements
    assert text[found.content[-1].start : found.content[-1].end].endswith("переориентации")
    assert found.speaker_actor == "government-russia"


def test_a_source_line_whose_name_was_lost_takes_no_speaker_from_the_next_paragraph() -> None:
    text = (
        "Авіакомпанія Ryanair скасувала 150 рейсів через страйк пілотів. Про це пише\n\n"
        "У Ryanair заявили, що страйк завдає шкоди."
    )
    assert speakers(text, "uk")[0][:2] == (None, None)
