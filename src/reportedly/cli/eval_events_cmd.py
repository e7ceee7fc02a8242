"""``eval events``: score the event coder on the written gold and PLV, against its targets."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from reportedly.config import DEFAULT_MODEL
from reportedly.errors import ReportedlyError
from reportedly.model import Annotation, Event

if TYPE_CHECKING:
    from reportedly.events.event_gold import GoldItem

SPLITS = ("heldout", "dev", "sample", "all")
# The coder's quality targets: macro-F1 on the written gold by split (heldout is not tuned on:
# a floor), and floors under today's rule coder on the sentences drawn from real news (gold
# items with an ``origin``), to catch regressions.
TARGETS: dict[str, tuple[str, float]] = {
    "written all macro-F1": (">=", 0.70),
    "written heldout macro-F1": (">=", 0.65),
    "written sample macro-F1": (">=", 1.0),
    "drawn macro-F1": (">=", 0.20),
    "drawn micro-F1": (">=", 0.30),
    "drawn event-free sentences given an event": ("<=", 0.15),
}


def measure_targets(coded: Sequence[tuple[GoldItem, tuple[Event, ...]]]) -> dict[str, float]:
    """The figures :data:`TARGETS` names, from the coded gold (those it cannot measure are
    left out)."""
    from reportedly.events.evaluate import evaluate_gold

    written = evaluate_gold([c for c in coded if c[0].origin is None])
    values = {
        f"written {split} macro-F1": float(written[split].as_dict()["macro_f1"])
        for split in ("all", "heldout", "sample")
        if split in written and written[split].as_dict()["items"]
    }
    drawn = [c for c in coded if c[0].origin is not None]
    if drawn:
        score = evaluate_gold(drawn)["all"].as_dict()
        values["drawn macro-F1"] = float(score["macro_f1"])
        values["drawn micro-F1"] = float(score["micro"]["f1"])
        negatives = [events for item, events in drawn if not item.events]
        if negatives:
            given = sum(any(e.counts for e in events) for events in negatives)
            values["drawn event-free sentences given an event"] = round(given / len(negatives), 3)
    return values


def check_targets(values: dict[str, float]) -> dict[str, dict[str, Any]]:
    """Each measured figure against its target in :data:`TARGETS`."""
    checked: dict[str, dict[str, Any]] = {}
    for name, (op, bound) in TARGETS.items():
        if name in values:
            value = values[name]
            met = value >= bound if op == ">=" else value <= bound
            checked[name] = {"value": value, "target": f"{op} {bound:g}", "met": met}
    return checked


def _default_gold() -> Path:
    """tests/golden/events/gold.jsonl of a source checkout."""
    here = Path(str(resources.files("reportedly")))
    return here.parents[1] / "tests" / "golden" / "events" / "gold.jsonl"


def _default_plv() -> Path:
    here = Path(str(resources.files("reportedly")))
    return here.parents[2] / "shared" / "data" / "plover" / "PLV_train.tsv"


def _format_split(name: str, report: dict[str, Any]) -> list[str]:
    lines = [
        f"== {name}: {report['items']} items, macro-F1 {report['macro_f1']:.3f}, "
        f"micro-F1 {report['micro']['f1']:.3f} "
        f"(with the sides right {report['micro_with_sides']['f1']:.3f})",
        f"   {'type':10} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}",
    ]
    for type_, row in report["per_type"].items():
        lines.append(
            f"   {type_:10} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
            f"{row['support']:4d}"
        )
    keys = ("source_accuracy", "target_accuracy", "modality_accuracy", "date_accuracy")
    for key in (*keys, "false_event_rate", "none_precision"):
        value = report[key]
        lines.append(f"   {key}: {'-' if value is None else f'{value:.3f}'}")
    return lines


def _format_cv(report: dict[str, Any]) -> list[str]:
    marked, coded = report["marked"], report["coded"]
    lines = [
        f"== PLV train, cross-validation ({report['folds']} held-out folds scored): "
        f"{report['rows']} rows",
        f"   given the marked pair: accuracy {marked['accuracy']:.3f}, macro-F1 "
        f"{marked['macro_f1']:.3f}, coverage {marked['coverage']:.3f}",
        f"   coded from the sentence: accuracy {coded['accuracy']:.3f}, macro-F1 "
        f"{coded['macro_f1']:.3f}, coverage {coded['coverage']:.3f}, source accuracy "
        f"{coded['source_accuracy']:.3f}, target accuracy {coded['target_accuracy']:.3f}",
        f"   {'root':10} {'P':>6} {'R':>6} {'F1':>6} {'coded F1':>9} {'n':>4}",
    ]
    for root, row in marked["per_root"].items():
        lines.append(
            f"   {root:10} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
            f"{coded['per_root'][root]['f1']:9.3f} {row['support']:4d}"
        )
    return lines


@click.command("events")
@click.option(
    "--gold",
    "gold_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Gold JSONL (default: tests/golden/events/gold.jsonl).",
)
@click.option(
    "--plv",
    "plv_path",
    type=click.Path(path_type=Path),
    default=None,
    help="PLV_train.tsv to score root types on (default: ../shared when present).",
)
@click.option("--no-plv", is_flag=True, help="Skip the PLV development measure.")
@click.option(
    "--cv",
    "cv_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=None,
    help="cv.json of scripts/train_event_model.py --folds 5: report the learned model's "
    "5-fold cross-validated figures on PLV train.",
)
@click.option(
    "--candidates",
    "plv_candidates",
    is_flag=True,
    help="Also report how far the parse's candidate triples reach PLV's marked pairs (no "
    "model needed).",
)
@click.option("--rules-only", is_flag=True, help="Code without the learned event model.")
@click.option(
    "--context",
    "context_data",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    default=None,
    help="The ../shared/data folder: code each drawn item inside its article, after the "
    "attribution and actors stages, as the pipeline does (pronouns, titles, quote speakers).",
)
@click.option(
    "--event-model",
    "event_model_dir",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    default=None,
    help="A folder of scripts/export_event_model.py to score instead of the shipped model.",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline.")
@click.option("--errors", "show_errors", is_flag=True, help="List misses and spurious events.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--check", is_flag=True, help="Exit with status 1 when a macro-F1 target is missed.")
def eval_events_command(
    gold_path: Path | None,
    plv_path: Path | None,
    no_plv: bool,
    cv_path: Path | None,
    plv_candidates: bool,
    rules_only: bool,
    context_data: Path | None,
    event_model_dir: Path | None,
    model: str,
    show_errors: bool,
    as_json: bool,
    check: bool,
) -> None:
    """Per-type P/R/F1, macro-F1 and actor accuracy of the event coder on the gold set, and
    whether each split meets its macro-F1 target.

    The coder runs with the shipped learned model unless ``--rules-only``; on PLV train the
    rules give a development measure, and ``--cv`` the model's cross-validated figures.
    """
    from reportedly.events.actors import default_resolver
    from reportedly.events.evaluate import code_gold, evaluate_gold, evaluate_plv, load_plv
    from reportedly.events.evaluate_plv import FoldModels, evaluate_plv_cv
    from reportedly.events.event_gold import load_gold
    from reportedly.events.learned import load_event_model
    from reportedly.events.lexicon import EventLexicon
    from reportedly.events.plv_candidates import evaluate_candidates
    from reportedly.nlp import annotate_many

    def annotate(texts: Sequence[str]) -> Iterable[Annotation]:
        return annotate_many(texts, model=model)

    try:
        lexicon = EventLexicon.load()
        resolver = default_resolver()
        items = load_gold(gold_path or _default_gold())
        event_model = None if rules_only else load_event_model(event_model_dir)
        if context_data is not None:
            from reportedly.events.evaluate_context import code_in_context

            coded = code_in_context(
                items,
                data=context_data,
                annotate=annotate,
                lexicon=lexicon,
                resolver=resolver,
                model=event_model,
            )
        else:
            coded = code_gold(
                items, annotate=annotate, lexicon=lexicon, resolver=resolver, model=event_model
            )
        scores = evaluate_gold(coded)
        report: dict[str, Any] = {
            "lexicon": lexicon.version,
            "model": (
                "rules only"
                if event_model is None
                else "rules + learned event model"
                + (f" ({event_model_dir})" if event_model_dir else "")
            ),
            "resolver": type(resolver).__name__,
            "context": str(context_data) if context_data is not None else None,
            "splits": {k: scores[k].as_dict() for k in SPLITS if k in scores},
            "targets": check_targets(measure_targets(coded)),
        }
        if show_errors:
            report["errors"] = scores["all"].errors
        plv = plv_path or _default_plv()
        if not no_plv and plv.exists():
            report["plv_dev_only"] = evaluate_plv(
                load_plv(plv), annotate=annotate, lexicon=lexicon, resolver=resolver
            )
        if plv_candidates:
            report["plv_candidates"] = evaluate_candidates(
                load_plv(plv), annotate=annotate, lexicon=lexicon, resolver=resolver
            )
        if cv_path is not None:
            report["plv_cv"] = evaluate_plv_cv(
                load_plv(plv),
                FoldModels(cv_path),
                annotate=annotate,
                lexicon=lexicon,
                resolver=resolver,
            )
    except ReportedlyError as e:
        raise click.ClickException(str(e)) from e
    missed = [name for name, t in report["targets"].items() if not t["met"]]
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        _echo_report(report)
    if check and missed:
        raise click.ClickException(f"target missed: {'; '.join(missed)}")


def _echo_report(report: dict[str, Any]) -> None:
    click.echo(f"lexicon {report['lexicon']}, resolver {report['resolver']}, {report['model']}")
    for name, split in report["splits"].items():
        click.echo("\n".join(_format_split(name, split)))
    click.echo("== targets")
    for name, target in report["targets"].items():
        verdict = "met" if target["met"] else "NOT met"
        click.echo(f"   {name:44} {target['value']:.3f} ({target['target']}: {verdict})")
    if "plv_dev_only" in report:
        plv_report = report["plv_dev_only"]
        click.echo(
            f"== PLV train (development measure only): {plv_report['rows']} rows, root accuracy "
            f"{plv_report['accuracy']:.3f}, coverage {plv_report['coverage']:.3f}, accuracy when "
            f"coded {plv_report['accuracy_when_coded']:.3f}"
        )
    if "plv_candidates" in report:
        found = report["plv_candidates"]
        parts = found["parts"]
        click.echo(
            f"== PLV train, candidates (no model; parts drawn with seed {parts['seed']}, "
            f"{parts['unread_share']:.0%} unread)"
        )
        for name, part in (("all", found), ("read", parts["read"]), ("unread", parts["unread"])):
            click.echo(
                f"   {name} ({part['rows']} rows, {part['per_row']:.2f} a row): on the marked "
                f"pair {part['pair']:.3f}, touching it {part['touching']:.3f}; an oracle codes "
                f"{part['oracle_coverage']:.3f} (right {part['oracle_accuracy']:.3f}, target "
                f"{part['oracle_target_accuracy']:.3f}), a source-only oracle's target "
                f"{part['source_oracle_target_accuracy']:.3f}; the rules code "
                f"{part['rules_coverage']:.3f} (right {part['rules_accuracy']:.3f}, source "
                f"{part['rules_source_accuracy']:.3f}, target {part['rules_target_accuracy']:.3f})"
            )
    if "plv_cv" in report:
        click.echo("\n".join(_format_cv(report["plv_cv"])))
    for error in report.get("errors", ()):
        click.echo(f"   {json.dumps(error, ensure_ascii=False)}")


if __name__ == "__main__":  # pragma: no cover
    eval_events_command()
