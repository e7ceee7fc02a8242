"""Sentence starts glued to the previous stop in Russian and Ukrainian texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.nlp.glued import glued_starts


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("правительство талибов.Гарвал, назначенный", ["Гарвал"]),
        ("Это «правительство».В ответ", ["В ответ"]),
        ("Він сказав.Зеленський відповів", ["Зеленський"]),
    ],
)
def test_a_capital_right_after_a_stop_starts_a_sentence(text: str, starts: list[str]) -> None:
    assert sorted(text[k:] for k in glued_starts(text)) == sorted(
        text[text.index(s) :] for s in starts
    )


@pytest.mark.parametrize(
    "text",
    ["В.В.Путин сказал", "Т.е.Путин", "сайт lenta.ru и РИА", "талибов. Гарвал", "США.ТАСС"],
)
def test_initials_urls_spaced_stops_and_acronyms_start_nothing(text: str) -> None:
    assert glued_starts(text) == set()


@given(st.text(alphabet=st.sampled_from(list('абвгдАБВГІїє.!?»" \n')), max_size=80))
def test_every_start_follows_a_stop_and_opens_a_capital(text: str) -> None:
    for k in glued_starts(text):
        assert 0 < k < len(text)
        assert text[k - 1] in ".!?…"
        assert text[k].isupper()


def test_the_russian_and_ukrainian_splitters_cut_there() -> None:
    from reportedly.nlp import russian, ukrainian

    text = "Россия признает правительство талибов.Гарвал приступил к работе."
    assert [s.text(text) for s in russian.annotate(text).sentences] == [
        "Россия признает правительство талибов.",
        "Гарвал приступил к работе.",
    ]
    text = "Зеленський це сказав.Путін відповів."
    assert [s.text(text) for s in ukrainian.annotate(text).sentences] == [
        "Зеленський це сказав.",
        "Путін відповів.",
    ]
