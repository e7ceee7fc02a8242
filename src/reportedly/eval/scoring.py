"""Score predicted attributions against gold ones, document by document, for any corpus.

Conventions (documented at length in ``docs/EVALUATION.md``):

- **Tokens** are maximal runs of word characters (``\\w+``) in the document text; whitespace
  and punctuation, quote marks included, separate tokens and are never counted.
- **Normalised spans**: each span is trimmed at both edges to its first and last
  alphanumeric character (dropping whitespace, quote marks and punctuation), empty spans are
  dropped, and spans separated only by non-alphanumeric characters are merged. Exact match
  compares normalised span tuples, for gold and prediction alike.
- **Alignment** is one-to-one and greedy: all (gold, predicted) pairs whose contents share a
  token are ranked by overlap ratio ``shared / max(|gold|, |predicted|)`` (ties: more shared
  tokens, then document order) and taken best first.
- **Overlap match**: an aligned pair whose shared tokens are at least 50% of the gold's
  tokens *and* at least 50% of the predicted's (ratio ≥ 0.5).
- **Raw spans** (per-role ``role_raw`` and ``linked.raw``) are compared as given, offsets
  and all: a corpus' own convention (PolNeAR's contents include their quote marks) must be
  applied to the predictions before scoring.
- **Kind** of an attribution is read from the text for gold and predictions alike: direct
  when every content token is inside quote marks, indirect when none is, mixed otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportedly.eval.records import Attribution
from reportedly.eval.text_index import TextIndex
from reportedly.model import STATEMENT_KINDS, Span, StatementKind

OVERLAP_THRESHOLD = 0.5
ROLES = ("content", "source", "cue")
KIND_KEYS = ("all", *STATEMENT_KINDS)


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    """A gold and a predicted attribution aligned by content overlap (indices of each)."""

    gold: int
    predicted: int
    shared: int
    ratio: float


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentScore:
    """The counts of one document and the alignment behind them (for error reports)."""

    doc_id: str
    counts: Counter[str]
    pairs: tuple[Pair, ...]  # indices into the gold and predicted sequences scored
    missed: tuple[int, ...]  # gold indices without an overlap match
    false_alarms: tuple[int, ...]  # predicted indices without an overlap match
    gold_kinds: dict[int, StatementKind]  # kind of each scored gold attribution, by index
    predicted_kinds: dict[int, StatementKind]

    @property
    def f1(self) -> float:
        """Content overlap F1 of this document (1.0 when both gold and prediction are empty)."""
        gold, pred = self.counts["content.gold.all"], self.counts["content.pred.all"]
        if gold == 0 and pred == 0:
            return 1.0
        return 2 * self.counts["content.overlap.tp_gold.all"] / (gold + pred)


def align_contents(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]]) -> list[Pair]:
    """Pair gold and predicted contents (token sets) one to one, greatest overlap ratio first."""
    candidates: list[tuple[float, int, int, int]] = []
    for gi, gt in enumerate(gold):
        if not gt:
            continue
        for pi, pt in enumerate(pred):
            shared = len(gt & pt)
            if shared:
                ratio = shared / max(len(gt), len(pt))
                candidates.append((-ratio, -shared, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[Pair] = []
    for neg_ratio, neg_shared, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append(Pair(gold=gi, predicted=pi, shared=-neg_shared, ratio=-neg_ratio))
    return sorted(pairs, key=lambda p: p.gold)


def _raw(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Spans as given (sorted, empty ones dropped): raw offsets, nothing trimmed or merged."""
    return tuple(sorted(s for s in spans if s.end > s.start))


def overlap_ratio(index: TextIndex, a: Sequence[Span], b: Sequence[Span]) -> float:
    """Shared tokens of ``a`` and ``b`` over the larger side's (0 when either has none)."""
    ta, tb = index.tokens(a), index.tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / max(len(ta), len(tb))


