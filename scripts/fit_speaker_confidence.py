"""Fit the speaker confidence, chosen by cross-validation over war-news articles.

One command, seeded, from nothing but the data: every war-news gold record whose split is
``dev`` (``--gold``; records of any other split are skipped unread) is analysed by the whole
pipeline (the shipped fp32 span model). A statement is a row when ``eval gold`` matches it
to a gold statement (all acts) and the actors stage resolved its speaker; its label is
``eval speakers``' judge: the resolved speaker is the gold's. The signal set and the L2
strength are chosen by the held-out log loss of ``--folds``-fold cross-validation by article
(seed ``--seed``); the choice is refitted on every row and written to
``attribution/data/speaker_confidence.json``. The cross-validated figures go to
``<rows>/report.json``: calibration error and reliability (all acts, speech, by mention
type), and the default view (confidence ≥ 0.5, speech) scored exactly as ``eval gold
--min-confidence 0.5`` scores it, today and with statements whose held-out speaker
confidence is under each cut in ``CUTS`` hidden as well. The analysed articles are kept in
``<rows>/articles-<key>.pickle`` and reused while the pipeline's stage versions and the
gold files are those they were made with (the key hashes both; ``--recollect`` analyses them
again anyway), so a refit after the actors stage or the gold changed never fits stale output.

Usage: python scripts/fit_speaker_confidence.py --gold /work/coord/dev-en   # ~10 min, 1 core
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reportedly.actors import ActorRegistry, default_registry
from reportedly.attribution.speaker_confidence import FILE, SIGNALS, mention_type, signals
from reportedly.config import Settings
from reportedly.eval.calibration import reliability
from reportedly.eval.gold import GoldArticle, check_against_text, load_gold, read_article
from reportedly.eval.gold_score import _align_view, _as_speaker, score_article
from reportedly.eval.speakers import judge
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Entity, Statement
from reportedly.pipeline import Pipeline, stage_versions

sys.path.insert(0, str(Path(__file__).parent))
from calibration_fit import fit, logistic

SEED = 21061
FOLDS = 5
VIEW = 0.5  # the default view's threshold (reportedly.confidence.DEFAULT_MIN_CONFIDENCE)
CUTS = (0.5, 0.7, 0.8, 0.85, 0.9)  # speaker-confidence cuts the default view is scored with
L2 = (0.3, 1.0, 3.0)
_MENTION = tuple(s for s in SIGNALS if s != "confidence")
CANDIDATES = {"mention": _MENTION, "mention+confidence": SIGNALS}
SHIPPED = Path("src/reportedly/attribution/data") / FILE


@dataclasses.dataclass
class Article:
    gold: GoldArticle
    analysis: Analysis


@dataclasses.dataclass(frozen=True)
class Row:
    """One statement of an analysed article, labelled."""

    article: int  # its article's index
    statement: Statement
    speaker: Entity | None  # the entity its speaker resolved to
    matched: bool  # matched to a gold statement (all acts)
    right: bool  # matched and its resolved speaker the gold's
    gold_type: str  # the matched gold statement's speaker type ("" when unmatched)


SETTINGS = Settings(span_model=True)


def cache_key(gold: Sequence[Path]) -> str:
    """What the analyses depend on: the stage versions (code fingerprints included) and the
    bytes of every gold file."""
    digest = hashlib.sha256(json.dumps(stage_versions(SETTINGS), sort_keys=True).encode())
    for path in sorted(f for g in gold for f in ([g] if g.is_file() else sorted(g.rglob("*")))):
        if path.is_file():
            digest.update(str(path).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def collect(gold: Sequence[Path], articles: Path) -> list[Article]:
    """Analyse every dev record."""
    pipeline = Pipeline(SETTINGS)
    out = []
    for item in load_gold(list(gold)):
        if item.split != "dev":
            continue
        article = read_article(articles, item)
        check_against_text(item, article.text)
        analysis = pipeline.analyze(article)
        out.append(Article(gold=item, analysis=dataclasses.replace(analysis, annotation=None)))
        print(f"{len(out)} {item.name}", flush=True)
    return out


def label(articles: Sequence[Article], registry: ActorRegistry) -> list[Row]:
    """Every statement, labelled as ``eval gold`` judges it."""
    rows = []
    for n, a in enumerate(articles):
        statements = list(a.analysis.statements)
        index = TextIndex(a.analysis.article.text)
        pairs = dict((p, g) for g, p in _align_view(index, list(a.gold.statements), statements))
        entities = {e.id: e for e in a.analysis.entities}
        for p, s in enumerate(statements):
            g = a.gold.statements[pairs[p]] if p in pairs else None
            right = (
                g is not None
                and judge(_as_speaker(a.gold.name, g), s, a.analysis, registry).correct
            )
            rows.append(
                Row(
                    article=n,
                    statement=s,
                    speaker=entities.get(s.speaker_entity or ""),
                    matched=g is not None,
                    right=right,
                    gold_type=g.speaker_type if g is not None else "",
                )
            )
    return rows


def _matrix(rows: Sequence[Row], names: Sequence[str]) -> np.ndarray:
    values = [signals(r.statement, r.speaker) for r in rows if r.speaker is not None]
    return np.asarray([[v[n] for n in names] for v in values], dtype=float).reshape(-1, len(names))


def _training(rows: Sequence[Row]) -> list[Row]:
    return [r for r in rows if r.matched and r.speaker is not None]


def fit_on(rows: Sequence[Row], names: Sequence[str], l2: float) -> np.ndarray:
    train = _training(rows)
    y = np.asarray([float(r.right) for r in train])
    return fit(_matrix(train, names), y, np.ones(len(train)), l2)


def held_out(
    rows: Sequence[Row], names: Sequence[str], l2: float, folds: int, seed: int
) -> list[float | None]:
    """Each statement's speaker confidence from the fit on the other folds' articles."""
    order = sorted({r.article for r in rows})
    random.Random(seed).shuffle(order)
    out: list[float | None] = [None] * len(rows)
    for k in range(folds):
        test = set(order[k::folds])
        w = fit_on([r for r in rows if r.article not in test], names, l2)
        where = [n for n, r in enumerate(rows) if r.article in test and r.speaker is not None]
        for n, p in zip(where, logistic(_matrix([rows[n] for n in where], names), w), strict=True):
            out[n] = round(float(p), 3)
    return out


def calibration(rows: Sequence[Row], p: Sequence[float | None]) -> dict[str, Any]:
    """Log loss and reliability of the speaker confidence on the training rows: all, speech,
    by predicted mention type and by the gold's speaker type."""
    kept = [(r, c) for r, c in zip(rows, p, strict=True) if c is not None and r.matched]
    y = np.asarray([r.right for r, _ in kept], dtype=float)
    q = np.clip(np.asarray([c for _, c in kept]), 1e-6, 1 - 1e-6)

    def table(items: Sequence[tuple[Row, float]]) -> dict[str, Any]:
        return reliability((c, r.right) for r, c in items).as_dict()

    def kind(r: Row) -> str:
        mention = r.statement.speaker.text if r.statement.speaker is not None else ""
        return mention_type(mention, r.speaker)

    return {
        "rows": len(kept),
        "share_right": round(float(y.mean()), 4),
        "log_loss": round(float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))), 4),
        "all_acts": table(kept),
        "speech": table([(r, c) for r, c in kept if r.statement.act == "speech"]),
        "by_mention": {
            t: table([(r, c) for r, c in kept if kind(r) == t])
            for t in sorted({kind(r) for r, _ in kept})
        },
        "by_gold_type": {
            t: table([(r, c) for r, c in kept if r.gold_type == t])
            for t in sorted({r.gold_type for r, _ in kept})
        },
    }


