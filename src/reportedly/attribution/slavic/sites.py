"""A document or data "on the site of X": X issued it ("в заявлении, опубликованном на сайте
Госдепартамента США", "згідно з інформацією на сайті аеропорту «Бориспіль»"), so X is the
speaker (docs/gold-guide.md: a document gets the body the text names). The lexicon's
``published`` are the participles that may come first, its ``sites`` the place nouns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.model import Token

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon

_ON = frozenset({"на", "в", "во", "у"})


def site_owner(tokens: Sequence[Token], at: int, lexicon: SlavicLexicon) -> int | None:
    """The index of the owner's first word when the words from ``at`` read "[,] [published]
    на|в [adjectives] сайте OWNER" (", опубликованном на сайте МИД РФ", "на сайті аеропорту",
    "в офіційному телеграм-каналі МОЗ") or ", published OWNER" with the owner's name
    capitalised (", затвердженим МОЗ"); else None."""
    k = at
    if k < len(tokens) and tokens[k].text == ",":  # ", опубликованном на сайте": a participle
        k += 1
        if k >= len(tokens) or tokens[k].lemma.casefold() not in lexicon.published:
            return None
    participle = k < len(tokens) and tokens[k].lemma.casefold() in lexicon.published
    k += participle
    named = k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha()
    if participle and named and tokens[k].sent == tokens[k - 1].sent:
        return k  # "згідно з планом, затвердженим МОЗ": the one who issued it, named
    if k + 2 >= len(tokens) or tokens[k].text.casefold() not in _ON:
        return None
    site = k + 1
    while site < min(k + 3, len(tokens) - 1) and tokens[site].pos == "ADJ":
        site += 1  # "в офіційному телеграм-каналі МОЗ", "на официальной странице"
    if site + 1 >= len(tokens) or tokens[site].lemma.casefold() not in lexicon.sites:
        return None
    return site + 1 if tokens[site + 1].sent == tokens[k].sent else None
