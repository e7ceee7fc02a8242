"""Boilerplate tails: donation appeals, newsletter prompts and the like at an article's end.

Patterns are data (``data/tails.txt``, one case-insensitive regex per line). Only the end is
cut: paragraphs are tested from the last one backwards and the scan stops at the first one
that no pattern matches, so a news paragraph that mentions "support" stays. Within the last
kept paragraph, trailing lines are tested the same way (a prompt on its own line).
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

from reportedly.errors import ConfigError
from reportedly.ingest.paragraphs import line_spans, paragraph_spans
from reportedly.model import Span

MAX_TAIL_CHARS = 500  # a longer paragraph is never boilerplate


def load_tail_patterns(path: Path | None = None) -> tuple[re.Pattern[str], ...]:
    """Compile tail patterns from a file (default: the bundled ``data/tails.txt``).

    Raises:
        ConfigError: the file cannot be read or has an invalid regex (named by line).
    """
    if path is None:
        return _default_patterns()
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{path}: cannot read tail patterns: {e}", code="E505") from e
    return _compile(raw, str(path))


@functools.cache
def _default_patterns() -> tuple[re.Pattern[str], ...]:
    ref = resources.files("reportedly.ingest") / "data" / "tails.txt"
    return _compile(ref.read_text(encoding="utf-8"), "reportedly/ingest/data/tails.txt")


def _compile(raw: str, name: str) -> tuple[re.Pattern[str], ...]:
    patterns: list[re.Pattern[str]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            patterns.append(re.compile(line, re.IGNORECASE))
        except re.error as e:
            raise ConfigError(f"{name}:{number}: invalid tail pattern {line!r}: {e}") from e
    return tuple(patterns)


def is_tail(paragraph: str, patterns: tuple[re.Pattern[str], ...] | None = None) -> bool:
    """Whether ``paragraph`` is boilerplate by the tail patterns."""
    paragraph = paragraph.strip()
    if not paragraph or len(paragraph) > MAX_TAIL_CHARS:
        return False
    return any(p.search(paragraph) for p in patterns or _default_patterns())


def find_tail(
    text: str, *, start: int = 0, patterns: tuple[re.Pattern[str], ...] | None = None
) -> tuple[int, tuple[str, ...]]:
    """Where the news in ``text[start:]`` ends, and the boilerplate after it.

    Returns:
        ``(end, dropped)``: ``text[:end]`` keeps everything up to the last news paragraph;
        ``dropped`` lists the boilerplate paragraphs (or lines), in document order.
    """
    paragraphs = paragraph_spans(text, start)
    dropped: list[Span] = []
    kept = len(paragraphs)
    while kept > 0 and is_tail(paragraphs[kept - 1].text(text), patterns):
        kept -= 1
        dropped.append(paragraphs[kept])
    if kept == 0:
        end = start
    else:
        lines = line_spans(text, paragraphs[kept - 1])
        keep_lines = len(lines)
        while keep_lines > 1 and is_tail(lines[keep_lines - 1].text(text), patterns):
            keep_lines -= 1
            dropped.append(lines[keep_lines])
        end = lines[keep_lines - 1].end
    return end, tuple(span.text(text) for span in reversed(dropped))
