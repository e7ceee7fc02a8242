"""Acronyms an article introduces: "the Institute for the Study of War (ISW)" makes "ISW" the
institute wherever the article uses it, and "The British Ministry of Defense (MoD)" makes "The
MoD" the ministry; a ministry's abbreviation with its country ("German MoD") is named in
full, "Ministry of Defence of Germany"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry
from reportedly.model import Span

# words an acronym skips ("Institute for the Study of War" → ISW)
_SKIPPED = frozenset({"of", "for", "the", "and", "on", "in", "at", "to", "&", "de", "du", "des"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
# one that writes its small words' letters small: "MoD", "DoD" (Ministry/Department of Defence)
_MIXED = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,5}")


def is_acronym(name: str) -> bool:
    """Whether ``name`` is written as an acronym ("ISW", "KIIS", "AT&T", "MoD"), not a word."""
    return bool(_ACRONYM.fullmatch(name) or _MIXED.fullmatch(name))


def initials(
    name: str,
    skipped: frozenset[str] = _SKIPPED,
    words: Callable[[str], list[str]] = str.split,
) -> str:
    """The acronym a multi-word name makes: the first letters of its ``words``, the
    ``skipped`` small words left out; English words split at spaces only, so a hyphenated
    word counts once ("Organization for Security and Co-operation in Europe" → "OSCE"); ""
    for a name of one word. Other languages pass their own small words and split."""
    parts = words(name)
    if len(parts) < 2:
        return ""
    # one capital per word: "ß" is "SS" in capitals
    return "".join(w[0].upper()[0] for w in parts if w.casefold() not in skipped and w[0].isalpha())


def expansion(
    acronym: str,
    names: Iterable[tuple[str, Iterable[str]]],
    spelled: Callable[[str, str], bool] | None = None,
) -> str | None:
    """The one key among ``names`` (key, its written names) whose name spells ``acronym``
    (``spelled``: :func:`spells` unless given); ``None`` when none or several do (an acronym
    the article does not settle stays apart)."""
    test = spelled or spells
    found = {key for key, written in names if any(test(acronym, n) for n in written)}
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


_THE = frozenset({"the"})
# country names read with "the": "the United Kingdom", "the Netherlands", "the Czech Republic"
_THE_NAMES = re.compile(r"^(?:United|Republic)\b|\bRepublic$|s$")


def spelled_body(
    name: str, abbreviations: Sequence[tuple[str, str]], registry: ActorRegistry
) -> str | None:
    """``name`` in full where it is a ministry's abbreviation with its country: "German MoD",
    "UK MoD", "Germany's MoD" and "MoD of Germany" are "Ministry of Defence of Germany"
    (``abbreviations``: folded abbreviation, full name), and "Poland's Senate" is "Senate of
    Poland"; ``None`` for any other name."""
    words = [w for w in name.split() if w.lower() not in _THE]
    full = dict(abbreviations)
    if len(words) >= 3 and words[1].lower() == "of" and _abbreviation(words[0], full):
        body, country = full[fold(words[0])], _country(words[2:], registry)  # "MoD of X"
    elif len(words) >= 2 and _abbreviation(words[-1], full):
        body, country = full[fold(words[-1])], _country(words[:-1], registry)  # "X MoD"
    else:
        return None
    if country is None:
        return None
    the = "the " if _THE_NAMES.search(country) else ""
    return f"{body} of {the}{country}"


_WORD_BEFORE = re.compile(r"([A-Z][\w.]*(?:['’]s)?)\s+$")
_OF_AFTER = re.compile(r"\s+of\s+((?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?)")


def spelled_at(
    text: str,
    mentions: Sequence[Span],
    abbreviations: Sequence[tuple[str, str]],
    registry: ActorRegistry,
) -> str | None:
    """The full name (:func:`spelled_body`) of the first of ``mentions`` that is a ministry's
    abbreviation with its country, the tagger's cut undone: the country's word just before
    it ("German [MoD]") or its "of" phrase just after ("[MoD] of Germany") is read with it."""
    for m in mentions:
        name = text[m.start : m.end]
        before = _WORD_BEFORE.search(text[max(0, m.start - 30) : m.start])
        after = _OF_AFTER.match(text, m.end)
        forms = [name]
        forms += [f"{before[1]} {name}"] if before else []
        forms += [f"{name} of {after[1]}"] if after else []
        for form in forms:
            found = spelled_body(form, abbreviations, registry)
            if found is not None:
                return found
    return None


def _abbreviation(word: str, full: dict[str, str]) -> bool:
    """Whether ``word`` is an abbreviation of ``full`` ("MoD") or a chamber's noun written
    as its name ("Senate")."""
    return fold(word) in full and (is_acronym(word) or word == full[fold(word)])


def _country(words: Sequence[str], registry: ActorRegistry) -> str | None:
    """The one country ``words`` name or qualify ("German", "UK", "Germany's")."""
    found = {a.name for a in registry.match_name(" ".join(words)) if a.type == "country"}
    return found.pop() if len(found) == 1 else None
