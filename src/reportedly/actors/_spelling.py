"""One key for the spellings of a name across alphabets and transliterations.

"Sergei Riabkow" (Polish), "Sergey Ryabkov" (English) and "Сергей Рябков" (Russian) all key
to "sergei riabkov". The tables are data (``data/spellings.yaml``); the key is only a fallback
for a name whose written form the registry lacks.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from reportedly._registry import read_yaml
from reportedly.actors._resolution_data import default_data
from reportedly.actors.folding import fold
from reportedly.errors import ConfigError

if TYPE_CHECKING:  # the registry keys its names with this module
    from reportedly.actors.records import Actor
    from reportedly.actors.registry import ActorRegistry

CODE_SPELLINGS = "E510"  # shares the registry's "unreadable data file" code
_TYPO_RATIO = 0.75  # given names this alike are one spelt two ways
_SURNAME_RATIO = 0.8  # with the given name alike too: "Zacharowa" is Zakharova


@cache
def _tables() -> tuple[dict[str, str], list[tuple[str, str]]]:
    path = resources.files("reportedly.actors") / "data" / "spellings.yaml"
    data = read_yaml(path.read_text(encoding="utf-8"), path, code=CODE_SPELLINGS)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping", code=CODE_SPELLINGS)
    letters = {**data["letters"], **data["cyrillic"]}
    return letters, [(a, b) for a, b in data["rewrites"]]


def spelling_key(folded: str) -> str:
    """The spelling key of a folded name (see :func:`reportedly.actors.folding.fold`)."""
    letters, rewrites = _tables()
    text = unicodedata.normalize("NFKD", folded.casefold())
    text = "".join(letters.get(c, c) for c in text if not unicodedata.combining(c))
    for old, new in rewrites:
        text = text.replace(old, new)
    return re.sub(r"(\w)\1+", r"\1", text)  # "Blinkken", "Zelenskyy"


@cache
def alone_surnames(registry: ActorRegistry) -> frozenset[str]:
    """The last words of the names the registry's people go by alone (folded): "Lula", not
    "Silva" of "Lula da Silva"."""
    last = {
        fold(n).split()[-1]
        for a in registry
        if a.type == "person"
        for n in a.alone_names
        if fold(n)
    }
    return frozenset(last | {spelling_key(w) for w in last})  # "Łukaszenka" as "Lukashenka"


@cache
def name_last_words(registry: ActorRegistry) -> frozenset[str]:
    """The last words of every name of the registry's people (folded), whether or not they
    go by it alone: "Un" of "Kim Jong Un", "Silva" of "Lula da Silva"."""
    last = {fold(n).split()[-1] for a in registry if a.type == "person" for n in a.names if fold(n)}
    return frozenset(last | {spelling_key(w) for w in last})


@cache
def _full_names(registry: ActorRegistry) -> dict[str, tuple[tuple[str, str, Actor], ...]]:
    """(given name key, surname key, person) for every full name of the registry's people
    that ends in a name they go by alone (not "Luiz … Silva" of Lula), by the surname key's
    first letter; not a name a particle begins ("bin Salman": "bin" is no given name)."""
    particles = default_data().name_particles
    out: dict[str, list[tuple[str, str, Actor]]] = {}
    for actor in registry:
        if actor.type != "person":
            continue
        for name in actor.names:
            words = fold(name).split()
            if (
                len(words) > 1
                and spelling_key(words[0]) not in particles
                and actor.surname_of(name)
            ):
                surname = spelling_key(words[-1])
                out.setdefault(surname[:1], []).append((spelling_key(words[0]), surname, actor))
    return {k: tuple(v) for k, v in out.items()}


def alike(a: str, b: str, ratio: float = _SURNAME_RATIO) -> bool:
    """Whether two spelling keys are as alike as a misspelt full name's surname must be."""
    return _alike(a, b, ratio)


def _alike(a: str, b: str, ratio: float) -> bool:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= ratio
        and matcher.quick_ratio() >= ratio
        and matcher.ratio() >= ratio
    )


@lru_cache(maxsize=4096)  # names recur across articles; a long run must not grow it
def misspelt_person(registry: ActorRegistry, full: str) -> tuple[Actor, ...]:
    """The one registry person a full name names with both names misspelt or translated
    ("Maria Zacharowa", "Wołodymyr Zelnski"): each name alike, the surname's first letter
    the same; never a name two people could be."""
    words = fold(full).split()
    given_words = words[:-1]  # the given name is before the particles: "Muhammad bin Salman"
    while given_words and spelling_key(given_words[-1]) in default_data().name_particles:
        given_words.pop()
    if not given_words:
        return ()
    given, surname = spelling_key(given_words[-1]), spelling_key(words[-1])
    if len(surname) < 4:
        return ()
    found = {
        actor.id: actor
        for g, s, actor in _full_names(registry).get(surname[:1], ())
        if _alike(s, surname, _SURNAME_RATIO) and _alike(g, given, _TYPO_RATIO)
    }
    return tuple(found.values()) if len(found) == 1 else ()
