"""A Russian or Ukrainian speaker known by a kind noun or a role in capitals: the body or the
person the text names for it."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_a_role_in_a_capitals_headline_is_the_person_the_text_names_in_it() -> None:
    text = (
        "ЭКОНОМИКА СТРАНЫ РАСТЕТ - МИНИСТР\n\nЭкономика страны растет. Об этом заявил "
        "министр экономики Иван Петров."
    )
    assert ("МИНИСТР", "Иван Петров", None) in speakers(text, "ru")


def test_an_outlet_noun_is_the_outlet_introduced_by_its_kind() -> None:
    text = (
        "Такое мнение приводится в материале американского еженедельника Defense News. "
        '"Не стоит питать иллюзий, что новые ракеты станут панацеей", - пишет издание.'
    )
    assert ("издание", "Defense News", None) in speakers(text, "ru")


def test_a_compound_company_noun_is_the_company_named_before() -> None:
    text = (
        "Компанія Moderna випробувала вакцину на дорослих. Moderna отримала схвалення. "
        "На початку наступного року компанія-розробник планує розпочати випробування на дітях."
    )
    assert ("компанія-розробник", "Moderna", None) in speakers(text, "uk")


def test_a_maker_noun_is_the_company_named_before() -> None:
    text = (
        "Вакцину CoronaVac виробляє компанія Sinovac Biotech. Китайська вакцина діє одразу "
        "проти кількох штамів, стверджує виробник."
    )
    assert speakers(text, "uk")[-1][:2] == ("виробник", "Sinovac Biotech")


def test_a_document_on_the_site_of_a_body_named_in_marks_is_that_body() -> None:
    text = (
        "Згідно з інформацією на сайті аеропорту «Бориспіль», сьогоднішні рейси до Берліна "
        "виконуються за планом."
    )
    assert speakers(text, "uk")[0][:2] == (
        "інформацією на сайті аеропорту «Бориспіль»",
        "Бориспіль",
    )
