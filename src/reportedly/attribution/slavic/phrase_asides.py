"""Words beside a speaker phrase that are no part of it, or name it: a place phrase between a
cue and the speaker after it ("заявил на пленарной сессии Европарламента еврокомиссар"), and a
body's abbreviation in brackets after its written-out name ("Управління … (FDA)")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.model import Span

if TYPE_CHECKING:
    from reportedly.attribution.slavic.parse import SlavicParse

_PHRASE_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_PLACE_PREPOSITIONS = frozenset({"на", "в", "во"})


def in_place(parse: SlavicParse, k: int, case: str) -> bool:
    """Whether token ``k`` (an adjective or noun not in ``case``) continues a Russian phrase
    opened by a preposition of place a few words before ("на [пленарной сессии
    Европарламента]")."""
    tokens = parse.tokens
    if parse.lang != "ru" or k == 0 or tokens[k].pos not in _PHRASE_POS:
        return False
    if tokens[k - 1].pos not in _PHRASE_POS | {"ADP"} or parse.has_case(tokens[k], case):
        return False
    j = k - 1
    while j > 0 and k - j < 5 and tokens[j].pos in _PHRASE_POS:
        j -= 1
    return tokens[j].pos == "ADP" and tokens[j].text.lower() in _PLACE_PREPOSITIONS


def abbreviation_aside(parse: SlavicParse, opening: int, closing: int) -> Span | None:
    """The abbreviation alone in the brackets from token ``opening`` to ``closing``, when
    the word before the brackets is a common word or another abbreviation, no name: the body
    the words before spell out ("… медикаментів МОЗ (FDA)"), not a person's party ("Олег
    Царьов (ПР)") nor a name's own letters ("Shareholder Forum (SF)")."""
    tokens = parse.tokens
    if closing - opening != 2 or opening == 0:
        return None
    word, before = tokens[opening + 1], tokens[opening - 1]
    if not (word.text.isalpha() and word.text.isupper() and 2 <= len(word.text) <= 6):
        return None
    if "NameType" in before.morph or "Animacy=Anim" in before.morph:
        return None
    if not (before.text.islower() or before.text.isupper()):
        return None  # "Shareholder Forum (SF)": the name itself stands before its letters
    return Span(word.start, word.end)