def view(
    articles: Sequence[Article],
    rows: Sequence[Row],
    p: Sequence[float | None],
    cut: float | None,
    registry: ActorRegistry,
) -> dict[str, Any]:
    """The default view (confidence ≥ VIEW, speech), also hiding statements whose speaker
    confidence is under ``cut`` (``None``: none hidden), scored as ``eval gold`` scores it."""
    hidden = {
        r.statement.id
        for r, c in zip(rows, p, strict=True)
        if cut is not None and c is not None and c < cut
    }
    shown = [
        r
        for r, c in zip(rows, p, strict=True)
        if r.statement.act == "speech"
        and r.statement.confidence >= VIEW
        and r.statement.id not in hidden
    ]
    scores = [
        score_article(
            a.gold,
            dataclasses.replace(
                a.analysis,
                statements=tuple(s for s in a.analysis.statements if s.id not in hidden),
            ),
            registry,
            min_confidence=VIEW,
        )
        for a in articles
    ]
    gold = sum(s.gold["speech"] for s in scores)
    predicted = sum(s.predicted["speech"] for s in scores)
    hits = sum(s.matched["speech"] for s in scores)
    speakers = [ok for s in scores for _, ok, _, _ in s.speakers]
    precision, recall = hits / max(predicted, 1), hits / max(gold, 1)
    return {
        "speech_precision": round(precision, 4),
        "speech_recall": round(recall, 4),
        "speech_f1": round(2 * precision * recall / max(precision + recall, 1e-9), 4),
        "speaker_accuracy": round(sum(speakers) / max(len(speakers), 1), 4),
        "speech_shown": len(shown),
        "shown_right": sum(r.right for r in shown),
        "shown_wrong_speaker": sum(r.matched and not r.right for r in shown),
        "shown_wrong_resolved": sum(
            r.matched and not r.right and r.speaker is not None for r in shown
        ),
        "shown_unmatched": sum(not r.matched for r in shown),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=[Path("gold/warnews-en")])
    parser.add_argument("--articles", type=Path, default=Path("../shared/data/warnews-en/articles"))
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=SHIPPED, help="the fitted file")
    parser.add_argument("--rows", type=Path, default=Path("build/speaker-confidence"))
    parser.add_argument("--recollect", action="store_true", help="analyse the articles again")
    args = parser.parse_args()
    cache = args.rows / f"articles-{cache_key(args.gold)}.pickle"
    if cache.is_file() and not args.recollect:
        articles = pickle.loads(cache.read_bytes())  # written by this script, below
    else:
        articles = collect(args.gold, args.articles)
        args.rows.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(articles))
    registry = default_registry()
    rows = label(articles, registry)
    report: dict[str, Any] = {"candidates": {}}
    best: tuple[float, str, float, list[float | None]] | None = None
    for name, names in CANDIDATES.items():
        for l2 in L2:
            p = held_out(rows, names, l2, args.folds, args.seed)
            result = calibration(rows, p)
            report["candidates"][f"signals={name} l2={l2:g}"] = result
            print(
                f"signals={name} l2={l2:g}: log loss {result['log_loss']}, "
                f"ECE {result['all_acts']['ece']:.4f}",
                flush=True,
            )
            if best is None or result["log_loss"] < best[0]:
                best = (result["log_loss"], name, l2, p)
    assert best is not None
    _, name, l2, p = best
    report["chosen"] = f"signals={name} l2={l2:g}"
    report["views"] = {
        "today": view(articles, rows, p, None, registry),
        **{f"cut {c:g}": view(articles, rows, p, c, registry) for c in CUTS},
    }
    weights = fit_on(rows, CANDIDATES[name], l2)
    train = _training(rows)
    record = {
        "fitted_on": f"the war-news gold dev records, {len(articles)} articles ({len(train)} "
        "matched statements with a resolved speaker, all acts); "
        f"{np.mean([r.right for r in train]):.3f} with the gold's speaker",
        "chosen": f"signals={name} l2={l2:g}; lowest held-out log loss of {args.folds}-fold "
        f"cross-validation by article, seed {args.seed} (scripts/fit_speaker_confidence.py)",
        "weights": {n: round(float(w), 6) for n, w in zip(CANDIDATES[name], weights, strict=True)},
    }
    args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    where = args.rows / "report.json"
    where.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"chosen": report["chosen"], "views": report["views"]}, indent=1))
    print(f"written: {args.out}, {where}")


if __name__ == "__main__":
    main()
