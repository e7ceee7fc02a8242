"""Navigation over a plain :class:`Annotation`'s tokens, shared by the stages that read parses:
children, the token at an offset, the tokens inside a span, subtrees."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from reportedly.model import Annotation, Span, Token


class TokenIndex:
    """Index over an annotation's tokens for dependency-tree navigation."""

    def __init__(self, annotation: Annotation) -> None:
        self.annotation = annotation
        self.tokens: tuple[Token, ...] = annotation.tokens
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i and 0 <= t.head < len(self.tokens):
                self.children[t.head].append(t.i)
        self._starts = [t.start for t in self.tokens]

    def __len__(self) -> int:
        return len(self.tokens)

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering character ``offset``, or the next one."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0:
            return 0 if self.tokens else None
        if self.tokens[k].end <= offset:
            k += 1
        return k if k < len(self.tokens) else None

    def tokens_in(self, span: Span) -> range:
        """Indexes of the tokens lying wholly inside ``span``."""
        lo = bisect.bisect_left(self._starts, span.start)
        hi = lo
        while hi < len(self.tokens) and self.tokens[hi].end <= span.end:
            hi += 1
        return range(lo, hi)

    def subtree(self, i: int, *, exclude: Iterable[str] = ()) -> tuple[int, int]:
        """First and last token index of the subtree of ``i``, leaving out ``exclude`` deps."""
        skip = set(exclude)
        lo = hi = i
        stack = [i]
        while stack:
            j = stack.pop()
            lo, hi = min(lo, j), max(hi, j)
            stack.extend(c for c in self.children[j] if self.tokens[c].dep not in skip)
        return lo, hi

    def span(self, lo: int, hi: int) -> Span:
        """Character span from token ``lo`` to token ``hi`` inclusive."""
        return Span(self.tokens[lo].start, self.tokens[hi].end)
