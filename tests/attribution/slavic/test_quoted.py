"""Names in quote marks as Russian and Ukrainian speakers (attribution/slavic/quoted.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said_with_acts, speaker_entities, speakers

from reportedly.actors.slavic_bodies import outlet_name


def test_a_company_in_quote_marks_of_any_kind_is_the_subject_before_its_verb() -> None:
    for text in (
        "“Нафтогаз” заявив, що суд відновив арешт акцій.",
        '"Нафтогаз" заявив, що суд відновив арешт акцій.',
        "«Нафтогаз» заявив, що суд відновив арешт акцій.",
    ):
        assert [s[1] for s in speakers(text, "uk")] == ["Naftogaz of Ukraine"], text


def test_a_quoted_company_after_its_legal_form_is_named_without_it() -> None:
    text = "ТД «Украгропром» повідомило, що перерахувало кошти за контрактом."
    assert [s[1] for s in speakers(text, "uk")] == ["Украгропром"]
    assert outlet_name("НАК “Нафтогаз України”", "uk") == "Нафтогаз України"


def test_a_quoted_company_named_in_the_locative_speaks_for_a_plural_verb() -> None:
    found = speakers("У “Нафтогазі” заявили, що “Газпром” маніпулює словами.", "uk")
    assert [s[1] for s in found] == ["Naftogaz of Ukraine"]
    found = speakers("Як повідомляв УНН, у ПАТ “Газпром” стверджують, що суд помилився.", "uk")
    assert [s[1] for s in found] == ["УНН", "Gazprom"]
    found = speakers("В «Совкомфлоте» заявили, что суда проданы.", "ru")
    assert [s[1] for s in found] == ["Совкомфлот"]


def test_a_quoted_name_that_may_be_a_nominative_keeps_its_form() -> None:
    text = 'Колізей підсвітять червоним, повідомляє "Благовіст-Інфо".'
    assert [s[1] for s in speakers(text, "uk")] == ["Благовіст-Інфо"]


def test_a_quoted_name_after_a_genitive_phrase_is_named_alone() -> None:
    text = "На тлі програшу «Газпром» заявив про намір розірвати контракт на транзит газу."
    assert [s[:2] for s in speakers(text, "uk")] == [("«Газпром»", "Gazprom")]


def test_a_quoted_name_after_the_verb_is_the_speaker() -> None:
    text = "Але, як в свою чергу пише «Gazeta Wyborcza», уряд отримав гарантії."
    assert [(s, c) for s, c, _ in said_with_acts(text, "uk")] == [
        ("«Gazeta Wyborcza»", "уряд отримав гарантії")
    ]


def test_a_speaker_cut_inside_a_quoted_name_takes_the_whole_name() -> None:
    text = (
        "Сільрада уклала угоду з фірмою. Про це пише «Центр громадського моніторингу та "
        "досліджень»."
    )
    assert speaker_entities(text, "uk") == ["Центр громадського моніторингу та досліджень"]


def test_a_name_in_quote_marks_broken_over_lines_is_one_speaker() -> None:
    # ner-uk texts hold a sentence a line, and break a name after its dot
    text = (
        "Донька прокурора стала власницею квартири в центрі Києва.\n"
        "Про це повідомляє «Слідство.\nІнфо» на своїй сторінці у Фейсбук."
    )
    assert [s[:2] for s in speakers(text, "uk")] == [("«Слідство.\nІнфо»", "Слідство. Інфо")]
