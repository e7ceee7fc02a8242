"""Tracing a quote across articles: normalise, match fuzzily, group, order by time, diff words.

Versions of one quote differ in quote marks, whitespace, case, editors' insertions
("[by Russia - ed.]"), ellipses and, between translations, in a few words. Texts are
normalised (:func:`normalize_quote`), then compared with :func:`similarity`; two texts are
versions of one quote when it reaches :data:`THRESHOLD`. Candidates are found by *blocking*:
only texts sharing one of a text's rarest words are compared, so grouping never compares all
pairs. A group is ordered by publication date, its earliest dated reports are marked, and each
version is diffed word by word against the earliest (:func:`word_diff`); a version whose words
changed beyond punctuation, case, spelling, editors' insertions and marked omissions is
flagged as material.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

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
# Two different words count as one spelled differently ("recognise", "recognize") at this ratio.
SPELLING_RATIO = 80.0

EditOp = Literal["equal", "replace", "insert", "delete", "omission", "spelling", "gloss"]

_GLOSS_RE = re.compile(r"\[[^\[\]]*\]")
_ELLIPSIS_RE = re.compile(r"…|\.\s*\.\s*\.")
_WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
_TOKEN_RE = re.compile(
    r"(?P<gloss>\[[^\[\]]*\])|(?P<ellipsis>…|\.\s*\.\s*\.)|(?P<word>" + _WORD_RE.pattern + ")"
)


def _fold_word(word: str) -> str:
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
    return " ".join(folded for w in _WORD_RE.findall(text) if (folded := _fold_word(w)))


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
    folded = _fold_word(unicodedata.normalize("NFKC", _GLOSS_RE.sub(" ", text)))
    words = re.findall(r"[^\W_]+", folded)
    return tuple(dict.fromkeys(w for w in words if len(w) >= MIN_BLOCK_CHARS))


# -- records and candidates ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteRecord:
    """One reported version of a quote: the words as an article printed them, and where."""

    statement_id: str
    text: str
    article_id: str
    published: date | None = None
    outlet: str | None = None
    outlet_id: str | None = None
    title: str | None = None
    url: str | None = None
    speaker: str | None = None
    sources: tuple[str, ...] = ()  # the outlets the article cites for it

    @property
    def normalized(self) -> str:
        """The text as :func:`normalize_quote` makes it."""
        return normalize_quote(self.text)


class CandidateSource(Protocol):
    """Anything that proposes records that may quote the same words as a text."""

    def candidates(self, text: str) -> Iterable[QuoteRecord]:
        """Records sharing one of the rarest words of ``text`` (a superset of the matches)."""
        ...


class QuoteIndex:
    """An in-memory inverted index of quote records by word, for blocking.

    Building is linear in the total number of words; :meth:`groups` compares each record only
    with the records that share one of its rarest words.
    """

    def __init__(self, records: Iterable[QuoteRecord]) -> None:
        self.records: list[QuoteRecord] = list(dict.fromkeys(records))
        self._normalized = [r.normalized for r in self.records]
        self._postings: dict[str, list[int]] = defaultdict(list)
        for n, record in enumerate(self.records):
            for word in block_words(record.text):
                self._postings[word].append(n)

    def __len__(self) -> int:
        return len(self.records)

    def _rarest(self, text: str) -> list[str]:
        words = [w for w in block_words(text) if 0 < len(self._postings.get(w, ())) <= MAX_POSTING]
        words.sort(key=lambda w: (len(self._postings[w]), w))
        return words[:BLOCK_WORDS]

    def _candidate_ids(self, text: str, shared: int = 1) -> set[int]:
        return blocked((self._postings[w] for w in self._rarest(text)), shared)

    def candidates(self, text: str) -> list[QuoteRecord]:
        """Records sharing one of the :data:`BLOCK_WORDS` rarest words of ``text``."""
        return [self.records[n] for n in sorted(self._candidate_ids(text))]

    def groups(self, threshold: float = THRESHOLD) -> list[list[QuoteRecord]]:
        """The records grouped into quotes (single link over blocked pairs), largest first.

        Records that match nothing else form groups of one and are left out.
        """
        parent = list(range(len(self.records)))

        def root(n: int) -> int:
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n

        for n, record in enumerate(self.records):
            probe = self._candidate_ids(record.text, GROUP_SHARED)
            others = [m for m in probe if m != n and root(m) != root(n)]
            texts = [self._normalized[m] for m in others]
            for k in matching(self._normalized[n], texts, threshold):
                parent[root(others[k])] = root(n)
        grouped: dict[int, list[QuoteRecord]] = defaultdict(list)
        for n, record in enumerate(self.records):
            grouped[root(n)].append(record)
        found = [g for g in grouped.values() if len(g) > 1]
        return sorted(found, key=lambda g: (-len(g), g[0].statement_id))


# -- word differences ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class WordEdit:
    """One step of a word diff from the reference wording to a version.

    ``op`` is ``equal``; ``replace``, ``insert`` or ``delete`` (changed words); ``spelling``
    (the same words spelled differently); ``omission`` (words left out at either end or where
    the version has an ellipsis); or ``gloss`` (an editor's insertion in square brackets).
    ``material`` is true for changes of words.
    """

    op: EditOp
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    material: bool = False


@dataclass(frozen=True, slots=True)
class _Tokens:
    words: tuple[str, ...]  # as written, with the punctuation around them dropped
    keys: tuple[str, ...]  # folded, for comparing
    glosses: dict[int, list[str]]  # glosses by the number of words before them
    ellipses: frozenset[int]  # positions (number of words before) of ellipses


def _tokens(text: str) -> _Tokens:
    words: list[str] = []
    glosses: dict[int, list[str]] = defaultdict(list)
    ellipses: set[int] = set()
    for m in _TOKEN_RE.finditer(unicodedata.normalize("NFKC", text)):
        if m.group("gloss"):
            glosses[len(words)].append(m.group("gloss"))
        elif m.group("ellipsis"):
            ellipses.add(len(words))
        else:
            words.append(m.group("word"))
    return _Tokens(
        tuple(words), tuple(_fold_word(w) for w in words), dict(glosses), frozenset(ellipses)
    )


def _spelling_only(before: Sequence[str], after: Sequence[str]) -> bool:
    return len(before) == len(after) and all(
        fuzz.ratio(_fold_word(a), _fold_word(b)) >= SPELLING_RATIO
        for a, b in zip(before, after, strict=True)
    )


def word_diff(reference: str, version: str) -> tuple[WordEdit, ...]:
    """The word-level edits that turn ``reference`` into ``version``.

    Case, punctuation and quote marks never count. An editor's insertion ("[by Russia -
    ed.]") is a ``gloss``; words left out at the ends, or where the version prints an ellipsis,
    are an ``omission``; a word spelled differently is ``spelling``. Everything else that
    differs is a material edit.
    """
    ref, ver = _tokens(reference), _tokens(version)
    glosses = {k: list(v) for k, v in ver.glosses.items()}
    edits: list[WordEdit] = []

    def flush(position: int) -> None:
        for gloss in glosses.pop(position, []):
            edits.append(WordEdit(op="gloss", after=(gloss,)))

    matcher = difflib.SequenceMatcher(a=ref.keys, b=ver.keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = ref.words[i1:i2], ver.words[j1:j2]
        if tag == "equal":
            start = j1
            for p in range(j1 + 1, j2):
                if p in glosses:
                    edits.append(
                        WordEdit(op="equal", before=ver.words[start:p], after=ver.words[start:p])
                    )
                    flush(p)
                    start = p
            flush(j1)
            edits.append(
                WordEdit(op="equal", before=ver.words[start:j2], after=ver.words[start:j2])
            )
            continue
        flush(j1)
        if tag == "delete":
            at_edge = j1 == 0 or j1 == len(ver.words)
            marked = j1 in ver.ellipses
            if at_edge or marked:
                edits.append(WordEdit(op="omission", before=before))
            else:
                edits.append(WordEdit(op="delete", before=before, material=True))
        elif tag == "replace" and _spelling_only(before, after):
            edits.append(WordEdit(op="spelling", before=before, after=after))
        else:
            edits.append(WordEdit(op=tag, before=before, after=after, material=True))
        for p in range(j1 + 1, j2):
            flush(p)
    for p in sorted(glosses):
        flush(p)
    return tuple(_merge_equal(edits))


def _merge_equal(edits: list[WordEdit]) -> list[WordEdit]:
    merged: list[WordEdit] = []
    for e in edits:
        if e.op == "equal" and not e.after:
            continue
        if merged and e.op == "equal" and merged[-1].op == "equal":
            last = merged.pop()
            e = WordEdit(op="equal", before=last.before + e.before, after=last.after + e.after)
        merged.append(e)
    return merged


# -- tracing -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteVersion:
    """One report of the quote, with how it differs from the earliest known wording."""

    record: QuoteRecord
    score: float  # similarity to the text traced
    earliest: bool = False
    edits: tuple[WordEdit, ...] = ()
    material: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteTrace:
    """The reports of one quote, oldest first (undated ones last).

    ``reference`` is the statement id of the version the others are diffed against: the
    first in time order. ``versions[i].earliest`` marks the reports of the earliest date.
    """

    query: str
    threshold: float
    versions: tuple[QuoteVersion, ...] = ()
    reference: str | None = None

    @property
    def earliest(self) -> tuple[QuoteVersion, ...]:
        """The earliest dated reports (several when they share a date)."""
        return tuple(v for v in self.versions if v.earliest)


def _order_key(r: QuoteRecord) -> tuple[bool, date, str, str]:
    return (r.published is None, r.published or date.max, r.outlet or "", r.statement_id)


def trace_quote(
    text: str,
    source: CandidateSource,
    *,
    threshold: float = THRESHOLD,
    hops: int = 1,
    seed: QuoteRecord | None = None,
) -> QuoteTrace:
    """Every version of the quote ``text`` that ``source`` knows, ordered and diffed.

    A candidate joins when it matches ``text`` or, up to ``hops`` steps away, a version that
    already joined (a paraphrase of a paraphrase). ``seed``, when given, is a stored version
    of the quote (``trace --statement``) and always belongs.
    """
    matched: dict[str, tuple[QuoteRecord, float]] = {}
    query = normalize_quote(text)
    if seed is not None:
        matched[seed.statement_id] = (seed, round(similarity(query, seed.normalized), 1))
    frontier = [(text, query)]
    seen = {query}
    for _ in range(hops + 1):
        found: list[tuple[str, str]] = []
        for raw, norm in frontier:
            fresh = [r for r in source.candidates(raw) if r.statement_id not in matched]
            texts = [r.normalized for r in fresh]
            for k in matching(norm, texts, threshold):
                record, other = fresh[k], texts[k]
                if record.statement_id in matched:
                    continue
                matched[record.statement_id] = (record, similarity(query, other))
                if other not in seen:
                    seen.add(other)
                    found.append((record.text, other))
        frontier = found
        if not frontier:
            break
    ordered = sorted((r for r, _ in matched.values()), key=_order_key)
    if not ordered:
        return QuoteTrace(query=text, threshold=threshold)
    reference = ordered[0]
    first_day = min((r.published for r in ordered if r.published is not None), default=None)
    versions = []
    for record in ordered:
        edits = () if record is reference else word_diff(reference.text, record.text)
        versions.append(
            QuoteVersion(
                record=record,
                score=round(matched[record.statement_id][1], 1),
                earliest=first_day is not None and record.published == first_day,
                edits=edits,
                material=any(e.material for e in edits),
            )
        )
    return QuoteTrace(
        query=text,
        threshold=threshold,
        versions=tuple(versions),
        reference=reference.statement_id,
    )
