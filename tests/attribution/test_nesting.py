"""Which drafts lie inside which (``enclosing``), and which nested statements are their
reporter's own view (``own_view_fragments``)."""

from __future__ import annotations

from dataclasses import replace

from reportedly.attribution._draft import Draft
from reportedly.attribution._nesting import (
    enclosing,
    own_view_fragments,
    quoted_first_person,
    without,
)
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


def _statement(text: str, sid: str, speaker: str, content: str, **kw: object) -> Statement:
    at, start = text.index(speaker), text.index(content)
    return Statement(
        id=sid,
        kind="indirect",
        content=(Span(start, start + len(content)),),
        cue=Span(0, 1),
        speaker=Mention(span=Span(at, at + len(speaker)), text=speaker, label="SPEAKER"),
        **kw,  # type: ignore[arg-type]
    )


def test_a_belief_of_the_reporter_s_own_pronoun_is_no_nested_statement() -> None:
    text = "Legarda said she would expect the EU to keep its sanctions."
    outer = _statement(text, "outer", "Legarda", "she would expect the EU to keep its sanctions")
    inner = _statement(text, "inner", "she", "the EU to keep its sanctions", reported_by="outer")
    assert own_view_fragments(text, (outer, inner), {"inner": "belief"}) == {"inner"}
    # a speech act of the same speaker is a statement of its own ("said he had never said")
    assert own_view_fragments(text, (outer, inner), {"inner": "speech"}) == set()


def test_a_pronoun_resolved_to_another_speaker_stays_nested() -> None:
    text = "Biden said he believes Putin has decided."
    outer = _statement(text, "outer", "Biden", "he believes Putin has decided", speaker_entity="b")
    inner = _statement(
        text, "inner", "he", "Putin has decided", reported_by="outer", speaker_entity="p"
    )
    assert own_view_fragments(text, (outer, inner), {"inner": "belief"}) == set()
    same = replace(inner, speaker_entity="b")
    assert own_view_fragments(text, (outer, same), {"inner": "belief"}) == {"inner"}


def test_an_unresolved_pronoun_deep_in_the_content_or_disagreeing_stays_nested() -> None:
    text = "He said the talks failed because she believes the war is won."
    outer = _statement(text, "outer", "He", "the talks failed because she believes the war is won")
    inner = _statement(text, "inner", "she", "the war is won", reported_by="outer")
    assert own_view_fragments(text, (outer, inner), {"inner": "belief"}) == set()
    # a first-person reporter: the pronoun is someone else ('"I think he feels …," he said'),
    # even where both resolved to the quote's speaker
    text = "I think he feels the war is won."
    outer = _statement(text, "outer", "I", "he feels the war is won", speaker_entity="w")
    inner = _statement(
        text, "inner", "he", "the war is won", reported_by="outer", speaker_entity="w"
    )
    assert own_view_fragments(text, (outer, inner), {"inner": "belief"}) == set()
    # inside the reporter's quote a third person is someone else, whatever it resolved to
    text = '"He does not understand that the war is lost," Wallace said.'
    quote = Span(1, text.index(',"'))
    outer = replace(
        _statement(text, "outer", "Wallace", "He does not understand that the war is lost"),
        quotes=(quote,),
        speaker_entity="w",
    )
    inner = _statement(
        text, "inner", "He", "that the war is lost", reported_by="outer", speaker_entity="w"
    )
    assert own_view_fragments(text, (outer, inner), {"inner": "belief"}) == set()
    # nor in reported words that hold a first person (a quote read as indirect speech)
    text = "Wallace said I think he does not understand that the war is lost."
    outer = _statement(
        text,
        "outer",
        "Wallace",
        "I think he does not understand that the war is lost",
        speaker_entity="w",
    )
    inner = _statement(
        text, "inner", "he", "that the war is lost", reported_by="outer", speaker_entity="w"
    )
    assert own_view_fragments(text, (outer, inner), {"inner": "belief"}) == set()
    text = "He said she believes the war is won."
    outer = _statement(text, "outer", "He", "she believes the war is won")
    inner = _statement(text, "inner", "she", "the war is won", reported_by="outer")
    assert own_view_fragments(text, (outer, inner), {"inner": "belief"}) == set()


def _cued(text: str, sid: str, speaker: str, cue: str, content: str) -> Statement:
    s = _statement(text, sid, speaker, content)
    at = text.index(cue)
    return replace(s, cue=Span(at, at + len(cue)))


def test_a_first_person_cue_inside_a_quote_nobody_frames_is_the_quote_s_own_clause() -> None:
    # a declaration printed in full in quote marks: its "We condemn" and "we call on" are
    # its authors' clauses, not statements by "We"
    text = (
        "The forum's members issued a joint statement.\n\n"
        "\u201cA year ago we met in Kyiv.\n\n"
        "We condemn the shelling of the port.\n\n"
        "Recalling the resolution, we call on Russia to withdraw its troops.\u201d\n\n"
        "We condemn the attack, the mayor's office wrote."
    )
    inside = _cued(text, "inside", "We", "condemn", "the shelling of the port")
    call = _cued(text, "call", "we", "call on", "Russia to withdraw its troops")
    outside = _cued(text, "outside", "We", "condemn the attack", "the attack")
    outside = replace(outside, cue=Span(text.rindex("condemn"), text.rindex("condemn") + 7))
    assert quoted_first_person(text, (inside, call, outside)) == {"inside", "call"}
    # reported inside another statement, it is own_clause_fragments' to judge
    nested = replace(inside, reported_by="call")
    assert quoted_first_person(text, (nested,)) == set()


def test_without_reattaches_what_a_dropped_statement_reported() -> None:
    def statement(id_: str, reported_by: str | None) -> Statement:
        return Statement(id=id_, kind="indirect", content=(Span(0, 1),), reported_by=reported_by)

    kept = without(
        [statement("a", None), statement("b", "a"), statement("c", "b"), statement("d", "c")],
        {"b", "c"},
    )
    assert [(s.id, s.reported_by) for s in kept] == [("a", None), ("d", "a")]
