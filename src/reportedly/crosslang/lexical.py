"""Translation-free matching of statements across English, Russian and Ukrainian.

A statement becomes a set of language-free *features*: the concepts of a small trilingual
lexicon (``data/lexicon.tsv``: "negotiat" = "переговор" = "переговор"), the numbers it gives
("1,000" = "1 000"), and the names it mentions, keyed by their consonant skeleton after
transliteration (``data/translit.tsv``: "Байдена" → "bdn" ← "Biden"). Two statements are
alike in proportion to the features they share (a weighted Dice coefficient, 0-1). Nothing
is translated and nothing is downloaded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from reportedly.errors import ConfigError

# Names and numbers say more about which claim a statement makes than common words do.
NAME_WEIGHT = 2.0
NUMBER_WEIGHT = 2.0
CONCEPT_WEIGHT = 1.0
# A name key keeps this many consonants (enough to tell names apart, few enough to ignore
# case endings: "Зеленского" and "Zelensky" both give "zlns"); shorter keys are dropped.
KEY_CONSONANTS = 4
MIN_KEY = 2
E_LEXICON = "E700"  # the lexicon or the transliteration table is malformed

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d+)*")
_SENTENCE_END = re.compile(r"[.!?…:»\"“”]\s*$")
_VOWELS = str.maketrans("", "", "aeiouyjhw'’ʼ-")
_LATIN_FIXES = (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "ks"), ("w", "v"))


def fold(word: str) -> str:
    """``word`` case-folded, without diacritics (й → и, ё → е, ї → і, é → e)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word beginnings by the concept they carry, with the longest stem of a word winning."""

    stems: dict[str, str]  # one-word stem → concept
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # multi-word stems → concept
    longest: int  # the longest one-word stem, in characters

    def concept(self, word: str) -> str | None:
        """The concept of the longest stem that ``word`` (folded) starts with, if any."""
        for n in range(min(len(word), self.longest), 1, -1):
            found = self.stems.get(word[:n])
            if found is not None:
                return found
        return None


def _data_lines(name: str) -> Iterable[tuple[int, list[str]]]:
    text = files("reportedly.crosslang").joinpath("data", name).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield n, line.split("\t")


@cache
def lexicon() -> Lexicon:
    """The packaged trilingual lexicon.

    Raises:
        ConfigError: a line has not four tab-separated fields.
    """
    stems: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    for n, fields in _data_lines("lexicon.tsv"):
        if len(fields) != 4 or not fields[0]:
            raise ConfigError(
                f"crosslang/data/lexicon.tsv line {n}: expected 4 fields", code=E_LEXICON
            )
        concept = fields[0]
        for stem in (s for column in fields[1:] for s in column.split("|") if s.strip()):
            words = tuple(fold(w) for w in stem.split())
            if len(words) > 1:
                phrases.append((words, concept))
            else:
                stems.setdefault(words[0], concept)
    return Lexicon(stems, tuple(phrases), max(map(len, stems), default=0))


@cache
def _translit() -> dict[int, str]:
    table: dict[int, str] = {}
    for n, fields in _data_lines("translit.tsv"):
        if len(fields) != 2 or len(fields[0]) != 1:
            raise ConfigError(
                f"crosslang/data/translit.tsv line {n}: expected a letter and its Latin form",
                code=E_LEXICON,
            )
        table[ord(fields[0])] = fields[1]
    return table


def name_key(word: str) -> str:
    """A script-free key for a name: its first consonants after transliteration.

    ``"Байдена"`` and ``"Biden"`` both give ``"bdn"``; ``"Киев"``, ``"Київ"`` and ``"Kyiv"``
    give ``"kv"``. Doubled letters count once.
    """
    latin = fold(word).translate(_translit())
    for old, new in _LATIN_FIXES:
        latin = latin.replace(old, new)
    consonants = latin.translate(_VOWELS)
    squeezed = "".join(c for n, c in enumerate(consonants) if n == 0 or c != consonants[n - 1])
    return squeezed[:KEY_CONSONANTS]


def _number(raw: str) -> str:
    """``raw`` with thousands separators dropped and a decimal comma made a point."""
    parts = re.split(r"[ \u00a0\u202f,.]", raw)
    separators = re.findall(r"[ \u00a0\u202f,.]", raw)
    out = parts[0]
    for sep, part in zip(separators, parts[1:], strict=True):
        out += part if len(part) == 3 or sep.isspace() else "." + part
    return out


def features(text: str) -> dict[str, float]:
    """The weighted features of ``text``: ``c:`` concepts, ``n:`` names, ``#`` numbers."""
    lex = lexicon()
    found: dict[str, float] = {}
    for m in _NUMBER.finditer(text):
        found["#" + _number(m.group())] = NUMBER_WEIGHT
    words = list(_WORD.finditer(unicodedata.normalize("NFKC", text)))
    folded = [fold(w.group()) for w in words]
    for n, m in enumerate(words):
        word = m.group()
        sentence_start = n == 0 or _SENTENCE_END.search(text[: m.start()]) is not None
        if word[0].isupper() and not sentence_start:
            key = name_key(word)
            if len(key) >= MIN_KEY:
                found["n:" + key] = NAME_WEIGHT
        concept = lex.concept(folded[n])
        if concept is not None:
            found.setdefault("c:" + concept, CONCEPT_WEIGHT)
    for phrase, concept in lex.phrases:
        k = len(phrase)
        for n in range(len(folded) - k + 1):
            if all(folded[n + i].startswith(phrase[i]) for i in range(k)):
                found.setdefault("c:" + concept, CONCEPT_WEIGHT)
                break
    return found


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """The weighted Dice coefficient of two feature sets (0-1)."""
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 0.0
    shared = sum(w for k, w in a.items() if k in b) + sum(w for k, w in b.items() if k in a)
    return shared / total


def text_similarity(a: str, b: str) -> float:
    """:func:`similarity` of the features of two texts."""
    return similarity(features(a), features(b))
