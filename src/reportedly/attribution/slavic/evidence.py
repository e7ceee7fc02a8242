"""Evidence frames in Russian and Ukrainian: "обстеження показало, що …", "данные показывают,
что …" (the golds' `other` act, by the lexicon's ``other`` verbs). Evidence needs its source:
a relative pronoun ("дослідження, [які] показали, що …") names none, and a subject found
after a preposition ("опитування в [конкурентних штатах] показують", "Відповіді на [наші
питання] показують") is the object of the source's phrase, made whole here.
"""

from __future__ import annotations

from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import NOMINAL, RELATIVE, SlavicParse, phrase_before
from reportedly.model import Span

_AT = frozenset({"в", "у", "во", "на"})  # the locative prepositions `prepositions` leaves out


def evidence_sources(
    parse: SlavicParse, lexicon: SlavicLexicon, drafts: list[SlavicDraft]
) -> list[SlavicDraft]:
    """``drafts`` with each evidence frame's source made whole; those with none dropped."""
    kept: list[SlavicDraft] = []
    for d in drafts:
        if d.cue_token is None or lexicon.act(parse.tokens[d.cue_token].lemma) != "other":
            kept.append(d)
            continue
        source = _source(parse, lexicon, d.speaker or _before_place(parse, lexicon, d.cue_token))
        if source is not None:
            d.speaker = source
            kept.append(d)
    return kept


def _before_place(parse: SlavicParse, lexicon: SlavicLexicon, cue: int) -> Span | None:
    """The words between a preposition and cue ``cue`` ("опитування в [конкурентних штатах]
    показують"), when a preposition opens them; :func:`_source` takes the phrase before."""
    tokens = parse.tokens
    k = cue - 1
    while k >= 0 and tokens[k].sent == tokens[cue].sent and tokens[k].pos in NOMINAL | {"ADV"}:
        k -= 1
    opens = k >= 0 and (tokens[k].pos == "ADP" or tokens[k].text.casefold() in _AT)
    return Span(tokens[k + 1].start, tokens[cue - 1].end) if opens and k + 1 < cue else None


def _source(parse: SlavicParse, lexicon: SlavicLexicon, speaker: Span | None) -> Span | None:
    tokens = parse.tokens
    found = list(parse.tokens_in(speaker)) if speaker is not None else []
    if speaker is None or not found:
        return None
    first = tokens[found[0]]
    if first.lemma.casefold() in RELATIVE:
        return None
    k = found[0] - 1
    while k >= 0 and tokens[k].pos == "ADV" and tokens[k].sent == first.sent:
        k -= 1  # "в [найбільш] конкурентних штатах"
    before = tokens[k] if k >= 0 else None
    if (
        before is not None
        and before.sent == first.sent
        and (before.pos == "ADP" or before.text.casefold() in lexicon.prepositions | _AT)
    ):  # the tagger reads "на" as a particle too
        head = phrase_before(parse, k)
        return Span(head.start, speaker.end) if head is not None else None
    return speaker
