"""Kinds of Russian and Ukrainian speaker phrases the actors stage resolves beyond a tagged
name (:mod:`reportedly.actors.slavic`): a registry body the NER missed, written out in full
("Всесвітня організація охорони здоров'я"); a bare national body of the one country just named
("… в Испании … правительство подтвердило"); a company noun whose country adjective picks the
registry company of that country ("Российский поставщик" after "Газпром").
"""

from __future__ import annotations

import re

from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.slavic_bodies import body_of_country, country_code, described_country
from reportedly.attribution.slavic.lexicon import Lang, default_lexicon
from reportedly.model import Analysis, Entity, Span, Token

_ENDINGS = ("ого", "ому", "ими", "ым", "им", "ій", "ої", "ою", "ой", "ей", "ом", "ем", "ові",
            "а", "у", "ю", "е", "і", "ы", "и", "я", "ї")  # fmt: skip
_STEM_ENDS = ("", "а", "я", "ий", "ій", "ый", "ой", "о")
_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def case_forms(name: str) -> list[str]:
    """``name`` and the forms of it with its last word's case ending undone ("Пєскова" ->
    "Пєсков", "Пєскова", …)."""
    words = name.split()
    forms = [name]
    if not words:
        return forms
    last = words[-1]
    for ending in _ENDINGS:
        if last.lower().endswith(ending) and len(last) - len(ending) >= 3:
            stem = last[: len(last) - len(ending)]
            forms += [" ".join([*words[:-1], stem + e]) for e in _STEM_ENDS]
    return forms


def speaker_tokens(analysis: Analysis, span: Span) -> list[Token]:
    """The annotation's tokens inside ``span``."""
    if analysis.annotation is None:
        return []
    return [t for t in analysis.annotation.tokens if span.start <= t.start and t.end <= span.end]


_PLACE_REACH = 300  # characters before a bare body noun its country may be named in


def body_of_place(
    registry: ActorRegistry, analysis: Analysis, span: Span, lang: Lang
) -> tuple[Actor | None, str | None]:
    """A bare body noun the attribution found no antecedent for ("правительство
    подтвердило", "кажуть у поліції"): the body of the one country named (a word whose lemma
    is a country's name in the table of country names) in the ``_PLACE_REACH`` characters
    before it (:func:`body_of_country`); (None, None) when none or several are named there."""
    tokens = speaker_tokens(analysis, span)
    if len(tokens) != 1:
        return None, None
    before = analysis.annotation.tokens if analysis.annotation is not None else ()
    codes = {
        country_code(t.lemma, lang)
        for t in before
        if span.start - _PLACE_REACH <= t.start and t.end <= span.start and t.text[:1].isupper()
    } - {None}
    if len(codes) != 1:
        return None, None
    return body_of_country(registry, tokens[0], str(codes.pop()), lang)


def company_of(
    registry: ActorRegistry,
    entities: dict[str, Entity],
    entity: Entity,
    tokens: list[Token],
    lang: Lang,
) -> Entity:
    """For a company noun with a country adjective ("Российский поставщик", "російська
    компанія") resolved to a company of no known country or another one: the one registry
    company of the adjective's country named before the phrase, if there is exactly one;
    ``entity`` itself otherwise. Companies only: the registry codes them BUS."""
    if not tokens or tokens[-1].lemma.casefold() not in default_lexicon(lang).org_anaphors:
        return entity
    code = described_country(tokens, lang)
    known = _actor_of(registry, entity)
    if code is None or (known is not None and known.country == code):
        return entity
    start = tokens[0].start
    found = []
    for e in entities.values():
        actor = _actor_of(registry, e)
        if actor is not None and _is_company(actor) and actor.country == code:
            found += [e] if any(m.end <= start for m in e.mentions) else []
    return found[0] if len(found) == 1 else entity


def _actor_of(registry: ActorRegistry, entity: Entity) -> Actor | None:
    """The registry actor ``entity`` is linked to, if any."""
    aid = entity.actor_id
    return registry.by_id(aid) if aid is not None and aid in registry else None


def _is_company(actor: Actor) -> bool:
    """Whether the registry codes ``actor`` a business ("RUS BUS": Gazprom), not an office."""
    return actor.type == "organisation" and "BUS" in (actor.code or "").split()


def written_body(registry: ActorRegistry, written: str) -> Actor | None:
    """The one registry body or outlet a speaker phrase of two or more words is the name of,
    as written or with its last word in another case ("Всесвітня організація охорони
    здоров'я"); never a person or country (a title names its holder, a country its
    government, elsewhere)."""
    name = " ".join(written.strip(' «»"„“”').split())
    if len(name.split()) < 2 or not name[:1].isupper() or not _CYRILLIC.search(name):
        return None
    for form in case_forms(name):
        found = [a for a in registry.match_name(form) if a.type not in ("person", "country")]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def untagged_name(
    registry: ActorRegistry, written: str, quoted: bool = False
) -> tuple[Actor | None, str | None]:
    """A one-word speaker phrase the NER did not tag: the registry body or country it is a
    name of, exactly ("Талибы заявили", "⚡️Германия не исключает"); else a name no common
    word is, Latin capitals or Latin letters with digits ("— RMF24"), or any name in quote
    marks (``quoted``: "передає «Сіньхуа»"), a body named as written (its name, no actor);
    (None, None) for anything else ("Прокуратура" opening a sentence)."""
    word = " ".join(written.strip(' «»"„“”').split())
    if not word or (" " in word and not quoted) or not word[:1].isupper():
        return None, None
    found = [
        a
        for a in registry.match_name(word)
        if a.type != "person" and any(fold(n) == fold(word) for n in a.names)
    ]
    if len(found) == 1:
        return found[0], None
    if found:
        return None, None
    if quoted:
        return None, word
    latin = _LATIN.search(word) is not None and len(word) > 1
    if latin and (word.isupper() or any(c.isdigit() for c in word)):
        return None, word
    return None, None


def shorter_name(
    shortened: dict[str, Entity], entity: Entity | None, tokens: list[Token], lang: Lang
) -> Entity | None:
    """A body's noun alone ("генштаб", "міністерство") after a speaker phrase that opened with
    it and named a registry body ("Генштаб ВСУ"): that body, the last one so named; else
    ``entity``. Notes each phrase of two or more words that resolved to a registry body, by
    its first word's lemma, in ``shortened``."""
    first = tokens[0].lemma.casefold() if tokens else ""
    if first not in default_lexicon(lang).bodies:
        return entity  # "источник в администрации … источник": a voice, not the body
    if len(tokens) == 1 and tokens[0].text.islower() and first in shortened:
        return shortened[first]
    if entity is None or entity.resolution != "registry" or entity.kind == "person":
        return entity
    if len(tokens) > 1 and tokens[0].pos in ("NOUN", "PROPN"):
        shortened[first] = entity
    return entity
