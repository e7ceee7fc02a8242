"""Telegram markdown blanked out of a text, keeping every offset.

Telegram posts keep ``**bold**``, ``__italic__`` and ``[text](url)``; the Russian and
Ukrainian pipelines annotate a copy of the same length with those marks replaced by spaces,
so a cue inside a link ("[заявил](https://t.me/…), что …") reads as plain text and every
offset still points into the original.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_EMPHASIS = re.compile(r"\*\*|__|~~|\|\|")


def mask(text: str) -> str:
    """``text`` with Telegram markdown blanked out (same length, same offsets)."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for k in range(start, end):
            if chars[k] != "\n":
                chars[k] = " "

    for m in _LINK.finditer(text):
        blank(m.start(), m.start(1))
        blank(m.end(1), m.end())
    for m in _EMPHASIS.finditer(text):
        blank(m.start(), m.end())
    return "".join(chars)
