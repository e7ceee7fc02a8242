"""A reported content's bounds at relative clauses, lists, as-frames and the writer's
appositions and glosses (runs the spaCy English pipeline)."""

from __future__ import annotations

import pytest
from tests.attribution.bounds_settled import MODEL, settled

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.bounds import settle_bounds
from reportedly.model import Span
from reportedly.nlp import annotate

pytestmark = pytest.mark.needs_model


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # the relative clause's rest is what was said; the main clause is the writer's
        (
            "The £500m funding, which officials said would come from Treasury reserves, will "
            "be used to deliver ammunition.",
            "would come from Treasury reserves, will be used to deliver ammunition",
            "would come from Treasury reserves",
        ),
        # a cue heading no relative clause keeps its whole content
        (
            "Officials said the funding would come from Treasury reserves and be used soon.",
            "the funding would come from Treasury reserves and be used soon",
            "the funding would come from Treasury reserves and be used soon",
        ),
    ],
)
def test_a_content_stays_inside_the_relative_clause_its_cue_heads(
    text: str, content: str, kept: str
) -> None:
    assert settled(text, content) == kept


def test_a_relative_clause_that_reports_nothing_inside_it_is_no_statement() -> None:
    text = "The plan, which both Russia and Ukraine quickly rejected, was dead on arrival."
    start, cue = text.index("The plan"), text.index("rejected")
    draft = Draft(
        kind="indirect", content=[Span(start, start + len("The plan"))], cue=Span(cue, cue + 8)
    )
    drafts = [draft]
    settle_bounds(text, Parse(annotate(text, model=MODEL)), drafts)
    assert drafts == []


