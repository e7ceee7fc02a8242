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

import bisect
import heapq
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reportedly.eval.records import Attribution
from reportedly.model import STATEMENT_KINDS, Span, StatementKind

if TYPE_CHECKING:
    from reportedly.eval.calibration import Reliability

OVERLAP_THRESHOLD = 0.5
ROLES = ("content", "source", "cue")
KIND_KEYS = ("all", *STATEMENT_KINDS)

_WORD = re.compile(r"\w+")
_QUOTE_OR_BREAK = re.compile('["“”„«»‘’\n]')
_OPENERS = "“„«"
_CLOSERS = "”»"
_BEFORE_OPEN = set(' \t([{—–-/:;"“„«') | {""}


def _quoted_regions(text: str) -> list[Span]:
    """Regions of ``text`` inside quote marks, marks included; reset at each line break.

    A deliberately simple, model-free reading so that gold kinds do not depend on the
    extractor under test: double marks (straight or curly) and guillemets open and close,
    ``‘`` opens a single quote when it starts a word and ``’`` closes it when no letter follows.
    """
    regions: list[Span] = []
    double_start: int | None = None
    single_start: int | None = None

    def close(start: int | None, end: int) -> None:
        if start is not None and end > start:
            regions.append(Span(start, end))

    for match in _QUOTE_OR_BREAK.finditer(text):
        i = match.start()
        ch = text[i]
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == "\n":
            close(double_start, i)
            close(single_start, i)
            double_start = single_start = None
        elif ch == '"':
            if double_start is None:
                double_start = i
            else:
                close(double_start, i + 1)
                double_start = None
        elif ch in _OPENERS:
            if double_start is None:
                double_start = i
        elif ch in _CLOSERS:
            if double_start is not None:
                close(double_start, i + 1)
                double_start = None
            elif before in _BEFORE_OPEN:  # a closing mark used to open, as some outlets do
                double_start = i
        elif ch == "‘":
            if single_start is None and double_start is None and before in _BEFORE_OPEN:
                single_start = i
        elif ch == "’" and single_start is not None and not after.isalpha():
            close(single_start, i + 1)
            single_start = None
    close(double_start, len(text))
    close(single_start, len(text))
    return sorted(regions)


