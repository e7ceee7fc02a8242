"""Tests for events._participants: who an event's target is."""

from __future__ import annotations

import pytest
from tests.events.coded import coded_events

from reportedly.model import Article
from reportedly.pipeline import Pipeline


def _targets(text: str) -> list[tuple[str, str | None]]:
    events = coded_events(text)
    return [(e.type, e.target.text if e.target else None) for e in events]


@pytest.mark.needs_model
def test_the_rival_one_defends_against_is_no_target_of_support() -> None:
    assert _targets("Obama defended his record against ISIS.") == [("SUPPORT", None)]
    assert _targets("The mayor defended his policy against critics.") == [("SUPPORT", None)]


@pytest.mark.needs_model
def test_a_word_of_a_longer_name_is_no_target_by_itself() -> None:
    # "Justice" of "a Justice Department inquiry" was the target, uncoded: the name was cut
    (event,) = coded_events("Putin wants a Justice Department inquiry.")
    assert event.target is not None
    assert (event.target.text, event.target.code) == ("Justice Department", "USA")
    # the source's own department: the phrase as a whole, not its first word
    text = "Hillary Clinton said she wants a Justice Department inquiry."
    (event,) = coded_events(text)
    assert event.target is not None
    assert event.target.code == "USA"
    assert "Justice Department" in event.target.text


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Scholz praised Zelensky and criticized Moscow's policies.", "Moscow"),
        ("Biden thanked Poland and condemned the Kremlin's actions.", "the Kremlin"),
    ],
)
def test_a_conjoined_verb_with_its_own_object_takes_none_of_the_first(
    text: str, target: str
) -> None:
    # the object of the first verb was the second's target: "criticized Zelensky"
    assert [t for kind, t in _targets(text) if kind == "ACCUSE"] == [target]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Erdogan hosted a meeting between Putin and Zelensky.",
        "Belarus hosted several rounds of negotiations between Russia and Ukraine.",
    ],
)
def test_the_parties_talks_are_between_are_their_sides(text: str) -> None:
    # the host was the source, and one party the target
    sides = [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in coded_events(text)
        if e.type == "CONSULT"
    ]
    assert sides == [("RUS", "UKR")]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a promise's co-subject promises too: the recipient is in what is promised
        ("Washington and London have pledged to increase military aid to Ukraine.", "Ukraine"),
        # an agreement's co-subject is its other party
        ("Ukraine and Russia agreed to hold talks.", "Russia"),
    ],
)
def test_a_promise_s_co_subject_is_no_recipient(text: str, target: str) -> None:
    assert [t for kind, t in _targets(text) if kind == "AGREE"] == [target]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # "it" in reported words is the state named before it, not the speaker
        ("Ukrainian officials said Russia had violated the ceasefire it declared.", "declared",
         "RUS"),
        ("Austin said: \u201cWe want to see Russia weakened to the degree that it can\u2019t do "
         "the things that it has done in invading Ukraine.\u201d", "invading", "RUS"),
        # the speaker's own "it" is still the speaker
        ("Russia said it would withdraw its troops.", "withdraw", "RUS"),
        # a person named before it is no "it"
        ("The Kremlin said Zelensky had rejected talks and it would continue the offensive.",
         "continue", "RUS"),
    ],
)  # fmt: skip
def test_it_in_reported_words_is_the_state_named_before_it(
    text: str, trigger: str, code: str
) -> None:
    events = [e for e in coded_events(text) if e.trigger.text(text) == trigger]
    codes = [e.source.code if e.source else None for e in events]
    assert codes == [code]


def _sides(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source text, source code) of the events the whole pipeline codes."""
    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    return [(e.type, e.source.text if e.source else None, e.source.code if e.source else None)
            for e in analysis.events]  # fmt: skip


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "side"),
    [
        (  # "its" resolved by the actors stage: the fighters act for the Wagner group
            "The Wagner group claimed its fighters had captured the town of Soledar.",
            ("COERCE", "its fighters", "RUS"),
        ),
        (  # a country's: "its" is the subject before it
            "Ukraine said its troops had shelled Russian positions near Bakhmut.",
            ("ASSAULT", "its troops", "UKR"),
        ),
    ],
)
def test_members_act_for_their_owner(
    pipeline: Pipeline, text: str, side: tuple[str, str, str]
) -> None:
    assert side in _sides(pipeline, text)


@pytest.mark.needs_model
def test_it_in_a_person_s_words_is_not_the_person(pipeline: Pipeline) -> None:
    # "it" is Russia, not the speaker Austin (no code rather than his until session 27, when
    # the state named before a reported "it" became its reading)
    text = (
        "Defense Secretary Lloyd Austin said this week, \u201cWe want to see Russia weakened to "
        "the degree that it can\u2019t do the kinds of things that it has done in invading "
        "Ukraine.\u201d"
    )
    assert [s for s in _sides(pipeline, text) if s[1] == "it"] == [("ASSAULT", "it", "RUS")]
