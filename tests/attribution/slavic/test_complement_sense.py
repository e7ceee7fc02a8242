"""When a complement verb says something (attribution/slavic/complement_sense.py): short
objects, lists of nouns, a thing that "requires", and a second predicate's statement."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import said, said_with_acts


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Президент висловив підтримку Україні.", "uk", [("Президент", "підтримку Україні")]),
        ("Генсек ООН закликав до переговорів.", "uk", [("Генсек ООН", "до переговорів")]),
        ("Байден пообіцяв допомогу.", "uk", [("Байден", "допомогу")]),
        ("США пригрозили санкціями.", "uk", [("США", "санкціями")]),
        ("Уряд Польщі не виключає санкцій.", "uk", [("Уряд Польщі", "санкцій")]),
        ("Президент выразил поддержку Украине.", "ru", [("Президент", "поддержку Украине")]),
        ("Генсек ООН призвал к переговорам.", "ru", [("Генсек ООН", "к переговорам")]),
        ("В суде она жаловалась на слабое здоровье.", "ru", [("она", "слабое здоровье")]),
        # a naming verb with what the thing is called
        ("Радуцький назвав інформацію фейком.", "uk", [("Радуцький", "інформацію фейком")]),
    ],
)
def test_a_short_object_of_a_speech_act_verb_is_its_content(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert said(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an act, not a statement: the verb is no short-content verb
        ("Кремль відмовився від коментарів.", "uk"),
        ("Кремль отказался от комментариев.", "ru"),
        ("Влада оголосила евакуацію.", "uk"),
        ("Міністр допустив помилку.", "uk"),
        # the person called on or promised to, a name, a time, a place: no content
        ("Зеленський закликав громадян.", "uk"),
        ("Міністр пообіцяв українцям.", "uk"),
        ("Генсек призвал Запад.", "ru"),
        ("Міністр підтвердив минулого тижня.", "uk"),
        ("Міністр підтвердив на брифінгу.", "uk"),
    ],
)
def test_a_short_object_that_names_no_thing_said_is_no_statement(text: str, lang: str) -> None:
    assert said(text, lang) == []


def test_a_noun_that_announces_a_clause_leaves_the_clause_the_content() -> None:
    text = "Прем'єр висловив сподівання, що війна скінчиться."
    assert said(text, "uk") == [("Прем'єр", "війна скінчиться")]


def test_a_thing_that_requires_something_demands_nothing() -> None:
    assert said("Оксфордська вакцина не вимагає зберігання при низьких температурах.", "uk") == []
    assert said("Інновації вимагають капіталу й інвестицій.", "uk") == []
    assert said("Инновации требуют капитала и инвестиций.", "ru") == []
    # people the dictionary reads as things do demand
    assert said("Персонал лоу-коста вимагає поліпшення умов роботи.", "uk") == [
        ("Персонал лоу-коста", "поліпшення умов роботи")
    ]
    assert said("Профспілка вимагає відставки.", "uk") == [("Профспілка", "відставки")]


def test_a_list_of_nouns_after_a_comma_is_one_complement() -> None:
    text = "Отрезанные от тыла боевики жалуются на усталость, ранения, проблемы с боеприпасами."
    assert said(text, "ru") == [("боевики", "усталость, ранения, проблемы с боеприпасами")]


def test_a_second_predicate_states_its_complement_for_the_same_subject() -> None:
    text = "Президент висловив підтримку Україні і пообіцяв допомогу."
    assert said_with_acts(text, "uk") == [
        ("Президент", "підтримку Україні", "speech"),
        ("Президент", "допомогу", "intent"),
    ]
    text = "Зеленський заявив, що Росія напала на Україну, і закликав Захід посилити санкції."
    assert said(text, "uk") == [
        ("Зеленський", "Росія напала на Україну"),
        ("Зеленський", "Захід посилити санкції"),
    ]
    text = "Песков заявил, что Россия готова к переговорам, и призвал Киев прекратить обстрелы."
    assert said(text, "ru") == [
        ("Песков", "Россия готова к переговорам"),
        ("Песков", "Киев прекратить обстрелы"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("МЗС України засудило обстріл Харкова.", "uk", [("МЗС України", "обстріл Харкова")]),
        ("МИД России осудил удар по больнице.", "ru", [("МИД России", "удар по больнице")]),
        # a court's sentence: a person or a term, no condemnation said
        ("Суд засудив його до п'яти років позбавлення волі.", "uk", []),
        ("Суд засудив колишнього міністра.", "uk", []),
        ("Суд заочно засудив Ігоря Гіркіна.", "uk", []),
        ("Суд осудил блогера на пять лет.", "ru", []),
    ],
)
def test_a_condemnation_is_said_and_a_sentence_is_not(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert said(text, lang) == expected


def test_a_clause_ends_before_a_second_predicate_of_the_speaker() -> None:
    # "запросила" agrees with "заявила", not with the clause's plural "угоди"
    text = "Авіакомпанія заявила, що угоди вже досягнуті і запросила співробітників до переговорів."
    assert said(text, "uk") == [("Авіакомпанія", "угоди вже досягнуті")]
    text = "Зеленський заявив, що Росія напала на Україну, і поїхав до Києва."
    assert said(text, "uk") == [("Зеленський", "Росія напала на Україну")]
    # a verb the clause's own subject may govern stays in the clause
    text = "Він сказав, що Росія напала і вбила людей."
    assert said(text, "uk") == [("Він", "Росія напала і вбила людей")]


def test_a_verb_the_clause_subject_may_govern_is_no_second_statement_of_the_speaker() -> None:
    text = "Він сказав, що ситуація складна, і вимагає рішень."
    assert said(text, "uk") == [("Він", "ситуація складна, і вимагає рішень")]


def test_any_nominative_of_the_clause_may_govern_the_verb_after_and() -> None:
    text = (
        "Россия надеется, что отношения с Афганистаном будут развиваться, ситуация там сложная "
        "и требует особого внимания."
    )
    assert [c for _, c in said(text, "ru")] == [text[text.index("отношения") : -1]]


def test_an_infinitive_complement_keeps_its_as_soon_as_clause() -> None:
    text = "Трамп обещал уволить Смита, как только вступит в должность президента."
    assert said(text, "ru") == [("Трамп", text[text.index("уволить") : -1])]


def test_a_clause_with_no_subject_named_goes_on_past_and() -> None:
    text = (
        "В лікарні повідомили, що зв'язались із виробником і там підтвердили вартість "
        "респіраторів, тому й вирішили розірвати договір."
    )
    assert [c for _, c in said(text, "uk")] == [text[text.index("зв'язались") : -1]]


def test_a_second_predicate_in_a_relative_clause_is_not_the_speakers() -> None:
    text = "Он объявил военное положение, которое отменил парламент и потребовал его отставки."
    assert said(text, "ru") == []


def test_the_shared_subject_is_a_finite_verbs_not_an_infinitives_object() -> None:
    text = (
        "Вони закликали Ryanair негайно припинити практику укладення контрактів в Ірландії та "
        "вимагали запровадження змін у трудових практиках."
    )
    assert [s for s, _ in said(text, "uk")] == ["Вони"]


def test_a_ukrainian_list_is_read_by_any_case_its_nouns_share() -> None:
    text = "Так, учасники випробувань скаржилися на висип, кропив'янку та свербіж."
    assert said(text, "uk") == [("учасники випробувань", "висип, кропив'янку та свербіж")]


def test_a_complement_keeps_a_relative_clause_after_a_preposition() -> None:
    text = "Сейчас он подтвердил принцип, согласно которому Россия может применить ядерное оружие."
    assert said(text, "ru") == [("он", text[text.index("принцип") : -1])]


def test_a_shared_subject_of_another_gender_is_no_speaker() -> None:
    # the parse gives "вышел" two subjects; the neuter "вторжение" cannot have "предложил"
    text = (
        "Через год после того, как Россия начала полномасштабное вторжение, в марте 2023-го, "
        "Никита Журавель вышел на представителя СБУ и предложил сотрудничество."
    )
    assert [s for s, _ in said(text, "ru")] in ([], ["Никита Журавель"])


def test_a_gerund_complement_verb_speaks_for_the_subject_of_its_verb() -> None:
    text = (
        "Генпрокурор ФРГ Йенс Роммель заявил Spiegel, что ведомство установило личности 2 "
        'подозреваемых в подрыве "Северных потоков", назвав это "успехом, на который в начале '
        'не рассчитывали".'
    )
    assert [s for s, _ in said(text, "ru")] == ["Генпрокурор ФРГ Йенс Роммель"] * 2


def test_an_infinitive_keeps_its_that_clause() -> None:
    text = "Жители Суджи провели митинг, требуя от властей признать, что в регионе идет война."
    assert ("Жители Суджи", text[text.index("от властей") : -1]) in said(text, "ru")
