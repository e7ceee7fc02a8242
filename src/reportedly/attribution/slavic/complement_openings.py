"""Where a complement verb's content opens when it is no clause: what a complaint is "на"
("скаржилася тільки на дискомфорт"), the stance "за"/"на користь" a view takes ("висловилися
за подальшу боротьбу"), and an application's noun ("попросил политического убежища")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.model import Token

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon

_PARTICLES = frozenset({"тільки", "лише", "лиш", "також", "теж", "навіть", "только", "лишь"})


def applied_for(tokens: Sequence[Token], at: int, lexicon: SlavicLexicon) -> bool:
    """Whether the complement at ``at`` opens with one of the lexicon's ``applications``
    as its first noun ("убежища", "политического убежища")."""
    noun = next((t for t in tokens[at : at + 3] if t.pos in {"NOUN", "PROPN"}), None)
    return noun is not None and noun.lemma.casefold() in lexicon.applications


def complained_of(tokens: Sequence[Token], k: int) -> int | None:
    """The first token of what complaint verb ``k`` is of: the word after its "на"
    ("скаржилася [тільки] на дискомфорт"), or None."""
    j = k + 1
    if j < len(tokens) and tokens[j].text.casefold() in _PARTICLES:
        j += 1
    if j + 1 < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].text == "на":
        return j + 1
    return None


def stance_at(tokens: Sequence[Token], k: int) -> int | None:
    """The preposition that opens the stance stance verb ``k`` takes ("висловилися [за]
    подальшу боротьбу", "[на] користь ініціативи"), or None."""
    j = k + 1
    if j + 1 >= len(tokens) or tokens[j].sent != tokens[k].sent:
        return None
    word = tokens[j].text.casefold()
    if word == "за" or (word == "на" and tokens[j + 1].text.casefold() == "користь"):
        return j
    return None
