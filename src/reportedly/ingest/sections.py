"""Labelled sections of an article body ("Source: …", "Quote from X: …", "Background: …").

The heuristic, applied to the start of every paragraph:

1. the paragraph starts with an upper-case letter;
2. it has a colon within ``max_label_chars`` characters, followed by whitespace or the end
   of the paragraph (so ``10:30`` and ``https://`` are not labels);
3. the label before that colon is one line of 1 to ``max_label_words`` words;
4. the label has no quotation marks (apostrophes inside words are fine) and no
   sentence-ending ``.``, ``!`` or ``?`` (initials such as ``U.S.`` are fine);
5. the label has none of the ``sentence_words`` ("said", "added", …) and does not start with
   one of the ``sentence_starts`` ("He", "They", …).

A section's body runs from after the colon to the next labelled paragraph or the end.
Numbers and word lists live in ``data/sections.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError
from reportedly.ingest.paragraphs import paragraph_spans
from reportedly.model import Section, Span

_QUOTE_MARKS = re.compile(r"[\"“”„‟«»‹›]|(?<!\w)['‘’‚]|['‘’‚](?!\w)")
_SENTENCE_END = re.compile(r"(?<!\b\w)[.!?…](?:\s|$)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelRules:
    """The tunable parts of the label heuristic (see the module docstring)."""

    max_label_chars: int = 100
    max_label_words: int = 12
    sentence_words: frozenset[str] = frozenset()
    sentence_starts: frozenset[str] = frozenset()


def load_label_rules(path: Path | None = None) -> LabelRules:
    """Read label rules from a YAML file (default: the bundled ``data/sections.yaml``).

    Raises:
        ConfigError: the file is missing or malformed.
    """
    if path is None:
        return _default_rules()
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{path}: cannot read section-label rules: {e}", code="E506") from e
    return _parse_rules(raw, str(path))


@functools.cache
def _default_rules() -> LabelRules:
    ref = resources.files("reportedly.ingest") / "data" / "sections.yaml"
    return _parse_rules(ref.read_text(encoding="utf-8"), "reportedly/ingest/data/sections.yaml")


def _parse_rules(raw: str, name: str) -> LabelRules:
    try:
        data = load_yaml(raw)
        return LabelRules(
            max_label_chars=int(data["max_label_chars"]),
            max_label_words=int(data["max_label_words"]),
            sentence_words=frozenset(str(w).casefold() for w in data["sentence_words"]),
            sentence_starts=frozenset(str(w).casefold() for w in data["sentence_starts"]),
        )
    except (yaml.YAMLError, TypeError, KeyError, ValueError) as e:
        raise ConfigError(f"{name}: malformed section-label rules: {e!r}", code="E506") from e


def label_length(paragraph: str, rules: LabelRules | None = None) -> int | None:
    """The length of the label ``paragraph`` opens with (colon excluded), or ``None``."""
    rules = rules or _default_rules()
    if not paragraph[:1].isupper():
        return None
    colon = paragraph.find(":", 0, rules.max_label_chars + 1)
    if colon <= 0 or (colon + 1 < len(paragraph) and not paragraph[colon + 1].isspace()):
        return None
    label = paragraph[:colon].rstrip()
    if "\n" in label or _QUOTE_MARKS.search(label) or _SENTENCE_END.search(label):
        return None
    words = [w.casefold() for w in _WORD.findall(label)]
    if not 1 <= len(label.split()) <= rules.max_label_words or not words:
        return None
    if words[0] in rules.sentence_starts or any(w in rules.sentence_words for w in words):
        return None
    return len(label)


def find_sections(
    text: str, *, start: int = 0, end: int | None = None, rules: LabelRules | None = None
) -> tuple[Section, ...]:
    """The labelled sections of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    labelled: list[tuple[Span, int]] = []  # (label span, where its body starts)
    for paragraph in paragraph_spans(text, start, stop):
        length = label_length(paragraph.text(text), rules)
        if length is None:
            continue
        label = Span(paragraph.start, paragraph.start + length)
        colon = text.index(":", label.end)
        body_start = colon + 1
        while body_start < stop and text[body_start].isspace():
            body_start += 1
        labelled.append((label, body_start))
    sections: list[Section] = []
    for i, (label, body_start) in enumerate(labelled):
        body_end = labelled[i + 1][0].start if i + 1 < len(labelled) else stop
        while body_end > body_start and text[body_end - 1].isspace():
            body_end -= 1
        sections.append(
            Section(label=label.text(text), label_span=label, body=Span(body_start, body_end))
        )
    return tuple(sections)
