"""Acronyms an article introduces: "the Institute for the Study of War (ISW)" makes "ISW" the
institute wherever the article uses it, and "The British Ministry of Defense (MoD)" makes "The
MoD" the ministry."""

from __future__ import annotations

import re
from collections.abc import Iterable

# words an acronym skips ("Institute for the Study of War" → ISW)
_SKIPPED = frozenset({"of", "for", "the", "and", "on", "in", "at", "to", "&", "de", "du", "des"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
# one that writes its small words' letters small: "MoD", "DoD" (Ministry/Department of Defence)
_MIXED = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,5}")


def is_acronym(name: str) -> bool:
    """Whether ``name`` is written as an acronym ("ISW", "KIIS", "AT&T", "MoD"), not a word."""
    return bool(_ACRONYM.fullmatch(name) or _MIXED.fullmatch(name))


def initials(name: str) -> str:
    """The acronym a multi-word name makes: the first letters of its words, small words
    left out, a hyphenated word counted once ("Organization for Security and Co-operation in
    Europe" → "OSCE"); "" for a name of one word."""
    words = name.split()
    if len(words) < 2:
        return ""
    # one capital per word: "ß" is "SS" in capitals
    letters = [w[0].upper()[0] for w in words if w.lower() not in _SKIPPED and w[0].isalpha()]
    return "".join(letters)


def expansion(acronym: str, names: Iterable[tuple[str, Iterable[str]]]) -> str | None:
    """The one key among ``names`` (key, its written names) whose name spells ``acronym``;
    ``None`` when none or several do (an acronym the article does not settle stays apart)."""
    found = {key for key, written in names if any(spells(acronym, n) for n in written)}
    return found.pop() if len(found) == 1 else None


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the acronym of ``name``: its initials, or for one that writes
    small words small ("MoD") the initials of the name or of its end, small words' letters
    small ("British Ministry of Defence" ends in "Ministry of Defence": "MoD")."""
    if not acronym.isupper():
        words = name.split()
        tails = (words[k:] for k in range(len(words) - 1) if words[k][:1].isupper())
        return any(_small_initials(tail) == acronym for tail in tails)
    return initials(name) == acronym


def _small_initials(words: list[str]) -> str:
    """The first letters of ``words``, a small word's small ("Ministry of Defence": "MoD")."""
    return "".join(
        w[0].lower() if w.lower() in _SKIPPED else w[0].upper()
        for w in words
        if w[0].isalpha() or w == "&"
    )
