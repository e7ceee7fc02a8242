"""One cue reports one statement, not two: the model's reading of a framed cue that takes a
piece of the frame for the content ("- … - said Lukashenko at the beginning" → "Lukashenko",
"According to reports in …, as well as …" → "well as") gives way to the other draft of that
cue, as does a reading whose content lies a paragraph away from its cue ("Read also: …" above
"According to the general, …") or in the sentence before the one the cue opens; two quotes of
one frame in one paragraph ('Kasparov said, "X," … : "Y"') are one statement of two parts, as
a quote its frame interrupts is (docs/gold-guide.md); two drafts of one cue whose contents
overlap, or touch with no mark between ('calling them a "red line" for Putin, who might use
nuclear weapons | were Crimea attacked'), are one content ('He said he was "grateful …
doing. But …"'), and a framed quote with a second quote joined on by "so", "and", "but" or
"or" and no frame of its own is one mixed statement. Other drafts of one cue
are left as they are: 'declared that X: "Y"' is a statement and a quote without a frame of its
own in the war-news gold."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from reportedly.attribution._draft import Draft
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution._tidy import _settle_kind
from reportedly.attribution.calibration import RUN_IN_RULES
from reportedly.attribution.model_spans import across_a_paragraph, circumstance_openers
from reportedly.model import Span, StatementKind

_WORD = re.compile(r"\w+")
# fewer words than this say nothing ("well as" of "according to reports in …, as well as …")
_MIN_WORDS = 3
# a sentence's end (a glued dash after it too), or a line break
_SENTENCE_END = re.compile(r"[.!?…](?:\s|[A-Z\"“–—-])|\n")
# what joins a second quote on to a framed one in the same sentence
_CONNECTIVE = re.compile(r",?[ \t\xa0]+(?:so|and|but|or)[ \t\xa0]+")


def one_statement_per_cue(text: str, drafts: list[Draft], quotes: list[Quote]) -> list[Draft]:
    """``drafts`` with the drafts of one cue made one where one misreads the frame, both are
    quotes of one paragraph, or their contents overlap (see the module's docstring)."""
    out: list[Draft] = []
    for d in drafts:
        for n, kept in enumerate(out):
            if not _same_cue(kept, d):
                continue
            one = _merge(text, kept, d, quotes)
            if one is not None:
                out[n] = one
                break
        else:
            out.append(d)
    taken = [c for d in out for c in d.content]
    out = [_with_joined_quote(text, d, quotes, taken) for d in out]
    return sorted(out, key=lambda d: (d.extent.start, -d.extent.end))


def _with_joined_quote(text: str, draft: Draft, quotes: list[Quote], taken: list[Span]) -> Draft:
    """A framed quote and the quote a connective joins on to it in the same sentence, with
    no frame of its own ('told me, "neither side is likely to …" so "it will probably end
    …"'), as one mixed statement: the gold guide's one content for one frame."""
    if draft.kind != "direct" or draft.cue is None or len(draft.content) != 1:
        return draft
    first = next((q for q in quotes if q.inner == draft.content[0]), None)
    if first is None:
        return draft
    second = next((q for q in quotes if q.outer.start >= first.outer.end), None)
    if second is None or any(second.inner.overlaps(c) for c in taken):
        return draft
    if not _CONNECTIVE.fullmatch(text[first.outer.end : second.outer.start]):
        return draft
    content = [Span(first.outer.start, second.outer.end)]
    return _copy(draft, "mixed", content, [first.inner, second.inner])


def _same_cue(a: Draft, b: Draft) -> bool:
    """Whether two drafts read one cue; not where a speaker lies inside a cue ("issued" by
    Kissinger, and "issued a statement that recommended" by "a statement": two readings of
    the frame, each with its own speaker)."""
    if a.cue is None or b.cue is None or not a.cue.overlaps(b.cue):
        return False
    speakers = [d.speaker for d in (a, b) if d.speaker is not None]
    return not any(s.overlaps(c) for s in speakers for c in (a.cue, b.cue))


def _merge(text: str, a: Draft, b: Draft, quotes: list[Quote]) -> Draft | None:
    """One draft of ``a`` and ``b`` (drafts of one cue), or None where they stay two."""
    for bad, other in ((a, b), (b, a)):
        if _misread(text, bad, other) and not _misread(text, other, bad):
            return other
    for far, near in ((a, b), (b, a)):
        if _across_a_paragraph(text, far) and not _across_a_paragraph(text, near):
            return near
    for far, near in ((a, b), (b, a)):
        if _before_the_cues_sentence(text, far) and near.cue and near.extent.start >= near.cue.end:
            return near
    first, second = sorted((a, b), key=lambda d: d.extent.start)
    base = max((a, b), key=lambda d: d.confidence)
    gap = Span(first.extent.end, max(first.extent.end, second.extent.start))
    if first.kind == second.kind == "direct" and "\n" not in gap.text(text):
        parts = sorted([*first.content, *second.content])
        if all(p.end <= q.start for p, q in pairwise(parts)):
            return _copy(base, "direct", parts, [*first.quotes, *second.quotes])
    if not first.extent.overlaps(second.extent) and (
        gap.text(text).strip() or _opens_a_circumstance(text, second)
    ):
        return None  # touching with no mark between, they are one clause the parse split
    for longer, other in ((a, b), (b, a)):  # "continues [to maintain that …]": the cue's word
        if _holds_cue(longer, other) and not _holds_cue(other, longer):
            return other
    end = max(first.extent.end, second.extent.end)
    # a quote the content ends in keeps its closing mark, as a mixed content does
    end = next((q.outer.end for q in quotes if q.inner.end == end), end)
    whole = Span(first.extent.start, end)
    if _runs_over_a_sentence(text, whole, quotes):
        return None  # one of them ran on over a sentence into the other's words
    one = _copy(base, "indirect", [whole], [])
    _settle_kind(text, one, quotes)
    return one


def _opens_a_circumstance(text: str, draft: Draft) -> bool:
    """Whether the content opens with a word that tells when or why ('citing "Putin's price
    hike" whenever he speaks of …'): the writer's clause, not more of what was said."""
    words = _WORD.findall(draft.content[0].text(text)[:20])
    return bool(words) and words[0].lower() in circumstance_openers()


def _across_a_paragraph(text: str, draft: Draft) -> bool:
    """Whether a line break parts the draft's content from its cue, where its rule does not
    mean it to (a run-in frame attributes the paragraph before: "…\n\n- said Putin")."""
    return draft.via not in RUN_IN_RULES and across_a_paragraph(text, draft.content, draft.cue)


def _before_the_cues_sentence(text: str, draft: Draft) -> bool:
    """Whether the draft's content lies in a sentence before the one its cue opens ("…, which
    - according to the West - can be an invasion.According to US President Joe Biden, the
    Russians …"): a frame that opens its sentence reports what follows it, not the sentence
    before (a run-in frame, "… - said Putin", does: left to its rule)."""
    cue = draft.cue
    if cue is None or draft.via in RUN_IN_RULES or draft.extent.end > cue.start:
        return False
    between = text[draft.extent.end : cue.start + 1]  # with the cue's first letter
    ends = list(_SENTENCE_END.finditer(between))
    return bool(ends) and not _WORD.search(between[ends[-1].start() + 1 : -1])


def _holds_cue(draft: Draft, other: Draft) -> bool:
    """Whether the draft's content holds a word of the other draft's cue."""
    return other.cue is not None and any(c.overlaps(other.cue) for c in draft.content)


def _runs_over_a_sentence(text: str, span: Span, quotes: list[Quote]) -> bool:
    """Whether ``span`` holds a sentence's end outside the quotes in it."""
    words = list(span.text(text))
    for q in quotes:
        for i in range(max(q.outer.start, span.start), min(q.outer.end, span.end)):
            words[i - span.start] = " "
    return bool(_SENTENCE_END.search("".join(words).rstrip(" .!?…")))


def _copy(base: Draft, kind: StatementKind, content: list[Span], quotes: list[Span]) -> Draft:
    return replace(base, kind=kind, content=content, quotes=quotes, fallback=None)


def _misread(text: str, draft: Draft, other: Draft) -> bool:
    """Whether a draft's content holds its own speaker or a frame's speaker (one with no word
    between it and its cue: "- … - said the director Maryna Hanicka, which CNN quotes"), or
    is too short to say anything."""
    speakers = [d.speaker for d in (draft, other) if d.speaker is not None and _frames(text, d)]
    if draft.speaker is not None:
        speakers.append(draft.speaker)
    if any(c.overlaps(s) for c in draft.content for s in speakers):
        return True
    return sum(len(_WORD.findall(c.text(text))) for c in draft.content) < _MIN_WORDS


def _frames(text: str, draft: Draft) -> bool:
    """Whether the draft's speaker stands next to its cue, no word between."""
    speaker, cue = draft.speaker, draft.cue
    if speaker is None or cue is None:
        return False
    gap = text[min(speaker.end, cue.end) : max(speaker.start, cue.start)]
    return not _WORD.search(gap)
