"""Names in quote marks as speakers: «Нафтогаз» заявив, у “Нафтогазі” заявили.

News writes the names of companies and outlets in quote marks, of every kind («», „“, “”,
""), often after their legal form or kind ("ТД «Украгропром»", "НАК “Нафтогаз України”").
A quoted name is a name in any case the phrase needs: it takes no case of its own there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.model import Span

if TYPE_CHECKING:
    from reportedly.attribution.slavic._text import Quote
    from reportedly.attribution.slavic.phrases import SlavicParse

OPENING_QUOTES = {"«", "„", "“", '"'}
CLOSING_QUOTES = {"»", "“", "”", '"'}
MARKS = OPENING_QUOTES | CLOSING_QUOTES
NAME_WORDS = 6  # the most words a name in quote marks holds
_IN = {"в", "во", "у"}
# what may stand between "в/у" and the quoted name: a legal form or a kind ("у ПАТ “Газпром”",
# "в компании «Совкомфлот»"), at most this many words
_KIND_WORDS = 2


def quoted_name(parse: SlavicParse, k: int, stop: int, most: int = NAME_WORDS) -> Span | None:
    """The name in quote marks that opens at token ``k`` (marks included), if one does: a
    capitalised word after the opening mark, the closing mark at most ``most`` words on."""
    tokens = parse.tokens
    if k + 1 >= stop or tokens[k].text not in OPENING_QUOTES:
        return None
    if not tokens[k + 1].text[:1].isupper():
        return None
    for j in range(k + 2, min(stop, k + most + 2)):
        if tokens[j].sent != tokens[k].sent or tokens[j].text in ".!?;:,":
            return None
        if tokens[j].text in CLOSING_QUOTES:
            return Span(tokens[k].start, tokens[j].end)
    return None


def quoted_name_ending(parse: SlavicParse, end: int, most: int = NAME_WORDS) -> int | None:
    """The index of the opening mark of the name in quote marks whose closing mark is token
    ``end``; None when ``end`` closes no name ("«Нафтогаз» [заявив]", "ТД «Украгропром»")."""
    tokens = parse.tokens
    if end < 2 or tokens[end].text not in CLOSING_QUOTES:
        return None
    for o in range(end - 2, max(-1, end - most - 2), -1):
        t = tokens[o]
        if t.sent != tokens[end].sent or t.text in ".!?;:,":
            return None
        if t.text in OPENING_QUOTES:
            return o if tokens[o + 1].text[:1].isupper() else None
    return None


def located_quoted(parse: SlavicParse, k: int, stop: int) -> Span | None:
    """The quoted name "в/у X" names beside cue ``k``, marks included: before it (token
    ``stop`` - 1 closing the name: "У “Нафтогазі” заявили", "у ПАТ “Газпром” стверджують")
    or right after it ("заявили в «Нафтогазе»"; a Latin name unquoted: "повідомили в
    Ryanair")."""
    tokens = parse.tokens
    o = quoted_name_ending(parse, stop - 1) if stop > 0 else None
    if o is not None:
        j = o - 1
        while j >= 0 and o - j <= _KIND_WORDS and tokens[j].text.lower() not in _IN:
            if tokens[j].pos not in {"NOUN", "PROPN", "X"} or tokens[j].sent != tokens[o].sent:
                return None
            j -= 1
        if j >= 0 and tokens[j].text.lower() in _IN:
            return Span(tokens[o].start, tokens[stop - 1].end)
        return None
    at = k + 1
    if at + 1 < len(tokens) and tokens[at].text.lower() in _IN:
        name = tokens[at + 1]
        if name.text.isascii() and name.text[:1].isupper() and name.text.isalpha():
            end = at + 1  # "повідомили в Ryanair": a Latin name, a body where they said it
            while (
                end + 1 < len(tokens)
                and tokens[end + 1].text.isascii()
                and (tokens[end + 1].text[:1].isupper() and tokens[end + 1].text.isalpha())
            ):
                end += 1
            return Span(name.start, tokens[end].end)
        return quoted_name(parse, at + 1, len(tokens))
    return None


def across_lines(text: str, span: Span, quotes: Sequence[Quote]) -> Span:
    """``span``, or the whole name in quote marks it opens where the text breaks that name
    over lines, a sentence a line ("Про це повідомляє «Слідство.\nІнфо»": marks included)."""
    for q in quotes:
        inner = q.inner.text(text)
        if q.inner.start == span.start and span.end < q.inner.end and "\n" in inner:
            lines = inner.split("\n")
            if len(inner.split()) <= NAME_WORDS and all(w[:1].isupper() for w in lines):
                return q.outer
    return span
