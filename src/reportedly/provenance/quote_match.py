"""Whether two texts are versions of one quote: normalisation, fuzzy similarity and blocking.

See :mod:`reportedly.provenance.trace` for how tracing uses them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

# Two normalised texts are versions of one quote when similarity() reaches this (0-100). Tuned on
# tests/provenance/data: a translation-level paraphrase scores 85-90, a different sentence of
# the same speaker on the same subject 65-76.
THRESHOLD = 78.0
# A fragment matches inside a longer quote (rapidfuzz partial_ratio) only when it has at least
# this many words, and its score is weighted down so that a shared phrase is not enough.
MIN_PARTIAL_WORDS = 6
PARTIAL_WEIGHT = 0.9
# Blocking: a text is compared only with texts that share its rarest words. Tracing one quote
# takes any text sharing one of its BLOCK_WORDS rarest words (each MIN_BLOCK_CHARS long or more);
# grouping a whole batch, where every text probes in turn, takes texts sharing GROUP_SHARED of
# them, since a cut version still holds two of its own rarest words. A word found in more than
# MAX_POSTING texts is too common to block on.
BLOCK_WORDS = 6
GROUP_SHARED = 2
MIN_BLOCK_CHARS = 4
MAX_POSTING = 1000

_GLOSS_RE = re.compile(r"\[[^\[\]]*\]")
_ELLIPSIS_RE = re.compile(r"…|\.\s*\.\s*\.")
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")


def fold_word(word: str) -> str:
    """``word`` case-folded, without apostrophes or diacritics."""
    word = unicodedata.normalize("NFKD", word.casefold().translate(_APOSTROPHES))
    return "".join(c for c in word if not unicodedata.combining(c))


def normalize_quote(text: str) -> str:
    """``text`` reduced to what a quote's versions share: lower-case words joined by spaces.

    Quote marks, punctuation, apostrophes, diacritics, editors' insertions in square brackets
    and ellipses are dropped; whitespace is collapsed.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _GLOSS_RE.sub(" ", text)
    text = _ELLIPSIS_RE.sub(" ", text)
    # a word made only of apostrophes (ʼ is a letter to the regex) folds to nothing
    return " ".join(folded for w in WORD_RE.findall(text) if (folded := fold_word(w)))


def similarity(a: str, b: str, *, cutoff: float = 0.0) -> float:
    """How alike two *normalised* quotes are, 0-100 (see :data:`THRESHOLD`).

    The best of the whole-text ratio, the word-order-insensitive ratio and, when the shorter
    text has at least :data:`MIN_PARTIAL_WORDS` words, the weighted best-substring ratio (a
    fragment quoted from a longer quote). With ``cutoff``, a score below it may come back as 0,
    which is much faster.
    """
    if not a or not b:
        return 0.0
    score = max(
        fuzz.ratio(a, b, score_cutoff=cutoff), fuzz.token_sort_ratio(a, b, score_cutoff=cutoff)
    )
    if score < 100 and min(a.count(" "), b.count(" ")) + 1 >= MIN_PARTIAL_WORDS:
        partial = fuzz.partial_ratio(a, b, score_cutoff=min(100.0, cutoff / PARTIAL_WEIGHT))
        score = max(score, PARTIAL_WEIGHT * partial)
    return float(score)


def matching(query: str, others: Sequence[str], threshold: float = THRESHOLD) -> dict[int, float]:
    """The positions in ``others`` whose :func:`similarity` to ``query`` reaches ``threshold``.

    Gives the same answers as calling :func:`similarity` on each pair, in one batch per
    measure (rapidfuzz's C loops), so comparing a text with many candidates stays cheap.
    """
    if not query or not others:
        return {}
    found: dict[int, float] = {}
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        for _, score, n in process.extract(
            query, others, scorer=scorer, score_cutoff=threshold, limit=None
        ):
            found[n] = max(found.get(n, 0.0), float(score))
    if query.count(" ") + 1 >= MIN_PARTIAL_WORDS:
        cutoff = min(100.0, threshold / PARTIAL_WEIGHT)
        for _, score, n in process.extract(
            query, others, scorer=fuzz.partial_ratio, score_cutoff=cutoff, limit=None
        ):
            if others[n].count(" ") + 1 >= MIN_PARTIAL_WORDS:
                weighted = PARTIAL_WEIGHT * float(score)
                if weighted >= threshold:
                    found[n] = max(found.get(n, 0.0), weighted)
    return found


def blocked(postings: Iterable[Iterable[int]], shared: int = 1) -> set[int]:
    """The ids found in at least ``shared`` of the given words' postings (all, if fewer)."""
    lists = [set(p) for p in postings]
    need = min(shared, len(lists))
    counts = Counter(n for p in lists for n in p)
    return {n for n, c in counts.items() if c >= need}


def block_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` usable for blocking: folded, alphanumeric, long enough, unique.

    Words are split on anything but letters and digits (as SQLite's FTS5 ``unicode61`` does),
    so they can be looked up in the store's full-text index.
    """
    folded = fold_word(unicodedata.normalize("NFKC", _GLOSS_RE.sub(" ", text)))
    words = re.findall(r"[^\W_]+", folded)
    return tuple(dict.fromkeys(w for w in words if len(w) >= MIN_BLOCK_CHARS))
