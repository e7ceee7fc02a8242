"""Tests for evaluations: a statement's negative words about a named actor
(events/evaluation.py)."""

from __future__ import annotations

import pytest
from tests.events.coded import LEXICON, coded_events


def _accused(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(trigger, source, target, rule) of each ACCUSE the evaluation rule codes."""
    return [
        (
            e.trigger.text(text),
            e.source.text if e.source else None,
            e.target.text if e.target else None,
            e.rule,
        )
        for e in coded_events(text)
        if e.rule.startswith("evaluation:")
    ]


def test_evaluation_words_are_data_and_open_the_sentence_filter() -> None:
    stance = LEXICON.stance
    assert {"hateful", "lie", "criminal", "false"} <= stance.evaluative
    assert "despicable" in stance.evaluative  # a single-word `accuse` cue counts too
    assert "prepare" not in stance.evaluative  # `allege` cues do not
    assert "lie" not in stance.evaluative_verbs  # "lies with Russia" is no lie
    assert "blackmail" in stance.evaluative_verbs
    assert {"spread", "launch", "wage"} <= stance.doing_verbs
    assert "annexation" in stance.of_victims
    assert "accusation" in stance.evaluation_blockers
    assert "any" in stance.hedges
    assert "refer" in stance.referring_verbs
    assert {"hateful", "lie"} <= stance.first_lemmas


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the evaluated noun's "of" agent
        (
            "Kuleba said the hateful rhetoric of the Kremlin had to stop.",
            ("hateful", "Kuleba", "the Kremlin", "evaluation:hateful"),
        ),
        # the subject of a doing verb whose object the noun is
        (
            "Zelensky said Moscow spreads lies about Ukraine.",
            ("lies", "Zelensky", "Moscow", "evaluation:lie"),
        ),
        (
            "Biden said Putin is waging a brutal war.",
            ("brutal", "Biden", "Putin", "evaluation:brutal"),
        ),
        # the possessor
        (
            '"The Kremlin\'s lies must stop," Zelensky said.',
            ("lies", "Zelensky", "The Kremlin", "evaluation:lie"),
        ),
        # an aside on the speech verb names whom a doer-less word is about
        (
            '"We were immediately faced with energy blackmail," Zelensky said, '
            "referring to the Kremlin.",
            ("blackmail", "Zelensky", "the Kremlin", "evaluation:blackmail"),
        ),
        # ... and only there: the parse's doer comes first
        (
            '"Germany\'s lies must stop," Zelensky said, referring to the Kremlin.',
            ("lies", "Zelensky", "Germany", "evaluation:lie"),
        ),
    ],
)
def test_a_negative_word_said_of_a_named_actor_is_the_speakers_accuse(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _accused(text) == [expected]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        # the "of" of an act done to someone names the victim; no doer is named
        "Zelensky said the illegal annexation of Crimea must be reversed.",
        # someone else's charge, not the speaker's word
        "Peskov said the accusations of Russian crimes were baseless.",
        # a word's other sense
        "Zelensky said the responsibility lies with Russia.",
        # an act not named as done
        "Biden said NATO stands ready for any illegal act by Moscow.",
        # negated, questioned
        '"Germany is not a criminal state," Zelensky said.',
        '"Is Russia a criminal state?" Zelensky asked.',
        # the speaker's own side
        '"Our enemies\' lies must stop," Zelensky said.',
        # a term of law, not a judgement
        "Trump said the criminal investigation by the FBI was a witch hunt.",
        # an aside on the speech verb is the writer's, not what is said
        "Zelensky said, reproducing the Kremlin's false narrative.",
        # no speaker the evaluation is said by
        "The Kremlin's lies must stop.",
    ],
)
def test_no_evaluation_without_a_doer_the_speaker_judges(text: str) -> None:
    assert _accused(text) == []


def test_charging_verbs_and_their_objects_are_data() -> None:
    stance = LEXICON.stance
    assert {"fuel", "unleash", "provoke"} <= stance.charging_verbs
    assert {"war", "conflict", "violence"} <= stance.charged_objects
    assert "fuel" in stance.first_lemmas
    assert "war" not in stance.evaluative  # a war named alone judges no one


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peskov said Washington was fuelling the war in Ukraine.",
         [("war", "Peskov", "Washington", "evaluation:war")]),
        ("Lukashenko said that NATO is trying to provoke a war.",
         [("war", "Lukashenko", "NATO", "evaluation:war")]),
        ("Zelensky said Russia's war of aggression must end.",
         [("aggression", "Zelensky", "Russia", "evaluation:aggression")]),
    ],
)  # fmt: skip
def test_a_war_charged_to_an_actor_or_whose_war_of_aggression_it_is(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _accused(text) == expected


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Peskov said Washington was not fuelling the war.",
        "Officials said high prices could fuel unrest.",
        "Lukashenko said that NATO might try to provoke a war.",
        "Zelensky said that Moscow could be stoking the violence.",
        "Peskov said the war was fuelled by high prices.",
        "The war is fuelling inflation in Europe, the IMF said.",
    ],
)
def test_no_charge_when_negated_hedged_or_with_no_actor(text: str) -> None:
    assert _accused(text) == []
