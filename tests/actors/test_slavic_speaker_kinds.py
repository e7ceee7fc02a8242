"""Kinds of Russian and Ukrainian speakers the actors stage resolves beyond a tagged name:
a registry body the NER missed, a bare national body of the country just named, and a company
noun whose country adjective picks the company."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers

from reportedly.actors import default_registry
from reportedly.actors.slavic_kinds import untagged_name, written_body


def test_a_registry_body_written_out_in_full_is_that_body() -> None:
    found = written_body(default_registry(), "Всесвітня організація охорони здоров'я")
    assert found is not None
    assert found.id == "who"
    assert written_body(default_registry(), "організація") is None  # one word: no name


def test_an_untagged_registry_body_speaks_as_itself() -> None:
    text = "Всесвітня організація охорони здоров'я прогнозує, що цього сезону циркулюватиме грип."
    assert speakers(text, "uk")[0][2] == "who"


def test_a_bare_national_body_is_that_of_the_country_just_named() -> None:
    text = (
        "У Пакистані затримали лідера протестів. Затримання не має нічого спільного зі справою "
        "християнки, кажуть у поліції."
    )
    assert ("поліції", "Поліція Пакистану", None) in speakers(text, "uk")
    text = (
        "Государственные нотариусы Испании проверили сделки. В конце апреля правительство "
        "подтвердило, что оно заморозило 12 счетов."
    )
    assert ("правительство", "Правительство Испании", None) in speakers(text, "ru")


def test_a_bare_body_between_two_countries_or_of_a_city_stays_unresolved() -> None:
    text = (
        "Россия ввела пошлины против Испании. В конце апреля правительство подтвердило, что оно "
        "заморозило 12 счетов."
    )
    assert ("правительство", None, None) in speakers(text, "ru")
    text = "В Николаеве, на юге Украины, погибли два человека, сообщили власти."
    assert all(s[1] is None for s in speakers(text, "ru") if s[0] == "власти")


def test_a_company_noun_with_a_country_adjective_is_the_company_of_that_country() -> None:
    text = (
        '"Газпром" больше не может транспортировать газ по участку газопровода, которым '
        "владеет компания EuRoPol GAZ. EuRoPol GAZ обслуживает участок. Российский поставщик "
        "сообщил, что причиной стали санкции."
    )
    assert ("Российский поставщик", "Gazprom", "gazprom") in speakers(text, "ru")


def test_a_company_noun_is_no_registry_company_of_another_country() -> None:
    text = (
        '"Нафтогаз" оскаржив рішення суду. Згідно з інформацією російської компанії, суд '
        "призупинив дію рішення."
    )
    assert all(s[2] != "naftogaz" for s in speakers(text, "uk"))


def test_an_organisation_noun_is_the_body_named_before() -> None:
    text = (
        "ЦЕРН прекращает сотрудничество с Россией. Организация объявила, что соглашение "
        "истекает 30 ноября."
    )
    assert ("Организация", "CERN", "cern") in speakers(text, "ru")


def test_a_body_noun_alone_is_the_registry_body_a_phrase_opened_with_it_named() -> None:
    text = (
        "Генштаб ВСУ заявил, что ночью удары были нанесены по целям в Курской области. "
        "Нефтебаза, как заявил генштаб, поражена."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["general-staff-ukraine"] * 2


def test_a_source_alone_is_not_the_body_a_source_in_it_spoke_for() -> None:
    text = (
        "Источник в администрации Байдена сообщил, что поставки продолжатся. Отдельно "
        "источник указал, что США поставят ракеты Patriot."
    )
    assert speakers(text, "ru")[-1][2] is None


def test_one_untagged_word_is_the_registry_body_or_country_it_names_exactly() -> None:
    assert speakers("Талибы заявили, что война окончена.", "ru") == [
        ("Талибы", "Taliban", "taliban")
    ]
    registry = default_registry()
    found, name = untagged_name(registry, "Германия")
    assert found is not None
    assert found.id == "country-germany"
    assert name is None
    assert untagged_name(registry, "Прокуратура") == (None, None)  # a common word


def test_one_untagged_latin_name_with_digits_or_in_capitals_is_a_body_as_written() -> None:
    text = "Польские фермеры заблокировали границу, — RMF24."
    assert speakers(text, "ru") == [("RMF24", "RMF24", None)]
    assert untagged_name(default_registry(), "Trump") == (None, None)  # maybe a person
    assert untagged_name(default_registry(), "rmf24") == (None, None)  # no capital


def test_a_tagged_word_the_attribution_left_unresolved_stays_so() -> None:
    # the last of several subjects is no whole subject: the NER tagged it, the rules left it
    text = "Польща, країни Балтії та Україна вважають, що газопровід є новою гібридною зброєю."
    assert [s[1] for s in speakers(text, "uk")] == [None]


def test_an_untagged_name_in_quote_marks_is_a_body_as_written() -> None:
    text = (
        "Масове щеплення не зможе зупинити передачу інфекції. Про це заявив директор програми "
        "ВООЗ Майкл Райан, передає «Сіньхуа»."
    )
    assert ("Сіньхуа", "Сіньхуа", None) in speakers(text, "uk")
    assert untagged_name(default_registry(), "Сіньхуа") == (None, None)  # no marks: no name
