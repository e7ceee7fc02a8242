"""Names of registry actors written another way in Russian and Ukrainian text: a person's
given name in another spelling ("Майкл Уолтц" for "Майк Уолтц"), and a body after its own
country's adjective ("американский Институт изучения войны")."""

from __future__ import annotations

import re
from typing import Protocol

from reportedly.actors._spelling import spelling_key
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.slavic_bodies import country_adjectives
from reportedly.attribution.slavic.lexicon import Lang
from reportedly.nlp.slavic_morph import parses

_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
_VOWELS = re.compile(r"[aeiouy]")


class Match(Protocol):
    """:func:`reportedly.actors.slavic.match_actor`'s signature."""

    def __call__(
        self, registry: ActorRegistry, name: str, *, lang: str = ..., person: bool = ...
    ) -> Actor | None: ...


def given_name_variant(
    registry: ActorRegistry, words: list[str], lang: str, match: Match
) -> Actor | None:
    """The one registry person with the surname ``words[1]`` whose Cyrillic given name is
    another spelling of ``words[0]`` ("Майкл Уолтц" for "Майк Уолтц", "Талси Габбард" for
    "Тулси Габбард"), not another given name ("Владимир Кличко" is no "Виталий Кличко")."""
    if not words[0][:1].isupper() or not words[1][:1].isupper():
        return None
    actor = match(registry, words[1], lang=lang, person=True)
    if actor is None or actor.type != "person":
        return None
    given = {n.split()[0] for n in actor.names if " " in n and _CYRILLIC.search(n)}
    return actor if any(same_given_name(words[0], g) for g in given) else None


def same_given_name(one: str, other: str) -> bool:
    """Whether two spellings are of one given name: one's Latin key opens the other's
    ("Майк", "Майкл"), or the keys differ in vowels only ("Талси", "Тулси")."""
    a, b = spelling_key(fold(one)), spelling_key(fold(other))
    if len(a) < 3 or len(b) < 3:
        return False
    return a.startswith(b) or b.startswith(a) or _VOWELS.sub("", a) == _VOWELS.sub("", b)


def described_by_country(
    registry: ActorRegistry, name: str, lang: str, match: Match
) -> Actor | None:
    """A registry body named after its own country's adjective ("американский Институт
    изучения войны"): the adjective describes the body, it is no part of its name."""
    first, _, rest = name.partition(" ")
    if not rest[:1].isupper() or not first.islower():
        return None
    language: Lang = "uk" if lang == "uk" else "ru"
    adjectives = country_adjectives(language)
    codes = {adjectives.get(p.normal_form) for p in parses(language, first)} - {None}
    if len(codes) != 1:
        return None
    body = match(registry, rest, lang=lang)
    if body is None or body.type in {"person", "country"}:
        return None
    return body if body.country in codes else None
