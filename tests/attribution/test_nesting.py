"""Which drafts lie inside which (``enclosing``)."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._nesting import enclosing, first_person_in_quotes
from reportedly.attribution._quote_marks import find_quotes
from reportedly.model import Mention, Span, Statement


def _draft(*parts: tuple[int, int]) -> Draft:
    return Draft(kind="indirect", content=[Span(a, b) for a, b in parts])


def test_outer_drafts_innermost_first() -> None:
    outer, middle, inner = _draft((0, 100)), _draft((10, 60)), _draft((20, 30))
    assert enclosing([outer, middle, inner]) == [[], [0], [1, 0]]


def test_a_draft_inside_the_extent_but_between_parts_is_not_nested() -> None:
    split, between = _draft((0, 10), (50, 60)), _draft((20, 30))
    assert enclosing([split, between]) == [[], []]
    # inside one part it is
    assert enclosing([split, _draft((52, 58))]) == [[], [0]]


def test_the_same_extent_twice_is_not_nested() -> None:
    assert enclosing([_draft((0, 10)), _draft((0, 10))]) == [[], []]


def _said(text: str, speaker: str, cue: str, content: str) -> Statement:
    at, c, w = text.index(speaker), text.index(cue), text.index(content)
    return Statement(
        id=f"{speaker}-{cue}",
        kind="indirect",
        content=(Span(w, w + len(content)),),
        cue=Span(c, c + len(cue)),
        speaker=Mention(span=Span(at, at + len(speaker)), text=speaker, label="SPEAKER"),
    )


def test_a_first_person_statement_inside_a_quote_is_the_quoted_speaker_s_own_voice() -> None:
    text = "Show humility. \"I've learned that I can't be so passionate. I love to wave my arms.\""
    learned = _said(text, "I", "learned", "that I can't be so passionate")
    assert first_person_in_quotes(text, [learned], find_quotes(text)) == {learned.id}
    # outside quote marks the writer's "I" says it
    plain = text.replace('"', "")
    writer = _said(plain, "I", "learned", "that I")
    assert first_person_in_quotes(plain, [writer], find_quotes(plain)) == set()
    # a named speaker inside a quote is left to the nesting
    named = 'He said: "Smith told me that it was over."'
    told = _said(named, "Smith", "told", "that it was over")
    assert first_person_in_quotes(named, [told], find_quotes(named)) == set()
    # a quote that is all the statement ("'I Think She Will.'" of a headline) is its only reading
    headline = "Gillibrand on Hillary: 'I Think She Will.'"
    think = _said(headline, "I", "Think", "She Will.")
    assert first_person_in_quotes(headline, [think], find_quotes(headline)) == set()
