"""Full-text search on PostgreSQL that finds what SQLite's FTS5 finds.

The SQLite store indexes statements with FTS5's ``unicode61 remove_diacritics 2`` tokenizer.
Here the same tokens are made in Python and handed to PostgreSQL as a ready ``tsvector`` (and
queries as a ready ``tsquery``), so no PostgreSQL text-search configuration, dictionary or
locale changes what matches: a token is a run of letters, digits and non-spacing marks;
Cyrillic, Greek and Latin are case-folded alike, and Latin letters lose their accents
(``café`` = ``cafe``, ``Łódź`` = ``łodz``, but ``й`` ≠ ``и`` and ``ё`` ≠ ``е``, as in FTS5).
On Latin, Greek and Cyrillic text the tokens equal FTS5's (a test compares them); newer or
rarer scripts may split differently, as SQLite's Unicode tables are older than Python's.

Content tokens carry weight ``A`` and speaker-name tokens weight ``B`` (FTS5's two columns),
so a search can be kept to the content; a gap between them stops a phrase spanning both.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportedly.store.search_words import search_words

MAX_POSITION = 16383  # PostgreSQL's largest tsvector position; later words share it
_GAP = 8  # positions between the content and the speaker name


@cache
def _fold_char(ch: str) -> str:
    low = ch.casefold()
    if len(low) != 1:  # ß → ss, ŉ → ʼn: FTS5 only lowercases these
        low = ch.lower() if len(ch.lower()) == 1 else ch
    parts = unicodedata.normalize("NFD", low)
    if unicodedata.name(parts[0], "").startswith("LATIN"):
        bare = "".join(c for c in parts if not unicodedata.combining(c))
        return bare.lower() if len(bare.lower()) == len(bare) else bare
    return low


@cache
def _is_token_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category in ("Mn", "Co")


def tokens(text: str | None) -> list[str]:
    """The search tokens of ``text``, in order, folded as FTS5 folds them."""
    out: list[str] = []
    current: list[str] = []
    for ch in text or "":
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    folded = ("".join(_fold_char(c) for c in token) for token in out)
    return [t for t in folded if t]


def tsvector(content: str | None, speaker: str | None) -> str:
    """The ``tsvector`` literal of a statement: content tokens (weight A), then the speaker
    name's (weight B)."""
    positions: dict[str, list[str]] = {}
    content_tokens = tokens(content)
    for i, token in enumerate(content_tokens, start=1):
        positions.setdefault(token, []).append(f"{min(i, MAX_POSITION)}A")
    start = len(content_tokens) + _GAP
    for i, token in enumerate(tokens(speaker), start=start):
        positions.setdefault(token, []).append(f"{min(i, MAX_POSITION)}B")
    return " ".join(f"'{token}':{','.join(at)}" for token, at in positions.items())


def tsquery(text: str, *, content_only: bool = False) -> str:
    """A ``tsquery`` literal finding statements that hold every word of ``text``.

    Each whitespace-separated word must occur as a phrase of its tokens (``don't`` is
    ``don <-> t``), as FTS5 reads a quoted word; ``content_only`` keeps to the content.
    Returns ``""`` when ``text`` has no word to search for. Tokens hold only letters, digits
    and marks, so nothing in the input can change the query's syntax.
    """
    weight = ":A" if content_only else ""
    phrases: list[str] = []
    for word in search_words(text):
        phrase = " <-> ".join(f"'{t}'{weight}" for t in tokens(word))
        # a word given twice finds what it finds once; PostgreSQL would plan "grain & grain"
        # as a rare pair and sort every match of "grain" (60-100 ms at 1M statements)
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return " & ".join(f"({p})" for p in phrases)
