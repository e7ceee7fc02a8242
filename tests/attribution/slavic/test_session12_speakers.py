"""Speakers the session-12 dev errors showed linked to the wrong person or body."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers

from reportedly.actors.slavic_bodies import outlet_name


def test_a_role_after_a_long_quote_continues_the_person_quoted_before_it() -> None:
    text = (
        "Помощь не нужна, заявил в интервью РИА Новости временный поверенный в делах "
        "Афганистана в Москве Джамал Насир Гарвал. «Это все пропаганда. Наша власть может "
        "контролировать страну. Они не такие сильные. Мы сами справимся с проблемой», — "
        "сказал глава афганской дипмиссии. Ранее глава комитета начальников штабов Марк Милли "
        "заявил, что группировка восстанавливает влияние."
    )
    found = [s[1] for s in speakers(text, "ru")]
    assert found[:2] == ["Джамал Насир Гарвал", "Джамал Насир Гарвал"]


def test_a_group_of_officials_is_none_of_the_people_named_before() -> None:
    text = (
        "Об этом рассказал инвестиционный стратег Сергей Суверов. Страны ЕС хотят отложить "
        "голосование по эмбарго. Об этом пишет Bloomberg со ссылкой на неназванных "
        "европейских дипломатов."
    )
    found = {s[0]: s[1] for s in speakers(text, "ru")}
    assert found.get("неназванных европейских дипломатов") is None
    assert "Сергей Суверов" not in [s[1] for s in speakers(text, "ru")[1:]]


def test_the_head_of_a_body_named_by_its_acronym_is_no_body() -> None:
    text = (
        "Глава МИ-6 признал, что спецслужбы Британии помогают Киеву\n\n"
        "Спецслужбы используют свой опыт, чтобы помогать Украине, заявил глава разведки "
        "Великобритании Ричард Мур."
    )
    assert [s[1] for s in speakers(text, "ru")] == ["Ричард Мур", "Ричард Мур"]


def test_an_outlet_keeps_its_name_without_the_word_for_its_kind() -> None:
    text = "Как сообщало ИА REGNUM, Колумбия готова заместить поставки энергоносителей."
    assert [s[1] for s in speakers(text, "ru")] == ["REGNUM"]
    assert outlet_name("агенція новин AP", "uk") == "AP"
    assert outlet_name("телеканал «Дождь»", "ru") == "Дождь"
    assert outlet_name("Газета Выборча", "ru") == "Газета Выборча"  # its own name
    assert outlet_name("агентство", "ru") == "агентство"
