"""Quotes in a run after their speaker's statement: "Бывший канцлер Меркель заявила, что …
«Я чувствовала, что …»" — a quote that is a sentence of its own, with no frame, and follows a
statement with a speaker in the same or the next paragraph, no name between them, is the
next thing that speaker says: a direct statement with that speaker and no cue (gold/ru's
reading of an unframed quote after its speaker's words).

In Ukrainian, a quote that goes on in a sentence of its own right after its frame ("«…», —
сказав він в коментарі видання. «Коли в Україні з'явиться вакцина — я зроблю щеплення
публічно».") takes that frame's speaker and cue as well (:func:`continued_quotes`), as gold/uk
reads a run of quotes (handed.py does the same for a paragraph a colon hands over)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportedly.attribution.slavic._text import Quote
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.model import Annotation, Span

RULE = "ru-uk:quote-run"
CONTINUED_RULE = "ru-uk:frame-after"  # a continued quote: the frame is the quote's before it
_CONTINUED_MIN_WORDS = 4  # fewer is a phrase quoted in passing, not someone's words
_GAP = 80  # the most characters from the frame's end to the next quote
_ENDS = ".!?…"
_MIN_WORDS = 5  # fewer is a name, a slogan or a term in marks, not a run of someone's words
# before the quote: the start of a sentence (a stop, a line break, or the text's start)
_OPENS = re.compile(r"(?:^|[.!?…»\"”][^\S\n]*|\n)[^\S\n]*$")
# after it: a stop, the end of the line, or the next sentence (no frame: ", — сказал он")
_CLOSES = re.compile(r"[^\S\n]*(?:[.!?…]|\n|$|(?=[A-ZА-ЯЁІЇЄҐ«@#]))")


def runs_of_quotes(
    text: str,
    lang: str,
    annotation: Annotation,
    quotes: Sequence[Quote],
    tops: Sequence[Quote],
    drafts: Sequence[SlavicDraft],
) -> list[SlavicDraft]:
    """The statements of quotes that go on after a statement with no frame of their own:
    Ukrainian continued quotes first, then runs of quotes after their speaker's words."""
    found = continued_quotes(text, quotes, drafts) if lang == "uk" else []
    return found + quote_runs(text, annotation, [*drafts, *found], tops)


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
        if len(words) < _CONTINUED_MIN_WORDS or not words[0][:1].isupper():
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
                CONTINUED_RULE,
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
    return max(s.end for s in (*d.content, *(x for x in (d.cue, d.speaker) if x)))