class TextIndex:
    """Tokens, quoted regions and span normalisation for one document text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        for m in _WORD.finditer(text):
            self._starts.append(m.start())
            self._ends.append(m.end())
        self._quoted = [False] * len(self._starts)
        for region in _quoted_regions(text):
            lo = bisect.bisect_left(self._starts, region.start)
            hi = bisect.bisect_left(self._starts, region.end)
            for i in range(lo, hi):
                self._quoted[i] = True

    def tokens(self, spans: Iterable[Span]) -> frozenset[int]:
        """Indices of the tokens that overlap any of ``spans``."""
        found: set[int] = set()
        for span in spans:
            lo = bisect.bisect_right(self._ends, span.start)
            hi = bisect.bisect_left(self._starts, span.end)
            found.update(range(lo, hi))
        return frozenset(found)

    def normalise(self, spans: Iterable[Span]) -> tuple[Span, ...]:
        """Trim each span to alphanumeric edges, drop empty ones, merge across non-words."""
        text = self.text
        trimmed: list[Span] = []
        for span in sorted(spans):
            start, end = span.start, min(span.end, len(text))
            while start < end and not text[start].isalnum():
                start += 1
            while end > start and not text[end - 1].isalnum():
                end -= 1
            if start < end:
                trimmed.append(Span(start, end))
        merged: list[Span] = []
        for span in trimmed:
            if merged:
                last = merged[-1]
                gap = text[last.end : span.start] if span.start > last.end else ""
                if span.start <= last.end or not any(c.isalnum() for c in gap):
                    merged[-1] = Span(last.start, max(last.end, span.end))
                    continue
            merged.append(span)
        return tuple(merged)

    def kind(self, spans: Iterable[Span]) -> StatementKind:
        """direct, mixed or indirect: whether all, some or none of the tokens are quoted."""
        flags = [self._quoted[i] for i in self.tokens(spans)]
        if flags and all(flags):
            return "direct"
        if any(flags):
            return "mixed"
        return "indirect"

    def context(self, spans: Sequence[Span], width: int = 80) -> str:
        """The text around ``spans``, ``width`` characters each side, on one line."""
        if not spans:
            return ""
        start = max(0, min(s.start for s in spans) - width)
        end = min(len(self.text), max(s.end for s in spans) + width)
        return " ".join(self.text[start:end].split())


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


def _align(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]]) -> list[Pair]:
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
        The document's counts (see :class:`Scoreboard` for how they become P/R/F1).
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

    pairs = _align(gold_tokens, pred_tokens)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """Precision, recall and F1 with the counts behind them."""

    precision: float
    recall: float
    f1: float
    tp: int
    gold: int
    predicted: int

    @staticmethod
    def of(tp_pred: int, predicted: int, tp_gold: int, gold: int) -> Score:
        """A score from true positives counted on each side (equal for one-to-one matches)."""
        p = tp_pred / predicted if predicted else 0.0
        r = tp_gold / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return Score(precision=p, recall=r, f1=f, tp=tp_gold, gold=gold, predicted=predicted)

    def as_dict(self) -> dict[str, float | int]:
        """A JSON-ready mapping."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentSummary:
    """One line of the worst-documents list."""

    doc_id: str
    f1: float
    gold: int
    predicted: int
    matched: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Corpus-level scores: ``scores[metric][kind]`` plus counts and the worst documents."""

    scores: dict[str, dict[str, Score]]
    counts: dict[str, int]
    documents: int
    worst: tuple[DocumentSummary, ...]
    calibration: Reliability | None = None  # how far the statements' confidence holds

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {
            "documents": self.documents,
            "counts": dict(sorted(self.counts.items())),
            "scores": {
                metric: {kind: s.as_dict() for kind, s in by_kind.items()}
                for metric, by_kind in self.scores.items()
            },
            "calibration": self.calibration.as_dict() if self.calibration else None,
            "worst": [
                {
                    "doc_id": d.doc_id,
                    "f1": round(d.f1, 4),
                    "gold": d.gold,
                    "predicted": d.predicted,
                    "matched": d.matched,
                }
                for d in self.worst
            ],
        }


@dataclass(slots=True)
class Scoreboard:
    """Accumulates document scores into corpus figures, keeping only counts.

    Memory does not grow with the corpus beyond the ``worst`` documents kept.
    """

    worst_n: int = 20
    counts: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    _worst: list[tuple[float, int, int, str, DocumentSummary]] = field(default_factory=list)

    def add(self, score: DocumentScore) -> None:
        """Add one document's counts."""
        self.counts.update(score.counts)
        self.documents += 1
        summary = DocumentSummary(
            doc_id=score.doc_id,
            f1=score.f1,
            gold=score.counts["content.gold.all"],
            predicted=score.counts["content.pred.all"],
            matched=score.counts["content.overlap.tp_gold.all"],
        )
        # a max-heap on (f1, -gold) keeps the lowest F1, the larger documents first on ties
        item = (-summary.f1, summary.gold, -self.documents, summary.doc_id, summary)
        if len(self._worst) < self.worst_n:
            heapq.heappush(self._worst, item)
        elif self.worst_n:
            heapq.heappushpop(self._worst, item)

    def report(self) -> Report:
        """The corpus scores so far."""
        c = self.counts
        scores: dict[str, dict[str, Score]] = {}
        for match in ("overlap", "exact"):
            scores[f"content.{match}"] = {
                k: Score.of(
                    c[f"content.{match}.tp_pred.{k}"],
                    c[f"content.pred.{k}"],
                    c[f"content.{match}.tp_gold.{k}"],
                    c[f"content.gold.{k}"],
                )
                for k in KIND_KEYS
            }
        for role in ("source", "cue"):
            for match in ("exact", "overlap"):
                scores[f"{role}.{match}"] = {
                    k: Score.of(
                        c[f"{role}.{match}.{k}"],
                        c[f"{role}.pred.{k}"],
                        c[f"{role}.{match}.{k}"],
                        c[f"{role}.gold.{k}"],
                    )
                    for k in KIND_KEYS
                }
        for match in ("overlap", "exact", "raw"):
            scores[f"linked.{match}"] = {
                k: Score.of(
                    c[f"linked.{match}.{k}"],
                    c[f"content.pred.{k}"],
                    c[f"linked.{match}.{k}"],
                    c[f"content.gold.{k}"],
                )
                for k in KIND_KEYS
            }
        for key in ("role", "role_raw"):
            for role in ROLES:
                tp = c[f"{key}.{role}.tp"]
                scores[f"{key}.{role}"] = {
                    "all": Score.of(tp, c[f"{key}.{role}.pred"], tp, c[f"{key}.{role}.gold"])
                }
        shared = c["tokens.shared"]
        scores["content.tokens"] = {
            "all": Score.of(shared, c["tokens.pred"], shared, c["tokens.gold"])
        }
        worst = tuple(item[-1] for item in sorted(self._worst, key=lambda i: (-i[0], -i[1], -i[2])))
        return Report(scores=scores, counts=dict(c), documents=self.documents, worst=worst)


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
