"""Tracing a quote across articles: normalise, match fuzzily, group, order by time, diff words.

Versions of one quote differ in quote marks, whitespace, case, editors' insertions
("[by Russia - ed.]"), ellipses and, between translations, in a few words. Texts are
normalised, then compared (:mod:`~reportedly.provenance.quote_match`); two texts are versions
of one quote when their similarity reaches ``THRESHOLD``. Candidates are found by *blocking*:
only texts sharing one of a text's rarest words are compared, so grouping never compares all
pairs. A group is ordered by publication date, its earliest dated reports are marked, and each
version is diffed word by word against the earliest (:mod:`~reportedly.provenance.quote_diff`);
a version whose words changed beyond punctuation, case, spelling, editors' insertions and
marked omissions is flagged as material.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from reportedly.provenance.quote_diff import WordEdit, word_diff
from reportedly.provenance.quote_match import (
    BLOCK_WORDS,
    GROUP_SHARED,
    MAX_POSTING,
    THRESHOLD,
    block_words,
    blocked,
    matching,
    normalize_quote,
    similarity,
)

# WordEdit, THRESHOLD and the blocking names are re-exported: store/ and api/ import them here.
__all__ = [
    "BLOCK_WORDS",
    "MAX_POSTING",
    "THRESHOLD",
    "CandidateSource",
    "QuoteIndex",
    "QuoteRecord",
    "QuoteTrace",
    "QuoteVersion",
    "WordEdit",
    "block_words",
    "blocked",
    "trace_quote",
]


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
