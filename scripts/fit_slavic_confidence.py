"""Fit the ru/uk statement and speaker confidence, chosen on texts the rules were not tuned on.

One command, seeded, from nothing but the data. Two sets of rows, each a statement the
pipeline outputs today:

- the **dev** rows: every dev record of ``--gold`` (default ``gold/ru/ru.jsonl`` and
  ``gold/uk/uk.jsonl``; records of any other split are skipped, never analysed or scored),
  read from the ru-uk texts (``--texts``, ../shared/data/ru-uk), labelled by ``eval gold``'s
  own rules: a statement by its ``confidence`` rule in the all-acts view (content matched to
  a gold statement, speaker mention overlapping the gold one or neither having one); a
  matched statement whose speaker resolved by its speaker judge. The rules were tuned on
  these texts, so they are right more often here than anywhere else;
- the **judged** rows (``--judged``, ``gold/slavic-judgements``): every statement of texts
  no gold holds, judged by hand by the same standard (``slavic_judgements.py`` aligns today's
  output to the judged records by content);
- the **calib** rows: every record of split ``calib`` of ``--gold`` (texts annotated blind like
  the gold, never tuned on, not test), labelled as the dev rows. They are **never fitted on**:
  every candidate is fitted on the dev and judged rows as below and scored on all the calib
  rows (``slavic_calib_choice.py``). The one of the lowest calib log loss replaces the judged
  choice only where choosing on calib holds out (chosen on half the calib texts, it beats the
  judged choice on the other half, mean over ``HALVES`` random halves); the chosen fit's
  log-odds shifted to the calib rows is one more candidate, scored by cross-validation by calib
  text (``FOLDS`` folds, seeds ``SEEDS``) so that no calib row scores a shift fitted on it.

Every text is analysed by the pipeline, logging each statement's calibration signals
(:mod:`reportedly.attribution.slavic.calibration`). The candidates
(``speaker_fit_candidates.py``: fitted on dev alone, on dev and the judged rows pooled, the
dev fit's log-odds shifted or temperature-scaled to the judged rows, a constant; the signal
sets below; the L2 strengths ``L2``) are compared by the held-out log loss on the judged rows
(``FOLDS``-fold cross-validation by judged text, Russian and Ukrainian pooled, averaged over
the seeds ``SEEDS``) and by their log loss on the calib rows, which decides as above; dev rows
are scored by cross-validation by dev text, reported, never chosen on. The speaker fit's
"confidence" signal is the chosen statement candidate's held-out probability while choosing
(on the calib rows: from fits that never saw them), the refitted one after. The choices are
refitted on all their rows and written to ``attribution/slavic/data/`` (or ``--out``); the
held-out figures of the first seed (ECE per language and row set for every candidate, the dev
and calib scores of ``eval gold`` with and without the default view's cut of 0.5) go to
``<rows>/report.json``.

Usage: python scripts/fit_slavic_confidence.py   # ~3 min on 2 shared cores
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reportedly.attribution.slavic.calibration import SIGNALS
from reportedly.attribution.speaker_confidence import SIGNALS as SPEAKER_SIGNALS
from reportedly.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).parent))
from calibration_fit import logistic
from slavic_calib_choice import Choice, Settings, candidates, key, settle, shifted
from slavic_fit_report import VIEW, by_language, ece, scores
from slavic_fit_rows import (
    collect,
    collect_judged,
    langs_of,
    speaker_rows,
    statement_rows,
)
from speaker_fit_candidates import RowSet, held_out, log_loss, weights

SEEDS = (28101, 28102, 28103, 28104, 28105)
FOLDS = 5
HALVES = 200  # random halves of the calib texts that test choosing on them
L2 = (0.3, 1.0, 3.0, 10.0, 30.0)
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
JUDGED = Path("gold/slavic-judgements")
TERMS = (
    "fitted on this project's own gold annotations (gold/ru, gold/uk: dev records; calib "
    "records only to choose the fit and, where it holds out, shift it) and "
    "hand judgements (gold/slavic-judgements) of texts from ../shared/data/ru-uk, research "
    "corpora not redistributed here: telegram-ru (CC BY 4.0), SlavicNER (research use only), "
    "NER-UK 2.0 (CC BY-NC-SA 4.0); the terms in gold/ru/README.md, gold/uk/README.md and "
    "gold/slavic-judgements/README.md"
)


def choose(
    dev: RowSet, judged: RowSet, sets: dict[str, tuple[str, ...]], seeds: Sequence[int] = SEEDS
) -> tuple[tuple[str, str, float], dict[str, float]]:
    """The (kind, signal set, L2) of the lowest held-out log loss on the judged rows (mean over
    ``seeds``), and every candidate's."""
    losses: dict[str, float] = {}
    best: tuple[float, str, str, float] | None = None
    for kind, name, l2 in candidates(sets, L2):
        names = sets.get(name, ("bias",))
        loss = float(
            np.mean(
                [
                    log_loss(held_out(kind, dev, judged, names, l2, FOLDS, s)[0], judged.y)
                    for s in seeds
                ]
            )
        )
        losses[key(kind, name, l2)] = round(loss, 4)
        if best is None or loss < best[0] - 1e-9:
            best = (loss, kind, name, l2)
    assert best is not None
    return best[1:], losses


