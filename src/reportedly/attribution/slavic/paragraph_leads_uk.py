"""Ukrainian outlet frames that close a short paragraph ("За оголошення імпічменту …
проголосували 222 демократи … . Проти виступили 197 республіканців, передає “Радіо
Свобода”." and a blank line): the outlet reports the whole paragraph, not only the sentence
its verb ends (gold/uk: the content is what the frame points back to, as with "Про це
повідомляє X"). Only where the sentences before hold no speech verb and no other statement,
and the frame's line ends with the outlet's name."""

from __future__ import annotations

import re

from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.model import Span

_MOST_SENTENCES = 3  # sentences before the framed one, at most
_MOST_CHARS = 600
_SENTENCE_END = re.compile(r"[.!?…][\"»”“]?\s+")


def widen_paragraph_leads(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, drafts: list[SlavicDraft]
) -> None:
    """Extend each outlet frame's content back to its paragraph's start (module docstring)."""
    taken = [s for d in drafts for s in (*d.content, *([d.cue] if d.cue else []))]
    cues = [d.cue for d in drafts if d.cue is not None]
    for d in drafts:
        start = _paragraph_start(text, parse, lexicon, d)
        if start is None or any(c.overlaps(d.content[0]) for c in cues):
            continue  # "…, повідомив X, пише Інтерфакс": a chain of frames, X's words
        lead = Span(start, d.content[0].start)
        if any(s.overlaps(lead) for s in taken):
            continue  # a statement of its own there
        words = parse.tokens_in(lead)
        if any(
            parse.tokens[i].pos == "VERB" and lexicon.act(parse.tokens[i].lemma) == "speech"
            for i in words
        ):
            continue  # "Політики запевняють, що …": that sentence is someone else's
        d.content = [Span(start, d.content[0].end)]


def _paragraph_start(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, d: SlavicDraft
) -> int | None:
    """Where the paragraph of draft ``d`` starts, when ``d`` is an outlet's fronted frame
    that ends the paragraph and its sentence follows a few others there; else None."""
    if d.cue_token is None or d.cue is None or d.kind != "indirect" or len(d.content) != 1:
        return None
    if parse.tokens[d.cue_token].lemma not in lexicon.outlet_verbs:
        return None
    content = d.content[0]
    if text[content.end : d.cue.start].strip() != ",":
        return None  # not "…, передає X"
    after = d.speaker.end if d.speaker is not None else d.cue.end
    line_end = text.find("\n", after)
    rest = text[after : line_end if line_end >= 0 else len(text)]
    if rest.strip(' \t.«»"“”') or d.speaker is None:
        return None  # the paragraph goes on after the frame
    start = text.rfind("\n", 0, content.start) + 1
    before = text[start : content.start]
    if not before.strip() or len(before) > _MOST_CHARS or not _SENTENCE_END.search(before[-3:]):
        return None
    if len(_SENTENCE_END.findall(before)) > _MOST_SENTENCES or len(before.split()) < 5:
        return None
    return start + len(before) - len(before.lstrip())
