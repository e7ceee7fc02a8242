"""Map offsets into an article's clean text back to the text of the file it was read from.

``normalize_text`` cuts trailing spaces, carriage returns and extra blank lines, so offsets into
``Article.text`` drift from the file's own. :func:`normalize_with_offsets` repeats the same
normalisation while remembering, for every clean character, the file characters it came from;
:func:`in_source_offsets` rewrites an analysis so that every span indexes the file's text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields, is_dataclass, replace
from typing import Any

from reportedly.ingest.decode import (
    _EXTRA_BLANKS,
    _LINE_BREAKS,
    _TRAILING_SPACE,
    _UNWANTED,
)
from reportedly.model import Analysis, Span, Token

# Hangul vowels and trailing consonants compose under NFC with a leading consonant or a
# syllable before them
_HANGUL_VT = re.compile("[\u1161-\u11c2]")
_HANGUL_BEFORE_VT = re.compile("[\u1100-\u1112\uac00-\ud7a3]")


class _Tracked:
    """A text and, per character, the half-open range of original characters behind it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = list(range(len(text)))
        self.ends = list(range(1, len(text) + 1))

    def sub(self, pattern: re.Pattern[str], repl: str) -> None:
        """``pattern.sub(repl, text)``, keeping the ranges: a one-character replacement covers
        the whole match; a replacement the match starts with keeps its characters' ranges."""
        text, starts, ends = [], [], []
        last = 0
        for m in pattern.finditer(self.text):
            text.append(self.text[last : m.start()])
            starts += self.starts[last : m.start()]
            ends += self.ends[last : m.start()]
            if repl:
                text.append(repl)
                if len(repl) > 1 and m.group().startswith(repl):
                    starts += self.starts[m.start() : m.start() + len(repl)]
                    ends += self.ends[m.start() : m.start() + len(repl)]
                else:
                    starts += [self.starts[m.start()]] * len(repl)
                    ends += [self.ends[m.end() - 1]] * len(repl)
            last = m.end()
        text.append(self.text[last:])
        self.text = "".join(text)
        self.starts = starts + self.starts[last:]
        self.ends = ends + self.ends[last:]

    def nfc(self) -> None:
        """NFC, cluster by cluster (a starter and the marks that follow it)."""
        if unicodedata.is_normalized("NFC", self.text):
            return
        text = self.text
        bounds = [
            i
            for i, ch in enumerate(text)
            if i == 0
            or (
                unicodedata.combining(ch) == 0
                and not (_HANGUL_VT.match(ch) and _HANGUL_BEFORE_VT.match(text[i - 1]))
            )
        ]
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for lo, hi in zip(bounds, [*bounds[1:], len(self.text)], strict=True):
            cluster = text[lo:hi]
            composed = unicodedata.normalize("NFC", cluster)
            pieces.append(composed)
            if len(composed) == len(cluster):
                starts += self.starts[lo:hi]
                ends += self.ends[lo:hi]
            else:
                starts += [self.starts[lo]] * len(composed)
                ends += [self.ends[hi - 1]] * len(composed)
        self.text = "".join(pieces)
        self.starts, self.ends = starts, ends

    def strip(self) -> None:
        lo, hi = 0, len(self.text)
        while lo < hi and self.text[lo].isspace():
            lo += 1
        while hi > lo and self.text[hi - 1].isspace():
            hi -= 1
        self.text = self.text[lo:hi]
        self.starts, self.ends = self.starts[lo:hi], self.ends[lo:hi]


class OffsetMap:
    """Where each character of a clean text came from in the original text."""

    def __init__(self, clean: str, original: str, starts: list[int], ends: list[int]) -> None:
        self.clean = clean
        self.original = original
        self._starts = starts
        self._ends = ends

    def span(self, span: Span) -> Span:
        """The original characters behind ``span`` of the clean text."""
        n = len(self._starts)
        if span.start < n:
            start = self._starts[span.start]
        else:
            start = self._ends[-1] if n else 0
        end = self._ends[span.end - 1] if span.end > span.start else start
        return Span(start, max(start, end))


def normalize_with_offsets(text: str) -> OffsetMap:
    """``normalize_text(text)`` and, for each of its characters, where it is in ``text``."""
    tracked = _Tracked(text)
    tracked.sub(_LINE_BREAKS, "\n")
    tracked.sub(_UNWANTED, "")
    tracked.nfc()
    tracked.sub(_TRAILING_SPACE, "")
    tracked.sub(_EXTRA_BLANKS, "\n\n")
    tracked.strip()
    return OffsetMap(tracked.text, text, tracked.starts, tracked.ends)


def in_source_offsets(analysis: Analysis, original: str) -> Analysis | None:
    """``analysis`` with ``original`` as its article text and every span moved to index it.

    ``original`` is the decoded text of the file the article was read from. Returns ``None``
    when the article text is not the normalised file text (or a cut of it): a title added
    from metadata, an HTML page, a record of a JSON Lines file.
    """
    mapping = normalize_with_offsets(original)
    if not mapping.clean.startswith(analysis.article.text):
        return None
    moved: Analysis = _remap(analysis, mapping)
    return replace(moved, article=replace(moved.article, text=original))


def _remap(obj: Any, mapping: OffsetMap) -> Any:
    if isinstance(obj, Span):
        return mapping.span(obj)
    if isinstance(obj, Token):
        span = mapping.span(obj.span)
        return replace(obj, start=span.start, end=span.end)
    if isinstance(obj, tuple):
        return tuple(_remap(item, mapping) for item in obj)
    if is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: _remap(getattr(obj, f.name), mapping) for f in fields(obj) if f.init}
        return replace(obj, **changes)
    return obj
