"""A country qualifier of a body's name in Russian and Ukrainian, for judging a resolved speaker.

"Министерство обороны России", "Посольство США в Украине", "російське Міністерство оборони":
the country in the genitive after the body, "в"/"во"/"у" and the country in the locative, or a
country adjective before it. The countries are the registry's country actors, by their
Cyrillic names and the initials of the longer ones where the dictionary knows them as an
place's abbreviation ("РФ"); their case forms are read by pymorphy3. The adjectives are the
Slavic pipeline's table of country adjectives (attribution/slavic/data/national_bodies.yaml),
for the countries the registry holds.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

from reportedly.actors.registry import ActorRegistry
from reportedly.actors.slavic_bodies import country_adjectives
from reportedly.nlp.slavic_morph import Lang, parses

CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_IN = frozenset({"в", "во", "у"})  # "в Украине", "во Франции", "у Польщі"
_GENITIVE = frozenset({"gent", "gen2"})
_LOCATIVE = frozenset({"loct", "loc2"})
_LONGEST = 4  # words of the longest country name ("Соединённые Штаты Америки")
EDGES = "«»\"'“”„,.;:()"


@dataclass(frozen=True, slots=True)
class _Countries:
    names: tuple[tuple[str, tuple[frozenset[str], ...]], ...]  # code, each word's lemmas
    # "США", "КНДР"; "РФ": initials of "Российская Федерация" the dictionary has as a place
    abbreviations: dict[str, str]  # -> the code


_CACHE: weakref.WeakKeyDictionary[ActorRegistry, dict[Lang, _Countries]] = (
    weakref.WeakKeyDictionary()
)


def trailing_country(
    words: Sequence[str], registry: ActorRegistry, lang: Lang
) -> tuple[int, str] | None:
    """Where a trailing country qualifier starts and its country's code, if ``words`` end in
    one: the country in the genitive ("… России", "… Великої Британії", "… США") or "в"/"у"
    and the country in the locative ("… в Украине"); some words are always left before it."""
    countries = _countries(registry, lang)
    for start in range(max(1, len(words) - _LONGEST), len(words)):  # the longest tail first
        tail = [w.strip(EDGES) for w in words[start:]]
        if not tail[0][:1].isupper():
            continue  # a country is written with a capital ("катара" is catarrh)
        before = words[start - 1].casefold()
        if before in _IN:
            code = _country(tail, _LOCATIVE, countries, lang) if start > 1 else None
            if code is not None:
                return start - 1, code
        elif code := _country(tail, _GENITIVE, countries, lang):
            return start, code
    return None


def leading_country(words: Sequence[str], registry: ActorRegistry, lang: Lang) -> str | None:
    """The code of the country whose adjective opens ``words`` ("российское", "Український")
    when a name follows it; None else."""
    if len(words) < 2:
        return None
    adjectives = country_adjectives(lang)
    for p in parses(lang, words[0].strip(EDGES).lower()):
        code = adjectives.get(str(p.normal_form)) if p.tag.POS == "ADJF" else None
        if code is not None and registry.country(code) is not None:
            return code
    return None


def country_of(
    words: Sequence[str], registry: ActorRegistry, lang: Lang
) -> tuple[list[str], str] | None:
    """``words`` without their one country qualifier and its country's code ("Министерство
    обороны России" and "российское Министерство обороны": "Министерство обороны", RUS); None
    when they hold none, or more than one ("Посольство США в Украине")."""
    cut = trailing_country(words, registry, lang)
    if cut is not None:
        rest, code = list(words[: cut[0]]), cut[1]
    elif lead := leading_country(words, registry, lang):
        rest, code = list(words[1:]), lead
    else:
        return None
    if trailing_country(rest, registry, lang) or leading_country(rest, registry, lang):
        return None
    return rest, code


def _country(
    tail: Sequence[str], cases: frozenset[str], countries: _Countries, lang: Lang
) -> str | None:
    """The code of the country ``tail`` names in one of ``cases``, if it names one."""
    if len(tail) == 1 and tail[0] in countries.abbreviations:
        return countries.abbreviations[tail[0]]  # indeclinable: "РФ", "США"
    readings = [
        {str(p.normal_form) for p in parses(lang, w.lower()) if p.tag.case in cases} for w in tail
    ]
    return next(
        (
            code
            for code, name in countries.names
            if len(name) == len(tail)
            and all(found & wanted for found, wanted in zip(readings, name, strict=True))
        ),
        None,
    )


def _countries(registry: ActorRegistry, lang: Lang) -> _Countries:
    by_lang = _CACHE.setdefault(registry, {})
    if lang not in by_lang:
        names: list[tuple[str, tuple[frozenset[str], ...]]] = []
        abbreviations: dict[str, str] = {}
        for actor in registry:
            if actor.type != "country" or not actor.country:
                continue
            for name in actor.names:
                if not CYRILLIC.search(name):
                    continue
                words = name.split()
                names.append((actor.country, tuple(_nominative_lemmas(w, lang) for w in words)))
                if len(words) == 1 and name.isupper():
                    abbreviations[name] = actor.country
                elif len(words) > 1 and _is_place_abbreviation(initials := _initials(words)):
                    abbreviations[initials] = actor.country
        by_lang[lang] = _Countries(tuple(names), abbreviations)
    return by_lang[lang]


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words).upper()


def _is_place_abbreviation(word: str) -> bool:
    """Whether the dictionary knows ``word`` as a place's abbreviation ("РФ"; not "СА", "ВБ",
    "СШ"). The Russian dictionary's, for both languages: the Ukrainian one tags no places."""
    return any(
        p.is_known and {"Abbr", "Geox"} <= p.tag.grammemes for p in parses("ru", word.lower())
    )


def _nominative_lemmas(word: str, lang: Lang) -> frozenset[str]:
    """The lemmas of ``word``'s nominative readings (of all, where it has none)."""
    found = parses(lang, word.lower())
    nominative = [p for p in found if p.tag.case == "nomn"] or list(found)
    return frozenset(str(p.normal_form) for p in nominative) | {word.lower()}
