"""Present-tense passives that go on with a source's words: "Про це повідомляє Avianews.com
… . Як повідомляється, причиною скасування рейсів став страйк", "Про це свідчить ухвала суду.
… Повідомляється, що …" (gold/uk/README.md, the eighth draw: the source's statement with no
speaker mention). In the past ("Раніше повідомлялося, що …") or with no source line just
before, they name no one and make no statement."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportedly.attribution.slavic.about_this import RULE as ABOUT_THIS_RULE
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse

REACH = 2  # sentences back to the source line


def after_source(
    parse: SlavicParse, lexicon: SlavicLexicon, d: SlavicDraft, drafts: Sequence[SlavicDraft]
) -> bool:
    """Whether ``d`` is a source passive of the present tense with no speaker within
    ``REACH`` sentences after a statement whose source a reporting, document or evidence
    cue names."""
    if d.cue_token is None or d.speaker is not None:
        return False
    cue = parse.tokens[d.cue_token]
    if cue.lemma not in lexicon.source_passives or "pres" not in re.split(r"[ ,]", cue.tag):
        return False
    for e in drafts:
        if e is d or e.speaker is None or e.cue_token is None:
            continue
        said = parse.tokens[e.cue_token]
        if not 0 < cue.sent - said.sent <= REACH and not (
            cue.sent == said.sent and said.start < cue.start
        ):
            continue
        if (
            e.rule == ABOUT_THIS_RULE
            or said.lemma in lexicon.reported
            or lexicon.is_document_cue(said)
            or e.act == "other"
        ):
            return True
    return False
