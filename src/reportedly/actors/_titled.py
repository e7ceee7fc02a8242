"""A name the tagger took whole with the title before it as a body: "Minister of Foreign
Affairs Serbia Ivica Daczic" (ORG) is the person Ivica Daczic, the title a role of theirs."""

from __future__ import annotations

from reportedly.actors._resolution_data import ResolutionData
from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry

_JOINS = frozenset({"of", "for", "the", "and", "to", "in", "on"})


def titled_person(
    name: str, data: ResolutionData, registry: ActorRegistry
) -> tuple[str, str] | None:
    """(the title, the person's name) when ``name`` is a title followed by a two-word proper
    name; None for a body's own name ("Minister of Defence Office", "President's Office")."""
    words = name.split()
    if len(words) < 3 or words[-3].lower() in _JOINS:
        return None
    given, last = words[-2], words[-1]
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in (given, last)):
        return None
    if not any(w.lower() in data.title_heads for w in words[:-2]):
        return None
    known = (
        data.title_heads
        | data.organisation_nouns
        | data.person_nouns
        | data.document_nouns
        | registry.honorifics
    )
    for w in (given, last):
        if fold(w) in known or registry.country_token(w) is not None:
            return None
    return " ".join(words[:-2]), f"{given} {last}"
