"""Sentence starts that lost their space in scraping ("…правительство талибов.Гарвал, …",
"…«правительство».В ответ …", "…an invasion.According to …", "…in Ukraine?The …"): the
splitters keep such sentences together, and a reported clause would then run on into the next
sentence."""

from __future__ import annotations

import functools
import re
from collections.abc import Set
from importlib import resources

from reportedly._yaml import load_yaml

# a stop after a lower-case word (two letters: not an initial, "В.В.Путин") or a closing
# mark, then, with no space between, a capital that opens a word ("Гарвал") or is one ("В")
_GLUED = re.compile(r"(?:[а-яёіїєґ]{2}|[»\"”)\]])[.!?…](?=[А-ЯЁІЇЄҐ](?:[а-яёіїєґ'’]|[^\S\n]))")


def glued_starts(text: str) -> set[int]:
    """The offsets where a sentence starts right after the previous one's stop."""
    return {m.end() for m in _GLUED.finditer(text)}


# English: a stop after a word of two letters or more or after a closing bracket or quote,
# then, with no space, a quote mark or nothing, and a capital that opens a word ("Ukraine?The",
# 'USA."Ukraine', "(January 6).The"); the capital is checked in code (any script's capitals)
_GLUED_EN = re.compile(r"([^\W\d_]{2,}|[)\]\"”’])[.!?…]([\"“”]?)(?=\w)")
_OPENING_MARKS = "“„"
_DOMAIN = re.compile(r"[^\W\d_]+\.[a-z]{2,}\b")  # "www.Onet.pl": a web address, no sentence


@functools.cache
def _abbreviations() -> Set[str]:
    raw = (resources.files("reportedly.nlp") / "data" / "glued.yaml").read_text(encoding="utf-8")
    return frozenset(str(w).lower() for w in (load_yaml(raw) or {})["abbreviations"])


def english_glued_starts(text: str) -> set[int]:
    """The offsets where an English sentence starts right after the previous one's stop: at
    the capital, or at the quote mark glued before it where that mark opens a quote."""
    starts: set[int] = set()
    for m in _GLUED_EN.finditer(text):
        after = m.end()
        follower = text[after + 1] if after + 1 < len(text) else " "
        if not text[after].isupper() or not (follower.islower() or follower in " \t'’"):
            continue
        if m.group(1).lower() in _abbreviations() or _DOMAIN.match(text, after):
            continue
        mark = m.group(2)
        starts.add(after - 1 if mark and _opens(text, m.start(2), mark) else after)
    return starts


def _opens(text: str, at: int, mark: str) -> bool:
    """Whether the quote mark at ``at`` opens a quote: a curly opening mark does unless a
    low mark („ … “) is open in its paragraph; a straight one does after an even count."""
    paragraph = text[text.rfind("\n", 0, at) + 1 : at]
    if mark == '"':
        return paragraph.count('"') % 2 == 0
    if mark == "“":
        return paragraph.count("„") <= paragraph.count("“")
    return mark in _OPENING_MARKS
