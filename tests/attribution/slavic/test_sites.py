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
