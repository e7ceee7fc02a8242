"""Turn character-offset marks over an untrusted text into safe, properly nested HTML.

Marks may nest (a statement reported inside another) or cross (a cue inside a quote that
also spans a speaker); crossing marks are split into several elements so the output is
always well formed. Every piece of text and every attribute value is escaped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    """An element to wrap around ``text[start:end]``.

    ``rank`` orders marks over the same range (lower is outer); ``anchor`` becomes the
    ``id`` of the first element the mark is rendered as.
    """

    start: int
    end: int
    tag: str
    classes: str
    rank: int = 0
    attrs: tuple[tuple[str, str], ...] = ()
    anchor: str | None = None


_TAGS = frozenset({"mark", "span", "b", "em", "strong"})


def _open(mark: Mark, first: bool) -> str:
    parts = [mark.tag, f'class="{escape(mark.classes)}"']
    if first and mark.anchor is not None:
        parts.append(f'id="{escape(mark.anchor)}"')
    parts.extend(f'{name}="{escape(value)}"' for name, value in mark.attrs)
    return "<" + " ".join(parts) + ">"


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as HTML with every mark applied; marks outside the text are clipped.

    Raises:
        ValueError: a mark uses a tag outside the allowed few, or an unsafe attribute name.
    """
    usable: list[Mark] = []
    for mark in marks:
        if mark.tag not in _TAGS:
            raise ValueError(f"tag {mark.tag!r} is not allowed in highlighted text")
        if any(not name.replace("-", "").isalnum() for name, _ in mark.attrs):
            raise ValueError(f"unsafe attribute name in {mark.attrs!r}")
        start, end = max(0, mark.start), min(len(text), mark.end)
        if start < end:
            usable.append(mark)
    order = {id(m): i for i, m in enumerate(usable)}

    def key(m: Mark) -> tuple[int, int, int, int]:
        return (m.start, -m.end, m.rank, order[id(m)])

    points = sorted({0, len(text)} | {p for m in usable for p in (m.start, m.end)})
    points = [p for p in points if 0 <= p <= len(text)]
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[int] = set()
    for a, b in itertools.pairwise(points):
        active = sorted((m for m in usable if m.start <= a and b <= m.end), key=key)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for m in reversed(stack[keep:]):
            out.append(f"</{m.tag}>")
        del stack[keep:]
        for m in active[keep:]:
            out.append(_open(m, id(m) not in opened))
            opened.add(id(m))
            stack.append(m)
        out.append(str(escape(text[a:b])))
    for m in reversed(stack):
        out.append(f"</{m.tag}>")
    return Markup("".join(out))


def palette_index(keys: Sequence[str | None], size: int) -> dict[str, int]:
    """A colour index per distinct key, in order of first appearance, cycling over ``size``."""
    index: dict[str, int] = {}
    for k in keys:
        if k is not None and k not in index:
            index[k] = len(index) % size
    return index
