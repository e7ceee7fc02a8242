"""Ukrainian role descriptions read as the registry's titles ("канцлер Німеччини", "німецький
канцлер", "Прем'єр-міністр Данії", "очільник Пентагону"): the role's lemmas, and its country
from an adjective or a country's name in the genitive, make an English title ("Chancellor of
Germany") whose holder the registry knows. An undated text (SlavicNER, NER-UK) is dated by the
latest year it names; a holder is taken only when one holds the title then. Data:
``attribution/slavic/data/titles_uk.yaml``; for :mod:`reportedly.actors.slavic`."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.slavic_bodies import country_adjectives

_APOSTROPHES = str.maketrans("’ʼ`", "'''")  # "Прем’єр-міністр": one apostrophe
_YEAR = re.compile(r"(?<!\d)(199\d|20[0-3]\d)(?!\d)")


@cache
def _table() -> dict[str, Any]:
    path = resources.files("reportedly.attribution.slavic") / "data" / "titles_uk.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not {"roles", "qualifiers"} <= data.keys():
        raise ValueError(f"{path}: needs the keys qualifiers, roles")
    return data


def composed_title(
    registry: ActorRegistry, lemmas: list[str], text: str, on: date | None
) -> Actor | None:
    """The holder of the title a Ukrainian speaker phrase's ``lemmas`` describe (module
    docstring) on ``on`` (or the year ``text`` names last); None when there is none or the
    phrase names no country."""
    table = _table()
    words = [w.translate(_APOSTROPHES) for w in lemmas if w not in table["qualifiers"]]
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
    if spec.get("country"):
        codes.add(spec["country"])
    codes |= _countries(registry, rest)
    if len(codes) != 1 or len(rest) > 3:
        return None
    country = registry.country(codes.pop())
    if country is None:
        return None
    when = on or _latest_year(text)
    if when is None:
        return None
    found = registry.match_title(f"{spec['role']} of {country.name}", on=when)
    return found[0] if len(found) == 1 else None


def _countries(registry: ActorRegistry, lemmas: list[str]) -> set[str]:
    """The registry countries the words after a role name ("німеччина", "велика британія")."""
    found: set[str] = set()
    for n in range(len(lemmas)):
        for size in (2, 1):
            written = " ".join(lemmas[n : n + size])
            for form in (written.title(), written.upper()):
                found |= {
                    a.country
                    for a in registry.match_name(form)
                    if a.type == "country" and a.country
                }
    return found


def _latest_year(text: str) -> date | None:
    """The middle of the latest year ``text`` names (an undated text's time)."""
    years = [int(y) for y in _YEAR.findall(text)]
    return date(max(years), 7, 1) if years else None
