"""Speakers read from the statement that reports them (actors/_reports.py): a group "our"
owns inside someone's quoted words is of the quoted speaker's body."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse

from reportedly.model import Analysis, Statement
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2022, 2, 15)


def reported(a: Analysis, words: str) -> Statement:
    """The statement nested in another whose content holds ``words``."""
    text = a.article.text
    return next(s for s in a.statements if s.reported_by and words in s.content_text(text))


def test_our_analysts_in_a_presidents_words_are_his_governments(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        '"We have no confirmation until now. Our analysts say that they can remain in a '
        'dangerous position," said US President Joe Biden on Tuesday.',
    )
    assert reported(a, "they can remain").speaker_actor == "government-usa"


def test_our_analysts_of_someone_of_no_office_stay_unresolved(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        '"Our analysts say that they can remain in a dangerous position," said Anna Kowalska, '
        "a teacher from Lviv.",
    )
    assert reported(a, "they can remain").speaker_actor is None
