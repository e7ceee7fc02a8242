"""A body named with its owner before a possessive: "The U.S. Treasury Department's Office of
Foreign Assets Control" is the registry's Office of Foreign Assets Control."""

from __future__ import annotations

import re

from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry

_POSSESSIVE = re.compile(r"['’]s\s+")


def possessed_body(name: str, registry: ActorRegistry) -> Actor | None:
    """The one registry body (no person) named after the last possessive of ``name``, when the
    owner before it is of that body's country: a country written in it ("U.S."), or a body of
    that country ("Treasury Department"); None for a name with no possessive."""
    parts = _POSSESSIVE.split(name)
    if len(parts) < 2:
        return None
    owner, owned = " ".join(parts[:-1]), parts[-1]
    found = [a for a in registry.match_name(owned) if a.type != "person"]
    country = found[0].country if len(found) == 1 else None
    if not country:
        return None
    body = found[0]
    countries = {registry.country_token(w.strip(".,")) for w in owner.split()}
    if f"@{country.lower()}" in countries:
        return body
    owners = [a for a in registry.match_name(owner) if a.type != "person"]
    return body if len(owners) == 1 and owners[0].country == body.country else None
