"""Nominative phrases that are not a cue's whole subject (attribution/slavic/conjuncts.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_one_name_of_a_coordinated_subject_is_no_speaker() -> None:
    text = "Компанії Pfizer і Moderna заявили, що вакцина буде дешевою."
    assert [s[1:] for s in speakers(text, "uk")] == [(None, None)]
    text = "Франція, країни Балтії та Польща вважають, що газопровід небезпечний."
    assert [s[1:] for s in speakers(text, "uk")] == [(None, None)]
    text = "Путин и Лавров заявили, что переговоры окончены."
    assert [s[1:] for s in speakers(text, "ru")] == [(None, None)]


def test_a_clause_joined_by_and_keeps_its_subject() -> None:
    text = "Переговоры шли долго, и Лавров заявил, что они окончены."
    assert [s[2] for s in speakers(text, "ru")] == ["lavrov-sergey"]
    text = "Рейси скасовано, і Шмигаль заявив, що уряд допоможе."
    assert [s[2] for s in speakers(text, "uk")] == ["shmyhal-denys"]


def test_the_object_of_a_preposition_is_no_speaker() -> None:
    text = "Депутати, які прихильно налаштовані до ЄС сказали, що угода погана."
    assert [s[1] for s in speakers(text, "uk")] == [None]
    # a longer phrase may run on to the subject after the preposition's object
    text = "Головний переговірник щодо Brexit Мішель Барньє заявив, що угода справедлива."
    assert [s[2] for s in speakers(text, "uk")] == ["barnier-michel"]
