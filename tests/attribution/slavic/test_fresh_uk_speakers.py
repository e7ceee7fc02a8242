"""Ukrainian speakers and frames from a fresh draw of texts outside the gold (session 32):
an outlet written in lower case after its kind noun, a Latin name in brackets before the
verb, an impersonal cue after a source line, a date between a source verb and its outlet,
and the reader addressed by a page."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said, speakers


def test_an_outlet_in_lower_case_after_its_kind_noun_is_the_speaker() -> None:
    text = (
        "Європейський Союз посилює тиск на виробників вакцин. Про це глава Європейської Ради "
        "Шарль Мішель заявив французькій радіостанції Europe 1, передає агенція dpa."
    )
    found = speakers(text, "uk")
    assert ("агенція dpa", "Deutsche Presse-Agentur", "dpa") in found


def test_a_latin_name_in_brackets_between_a_name_and_its_verb_is_skipped() -> None:
    text = (
        "Керівник Vereinigung Cockpit Мартін Лохер (Martin Locher) заявив, що Ryanair "
        "відповідальна за ескалацію конфлікту."
    )
    assert [s[0] for s in speakers(text, "uk")] == ["Керівник Vereinigung Cockpit Мартін Лохер"]


def test_an_impersonal_cue_after_a_source_line_is_the_outlet_statement() -> None:
    text = (
        "Ціна вакцини буде нижчою від типових ринкових ставок. Про це передає The Guardian. "
        "Вказується, що препарат планують застосовувати двома ін'єкціями."
    )
    found = speakers(text, "uk")
    assert found[-1][:2] == (None, "The Guardian")


def test_an_impersonal_cue_after_a_quoted_document_is_its_issuer_statement() -> None:
    text = (
        "Вищий суд кантону Цуг відновив арешт акцій Nord Stream AG. Про це повідомляє "
        "прес-служба “Нафтогазу”, передає УНН. “Активи лишатимуться під "
        "арештом”, - сказано у повідомленні. Зазначається, що акції були звільнені з-під арешту."
    )
    assert speakers(text, "uk")[-1] == (None, "Naftogaz of Ukraine", "naftogaz")


def test_an_impersonal_cue_far_from_any_source_stays_unresolved() -> None:
    text = "Зазначається, що акції були звільнені з-під арешту."
    assert speakers(text, "uk") == [(None, None, None)]


def test_a_date_between_a_source_verb_and_its_outlet_is_skipped() -> None:
    text = (
        "Pfizer тимчасово скоротить постачання вакцини в Європу. Про це заявили в інституті "
        "громадського здоров'я Норвегії, передає у п'ятницю, 15 січня, Reuters."
    )
    assert "Reuters" in [s[0] for s in speakers(text, "uk")]


def test_a_page_addressing_its_reader_makes_no_statement() -> None:
    text = (
        "Продовжуючи переглядати RBC.UA Ви підтверджуєте, що ознайомилися з Політикою "
        "конфіденційності."
    )
    quoted = '"Ви підтверджуєте, що ознайомилися з умовами", - сказав Іван Петренко.'
    assert said(text, "uk") == []
    assert any(s[0] == "Ви" for s in said(quoted, "uk"))


def test_a_present_passive_after_a_source_line_is_that_source_statement() -> None:
    text = (
        "Страйк персоналу Ryanair почався в чотирьох країнах. Про це повідомляє УНН. "
        "Як повідомляється, страйк торкнеться понад 60 тис. пасажирів."
    )
    found = [(s[0], s[1]) for s in speakers(text, "uk")]
    assert found == [("УНН", "УНН"), (None, "УНН")]


def test_a_past_or_lone_source_passive_makes_no_statement() -> None:
    past = (
        "Страйк персоналу Ryanair почався в чотирьох країнах. Про це повідомляє УНН. "
        "Раніше повідомлялося, що страйк почнеться в липні."
    )
    alone = "Як повідомляється, страйк торкнеться понад 60 тис. пасажирів."
    assert [s[0] for s in speakers(past, "uk")] == ["УНН"]
    assert speakers(alone, "uk") == []


def test_a_statement_made_with_the_noun_zaiava_and_a_that_clause() -> None:
    text = (
        "Водночас перевізник виступив з заявою, що близько двох тисяч рейсів будуть "
        "виконані в нормальному режимі."
    )
    assert said(text, "uk") == [
        ("перевізник", "близько двох тисяч рейсів будуть виконані в нормальному режимі")
    ]


def test_za_povidomlenniam_names_the_source_of_what_follows() -> None:
    text = (
        "За повідомленням речника німецької профспілки пілотів Vereinigung Cockpit, страйк у "
        "Німеччині стартував о 3:01."
    )
    assert said(text, "uk") == [
        (
            "речника німецької профспілки пілотів Vereinigung Cockpit",
            "страйк у Німеччині стартував о 3:01",
        )
    ]
