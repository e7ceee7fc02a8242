"""Quote pairing and Telegram markdown masking (parsers: example and property tests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.attribution.slavic.speaking import analyse

from reportedly.attribution.slavic._text import find_quotes, is_speech, trim
from reportedly.model import Span
from reportedly.nlp.markdown import mask


def test_nested_quotes_pair_inside_out() -> None:
    text = "Он сказал: «Это „наш“ план, «не их»». Дальше."
    quotes = find_quotes(text)
    assert [q.inner.text(text) for q in quotes] == ["Это „наш“ план, «не их»", "наш", "не их"]
    assert [q.depth for q in quotes] == [0, 1, 1]


def test_an_unclosed_quote_and_a_blank_line_end_nothing() -> None:
    text = "«Начало цитаты\n\nи конец» потом «целая»"
    assert [q.inner.text(text) for q in find_quotes(text)] == ["целая"]


def test_a_one_word_quote_is_a_name_unless_it_ends_a_sentence() -> None:
    text = "компания «Укрэнерго» и «Нет.»"
    first, second = find_quotes(text)
    assert not is_speech(text, first)
    assert is_speech(text, second)


def test_mask_blanks_links_and_emphasis_keeping_offsets() -> None:
    text = "Об этом [сообщает](https://t.me/rian_ru/1) **ТАСС**, __«цитата»__"
    masked = mask(text)
    assert len(masked) == len(text)
    assert masked.split() == ["Об", "этом", "сообщает", "ТАСС", ",", "«цитата»"]
    k = masked.index("сообщает")
    assert text[k : k + len("сообщает")] == "сообщает"


def test_trim_strips_dashes_and_spaces() -> None:
    text = " — слово, "
    assert trim(text, Span(0, len(text))).text(text) == "слово"


TEXT = st.text(alphabet=st.sampled_from(list('аб «»„“”"\n—,.*_[]()t.me/')), max_size=80)


@given(TEXT)
def test_mask_keeps_length_and_line_breaks(text: str) -> None:
    masked = mask(text)
    assert len(masked) == len(text)
    assert [k for k, c in enumerate(masked) if c == "\n"] == [
        k for k, c in enumerate(text) if c == "\n"
    ]


@given(TEXT)
def test_quotes_are_well_formed(text: str) -> None:
    for q in find_quotes(text):
        assert q.outer.contains(q.inner)
        assert len(q.outer) == len(q.inner) + 2
        assert text[q.outer.start] in '«„“"'
        assert text[q.outer.end - 1] in '»“”"'
        assert "\n\n" not in q.inner.text(text)


def test_a_quote_whose_closing_mark_merged_with_a_nested_one_ends_there() -> None:
    text = (
        "«Я обережно ставлюся до цієї цифри, не все це підходить під категорію «розкрадання», "
        "– продовжив Кудрін. Він навів приклад «гроші відправляють на ремонт даху»."
    )
    quotes = find_quotes(text)
    assert [(q.inner.text(text)[:12], q.depth) for q in quotes] == [
        ("Я обережно с", 0),
        ("розкрадання", 1),
        ("гроші відпра", 0),  # a top quote again, not one nested in the unclosed mark
    ]
    found = analyse(text, "uk").statements
    assert [(s.kind, s.content_text(text)[:10]) for s in found] == [("direct", "Я обережно")]


def test_a_name_with_a_merged_closing_mark_is_no_quote() -> None:
    # a legal form's name typeset «Компанія «Вода Донбасу»: no clause ends after it
    text = "КП «Компанія «Вода Донбасу» у селі Семенівка отримало обладнання."
    assert [q.inner.text(text) for q in find_quotes(text)] == ["Вода Донбасу"]
    # and a short one ending a sentence is a name too
    text = "Угоду уклали з ТОВ «Група компаній «Вектор». Далі буде."
    assert [q.depth for q in find_quotes(text)] == [1]


def test_a_straight_quote_may_hold_a_name_in_straight_quotes() -> None:
    text = (
        'Про це повідомляє "Активи лишатимуться під арештом, поки розглядатиметься апеляція '
        'НАК "Нафтогаз України" на рішення суду", - йдеться у повідомленні.'
    )
    quotes = find_quotes(text)
    assert [(q.inner.text(text)[:6], q.depth) for q in quotes] == [
        ("Активи", 0),
        ("Нафтог", 1),
    ]
    found = analyse(text, "uk").statements
    quoted = [s for s in found if s.kind == "direct"]
    assert [s.content_text(text)[:6] for s in quoted] == ["Активи"]
    # the first word of the quoted words is no speaker of "Про це повідомляє"
    assert all(s.speaker is None or s.speaker.text != "Активи" for s in found)
    # two names in a row stay two
    text = 'Між "Газпромом" і "Нафтогазом" триває спір.'
    assert [q.inner.text(text) for q in find_quotes(text)] == ["Газпромом", "Нафтогазом"]


def test_a_list_of_names_with_merged_marks_is_no_quote() -> None:
    text = "Фірма мала взаємини з ТОВ «БК «Олімпія», ТОВ «Укрбуд Альянс», ТОВ «Нью Сторі»."
    assert [q.inner.text(text) for q in find_quotes(text) if q.depth == 0] == []


def test_straight_quotes_nested_in_straight_quotes_pair_by_side() -> None:
    # a lower-case term in straight quotes inside a straight quote: the inner marks open
    # after a space before a letter and close after a letter before a space
    text = (
        '"В ответ на действия властей в "стоп-лист" вносятся все их представители", '
        "- говорится в сообщении."
    )
    assert [(q.inner.text(text)[:8], q.depth) for q in find_quotes(text)] == [
        ("В ответ ", 0),
        ("стоп-лис", 1),
    ]
    quoted = [s for s in analyse(text, "ru").statements if s.kind == "direct"]
    assert [s.content_text(text)[:8] for s in quoted] == ["В ответ "]
    # two quoted terms in a row stay two
    text = 'Он назвал это "провокацией" и "ложью".'
    assert [q.inner.text(text) for q in find_quotes(text)] == ["провокацией", "ложью"]
