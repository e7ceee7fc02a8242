"""A document or data on a body's site speaks for the body that published it
(attribution/slavic/sites.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_a_statement_published_on_a_body_s_site_is_that_body_s() -> None:
    text = (
        "В заявлении, опубликованном на сайте Госдепартамента США, сказано, что решение "
        "партии противоречит обещанию. «Партия отвергает возможность более тесных связей с "
        "Европой», — сказано в заявлении."
    )
    found = speakers(text, "ru")
    assert [s[2] for s in found] == ["us-state-department"] * 2
    assert found[0][0] == "заявлении, опубликованном на сайте Госдепартамента США"


def test_a_message_on_a_ministry_s_site_after_the_quote_is_the_ministry_s() -> None:
    text = (
        '"В стоп-лист вносятся 29 американцев", - говорится в сообщении, опубликованном на '
        "сайте МИД РФ в четверг."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["mfa-russia"]


def test_a_document_with_no_site_keeps_its_own_phrase() -> None:
    text = "«Решение противоречит обещанию», — говорится в сообщении министерства."
    assert [s[0] for s in speakers(text, "ru")] == ["сообщении министерства"]


def test_a_document_on_a_site_described_by_adjectives_is_its_owners() -> None:
    text = (
        "«Вакцинація буде проводитися в добровільному порядку», – повідомив міністр охорони "
        "здоров’я Дмитро Піневич, йдеться в повідомленні в офіційному телеграм-каналі "
        "білоруського МОЗ."
    )
    assert ("Міністерство охорони здоров'я Білорусі", None) in [s[1:] for s in speakers(text, "uk")]
    text = (
        'Стівен Барклі став міністром у справах Brexit. "Королева була рада схвалити '
        'призначення Стівена Барклі", - йдеться в повідомленні, опублікованому на офіційній '
        "сторінці британського уряду."
    )
    assert "government-uk" in [s[2] for s in speakers(text, "uk")]


def test_a_document_in_a_place_that_is_no_site_has_no_owner_there() -> None:
    text = (
        "Посол вызван в министерство, говорится в сообщении на официальном приеме у "
        "губернатора области."
    )
    assert all(s[1] is None for s in speakers(text, "ru"))


def test_a_document_approved_or_signed_by_a_named_issuer_is_the_issuers() -> None:
    text = "Згідно з документом, підписаним Зеленським, першу партію вакцин отримають лікарі."
    assert [s[2] for s in speakers(text, "uk")] == ["zelenskyy-volodymyr"]
    text = "Согласно документу, утвержденному Минздравом, первую партию вакцины получат врачи."
    assert [s[1] for s in speakers(text, "ru")] == ["Министерство здравоохранения"]
    text = "Згідно з планом, затвердженим у грудні, першу партію вакцин отримають лікарі."
    assert [s[1] for s in speakers(text, "uk")] == [None]  # approved when, not by whom
