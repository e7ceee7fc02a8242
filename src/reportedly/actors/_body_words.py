"""How a body's noun stands in a name: as the name's head ("the committee" of the House
Intelligence Committee, "the ministry" of the Ministry of Defence) or as a mere modifier
("the campaign" is not the Campaign Legal Center, whose head is "center")."""

from __future__ import annotations

from collections.abc import Iterable

from reportedly.actors.folding import fold

# words after a name's head noun that keep it the head: "Ministry of Defence", "Center for
# Strategic Studies", "Committee to Protect Journalists", "Council on Foreign Relations"
_AFTER_HEAD = frozenset({"of", "for", "to", "on", "in", "at", "against", "and"})


def heads_name(noun: str, name: str) -> bool:
    """Whether ``noun`` (a lower-case word) heads the body name ``name``: its last word, or a
    word a preposition follows; not a word modifying the noun after it ("Campaign Legal
    Center")."""
    words = fold(name).split()
    return any(
        w == noun and (k == len(words) - 1 or words[k + 1] in _AFTER_HEAD)
        for k, w in enumerate(words)
    )


def heads_any(noun: str, names: Iterable[str]) -> bool:
    """Whether ``noun`` heads one of ``names`` (:func:`heads_name`)."""
    return any(heads_name(noun, n) for n in names)


def headed_by_another(
    noun: str, names: Iterable[str], nouns: frozenset[str], kinds: Iterable[frozenset[str]]
) -> bool:
    """Whether one of ``names`` is headed by a body noun of ``nouns`` that is neither ``noun``
    nor of its kind (``kinds``: sets of nouns that name the same kind of body): "the agency"
    is no Ministry of Foreign Affairs, though it may be the Federal Security Service."""
    same = {noun}.union(*(k for k in kinds if noun in k))
    return any(heads_name(other, n) for other in nouns - same for n in names)
