"""Totals of the statement-gold scores: P/R/F1 per view, accuracies and confusions, by split.

What each figure means is told in :mod:`reportedly.eval.gold_score`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from reportedly.eval.calibration import reliability
from reportedly.eval.gold import SPEAKER_TYPES
from reportedly.eval.gold_score import VIEWS, ArticleScore


def _prf(gold: int, predicted: int, matched: int) -> dict[str, Any]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": gold,
        "predicted": predicted,
        "matched": matched,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
    }


def _accuracy(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    right = sum(1 for g, p in pairs if g == p)
    confusions = Counter((g, p) for g, p in pairs if g != p)
    return {
        "matched": len(pairs),
        "correct": right,
        "accuracy": round(right / len(pairs), 4) if pairs else 0.0,
        "confusions": [
            {"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common()
        ],
    }


def totals(scores: Sequence[ArticleScore]) -> dict[str, Any]:
    """The report of a set of article scores (see the module docstring)."""
    speakers = [s for a in scores for s in a.speakers]
    by_type: dict[str, Any] = {}
    for t in SPEAKER_TYPES:
        chosen = [right for kind, right, _, _ in speakers if kind == t]
        by_type[t] = {
            "matched": len(chosen),
            "correct": sum(chosen),
            "accuracy": round(sum(chosen) / len(chosen), 4) if chosen else 0.0,
        }
    wrong = Counter((g, p) for _, right, g, p in speakers if not right)
    right = sum(1 for _, ok, _, _ in speakers if ok)
    negatives = [n for a in scores for n in a.negatives]
    return {
        "articles": len(scores),
        # texts with a stage's skip or warning (failed, cut, encoding guessed): scored as left
        "skipped": [{"article": a.name, "stages": list(a.skipped)} for a in scores if a.skipped],
        **{
            view: _prf(
                sum(a.gold[view] for a in scores),
                sum(a.predicted[view] for a in scores),
                sum(a.matched[view] for a in scores),
            )
            for view in VIEWS
        },
        "kind": _accuracy([k for a in scores for k in a.kinds]),
        "act": _accuracy([k for a in scores for k in a.acts]),
        "negation": {
            "gold_negative": len(negatives) + sum(a.negatives_missed for a in scores),
            "matched": len(negatives),
            "errors": sum(1 for n in negatives if not n),
            "false_negations": sum(a.false_negations for a in scores),
        },
        "speaker": {
            "matched": len(speakers),
            "correct": right,
            "accuracy": round(right / len(speakers), 4) if speakers else 0.0,
            "by_type": by_type,
            "confusions": [
                {"gold": g, "predicted": p, "count": n} for (g, p), n in wrong.most_common()
            ],
            # the speaker confidence of the matched statements with a resolved speaker
            "calibration": reliability(
                pair for a in scores for pair in a.speaker_confidences
            ).as_dict(),
        },
        # every shown statement's confidence against whether it and its speaker mention are right
        "confidence": {
            view: _calibration([pair for a in scores for pair in a.confidences.get(view, ())])
            for view in VIEWS
        },
    }


def _calibration(pairs: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    mean = sum(c for c, _ in pairs) / len(pairs) if pairs else 0.0
    right = sum(1 for _, r in pairs if r) / len(pairs) if pairs else 0.0
    return reliability(pairs).as_dict() | {
        "mean_confidence": round(mean, 4),
        "right_share": round(right, 4),
    }


def report(scores: Sequence[ArticleScore]) -> dict[str, Any]:
    """Totals for each split present and overall."""
    splits = sorted({a.split for a in scores})
    result = {split: totals([a for a in scores if a.split == split]) for split in splits}
    result["all"] = totals(scores)
    return result


def report_by_language(scores: Sequence[ArticleScore]) -> dict[str, dict[str, Any]]:
    """:func:`report` for each language present, by language code."""
    return {
        lang: report([a for a in scores if a.lang == lang])
        for lang in sorted({a.lang for a in scores})
    }


def format_report(by_split: dict[str, Any], *, confusions: int = 15) -> str:
    """The report as a text table, one column per split (the last one: overall)."""
    names = list(by_split)
    rows: list[tuple[str, list[str]]] = [
        ("articles", [str(by_split[n]["articles"]) for n in names]),
        ("  with a skip or warning", [str(len(by_split[n]["skipped"])) for n in names]),
    ]
    for view, title in (("speech", "speech view"), ("all_acts", "all-acts view")):
        cells = [by_split[n][view] for n in names]
        rows.append((f"{title}: gold/predicted", [f"{c['gold']}/{c['predicted']}" for c in cells]))
        rows += [(f"  {m}", [f"{c[m]:.3f}" for c in cells]) for m in ("precision", "recall", "f1")]
    for key in ("kind", "act"):
        rows.append(
            (f"{key} accuracy (matched)", [f"{by_split[n][key]['accuracy']:.3f}" for n in names])
        )
    negation = [by_split[n]["negation"] for n in names]
    rows.append(
        (
            "negatives: gold/matched/lost",
            [f"{c['gold_negative']}/{c['matched']}/{c['errors']}" for c in negation],
        )
    )
    rows.append(("false negations", [str(c["false_negations"]) for c in negation]))
    speaker = [by_split[n]["speaker"] for n in names]
    rows.append(
        ("speaker accuracy (matched)", [f"{c['accuracy']:.3f} ({c['matched']})" for c in speaker])
    )
    for t in SPEAKER_TYPES:
        cells = [c["by_type"][t] for c in speaker]
        rows.append((f"  {t}", [f"{c['accuracy']:.3f} ({c['matched']})" for c in cells]))
    rows.append(
        (
            "speaker confidence ECE",
            [f"{c['calibration']['ece']:.3f} ({c['calibration']['statements']})" for c in speaker],
        )
    )
    for view, title in (("speech", "speech"), ("all_acts", "all acts")):
        cells = [by_split[n]["confidence"][view] for n in names]
        rows.append((f"statement confidence ECE, {title}", [f"{c['ece']:.3f}" for c in cells]))
        rows.append(
            (
                "  mean confidence / right",
                [f"{c['mean_confidence']:.2f} / {c['right_share']:.2f}" for c in cells],
            )
        )
    lines = [f"{'':30}" + "".join(f"{n:>14}" for n in names)]
    lines += [f"{label:30}" + "".join(f"{v:>14}" for v in values) for label, values in rows]
    failed = by_split[names[-1]]["skipped"]
    if failed:
        lines += ["", f"texts with a skip or warning ({names[-1]}; scored with what was left):"]
        lines += [f"  {f['article']}: {'; '.join(f['stages'])}" for f in failed[:confusions]]
    wrong = speaker[-1]["confusions"]
    if wrong:
        lines += ["", f"speaker confusions ({names[-1]}; gold -> predicted):"]
        lines += [f"  {c['count']:3} {c['gold']} -> {c['predicted']}" for c in wrong[:confusions]]
    return "\n".join(lines)
