"""A trailing frame (", sources said.") reports the words before it in its own sentence, not
the next paragraph's: wire copy ends paragraph after paragraph with one ('…, sources said.
\\n\\nBut a campaign operative decided …, a source said.'), and the span model can pair a
paragraph's words with the frame that closes the paragraph before."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.model import Span

# what may lie between a content and the frame that closes its sentence, and between that
# frame and the sentence's end
_COMMA = re.compile(r"[\"'”’]?\s*,\s*[\"'“”’]?\s*")
_CLOSE = re.compile(r"\s*[.!?]?[\"'”’]?\s*")


def repair_trailing_frames(text: str, parse: Parse, drafts: list[Draft]) -> None:
    """Give a draft whose frame closes an earlier sentence (", X said.") and whose content
    opens a later one the frame that closes its content's own sentence, where another draft
    holds one there (", Y said." right after the content)."""
    for d in drafts:
        frame = _frame(d)
        if frame is None or not d.content or frame.end > d.content[0].start:
            continue
        sentence = _sentence(parse, frame.start)
        if sentence is None or sentence == _sentence(parse, d.content[0].start):
            continue
        if not _closes_sentence(text, parse, frame):
            continue
        own = _own_frame(text, parse, d, drafts)
        if own is None:
            continue
        d.speaker, d.cue = own.speaker, own.cue
        d.speaker_token, d.cue_token, d.role = own.speaker_token, own.cue_token, own.role


def _frame(draft: Draft) -> Span | None:
    """The draft's speaker and cue as one span, when it has both."""
    if draft.speaker is None or draft.cue is None:
        return None
    return Span(min(draft.speaker.start, draft.cue.start), max(draft.speaker.end, draft.cue.end))


def _sentence(parse: Parse, offset: int) -> int | None:
    k = parse.token_at(offset)
    return None if k is None else parse.tokens[k].sent


def _closes_sentence(text: str, parse: Parse, frame: Span) -> bool:
    """Whether ``frame`` comes after a comma and ends its sentence (", sources said.")."""
    k = parse.token_at(frame.start)
    if k is None:
        return False
    last = parse.sentence_range(parse.tokens[k].sent)[-1]
    after = text[frame.end : parse.tokens[last].end]
    before = text[max(0, frame.start - 3) : frame.start]
    return bool(_CLOSE.fullmatch(after)) and before.rstrip().endswith(",")


def _own_frame(text: str, parse: Parse, draft: Draft, drafts: list[Draft]) -> Draft | None:
    """Another draft whose frame closes the sentence the draft's content ends in, right after
    the content."""
    end = draft.content[-1].end
    for other in drafts:
        frame = _frame(other)
        if other is draft or frame is None or frame.start < end:
            continue
        if _COMMA.fullmatch(text[end : frame.start]) is None:
            continue
        if _sentence(parse, frame.start) != _sentence(parse, max(end - 1, 0)):
            continue
        if _closes_sentence(text, parse, frame):
            return other
    return None
