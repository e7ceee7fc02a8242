"""Which statements lie inside which: the nesting of drafts of any language, and the nested
statements that are only their reporter's own clause."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reportedly.attribution._quote_marks import Quote
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


def first_person_in_quotes(
    text: str, statements: Sequence[Statement], quotes: Sequence[Quote]
) -> set[str]:
    """Ids of statements of the article's own (not nested) whose first-person speaker and cue
    stand inside quoted words that run on past them ('"I've learned that I can't be so
    passionate. I love to …"' in a quote with no frame, or one whose nesting was missed): a
    clause of the quoted speaker's own voice, as :func:`own_clause_fragments` reads a nested
    one, not a statement by "I" or "we". A statement that is all of its quote ("‘I Think She
    Will.’" of a headline) is the only reading of those words and stays."""
    dropped: set[str] = set()
    for s in statements:
        if s.reported_by is not None or s.speaker is None or s.cue is None:
            continue
        if s.speaker.text.lower() not in FIRST_PERSON:
            continue
        spans = [s.speaker.span, s.cue, *s.content]
        lo, hi = min(x.start for x in spans), max(x.end for x in spans)
        for q in quotes:
            inner = q.inner
            if not (inner.contains(s.speaker.span) and inner.contains(s.cue)):
                continue
            rest = text[inner.start : lo] + text[hi : inner.end]
            if any(ch.isalnum() for ch in rest):
                dropped.add(s.id)
    return dropped
