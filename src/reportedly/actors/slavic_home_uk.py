"""Ukrainian ministries written with no country ("У МЗС заявили", "Міністерство юстиції
повідомило"): in a Ukrainian text that names Ukraine at least as often as any other country,
Ukraine's ministry, as a home title ("міністр закордонних справ") is the Ukrainian holder.
A ministry the registry knows becomes its actor; another one takes the name the gold writes
("Міністерство юстиції України"). Data: ``attribution/slavic/data/home_bodies_uk.yaml``;
for :mod:`reportedly.actors.slavic`."""

from __future__ import annotations

import dataclasses
from collections import Counter
from functools import cache
from importlib import resources
from typing import Any

from reportedly._yaml import load_yaml
from reportedly.actors.registry import ActorRegistry
from reportedly.model import Entity
from reportedly.nlp.slavic_morph import APOSTROPHES

_HOME = "UKR"


@cache
def _bodies() -> dict[str, dict[str, Any]]:
    path = resources.files("reportedly.attribution.slavic") / "data" / "home_bodies_uk.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("bodies"), dict):
        raise ValueError(f"{path}: needs the mapping `bodies`")
    return {str(k).translate(APOSTROPHES): v for k, v in data["bodies"].items()}


def at_home(registry: ActorRegistry, entities: dict[str, Entity]) -> bool:
    """Whether the text's countries (``entities`` resolved to registry countries, by their
    mentions) name Ukraine, and no other country more often."""
    counts: Counter[str] = Counter()
    for e in entities.values():
        if e.actor_id is None or e.actor_id not in registry:
            continue
        actor = registry.by_id(e.actor_id)
        if actor.type == "country" and actor.country:
            counts[actor.country] += len(e.mentions)
    return counts[_HOME] > 0 and counts[_HOME] == max(counts.values())


def home_bodies(registry: ActorRegistry, entities: dict[str, Entity]) -> dict[str, Entity]:
    """The article-level bodies among ``entities`` that are Ukraine's ministries (module
    docstring): the old entity id -> the entity it becomes."""
    table = _bodies()
    found = {
        k: table[key]
        for k, e in entities.items()
        if e.resolution == "article"
        and e.kind == "organisation"
        and (key := e.name.casefold().translate(APOSTROPHES).strip()) in table
    }
    if not found or not at_home(registry, entities):
        return {}
    out: dict[str, Entity] = {}
    for k, spec in found.items():
        e = entities[k]
        if spec.get("id") and spec["id"] in registry:
            out[k] = registry.by_id(spec["id"]).entity(e.mentions)
        elif spec.get("name"):
            out[k] = dataclasses.replace(e, name=str(spec["name"]))
    return out
