"""Which statements lie inside which: the nesting of drafts of any language, and the nested
statements that are only their reporter's own clause."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

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
