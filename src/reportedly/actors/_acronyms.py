"""Acronyms an article introduces: "the Institute for the Study of War (ISW)" makes "ISW" the
institute wherever the article uses it."""

from __future__ import annotations

import re
from collections.abc import Iterable

# words an acronym skips ("Institute for the Study of War" → ISW)
_SKIPPED = frozenset({"of", "for", "the", "and", "on", "in", "at", "to", "&", "de", "du", "des"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")


def is_acronym(name: str) -> bool:
    """Whether ``name`` is written as an acronym ("ISW", "KIIS", "AT&T"), not a word."""
    return bool(_ACRONYM.fullmatch(name))


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
    found = {key for key, written in names if any(initials(n) == acronym for n in written)}
    return found.pop() if len(found) == 1 else None
