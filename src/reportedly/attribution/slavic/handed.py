"""Quote paragraphs a frame hands over with a colon: a statement's sentence ending in one
("Высокопоставленный военный заявил, что «лучшей стратегией» было бы … ударить первым:",
"…, заявил мэр Тбилиси Каха Каладзе:") and, on the next line, a paragraph with no quote
marks and no frame of its own ("Грамотнее не ждать, а …"): the frame's speaker's own words, a
direct statement with the frame's cue and speaker. A header's list of points is digests.py's
(its items open with a mark, not a capital, or were read there already)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.model import Span

RULE = "ru-uk:colon-paragraph"
# after a statement's content: a closing mark, a colon, and the end of its line (markdown is
# masked to spaces)
_COLON_LINE_END = re.compile(r"[»\"“”]?[ \t]*:[ \t]*\n\s*")
# or a few words of the frame's sentence before that colon ("подтвердил позицию Италии в
# отношении оружия, поставляемого Украине:"), no stop or quote among them
_TAIL_TO_COLON = re.compile(r"[^\n.!?:«»\"“”„]{1,80}?:[ \t]*\n\s*")
_QUOTE_MARKS = frozenset('«»„“”"')
_MIN_WORDS = 3  # fewer is a caption or a label, not someone's words


def handed_paragraphs(text: str, drafts: Sequence[SlavicDraft]) -> list[SlavicDraft]:
    """A direct statement for each unmarked paragraph a framed statement ending in a colon
    hands over, its cue and speaker that statement's."""
    found: list[SlavicDraft] = []
    for d in drafts:
        if d.cue is None or d.speaker is None or d.act != "speech":
            continue
        # "… первый удар:", "…, заявил мэр Тбилиси Каха Каладзе:": the frame's sentence ends there
        end = max(d.extent.end, d.cue.end, d.speaker.end)
        m = _COLON_LINE_END.match(text, end) or _TAIL_TO_COLON.match(text, end)
        if m is None:
            continue
        end = text.find("\n", m.end())
        line = Span(m.end(), len(text) if end < 0 else end)
        words = line.text(text).split()
        if len(words) < _MIN_WORDS or not words[0][:1].isupper() or not words[0][:1].isalpha():
            continue  # a list's item ("— …", "1) …"), a link, a label
        if _QUOTE_MARKS & set(line.text(text)):
            continue  # a paragraph with quotes is read by the quote rules
        if any(_touches(e, line) for e in drafts):
            continue  # a frame of its own
        content = Span(line.start, line.start + len(line.text(text).rstrip()))
        found.append(
            SlavicDraft(
                "direct",
                [content],
                RULE,
                cue=d.cue,
                cue_token=d.cue_token,
                speaker=d.speaker,
                speaker_case=d.speaker_case,
            )
        )
    return found


def _touches(d: SlavicDraft, line: Span) -> bool:
    spans = [*d.content, *(s for s in (d.cue, d.speaker) if s is not None)]
    return any(s.overlaps(line) for s in spans)
