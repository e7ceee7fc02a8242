"""A Ukrainian outlet frame that closes a short paragraph reports all of it (session 33)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said


def test_a_frame_ending_its_paragraph_takes_the_sentences_before() -> None:
    text = (
        "Заголовок новини про голосування\n\n"
        "За ухвалення закону у вівторок проголосували 250 депутатів. "
        "Проти виступили 40 депутатів, передає “Радіо Свобода”.\n\n"
        "Закон набуде чинності з нового року."
    )
    found = said(text, "uk")
    assert (
        "“Радіо Свобода”",
        "За ухвалення закону у вівторок проголосували 250 депутатів. Проти виступили 40 депутатів",
    ) in found


def test_a_paragraph_going_on_after_the_frame_keeps_one_sentence() -> None:
    text = (
        "За ухвалення закону у вівторок проголосували 250 депутатів. "
        "Проти виступили 40 депутатів, передає УНН. Закон набуде чинності з нового року."
    )
    contents = [c for _, c in said(text, "uk")]
    assert "Проти виступили 40 депутатів" in contents


def test_a_sentence_with_a_speech_verb_before_is_not_taken() -> None:
    text = (
        "Політики запевняють, що закон допоможе економіці. "
        "Проти виступили 40 депутатів, передає УНН.\n\n"
        "Закон набуде чинності з нового року."
    )
    contents = [c for _, c in said(text, "uk")]
    assert "Проти виступили 40 депутатів" in contents


def test_a_polls_finding_keeps_its_next_share() -> None:
    # session 33: "опитування показало, що 51% …, а 41% заявили, що …" is one finding
    text = (
        "Опитування показало, що 51% виборців підтримають Байдена, а 41% заявили, що "
        "проголосують за Трампа."
    )
    contents = [c for _, c in said(text, "uk")]
    assert "51% виборців підтримають Байдена, а 41% заявили, що проголосують за Трампа" in contents
