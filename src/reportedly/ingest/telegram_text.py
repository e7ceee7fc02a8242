"""Telegram post text to plain text: markdown (``**bold**``, ``[label](url)``) or Telegram
Desktop's entity lists, with a map from every plain character back to the post's own text.

Formatting marks are dropped; a link keeps its label. A link to Telegram (``t.me/…``,
``telegram.me/…``) also keeps its address after the label, ``label (https://t.me/chan/12)``,
so that a repost or a cited channel stays visible to later stages; other addresses are
dropped (their label stays). The characters added for a kept address map to the link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

TELEGRAM_LINK = re.compile(r"(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me)/\S+", re.IGNORECASE)
# one alternative per kind of markup: [label](url) (a label without brackets or line breaks,
# an address without spaces), ```pre``` (an optional language line), `code`, ||spoiler||
# (bodies of at most 4,096 characters, Telegram's longest message, so that an unclosed mark
# costs a bounded scan), and the bare marks of bold, italic and strikethrough
_MARKUP = re.compile(
    r"\[(?P<label>[^\[\]\n]*)\]\((?P<url>[^()\s]+)\)"
    r"|```(?:[\w+-]*\n)?(?P<pre>.{0,4096}?)```"
    r"|`(?P<code>[^`\n]+)`"
    r"|\|\|(?P<spoiler>.{1,4096}?)\|\|"
    r"|\*\*|__|~~",
    re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class PlainText:
    """Plain text and, per character, the offset of the character of the post text it came
    from (for the " (" and ")" added around a kept link address: its first and last)."""

    text: str
    origins: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.text) != len(self.origins):
            raise ValueError("one origin per character")


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.origins: list[int] = []

    def keep(self, source: str, start: int, end: int) -> None:
        """Copy ``source[start:end]`` (each character from its own offset)."""
        self.add_own(source[start:end], start)

    def add_own(self, text: str, offset: int) -> None:
        """Add ``text``, which the source holds at ``offset``."""
        self.parts.append(text)
        self.origins.extend(range(offset, offset + len(text)))

    def add(self, text: str, origin: int) -> None:
        """Add ``text`` that the source does not hold as such, all from ``origin``."""
        self.parts.append(text)
        self.origins.extend([origin] * len(text))

    def build(self) -> PlainText:
        return PlainText("".join(self.parts), tuple(self.origins))


def is_telegram_link(url: str) -> bool:
    """Whether ``url`` points into Telegram (a channel, a post, an invite)."""
    return TELEGRAM_LINK.fullmatch(url.strip()) is not None


def strip_markdown(text: str) -> PlainText:
    """The plain text of a post in Telegram markdown (as Telethon writes ``message.text``)."""
    out = _Builder()
    _strip(text, 0, len(text), out)
    return out.build()


def _strip(text: str, start: int, end: int, out: _Builder) -> None:
    position = start
    for m in _MARKUP.finditer(text, start, end):
        out.keep(text, position, m.start())
        position = m.end()
        if m["url"] is not None:
            _strip(text, m.start("label"), m.end("label"), out)
            if is_telegram_link(m["url"]):
                _add_address(out, m["label"], m["url"], text, m.start("url"))
        elif m["spoiler"] is not None:
            _strip(text, m.start("spoiler"), m.end("spoiler"), out)
        elif m["pre"] is not None:
            out.keep(text, m.start("pre"), m.end("pre"))
        elif m["code"] is not None:
            out.keep(text, m.start("code"), m.end("code"))
        # a bare **, __ or ~~ mark adds nothing
    out.keep(text, position, end)


def _add_address(out: _Builder, label: str, url: str, source: str, url_start: int) -> None:
    """After a link's label, its Telegram address: copied when the source holds it, so
    that its characters keep their own offsets."""
    if label.strip() == url.strip():
        return
    if label.strip():
        out.add(" (", url_start)
        out.keep(source, url_start, url_start + len(url))
        out.add(")", url_start + len(url) - 1)
    else:
        out.keep(source, url_start, url_start + len(url))


def join_entities(entities: Sequence[Any]) -> PlainText:
    """The plain text of a Telegram Desktop export's ``text`` list: strings and entity
    objects (``{"type": "bold", "text": …}``, ``{"type": "text_link", "text": …, "href": …}``).
    Origins count characters of the entities' texts joined.

    Raises:
        ValueError: an item is neither a string nor an object with a string ``text``.
    """
    out = _Builder()
    offset = 0
    for index, item in enumerate(entities):
        if isinstance(item, str):
            piece, href = item, None
        elif isinstance(item, Mapping) and isinstance(item.get("text"), str):
            piece = item["text"]
            href = item.get("href") if item.get("type") == "text_link" else None
        else:
            raise ValueError(f"text item {index} is not a string or an entity with a 'text'")
        out.add_own(piece, offset)
        if isinstance(href, str) and is_telegram_link(href) and piece.strip() not in {"", href}:
            out.add(f" ({href.strip()})", offset)
        offset += len(piece)
    return out.build()
