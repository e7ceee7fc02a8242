"""Pieces of one reported content: a phrase the span model split in two is one span."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, cue_head
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


def drop_frame_adjunct(text: str, parse: Parse, draft: Draft) -> None:
    """Drop the pieces before the frame when what follows the cue is a clause opened by the
    complementiser "that": "During a short speech, the leader noted that …" reports the
    clause; the phrase before the speaker is the frame's own (when and where it was said), not
    a part of what was said. A content on both sides of its frame ("At that point, a
    cease-fire can be negotiated, he suggested") has no "that" after the cue and keeps its
    pieces; so do a quote ('"…," he said. "That is …"') and "that" as a determiner ("…
    support for that claim")."""
    if draft.kind == "direct" or draft.cue is None or draft.speaker is None:
        return
    if len(draft.content) < 2:
        return
    frame_start = min(draft.cue.start, draft.speaker.start)
    frame_end = max(draft.cue.end, draft.speaker.end)
    before = [p for p in draft.content if p.end <= frame_start]
    after = [p for p in draft.content if p.start >= frame_end]
    if not before or not after or len(before) + len(after) < len(draft.content):
        return
    # the clause's "that": its first word, or the last between the frame and it
    opening = list(parse.tokens_in(Span(after[0].start, after[0].start + 4)))[:1]
    lead = list(parse.tokens_in(Span(frame_end, after[0].start)))[-1:]
    if not any(_complementiser(parse, i) for i in opening + lead) and not all(
        _adjunct_of_cue(parse, draft, p) for p in before
    ):
        return
    draft.content = after
    draft.quotes = [q for q in draft.quotes if any(p.contains(q) for p in after)]


def _adjunct_of_cue(parse: Parse, draft: Draft, piece: Span) -> bool:
    """Whether ``piece`` is a prepositional phrase the cue's verb governs, or the object of one
    ("In an apparent counter to Trump's policies, Carter stressed …"): when or why the frame's
    act was done, not a part of what was said (a fronted clause has a verb of its own)."""
    cue = cue_head(parse, draft.cue) if draft.cue is not None else None
    inside = [i for i in parse.tokens_in(piece) if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
    heads = parse.heads(inside)
    if cue is None or len(heads) != 1:
        return False
    head = heads[0]
    if parse.tokens[head].dep == "pobj" and parse.tokens[head].head not in inside:
        head = parse.tokens[head].head
    token = parse.tokens[head]
    return token.pos == "ADP" and token.dep == "prep" and token.head == cue


def _complementiser(parse: Parse, i: int) -> bool:
    """Whether token ``i`` is a lower-case "that" opening a clause (not "that assumption", nor
    a quote's "That …")."""
    token = parse.tokens[i]
    return token.text == "that" and token.tag == "IN"
