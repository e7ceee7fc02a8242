"""Where a complement verb's content opens when it is no clause: what a complaint is "на"
("скаржилася тільки на дискомфорт"), the stance "за"/"на користь" a view takes ("висловилися
за подальшу боротьбу", "выступает против поставок"), what is insisted on or stressed
("наполягає на перевірці", "наголосили на необхідності реформи"), and an application's noun
("попросил политического убежища")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.model import Token

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon

# "на тому, що", "на том, чтобы": a pointer to the clause after it
_THAT = frozenset({"тому", "цьому", "том", "этом"})
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


def stance_at(tokens: Sequence[Token], k: int, lexicon: SlavicLexicon) -> int | None:
    """The preposition that opens the stance stance verb ``k`` takes ("висловилися [за]
    подальшу боротьбу", "выступает [против] поставок", "[на] користь ініціативи"), or
    None."""
    j = k + 1
    if j + 1 >= len(tokens) or tokens[j].sent != tokens[k].sent:
        return None
    word = tokens[j].text.casefold()
    if word in lexicon.stance_prepositions:
        noun = next((t for t in tokens[j + 1 : j + 4] if t.pos in {"NOUN", "PROPN"}), None)
        return None if noun is not None and noun.lemma in lexicon.teams else j
    if (word, tokens[j + 1].text.casefold()) in lexicon.stance_phrases:
        return j
    return None


def insisted_on(tokens: Sequence[Token], k: int, lexicon: SlavicLexicon) -> int | None:
    """The first token of what verb ``k`` insists on or stresses, the noun phrase after its
    "на" ("наполягає [на] нібито фальсифікаціях"), or None: not an occasion or a site
    ("наголосив на брифінгу, що …", "на своїй сторінці"), and for the stressing verbs only a
    view's noun ("наголосили на необхідності …")."""
    verb = tokens[k].lemma
    on = complained_of(tokens, k)
    if on is None or on >= len(tokens):
        return None
    if tokens[on].text.casefold() in _THAT:
        return None  # "наполягає на тому, що …": the clause is the verb's own content
    if tokens[on].pos == "PART" and on + 1 < len(tokens):
        on += 1  # "наполягає на нібито фальсифікаціях": the content opens after the hedge
    noun = next((t for t in tokens[on : on + 4] if t.pos in {"NOUN", "PROPN"}), None)
    if noun is None or noun.sent != tokens[k].sent:
        return None
    if verb in lexicon.stressing_verbs:
        return on if noun.lemma in lexicon.noted_nouns else None
    if noun.lemma in lexicon.speech_occasions or noun.lemma in lexicon.sites:
        return None
    return on
