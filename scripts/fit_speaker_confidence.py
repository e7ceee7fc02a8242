"""Fit the speaker confidence, chosen by how it holds on war news the rules were not tuned on.

One command, seeded, from nothing but the data. Two sets of rows, each a statement with a
resolved speaker and a label "its resolved speaker is the right one":

- the war-news gold's **dev** records (``--gold``; records of any other split are skipped
  unread): the statements ``eval gold`` matches to a gold statement (all acts), labelled by
  ``eval speakers``' judge. These are the articles the speaker rules were tuned on;
- the **judged** rows (``--judgements``, ``gold/speaker-judgements``): statements of
  articles no gold names, judged by hand (:mod:`reportedly.eval.speaker_judgements`),
  aligned to today's output and labelled by the same judge. Gold parts drawn later took
  judged articles; the rows of an article a gold file (``--test-gold``) holds as **test** are
  left out of both judged draws, so no fit or choice reads a test article.

Every article is analysed by the whole pipeline (the shipped fp32 span model). The
candidates (``speaker_fit_candidates.py``: fitted on dev alone, on dev and the judged rows
pooled, the dev fit shifted or temperature-scaled to the judged rows, a constant; three
signal sets; three L2 strengths) are compared by the held-out log loss on the judged rows
(``--folds``-fold cross-validation by judged article, seed ``--seed``; dev rows scored by
cross-validation by dev article, reported, not chosen on). The choice is refitted on all its
rows and written to ``attribution/data/speaker_confidence.json``; a second judged draw
(``--held-out``) is scored with it and with the file it replaces, never chosen on. The
figures go to ``<rows>/report.json``, with the default view (confidence ≥ 0.5, speech)
scored exactly as ``eval gold --min-confidence 0.5`` scores it, today and with statements
whose held-out speaker confidence is under each cut in ``CUTS`` hidden as well. The analyses
are kept in ``<rows>/articles-<key>.pickle`` and reused while the stage versions and the
gold and judgement files are those they were made with (``--recollect`` analyses them again).

Usage: python scripts/fit_speaker_confidence.py --gold gold/warnews-en/part-[a-l].jsonl \
    [--choice "dev signals=coarse l2=0.3"]   # ~10 min, 1 core
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reportedly.actors import ActorRegistry, default_registry
from reportedly.attribution.speaker_confidence import FILE, SIGNALS, SpeakerCalibrator, signals
from reportedly.config import Settings
from reportedly.eval.calibration import reliability
from reportedly.eval.gold import GoldArticle, check_against_text, load_gold, read_article
from reportedly.eval.gold_score import _align_view, _as_speaker, score_article
from reportedly.eval.speaker_judgements import (
    JudgedRow,
    by_article,
    judged_rows,
    load_judgements,
    read_judged_article,
)
from reportedly.eval.speakers import judge
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Entity, Statement
from reportedly.pipeline import Pipeline, stage_versions

sys.path.insert(0, str(Path(__file__).parent))
from calibration_fit import logistic
from speaker_fit_candidates import KINDS, RowSet, held_out, log_loss, weights

SEED = 22001
FOLDS = 5
VIEW = 0.5  # the default view's threshold (reportedly.confidence.DEFAULT_MIN_CONFIDENCE)
CUTS = (0.5, 0.7, 0.8, 0.85, 0.9)  # speaker-confidence cuts the default view is scored with
L2 = (0.3, 1.0, 3.0)
_MENTION = tuple(s for s in SIGNALS if s != "confidence")
SIGNAL_SETS = {
    "coarse": ("bias", "confidence", "registry", "person"),
    "mention": _MENTION,
    "mention+confidence": SIGNALS,
}
SHIPPED = Path("src/reportedly/attribution/data") / FILE
JUDGED = Path("gold/speaker-judgements")


@dataclasses.dataclass
class Article:
    gold: GoldArticle
    analysis: Analysis


@dataclasses.dataclass(frozen=True)
class Row:
    """One statement of an analysed dev article, labelled."""

    article: int  # its article's index
    statement: Statement
    speaker: Entity | None  # the entity its speaker resolved to
    matched: bool  # matched to a gold statement (all acts)
    right: bool  # matched and its resolved speaker the gold's
    gold_type: str  # the matched gold statement's speaker type ("" when unmatched)


SETTINGS = Settings(span_model=True)


def cache_key(inputs: Sequence[Path]) -> str:
    """What the analyses depend on: the stage versions (code fingerprints included) and the
    bytes of every gold and judgement file."""
    digest = hashlib.sha256(json.dumps(stage_versions(SETTINGS), sort_keys=True).encode())
    for path in sorted(f for g in inputs for f in ([g] if g.is_file() else sorted(g.rglob("*")))):
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


def collect_judged(names: Sequence[str], articles: Path) -> dict[str, Analysis]:
    """Analyse every judged article."""
    pipeline = Pipeline(SETTINGS)
    out = {}
    for name in names:
        analysis = pipeline.analyze(read_judged_article(articles, name))
        out[name] = dataclasses.replace(analysis, annotation=None)
        print(f"judged {len(out)} {name}", flush=True)
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


def dev_rows(rows: Sequence[Row]) -> RowSet:
    """The fit's rows among the dev statements: matched, with a resolved speaker."""
    kept = [r for r in rows if r.matched and r.speaker is not None]
    return RowSet(
        [signals(r.statement, r.speaker) for r in kept if r.speaker is not None],
        np.asarray([float(r.right) for r in kept]),
        np.asarray([r.article for r in kept]),
    )


