"""Across articles: which names of an entity may link it to a stored actor.

Registry actors keep their registry id. An actor the registry does not know is created from
its fullest name the first time an article names it, and later articles link to it by a
full name (two words or more) it is known by. A bare surname alone never links or merges
persons. The store applies these rules on save (``reportedly.store.linking``); this module
holds the part that needs no database: the name forms of an entity.
"""

from __future__ import annotations

from reportedly.actors.folding import fold
from reportedly.model import Entity


def name_forms(entity: Entity, text: str) -> tuple[str, ...]:
    """The names an entity is known by in its article: its fullest name and the parts of
    it the article uses ("Donald J. Trump", "Donald Trump", "Trump"), never titles or
    pronouns."""
    full = _strip(entity.name)
    words = fold(full).split()
    forms = {full: None}
    for span in entity.mentions:
        written = _strip(span.text(text))
        folded = fold(written).split()
        if folded and _subsequence(folded, words) and written[:1].isupper():
            forms.setdefault(written, None)
    return tuple(sorted(forms, key=lambda n: (-len(n.split()), n)))


def _strip(name: str) -> str:
    name = name.strip()
    for suffix in ("’s", "'s", "’", "'"):
        if name.endswith(suffix):
            return name[: -len(suffix)].strip()
    return name


def _subsequence(part: list[str], whole: list[str]) -> bool:
    """Whether the words of ``part`` occur in ``whole`` in order."""
    it = iter(whole)
    return all(any(w == x for x in it) for w in part)
