"""Text helpers for the Russian/Ukrainian rules: Telegram markdown masked, quotes paired.

The rules read a *masked* copy of the text of the same length, in which Telegram markdown
(``**bold**``, ``__italic__``, ``[text](url)``) is blanked, so every offset found in it is an
offset into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportedly.model import Span
from reportedly.nlp.markdown import mask

__all__ = [
    "AND",
    "DASHES",
    "DASH_CLASS",
    "EDGE",
    "EDGE_AND_STOP",
    "EDGE_NO_COLON",
    "Quote",
    "find_quotes",
    "is_speech",
    "line_of",
    "mask",
    "trim",
]

PAIRS = {"«": "»", "„": "“", "“": "”"}  # opening mark -> closing mark
# "and" in Russian and Ukrainian, joining two names or two predicates ("а" sets two clauses
# against each other: "Wizzair вже працює в Україні, а Ryanair планує")
AND = frozenset({"и", "і", "й", "та"})
DASHES = "—–−"  # em, en and the minus sign some sites type for a dash
DASH_CLASS = f"[{DASHES}-]"  # any dash or a hyphen, in a regular expression
# what a content or a source phrase is trimmed of at its ends
EDGE = " \t\n\xa0,;:" + DASHES + "-"
EDGE_AND_STOP = EDGE + "."
EDGE_NO_COLON = " \t\n\xa0," + DASHES + "-"  # a colon or semicolon there stays


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``outer`` with its marks, ``inner`` without; ``depth`` 0 at top level."""

    outer: Span
    inner: Span
    depth: int


def find_quotes(text: str) -> list[Quote]:
    """The quotations in ``text``, nested ones included, in order of their opening mark.

    «» nest in themselves («… «…» …»); „“ and “” open inside them. A quote does not cross a
    blank line; an unclosed mark is ignored, unless its closing mark merged with a nested
    quote's (see :func:`_close_merged`). ``"…"`` pairs are read within a line and may hold
    names in ``"…"`` themselves.
    """
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []
    for k, ch in enumerate(text):
        if ch == "\n" and text[k + 1 : k + 2] == "\n":
            _close_merged(text, stack, found)
        elif stack and ch == PAIRS.get(stack[-1][0]) and not (ch == "“" and _opens(text, k)):
            _mark, start = stack.pop()
            found.append(Quote(Span(start, k + 1), Span(start + 1, k), len(stack)))
        elif ch in PAIRS:
            stack.append((ch, k))
    _close_merged(text, stack, found)
    for m in _STRAIGHT.finditer(text):
        outer = Span(m.start(), m.end())
        if not any(q.outer.overlaps(outer) for q in found):
            found.append(Quote(outer, Span(m.start(1), m.end(1)), 0))
            for n in _STRAIGHT_NAME.finditer(text, m.start(1), m.end(1)):
                found.append(Quote(Span(n.start(), n.end()), Span(n.start() + 1, n.end() - 1), 1))
    return sorted(found, key=lambda q: (q.outer.start, -q.outer.end))


# a name or term in straight quotes inside a straight quote ("… НАК "Нафтогаз України" на …",
# "… в "стоп-лист" вносятся …"): the marks pair by side, an opening one after a space or a
# bracket and before a letter, a closing one after a letter or a stop and before no letter
_STRAIGHT_NAME = re.compile(r'(?<=[\s(])"\w[^"\n]*?(?<=[\w.!?…)])"(?!\w)')
_STRAIGHT = re.compile(r'(?<![\w"])"((?:[^"\n]|' + _STRAIGHT_NAME.pattern + r'){2,}?)"(?!\w)')
# what follows a quote's last mark where a frame after it begins: a comma or stop, then a
# dash ("… категорию «розкрадання», – продовжив Кудрін"); a stop alone ends lists of names
# as often ("ТОВ «БК «Олімпія», ТОВ «Вілтіс»." is no quote)
_CLOSES = re.compile(r"[,.!?…]*\s*[" + DASHES + r"-]")
# words a merged quote holds at least: fewer is a name («Група компаній «Вектор»)
_MERGED_WORDS = 5


def _close_merged(text: str, stack: list[tuple[str, int]], found: list[Quote]) -> None:
    """Close the «» left open at a blank line or the end whose closing mark merged with a
    nested quote's (typeset «… «розкрадання», – продовжив): at the first quote nested in it
    that a dash frame follows on the same line, if the whole is no name; the quotes after it
    are one level up. Then forget every open mark."""
    while stack:
        mark, start = stack.pop()
        depth = len(stack)
        if mark != "«" or any(q.outer.start < start < q.outer.end for q in found):
            continue
        inner = (
            q.outer.end
            for q in found
            if q.outer.start > start and q.depth == depth + 1 and text[q.outer.end - 1] == "»"
        )
        end = next((e for e in sorted(inner) if _CLOSES.match(text, e)), None)
        if end is None or "\n" in text[start:end] or len(text[start:end].split()) < _MERGED_WORDS:
            continue  # within its line: "КП «Компанія «Вода Донбасу» у селі …" is a name
        for n, q in enumerate(found):
            if q.outer.start >= end and q.depth > depth:
                found[n] = Quote(q.outer, q.inner, q.depth - 1)
        found.append(Quote(Span(start, end), Span(start + 1, end - 1), depth))


def _opens(text: str, k: int) -> bool:
    """Whether the “ at ``k`` opens an English-style “…” quote rather than closing „…“."""
    return k + 1 < len(text) and not text[k + 1].isspace() and (k == 0 or text[k - 1].isspace())


def is_speech(text: str, quote: Quote) -> bool:
    """Whether a quote may be someone's words rather than a name («Укрэнерго», ТОВ «Альфа»):
    two words or more, or a sentence's end inside it."""
    inner = quote.inner.text(text).strip()
    return len(inner.split()) >= 2 or inner.endswith((".", "!", "?", "…"))


def trim(text: str, span: Span, chars: str = EDGE) -> Span:
    """``span`` without the ``chars`` at either end (and an unmatched final stop)."""
    start, end = span.start, span.end
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end)


def line_of(text: str, k: int) -> Span:
    """The line holding offset ``k``."""
    start = text.rfind("\n", 0, k) + 1
    end = text.find("\n", k)
    return Span(start, len(text) if end < 0 else end)
