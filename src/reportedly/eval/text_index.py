"""One document text indexed for scoring: its tokens, quoted regions and normalised spans.

The conventions (tokens, normalisation, kinds) are those of :mod:`reportedly.eval.scoring`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from reportedly.model import Span, StatementKind

_WORD = re.compile(r"\w+")
_QUOTE_OR_BREAK = re.compile('["“”„«»‘’\n]')
_OPENERS = "“„«"
_CLOSERS = "”»"
_BEFORE_OPEN = set(' \t([{—–-/:;"“„«') | {""}


def _quoted_regions(text: str) -> list[Span]:
    """Regions of ``text`` inside quote marks, marks included; reset at each line break.

    A deliberately simple, model-free reading so that gold kinds do not depend on the
    extractor under test: double marks (straight or curly) and guillemets open and close,
    ``‘`` opens a single quote when it starts a word and ``’`` closes it when no letter follows.
    """
    regions: list[Span] = []
    double_start: int | None = None
    single_start: int | None = None

    def close(start: int | None, end: int) -> None:
        if start is not None and end > start:
            regions.append(Span(start, end))

    for match in _QUOTE_OR_BREAK.finditer(text):
        i = match.start()
        ch = text[i]
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == "\n":
            close(double_start, i)
            close(single_start, i)
            double_start = single_start = None
        elif ch == '"':
            if double_start is None:
                double_start = i
            else:
                close(double_start, i + 1)
                double_start = None
        elif ch in _OPENERS:
            if double_start is None:
                double_start = i
        elif ch in _CLOSERS:
            if double_start is not None:
                close(double_start, i + 1)
                double_start = None
            elif before in _BEFORE_OPEN:  # a closing mark used to open, as some outlets do
                double_start = i
        elif ch == "‘":
            if single_start is None and double_start is None and before in _BEFORE_OPEN:
                single_start = i
        elif ch == "’" and single_start is not None and not after.isalpha():
            close(single_start, i + 1)
            single_start = None
    close(double_start, len(text))
    close(single_start, len(text))
    return sorted(regions)


class TextIndex:
    """Tokens, quoted regions and span normalisation for one document text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        for m in _WORD.finditer(text):
            self._starts.append(m.start())
            self._ends.append(m.end())
        self._quoted = [False] * len(self._starts)
        for region in _quoted_regions(text):
            lo = bisect.bisect_left(self._starts, region.start)
            hi = bisect.bisect_left(self._starts, region.end)
            for i in range(lo, hi):
                self._quoted[i] = True

    def tokens(self, spans: Iterable[Span]) -> frozenset[int]:
        """Indices of the tokens that overlap any of ``spans``."""
        found: set[int] = set()
        for span in spans:
            lo = bisect.bisect_right(self._ends, span.start)
            hi = bisect.bisect_left(self._starts, span.end)
            found.update(range(lo, hi))
        return frozenset(found)

    def normalise(self, spans: Iterable[Span]) -> tuple[Span, ...]:
        """Trim each span to alphanumeric edges, drop empty ones, merge across non-words."""
        text = self.text
        trimmed: list[Span] = []
        for span in sorted(spans):
            start, end = span.start, min(span.end, len(text))
            while start < end and not text[start].isalnum():
                start += 1
            while end > start and not text[end - 1].isalnum():
                end -= 1
            if start < end:
                trimmed.append(Span(start, end))
        merged: list[Span] = []
        for span in trimmed:
            if merged:
                last = merged[-1]
                gap = text[last.end : span.start] if span.start > last.end else ""
                if span.start <= last.end or not any(c.isalnum() for c in gap):
                    merged[-1] = Span(last.start, max(last.end, span.end))
                    continue
            merged.append(span)
        return tuple(merged)

    def kind(self, spans: Iterable[Span]) -> StatementKind:
        """direct, mixed or indirect: whether all, some or none of the tokens are quoted."""
        flags = [self._quoted[i] for i in self.tokens(spans)]
        if flags and all(flags):
            return "direct"
        if any(flags):
            return "mixed"
        return "indirect"

    def context(self, spans: Sequence[Span], width: int = 80) -> str:
        """The text around ``spans``, ``width`` characters each side, on one line."""
        if not spans:
            return ""
        start = max(0, min(s.start for s in spans) - width)
        end = min(len(self.text), max(s.end for s in spans) + width)
        return " ".join(self.text[start:end].split())
