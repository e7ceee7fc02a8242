"""Which statements lie inside which: the nesting of drafts of any language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reportedly.model import Span


class Nestable(Protocol):
    """A draft statement: the span it covers and its content parts."""

    @property
    def extent(self) -> Span: ...

    @property
    def content(self) -> Sequence[Span]: ...


def enclosing(drafts: Sequence[Nestable]) -> list[list[int]]:
    """For each draft, the positions of the drafts whose content contains it, innermost first."""
    result: list[list[int]] = []
    for draft in drafts:
        extent = draft.extent
        outer = [
            m
            for m, d in enumerate(drafts)
            if d is not draft and d.extent != extent and any(c.contains(extent) for c in d.content)
        ]
        result.append(sorted(outer, key=lambda m: len(drafts[m].extent)))
    return result
