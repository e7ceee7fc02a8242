"""Russian and Ukrainian statements whose frame session 35's second round (issue 17) found
missed: a stance against, a thing insisted on or stressed, a denial's object, a cue infinitive
after a phase verb, a gerund's accusation, a document with an addressee, "на їхню думку", and
a subject named as something; with the readings they must not take. Every text here is
written for the test."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said, said_with_acts


def test_a_stance_against_is_a_statement_and_a_match_against_a_team_is_none() -> None:
    assert said("Сенатор выступил против поставок оружия Украине.", "ru") == [
        ("Сенатор", "против поставок оружия Украине")
    ]
    assert said("Пелосі висловилася проти скорочень у поштовій службі.", "uk") == [
        ("Пелосі", "проти скорочень у поштовій службі")
    ]
    assert said("Сборная Италии выступила против сборной Испании в финале.", "ru") == []


def test_what_is_insisted_on_is_the_content_not_a_clause_pointer() -> None:
    text = "Трамп наполягає на нібито масових фальсифікаціях під час голосування."
    assert said(text, "uk") == [("Трамп", "масових фальсифікаціях під час голосування")]
    assert said("Песков настаивает на проведении расследования.", "ru") == [
        ("Песков", "проведении расследования")
    ]
    text = "Прем'єр наполягає на тому, що реформа потрібна."
    assert said(text, "uk") == [("Прем'єр", "реформа потрібна")]


def test_stressing_takes_a_views_noun_not_the_place_it_was_said() -> None:
    assert said("Депутати наголосили на необхідності проведення реформи.", "uk") == [
        ("Депутати", "необхідності проведення реформи")
    ]
    text = "Міністр наголосив на брифінгу, що вакцина безпечна."
    assert said(text, "uk") == [("Міністр", "вакцина безпечна")]


def test_a_denial_with_a_noun_object_says_what_is_denied() -> None:
    assert said("Кремль отрицает причастность к атаке.", "ru") == [
        ("Кремль", "причастность к атаке")
    ]


def test_a_cue_infinitive_after_a_phase_verb_speaks_for_its_subject() -> None:
    assert said("Трамп продовжує заявляти про свою перемогу на виборах.", "uk") == [
        ("Трамп", "свою перемогу на виборах")
    ]


def test_a_gerund_accusation_is_the_main_subjects_not_a_clauses() -> None:
    text = "Конгресмени звернулись до ФБР, звинувачуючи директора в уповільненні роботи пошти."
    assert said(text, "uk") == [("Конгресмени", "директора в уповільненні роботи пошти")]
    text = (
        "Сенатор заявив, що пошта працює погано, звинувативши директора в уповільненні "
        "роботи пошти."
    )
    assert said(text, "uk") == [("Сенатор", "пошта працює погано")]
    text = "Влада штату сертифікувала результати, підтвердивши перемогу Джо Байдена у штаті."
    assert said(text, "uk") == []


def test_a_document_with_its_addressee_and_an_additive_particle() -> None:
    text = "У листі демократів до ФБР також ідеться, що 19 сортувальних апаратів демонтовано."
    assert said(text, "uk") == [("листі демократів", "19 сортувальних апаратів демонтовано")]


def test_their_opinion_is_a_belief() -> None:
    text = "Аналітики не згодні. На їхню думку, перешкоди можуть обернутися проти республіканців."
    assert said_with_acts(text, "uk") == [
        ("їхню", "перешкоди можуть обернутися проти республіканців", "belief")
    ]


def test_a_subject_announced_as_something_and_a_tender_announced() -> None:
    assert said("Трамп оголосив себе переможцем виборів.", "uk") == [
        ("Трамп", "себе переможцем виборів")
    ]
    assert said("Трамп объявил себя победителем выборов.", "ru") == [
        ("Трамп", "себя победителем выборов")
    ]
    text = "Служба автодоріг оголосила 17 тендерів загальною очікуваною вартістю 1,5 млрд гривень."
    assert said(text, "uk") == []


def test_a_stance_in_support_of_is_read_from_the_lexicons_two_word_openings() -> None:
    text = "В соцсетях он выступал в поддержку задержанных по делу о беспорядках."
    assert said(text, "ru") == [("он", "в поддержку задержанных по делу о беспорядках")]
