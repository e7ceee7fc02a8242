"""Event commands: ``events`` (list or export stored events), ``positions`` (each side's
demands, offers and rejections over time) and ``eval events`` (score the coder)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from reportedly.cli import db_option, echo_json, json_option
from reportedly.config import DEFAULT_MODEL
from reportedly.errors import ReportedlyError
from reportedly.model import EVENT_TYPES, MODALITIES, Annotation, Event

if TYPE_CHECKING:
    from reportedly.events.evaluate import GoldItem

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
        f"micro-F1 {report['micro']['f1']:.3f}",
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
@click.option("--rules-only", is_flag=True, help="Code without the learned event model.")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline.")
@click.option("--errors", "show_errors", is_flag=True, help="List misses and spurious events.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--check", is_flag=True, help="Exit with status 1 when a macro-F1 target is missed.")
def eval_events_command(
    gold_path: Path | None,
    plv_path: Path | None,
    no_plv: bool,
    cv_path: Path | None,
    rules_only: bool,
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
    from reportedly.events.evaluate import (
        code_gold,
        evaluate_gold,
        evaluate_plv,
        load_gold,
        load_plv,
    )
    from reportedly.events.evaluate_plv import FoldModels, evaluate_plv_cv
    from reportedly.events.learned import load_event_model
    from reportedly.events.lexicon import EventLexicon
    from reportedly.nlp import annotate_many

    def annotate(texts: Sequence[str]) -> Iterable[Annotation]:
        return annotate_many(texts, model=model)

    try:
        lexicon = EventLexicon.load()
        resolver = default_resolver()
        items = load_gold(gold_path or _default_gold())
        event_model = None if rules_only else load_event_model()
        coded = code_gold(
            items, annotate=annotate, lexicon=lexicon, resolver=resolver, model=event_model
        )
        scores = evaluate_gold(coded)
        report: dict[str, Any] = {
            "lexicon": lexicon.version,
            "model": "rules only" if event_model is None else "rules + learned event model",
            "resolver": type(resolver).__name__,
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
    if "plv_cv" in report:
        click.echo("\n".join(_format_cv(report["plv_cv"])))
    for error in report.get("errors", ()):
        click.echo(f"   {json.dumps(error, ensure_ascii=False)}")


DATE = click.DateTime(formats=["%Y-%m-%d"])
EXPORT_FORMATS = ("jsonl", "csv", "parquet")


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _event_line(item: dict[str, Any]) -> list[str]:
    def side(prefix: str) -> str:
        name = item[f"{prefix}_name"] or item[f"{prefix}_text"] or "?"
        code = item[f"{prefix}_code"]
        return f"{name} [{code}]" if code else str(name)

    when = item["date"] or (f"{item['published']} (published)" if item["published"] else "undated")
    if item["date"] and not item["date_year_known"]:
        when = f"{item['date']} (“{item['date_text']}”, year unknown)"
    notes = [n for n in (item["mode"], None if item["counts"] else item["modality"]) if n]
    head = click.style(f"{item['type']:<9}", bold=item["counts"])
    lines = [
        f"{head} {side('source')} → {side('target')}"
        + click.style(f"  {when}{' · ' + ', '.join(notes) if notes else ''}", dim=True)
    ]
    if item["condition_text"]:
        lines.append(f"    condition: {' '.join(item['condition_text'].split())}")
    evidence = " ".join(item["evidence_text"].split())
    link = f"article {item['article_id'][:8]}"
    if item["statement_id"]:
        link += f" · statement {item['statement_id']}"
    lines.append(f"    “{evidence[:240]}{'…' if len(evidence) > 240 else ''}”")
    lines.append(click.style(f"    {link} · trigger “{item['trigger_text']}”", dim=True))
    return lines


@click.command("events")
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(EVENT_TYPES, case_sensitive=False),
    help="PLOVER event type; repeatable.",
)
@click.option("--actor", help="Source: actor code (RUS), actor id, or a name or alias.")
@click.option("--towards", help="Target, given as --actor is.")
@click.option("--since", type=DATE, help="Event (else publication) date on or after.")
@click.option("--until", type=DATE, help="Event (else publication) date on or before.")
@click.option(
    "--modality",
    "modalities",
    multiple=True,
    type=click.Choice(MODALITIES),
    help="Only events the text asserts, negates, … ; repeatable.",
)
@click.option("--article", help="Article id (or a unique prefix).")
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--after", help="Cursor from a previous page (printed with --json).")
@click.option(
    "--export",
    "export_format",
    type=click.Choice(EXPORT_FORMATS),
    default=None,
    help="Export every matching event instead (csv/parquet: POLECAT-like columns).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to export to [default: standard output; required for parquet].",
)
@db_option
@json_option
def events_command(
    types: tuple[str, ...],
    actor: str | None,
    towards: str | None,
    since: datetime | None,
    until: datetime | None,
    modalities: tuple[str, ...],
    article: str | None,
    limit: int,
    after: str | None,
    export_format: str | None,
    output: Path | None,
    db: Path | None,
    as_json: bool,
) -> None:
    """List stored events (PLOVER), in date order, with their evidence."""
    from reportedly.store import Store

    filters: dict[str, Any] = {
        "type": [t.upper() for t in types] or None,
        "actor": actor,
        "towards": towards,
        "since": _day(since),
        "until": _day(until),
        "modality": list(modalities) or None,
        "article": article,
    }
    with Store.open(db) as store:
        if export_format is not None:
            export_events_to(store, export_format, output, filters)
            return
        page = store.events(limit=limit, after=after, **filters)
    if as_json:
        echo_json({"items": list(page.items), "cursor": page.cursor})
        return
    if not page.items:
        click.echo("No events match.", err=True)
        return
    for item in page.items:
        click.echo("\n".join(_event_line(item)))
    if page.cursor:
        click.echo(click.style(f"more: --after {page.cursor}", dim=True), err=True)


def export_events_to(store: Any, fmt: str, output: Path | None, filters: dict[str, Any]) -> None:
    """Export the events matching ``filters`` to ``output`` (standard output when ``None``).

    Raises:
        click.UsageError: Parquet without an output file.
    """
    from reportedly.store.event_export import export_events

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    if output is None:
        stream = sys.stdout.buffer if fmt == "parquet" else sys.stdout
        export_events(store, fmt, stream, **filters)  # type: ignore[arg-type]
        return
    count = export_events(store, fmt, output, **filters)  # type: ignore[arg-type]
    click.echo(f"wrote {count} event(s) to {output}", err=True)


@click.command("positions")
@click.option("--actor", required=True, help="The side: actor code (USA), id, name or alias.")
@click.option("--towards", help="The other side, given as --actor is.")
@click.option("--since", type=DATE, help="Event (else publication) date on or after.")
@click.option("--until", type=DATE, help="Event (else publication) date on or before.")
@db_option
@json_option
def positions_command(
    actor: str,
    towards: str | None,
    since: datetime | None,
    until: datetime | None,
    db: Path | None,
    as_json: bool,
) -> None:
    """What conditions has each side set for talks, and how did that change?

    Lists the demands, offers and rejections ACTOR made (towards --towards), with their
    conditions, oldest first, each with the article, statement and sentence it comes from.
    """
    from reportedly.events.positions import positions, render_positions
    from reportedly.store import Store

    with Store.open(db) as store:
        items = positions(store, actor=actor, towards=towards, since=_day(since), until=_day(until))
    if as_json:
        echo_json({"actor": actor, "towards": towards, "items": items})
        return
    click.echo(render_positions(items, actor=actor, towards=towards), nl=False)


if __name__ == "__main__":  # pragma: no cover
    eval_events_command()
