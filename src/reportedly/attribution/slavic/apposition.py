"""Ukrainian subjects set off from their verb by an apposition: "Угур Шахін, генеральний
директор компанії BioNTech, що розробляє вакцину, сподівається, що …" (the Ukrainian
annotation has no dependency parse to give the subject); and what a relative pronoun subject
refers to ("підтвердив і ВГСУ, який заявив, що …")."""

from __future__ import annotations

from reportedly.attribution.slavic.phrases import (
    AT,
    PLACES,
    RELATIVE,
    SlavicParse,
    adverbs_skipped,
    grams,
    phrase_before,
)
from reportedly.model import Span, Token


def apposed_subject(parse: SlavicParse, k: int) -> Span | None:
    """The person's name that opens the sentence of Ukrainian cue verb ``k``, set off by a
    comma or bracket from an apposition that runs up to the verb ("Угур Шахін, генеральний
    директор компанії BioNTech, що розробляє вакцину, сподівається"; a place or occasion
    after the last comma: "…, директор ACN, на зустрічі з журналістами розповів"): two or
    more capitalised words, no finite verb between them and the cue but in a relative clause."""
    tokens = parse.tokens
    if parse.lang != "uk":
        return None
    sent = tokens[k].sent
    j = adverbs_skipped(parse, k - 1, sent)
    c = j
    while c >= 0 and tokens[c].sent == sent and tokens[c].text != "," and j - c < 6:
        c -= 1
    opens = tokens[c + 1] if c < j else None  # "на зустрічі": "на" is read as a particle
    if c < 0 or tokens[c].text != "," or (opens and opens.text.lower() not in AT | PLACES):
        return None
    first = c
    while first > 0 and tokens[first - 1].sent == sent:
        first -= 1
    while first < c and tokens[first].pos == "PUNCT":
        first += 1
    end = first
    while (
        end < c
        and end - first < 4
        and tokens[end].text[:1].isupper()
        and tokens[end].text[1:].islower()
    ):
        end += 1
    if end - first < 2 or tokens[end].text not in {",", "("}:
        return None
    relative = False
    for t in tokens[end:k]:
        relative = relative or t.lemma.casefold() in RELATIVE
        if t.pos in {"VERB", "AUX"} and not relative and _finite_verb(t):
            return None
    return Span(tokens[first].start, tokens[end - 1].end)


def _finite_verb(t: Token) -> bool:
    if grams(t) & {"GRND", "INFN", "infn", "PRTF", "PRTS"}:
        return False
    return not any(m.startswith("VerbForm=") and m != "VerbForm=Fin" for m in t.morph.split("|"))


def relative_head(parse: SlavicParse, speaker: Span, case: str = "Nom") -> Span | None:
    """The phrase right before the comma that a relative pronoun speaker follows ("ВГСУ, який
    [заявив]", "министерство, которое [сообщило]"); None for any other speaker."""
    k = parse.token_at(speaker.start)
    tokens = parse.tokens
    if k is None or k < 2 or tokens[k].lemma not in RELATIVE or tokens[k - 1].text != ",":
        return None
    if tokens[k].end < speaker.end:
        return None  # a phrase that opens with the pronoun: "які з них", not the pronoun
    head = phrase_before(parse, k - 1, case)
    if head is None or parse.token_at(head.start) == k:
        return None
    return head if tokens[parse.token_at(head.start) or 0].lemma not in RELATIVE else None
