"""Ukrainian role descriptions read as the registry's titles ("канцлер Німеччини", "німецький
канцлер", "Прем'єр-міністр Данії", "очільник Пентагону"): the role's lemmas, and its country
from an adjective or a country's name in the genitive, make an English title ("Chancellor of
Germany") whose holder the registry knows. In an undated text (SlavicNER, NER-UK) the holder
is the one of every year the text names, or of the year it names most. Data:
``attribution/slavic/data/titles_uk.yaml``; for :mod:`reportedly.actors.slavic`."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from reportedly._yaml import load_yaml
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.slavic_bodies import country_adjectives
from reportedly.nlp.slavic_morph import APOSTROPHES

_YEAR = re.compile(r"(?<!\d)(199\d|20[0-3]\d)(?!\d)")


@cache
def _table() -> dict[str, Any]:
    path = resources.files("reportedly.attribution.slavic") / "data" / "titles_uk.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not {"roles", "qualifiers", "country_words"} <= data.keys():
        raise ValueError(f"{path}: needs the keys country_words, qualifiers, roles")
    return data


def composed_title(
    registry: ActorRegistry, lemmas: list[str], text: str, on: date | None
) -> Actor | None:
    """The holder of the title a Ukrainian speaker phrase's ``lemmas`` describe (module
    docstring) on ``on`` (in an undated ``text``: :func:`_holder`); None when there is none
    or the phrase names no country."""
    table = _table()
    # "Прем’єр-міністр": one apostrophe, as the table writes it
    words = [w.translate(APOSTROPHES) for w in lemmas if w not in table["qualifiers"]]
    adjectives = country_adjectives("uk")
    codes = {adjectives[w] for w in words[:1] if w in adjectives}
    words = words[len(codes) :]
    entry = max(
        (r for r in table["roles"] if words[: len(r.split())] == r.split()),
        key=lambda r: len(r.split()),
        default=None,
    )
    if entry is None:
        return None
    rest = words[len(entry.split()) :]
    spec = table["roles"][entry]
    if spec.get("title"):  # "голова Єврокомісії": the body's own title, no country
        return _holder(registry, spec["title"], on, text)
    if spec.get("country"):
        codes.add(spec["country"])
    codes |= _countries(registry, rest)
    if len(codes) != 1 or len(rest) > 3:
        return None
    country = registry.country(codes.pop())
    if country is None:
        return None
    return _holder(registry, f"{spec['role']} of {country.name}", on, text)


def _holder(registry: ActorRegistry, title: str, on: date | None, text: str) -> Actor | None:
    """The one holder of ``title`` on ``on``; in an undated text, the one who held it in
    every year the text names, else in the year it names most (no tie)."""
    if on is not None:
        found = registry.match_title(title, on=on)
        return found[0] if len(found) == 1 else None
    years = [int(y) for y in _YEAR.findall(text)]
    held = {y: registry.match_title(title, on=date(y, 7, 1)) for y in set(years)}
    holders = {found[0].id for found in held.values() if len(found) == 1}
    if len(holders) == 1 and all(len(found) == 1 for found in held.values()):
        return next(iter(held.values()))[0]
    counts = sorted(((years.count(y), y) for y in held), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    found = held[counts[0][1]]
    return found[0] if len(found) == 1 else None


def _countries(registry: ActorRegistry, lemmas: list[str]) -> set[str]:
    """The registry countries the words after a role name ("німеччина", "велика британія")."""
    found: set[str] = set()
    for n in range(len(lemmas)):
        for size in (2, 1):
            written = " ".join(lemmas[n : n + size])
            code = _table()["country_words"].get(written)
            if code:
                found.add(code)
            for form in (written.title(), written.upper()):
                found |= {
                    a.country
                    for a in registry.match_name(form)
                    if a.type == "country" and a.country
                }
    return found
