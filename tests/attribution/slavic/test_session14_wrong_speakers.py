"""Russian and Ukrainian wrong speakers and hypothetical cues fixed in session 14 (issue 17)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse, speakers


def test_a_name_in_the_genitive_of_an_act_done_to_it_is_no_speaker() -> None:
    text = "Статті імпічменту Трампа звинувачують президента у підбурюванні до заколоту."
    assert [s[1:] for s in speakers(text, "uk")] == [(None, None)]
    text = "Сторонники импичмента Трампа заявили, что он виновен."
    assert [s[1:] for s in speakers(text, "ru")] == [(None, None)]
    # a document's own genitive is its issuer
    text = "У заяві Трампа йдеться, що вибори сфальсифіковані."
    assert [s[2] for s in speakers(text, "uk")] == ["trump-donald"]


def test_a_documents_issuer_in_straight_or_curly_quotes_is_part_of_the_source() -> None:
    before = "Компанія Mac Donald Mott оцінила модернізацію. "
    for name in ('"Укртрансгазу"', "“Укртрансгазу”", "«Укртрансгазу»"):
        text = before + f"Згідно із звітом {name}, виручка компанії становила 30 млрд грн."
        assert [s[1] for s in speakers(text, "uk")] == ["Укртрансгаз"], name
    text = "Суд відновив арешт акцій. Про це повідомляє прес-служба “Нафтогазу”."
    [found] = analyse(text, "uk").statements
    assert found.speaker is not None
    assert found.speaker.text.startswith("прес-служба “Нафтогазу")
