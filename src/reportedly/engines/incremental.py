"""Incremental runs: decide, before any parsing, what each article of a run needs.

An article's id is a hash of its text, so an article stored under the same id with the same
stage versions is the same work done already: it is left alone. A stored article whose stage
versions differ is re-analysed — unless only stages whose inputs are all stored changed
(:data:`STORED_INPUTS`), which are then re-run on the stored analysis. Every other stage reads
the language annotation, which is not stored, so a change there re-analyses the article.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from reportedly.model import Article

# The stages that need nothing but the stored analysis (provenance links citations and the
# article's outlet to the outlet registry); attribution, actors and events read the parse.
STORED_INPUTS = frozenset({"provenance"})
LOOKUP_CHUNK = 64  # ids asked of the store at once


class Need(enum.Enum):
    """What one article of a run needs."""

    NEW = "new"  # not stored: analyse it
    UNCHANGED = "unchanged"  # stored with the same versions: nothing
    REANALYSE = "reanalyse"  # stored with other versions: analyse it again, replace it
    RERUN = "rerun"  # only stages in STORED_INPUTS changed: re-run them on the stored analysis
    DUPLICATE = "duplicate"  # the same text came earlier in this run


def need(
    stored: Mapping[str, str] | None, expected: Mapping[str, str], *, reanalyse: bool = False
) -> Need:
    """What an article needs, given the stage versions it is stored with (``None``: not
    stored) and those the pipeline would give it now.

    An article whose analysis stopped at a failing stage is stored without the later stages'
    versions, so it differs from ``expected`` and is re-analysed on the next run.
    """
    if stored is None:
        return Need.NEW
    if reanalyse:
        return Need.REANALYSE
    changed = {s for s in stored.keys() | expected.keys() if stored.get(s) != expected.get(s)}
    if not changed:
        return Need.UNCHANGED
    return Need.RERUN if changed <= STORED_INPUTS else Need.REANALYSE


Lookup = Callable[[Sequence[str]], Mapping[str, Mapping[str, str]]]


@dataclass(slots=True)
class Triage:
    """Sort a stream of articles by :class:`Need`, asking the store about a chunk at a time.

    ``lookup(ids)`` returns the stored versions of those of ``ids`` that are stored;
    ``expected(language)`` the versions the pipeline gives an article in that language now.
    Articles that need nothing are counted, not yielded; ids seen in this run are kept
    (16 hex characters each) to find duplicates.
    """

    lookup: Lookup
    expected: Callable[[str], Mapping[str, str]]
    reanalyse: bool = False
    counts: dict[Need, int] = field(default_factory=lambda: dict.fromkeys(Need, 0))
    seen: set[str] = field(default_factory=set)
    first_unchanged: str | None = None

    def __call__(self, articles: Iterable[Article]) -> Iterator[tuple[Need, Article]]:
        """``(need, article)`` for each article that needs work, in input order."""
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) == LOOKUP_CHUNK:
                yield from self._sort(chunk)
                chunk = []
        if chunk:
            yield from self._sort(chunk)

    def _sort(self, chunk: list[Article]) -> Iterator[tuple[Need, Article]]:
        stored = self.lookup(sorted({a.id for a in chunk if a.id not in self.seen}))
        for article in chunk:
            if article.id in self.seen:
                self.counts[Need.DUPLICATE] += 1
                continue
            self.seen.add(article.id)
            found = need(
                stored.get(article.id), self.expected(article.language), reanalyse=self.reanalyse
            )
            self.counts[found] += 1
            if found is not Need.UNCHANGED:
                yield found, article
            elif self.first_unchanged is None:
                self.first_unchanged = article.id
