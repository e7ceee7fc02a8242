"""Detect the language of an article: English, Russian or Ukrainian, else ``"und"``.

Words are the evidence. A Cyrillic word is Russian evidence when it has a letter only Russian
writes (ы э ъ ё) or is a frequent Russian-only word (что, это, и); Ukrainian evidence when it
has і ї є ґ, an apostrophe inside it (п'ять) or is a Ukrainian-only word (що, це, від);
otherwise neither, which leans a little to Russian (Ukrainian words carry their letters more
often). Each word adds its log-likelihood ratio; Russian or Ukrainian wins at
:data:`MIN_LOG_ODDS`. Letters and words of other Cyrillic languages (ў ј қ, Bulgarian във)
make the text ``"und"``. A Latin text is English when at least :data:`MIN_ENGLISH` of its
words are frequent English words and words of other Latin-script languages (der, une, że, or
with letters such as ä é ł) are few beside them. Too short (under :data:`MIN_WORDS` words),
mixed or another language: ``"und"``, not a guess. Word lists and rates are data:
``ingest/data/languages.yaml``.

A declared language (a JSONL field, an HTML ``lang``) is kept when the text agrees or cannot
tell; text that clearly reads as another language wins (see :func:`choose_language`).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError

UNDETERMINED = "und"  # ISO 639-2 "undetermined"
DETECTED = ("en", "ru", "uk")
MAX_CHARS = 5_000  # a long article's opening is evidence enough
MIN_WORDS = 3
MIN_LOG_ODDS = 3.0  # Russian against Ukrainian (or back): about 20 to 1
MIN_ENGLISH = 0.1  # the part of a Latin text's words that are frequent English words
MIN_ENGLISH_WORDS = 2
MAX_OTHER_LATIN = 0.25  # words of other Latin-script languages per English word
MAX_OTHER = 0.05  # the part of Cyrillic words of another Cyrillic language that is tolerated
E_DATA = "E110"  # ingest/data/languages.yaml is missing or malformed

_URL = re.compile(r"(?:https?://|www\.|t\.me/)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_APOSTROPHE = re.compile(r"[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]")
_NOT_ENGLISH = re.compile(r"[\u00c0-\u024f]")  # a Latin letter English does not write


@dataclass(frozen=True, slots=True)
class _Markers:
    letters: frozenset[str]
    words: frozenset[str]

    def marks(self, word: str) -> bool:
        return word in self.words or not self.letters.isdisjoint(word)


@dataclass(frozen=True, slots=True)
class _Tables:
    cyrillic: dict[str, _Markers]  # ru, uk, other
    english: frozenset[str]
    other_latin: frozenset[str]
    weights: dict[str, float]  # word class (ru, uk, none) → log P(class|ru) - log P(class|uk)


@dataclass(frozen=True, slots=True)
class Detection:
    """What the text reads as, and why: words of each class, and the Russian-over-Ukrainian
    log-odds (0 for Latin text)."""

    language: str
    evidence: dict[str, int]
    words: int
    log_odds: float = 0.0


@functools.cache
def _tables() -> _Tables:
    ref = resources.files("reportedly.ingest") / "data" / "languages.yaml"
    try:
        data = load_yaml(ref.read_text(encoding="utf-8"))
        cyrillic = {
            str(name): _Markers(
                letters=frozenset(str(spec.get("letters", "")).lower()),
                words=frozenset(str(w).lower() for w in spec.get("words", ())),
            )
            for name, spec in data["cyrillic"].items()
        }
        rates = data["rates"]
        weights = {k: math.log(rates["ru"][k]) - math.log(rates["uk"][k]) for k in rates["ru"]}
        english = frozenset(str(w).lower() for w in data["latin"]["en"]["words"])
        other_latin = frozenset(str(w).lower() for w in data["latin"]["other"]["words"])
        if {"ru", "uk", "other"} - set(cyrillic) or {"ru", "uk", "none"} - set(weights):
            raise KeyError("cyrillic needs ru, uk and other; rates ru, uk and none")
    except (OSError, yaml.YAMLError, AttributeError, TypeError, KeyError, ValueError) as e:
        raise ConfigError(f"cannot read ingest/data/languages.yaml: {e}", code=E_DATA) from e
    return _Tables(cyrillic=cyrillic, english=english, other_latin=other_latin, weights=weights)


def detect(text: str) -> Detection:
    """The language ``text`` reads as (``"en"``, ``"ru"``, ``"uk"`` or ``"und"``), and why."""
    sample = _URL.sub(" ", text[:MAX_CHARS])
    words = [w.lower() for w in _WORD.findall(sample)]
    cyrillic = [w for w in words if _CYRILLIC.search(w)]
    latin = [w for w in words if not _CYRILLIC.search(w) and _LATIN.search(w)]
    if len(cyrillic) >= len(latin):
        return _cyrillic(cyrillic)
    return _latin(latin)


def detect_language(text: str) -> str:
    """``"en"``, ``"ru"`` or ``"uk"`` when ``text`` clearly reads as one, else ``"und"``."""
    return detect(text).language


def choose_language(declared: str | None, text: str) -> str:
    """The language to store for ``text``: what it clearly reads as, else ``declared``
    (kept for another language, or a text too short to tell), else ``"und"``."""
    detected = detect_language(text)
    if detected != UNDETERMINED:
        return detected
    return declared or UNDETERMINED


def _latin(words: list[str]) -> Detection:
    tables = _tables()
    english = sum(w in tables.english for w in words)
    other = sum(w in tables.other_latin or _NOT_ENGLISH.search(w) is not None for w in words)
    language = UNDETERMINED
    if (
        english >= MIN_ENGLISH_WORDS
        and english >= MIN_ENGLISH * len(words)
        and other <= MAX_OTHER_LATIN * english
    ):
        language = "en"
    return Detection(language, {"en": english, "other": other}, len(words))


def _cyrillic(words: list[str]) -> Detection:
    tables = _tables()
    markers = tables.cyrillic
    evidence = {"ru": 0, "uk": 0, "none": 0, "other": 0}
    for word in words:
        if markers["other"].marks(word):
            evidence["other"] += 1
            continue
        ru = markers["ru"].marks(word)
        uk = markers["uk"].marks(word) or _CYRILLIC_APOSTROPHE.search(word) is not None
        if ru != uk:
            evidence["ru" if ru else "uk"] += 1
        elif not ru:
            evidence["none"] += 1
    odds = sum(tables.weights[k] * evidence[k] for k in ("ru", "uk", "none"))
    language = UNDETERMINED
    if len(words) >= MIN_WORDS and evidence["other"] <= MAX_OTHER * len(words):
        if odds >= MIN_LOG_ODDS:
            language = "ru"
        elif odds <= -MIN_LOG_ODDS:
            language = "uk"
    return Detection(language, evidence, len(words), round(odds, 3))
