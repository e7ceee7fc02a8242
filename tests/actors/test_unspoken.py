"""Tests of actors._unspoken: an "it", "its" or body description that speaks no statement."""

from __future__ import annotations

import pytest

from reportedly.model import Article
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def _resolved(pipeline: Pipeline, text: str, at: str, nth: int = 0) -> str | None:
    """The entity whose mentions hold the ``nth`` occurrence of the word ``at``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(f" {at} ", start + 1) + 1
    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    for entity in analysis.entities:
        if any(m.start == start and m.end == start + len(at) for m in entity.mentions):
            return entity.id
    return None


@pytest.mark.parametrize(
    ("text", "word", "entity"),
    [
        (  # the subject before it in its sentence
            "Ukrainian officials said Russia had violated the ceasefire it declared for "
            "Orthodox Christmas.",
            "it",
            "country-russia",
        ),
        (  # a possessor: the body whose fighters act
            "The Wagner group claimed its fighters had captured the town of Soledar.",
            "its",
            "wagner-group",
        ),
    ],
)
def test_neuter_it_of_no_statement_is_the_body_before_it(
    pipeline: Pipeline, text: str, word: str, entity: str
) -> None:
    assert _resolved(pipeline, text, word) == entity


def test_neuter_dummy_it_stays_unresolved(pipeline: Pipeline) -> None:
    text = "Russia attacked the city on Monday, and it is important that Ukraine holds it."
    assert _resolved(pipeline, text, "it") is None


def test_neuter_it_never_goes_to_a_person(pipeline: Pipeline) -> None:
    text = "Joe Biden signed the bill after it passed the Senate on Monday."
    assert _resolved(pipeline, text, "it") is None


@pytest.mark.parametrize(
    ("text", "word", "entity"),
    [
        (  # a government noun: the government of the country named before
            "Hungary blocked the package. The government vetoed the decision on Monday.",
            "government",
            "government-hungary",
        ),
        (  # never the last body named whatever its name, as a speaker "the court" may be
            "The FSB detained two men on Monday. The court sentenced them to ten years.",
            "court",
            None,
        ),
    ],
)
def test_unspoken_description_is_the_body_its_noun_names(
    pipeline: Pipeline, text: str, word: str, entity: str | None
) -> None:
    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    at = text.index(word)
    found = [e.id for e in analysis.entities if any(m.start <= at < m.end for m in e.mentions)]
    assert found == ([entity] if entity else [])
