"""Where a reported content starts and ends: not at the time word of its cue ("said Saturday
sanctions …"), and not past a dash glued to a sentence's end, which opens another speaker's
words in texts translated from Slavic languages ("… two blocks".- On the one hand …"), and
not past "and" or "but" before another speaker's own report ('X said there had been "real
progress" and Lavrov spoke of some hope': X did not report Lavrov). A speaker stays on one
line."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.lexicon import data_table
from reportedly.model import Span

# a sentence's end (or a closing mark) with a dash glued to it, then the next words
_GLUED_DASH = re.compile(r"[.!?…\"”][-–—][ \t\xa0]*(?=[A-Z\"“„])")
# a cut must leave at least this many words
_MIN_WORDS = 3
# what joins two reports side by side, just before the second one's speaker
_COORDINATION = re.compile(r",?\s+(?:and|but|while|whereas)\s+$")
_CLAUSE_ENDS = frozenset("\"”’')")  # a clause may end in a closing mark before the join
_FIRST_PERSON = frozenset({"i", "we"})


def settle_bounds(text: str, parse: Parse, drafts: list[Draft]) -> None:
    """Trim each reported (indirect or mixed) content in place: a leading time word that
    follows its cue (``contents.yaml``: ``cue_time_words``), and whatever follows a glued
    dash that opens other words."""
    words = frozenset(w.casefold() for w in data_table("contents.yaml")["cue_time_words"])
    for d in drafts:
        _one_paragraph_speaker(text, d)
        if d.kind == "direct" or not d.content:
            continue
        _cut_glued_dash(text, d)
        _cut_before_coordinated_report(text, d, drafts)
        _skip_time_word(text, parse, d, words)


def _one_paragraph_speaker(text: str, draft: Draft) -> None:
    """Keep of a speaker that runs over a line break (a parse that joined a headline to the
    next paragraph: "guest Marcin Czydodiak\n\nA high Chinese official") the line nearest
    its cue."""
    speaker = draft.speaker
    if speaker is None or "\n" not in speaker.text(text):
        return
    words = speaker.text(text)
    if draft.cue is not None and draft.cue.start >= speaker.end:
        cut = speaker.start + words.rindex("\n") + 1
        kept = Span(cut, speaker.end)
    else:
        kept = Span(speaker.start, speaker.start + words.index("\n"))
    line = kept.text(text)
    lead, trail = len(line) - len(line.lstrip()), len(line) - len(line.rstrip())
    if len(line.strip()):
        draft.speaker = Span(kept.start + lead, kept.end - trail)


def _cut_glued_dash(text: str, draft: Draft) -> None:
    parts: list[Span] = []
    for part in draft.content:
        glued = _GLUED_DASH.search(text, part.start, part.end)
        if glued is not None and len(text[part.start : glued.start() + 1].split()) >= _MIN_WORDS:
            part = Span(part.start, glued.start() + 1)
            parts.append(part)
            break  # the parts after it are the other words' too
        parts.append(part)
    draft.content = parts
    draft.quotes = [q for q in draft.quotes if any(p.contains(q) for p in parts)]


def _cut_before_coordinated_report(text: str, draft: Draft, drafts: list[Draft]) -> None:
    """End the content before "and"/"but" + another statement's speaker whose cue follows it
    inside the content: two reports side by side, not one reporting the other. Left alone:
    "and that Y said …" (embedded), a join inside the content's quoted words or after a dash
    (the speaker's own aside: "we — and I say we —"), a first-person second speaker, and
    "according to X, …" (its account covers both clauses)."""
    if draft.cue is None or draft.cue.text(text).lower().startswith("according"):
        return
    for n, part in enumerate(draft.content):
        for other in drafts:
            speaker, cue = other.speaker, other.cue
            if other is draft or speaker is None or cue is None or not other.content:
                continue
            if not (part.contains(speaker) and part.contains(cue) and cue.start >= speaker.end):
                continue
            if text[speaker.end : cue.start].strip() or other.content[0].start < cue.end:
                continue  # only "Lavrov spoke of …": the speaker right before its cue
            if speaker.text(text).lower() in _FIRST_PERSON:
                continue
            joined = _COORDINATION.search(text, part.start, speaker.start)
            if joined is None or joined.end() != speaker.start:
                continue
            before = text[joined.start() - 1 : joined.start()]
            if not (before.isalnum() or before in _CLAUSE_ENDS):
                continue
            if any(q.start < joined.start() < q.end for q in draft.quotes):
                continue
            kept = Span(part.start, joined.start())
            if len(kept.text(text).split()) < _MIN_WORDS:
                continue
            draft.content = [*draft.content[:n], kept]
            draft.quotes = [q for q in draft.quotes if any(p.contains(q) for p in draft.content)]
            return


def _skip_time_word(text: str, parse: Parse, draft: Draft, words: frozenset[str]) -> None:
    cue, part = draft.cue, draft.content[0]
    if cue is None or cue.end > part.start or text[cue.end : part.start].strip():
        return
    first = parse.token_at(part.start)
    if first is None or parse.tokens[first].start != part.start:
        return
    if parse.tokens[first].text.casefold() not in words:
        return
    rest = [i for i in parse.tokens_in(part) if i > first]
    if len(rest) < _MIN_WORDS or parse.tokens[rest[0]].tag == "POS":
        return  # "said Friday's attack …": the day belongs to the content
    draft.content[0] = Span(parse.tokens[rest[0]].start, part.end)
