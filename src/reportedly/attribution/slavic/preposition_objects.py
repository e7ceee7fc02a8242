"""A noun phrase before a cue verb that goes on a preposition's object ("в наглядовій раді …
компанії Burisma [намагалися]"): no subject."""

from __future__ import annotations

from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.model import Token
from reportedly.nlp.slavic_morph import cases, parses


def object_continues(parse: SlavicParse, j: int, start: int, end: int) -> bool:
    """Whether the phrase from token ``start`` goes on the object of the preposition at token
    ``j``: the words skipped before it end in an adjective of a case the phrase's first word
    may be in too ("в наглядовій раді … компанії Burisma [намагалися]": "раді" also reads as
    a nominative plural, but it is the adjective's noun). A name skipped is a place of its
    own ("У Джорджії президент [заявив]")."""
    tokens = parse.tokens
    if not (0 <= j < start <= end) or start == j + 1 or not is_preposition(parse, parse.tokens[j]):
        return False
    before = tokens[start - 1]
    if before.pos != "ADJ" or not before.text.islower():
        return False
    shared = cases(parse.lang, before.text) & cases(parse.lang, tokens[start].text)
    return bool(shared - {"Nom", "Voc"}) and "Nom" not in cases(parse.lang, before.text)


def is_preposition(parse: SlavicParse, t: Token) -> bool:
    """Whether the tagger or the dictionary reads ``t`` as a preposition."""
    return t.pos == "ADP" or any(str(p.tag.POS) == "PREP" for p in parses(parse.lang, t.text))
