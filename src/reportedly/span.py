"""Character spans and content ids: what every record in :mod:`reportedly.model` is built on.

Import them from :mod:`reportedly.model`; they live here so the event records can use them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


def content_hash(*parts: str) -> str:
    """Return a short stable hex id for ``parts`` (sha256, first 16 hex digits)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def text(self, source: str) -> str:
        """Return the characters of ``source`` this span covers."""
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end
