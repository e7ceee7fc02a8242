"""Tests for events.stance: ACCUSE and THREATEN read off what a statement says."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.events.coded import LEXICON, coded_events

from reportedly.errors import ConfigError
from reportedly.events.model import Event
from reportedly.events.stance_lexicon import StanceLexicon
from reportedly.model import Mention, Span, Statement


def test_stance_lexicon_loads_both_groups() -> None:
    stance = LEXICON.stance
    types = {c.type for c in stance.cues}
    assert types == {"ACCUSE", "THREATEN"}
    assert ("war", "crime") in {c.lemmas for c in stance.cues}
    # longest first, so "face serious consequence" wins over shorter cues
    assert len(stance.cues[0].lemmas) >= len(stance.cues[-1].lemmas)
    assert "condemn" in stance.cue_verbs
    assert "reckless" in stance.first_lemmas


def test_stance_lexicon_names_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "stance.yaml"
    broken.write_text("accuse: {cues: [reckless]}\nthreaten: {cues: [3]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"stance\.yaml: threaten: cue 3"):
        StanceLexicon.load(broken)
    broken.write_text("accuse: [reckless]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'accuse' needs a list of cues"):
        StanceLexicon.load(broken)
    with pytest.raises(ConfigError, match="cannot read"):
        StanceLexicon.load(tmp_path / "missing.yaml")


def _stance(events: tuple[Event, ...]) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (
            e.type,
            e.source.code if e.source else None,
            e.target.text if e.target else None,
            e.modality,
        )
        for e in events
        if e.rule.startswith("stance:")
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # implicit criticism of a named actor in a speaker's clause
        (
            "Zakharova said that Britain's policy was reckless and hypocritical.",
            [("ACCUSE", "RUS", "Britain", "asserted")],
        ),
        # a warning of repercussions to the actor named in its condition
        (
            "Biden said that Russia would face severe consequences if it invaded Ukraine.",
            [("THREATEN", "USA", "Russia", "asserted")],
        ),
        (
            "If the West supplies long-range missiles, Russia will respond accordingly, "
            "Peskov said.",
            [("THREATEN", "RUS", "the West", "asserted")],
        ),
        # negated: nothing is said against anyone
        ("Zakharova said that Britain's policy was not reckless.", []),
        # the actor a cue is directed at is its victim, not the one criticised
        ("Macron said that the aggression against Ukraine must stop.", []),
        # a cue buried in a modifier is not what the statement asserts
        (
            "Levits said that visas should be withdrawn from people who support Russian "
            "aggression.",
            [],
        ),
        # consequences for someone are no warning to them
        (
            "Truss said that a war would have severe consequences for the people of Russia.",
            [],
        ),
        # the writer's own comment: no speaker, no event
        ("Britain's policy was reckless.", []),
        # the speaker's own state is not the target of its warning
        ("Peskov said that Russia will respond accordingly.", []),
    ],
)
def test_stance_codes_what_a_statement_says(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _stance(coded_events(text)) == expected


@pytest.mark.needs_model
def test_stance_takes_the_attributed_statement_s_speaker() -> None:
    text = "Britain's policy is reckless."
    statement = Statement(
        id="s1",
        kind="direct",
        content=(Span(0, len(text) - 1),),
        speaker=Mention(span=Span(0, 0), text="Peskov", label="PERSON"),
    )
    (event,) = [e for e in coded_events(text, (statement,)) if e.rule.startswith("stance:")]
    assert (event.type, event.statement, event.rule) == ("ACCUSE", "s1", "stance:reckless")
    assert event.source is not None
    assert (event.source.text, event.source.code) == ("Peskov", "RUS")
    assert event.target is not None
    assert (event.target.text, event.target.code) == ("Britain", "GBR")
    assert event.trigger.text(text) == "reckless"


@pytest.mark.needs_model
def test_stance_codes_nothing_from_a_negated_statement() -> None:
    text = "Britain's policy is reckless."
    statement = Statement(
        id="s1",
        kind="indirect",
        content=(Span(0, len(text) - 1),),
        speaker=Mention(span=Span(0, 0), text="Peskov", label="PERSON"),
        negated=True,
    )
    assert _stance(coded_events(text, (statement,))) == []


@pytest.mark.needs_model
def test_stance_adds_nothing_where_the_rules_coded_the_type() -> None:
    events = coded_events("Kuleba condemned Russia's reckless aggression.")
    assert [e.type for e in events if e.counts] == ["ACCUSE"]
    assert _stance(events) == []


@pytest.mark.needs_model
def test_stance_reads_a_critical_cue_verb_against_the_actor_its_content_names() -> None:
    text = '"Russia has broken every promise," slammed Borrell.'
    cue = text.index("slammed")
    statement = Statement(
        id="s1",
        kind="direct",
        content=(Span(1, text.index(",")),),
        cue=Span(cue, cue + len("slammed")),
        speaker=Mention(span=Span(cue + 8, cue + 15), text="Borrell", label="PERSON"),
    )
    (event,) = [e for e in coded_events(text, (statement,)) if e.counts]
    assert (event.type, event.rule, event.statement) == ("ACCUSE", "stance:slam", "s1")
    assert event.source is not None
    assert event.source.text == "Borrell"
    assert event.target is not None
    assert (event.target.text, event.target.code) == ("Russia", "RUS")


@pytest.mark.needs_model
def test_an_alleged_attack_s_pronoun_doer_is_the_named_state_before_it() -> None:
    text = "Russia moved troops to the border, and Britain warned that it was preparing an attack."
    accused = [
        (e.source.code if e.source else None, e.target.code if e.target else None, e.mode)
        for e in coded_events(text)
        if e.type == "ACCUSE"
    ]
    assert accused == [("GBR", "RUS", "allege")]
    denied = (
        "Russia moved troops to the border, and Britain did not say it was preparing an attack."
    )
    assert [e for e in coded_events(denied) if e.type == "ACCUSE" and e.counts] == []


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky said Russia is responsible for the strike on the dam.", [("UKR", "RUS")]),
        ("Russia is to blame for the blackout, Zelensky said.", [("UKR", "RUS")]),
        ("Zelensky said he holds Russia responsible for the attack.", [("UKR", "RUS")]),
        ("Zelensky said Russia is not responsible for the strike.", []),
        ("Peskov said Washington is responsible for Europe's security.", []),
    ],
)
def test_blame_laid_without_a_verb_of_blaming(text: str, expected: list[tuple[str, str]]) -> None:
    accused = [
        (e.source.code, e.target.code if e.target else None)
        for e in coded_events(text)
        if e.type == "ACCUSE" and e.counts and e.source is not None
    ]
    assert accused == expected
