"""Paragraph boundaries of normalised text, shared by title, section and tail detection."""

from __future__ import annotations

import re

from reportedly.model import Span

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"\n")


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Spans of the paragraphs of ``text[start:end]``, each stripped of outer whitespace.

    Paragraphs are separated by blank lines; a region without any blank line (one paragraph
    per line, as extracted HTML gives) is split at every line break instead.
    """
    stop = len(text) if end is None else end
    region = text[start:stop]
    separator = _BLANK_LINE if _BLANK_LINE.search(region.strip()) else _LINE
    spans: list[Span] = []
    offset = 0
    for match in [*separator.finditer(region), None]:
        piece_end = len(region) if match is None else match.start()
        span = _stripped(region, offset, piece_end)
        if span is not None:
            spans.append(Span(start + span.start, start + span.end))
        if match is not None:
            offset = match.end()
    return tuple(spans)


def line_spans(text: str, span: Span) -> tuple[Span, ...]:
    """Spans of the non-blank lines inside ``span``, each stripped of outer whitespace."""
    spans: list[Span] = []
    offset = span.start
    for line in text[span.start : span.end].split("\n"):
        stripped = _stripped(text, offset, offset + len(line))
        if stripped is not None:
            spans.append(stripped)
        offset += len(line) + 1
    return tuple(spans)


def _stripped(text: str, start: int, end: int) -> Span | None:
    piece = text[start:end]
    if not piece.strip():
        return None
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return Span(start + left, start + right)
