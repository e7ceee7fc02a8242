"""Names the NER missed in Russian and Ukrainian speaker phrases (slavic/untagged.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_a_role_of_a_body_named_after_its_kind_is_no_body() -> None:
    text = (
        "«Перевірка пройшла успішно», - заявив виконавчий директор некомерційної організації "
        "VotingWorks."
    )
    assert speakers(text, "uk")[0][1:] == (None, None)  # a person the text does not name


def test_a_body_named_after_its_kind_or_a_representative_of_it_is_the_body() -> None:
    text = "«Перевірка пройшла успішно», - заявила некомерційна організація VotingWorks."
    assert speakers(text, "uk")[0][1] == "VotingWorks"
    text = "«Перевірка пройшла успішно», - заявив представник компанії Moderna."
    assert speakers(text, "uk")[0][1] == "Moderna"
