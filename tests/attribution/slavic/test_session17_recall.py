"""Session 17's Russian and Ukrainian recall fixes, each on a made-up sentence of its shape."""

from __future__ import annotations

from speaking import said, said_with_acts


def test_a_dash_line_alone_frames_the_paragraph_before_it() -> None:
    text = (
        "Министр выступил на форуме.\n\n"
        "Мы не отступим от своих планов. Это наш выбор\n\n"
        "— заявил министр обороны Иван Петров в интервью."
    )
    assert said(text, "ru") == [
        ("министр обороны Иван Петров", "Мы не отступим от своих планов. Это наш выбор")
    ]


def test_a_dash_frame_does_not_take_a_paragraph_that_introduces_something() -> None:
    text = "Министр сказал следующее:\n— заявил он журналистам."
    assert not [c for _, c in said(text, "ru") if "следующее" in c]


def test_a_quote_whose_comma_ends_its_line_keeps_its_frame() -> None:
    text = "«Мы готовы к переговорам без условий»,\n— сказал Петров на брифинге."
    assert said(text, "ru") == [("Петров", "Мы готовы к переговорам без условий")]


def test_a_noun_only_nominative_after_a_pronoun_object_is_the_subject() -> None:
    text = "У зв'язку з цим компанія не виключає скорочення сотні працівників."
    assert said(text, "uk") == [("компанія", "скорочення сотні працівників")]


def test_a_preposition_s_object_is_still_no_subject() -> None:
    text = "Меркель із серйозним виразом обличчя повідомляє, що уряд готовий."
    assert said(text, "uk") == [("Меркель", "уряд готовий")]


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


def test_a_denial_is_read_as_a_complement_verb() -> None:
    assert said_with_acts("Міністр заперечив свою причетність до корупційної схеми.", "uk") == [
        ("Міністр", "свою причетність до корупційної схеми", "speech")
    ]


def test_an_objection_to_something_is_no_content() -> None:
    assert said("Сторони договору заперечують проти його зміни чи припинення.", "uk") == []


def test_a_subject_before_a_relative_clause_is_the_verb_s() -> None:
    text = "Компанія Pfizer, яка співпрацює з BioNTech, оголосила, що вакцина готова."
    assert said(text, "uk") == [("Компанія Pfizer", "вакцина готова")]
    nested = (
        "Петренко, який очолює профспілку пілотів, яка підтримала страйк, сказав, що умови "
        "праці погіршилися."
    )
    assert said(nested, "uk") == [("Петренко", "умови праці погіршилися")]


def test_a_named_subject_before_a_relative_clause_takes_a_complement() -> None:
    text = (
        "Shareholder Forum (SF), що є акціонером компанії, вимагає перестановок у керівництві "
        "банку."
    )
    assert said(text, "uk") == [("Shareholder Forum", "перестановок у керівництві банку")]
    # a common noun so far from its verb: the verb may be an act ("допускають на ринок")
    text = "Регулятори, які перевіряють препарати, допускають вакцини на ринок країни."
    assert said(text, "uk") == []


def test_a_common_noun_told_between_subject_and_clause_is_no_speaker() -> None:
    text = "ТОВ «Агросвіт» повідомило держпідприємство, що відмовляється від поставки."
    assert said(text, "uk") == [("ТОВ «Агросвіт»", "відмовляється від поставки")]
    # with no subject before the verb, the phrase after it is the speaker
    assert said("Водночас повідомив міністр, що все гаразд.", "uk") == [("міністр", "все гаразд")]


def test_a_year_s_abbreviation_is_no_part_of_the_subject() -> None:
    text = "У квітні 2015 р. компанія повідомила, що закриває завод."
    assert said(text, "uk") == [("компанія", "закриває завод")]