def fit_choice(
    dev: RowSet, judged: RowSet, calib: RowSet, sets: dict[str, tuple[str, ...]]
) -> Choice:
    """The chosen fit (``slavic_calib_choice.settle``) of the judged choice and the calib rows."""
    judged_choice, judged_losses = choose(dev, judged, sets)
    return settle(
        dev, judged, calib, sets, judged_choice, judged_losses, Settings(L2, FOLDS, SEEDS, HALVES)
    )


def candidate_eces(
    dev: RowSet,
    judged: RowSet,
    sets: dict[str, tuple[str, ...]],
    losses: dict[str, float],
    langs: tuple[np.ndarray, ...],
    calib: RowSet | None = None,
    calib_losses: dict[str, float] | None = None,
) -> dict[str, Any]:
    """Held-out ECE (seed ``SEEDS[0]``) of each candidate on the judged and the dev rows, and
    with ``calib`` its log loss and ECE there (fitted on dev and judged, all calib rows scored;
    ``langs``: the languages of the dev, judged and calib rows)."""
    out: dict[str, Any] = {}
    for label_, loss in losses.items():
        kind, *rest = label_.split(" ")
        name = rest[0] if rest else "-"
        l2 = float(rest[1].removeprefix("l2=")) if rest else L2[0]
        names = sets.get(name, ("bias",))
        on_judged, on_dev = held_out(kind, dev, judged, names, l2, FOLDS, SEEDS[0])
        out[label_] = {"judged_log_loss": loss}
        places = [("judged", on_judged, judged, langs[1]), ("dev", on_dev, dev, langs[0])]
        if calib is not None and calib_losses is not None:
            out[label_]["calib_log_loss"] = calib_losses[label_]
            p = logistic(calib.x(names), weights(kind, dev, judged, names, l2))
            places.insert(0, ("calib", p, calib, langs[2]))
        for where, p, rows, lang in places:
            for code in ("ru", "uk"):
                out[label_][f"{where}_ece_{code}"] = ece(p[lang == code], rows.y[lang == code])
            out[label_][f"{where}_ece"] = ece(p, rows.y)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold", type=Path, nargs="+", default=[Path("gold/ru/ru.jsonl"), Path("gold/uk/uk.jsonl")]
    )
    parser.add_argument(
        "--judged",
        type=Path,
        nargs="*",
        default=sorted(JUDGED.glob("draw-*.jsonl")),
        help="hand-judged statements of texts no gold holds (gold/slavic-judgements)",
    )
    parser.add_argument("--texts", type=Path, default=Path("../shared/data/ru-uk"))
    parser.add_argument("--out", type=Path, default=OUT, help="folder of the two fitted files")
    parser.add_argument("--rows", type=Path, default=Path("build/slavic-confidence"))
    args = parser.parse_args()
    pipeline = Pipeline()
    items, analyses, dev_rows = collect(args.gold, args.texts, pipeline)
    citems, canalyses, calib_rows = collect(args.gold, args.texts, pipeline, "calib")
    judged_rows, counts = collect_judged(args.judged, args.texts, pipeline)
    registry = pipeline.registry
    dev, judged = statement_rows(dev_rows), statement_rows(judged_rows)
    calib = statement_rows(calib_rows)
    langs = (langs_of(dev_rows), langs_of(judged_rows), langs_of(calib_rows))

    choice = fit_choice(dev, judged, calib, STATEMENT_SETS)
    kind, name, l2 = choice.candidate
    names = STATEMENT_SETS.get(name, ("bias",))
    on_judged, on_dev = held_out(kind, dev, judged, names, l2, FOLDS, SEEDS[0])
    w = choice.weights
    fitted = [logistic(rows.x(names), w) for rows in (dev, judged, calib)]
    on_dev, on_judged = shifted(on_dev, choice.shift), shifted(on_judged, choice.shift)
    on_calib = choice.on_calib
    today = [
        1 / (1 + np.exp(-np.asarray([r.values["prior"] for r in rows_])))
        for rows_ in (dev_rows, judged_rows, calib_rows)
    ]

    shipped = np.asarray([r.statement.confidence for r in calib_rows], dtype=float)

    # speaker: while choosing, "confidence" is the chosen statement candidate's held-out one
    sdev, sjudged = speaker_rows(dev_rows, on_dev), speaker_rows(judged_rows, on_judged)
    scalib = speaker_rows(calib_rows, on_calib)
    schoice = fit_choice(sdev, sjudged, scalib, SPEAKER_SETS)
    skind, sname, sl2 = schoice.candidate
    snames = SPEAKER_SETS.get(sname, ("bias",))
    son_judged, son_dev = held_out(skind, sdev, sjudged, snames, sl2, FOLDS, SEEDS[0])
    son_dev, son_judged = shifted(son_dev, schoice.shift), shifted(son_judged, schoice.shift)
    sw = weights(
        skind,
        speaker_rows(dev_rows, fitted[0]),
        speaker_rows(judged_rows, fitted[1]),
        snames,
        sl2,
    )
    sw[0] += schoice.shift
    slangs = tuple(langs_of(rows_, True) for rows_ in (dev_rows, judged_rows, calib_rows))
    # today's speaker confidence of the calib rows: their shipped scores
    stoday = np.asarray(
        [
            r.statement.speaker_confidence or 0.0
            for r in calib_rows
            if r.speaker_right is not None and r.speaker
        ]
    )

    ids = [r.statement.id for r in dev_rows]
    cids = [r.statement.id for r in calib_rows]
    report: dict[str, Any] = {
        "rows": {
            "dev": {"articles": len(items), "statements": len(dev_rows), "speaker": len(sdev.y)},
            "calib": {
                "articles": len(citems),
                "statements": len(calib_rows),
                "speaker": len(scalib.y),
            },
            "judged": {**counts, "statements": len(judged_rows), "speaker": len(sjudged.y)},
        },
        "statement": {
            "chosen": choice.label,
            "candidates": candidate_eces(
                dev, judged, STATEMENT_SETS, choice.judged_losses, langs, calib, choice.calib_losses
            ),
            "calib_choice": choice.shift_report,
            "today": {
                where: by_language(lang, p, rows.y)
                for where, lang, p, rows in zip(
                    ("dev", "judged", "calib"), langs, today, (dev, judged, calib), strict=True
                )
            },
            "shipped": {"calib": by_language(langs[2], shipped, calib.y)},
            "held_out": {
                "dev": by_language(langs[0], on_dev, dev.y),
                "judged": by_language(langs[1], on_judged, judged.y),
                "calib": by_language(langs[2], on_calib, calib.y),
            },
            "in_sample": {
                "dev": by_language(langs[0], fitted[0], dev.y),
                "judged": by_language(langs[1], fitted[1], judged.y),
            },
            "under_view_held_out": {
                where: {
                    "right": int(((p < VIEW) & (y > 0)).sum()),
                    "wrong": int(((p < VIEW) & (y == 0)).sum()),
                }
                for where, p, y in (
                    ("dev", on_dev, dev.y),
                    ("judged", on_judged, judged.y),
                    ("calib", on_calib, calib.y),
                )
            },
        },
        "speaker": {
            "chosen": schoice.label,
            "candidates": candidate_eces(
                sdev,
                sjudged,
                SPEAKER_SETS,
                schoice.judged_losses,
                slangs,
                scalib,
                schoice.calib_losses,
            ),
            "calib_choice": schoice.shift_report,
            "shipped": {"calib": by_language(slangs[2], stoday, scalib.y)},
            "held_out": {
                "dev": by_language(slangs[0], son_dev, sdev.y),
                "judged": by_language(slangs[1], son_judged, sjudged.y),
                "calib": by_language(slangs[2], schoice.on_calib, scalib.y),
            },
        },
        "views": {
            "today": scores(
                items, analyses, dict(zip(ids, today[0].tolist(), strict=True)), registry
            ),
            "held_out": scores(
                items, analyses, dict(zip(ids, np.round(on_dev, 3).tolist(), strict=True)), registry
            ),
        },
        "calib_views": {
            "today": scores(
                citems,
                canalyses,
                dict(zip(cids, today[2].tolist(), strict=True)),
                registry,
                "calib",
            ),
            "chosen": scores(
                citems,
                canalyses,
                dict(zip(cids, np.round(on_calib, 3).tolist(), strict=True)),
                registry,
                "calib",
            ),
        },
    }

    def how(calib_rows: int) -> str:
        text = (
            f"lowest held-out log loss on the judged rows, {FOLDS}-fold cross-validation by "
            f"judged text, seeds {SEEDS[0]}-{SEEDS[-1]}"
        )
        if calib_rows:
            text += (
                f"; replaced by the lowest log loss on the {calib_rows} rows of the "
                f"{len(citems)} calib texts (no candidate fitted on them) where choosing so on "
                f"half of those texts beats the judged choice on the other half ({HALVES} random "
                f"halves), and shifted to the calib rows where {FOLDS}-fold cross-validation by "
                "calib text says so"
            )
        return text + " (scripts/fit_slavic_confidence.py)"

    statement_file = {
        "fitted_on": (
            f"{len(dev_rows)} predicted statements of the {len(items)} dev articles of the "
            f"Russian and Ukrainian gold ({dev.y.mean():.3f} right) and {len(judged_rows)} "
            f"hand-judged statements of {counts['texts']} texts no gold holds "
            f"({judged.y.mean():.3f} right)"
        ),
        "chosen": f"fit={kind} signals={name} l2={l2:g}{choice.shift_text}; {how(len(calib.y))}",
        "terms": TERMS,
        "weights": {s: round(float(v), 6) for s, v in zip(names, w, strict=True)},
    }
    speaker_file = {
        "fitted_on": (
            f"{len(sdev.y)} matched statements with a resolved speaker of the same dev articles "
            f"({sdev.y.mean():.3f} right) and {len(sjudged.y)} judged ones "
            f"({sjudged.y.mean():.3f} right)"
        ),
        "chosen": f"fit={skind} signals={sname} l2={sl2:g}{schoice.shift_text}; "
        f"{how(len(scalib.y))}",
        "terms": TERMS,
        "weights": {s: round(float(v), 6) for s, v in zip(snames, sw, strict=True)},
    }
    args.out.mkdir(parents=True, exist_ok=True)
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