def test_a_relative_clause_the_parse_ends_before_a_mark_keeps_the_content_s_end() -> None:
    text = (
        "The sanctions that the West has assured Russia will face should it opt for a new "
        "round of aggression would turn a blitz into a catastrophe."
    )
    content = "Russia will face should it opt for a new round of aggression"
    start, cue = text.index(content), text.index("assured")
    draft = Draft(
        kind="indirect", content=[Span(start, start + len(content))], cue=Span(cue, cue + 7)
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.content[0].text(text).startswith("Russia will face should it opt")


def test_a_content_runs_on_over_the_rest_of_a_list_it_stopped_inside() -> None:
    text = (
        "Joe Biden announced the stationing of a brigade of 3,000 combat troops in Romania, two "
        "squadrons of F-35 fighters in the UK and two navy destroyers in Spain."
    )
    start, cue = text.index("the stationing"), text.index("announced")
    draft = Draft(
        kind="indirect",
        content=[Span(start, text.index(", two"))],
        cue=Span(cue, cue + len("announced")),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.content[0].text(text).endswith("and two navy destroyers in Spain")


def test_a_content_does_not_run_on_over_the_writer_s_apposition() -> None:
    text = (
        "Cruz is endorsing Donald Trump's presidential campaign, the latest chapter in a rocky "
        "relationship between the two men."
    )
    start, cue = text.index("Donald"), text.index("is endorsing")
    draft = Draft(
        kind="indirect",
        content=[Span(start, text.index(", the latest"))],
        cue=Span(cue, cue + len("is endorsing")),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.content[0].text(text) == "Donald Trump's presidential campaign"


@pytest.mark.parametrize(
    ("text", "cue", "content", "kept"),
    [
        # "As X noted, …" frames the whole main clause, over "but" and dash asides
        (
            "As he noted, the attack is possible, but there is no indication that Moscow has "
            "made a decision.",
            "noted",
            "the attack is possible",
            "the attack is possible, but there is no indication that Moscow has made a decision",
        ),
        (
            "As Professor Louise Fawcett noted recently, the invasion can be seen as a critical "
            "juncture – a historic moment – in the same way as the short 20th century.",
            "noted",
            "the invasion can be seen as a critical juncture",
            "the invasion can be seen as a critical juncture – a historic moment – in the same "
            "way as the short 20th century",
        ),
        # a frame later in the sentence is no "As …" opening
        (
            "The attack is possible, as he noted, but there is no sign of it.",
            "noted",
            "The attack is possible",
            "The attack is possible",
        ),
    ],
)
def test_an_as_frame_opening_a_sentence_reports_its_whole_main_clause(
    text: str, cue: str, content: str, kept: str
) -> None:
    start, at = text.index(content), text.index(cue)
    draft = Draft(
        kind="indirect", content=[Span(start, start + len(content))], cue=Span(at, at + len(cue))
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert " | ".join(p.text(text) for p in draft.content) == kept


def test_a_piece_of_a_content_under_the_same_cue_goes_once_the_content_holds_it() -> None:
    text = (
        "As he noted, the attack is possible, but there is no indication that Moscow has made "
        "a decision."
    )
    at = text.index("noted")
    whole = Draft(
        kind="indirect",
        content=[Span(text.index("the attack"), text.index(", but"))],
        cue=Span(at, at + 5),
    )
    piece = Draft(
        kind="indirect",
        content=[Span(text.index("Moscow"), text.index(" a decision"))],
        cue=Span(at, at + 5),
    )
    drafts = [whole, piece]
    settle_bounds(text, Parse(annotate(text, model=MODEL)), drafts)
    assert drafts == [whole]


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # the writer's note on how it was said is no part of what was said
        (
            "Prigozhin said a huge number of his fighters had been killed, without providing "
            "evidence.",
            "a huge number of his fighters had been killed, without providing evidence",
            "a huge number of his fighters had been killed",
        ),
        (
            "Kahl said the US had sent a number of the missiles without specifying how many.",
            "the US had sent a number of the missiles without specifying how many",
            "the US had sent a number of the missiles",
        ),
        # a "without" of the content's own stays: another verb, or one with a particle
        (
            "The minister said the army crossed the river without firing a shot.",
            "the army crossed the river without firing a shot",
            "the army crossed the river without firing a shot",
        ),
        (
            "Kuleba said Ukraine would win without giving up any territory.",
            "Ukraine would win without giving up any territory",
            "Ukraine would win without giving up any territory",
        ),
    ],
)
def test_a_content_ends_before_the_writer_s_without_providing_evidence(
    text: str, content: str, kept: str
) -> None:
    assert settled(text, content) == kept


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # the writer's gloss after a dash is no part of what was said
        (
            'The ministry said its aim was the "demilitarisation of the coast" - broadly '
            "referring to the ports of Odesa and Mykolaiv.",
            'its aim was the "demilitarisation of the coast" - broadly referring to the ports '
            "of Odesa and Mykolaiv",
            'its aim was the "demilitarisation of the coast"',
        ),
        (
            'The leaders said they would resist "foreign meddling" – a reference to the '
            "protests of last spring.",
            'they would resist "foreign meddling" – a reference to the protests of last spring',
            'they would resist "foreign meddling"',
        ),
        # a dash inside the quoted words is the speaker's own
        (
            'The minister said the plan was "a step - a reference to the treaty of 1994 - '
            'that we welcome".',
            'the plan was "a step - a reference to the treaty of 1994 - that we welcome"',
            'the plan was "a step - a reference to the treaty of 1994 - that we welcome"',
        ),
    ],
)
def test_a_content_ends_before_the_writer_s_gloss_after_a_dash(
    text: str, content: str, kept: str
) -> None:
    assert settled(text, content) == kept


@pytest.mark.parametrize(
    ("text", "cue", "content", "whole"),
    [
        # what the speaker sees the object as is the content, over an aside in dashes
        (
            "The Kremlin sees the new aid for the army – in tanks, shells and training – as "
            "a threat to its own borders.",
            "sees",
            "the new aid for the army – in tanks, shells and training",
            "the new aid for the army – in tanks, shells and training – as a threat to its own "
            "borders",
        ),
        (
            "The minister described the new tariffs as an act of trade war.",
            "described",
            "the new tariffs",
            "the new tariffs as an act of trade war",
        ),
        # "as" opening a clause of the writer's after a clause content stays out
        (
            "The minister said the talks had stalled as fighting raged in the east.",
            "said",
            "the talks had stalled",
            "the talks had stalled",
        ),
    ],
)
def test_a_content_that_is_the_cue_s_object_runs_on_over_its_as_phrase(
    text: str, cue: str, content: str, whole: str
) -> None:
    start, at = text.index(content), text.index(cue)
    draft = Draft(
        kind="indirect", content=[Span(start, start + len(content))], cue=Span(at, at + len(cue))
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert " | ".join(p.text(text) for p in draft.content) == whole
