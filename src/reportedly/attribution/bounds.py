"""Where a reported content starts and ends: not at the time word of its cue ("said Saturday
sanctions …"), and not past a dash glued to a sentence's end, which opens another speaker's
words in texts translated from Slavic languages ("… two blocks".- On the one hand …"). A
speaker stays on one line."""

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
