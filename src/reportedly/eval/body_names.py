"""A body's name with and without its country, for judging a resolved speaker.

The gold names a government body the article describes by the registry's pattern, with its
country from the article ("Ministry of Commerce of China"); the pipeline may name it as the
article writes it ("the Ministry of Commerce", "the U.S. Embassy"). Both name the same body
when one is the other without its country qualifier ("of China", "in Russia", "Chinese",
"U.S.") and the article names no such body of another country.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry
from reportedly.model import Entity

_LINKS = frozenset({"of", "in"})
_PEOPLE = frozenset({"person", "country"})
MIN_WORDS = 2  # an unqualified name must keep two content words ("Ministry of Commerce")


def same_body(
    predicted: Entity,
    gold_names: Iterable[str],
    registry: ActorRegistry,
    others: Sequence[Entity] = (),
) -> bool:
    """Whether ``predicted`` (a body) and a gold name differ only by a country qualifier.

    Symmetric: either side may carry the country. Never for people or countries, nor when
    ``others`` (the article's other entities) name the body with another country.
    """
    if predicted.kind in _PEOPLE:
        return False
    written = registry.title_key(predicted.name)
    for gold in gold_names:
        for bare, qualified in (
            (written, gold),  # "Ministry of Commerce" for "Ministry of Commerce of China"
            (registry.title_key(gold), predicted.name),  # and the other way round
        ):
            if (
                len(bare) >= MIN_WORDS
                and bare in _bare_keys(qualified, registry)
                and not _ambiguous(bare, registry.title_key(qualified), predicted, others, registry)
            ):
                return True
    return False


def unqualified(name: str, registry: ActorRegistry) -> list[str]:
    """``name`` without its country qualifiers, one step at a time:
    "Embassy of the United States in Russia" -> ["Embassy of the United States", "Embassy"];
    "Chinese Ministry of Commerce" -> ["Ministry of Commerce"]."""
    words = name.split()
    forms: list[str] = []
    while True:
        cut = _trailing_country(words, registry)
        if cut is not None:
            words = words[:cut]
        elif lead := _leading_country(words, registry):
            words = words[lead:]
        else:
            return forms
        forms.append(" ".join(words))


def _bare_keys(name: str, registry: ActorRegistry) -> set[tuple[str, ...]]:
    return {registry.title_key(form) for form in unqualified(name, registry)}


def _trailing_country(words: Sequence[str], registry: ActorRegistry) -> int | None:
    """Where a trailing "of [the] COUNTRY" / "in COUNTRY" starts, if ``words`` end in one."""
    for i in range(len(words) - 2, 0, -1):
        if fold(words[i]) in _LINKS:
            tail = list(words[i + 1 :])
            if tail and fold(tail[0]) == "the":
                tail = tail[1:]
            return i if tail and _is_country(" ".join(tail), registry) else None
    return None


def _leading_country(words: Sequence[str], registry: ActorRegistry) -> int:
    """How many words of a leading country ("Chinese", "China's", "United States") there are,
    leaving a name behind; 0 when there is none."""
    for size in (2, 1):
        if len(words) > size:
            head = " ".join(words[:size])
            if _is_country(head[:-2] if head.endswith(("'s", "’s")) else head, registry):
                return size
    return 0


def _is_country(text: str, registry: ActorRegistry) -> bool:
    return registry.country_token(text) is not None or any(
        actor.type == "country" for actor in registry.match_name(text)
    )


def _ambiguous(
    bare: tuple[str, ...],
    qualified: tuple[str, ...],
    predicted: Entity,
    others: Sequence[Entity],
    registry: ActorRegistry,
) -> bool:
    """Whether the article names the same kind of body with another country."""
    for other in others:
        if other.id == predicted.id or other.kind in _PEOPLE:
            continue
        key = registry.title_key(other.name)
        if key not in (bare, qualified) and bare in _bare_keys(other.name, registry):
            return True
    return False
