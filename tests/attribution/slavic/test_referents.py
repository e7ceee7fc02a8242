"""Who a Russian or Ukrainian speaker phrase refers to (attribution/slavic/referents.py):
groups, company nouns, a feminine pronoun for a company."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_names_joined_in_one_source_are_a_group() -> None:
    text = (
        "Суд зняв арешт на підставі тверджень Nord Stream AG та Nord Stream 2 AG про те, "
        "що акції знаходяться поза кантоном."
    )
    assert [s[1] for s in speakers(text, "uk")] == [None]


def test_a_source_with_a_name_joined_after_it_is_a_group() -> None:
    text = "По словам Путина и Лаврова, переговоры окончены."
    assert [s[1:] for s in speakers(text, "ru")] == [(None, None)]
    # a clause after the comma is no second source
    text = "По словам Путина, и это важно, мир близок."
    assert [s[2] for s in speakers(text, "ru")] == ["putin-vladimir"]


def test_a_bare_company_noun_is_the_company_most_named_before_it_no_outlet() -> None:
    text = (
        "Пілоти Ryanair страйкують. Ryanair скасувала 150 рейсів у Німеччині. "
        "Про це повідомляє BBC. Лоукостер запропонував клієнтам повернення коштів."
    )
    assert [s[1] for s in speakers(text, "uk")][-1] == "Ryanair"
    text = (
        "Пілоти Ryanair страйкують. Рейси Ryanair скасовано в Німеччині. Профспілка "
        "Vereinigung Cockpit оголосила страйк. Компанія заявила, що страйк незаконний."
    )
    assert [s[1] for s in speakers(text, "uk")][-1] == "Ryanair"


def test_a_companys_management_or_spokesman_is_the_company_not_the_outlet() -> None:
    text = (
        "Пілоти авіакомпанії Ryanair оголосили страйк. Про це повідомив телеканал RTE. "
        "Керівництво лоукостера повідомило, що клієнти отримають компенсацію."
    )
    assert speakers(text, "uk")[-1][:2] == ("Керівництво лоукостера", "Ryanair")
    text = (
        "Пилоты авиакомпании Ryanair объявили забастовку, сообщил телеканал RTE. "
        "Представитель перевозчика заявил, что рейсы не отменят."
    )
    assert speakers(text, "ru")[-1][:2] == ("Представитель перевозчика", "Ryanair")


def test_a_company_noun_after_an_adjective_is_the_company_named_before() -> None:
    text = (
        "Пілоти Ryanair оголосили страйк. Про це повідомляє телеканал RTE. "
        "Ірландська авіакомпанія заявила, що страйк необґрунтований."
    )
    assert speakers(text, "uk")[-1][:2] == ("Ірландська авіакомпанія", "Ryanair")
    # several companies are no one company
    text = "Пілоти Ryanair оголосили страйк. Чотири авіакомпанії заявили, що протестують."
    assert speakers(text, "uk")[-1][1] is None
    # a body noun its adjectives name stays that body
    text = (
        "Правительство Германии следит за событиями. "
        "Об этом заявил представитель германского внешнеполитического ведомства."
    )
    assert speakers(text, "ru")[-1][1] == "германское внешнеполитическое ведомство"


def test_she_with_no_woman_named_before_is_the_company_a_feminine_noun_named() -> None:
    text = (
        "«Совкомфлот» продал около десятка судов. Компания владеет танкерами. "
        "Накануне она заявила, что планирует продать старые суда."
    )
    assert speakers(text, "ru")[-1][:2] == ("она", "Совкомфлот")
    text = (
        "Мария Захарова выступила в Москве. Компания «Совкомфлот» продала суда. "
        "Накануне она заявила, что это провокация."
    )
    assert speakers(text, "ru")[-1][2] == "zakharova-maria"
