"""A Ukrainian quote that goes on in a sentence of its own after its frame (session 33):
"«…», — сказав він в коментарі видання. «Коли в Україні з'явиться вакцина — я зроблю
щеплення публічно»." The second quote has no frame; it is the same speaker's words, a direct
statement with the frame's cue and speaker (as the gold reads a run of quotes; handed.py does
the same for a paragraph a colon hands over)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportedly.attribution.slavic._text import Quote
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.model import Span

RULE = "ru-uk:frame-after"  # the frame is the quote's before it
_MIN_WORDS = 4  # fewer is a phrase quoted in passing, not someone's words
_GAP = 80  # the most characters from the frame's end to the next quote
_ENDS = ".!?…"


def continued_quotes(
    text: str, quotes: Sequence[Quote], drafts: Sequence[SlavicDraft]
) -> list[SlavicDraft]:
    """A direct statement for each top-level quote that is a sentence of its own with no
    frame, right after a framed quote's sentence: the frame's speaker and cue."""
    taken = [c for d in drafts for c in d.content]
    framed = [d for d in drafts if d.kind == "direct" and d.cue and d.speaker and d.act == "speech"]
    found: list[SlavicDraft] = []
    for q in quotes:
        if q.depth or any(c.start < q.inner.end and q.inner.start < c.end for c in taken):
            continue
        words = q.inner.text(text).split()
        if len(words) < _MIN_WORDS or not words[0][:1].isupper():
            continue
        if not _own_sentence(text, q):
            continue
        frame = _frame_before(text, q, framed)
        if frame is None:
            continue
        found.append(
            SlavicDraft(
                "direct",
                [q.inner],
                RULE,
                cue=frame.cue,
                cue_token=frame.cue_token,
                speaker=frame.speaker,
                speaker_case=frame.speaker_case,
                quotes=[q.outer],
            )
        )
    return found


def _own_sentence(text: str, q: Quote) -> bool:
    """Whether the quote opens after a sentence's end and nothing but its end follows it."""
    before = text[: q.outer.start].rstrip(" \t")
    after = text[q.outer.end :].lstrip(" \t")
    closes = q.inner.text(text).rstrip()[-1:] in _ENDS
    return before[-1:] in (*_ENDS, "\n") and (
        not after or after[0] in (*_ENDS, "\n") or (closes and after[0].isupper())
    )


def _frame_before(text: str, q: Quote, framed: Sequence[SlavicDraft]) -> SlavicDraft | None:
    """The framed quote whose sentence ends right before ``q``: only the rest of its frame
    between them and one sentence end on its line (the quote may open the next paragraph)."""
    best: SlavicDraft | None = None
    for d in framed:
        end = _end(d)
        if end <= q.outer.start and (best is None or end > _end(best)):
            best = d
    if best is None:
        return None
    gap = text[_end(best) : q.outer.start].rstrip()  # a new paragraph may open the quote
    ends = len(re.findall(r"[.!?…](?=\s|$)", gap))
    return best if len(gap) <= _GAP and ends == 1 and "\n" not in gap else None


def _end(d: SlavicDraft) -> int:
    spans: list[Span] = [d.extent, *(s for s in (d.cue, d.speaker) if s is not None)]
    return max(s.end for s in spans)
