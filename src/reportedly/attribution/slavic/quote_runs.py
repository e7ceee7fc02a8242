"""Quotes in a run after their speaker's statement: "Бывший канцлер Меркель заявила, что …
«Я чувствовала, что …»" — a quote that is a sentence of its own, with no frame, and follows a
statement with a speaker in the same or the next paragraph, no name between them, is the
next thing that speaker says: a direct statement with that speaker and no cue (gold/ru's
reading of an unframed quote after its speaker's words)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportedly.attribution.slavic._text import Quote
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.model import Annotation, Span

RULE = "ru-uk:quote-run"
_MIN_WORDS = 5  # fewer is a name, a slogan or a term in marks, not a run of someone's words
# before the quote: the start of a sentence (a stop, a line break, or the text's start)
_OPENS = re.compile(r"(?:^|[.!?…»\"”][^\S\n]*|\n)[^\S\n]*$")
# after it: a stop, the end of the line, or the next sentence (no frame: ", — сказал он")
_CLOSES = re.compile(r"[^\S\n]*(?:[.!?…]|\n|$|(?=[A-ZА-ЯЁІЇЄҐ«@#]))")


def quote_runs(
    text: str, annotation: Annotation, drafts: Sequence[SlavicDraft], tops: Sequence[Quote]
) -> list[SlavicDraft]:
    """A direct statement for each unframed quote sentence right after a statement with a
    speaker, that speaker's."""
    said = [c for d in drafts for c in (*d.content, *(s for s in (d.cue, d.speaker) if s))]
    names = [m.span for m in annotation.entities if m.label in {"PERSON", "ORG"}]
    found: list[SlavicDraft] = []
    for q in tops:
        if any(s.overlaps(q.outer) for s in said):
            continue  # framed, or inside a statement
        words = q.inner.text(text).split()
        if len(words) < _MIN_WORDS or not words[0][:1].isupper():
            continue
        if not _OPENS.search(text, 0, q.outer.start) or not _CLOSES.match(text, q.outer.end):
            continue  # part of a sentence: a name or a term in marks
        before = [d for d in drafts if d.speaker is not None and _end(d) <= q.outer.start]
        if not before:
            continue
        d = max(before, key=_end)
        between = Span(_end(d), q.outer.start)
        if d.act != "speech" or text.count("\n\n", between.start, between.end) > 1:
            continue
        if any(between.contains(n) for n in names) or any(between.contains(p.outer) for p in tops):
            continue  # someone else named, or another quote, since that statement
        found.append(
            SlavicDraft(
                "direct",
                [q.inner],
                RULE,
                speaker=d.speaker,
                speaker_case=d.speaker_case,
                quotes=[q.inner],
            )
        )
    return found


def _end(d: SlavicDraft) -> int:
    return max(s.end for s in (*d.content, *(x for x in (d.cue, d.speaker) if x)))
