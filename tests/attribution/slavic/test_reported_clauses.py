"""Where a Russian or Ukrainian reported clause begins and ends (attribution/slavic/rules.py):
asides, semicolons, polls, first-person sentences before a frame."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import analyse, said, said_with_acts, speakers


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


def test_a_relative_clause_whose_noun_agrees_with_the_verb_is_no_content() -> None:
    text = (
        "Крім цього, офіційні представники, котрі відповідають за проведення виборів, "
        "підтвердили відсутність масштабних фальсифікацій під час голосування."
    )
    assert speakers(text, "uk") == []
    text = "Это решение, которое мы приняли вместе с партнерами, сказал Путин."
    assert [s[2] for s in speakers(text, "ru")] == ["putin-vladimir"]


def test_a_polls_findings_are_an_other_statement_not_speech() -> None:
    text = "За даними соціологічних опитувань, Байден набирає 52% голосів, а Трамп — 43%."
    assert [s.act for s in analyse(text, "uk").statements] == ["other"]
    text = "По данным опроса ВЦИОМ, большинство россиян поддерживают это решение."
    assert [s.act for s in analyse(text, "ru").statements] == ["other"]


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


def test_an_aside_between_commas_reports_the_clause_after_it() -> None:
    text = "Сам Brexit пройде 29 березня, потім, згідно з планом, настане перехідний період."
    assert [(s, c) for s, c, _ in said_with_acts(text, "uk")] == [
        ("планом", "настане перехідний період")
    ]


def test_a_polls_shares_speak_and_end_each_others_clause() -> None:
    text = (
        "Лише 40% думають, що Трамп каже їм правду, в той час як 55% заявили, що це не так, а "
        "11% не впевнені. З опитаних 57% американців заявили, що вони не схвалюють реакцію "
        "Трампа."
    )
    assert said(text, "uk") == [
        ("40%", "Трамп каже їм правду"),
        ("55%", "це не так"),
        ("57% американців", "вони не схвалюють реакцію Трампа"),
    ]


def test_a_contrast_with_a_but_stays_in_the_clause() -> None:
    text = "Міністр заявив, що це не провал, а успіх уряду."
    assert said(text, "uk") == [("Міністр", "це не провал, а успіх уряду")]


def test_first_person_speech_before_a_frame_inside_a_paragraph_is_one_statement() -> None:
    text = (
        "Компанія подала позов. Сьогодні ми отримали згоду суду на арешт активів. "
        "Ми продовжимо процедуру арбітражу, сказав Медведєв. Суд не коментує."
    )
    assert said(text, "uk") == [
        (
            "Медведєв",
            "Сьогодні ми отримали згоду суду на арешт активів. Ми продовжимо процедуру арбітражу",
        )
    ]
    # another cue's sentence before stops it: "Мер заявив, що ми …" is the mayor's own
    text = "Мер заявив, що ми не здамося. Ми продовжимо боротьбу, сказав він. Суд не коментує."
    assert said(text, "uk") == [("Мер", "ми не здамося"), ("він", "Ми продовжимо боротьбу")]


def test_an_evidence_frame_is_an_other_statement() -> None:
    text = "Останні підсумки підрахунку голосів показують, що Байден випереджає Трампа."
    assert said_with_acts(text, "uk") == [
        ("Останні підсумки підрахунку голосів", "Байден випереджає Трампа", "other")
    ]
    assert said_with_acts("Данные показывают, что инфляция замедлилась.", "ru") == [
        ("Данные", "инфляция замедлилась", "other")
    ]
    assert said_with_acts("Він показав журналістам документи.", "uk") == []


@pytest.mark.parametrize(
    "text",
    [
        "Є два дослідження, які показали, що ризик знову захворіти дуже низький.",
        "Чи правильно вчинив Антимонопольний комітет, покаже час.",
    ],
)
def test_an_evidence_frame_with_no_source_or_in_the_future_is_none(text: str) -> None:
    assert [a for _, _, a in said_with_acts(text, "uk") if a == "other"] == []


def test_an_evidence_frames_source_runs_over_its_prepositional_phrase() -> None:
    text = "Проте опитування в найбільш конкурентних штатах показують, що шанси рівні."
    assert said_with_acts(text, "uk") == [
        ("опитування в найбільш конкурентних штатах", "шанси рівні", "other")
    ]
    text = "Відповіді на наші питання показують, що ризики зросли."
    assert said_with_acts(text, "uk") == [("Відповіді на наші питання", "ризики зросли", "other")]


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        (
            "Авіакомпанія заявила, що угоди з бортперсоналом вже досягнуті, зазначає "
            "Deutsche Welle.",
            "uk",
            "угоди з бортперсоналом вже досягнуті",
        ),
        (
            "Разведка Южной Кореи сообщила, что войска КНДР вступили в бой, передает Yonhap.",
            "ru",
            "войска КНДР вступили в бой",
        ),
    ],
)
def test_a_that_clause_ends_before_the_frame_that_closes_its_sentence(
    text: str, lang: str, content: str
) -> None:
    # session 27 (batch 7 dev): "…, що C, зазначає X." — C is the inner statement's content
    assert content in [s[1] for s in said(text, lang)]
    assert not any(s[1].endswith(text.split(", ")[-1].rstrip(".")) for s in said(text, lang))
