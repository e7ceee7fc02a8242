"""Page furniture lines inside an article (newsletter sign-up boxes, ``data/furniture.yaml``):
no statement is read in them, and a quote paragraph after one goes on from the speaker before
it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reportedly.attribution._draft import Draft
from reportedly.attribution.lexicon import data_table
from reportedly.model import Span


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(p), re.I | re.S) for p in data_table("furniture.yaml")["lines"])


def furniture_lines(text: str) -> tuple[Span, ...]:
    """The lines of ``text`` that are page furniture, each stripped of spaces."""
    patterns = _patterns()
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        words = line.strip()
        if words and any(p.fullmatch(words) for p in patterns):
            start = offset + len(line) - len(line.lstrip())
            spans.append(Span(start, start + len(words)))
        offset += len(line) + 1
    return tuple(spans)


def outside_furniture(drafts: list[Draft], furniture: Sequence[Span]) -> list[Draft]:
    """The drafts whose content and speaker lie outside every furniture line (the article's
    :func:`furniture_lines`)."""
    if not furniture:
        return drafts
    return [
        d
        for d in drafts
        if not _in_furniture(d.extent, furniture)
        and (d.speaker is None or not _in_furniture(d.speaker, furniture))
    ]


def _in_furniture(span: Span, furniture: Sequence[Span]) -> bool:
    return any(span.overlaps(f) for f in furniture)


def without_furniture_lines(between: str) -> str:
    """``between`` (the text between two quote paragraphs) with each furniture line and the
    blank lines after it taken out ("…\n\n<box>\n\n" → "…\n\n")."""
    for f in reversed(furniture_lines(between)):
        end = f.end
        while end < len(between) and between[end].isspace():
            end += 1
        between = between[: f.start] + between[end:]
    return between
