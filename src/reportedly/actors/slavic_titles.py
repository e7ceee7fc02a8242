"""Titles as Russian and Ukrainian speakers: a speaker phrase's lemmas matched to the lexicon's
titles and the registry role they name ("пресс-секретарь Кремля": the Kremlin spokesman on the
article's date), for :mod:`reportedly.actors.slavic`."""

from __future__ import annotations

import re
from datetime import date

from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.model import Analysis, Span

_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)


def title_key(analysis: Analysis, span: Span) -> str:
    """The lemmas of the speaker phrase's words (from the annotation), lower case."""
    if analysis.annotation is None:
        return span.text(analysis.article.text).casefold()
    return " ".join(
        t.lemma.casefold()
        for t in analysis.annotation.tokens
        if span.start <= t.start and t.end <= span.end
    )


def supported(registry: ActorRegistry, actor: Actor, text: str) -> bool:
    """Whether ``text`` names ``actor`` (a surname) or ``actor``'s country in Cyrillic, by a
    stem of a registry name ("Україн" in "України", "українська"; "Росси" in "российский")."""
    folded = fold(text)
    words = [n.split()[-1] for n in actor.names if " " in n]
    for country in registry:
        if country.type == "country" and country.country == actor.country:
            words += [n.split()[0] for n in country.names]
    for word in words:
        if _CYRILLIC.search(word):
            stem = word[:-1] if len(word) > 4 and word[-1].lower() in "аяеиіыоу" else word
            if fold(stem) in folded:
                return True
    return False


def title_entry(titles: dict[str, str], key: str) -> str | None:
    """The lexicon title the phrase ``key`` is, or the longest one it starts with ("глава
    МИД России Лавров" is a name)."""
    if not key:
        return None
    if key in titles:
        return key
    starts = [k for k in titles if key.startswith(k + " ")]
    return max(starts, key=len) if starts else None


def titled(
    registry: ActorRegistry, titles: dict[str, str], key: str, on: date | None
) -> Actor | None:
    """The holder on ``on`` of the role whose lexicon title the phrase ``key`` is."""
    entry = title_entry(titles, key)
    if entry is None:
        return None
    found = registry.match_title(titles[entry], on=on)
    return found[0] if found else None
