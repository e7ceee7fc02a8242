"""Quote-mark pairing in every common style."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.attribution import find_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "hi" and "bye".', ["hi", "bye"]),
        ("“Curly,” she said, “quotes.”", ["Curly,", "quotes."]),
        ("«Привет», — сказал он.", ["Привет"]),
        ("„Так“, — сказав він.", ["Так"]),
        ("It’s the ‘best’ deal in the Presidents’ plan", ["best"]),
        ("Biden’s and Putin's words don't count", []),
        ('"First para.\n\n"Second para," he said.', ["First para.", "Second para,"]),
        ('"One.\n\nTwo, still quoted."', ["One.\n\nTwo, still quoted."]),
        ("He called it “a ‘so-called’ deal”.", ["a ‘so-called’ deal", "so-called"]),
        ('An odd " mark alone', []),
        # a mark alone at a paragraph's end closes the quote open before it
        ('They "want it all. "\n\nHeading\n\nShe said "no."', ["want it all.", "no."]),
        # a mark glued between a sentence's end and a capital opens a quote when none is
        # open for it to close, and closes the open one otherwise
        (
            'Prices rose."Grain is short. Fuel is short," traders said.',
            ["Grain is short. Fuel is short,"],
        ),
        ('She said "we will stay."Then she left. "Go," he said.', ["we will stay.", "Go,"]),
        # two curly single marks as one double mark, also closing a curly double one
        ("By then ‘‘11 million had fled,’’ the agency said.", ["11 million had fled,"]),
        (
            "“The report is an indictment,’’ he said. “Conflict goes on.”",
            [
                "The report is an indictment,",
                "Conflict goes on.",
            ],
        ),
        # a curly double quote inside another: its paragraph closes both
        (
            "“It is the notion that “might makes right”. Being “neutral” is false,” he wrote.",
            [
                "It is the notion that “might makes right”. Being “neutral” is false,",
                "might makes right",
                "neutral",
            ],
        ),
        # … but a second opening mark with one closing mark after it closes the open quote
        ("He said “we will go. Then “they came” and left.", ["we will go. Then"]),
        # … unless a colon introduces it inside the quote: the words someone was told, which
        # end with the quote that tells them, at one closing mark
        (
            "“I called him and told him: “Sit down and talk. Peace is better than war,” the "
            "president said.",
            [
                "I called him and told him: “Sit down and talk. Peace is better than war,",
                "Sit down and talk. Peace is better than war,",
            ],
        ),
        # straight marks inside straight marks, paired by their sides; a mark alone between
        # spaces after a closing mark closes the outer quote
        (
            '"There is no peace without unity, whatever fears of an "asymmetric edge" " - '
            "wrote the spokesman.",
            [
                'There is no peace without unity, whatever fears of an "asymmetric edge"',
                "asymmetric edge",
            ],
        ),
        ('He said "yes." "No," she said.', ["yes.", "No,"]),
    ],
)
def test_quote_marks_pairs(text: str, expected: list[str]) -> None:
    assert [q.inner.text(text) for q in find_quotes(text)] == expected


def test_quote_marks_unclosed_quote_before_new_paragraph_is_closed_at_paragraph_end() -> None:
    text = '"We will not leave.\n\n"Never," he added.'
    quotes = find_quotes(text)
    assert quotes[0].inner.text(text) == "We will not leave."
    assert quotes[0].closed is False


def test_quote_marks_an_unclosed_quote_before_page_furniture_and_a_new_quote_closes_there() -> None:
    text = "“We will not leave.\n\nAdvertisement\n\n“Never,” he added."
    quotes = find_quotes(text)
    assert quotes[0].inner.text(text) == "We will not leave."
    assert quotes[0].closed is False


def test_quote_marks_a_sentence_between_quote_paragraphs_is_no_furniture() -> None:
    text = "“We will not leave.\n\nHe paused.\n\n“Never,” he added."
    assert find_quotes(text)[0].inner.text(text).endswith("He paused.")


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"“”«»‘’'„")), max_size=200))
def test_quote_marks_never_fail_and_spans_are_valid(text: str) -> None:
    for quote in find_quotes(text):
        assert 0 <= quote.outer.start < quote.inner.start <= quote.inner.end <= len(text)
        assert quote.outer.contains(quote.inner)
        assert quote.inner.text(text).strip()
