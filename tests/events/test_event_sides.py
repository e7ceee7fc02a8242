"""Tests for the sides of an event (events._participants): settled pronouns, a phrase's
closing preposition, an object two joined verbs share, and names that say whom one leans to."""

from __future__ import annotations

import pytest
from tests.events.coded import coded_events

from reportedly.events._actor_sides import _Actors
from reportedly.events.actors import AliasResolver
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Article, Entity, Span
from reportedly.pipeline import Pipeline

LEXICON = EventLexicon.load()


def _targets(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    """(target text, target code) of the events of ``type_`` coded in ``text``."""
    return [
        (e.target.text if e.target else None, e.target.code if e.target else None)
        for e in coded_events(text)
        if e.type == type_
    ]


def _actors(text: str, entities: tuple[Entity, ...] = ()) -> _Actors:
    return _Actors(
        text,
        AliasResolver.bundled(),
        None,
        entities,
        LEXICON.member_nouns,
        LEXICON.leaning_words,
    )


def test_a_mention_the_stage_left_uncoded_takes_the_code_of_its_entity_s_name() -> None:
    # the actors stage resolved "she" to Hillary Clinton, whom the registry lacks: the alias
    # table knows the name, so the pronoun is American
    text = "Hillary Clinton spoke. She said so."
    she = Span(23, 26)
    entity = Entity(
        id="hillary-clinton", name="Hillary Clinton", kind="person", mentions=(Span(0, 15), she)
    )
    actor = _actors(text, (entity,)).from_span(she)
    assert (actor.text, actor.code) == ("She", "USA")
    # a name the tables do not know stays uncoded
    unknown = Entity(id="x", name="Debbie Wasserman Schultz", kind="person", mentions=(she,))
    assert _actors(text, (unknown,)).from_span(she).code is None


@pytest.mark.needs_model
def test_a_settled_possessive_names_whose_thing_the_act_is_done_to(pipeline: Pipeline) -> None:
    text = (
        "Bernie Sanders held a rally in Iowa on Monday. "
        "Hillary Clinton said she admires his determination."
    )
    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    sides = [
        (e.type, e.target.text if e.target else None, e.target.code if e.target else None)
        for e in analysis.events
    ]
    assert ("SUPPORT", "his", "USA") in sides


@pytest.mark.needs_model
def test_a_possessive_of_the_source_itself_is_no_target(pipeline: Pipeline) -> None:
    text = "Joe Biden spoke on Monday. He praised his team."
    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert [e.target for e in analysis.events if e.type == "SUPPORT"] == [None]


@pytest.mark.needs_model
def test_a_phrase_ending_in_its_preposition_names_the_target_there() -> None:
    assert _targets("Party leaders quickly lined up behind Biden.", "SUPPORT") == [("Biden", "USA")]


@pytest.mark.needs_model
def test_two_verbs_side_by_side_share_the_second_s_object() -> None:
    text = "Russian troops attacked and captured the town of Bakhmut."
    assert _targets(text, "ASSAULT") == [("Bakhmut", "UKR")]
    assert _targets(text, "COERCE") == [("Bakhmut", "UKR")]


@pytest.mark.needs_model
def test_verbs_apart_share_no_object() -> None:
    # "attacked on Monday": the town may not be what was attacked
    text = "Russian troops attacked on Monday and captured the town of Bakhmut."
    assert _targets(text, "ASSAULT") == [(None, None)]
    # a verb with an object of its own keeps it
    text = "Ukraine condemned the strike and rejected the referendum."
    assert _targets(text, "ACCUSE") == [("the strike", None)]


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("a Russia-friendly president", None),
        ("a Kremlin-leaning oligarch", None),
        ("Russian-backed separatists", "RUS"),  # backed by Russia: still coded as before
        ("the Russian president", "RUS"),
    ],
)
def test_a_name_that_says_whom_one_leans_to_gives_no_code(words: str, code: str | None) -> None:
    assert _actors(words).from_span(Span(0, len(words))).code == code


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Senate Minority Leader Harry M. Reid", "USA"),  # the table lists "Harry Reid"
        ("Harry Reid", "USA"),
        ("Harry M. Smith", None),  # no name the tables know, initial or not
    ],
)
def test_a_middle_initial_does_not_hide_a_known_name(words: str, code: str | None) -> None:
    assert _actors(words).from_span(Span(0, len(words))).code == code


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Washington pledged to help Kyiv rebuild.",
        "Washington was prepared to help Kyiv negotiate a just peace.",
    ],
)
def test_the_subject_of_a_helped_clause_is_the_party_helped(text: str) -> None:
    # the parse reads "help [Kyiv negotiate]": Kyiv is the clause's subject, not an object
    assert _targets(text, "AGREE") == [("Kyiv", "UKR")]


@pytest.mark.needs_model
def test_a_clause_subject_of_another_verb_is_no_target() -> None:
    # "said [Kyiv would negotiate]": a verb of saying, not of helping
    assert _targets("Washington promised that Kyiv would negotiate.", "AGREE") == [(None, None)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Peskov said that Ukraine would need to accept the new realities.",
        "Peskov said that Ukraine might have to accept the new realities.",
    ],
)
def test_an_imagined_necessity_is_no_demand(text: str) -> None:
    # once "he" of a person the registry lacks had a code, "he would then need to win"
    # became a demand of whoever reported it
    assert [e.type for e in coded_events(text) if e.type == "REQUEST"] == []


@pytest.mark.needs_model
def test_a_present_necessity_in_reported_words_stays_a_demand() -> None:
    text = "Peskov said that Ukraine needs to accept the new realities."
    assert [(e.type, e.modality) for e in coded_events(text) if e.type == "REQUEST"] == [
        ("REQUEST", "asserted")
    ]


@pytest.mark.needs_model
def test_a_name_and_its_pronoun_read_as_one_entity(pipeline: Pipeline) -> None:
    # "Clinton" alone resolves to another id than "Hillary Clinton", whose entity "her" is
    # of: her own vote judged a mistake is no accusation of herself
    text = (
        "Hillary Clinton spoke at the forum on Monday. "
        "Clinton called her vote for the Iraq War a mistake."
    )
    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert [e.type for e in analysis.events if e.type == "ACCUSE"] == []


@pytest.mark.needs_model
def test_a_relative_clause_after_two_conjuncts_is_said_of_the_last() -> None:
    # the parse hangs "who" on Scholz; Macron was the target of his own praise
    (event,) = [e for e in coded_events("Biden met Scholz and Macron, who later praised the deal.")
                if e.type == "SUPPORT"]  # fmt: skip
    assert event.source is not None
    assert (event.source.text, event.target) == ("Macron", None)


@pytest.mark.needs_model
def test_a_plural_relative_clause_keeps_the_first_conjunct() -> None:
    # "who were": said of both; the clause keeps the noun the parse hangs it on
    text = "Biden met Scholz and Macron, who were praised by the press."
    support = [e for e in coded_events(text) if e.type == "SUPPORT"]
    assert [e.target.text if e.target else None for e in support] == ["Scholz"]
