"""Pieces of one reported content: a phrase the span model split in two is one span."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.model import Span

# what may separate two pieces of one content: spaces and at most two words, no punctuation
_CLOSE_GAP = re.compile(r"[ \t\xa0]*(?:[\w'’]+[ \t\xa0]*){0,2}")


def join_close_pieces(text: str, draft: Draft, drafts: list[Draft]) -> None:
    """Join pieces of a content that only a word or two without punctuation separate ("her
    response to" + "debate on social media", "Clinton" + "health"): one phrase the model
    split, not a content the frame interrupts (PolNeAR and the gold guide give a content more
    than one span only around its frame). Not over a cue or speaker, a quote mark or a line
    break."""
    if len(draft.content) < 2:
        return
    taken = [s for d in drafts for s in (d.cue, d.speaker) if s is not None]
    parts = [draft.content[0]]
    for part in draft.content[1:]:
        last = parts[-1]
        # parts out of text order or overlapping (a content reported on both sides of its
        # frame, say) have no gap between them to read
        gap = Span(last.end, part.start) if last.end <= part.start else None
        if (
            gap is not None
            and _CLOSE_GAP.fullmatch(gap.text(text))
            and not any(s.overlaps(gap) or gap.contains(s) for s in taken)
        ):
            parts[-1] = Span(last.start, part.end)
        else:
            parts.append(part)
    if len(parts) < len(draft.content):
        draft.content = parts
        draft.quotes = [q for q in draft.quotes if any(p.contains(q) for p in parts)]
