"""Outlet names and web hosts as lookup keys: words folded with their offsets, URL hosts."""

from __future__ import annotations

import re
import unicodedata

# A word, possibly joined by inner dots, apostrophes or pluses ("LIGA.net", "Pravda's", "1+1").
# Combining marks are included so that text in decomposed form stays one word.
_WORD = r"[\w\u0300-\u036f]+"
_TOKEN_RE = re.compile(rf"{_WORD}(?:[.'’ʼ`+]{_WORD})*")
_POSSESSIVE_RE = re.compile(r"['’ʼ`]s$", re.IGNORECASE)
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://")


def words_of(text: str) -> list[tuple[int, int, str]]:
    """Words of ``text`` as (start, end, folded form), offsets into ``text``."""
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN_RE.finditer(text):
        word = _POSSESSIVE_RE.sub("", m.group())
        word = unicodedata.normalize("NFKD", word.casefold())
        word = "".join(c for c in word if not unicodedata.combining(c)).translate(_APOSTROPHES)
        if word:
            out.append((m.start(), m.end(), word))
    return out


def fold(text: str) -> tuple[str, ...]:
    """The words of ``text`` folded for lookup: case, diacritics, quotes and possessives removed."""
    return tuple(key for _, _, key in words_of(text))


def host_of(url_or_host: str) -> str | None:
    """The lower-case host of a URL or host name (``https://www.ria.ru/x`` → ``www.ria.ru``)."""
    text = url_or_host.strip().lower()
    text = _SCHEME_RE.sub("", text).removeprefix("//")
    host = re.split(r"[/?#]", text, maxsplit=1)[0]
    host = host.rpartition("@")[2]
    host = re.sub(r":\d*$", "", host).strip(".")
    if not host or "." not in host or any(c.isspace() or c in "[]\\:" for c in host):
        return None
    return host