def score_document(
    text: str,
    gold: Sequence[Attribution],
    predicted: Sequence[Attribution],
    *,
    doc_id: str = "",
    kinds: Iterable[StatementKind] | None = None,
) -> DocumentScore:
    """Score one document's predicted attributions against its gold ones.

    Gold attributions with no content (no token) are left out and counted as
    ``ignored.gold_without_content``; so are empty predictions.

    Args:
        text: the document text all spans index.
        gold: the gold attributions.
        predicted: the predicted attributions.
        doc_id: a name for the document in reports.
        kinds: score only attributions of these kinds (read from the text, for gold and
            predictions alike), e.g. ``("direct",)`` for a quotation-only extractor.

    Returns:
        The document's counts (:class:`~reportedly.eval.scoreboard.Scoreboard` makes them
        P/R/F1).
    """
    index = TextIndex(text)
    keep = None if kinds is None else set(kinds)
    counts: Counter[str] = Counter()

    def prepare(items: Sequence[Attribution], side: str) -> list[int]:
        kept: list[int] = []
        for i, item in enumerate(items):
            if not index.tokens(item.content):
                counts[f"ignored.{side}_without_content"] += 1
            elif keep is None or index.kind(item.content) in keep:
                kept.append(i)
        return kept

    gold_ids = prepare(gold, "gold")
    pred_ids = prepare(predicted, "pred")
    gold_items = [gold[i] for i in gold_ids]
    pred_items = [predicted[i] for i in pred_ids]
    gold_tokens = [index.tokens(a.content) for a in gold_items]
    pred_tokens = [index.tokens(a.content) for a in pred_items]
    gold_kinds = [index.kind(a.content) for a in gold_items]
    pred_kinds = [index.kind(a.content) for a in pred_items]

    for k in gold_kinds:
        counts["content.gold.all"] += 1
        counts[f"content.gold.{k}"] += 1
    for k in pred_kinds:
        counts["content.pred.all"] += 1
        counts[f"content.pred.{k}"] += 1
    counts["tokens.gold"] += sum(len(t) for t in gold_tokens)
    counts["tokens.pred"] += sum(len(t) for t in pred_tokens)

    pairs = align_contents(gold_tokens, pred_tokens)
    matched_gold: set[int] = set()
    matched_pred: set[int] = set()
    for pair in pairs:
        g, p = gold_items[pair.gold], pred_items[pair.predicted]
        gk, pk = gold_kinds[pair.gold], pred_kinds[pair.predicted]
        counts["tokens.shared"] += pair.shared
        exact = index.normalise(g.content) == index.normalise(p.content)
        if exact:
            for key in ("all", gk):
                counts[f"content.exact.tp_gold.{key}"] += 1
            for key in ("all", pk):
                counts[f"content.exact.tp_pred.{key}"] += 1
        if pair.ratio < OVERLAP_THRESHOLD:
            continue
        matched_gold.add(pair.gold)
        matched_pred.add(pair.predicted)
        for key in ("all", gk):
            counts[f"content.overlap.tp_gold.{key}"] += 1
        for key in ("all", pk):
            counts[f"content.overlap.tp_pred.{key}"] += 1
        role_ok: dict[str, tuple[bool, bool]] = {}
        for role in ("source", "cue"):
            gs = index.normalise(getattr(g, role))
            ps = index.normalise(getattr(p, role))
            both_absent = not gs and not ps
            role_exact = bool(gs) and gs == ps
            role_overlap = (
                bool(gs) and bool(ps) and overlap_ratio(index, gs, ps) >= OVERLAP_THRESHOLD
            )
            role_ok[role] = (both_absent or role_exact, both_absent or role_overlap)
            for key in ("all", gk):
                counts[f"{role}.gold.{key}"] += bool(gs)
                counts[f"{role}.pred.{key}"] += bool(ps)
                counts[f"{role}.exact.{key}"] += role_exact
                counts[f"{role}.overlap.{key}"] += role_overlap
                counts[f"{role}.both_absent.{key}"] += both_absent
        raw = all(_raw(getattr(g, role)) == _raw(getattr(p, role)) for role in ROLES)
        for key in ("all", gk):
            counts[f"linked.overlap.{key}"] += role_ok["source"][1] and role_ok["cue"][1]
            counts[f"linked.exact.{key}"] += exact and role_ok["source"][0] and role_ok["cue"][0]
            counts[f"linked.raw.{key}"] += raw

    # Per-role spans scored each on its own, wherever they sit (CofeNet's convention): on raw
    # offsets (``role_raw``, as CofeNet scores) and on normalised spans (``role``).
    for role in ROLES:
        for key, prepare_spans in (("role", index.normalise), ("role_raw", _raw)):
            gold_spans = {s for a in gold_items for s in prepare_spans(getattr(a, role))}
            pred_spans = {s for a in pred_items for s in prepare_spans(getattr(a, role))}
            counts[f"{key}.{role}.gold"] += len(gold_spans)
            counts[f"{key}.{role}.pred"] += len(pred_spans)
            counts[f"{key}.{role}.tp"] += len(gold_spans & pred_spans)

    return DocumentScore(
        doc_id=doc_id,
        counts=counts,
        pairs=tuple(
            Pair(
                gold=gold_ids[p.gold],
                predicted=pred_ids[p.predicted],
                shared=p.shared,
                ratio=p.ratio,
            )
            for p in pairs
        ),
        missed=tuple(gold_ids[i] for i in range(len(gold_items)) if i not in matched_gold),
        false_alarms=tuple(pred_ids[i] for i in range(len(pred_items)) if i not in matched_pred),
        gold_kinds={gold_ids[i]: k for i, k in enumerate(gold_kinds)},
        predicted_kinds={pred_ids[i]: k for i, k in enumerate(pred_kinds)},
    )


