"""Ukrainian frames found missing on fresh SlavicNER news (session 27, seed 27042): a "Про
таке" lead, an adverbial between "Про це" and its verb, documents with a possessive or a
"пояснюється" cue, "Вказується, що", "застеріг про"; and asides that say nothing."""

from __future__ import annotations

from tests.attribution.slavic.speaking import attributed

LEAD = "У Євросоюзі розробляють схему передачі надлишків вакцини біднішим країнам. "


def _said(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker.text if s.speaker else None, s.content_text(text))
        for s in attributed(text, "uk")
    ]


def test_pro_take_points_back_to_the_sentence_before() -> None:
    text = LEAD + "Про таке заявила єврокомісарка з охорони здоров'я Стелла Киріакідес."
    assert _said(text) == [
        (
            "єврокомісарка з охорони здоров'я Стелла Киріакідес",
            "У Євросоюзі розробляють схему передачі надлишків вакцини біднішим країнам",
        )
    ]


def test_an_adverbial_between_pro_tse_and_its_verb_is_not_the_speaker() -> None:
    text = LEAD + "Про це в ефірі Українського радіо повідомила експерт Вікторія Вдовиченко."
    assert [s for s, _ in _said(text)] == ["експерт Вікторія Вдовиченко"]


def test_a_speaker_before_the_verb_of_a_pro_tse_line_still_adds_nothing() -> None:
    text = "Барньє запропонував нову угоду для Британії. Про це Барньє заявив у неділю."
    assert [s for s, _ in _said(text)] == ["Барньє"]


def test_a_document_with_a_possessive_speaks_a_dash_quote() -> None:
    text = '"Пасажири позбавлені свого базового права", - йдеться у їхній спільній заяві.'
    assert _said(text) == [("спільній заяві", "Пасажири позбавлені свого базового права")]


def test_poiasniuietsia_in_a_comment_is_a_document_cue() -> None:
    text = '"Газпром свідомо маніпулює словами", - пояснюється в коментарі НАК.'
    assert _said(text) == [("коментарі НАК", "Газпром свідомо маніпулює словами")]


def test_vkazuietsia_shcho_is_a_statement_with_no_speaker() -> None:
    text = "Ціна буде нижчою. Вказується, що препарат планують застосовувати двома ін'єкціями."
    assert _said(text) == [(None, "препарат планують застосовувати двома ін'єкціями")]


def test_zasterih_pro_reports_the_noun_phrase() -> None:
    text = "Водночас Європол застеріг про небезпеку шахрайства з вакциною проти COVID-19."
    assert _said(text) == [("Європол", "небезпеку шахрайства з вакциною проти COVID-19")]


def test_an_infinitive_about_verb_reports_nothing() -> None:
    text = "Я вів цю кампанію, щоб говорити про речі, які мене хвилювали, — заявив Стаєр."
    assert [s for s, _ in _said(text)] == ["Стаєр"]


def test_mozhna_before_a_cue_is_an_aside() -> None:
    text = "Можна сказати, що це може бути випадковим збігом."
    assert _said(text) == []
