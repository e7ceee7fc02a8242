"""Fit the Russian/Ukrainian statement confidence and speaker confidence on the gold's dev records.

One command, seeded, from nothing but the data: every **dev** record of ``--gold`` (default
``gold/ru/ru.jsonl`` and ``gold/uk/uk.jsonl``; records of any other split are skipped,
never analysed or scored) is read from the ru-uk texts (``--texts``, ../shared/data/ru-uk)
and analysed by the pipeline, logging each statement's calibration signals
(:mod:`reportedly.attribution.slavic.calibration`). Labels are ``eval gold``'s own:

- statement: its ``confidence`` rule in the all-acts view (content matched to a gold
  statement, speaker mention overlapping the gold one or neither having one);
- speaker: on the statements ``eval gold`` matches whose speaker resolved to an entity, its
  speaker judge (:mod:`reportedly.attribution.slavic.speaker_confidence`'s label).

Each is an L2 logistic regression (``calibration_fit.fit``, numpy); the signal set and L2 are
chosen by the held-out log loss of ``--folds``-fold cross-validation by article (Russian and
Ukrainian articles pooled), averaged over the seeds ``SEEDS``. The speaker fit's "confidence"
signal is the statement fit's out-of-fold probability while choosing, the refitted one after.
The choices are refitted on every row and written to ``attribution/slavic/data/`` (or
``--out``); the out-of-fold figures of the first seed (ECE per language, the dev scores of
``eval gold`` with and without the default view's cut of 0.5, the right statements that cut
would hide) go to ``<rows>/report.json`` beside today's (the rules' hand-set confidences).

Usage: python scripts/fit_slavic_confidence.py   # ~2 min on 2 shared cores
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reportedly import pipeline_slavic
from reportedly.actors import ActorRegistry
from reportedly.attribution.slavic.calibration import SIGNALS
from reportedly.attribution.slavic.lexicon import default_lexicon
from reportedly.attribution.slavic.speaker_confidence import signals as speaker_signals
from reportedly.attribution.speaker_confidence import SIGNALS as SPEAKER_SIGNALS
from reportedly.eval.calibration import reliability
from reportedly.eval.gold import GoldArticle, check_against_text, load_gold
from reportedly.eval.gold_report import report_by_language
from reportedly.eval.gold_score import _align_view, _as_speaker, _confidences, score_article
from reportedly.eval.gold_texts import TextReader
from reportedly.eval.speakers import judge
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Entity, Statement
from reportedly.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).parent))
from calibration_fit import fit, logistic
from speaker_fit_candidates import log_loss

SEEDS = (28101, 28102, 28103, 28104, 28105)
FOLDS = 5
L2 = (0.3, 1.0, 3.0, 10.0, 30.0)
VIEW = 0.5  # the default view's threshold (reportedly.confidence.DEFAULT_MIN_CONFIDENCE)
STATEMENT_SETS = {
    "prior": ("bias", "prior"),
    "language": ("bias", "prior", "uk"),
    "speaker": (
        "bias",
        "prior",
        "uk",
        "no_speaker",
        "name_lost",
        "unresolved",
        "pronoun",
        "proper",
    ),
    "coarse": (
        "bias",
        "prior",
        "uk",
        "no_speaker",
        "name_lost",
        "unresolved",
        "nested",
        "short",
        "speech",
    ),
    "all": SIGNALS,
}
SPEAKER_SETS = {
    "constant": ("bias",),
    "coarse": ("bias", "confidence", "registry", "person"),
    "mention": tuple(s for s in SPEAKER_SIGNALS if s != "confidence"),
    "mention+confidence": SPEAKER_SIGNALS,
}
OUT = Path("src/reportedly/attribution/slavic/data")
TERMS = (
    "fitted on this project's own gold annotations (gold/ru, gold/uk: dev records only) of texts "
    "from ../shared/data/ru-uk, research corpora not redistributed here: telegram-ru (CC BY 4.0), "
    "SlavicNER (research use only), NER-UK 2.0 (CC BY-NC-SA 4.0); the terms "
    "in gold/ru/README.md and gold/uk/README.md"
)


@dataclasses.dataclass(frozen=True)
class Row:
    """One predicted statement of a dev article, labelled as ``eval gold`` labels it."""

    article: int
    lang: str
    statement: Statement
    values: dict[str, float]  # the statement calibration's signals
    right: bool  # statement and speaker mention right (all-acts view)
    speaker: Entity | None  # the entity its speaker resolved to
    speaker_right: bool | None  # matched: the speaker judge's verdict; else None


def collect(
    gold: Sequence[Path], texts: Path
) -> tuple[list[GoldArticle], list[Analysis], list[Row]]:
    """Analyse and label every dev record."""
    pipeline = Pipeline()
    reader = TextReader(texts)
    items, analyses, rows = [], [], []
    for item in load_gold(list(gold)):
        if item.split != "dev":
            continue
        article = reader.read(item)
        check_against_text(item, article.text)
        annotation = pipeline.analyze(article).annotation
        assert annotation is not None
        log: dict[str, dict[str, float]] = {}
        analysis = pipeline_slavic.extract(article, annotation, pipeline.registry, feature_log=log)
        analysis = dataclasses.replace(analysis, annotation=None)
        rows += label(len(items), item, analysis, log, pipeline.registry)
        items.append(item)
        analyses.append(analysis)
        print(f"{len(items)} {item.name}: {len(analysis.statements)} statements", flush=True)
    return items, analyses, rows


def label(
    n: int, item: GoldArticle, analysis: Analysis, log: dict[str, dict[str, float]], registry: Any
) -> list[Row]:
    gold, predicted = list(item.statements), list(analysis.statements)
    matched = _align_view(TextIndex(analysis.article.text), gold, predicted)
    right = _confidences(item.name, gold, predicted, matched, analysis, registry)
    gold_of = {p: gold[g] for g, p in matched}
    entities = {e.id: e for e in analysis.entities}
    rows = []
    for k, s in enumerate(predicted):
        g = gold_of.get(k)
        speaker = entities.get(s.speaker_entity or "")
        verdict = None
        if g is not None:
            verdict = judge(_as_speaker(item.name, g), s, analysis, registry).correct
        rows.append(Row(n, item.lang, s, log[s.id], right[k][1], speaker, verdict))
    return rows


def folds_of(articles: int, seed: int) -> np.ndarray:
    order = np.random.default_rng(seed).permutation(articles)
    fold = np.empty(articles, dtype=int)
    fold[order] = np.arange(articles) % FOLDS
    return fold


def out_of_fold(
    x: np.ndarray, y: np.ndarray, article: np.ndarray, l2: float, seed: int, articles: int
) -> np.ndarray:
    """Each row's probability from the fit on the folds that do not hold its article."""
    fold = folds_of(articles, seed)[article]
    p = np.zeros(len(y))
    for f in range(FOLDS):
        test = fold == f
        w = fit(x[~test], y[~test], np.ones(int((~test).sum())), l2)
        p[test] = logistic(x[test], w)
    return p