def error_records(
    text: str,
    gold: Sequence[Attribution],
    predicted: Sequence[Attribution],
    score: DocumentScore,
) -> Iterator[dict[str, Any]]:
    """Misses, false alarms and wrong sources/cues of one document, with context.

    ``gold`` and ``predicted`` are the sequences given to :func:`score_document` for ``score``.
    A gold attribution aligned below the overlap threshold is reported once, as ``partial``.
    """
    index = TextIndex(text)
    gold_items, pred_items = gold, predicted

    def describe(a: Attribution) -> dict[str, Any]:
        return {
            "id": a.id,
            "content": " … ".join(s.text(text) for s in a.content),
            "source": " … ".join(s.text(text) for s in a.source),
            "cue": " … ".join(s.text(text) for s in a.cue),
            "offsets": [[s.start, s.end] for s in a.content],
        }

    by_gold = {p.gold: p for p in score.pairs}
    for gi in score.missed:
        g = gold_items[gi]
        record: dict[str, Any] = {
            "doc_id": score.doc_id,
            "error": "miss",
            "kind": score.gold_kinds[gi],
            "gold": describe(g),
            "context": index.context(g.content),
        }
        pair = by_gold.get(gi)
        if pair is not None:
            record["error"] = "partial"
            record["ratio"] = round(pair.ratio, 3)
            record["predicted"] = describe(pred_items[pair.predicted])
        yield record
    for pi in score.false_alarms:
        p = pred_items[pi]
        if any(pair.predicted == pi for pair in score.pairs):
            continue  # reported above as a partial match
        yield {
            "doc_id": score.doc_id,
            "error": "false_alarm",
            "kind": score.predicted_kinds[pi],
            "predicted": describe(p),
            "context": index.context(p.content),
        }
    for pair in score.pairs:
        if pair.ratio < OVERLAP_THRESHOLD:
            continue
        g, p = gold_items[pair.gold], pred_items[pair.predicted]
        for role in ("source", "cue"):
            gs = index.normalise(getattr(g, role))
            ps = index.normalise(getattr(p, role))
            if gs != ps:
                yield {
                    "doc_id": score.doc_id,
                    "error": f"{role}_wrong"
                    if gs and ps
                    else f"{role}_{'missed' if gs else 'extra'}",
                    "kind": score.gold_kinds[pair.gold],
                    "gold": describe(g),
                    "predicted": describe(p),
                    "context": index.context([*g.content, *g.source, *p.source]),
                }
