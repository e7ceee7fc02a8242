"""Event commands: ``events`` (list or export stored events) and ``positions`` (each side's
demands, offers and rejections over time); ``eval events`` is in :mod:`.eval_events_cmd`."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from reportedly.cli import DATE, EXPORT_FORMATS, as_date, db_option, echo_json, json_option
from reportedly.model import EVENT_TYPES, MODALITIES


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
        "since": as_date(since),
        "until": as_date(until),
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
        items = positions(
            store, actor=actor, towards=towards, since=as_date(since), until=as_date(until)
        )
    if as_json:
        echo_json({"actor": actor, "towards": towards, "items": items})
        return
    click.echo(render_positions(items, actor=actor, towards=towards), nl=False)