def choose(
    values: Sequence[dict[str, float]],
    y: np.ndarray,
    article: np.ndarray,
    sets: dict[str, tuple[str, ...]],
    articles: int,
) -> tuple[str, float, dict[str, float]]:
    """The signal set and L2 of the lowest held-out log loss (mean over ``SEEDS``)."""
    losses: dict[str, float] = {}
    best: tuple[float, str, float] | None = None
    for name, names in sets.items():
        x = np.asarray([[v.get(s, 0.0) for s in names] for v in values])
        for l2 in L2 if len(names) > 1 else L2[:1]:
            loss = float(
                np.mean([log_loss(out_of_fold(x, y, article, l2, s, articles), y) for s in SEEDS])
            )
            losses[f"{name} l2={l2:g}"] = round(loss, 4)
            if best is None or loss < best[0] - 1e-9:
                best = (loss, name, l2)
    assert best is not None
    return best[1], best[2], losses


def figures(p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    if not len(y):
        return {"rows": 0}
    table = reliability(zip(p.tolist(), (y > 0.5).tolist(), strict=True)).as_dict()
    return {
        "rows": len(y),
        "share_right": round(float(y.mean()), 4),
        "mean_confidence": round(float(p.mean()), 4),
        "log_loss": round(log_loss(p, y), 4),
        "ece": table["ece"],
        "bins": table["bins"],
    }


def by_language(rows: Sequence[Row], p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    langs = np.asarray([r.lang for r in rows])
    return {lang: figures(p[langs == lang], y[langs == lang]) for lang in ("ru", "uk")}


def scores(
    items: Sequence[GoldArticle],
    analyses: Sequence[Analysis],
    confidence: dict[str, float],
    registry: ActorRegistry,
) -> dict[str, Any]:
    """``eval gold``'s dev report per language (speech P/R/F1, speaker accuracy, confidence
    ECE) with these statement confidences, with no cut and with the default view's."""
    out: dict[str, Any] = {}
    for cut in (0.0, VIEW):
        scored = []
        for item, a in zip(items, analyses, strict=True):
            statements = tuple(
                dataclasses.replace(s, confidence=confidence[s.id]) for s in a.statements
            )
            analysis = dataclasses.replace(a, statements=statements)
            scored.append(score_article(item, analysis, registry, min_confidence=cut))
        for lang, report in report_by_language(scored).items():
            dev = report["dev"]
            out.setdefault(lang, {})[f"min_confidence {cut:g}"] = {
                "speech": {k: dev["speech"][k] for k in ("precision", "recall", "f1")},
                "speech_predicted": dev["speech"]["predicted"],
                "speaker_accuracy": dev["speaker"]["accuracy"],
                "confidence_ece": {v: dev["confidence"][v]["ece"] for v in ("speech", "all_acts")},
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold", type=Path, nargs="+", default=[Path("gold/ru/ru.jsonl"), Path("gold/uk/uk.jsonl")]
    )
    parser.add_argument("--texts", type=Path, default=Path("../shared/data/ru-uk"))
    parser.add_argument("--out", type=Path, default=OUT, help="folder of the two fitted files")
    parser.add_argument("--rows", type=Path, default=Path("build/slavic-confidence"))
    args = parser.parse_args()
    items, analyses, rows = collect(args.gold, args.texts)
    registry = Pipeline().registry
    articles = len(items)
    y = np.asarray([float(r.right) for r in rows])
    article = np.asarray([r.article for r in rows])
    values = [r.values for r in rows]
    name, l2, losses = choose(values, y, article, STATEMENT_SETS, articles)
    names = STATEMENT_SETS[name]
    x = np.asarray([[v.get(s, 0.0) for s in names] for v in values])
    oof = out_of_fold(x, y, article, l2, SEEDS[0], articles)
    w = fit(x, y, np.ones(len(y)), l2)
    fitted = logistic(x, w)
    today = np.asarray([r.values["prior"] for r in rows])
    today = 1 / (1 + np.exp(-today))

    # speaker: matched statements whose speaker resolved
    at = [n for n, r in enumerate(rows) if r.speaker_right is not None and r.speaker is not None]
    sy = np.asarray([float(bool(rows[n].speaker_right)) for n in at])
    sarticle = article[at]

    def speaker_values(p: np.ndarray) -> list[dict[str, float]]:
        out = []
        for n in at:
            r = rows[n]
            assert r.speaker is not None
            s = dataclasses.replace(r.statement, confidence=float(p[n]))
            out.append(speaker_signals(s, r.speaker, default_lexicon(r.lang)))  # type: ignore[arg-type]
        return out

    sname, sl2, slosses = choose(speaker_values(oof), sy, sarticle, SPEAKER_SETS, articles)
    snames = SPEAKER_SETS[sname]
    sx = np.asarray([[v.get(s, 0.0) for s in snames] for v in speaker_values(oof)])
    soof = out_of_fold(sx, sy, sarticle, sl2, SEEDS[0], articles)
    sx_all = np.asarray([[v.get(s, 0.0) for s in snames] for v in speaker_values(fitted)])
    sw = fit(sx_all, sy, np.ones(len(sy)), sl2)
    speaker_rows = [rows[n] for n in at]

    ids = [r.statement.id for r in rows]
    report: dict[str, Any] = {
        "rows": {"articles": articles, "statements": len(rows), "speaker": len(at)},
        "statement": {
            "chosen": f"{name} l2={l2:g}",
            "candidates": losses,
            "today": by_language(rows, today, y),
            "out_of_fold": by_language(rows, oof, y),
            "in_sample": by_language(rows, fitted, y),
            "right_under_view": {
                "today": int(((today < VIEW) & (y > 0)).sum()),
                "out_of_fold": int(((oof < VIEW) & (y > 0)).sum()),
                "in_sample": int(((fitted < VIEW) & (y > 0)).sum()),
                "wrong_under_view_out_of_fold": int(((oof < VIEW) & (y == 0)).sum()),
            },
        },
        "speaker": {
            "chosen": f"{sname} l2={sl2:g}",
            "candidates": slosses,
            "out_of_fold": by_language(speaker_rows, soof, sy),
            "in_sample": by_language(speaker_rows, logistic(sx_all, sw), sy),
        },
        "views": {
            "today": scores(items, analyses, dict(zip(ids, today.tolist(), strict=True)), registry),
            "out_of_fold": scores(
                items, analyses, dict(zip(ids, np.round(oof, 3).tolist(), strict=True)), registry
            ),
        },
    }
    fitted_on = (
        f"{len(rows)} predicted statements of the {articles} dev articles of the Russian and "
        f"Ukrainian gold ({y.mean():.3f} right)"
    )
    args.out.mkdir(parents=True, exist_ok=True)
    statement_file = {
        "fitted_on": fitted_on,
        "chosen": f"signals={name} l2={l2:g}; lowest held-out log loss, {FOLDS}-fold "
        f"cross-validation by article, seeds {SEEDS[0]}-{SEEDS[-1]} "
        "(scripts/fit_slavic_confidence.py)",
        "terms": TERMS,
        "weights": {s: round(float(v), 6) for s, v in zip(names, w, strict=True)},
    }
    speaker_file = {
        "fitted_on": f"{len(at)} matched statements with a resolved speaker of the same dev "
        f"articles ({sy.mean():.3f} right)",
        "chosen": f"signals={sname} l2={sl2:g}; lowest held-out log loss, {FOLDS}-fold "
        f"cross-validation by article, seeds {SEEDS[0]}-{SEEDS[-1]} "
        "(scripts/fit_slavic_confidence.py)",
        "terms": TERMS,
        "weights": {s: round(float(v), 6) for s, v in zip(snames, sw, strict=True)},
    }
    for file, record in (
        ("calibration.json", statement_file),
        ("speaker_confidence.json", speaker_file),
    ):
        (args.out / file).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    args.rows.mkdir(parents=True, exist_ok=True)
    where = args.rows / "report.json"
    where.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({"statement": statement_file, "speaker": speaker_file}, indent=1))
    print(f"written: {args.out}, {where}")


if __name__ == "__main__":
    main()
