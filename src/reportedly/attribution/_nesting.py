"""Which statements lie inside which: the nesting of drafts of any language, and the nested
statements that are only their reporter's own clause."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from reportedly.attribution._quote_marks import find_quotes
from reportedly.model import Span, Statement


class Nestable(Protocol):
    """A draft statement: the span it covers and its content parts."""

    @property
    def extent(self) -> Span: ...

    @property
    def content(self) -> Sequence[Span]: ...


def enclosing(drafts: Sequence[Nestable]) -> list[list[int]]:
    """For each draft, the positions of the drafts whose content contains it, innermost first."""
    # each extent once: a draft's extent is computed from its parts at every call
    extents = [d.extent for d in drafts]
    result: list[list[int]] = []
    for draft, extent in zip(drafts, extents, strict=True):
        outer = [
            m
            for m, d in enumerate(drafts)
            if d is not draft
            and extents[m].contains(extent)
            and extents[m] != extent
            and any(c.contains(extent) for c in d.content)
        ]
        result.append(sorted(outer, key=lambda m: len(extents[m])))
    return result


# a first person left in reported words is the speaker's own (see own_clause_fragments)
FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def own_clause_fragments(statements: Sequence[Statement]) -> set[str]:
    """Ids of nested statements that are their reporter's own clause: cued inside a quote of
    the statement reporting them by that statement's own speaker ('"We do not believe
    conflict is inevitable," Kirby said': Kirby's words, not a separate statement by "we"),
    or by "I"/"we" anywhere in its words (a first person left in reported words is the
    speaker's own: "- But I do not rule out that … - said Lavrov")."""
    by_id = {s.id: s for s in statements}
    fragments: set[str] = set()
    for s in statements:
        outer = by_id.get(s.reported_by or "")
        if outer is None or s.cue is None:
            continue
        cue = s.cue
        first_person = s.speaker is not None and s.speaker.text.lower() in FIRST_PERSON
        same = s.speaker_entity is not None and s.speaker_entity == outer.speaker_entity
        own_words = first_person and any(c.contains(cue) for c in outer.content)
        if own_words or (same and any(q.contains(cue) for q in outer.quotes)):
            fragments.add(s.id)
    return fragments


def quoted_first_person(text: str, statements: Sequence[Statement]) -> set[str]:
    """Ids of statements reported by nobody whose first-person cue stands inside quote marks:
    the quoted speaker's own clauses, whoever the quote is by (a declaration printed in
    full, '"… We condemn … . We call on Russia to …"'), never statements of their own. A
    first person nested in a found quote is :func:`own_clause_fragments`'."""
    quotes = [q.inner for q in find_quotes(text)]
    return {
        s.id
        for s in statements
        if s.reported_by is None
        and s.cue is not None
        and s.speaker is not None
        and s.speaker.text.lower() in FIRST_PERSON
        and any(q.contains(s.cue) for q in quotes)
    }


# third-person pronouns (personal and possessive), each with the ones that agree with it
_THIRD_PERSON = {
    **dict.fromkeys(("he", "him", "his"), "he"),
    **dict.fromkeys(("she", "her", "hers"), "she"),
    **dict.fromkeys(("it", "its"), "it"),
    **dict.fromkeys(("they", "them", "their"), "they"),
}
# a first person before a pronoun in reported words: the words are the speaker's own
_FIRST_WORDS = re.compile(r"\b(?:I|[Ww]e|me|us)\b")
# what may stand between a reported content's start and its subject
_CONTENT_OPENERS = frozenset({"", "that"})


def own_view_fragments(
    text: str, statements: Sequence[Statement], acts: Mapping[str, str]
) -> set[str]:
    """Ids of nested beliefs and intents whose speaker is a third-person pronoun standing for
    the speaker reporting them: "the company said it expects spending to rise", "Legarda
    said she would expect the EU to …", "he has emphasized his view that …" are one
    statement each (docs/gold-guide.md: the speaker's own clause is not nested). The pronoun
    stands for the reporter when it resolves to the same speaker, or, where either is
    unresolved, when it opens the reported words and agrees with a pronoun reporter. A speech
    act stays: "Peskov said he had never said that …" reports a denial of another statement."""
    by_id = {s.id: s for s in statements}
    fragments: set[str] = set()
    for s in statements:
        outer = by_id.get(s.reported_by or "")
        if outer is None or s.speaker is None or acts.get(s.id) == "speech":
            continue
        person = _THIRD_PERSON.get(s.speaker.text.lower())
        if person is None or outer.speaker is None:
            continue
        # in a speaker's own words a third person is someone else ('"I think he feels that
        # …," he said'), whatever the pronoun resolved to
        before = text[outer.extent.start : s.speaker.span.start]
        if any(q.contains(s.speaker.span) for q in outer.quotes) or _FIRST_WORDS.search(before):
            continue
        if outer.speaker.text.lower() in FIRST_PERSON | {"you"}:
            continue
        if s.speaker_entity is not None and s.speaker_entity == outer.speaker_entity:
            fragments.add(s.id)
            continue
        if None not in (s.speaker_entity, outer.speaker_entity):
            continue  # resolved to someone else
        reporter = _THIRD_PERSON.get(outer.speaker.text.lower(), person)
        first = outer.content[0]
        before = text[first.start : s.speaker.span.start].strip().lower()
        if reporter == person and first.contains(s.speaker.span) and before in _CONTENT_OPENERS:
            fragments.add(s.id)
    return fragments


def without(statements: Sequence[Statement], dropped: set[str]) -> list[Statement]:
    """``statements`` less those whose id is in ``dropped``; a statement reported inside a
    dropped one is re-attached to the dropped one's own reporter."""
    parent = {s.id: s.reported_by for s in statements}
    result: list[Statement] = []
    for s in statements:
        if s.id in dropped:
            continue
        reported_by = s.reported_by
        while reported_by in dropped:
            reported_by = parent[reported_by]
        result.append(s if reported_by == s.reported_by else replace(s, reported_by=reported_by))
    return result