def test_articles(folder: Path) -> set[str]:
    """The articles the gold files of ``folder`` hold as test (read for their split only)."""
    names: set[str] = set()
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("split") == "test":
                    names.add(record["article"])
    return names


def judged_set(
    judgements: Path | None,
    analyses: dict[str, Analysis],
    registry: ActorRegistry,
    skip: frozenset[str] | set[str] = frozenset(),
) -> tuple[RowSet, int]:
    """The judged rows of ``judgements`` (none where there is no such file), less the articles
    in ``skip``, and how many resolved statements aligned to none."""
    if judgements is None or not judgements.is_file():
        return RowSet([], np.zeros(0), np.zeros(0, dtype=int)), 0
    rows: list[JudgedRow] = []
    keys: list[int] = []
    unaligned = 0
    judged = by_article(load_judgements([judgements]))
    for n, (name, items) in enumerate(sorted(i for i in judged.items() if i[0] not in skip)):
        found, missed = judged_rows(items, analyses[name], registry)
        rows += found
        keys += [n] * len(found)
        unaligned += missed
    values = [signals(r.statement, r.speaker) for r in rows]
    return RowSet(values, np.asarray([float(r.right) for r in rows]), np.asarray(keys)), unaligned


def figures(p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    """Log loss and reliability of probabilities ``p`` against labels ``y``."""
    return {
        "rows": len(y),
        "share_right": round(float(y.mean()), 4) if len(y) else None,
        "mean_confidence": round(float(p.mean()), 4) if len(y) else None,
        "log_loss": round(log_loss(p, y), 4) if len(y) else None,
        "reliability": reliability(zip(p.tolist(), (y > 0.5).tolist(), strict=True)).as_dict(),
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
    parser.add_argument("--judgements", type=Path, default=JUDGED / "draw-22001.jsonl")
    parser.add_argument(
        "--held-out",
        type=Path,
        default=JUDGED / "draw-22002.jsonl",
        help="judged rows scored with the choice, never chosen on",
    )
    parser.add_argument(
        "--test-gold",
        type=Path,
        default=Path("gold/warnews-en"),
        help="gold folder whose test articles' judged rows are left out",
    )
    parser.add_argument(
        "--choice",
        help="take this candidate (its key as printed, e.g. 'dev signals=coarse l2=0.3') "
        "instead of the lowest judged log loss; every candidate is still scored",
    )
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=SHIPPED, help="the fitted file")
    parser.add_argument("--rows", type=Path, default=Path("build/speaker-confidence"))
    parser.add_argument("--recollect", action="store_true", help="analyse the articles again")
    args = parser.parse_args()
    judged_files = [f for f in (args.judgements, args.held_out) if f is not None and f.is_file()]
    cache = args.rows / f"articles-{cache_key([*args.gold, *judged_files])}.pickle"
    if cache.is_file() and not args.recollect:
        articles, analyses = pickle.loads(cache.read_bytes())  # written by this script, below
    else:
        articles = collect(args.gold, args.articles)
        names = sorted({j.article for j in load_judgements(judged_files)}) if judged_files else []
        analyses = collect_judged(names, args.articles)
        args.rows.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps((articles, analyses)))
    registry = default_registry()
    rows = label(articles, registry)
    dev = dev_rows(rows)
    test = test_articles(args.test_gold)
    judged_names = {j.article for j in load_judgements(judged_files)} if judged_files else set()
    judged, unaligned = judged_set(args.judgements, analyses, registry, test)
    second, second_unaligned = judged_set(args.held_out, analyses, registry, test)
    report: dict[str, Any] = {
        "rows": {
            "dev": len(dev.y),
            "judged": len(judged.y),
            "judged_unaligned": unaligned,
            "held_out": len(second.y),
            "held_out_unaligned": second_unaligned,
            "test_articles_left_out": len(judged_names & test),
        },
        "candidates": {},
    }
    best: tuple[float, str, str, float, np.ndarray] | None = None
    for kind in KINDS:
        for set_name, names in SIGNAL_SETS.items():
            for l2 in L2:
                if kind == "constant" and (set_name, l2) != ("coarse", L2[0]):
                    continue  # one constant: the signals and L2 play no part
                on_judged, on_dev = held_out(kind, dev, judged, names, l2, args.folds, args.seed)
                key = "constant" if kind == "constant" else f"{kind} signals={set_name} l2={l2:g}"
                result = {"judged": figures(on_judged, judged.y), "dev": figures(on_dev, dev.y)}
                report["candidates"][key] = result
                print(
                    f"{key}: judged log loss {result['judged']['log_loss']}, ECE "
                    f"{result['judged']['reliability']['ece']}; dev log loss "
                    f"{result['dev']['log_loss']}, ECE {result['dev']['reliability']['ece']}",
                    flush=True,
                )
                loss = result["judged"]["log_loss"]
                if args.choice is not None:
                    loss = 0.0 if key == args.choice else float("inf")
                if best is None or loss < best[0]:
                    best = (loss, kind, set_name, l2, on_dev)
    assert best is not None
    if args.choice is not None and best[0] != 0.0:
        sys.exit(f"--choice {args.choice!r} is no candidate")
    _, kind, set_name, l2, on_dev = best
    chosen = "constant" if kind == "constant" else f"{kind} signals={set_name} l2={l2:g}"
    names = SIGNAL_SETS[set_name]
    w = weights(kind, dev, judged, names, l2)
    report["chosen"] = chosen
    if len(second.y):
        report["held_out"] = {"chosen": figures(logistic(second.x(names), w), second.y)}
        if args.out.is_file():
            before = SpeakerCalibrator.load(args.out)
            p = np.asarray([before.probability(v) for v in second.values])
            report["held_out"]["replaced file"] = figures(p, second.y)
    p_dev: list[float | None] = [None] * len(rows)
    at = [n for n, r in enumerate(rows) if r.matched and r.speaker is not None]
    for n, q in zip(at, on_dev, strict=True):
        p_dev[n] = round(float(q), 3)
    report["views"] = {
        "today": view(articles, rows, p_dev, None, registry),
        **{f"cut {c:g}": view(articles, rows, p_dev, c, registry) for c in CUTS},
    }
    record = {
        "fitted_on": f"{len(dev.y)} statements with a resolved speaker of the war-news gold's "
        f"{len(articles)} dev articles (matched, all acts; {dev.y.mean():.3f} right)"
        + (
            f" and {len(judged.y)} hand-judged ones of {len(set(judged.article.tolist()))} "
            f"articles no gold test split holds ({args.judgements}; {judged.y.mean():.3f} right)"
            if kind != "dev" and len(judged.y)
            else ""
        ),
        "chosen": (
            f"{chosen}; given (--choice), every candidate scored on the judged rows"
            if args.choice is not None
            else f"{chosen}; lowest held-out log loss on the judged rows"
        )
        + f", {args.folds}-fold cross-validation by article, seed {args.seed} "
        "(scripts/fit_speaker_confidence.py)",
        "weights": {n: round(float(v), 6) for n, v in zip(names, w, strict=True)},
    }
    args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    where = args.rows / "report.json"
    where.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    summary = {k: report[k] for k in ("chosen", "rows", "held_out") if k in report}
    print(json.dumps(summary | {"views": report["views"]}, indent=1))
    print(f"written: {args.out}, {where}")


if __name__ == "__main__":
    main()
