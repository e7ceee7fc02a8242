"""Fronted objects: a complement verb's object before it, its subject after it."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said


def test_a_fronted_object_takes_the_subject_after_the_verb() -> None:
    assert said("Цього кроку вимагав прем'єр-міністр Іван Петренко.", "uk") == [
        ("прем'єр-міністр Іван Петренко", "Цього кроку")
    ]
    assert said("Надати копію звіту вимагав і засновник.", "uk") == [
        ("засновник", "Надати копію звіту")
    ]
    assert said("Эту информацию подтвердил представитель полиции.", "ru") == [
        ("представитель полиции", "Эту информацию")
    ]


def test_a_fronted_object_needs_a_verb_the_subject_cannot_take() -> None:
    # the phrase before the verb is its subject: the complement rule reads it, not this one
    assert said("Компанія вимагала компенсації збитків від держави.", "uk") == [
        ("Компанія", "компенсації збитків від держави")
    ]
    # a group named after the verb is not the person its genitive names
    assert said("Незгоду з угодою висловили кілька членів уряду Мей.", "uk") == []


def test_a_subject_after_the_verb_ends_at_a_mark_not_at_part_of_one() -> None:
    # a doubled dash typed for "—" ends the clause as a dash does
    assert said("Цього кроку вимагав Іван Петренко -- і не лише він.", "uk") == [
        ("Іван Петренко", "Цього кроку")
    ]
    assert said("Цього кроку вимагав Іван Петренко — і не лише він.", "uk") == [
        ("Іван Петренко", "Цього кроку")
    ]


def test_a_pointing_object_put_first_reports_the_sentence_before() -> None:
    ru = (
        "Трамп может вскоре инициировать мирные переговоры с Россией. "
        "Такое мнение выразил обозреватель агентства Bloomberg Андреас Клут."
    )
    assert said(ru, "ru") == [
        (
            "обозреватель агентства Bloomberg Андреас Клут",
            "Трамп может вскоре инициировать мирные переговоры с Россией",
        )
    ]
    uk = "Переговори можуть початися взимку. Таку думку висловив посол Франції Етьєн де Понсен."
    assert said(uk, "uk") == [
        ("посол Франції Етьєн де Понсен", "Переговори можуть початися взимку")
    ]


def test_a_pointing_object_opening_the_text_reports_nothing() -> None:
    assert said("Такое мнение выразил обозреватель агентства Bloomberg Андреас Клут.", "ru") == []
