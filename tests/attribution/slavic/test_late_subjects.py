"""A Ukrainian subject after the cue verb's infinitive (attribution/slavic/late_subjects.py),
and a phrase before the verb that goes on a preposition's object (phrases.phrase_before)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said


def test_a_subject_after_the_infinitive_is_the_speaker_and_ends_the_content() -> None:
    text = (
        "Саме вимогу Байдена та роботу його сина в наглядовій раді компанії Burisma намагалися "
        "використати у передвиборчій кампанії адвокат Трампа Руді Джуліані та його команда."
    )
    assert said(text, "uk") == [
        ("адвокат Трампа Руді Джуліані", "використати у передвиборчій кампанії")
    ]
    text = "Влітку цього року ці МУО намагалася скасувати через ОАСК фізособа."
    assert said(text, "uk") == [("фізособа", "скасувати через ОАСК")]


def test_an_object_of_the_infinitive_leaves_the_subject_before_the_verb() -> None:
    text = "Міністерство планує скасувати постанову уряду до кінця року."
    assert [s for s, _ in said(text, "uk")] == ["Міністерство"]
    text = "Компанія намагалася продати частку, яку купила фізособа."
    assert [s for s, _ in said(text, "uk")] == ["Компанія"]
