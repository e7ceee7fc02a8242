"""The learned span model's spans cut to the rules' conventions: an infinitive's "to", quote
marks, one paragraph, what was said apart from when, a writer's trailing aside, a cue's last
word."""

from __future__ import annotations

import pytest
from tests.attribution.learned_drafts import MODEL, spans_of

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.model_spans import (
    infinitive_marker,
    one_paragraph,
    strip_marks,
    trim_cue,
)
from reportedly.model import Span
from reportedly.nlp import annotate


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "want_cue", "want_content"),
    [
        # the model read "to" into the cue: it goes with its verb (PolNeAR's convention)
        (
            "The center plans to release its analysis next week.",
            "plans to",
            "release its analysis next week",
            "plans",
            "to release its analysis next week",
        ),
        # the model left "to" out of both
        (
            "The leaders vowed to stave off the worst effects.",
            "vowed",
            "stave off the worst effects",
            "vowed",
            "to stave off the worst effects",
        ),
        # a preposition "to" stays in the cue
        (
            "Davis talks to DuVernay about the issue.",
            "talks to",
            "DuVernay about the issue",
            "talks to",
            "DuVernay about the issue",
        ),
    ],
)
def test_infinitive_marker_goes_with_the_content(
    text: str, cue: str, content: str, want_cue: str, want_content: str
) -> None:
    parse = Parse(annotate(text, model=MODEL))
    [cue_span, content_span] = spans_of(text, cue, content)
    parts, moved = infinitive_marker(parse, [content_span], cue_span)
    assert moved is not None
    assert (moved.text(text), [p.text(text) for p in parts]) == (want_cue, [want_content])


def test_strip_marks_gives_the_rules_content_convention() -> None:
    text = 'He said: "We will win."'
    assert strip_marks(text, Span(9, 23)).text(text) == "We will win"


def test_a_content_across_a_line_break_keeps_the_line_nearest_its_cue() -> None:
    text = "Headline about talks\nThe minister said talks are over"
    span = Span(0, len(text))
    cue = Span(text.index("said"), text.index("said") + 4)
    assert one_paragraph(text, span, cue).text(text) == "The minister said talks are over"
    assert one_paragraph(text, Span(0, 20), cue) == Span(0, 20)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "parts", "said"),
    [
        # a clause telling when the words were said is not what was said
        (
            "Peace can be achieved within days, Lukashenko said as he accepted credentials.",
            "said",
            ["Peace can be achieved within days", "he accepted credentials"],
            ["Peace can be achieved within days"],
        ),
        # wherever the parser hangs it (here on "learned")
        (
            "MINSK, 30 September (BelTA) – Peace in Ukraine can be achieved within several "
            "days, Belarusian President Aleksandr Lukashenko said as he accepted credentials of "
            "ambassadors in Minsk on 30 September, BelTA has learned.",
            "said",
            [
                "Peace in Ukraine can be achieved within several days",
                "he accepted credentials of ambassadors in Minsk on 30 September",
            ],
            ["Peace in Ukraine can be achieved within several days"],
        ),
        # nor a phrase inside a prepositional phrase of the cue
        (
            "Biden informed in a statement in which he praised the army that aid would come.",
            "informed",
            ["he praised the army", "that aid would come"],
            ["that aid would come"],
        ),
        # a content following its cue does not reach back into the sentence before
        (
            "He treated history as his own. Biden conveyed that support is mere politics.",
            "conveyed",
            ["He treated history as his own", "that support is mere politics"],
            ["that support is mere politics"],
        ),
        # a fronted content may run over sentences before its cue
        (
            "We do not want war. We will defend ourselves, Lavrov said.",
            "said",
            ["We do not want war.", "We will defend ourselves"],
            ["We do not want war.", "We will defend ourselves"],
        ),
        # a part of function words or a pronoun says nothing
        (
            "Their goal is Kiev, the president said.",
            "said",
            ["Their goal is Kiev", "the"],
            ["Their goal is Kiev"],
        ),
        # the cue's subject before it says who, not what (PolNeAR dev: "C2I plans to …")
        (
            "The company plans to reforest a million acres in the valley.",
            "plans",
            ["The company", "to reforest a million acres in the valley"],
            ["to reforest a million acres in the valley"],
        ),
        # a raising cue's subject is part of what is claimed
        (
            "The veto is expected to come before the deadline at midnight.",
            "is expected",
            ["The veto", "to come before the deadline at midnight"],
            ["The veto", "to come before the deadline at midnight"],
        ),
        # a quote right after the frame carries on the quote before it (the gold guide)
        (
            '"The bridge will reopen," she said. "Trains will follow in May."',
            "said",
            ["The bridge will reopen", "Trains will follow in May."],
            ["The bridge will reopen", "Trains will follow in May."],
        ),
        # not past a line break, nor after a content that is no quote
        (
            '"The bridge will reopen," she said.\n\n"Trains will follow in May."',
            "said",
            ["The bridge will reopen", "Trains will follow in May."],
            ["The bridge will reopen"],
        ),
        (
            'The bridge will reopen, she said. "Trains will follow in May."',
            "said",
            ["The bridge will reopen", "Trains will follow in May."],
            ["The bridge will reopen"],
        ),
    ],
)
def test_said_parts_keep_what_was_said(
    text: str, cue: str, parts: list[str], said: list[str]
) -> None:
    from reportedly.attribution.model_spans import said_parts

    parse = Parse(annotate(text, model=MODEL))
    [cue_span] = spans_of(text, cue)
    kept = said_parts(parse, spans_of(text, *parts), cue_span, text)
    assert [k.text(text) for k in kept] == said


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (
            "he needed them for protection from aggression - a false threat he often uses",
            "he needed them for protection from aggression",
        ),
        (
            'the talks were only a "smoke veil" (more in the material: Putin rejected it',
            'the talks were only a "smoke veil"',
        ),
        (
            "Serbia can introduce - under certain conditions - sanctions against Russia",
            "Serbia can introduce - under certain conditions - sanctions against Russia",
        ),
        (
            "the sanctions (on oil and gas) will follow",
            "the sanctions (on oil and gas) will follow",
        ),
    ],
)
def test_a_reported_content_ends_before_a_trailing_aside_of_the_writer(
    words: str, kept: str
) -> None:
    from reportedly.attribution._tidy import _cut_asides

    text = f"He said {words}."
    draft = Draft(kind="indirect", content=[Span(8, 8 + len(words))])
    _cut_asides(text, draft)
    assert draft.content[0].text(text) == kept


@pytest.mark.parametrize(
    ("text", "span", "cue"),
    [
        ('"We will keep helping," Biden repeated last week.', "repeated last", "repeated"),
        ("The minister told reporters on Monday that talks were over.", "told reporters",
         "told reporters"),
        ("According to the ministry, talks are over.", "According to", "According to"),
        ("She pointed out that talks were over.", "pointed out", "pointed out"),
    ],
)  # fmt: skip
def test_a_model_cue_ends_before_a_word_of_the_phrase_after_it(
    text: str, span: str, cue: str
) -> None:
    parse = Parse(annotate(text, model=MODEL))
    at = text.index(span)
    assert trim_cue(parse, Span(at, at + len(span))).text(text) == cue
