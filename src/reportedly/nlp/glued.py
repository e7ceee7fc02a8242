"""Sentence starts that lost their space in scraping ("…правительство талибов.Гарвал, …",
"…«правительство».В ответ …"): the Russian and Ukrainian splitters keep such sentences
together, and a reported clause would then run on into the next sentence."""

from __future__ import annotations

import re

# a stop after a lower-case word (two letters: not an initial, "В.В.Путин") or a closing
# mark, then, with no space between, a capital that opens a word ("Гарвал") or is one ("В")
_GLUED = re.compile(r"(?:[а-яёіїєґ]{2}|[»\"”)\]])[.!?…](?=[А-ЯЁІЇЄҐ](?:[а-яёіїєґ'’]|[^\S\n]))")


def glued_starts(text: str) -> set[int]:
    """The offsets where a sentence starts right after the previous one's stop."""
    return {m.end() for m in _GLUED.finditer(text)}
