"""Tests for the accusations session 35 found missed: an untrue word said of a claim pointed
at, a pronoun criticised, adverbs of manner, entity adjectives as doers, and failures charged
(events/appraisal.py, stance.py, evaluation.py, failure.py)."""

from __future__ import annotations

import pytest
from tests.events.coded import LEXICON, coded_events


def _accused(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(trigger, source, target, rule) of each ACCUSE coded in ``text``."""
    return [
        (
            e.trigger.text(text),
            e.source.text if e.source else None,
            e.target.text if e.target else None,
            e.rule,
        )
        for e in coded_events(text)
        if e.type == "ACCUSE"
    ]


def test_the_new_words_are_data() -> None:
    stance = LEXICON.stance
    assert {"this", "that", "it"} <= stance.pointers
    assert "assumption" in stance.claim_nouns
    assert {"he", "she", "they"} == stance.people_pronouns
    assert {"illegally", "cynically"} <= stance.evaluative_adverbs
    assert "illegally" in stance.first_lemmas
    assert {"let", "listen", "settle"} <= stance.failure_verbs
    assert "violation" in stance.appraisals
    assert "discourse" in stance.act_nouns


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an untrue word said of a claim pointed at: no one named, so no target
        (
            "Ukraine and the West say this is a baseless pretext for war.",
            ("baseless", "Ukraine", None, "appraisal:baseless"),
        ),
        (
            "The minister said these claims are false.",
            ("false", "The minister", None, "appraisal:false"),
        ),
        # a criticism cue said of "he": the person the article resolves it to
        (
            "“He is reckless with the Russian state’s resources,” she said.",
            ("reckless", "she", "He", "stance:reckless"),
        ),
        # adverbs of manner judge the verb's doer, a passive's "by" agent included
        (
            "Biden said Russia illegally annexed Crimea.",
            ("illegally", "Biden", "Russia", "evaluation:illegally"),
        ),
        (
            "They were illegally invaded by Putin, Cameron told reporters.",
            ("illegally", "Cameron", "Putin", "evaluation:illegally"),
        ),
        # an entity adjective names whose act a judgement is of
        (
            "Biden said that Russian discourse is dangerous.",
            ("dangerous", "Biden", "Russian", "appraisal:dangerous"),
        ),
        # a named actor's failure told by another
        (
            "But the West did not let Ukraine continue them, the president said.",
            ("let", "the president", "the West", "failure:let"),
        ),
    ],
)
def test_accusations_without_a_verb_of_criticism(
    text: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    assert expected in _accused(text)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        # an "it" that stands for a clause, under a modal: weighed, not said of a claim
        "“It would be simplistic and wrong to say such a thing,” the Pope said.",
        # the speaker is the pronoun
        '"He is reckless," he said.',
        # a negated adverb clause, and an actor that is no one
        "Peskov said Ukraine had not illegally shelled Donetsk.",
        "The ministry said migrants illegally crossed the border.",
        # a failure told of the future, of the speaker's side, or on a rule trigger
        "Biden said the US will not let Russia win.",
        "We did not let them pass, Zelensky said.",
        "Peskov said Russia did not help the separatists.",
    ],
)
def test_no_accusation_where_nothing_is_charged(text: str) -> None:
    assert _accused(text) == []


@pytest.mark.needs_model
def test_a_speech_participle_speaks_for_the_subject_it_hangs_on() -> None:
    text = (
        "Moscow has repeatedly denied it is planning an assault, insisting instead that NATO "
        "support for Ukraine constitutes a growing threat on Russia's western flank."
    )
    assert ("threat", "Moscow", "NATO", "appraisal:threat") in _accused(text)
    text = "Trump spoke for an hour, adding that Clinton's plan is a disaster."
    assert ("disaster", "Trump", "Clinton", "appraisal:disaster") in _accused(text)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shocking statement of the Russian patriarch caused the outrage of Ukraine.",
            ("outrage", "Ukraine", "The shocking statement of the Russian patriarch"),
        ),
        (
            "Orban faced sharp criticism from the European Union.",
            ("criticism", "the European Union", "Orban"),
        ),
        (
            "Trump's remarks drew criticism from Germany.",
            ("criticism", "Germany", "Trump's remarks"),
        ),
    ],
)
def test_a_reaction_reported_is_the_critics_accuse(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert (*expected, f"reaction:{expected[0]}") in _accused(text)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "The plan did not draw criticism from Germany.",  # negated
        "Russia faced criticism in the past.",  # no critic
        "The decision sparked outrage in Kyiv.",  # whose decision, the sentence does not say
    ],
)
def test_no_reaction_without_both_sides_or_when_negated(text: str) -> None:
    assert [a for a in _accused(text) if a[3].startswith("reaction:")] == []
