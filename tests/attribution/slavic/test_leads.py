"""The lead a line pointing back names: the paragraph before a line of its own
(attribution/slavic/leads.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said


def test_a_line_of_its_own_points_back_to_every_line_of_a_one_sentence_per_line_lead() -> None:
    text = (
        "Міністерство охорони здоров'я 12 травня уклало угоду з ТОВ «Медсервіс» на ремонт.\n"
        "Вартість послуг склала 2,4 млн грн.\n"
        "Про це повідомляється в «Віснику державних закупівель».\n"
        "Торги проведено за неконкурентною процедурою."
    )
    [(speaker, content)] = said(text, "uk")
    assert speaker == "Віснику державних закупівель"
    assert content.startswith("Міністерство охорони здоров'я 12 травня уклало угоду")
    assert content.endswith("Вартість послуг склала 2,4 млн грн")


def test_a_paragraph_of_its_own_points_back_to_the_whole_paragraph_before() -> None:
    text = (
        "Вакцинація в Європі\n\n"
        "Щеплення почали вже у 12 країнах. Із них 9 – члени Євросоюзу.\n\n"
        "Про це в суботу повідомила речниця Європейської комісії Дана Спінант."
    )
    [(_, content)] = said(text, "uk")
    assert content == "Щеплення почали вже у 12 країнах. Із них 9 – члени Євросоюзу"


def test_a_line_inside_its_paragraph_points_back_to_one_sentence() -> None:
    text = (
        "Губернатор встретился с депутатами\n\n"
        "Чиновники обсудили работу облдумы. Губернатор области встретился с ее главой. "
        "Об этом сообщается на сайте регионального правительства."
    )
    [(_, content)] = said(text, "ru")
    assert content == "Губернатор области встретился с ее главой"


def test_the_lead_stops_at_a_sentence_with_a_statement_of_its_own() -> None:
    text = (
        "Вакцинація в Європі\n\n"
        "Міністр заявив, що щеплення почали у 12 країнах. Із них 9 – члени Євросоюзу.\n\n"
        "Про це повідомляє Укрінформ."
    )
    assert ("Укрінформ", "Із них 9 – члени Євросоюзу") in said(text, "uk")


def test_a_line_far_down_a_one_sentence_per_line_text_points_back_to_one_line() -> None:
    lines = [f"Речення номер {n} про закупівлю обладнання для лікарні." for n in range(5)]
    text = "\n".join([*lines, "Про це повідомляється в «Віснику державних закупівель»."])
    [(_, content)] = said(text, "uk")
    assert content == "Речення номер 4 про закупівлю обладнання для лікарні"
