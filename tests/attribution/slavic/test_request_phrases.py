"""Requests named by a phrase: "звернулася до суду з вимогою …"
(attribution/slavic/request_phrases.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse


def test_a_request_phrase_after_a_verb_of_addressing_is_its_subjects_statement() -> None:
    text = (
        "Торік обласна прокуратура звернулася до суду з вимогою скасувати рішення міської "
        "ради про продаж землі."
    )
    found = analyse(text, "uk").statements
    assert [(s.speaker and s.speaker.text, s.content_text(text)) for s in found] == [
        ("обласна прокуратура", "скасувати рішення міської ради про продаж землі")
    ]
    text = "Депутат направил губернатору письмо с просьбой о переносе выборов на осень."
    found = analyse(text, "ru").statements
    assert [(s.speaker and s.speaker.text, s.content_text(text)) for s in found] == [
        ("Депутат", "переносе выборов на осень")
    ]


def test_a_request_phrase_after_another_verb_is_left() -> None:
    # the court rejected the suit: the demand is the claimant's, not the court's
    text = "Окружний суд відхилив позов компанії з вимогою повернути сплачені кошти."
    assert analyse(text, "uk").statements == ()


def test_a_request_phrases_subject_is_no_prepositions_object() -> None:
    # "у Київській області … звернулась": the body before the place, not the place
    text = (
        "Служба доріг у Київській області 1 жовтня звернулась до комітету з вимогою "
        "розблокувати торги на ремонт."
    )
    found = analyse(text, "uk").statements
    assert all(s.speaker is None or s.speaker.text != "області" for s in found)


def test_uk_a_request_after_a_list_of_the_ones_addressed() -> None:
    # session 33: commas of the addressees after "до" do not cut the verb off the request
    from tests.attribution.slavic.speaking import said

    text = (
        "Ашіг Масіх звернувся до прем'єр-міністерки Великобританії Терези Мей, президента "
        "США Дональда Трампа та прем'єра Канади Джастіна Трюдо із проханням допомогти "
        "родині виїхати з Пакистану."
    )
    assert ("Ашіг Масіх", "допомогти родині виїхати з Пакистану") in said(text, "uk")


def test_uk_a_comma_not_in_an_addressee_list_still_ends_the_clause() -> None:
    from tests.attribution.slavic.speaking import said

    text = "Суд розглянув справу, а прокуратура вже подала документи з вимогою скасувати рішення."
    assert all(speaker != "Суд" for speaker, _ in said(text, "uk"))
