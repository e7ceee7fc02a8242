"""Tests of the verbs cut from the edges of tagged names."""

from __future__ import annotations

import pytest

from reportedly.model import Article
from reportedly.nlp.name_edges import Word, trimmed_bounds
from reportedly.pipeline import Pipeline


def test_name_edges_cut_a_question_auxiliary_and_a_closing_finite_verb() -> None:
    # "Will Sanders come": the modal is the bare verb's auxiliary
    words = [Word("MD", "aux", 2), Word("NNP", "nsubj", 2), Word("VB", "ROOT", 2)]
    assert trimmed_bounds(words, 0, 2) == (1, 2)
    # "Ted Cruz Refuses to": the verb heads its own clause
    words = [Word("NNP", "compound", 1), Word("NNP", "nsubj", 2), Word("VBZ", "ROOT", 2)]
    assert trimmed_bounds(words, 0, 3) == (0, 2)


def test_name_edges_keep_names_and_one_word_at_least() -> None:
    # "Will Hurd said": a modal never goes with a past tense, so "Will" is a given name
    words = [Word("MD", "aux", 2), Word("NNP", "nsubj", 2), Word("VBD", "ROOT", 2)]
    assert trimmed_bounds(words, 0, 2) == (0, 2)
    # a verb the parser hangs inside the name is part of it
    words = [Word("VBZ", "compound", 1), Word("NNP", "nsubj", 2), Word("VBD", "ROOT", 2)]
    assert trimmed_bounds(words, 0, 2) == (0, 2)
    assert trimmed_bounds([Word("MD", "ROOT", 0)], 0, 1) == (0, 1)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (  # a question's modal glued to the surname: every bare "Sanders" joined it
            "Game over. Will Sanders come down off the pique?\n\nAfter Tuesday night, Bernie "
            "Sanders's chance rests on one thing. Sanders said he would fight on.",
            "fight on",
            "Bernie Sanders",
        ),
        (  # a headline's verb glued to the full name
            "Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.\n\nSen. Ted Cruz refuses "
            "to disavow the endorsement, Cruz said.",
            "refuses to disavow",
            "Ted Cruz",
        ),
    ],
)
def test_name_edges_give_the_person_the_name_without_the_verb(
    pipeline: Pipeline, text: str, words: str, name: str
) -> None:
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert all(e.name != "Will Sanders" and not e.name.endswith("Refuses") for e in a.entities)
    s = next(s for s in a.statements if words in s.content_text(text))
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == name


@pytest.mark.needs_model
def test_name_edges_keep_a_given_name_the_tagger_reads_as_a_name(pipeline: Pipeline) -> None:
    text = "Will Hurd said the aid must continue."
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert any(e.name == "Will Hurd" for e in a.entities)
