"""`reportedly eval events`: score the event coder on the gold set (and PLV when present)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import click

from reportedly.config import DEFAULT_MODEL
from reportedly.errors import ReportedlyError
from reportedly.model import Annotation

SPLITS = ("heldout", "dev", "sample", "all")


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
    for key in ("source_accuracy", "target_accuracy", "modality_accuracy", "date_accuracy"):
        value = report[key]
        lines.append(f"   {key}: {'-' if value is None else f'{value:.3f}'}")
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
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline.")
@click.option("--errors", "show_errors", is_flag=True, help="List misses and spurious events.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_events_command(
    gold_path: Path | None,
    plv_path: Path | None,
    no_plv: bool,
    model: str,
    show_errors: bool,
    as_json: bool,
) -> None:
    """Per-type P/R/F1, macro-F1 and actor accuracy of the event coder on the gold set."""
    from reportedly.events.actors import default_resolver
    from reportedly.events.evaluate import (
        code_gold,
        evaluate_gold,
        evaluate_plv,
        load_gold,
        load_plv,
    )
    from reportedly.events.lexicon import EventLexicon
    from reportedly.nlp import annotate_many

    def annotate(texts: Sequence[str]) -> Iterable[Annotation]:
        return annotate_many(texts, model=model)

    try:
        lexicon = EventLexicon.load()
        resolver = default_resolver()
        items = load_gold(gold_path or _default_gold())
        scores = evaluate_gold(
            code_gold(items, annotate=annotate, lexicon=lexicon, resolver=resolver)
        )
        report: dict[str, Any] = {
            "lexicon": lexicon.version,
            "resolver": type(resolver).__name__,
            "splits": {k: scores[k].as_dict() for k in SPLITS if k in scores},
        }
        if show_errors:
            report["errors"] = scores["all"].errors
        plv = plv_path or _default_plv()
        if not no_plv and plv.exists():
            report["plv_dev_only"] = evaluate_plv(
                load_plv(plv), annotate=annotate, lexicon=lexicon, resolver=resolver
            )
    except ReportedlyError as e:
        raise click.ClickException(str(e)) from e
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(f"lexicon {report['lexicon']}, resolver {report['resolver']}")
    for name, split in report["splits"].items():
        click.echo("\n".join(_format_split(name, split)))
    if "plv_dev_only" in report:
        plv_report = report["plv_dev_only"]
        click.echo(
            f"== PLV train (development measure only): {plv_report['rows']} rows, root accuracy "
            f"{plv_report['accuracy']:.3f}, coverage {plv_report['coverage']:.3f}, accuracy when "
            f"coded {plv_report['accuracy_when_coded']:.3f}"
        )
    for error in report.get("errors", ()):
        click.echo(f"   {json.dumps(error, ensure_ascii=False)}")


if __name__ == "__main__":  # pragma: no cover
    eval_events_command()
