"""A body's name written as an abbreviation, for judging a resolved speaker.

"ВГСУ" is "Вищий господарський суд України", "МЗС" is "Міністерство закордонних справ" and
"MFA" is "Ministry of Foreign Affairs": an abbreviation's letters are the initials of the other
name's words, in order, in any language. A function word (a preposition or conjunction: "і",
"и", "та", "по", "of", "and") may give its letter or not ("СНБО" and "СНБиО" both spell "Совет
национальной безопасности и обороны"), but neither opens nor closes the words spelt.
Only a body's name is spelt out: the words must hold one in lower case (a person's or a
country's name has none) and name no registry person or country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry
from reportedly.eval.body_countries import CYRILLIC, EDGES
from reportedly.nlp.slavic_morph import parses

_ABBREVIATION = re.compile(r"[^\W\d_]{2,8}")
_LATIN_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "at", "to", "&"})
_SLAVIC_FUNCTION_POS = frozenset({"PREP", "CONJ"})
_PEOPLE = frozenset({"person", "country"})


def spelt_out(
    name: str, other: str, registry: ActorRegistry, lang: str
) -> list[tuple[str, dict[str, str]]]:
    """``name`` with one of its abbreviations written out in the words of ``other`` whose
    initials spell it, every way it can be, each with its abbreviation -> the words written
    ("ВГСУ" and "Вищий господарський суд України": one, {"ВГСУ": "Вищий господарський суд
    України"}); none when ``name`` holds no abbreviation that ``other`` spells."""
    words = name.split()
    other_words = other.split()
    written = {w.strip(EDGES) for w in other_words}
    out: list[tuple[str, dict[str, str]]] = []
    for i, word in enumerate(words):
        letters = word.strip(EDGES)
        if not (letters.isupper() and _ABBREVIATION.fullmatch(letters)) or letters in written:
            continue
        for start, end in _runs(letters, other_words, lang):
            run = " ".join(w.strip(EDGES) for w in other_words[start:end])
            if not any(w.islower() for w in run.split()) or any(
                a.type in _PEOPLE for a in registry.match_name(run)
            ):
                continue
            out.append((" ".join([*words[:i], run, *words[i + 1 :]]), {letters: run}))
    return out


def _runs(letters: str, words: Sequence[str], lang: str) -> list[tuple[int, int]]:
    """The runs ``words[start:end]`` whose initials are ``letters`` (function words optional)."""
    wanted = letters.casefold()
    initials = [_initial(w) for w in words]
    function = [_is_function_word(w, lang) for w in words]
    found: dict[tuple[int, int], None] = {}

    def spell(k: int, n: int, start: int) -> None:  # words[k:] to spell wanted[n:]
        if n == len(wanted):
            if not function[k - 1]:
                found[start, k] = None
            return
        if k == len(words):
            return
        if function[k]:
            spell(k + 1, n, start)  # skipped
        if initials[k] == wanted[n]:
            spell(k + 1, n + 1, start)

    for start in range(len(words)):
        if not function[start] and initials[start] == wanted[0]:
            spell(start + 1, 1, start)
    return list(found)


def _initial(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    return letters[0].casefold() if letters else ""


def _is_function_word(word: str, lang: str) -> bool:
    if CYRILLIC.search(word):
        return lang in ("ru", "uk") and any(
            str(p.tag.POS) in _SLAVIC_FUNCTION_POS
            for p in parses("uk" if lang == "uk" else "ru", word.lower())
        )
    return fold(word) in _LATIN_FUNCTION_WORDS
