"""Statements relayed from a cited source: "Об этом пишет ТАСС со ссылкой на письмо МВД",
"Про це повідомляє УНН з посиланням на ВВС" — the same content is the reporter's statement
and, nested in it, the cited source's (docs/gold-guide.md; gold/ru/README.md).

Only the lexicon's ``citing`` phrases that end in a preposition ("со ссылкой на", "з
посиланням на") are read; the source is the phrase after it, up to a comma or the clause's
end, in the accusative.
"""

from __future__ import annotations

import re

from reportedly.attribution.slavic._text import DASH_CLASS, trim
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.model import Span

RULE = "ru-uk:citing"
_END = re.compile(r"[,.;:()\n!?]|\s" + DASH_CLASS + r"\s|$")
_MAX_WORDS = 8


def relayed(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, drafts: list[SlavicDraft]
) -> list[SlavicDraft]:
    """A nested draft for each draft whose frame cites a source after its cue verb."""
    phrases = [p for p in lexicon.citing if p.split()[-1] in {"на", "on"}]
    if not phrases:
        return []
    pattern = re.compile(rf"(?i)(?<!\w)({'|'.join(map(re.escape, phrases))})\s+")
    found: list[SlavicDraft] = []
    for d in drafts:
        if d.cue_token is None or d.cue is None:
            continue
        clause = _clause_after(parse, d.cue_token)
        m = pattern.search(text, d.cue.end, clause.end)
        if m is None or any(c.overlaps(Span(m.start(), m.end())) for c in d.content):
            continue
        if any(e.cue is not None and d.cue.end <= e.cue.start < m.start() for e in drafts):
            continue  # "заявив X, повідомляє Y з посиланням на Z": Y's frame cites Z
        end = _END.search(text, m.end(), clause.end)
        stop = end.start() if end is not None else clause.end
        source = trim(text, Span(m.end(), stop), ' \t«»"*_')
        words = source.text(text).split()
        if not words or len(words) > _MAX_WORDS:
            continue
        nested = SlavicDraft(d.kind, list(d.content), RULE, quotes=list(d.quotes))
        nested.cue = trim(text, Span(m.start(), m.end()))
        nested.speaker, nested.speaker_case, nested.act = source, "Acc", d.act
        nested.via = d
        found.append(nested)
    return found


def _clause_after(parse: SlavicParse, k: int) -> Span:
    """From cue token ``k`` to its sentence's end."""
    tokens = parse.tokens
    j = k
    while j + 1 < len(tokens) and tokens[j + 1].sent == tokens[k].sent:
        j += 1
    return Span(tokens[k].start, tokens[j].end)
