"""Folding a name for lookup: one key whatever the case, diacritics, possessive or article."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)  # names recur across an article and a batch
def fold(text: str) -> str:
    """Normalise ``text`` for lookup: case, diacritics, apostrophes, possessives, articles.

    ``"Peskov’s"`` and ``"PESKOV"`` both give ``"peskov"``; ``"the U.S."`` gives ``"us"``.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’‘`´ʼ]", "'", text)
    text = re.sub(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)", "", text)
    text = re.sub(r"(?<=\b\w)\.", "", text)  # initials and U.S.: "u.s." -> "us"
    text = re.sub(r"[^\w']+", " ", text).replace("'", " ")
    words = text.split()
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    return " ".join(words)
