"""An outlet's verb whose name was lost with its link (attribution/slavic/lost_outlets.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import attributed, said


def test_an_outlet_whose_name_was_lost_reports_the_speakers_statement() -> None:
    # "…, передає" ending a paragraph: the outlet's statement with no speaker, Ryanair's in it
    text = (
        "Суд прийняв рішення про компенсації. Про це повідомили у Ryanair, передає\n\n"
        "Комерційний суд Барселони визнав, що страйки знаходяться поза контролем."
    )
    found = attributed(text, "uk")
    [lost, inner] = [s for s in found if s.content_text(text).startswith("Суд прийняв")]
    assert lost.speaker is None
    assert lost.cue is not None
    assert lost.cue.text(text) == "передає"
    assert inner.speaker is not None
    assert inner.speaker.text == "Ryanair"
    assert inner.reported_by == lost.id


def test_a_lost_outlet_before_the_next_sentence_takes_neither_its_subject_nor_words() -> None:
    text = (
        "При цьому в авіакомпанії Ryanair заявили, що 90% рейсів працюватимуть, повідомляє "
        "Співробітники лоукостера Ryanair проводять страйки у кількох країнах."
    )
    assert said(text, "uk")[:2] == [
        (None, "При цьому в авіакомпанії Ryanair заявили, що 90% рейсів працюватимуть"),
        ("авіакомпанії Ryanair", "90% рейсів працюватимуть"),
    ]
    text = (
        "Палата представителей одобрила законопроекты об изоляции России, сообщает "
        "Законопроект об изоляции чиновников направлен на принятие мер."
    )
    assert said(text, "ru") == [
        (None, "Палата представителей одобрила законопроекты об изоляции России")
    ]


def test_a_lost_outlet_after_about_this_takes_no_subject_of_the_next_sentence() -> None:
    text = (
        "Авіакомпанія скасувала сорок рейсів до Дубліна. Про це повідомляє Рейси скасують до "
        "кінця тижня через страйк пілотів."
    )
    assert said(text, "uk") == [(None, "Авіакомпанія скасувала сорок рейсів до Дубліна")]
