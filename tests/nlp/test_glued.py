"""Sentence starts glued to the previous stop in Russian, Ukrainian and English texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.nlp.glued import english_glued_starts, glued_starts


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


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("an invasion.According to Biden", "According"),
        ("looks like?Deszczyca: We are", "Deszczyca"),
        ("since World War II.The West", "The West"),
        ("on Monday (January 6).The authorities", "The authorities"),
        ('the OSCE ".He emphasized', "He emphasized"),
        ('"the most dangerous moment."He said', "He said"),
        ('is using aggression."We do not want', '"We do not'),
        ("in Ukraine.”Pope Francis", "Pope"),
        ("Ukraine.“We are ready”", "“We are"),
        ("a „quote.“The rest", "The rest"),
    ],
)
def test_an_english_capital_after_a_glued_stop_starts_a_sentence(text: str, start: str) -> None:
    assert [text[k:] for k in english_glued_starts(text)] == [text[text.index(start) :]]


@pytest.mark.parametrize(
    "text",
    [
        "incl.Politico said",
        "Dr.Smith said",
        "the U.S.Army",
        "see Gazeta.pl now",
        "visit www.Onet.pl now",
        "the invasion. According to",
        "the EU.NATO",
        "the 3.Five",
    ],
)
def test_abbreviations_addresses_spaced_stops_and_acronyms_start_nothing(text: str) -> None:
    assert english_glued_starts(text) == set()


@given(st.text(alphabet=st.sampled_from(list('abAB.!?)"“” \n')), max_size=80))
def test_every_english_start_follows_a_stop_and_opens_a_capital(text: str) -> None:
    for k in english_glued_starts(text):
        mark = text[k] in '"“'
        # the stop may sit inside a quote that closes right before the capital ('why?"And')
        stop = k - 2 if not mark and text[k - 1] in '"”' else k - 1
        assert text[stop] in ".!?…"
        assert text[k + mark].isupper()
