"""The writer's own voice: what an article's author says, thinks or calls for in the first
person ("I am not arguing that …", "We call on parliament to …", "we observed the
developments unfold") is the article's own claim, not a statement it reports
(docs/gold-guide.md, "Not statements"). Only where the writer relays another's words ("we
read in the report that …", "we heard that …") does the content come from someone else."""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.attribution._draft import Draft
from reportedly.attribution._nesting import enclosing
from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.act_lexicon import ActLexicon


def drop_writer_voice(
    text: str, parse: Parse, drafts: list[Draft], quotes: Sequence[Quote], lexicon: ActLexicon
) -> list[Draft]:
    """``drafts`` without the writer's own: a statement reported by no other whose speaker
    is a first-person pronoun (:attr:`ActLexicon.writer_pronouns`) outside every quote, unless
    its cue relays another's words (:attr:`ActLexicon.relaying_verbs`). A first person inside
    quote marks, or inside another's statement, is that speaker's ("…, we call on them," the
    minister said)."""
    outer = enclosing(drafts)
    return [
        d
        for d, reporters in zip(drafts, outer, strict=True)
        if reporters or not _writer_speaks(text, parse, d, quotes, lexicon)
    ]


def _writer_speaks(
    text: str, parse: Parse, draft: Draft, quotes: Sequence[Quote], lexicon: ActLexicon
) -> bool:
    speaker = draft.speaker
    if speaker is None or speaker.text(text).strip().lower() not in lexicon.writer_pronouns:
        return False
    if any(q.outer.contains(speaker) for q in quotes):
        return False
    head = cue_head(parse, draft.cue) if draft.cue is not None else None
    return head is None or parse.tokens[head].lemma.lower() not in lexicon.relaying_verbs
