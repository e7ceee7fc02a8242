"""A body's name with and without its country, for judging a resolved speaker.

The gold names a government body the article describes by the registry's pattern, with its
country from the article ("Ministry of Commerce of China", "Министерство обороны России"); the
pipeline may name it as the article writes it ("the Ministry of Commerce", "the U.S. Embassy",
"Минобороны", "МЗС"). Both name the same body when one is the other without its country
qualifier ("of China", "in Russia", "Chinese", "U.S."; in Russian and Ukrainian also "России",
"в Украине", "російське": body_countries) and the article names no such body of another
country. An abbreviation is its words written out (body_abbreviations): "ВГСУ" is "Вищий
господарський суд України".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.slavic_bodies import full_name
from reportedly.eval.body_abbreviations import spelt_out
from reportedly.eval.body_countries import (
    CYRILLIC,
    country_of,
    leading_country,
    trailing_country,
)
from reportedly.model import Entity
from reportedly.nlp.slavic_morph import Lang, lemma

_LINKS = frozenset({"of", "in"})
_PEOPLE = frozenset({"person", "country"})
MIN_WORDS = 2  # an unqualified name must keep two content words ("Ministry of Commerce")


def same_body(
    predicted: Entity,
    gold_names: Iterable[str],
    registry: ActorRegistry,
    others: Sequence[Entity] = (),
    lang: str = "en",
) -> bool:
    """Whether ``predicted`` (a body) and a gold name differ only by a country qualifier, or
    are one body's name and its abbreviation (with or without the country).

    Symmetric: either side may carry the country or the abbreviation. Never for people or
    countries, nor when ``others`` (the article's other entities) name the body with another
    country. ``lang`` is the article's language: Russian and Ukrainian names also lose a
    country of their own grammar and are compared up to case forms.
    """
    if predicted.kind in _PEOPLE:
        return False
    for gold in gold_names:
        for written, spelt, spelling in _spellings(predicted.name, gold, registry, lang):
            whole = _key(written, registry, lang)
            if (
                (spelling or _slavic(lang))
                and len(whole) >= MIN_WORDS
                and whole == _key(spelt, registry, lang)
            ):
                return True  # "ВГСУ" for "Вищий господарський суд України"
            for bare, qualified in (
                (written, spelt),  # "Ministry of Commerce" for "Ministry of Commerce of China"
                (spelt, written),  # and the other way round
            ):
                key = _key(bare, registry, lang)
                if (
                    len(key) >= MIN_WORDS
                    and key in _bare_keys(qualified, registry, lang)
                    and not _ambiguous(
                        key,
                        _key(qualified, registry, lang),
                        predicted,
                        others,
                        registry,
                        lang,
                        spelling,
                    )
                ):
                    return True
    return False


def _spellings(
    predicted: str, gold: str, registry: ActorRegistry, lang: str
) -> list[tuple[str, str, dict[str, str]]]:
    """The two names as written, then with an abbreviation of one written out in the other's
    words, each with its abbreviation -> the words written."""
    found: list[tuple[str, str, dict[str, str]]] = [(predicted, gold, {})]
    found += [
        (form, gold, spelling) for form, spelling in spelt_out(predicted, gold, registry, lang)
    ]
    found += [
        (predicted, form, spelling) for form, spelling in spelt_out(gold, predicted, registry, lang)
    ]
    return found


def unqualified(name: str, registry: ActorRegistry, lang: str = "en") -> list[str]:
    """``name`` without its country qualifiers, one step at a time:
    "Embassy of the United States in Russia" -> ["Embassy of the United States", "Embassy"];
    "Chinese Ministry of Commerce" -> ["Ministry of Commerce"]; in Russian and Ukrainian
    (``lang``) also "Посольство США в Украине" -> ["Посольство США", "Посольство"]."""
    words = name.split()
    slavic = _slavic(lang)
    forms: list[str] = []
    while True:
        cut = _trailing_country(words, registry)
        if (
            cut is None
            and slavic is not None
            and (found := trailing_country(words, registry, slavic))
        ):
            cut = found[0]
        lead = _leading_country(words, registry) if cut is None else 0
        if cut is None and not lead and slavic is not None:
            lead = 1 if leading_country(words, registry, slavic) else 0
        if cut is not None:
            words = words[:cut]
        elif lead:
            words = words[lead:]
        else:
            return forms
        forms.append(" ".join(words))


def _slavic(lang: str) -> Lang | None:
    return "ru" if lang == "ru" else "uk" if lang == "uk" else None


def _key(name: str, registry: ActorRegistry, lang: str) -> tuple[str, ...]:
    """The order-free key of a body's name (:meth:`ActorRegistry.title_key`). In Russian and
    Ukrainian: of its Cyrillic words' lemmas, with an abbreviation the Slavic pipeline writes
    out written out ("Минобороны": "министерство оборона") and its one country qualifier, if
    any, as the country's token ("Министерство обороны России" and "российское Минобороны":
    "@rus министерство оборона"); with two, its words in their order."""
    slavic = _slavic(lang)
    if slavic is None or not CYRILLIC.search(name):
        return registry.title_key(name)
    written = name.split()
    country = country_of(written, registry, slavic)
    body = " ".join(country[0]) if country else name
    words = " ".join(
        lemma(slavic, w.lower()) if CYRILLIC.search(w) else w
        for w in _WORD.findall(full_name(body, slavic))
    )
    if country is None and (
        trailing_country(written, registry, slavic) or leading_country(written, registry, slavic)
    ):
        return tuple(fold(words).split())  # two countries: in order ("Посольство США в России")
    key = registry.title_key(words)
    return tuple(sorted((*key, f"@{country[1].lower()}"))) if country else key


_WORD = re.compile(r"[\w'’ʼ.&-]+")


def _bare_keys(name: str, registry: ActorRegistry, lang: str = "en") -> set[tuple[str, ...]]:
    return {_key(form, registry, lang) for form in unqualified(name, registry, lang)}


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
    lang: str = "en",
    spelling: Mapping[str, str] | None = None,
) -> bool:
    """Whether the article names the same kind of body with another country (its
    abbreviations written out as ``spelling`` writes them)."""
    for other in others:
        if other.id == predicted.id or other.kind in _PEOPLE:
            continue
        name = _spelt(other.name, spelling) if spelling else other.name
        key = _key(name, registry, lang)
        if key not in (bare, qualified) and bare in _bare_keys(name, registry, lang):
            return True
    return False


def _spelt(name: str, spelling: Mapping[str, str]) -> str:
    return " ".join(spelling.get(w, w) for w in name.split())
