"""Guess the 8-bit encoding of bytes that are not UTF-8: a plausibility score per decoding.

Each candidate decoding is scored on its non-ASCII characters (letters that sit in words of
one script score; stray symbols and mixed-script words cost) and on a language check (the
short words it yields belong to languages its encoding was made for). Short texts give
charset detectors little to go on: "café" in cp1252 and "caf\\xe9" read as cp1250 are both
letters, but only one belongs to an English sentence.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError

SAMPLE_CHARS = 5_000  # enough words to judge; bounded work on any input
UNCHECKED_CONFIDENCE = 0.6  # the most a guess gets when its language cannot be checked
# curly quotes, dashes, ellipsis, currency and other signs common in news text
_GOOD_SIGNS = frozenset("“”‘’„‚–—…«»€£¥°©®™•§·‹›")
_WORD = re.compile(r"[^\W\d_]+")
_CJK = ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH")


@dataclass(frozen=True, slots=True)
class Guess:
    """A decoding chosen by plausibility, with a confidence in [0, 1]."""

    text: str
    encoding: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Table:
    candidates: dict[str, str]  # encoding → family
    families: dict[str, str]  # canonical codec name → family
    words: dict[str, frozenset[str]]  # family → its languages' short words


@functools.cache
def _table() -> _Table:
    ref = resources.files("reportedly.ingest") / "data" / "encodings.yaml"
    try:
        data = load_yaml(ref.read_text(encoding="utf-8"))
        candidates = {str(k): str(v) for k, v in data["candidates"].items()}
        words = {str(k): frozenset(str(w) for w in v) for k, v in data["families"].items()}
    except (OSError, yaml.YAMLError, KeyError, AttributeError, TypeError) as e:
        raise ConfigError(f"cannot read ingest/data/encodings.yaml: {e}", code="E513") from e
    families = {_canonical(k): v for k, v in candidates.items()}
    return _Table(candidates=candidates, families=families, words=words)


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def guess_encoding(data: bytes, extra: tuple[str, ...] = ()) -> Guess | None:
    """The most plausible decoding of ``data`` among the known 8-bit encodings and ``extra``
    (e.g. a detector's pick), or ``None`` when none decodes it."""
    table = _table()
    scored: list[tuple[float, int, str, str, float]] = []
    seen: set[str] = set()
    names = list(dict.fromkeys(_canonical(n) for n in (*table.candidates, *extra)))
    for rank, name in enumerate(names):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if text in seen:  # an encoding that reads these bytes as an earlier one did
            continue
        seen.add(text)
        family = table.families.get(name)
        language = _language_score(text, family, table) if family else 0.0
        scored.append((_letter_score(text) + language, -rank, name, text, language))
    if not scored:
        return None
    scored.sort(reverse=True)
    best, _, name, text, language = scored[0]
    second = scored[1][0] if len(scored) > 1 else -2.0
    confidence = max(0.0, min(0.95, 0.5 + (best - second) / 2 if best > 0 else 0.3))
    if language < 0.5:  # no language check backs it: letters alone can be misread
        confidence = min(confidence, UNCHECKED_CONFIDENCE)
    return Guess(text=text, encoding=name, confidence=round(confidence, 2))


def _letter_score(text: str) -> float:
    """Mean plausibility of the non-ASCII characters, in [-1, 1]: a letter in a word of one
    script +1, a common sign +0.5, anything else -1."""
    sample = text[:SAMPLE_CHARS]
    total = 0.0
    count = 0
    for match in _WORD.finditer(sample):
        word = match.group()
        if word.isascii():
            continue
        mixed = len({_script(ch) for ch in word}) > 1
        for ch in word:
            if not ch.isascii():
                total += -1.0 if mixed else 1.0
                count += 1
    for ch in sample:
        if not ch.isascii() and not ch.isalpha():
            total += 0.5 if _good_sign(ch) else -1.0
            count += 1
    return total / count if count else 0.0


def _good_sign(ch: str) -> bool:
    """Whether a non-letter is common in text: news punctuation, spaces, and punctuation
    outside the Latin-1 signs (U+00A0-U+00BF) that misread bytes so often turn into."""
    if ch in _GOOD_SIGNS or ch.isspace():
        return True
    return unicodedata.category(ch).startswith("P") and not "\u00a0" <= ch <= "\u00bf"


def _script(ch: str) -> str:
    """The script of a letter: the first word of its Unicode name (CJK, kana as one)."""
    if ch.isascii():
        return "LATIN"
    first = unicodedata.name(ch, "OTHER").split(" ", 1)[0]
    return "CJK" if first.startswith(_CJK) else first


def _language_score(text: str, family: str, table: _Table) -> float:
    """How much the text reads as a language of ``family``, in [0, 1]: 1 when at least one
    word in five is one of its languages' short words (news prose has more)."""
    words = _WORD.findall(text[:SAMPLE_CHARS])
    known = table.words.get(family, frozenset())
    hits = sum(1 for w in words if w.lower() in known)
    return min(1.0, 5 * hits / len(words)) if words else 0.0
