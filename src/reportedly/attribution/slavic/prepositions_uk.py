"""A Ukrainian subject phrase that opens with a preposition's object (session 33): "Після
[публікації] прес-служба “Чорноморнафтогазу” поширила", "за цим видом [діяльності] НКРЕКП
вважає": the noun belongs to the preposition's phrase, the name after it is the subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.nlp.slavic_morph import cases, parses

_LOCATIVE = frozenset({"в", "у", "на", "при", "о", "об"})
# prepositions whose object in the accusative is what a verb reacts to or speaks of
_OF_ACCUSATIVE = frozenset({"на", "про", "за"})

if TYPE_CHECKING:
    from reportedly.attribution.slavic.parse import SlavicParse


def prepositional_object(parse: SlavicParse, j: int, start: int, end: int) -> bool:
    """Whether a Ukrainian phrase's first word, a lower-case noun, is the object (or its
    genitive) of the preposition ``j`` before the phrase, with a name after it that is the
    subject: "Після [публікації] прес-служба “Чорноморнафтогазу”", "за цим видом
    [діяльності] НКРЕКП"."""
    tokens = parse.tokens
    if j < 0 or start >= end or tokens[j].pos != "ADP" or tokens[j].sent != tokens[end].sent:
        return False
    if tokens[j].text.lower() in _LOCATIVE:
        return False  # "в авіакомпанії Ryanair заявили": the body the phrase places them in
    first = tokens[start]
    if not (first.pos == "NOUN" and first.text.islower() and "Gen" in cases("uk", first.text)):
        return False
    return any(t.text[:1].isupper() or t.text in '«“"' for t in tokens[start + 1 : end + 1])


def regional_body(parse: SlavicParse, j: int, start: int, end: int) -> int | None:
    """Where a Ukrainian subject starts when the phrase ``start``..``end`` is a region after
    the locative ``j`` ("Служба автодоріг [у] Вінницькій області повідомила"): at the body
    noun's phrase before the preposition, whose branch the region names; None else."""
    from reportedly.attribution.slavic.named_before_uk import region_nouns

    tokens = parse.tokens
    if j < 1 or tokens[j].text.lower() not in ("в", "у") or tokens[j - 1].sent != tokens[j].sent:
        return None
    words = tokens[j + 1 : end + 1]
    if len(words) < 2 or tokens[end].lemma.casefold() not in region_nouns():
        return None
    if not all(t.pos in ("ADJ", "PROPN") and t.text[:1].isupper() for t in words[:-1]):
        return None
    k = j - 1
    while k >= 0 and tokens[k].sent == tokens[j].sent and tokens[k].pos in ("NOUN", "PROPN", "ADJ"):
        k -= 1
    first = k + 1
    if first >= j or not tokens[first].text[:1].isupper() or tokens[first].pos != "NOUN":
        return None  # "Служба автодоріг": a capitalised body noun opens it
    return first if "Nom" in cases("uk", tokens[first].text) else None


def accusative_object(parse: SlavicParse, j: int, start: int, end: int) -> bool:
    """Whether a Ukrainian phrase that opens with a lower-case noun able to be an accusative
    is the object of the preposition ``j`` before it, a name standing before that preposition
    as the subject: "Трамп [на] рішення Верховного суду відреагував"."""
    tokens = parse.tokens
    if j < 1 or start > end or tokens[j].text.lower() not in _OF_ACCUSATIVE:
        return False
    if tokens[j].pos != "ADP" and not any(
        str(p.tag.POS) == "PREP" for p in parses("uk", tokens[j].text.lower())
    ):
        return False  # "на" is read as a particle first
    first, before = tokens[start], tokens[j - 1]
    if start != j + 1 or not (first.pos == "NOUN" and first.text.islower()):
        return False
    if "Acc" not in cases("uk", first.text) or before.sent != tokens[j].sent:
        return False
    return before.pos == "PROPN" and "NameType" in before.morph
