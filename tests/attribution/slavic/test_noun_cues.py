"""Russian and Ukrainian noun cues (attribution/slavic/noun_cues.py)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import analyse, said_by_rule, speakers


def test_a_demand_asks_for_its_about_phrase_in_the_name_of_its_genitive() -> None:
    text = (
        "Суд відхилив вимогу президента Дональда Трампа про перерахунок голосів у штаті Джорджія."
    )
    [found] = analyse(text, "uk").statements
    assert found.content_text(text) == "перерахунок голосів у штаті Джорджія"
    assert [s[2] for s in speakers(text, "uk")] == ["trump-donald"]
    text = "Жители не выполняют требований местных властей о запрете въезда в эти села."
    assert [s.content_text(text) for s in analyse(text, "ru").statements] == [
        "запрете въезда в эти села"
    ]


def test_a_demand_of_no_one_or_a_tenders_condition_is_no_statement() -> None:
    assert analyse("Серед них вимога про оплату на банківські рахунки.", "uk").statements == ()
    text = "Замовник встановив вимоги щодо закупівлі препаратів через посередників."
    assert analyse(text, "uk").statements == ()


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (  # the subject of the verb before the noun
            "В Іспанії суд прийняв рішення про те, що пасажири Ryanair не мають отримати "
            "компенсації.",
            "uk",
            "суд",
            "пасажири Ryanair не мають отримати компенсації",
        ),
        (  # the genitive after the noun
            "Акції звільнили на підставі тверджень Nord Stream AG та Nord Stream 2 AG про те, "
            "що акції знаходяться поза межами кантону.",
            "uk",
            "Nord Stream AG та Nord Stream 2 AG",
            "акції знаходяться поза межами кантону",
        ),
        (  # the clause ends where the sentence's predicate resumes
            "Он заявил, что требование президента Владимира Путина о том, чтобы страны платили "
            "за газ в рублях, нарушит контракты.",
            "ru",
            "президента Владимира Путина",
            "страны платили за газ в рублях",
        ),
    ],
)
def test_a_noun_cue_about_that(text: str, lang: str, speaker: str, content: str) -> None:
    assert (speaker, content, "ru-uk:noun-cue") in said_by_rule(text, lang)


def test_a_noun_cue_with_no_one_beside_it_is_no_statement() -> None:
    text = "Заява про те, що угоди з Росією не буде, з'явилася вчора ввечері."
    assert said_by_rule(text, "uk") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "На зауваження журналіста, що фірма не має досвіду, Корнієць відповів, що це неправда.",
            "uk",
            [("журналіста", "фірма не має досвіду"), ("Корнієць", "це неправда")],
        ),
        (
            "На замечание журналиста, что фирма не имеет опыта, директор ответил, что это ложь.",
            "ru",
            [("журналиста", "фирма не имеет опыта"), ("директор", "это ложь")],
        ),
    ],
)
def test_a_remark_put_to_someone_is_the_statement_of_its_genitive(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, c) for s, c, _ in said_by_rule(text, lang)] == expected


def test_a_remark_with_no_answer_frame_is_left() -> None:
    text = "На зауваження журналіста, що фірма не має досвіду, відповіді не було."
    assert said_by_rule(text, "uk") == []
