"""Russian and Ukrainian speakers fixed in session 16 (issue 17)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


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


def test_a_quote_before_a_headlines_colon_is_no_speaker() -> None:
    text = (
        '"Неймовірне повернення": Трамп прокоментував успіх Байдена на праймеріз\n\n'
        '"Це було відмінне повернення", - заявив Трамп.'
    )
    assert [s[1] for s in speakers(text, "uk")] == ["Donald Trump"]
    text = "Зеленський: Україна отримає нові системи ППО до кінця року\n"
    assert [s[2] for s in speakers(text, "uk")] == ["zelenskyy-volodymyr"]


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
