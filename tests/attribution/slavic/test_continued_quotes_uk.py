"""A Ukrainian quote that goes on in a sentence of its own after its frame (session 33)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_a_quote_after_a_framed_quote_is_the_same_speakers() -> None:
    text = (
        "«Це неприйнятно», — сказав речник Кремля Дмитро Пєсков в коментарі агентству. "
        "«Москва не залишить це без уваги і відповість»."
    )
    found = speakers(text, "uk")
    assert len(found) == 2
    assert found[0][2] == found[1][2] == "peskov-dmitry"


def test_a_quote_in_the_next_paragraph_goes_on_too() -> None:
    text = (
        '"Я є прихильником вакцинації", - сказав міністр Максим Степанов. \n\n'
        '"Коли в Україні з\'явиться вакцина - я зроблю щеплення публічно".'
    )
    found = speakers(text, "uk")
    assert len(found) == 2
    assert found[1][1] == found[0][1]


def test_a_quote_with_its_own_frame_is_not_doubled() -> None:
    text = "«Ми будемо захищатися», — заявив Зеленський. «Україна не здасться», — додав він."
    assert len(speakers(text, "uk")) == 2


def test_a_quote_after_a_sentence_of_the_writers_is_no_ones() -> None:
    text = (
        "«Ми будемо захищатися», — заявив Зеленський. Після цього він поїхав до Львова. "
        "«Україна не здасться і переможе у цій війні»."
    )
    assert len(speakers(text, "uk")) == 1


def test_a_short_quoted_phrase_is_no_statement() -> None:
    text = "«Ми будемо захищатися», — заявив Зеленський. «Слава Україні»."
    assert len(speakers(text, "uk")) == 1
