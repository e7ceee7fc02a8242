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
