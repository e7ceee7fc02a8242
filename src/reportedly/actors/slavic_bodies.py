"""National bodies named by a country in Russian and Ukrainian ("немецкое правительство",
"уряд Німеччини", "польский МИД"): the registry's body of that country, by its English name
("Government of Germany"). The body nouns and country adjectives are a data file
(attribution/slavic/data/national_bodies.yaml); a country noun is read through the
registry's Cyrillic country names.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.nlp.slavic_morph import Lang, lemma


@cache
def _table() -> dict[str, Any]:
    path = resources.files("reportedly.attribution.slavic") / "data" / "national_bodies.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys = {"heads", "adjectives", "full_names", "outlet_kinds"}
    if not isinstance(data, dict) or not keys <= data.keys():
        raise ValueError(f"{path}: needs the keys {', '.join(sorted(keys))}")
    return data


def national_body(registry: ActorRegistry, name: str, lang: Lang) -> Actor | None:
    """The registry body ``name`` describes by its kind and country, if it is one."""
    table = _table()
    words = [w.strip('«»"„“”') for w in name.split()]
    lemmas = [lemma(lang, w).casefold() for w in words if w]
    heads = [table["heads"][lang][x] for x in lemmas if x in table["heads"][lang]]
    if len(heads) != 1 or len(lemmas) > 4:
        return None
    countries = {table["adjectives"][lang].get(x) for x in lemmas} - {None}
    for word, x in zip(words, lemmas, strict=False):
        if word[:1].isupper() and x not in table["heads"][lang]:
            named = [a for a in registry.match_name(x.capitalize()) if a.type == "country"]
            countries |= {a.country for a in named if a.country}
    if len(countries) != 1:
        return None
    code = countries.pop()
    country = next((a for a in registry if a.type == "country" and a.country == code), None)
    if country is None:
        return None
    found = registry.match_name(heads[0].format(country=country.name))
    return found[0] if len(found) == 1 else None


def full_name(name: str, lang: Lang) -> str:
    """``name`` with the abbreviation that opens it written out ("МВД Грузии" ->
    "Министерство внутренних дел Грузии"); ``name`` itself when it opens with none."""
    first, _, rest = name.partition(" ")
    full = _table()["full_names"][lang].get(first.casefold())
    if full is None or not first[:1].isupper():
        return name
    return f"{full} {rest}".strip()


def outlet_name(name: str, lang: Lang) -> str:
    """``name`` without the words for its kind of outlet that open it ("ИА REGNUM" ->
    "REGNUM", "агенція новин AP" -> "AP"); ``name`` itself when no name follows them, or when
    a capitalised kind word may be the name's own ("Газета Выборча")."""
    words = name.split()
    kinds = {tuple(k.split()) for k in _table()["outlet_kinds"][lang]}
    lemmas = tuple(lemma(lang, w).casefold() for w in words[:2])
    for n in (2, 1):
        rest = " ".join(words[n:])
        quoted = rest[:1] in ("«", '"')
        if lemmas[:n] not in kinds or not (rest[:1].isupper() or quoted):
            continue
        if words[0].islower() or words[0].isupper() or quoted:  # "агентство", "ИА"
            return rest.strip('«»"')
    return name
