"""Read commands: ``statements``, ``show``, ``articles``, ``export``."""

from __future__ import annotations

import dataclasses
import shutil
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from reportedly.cli import (
    DATE,
    EXPORT_FORMATS,
    ExportFormat,
    F,
    actors_option,
    as_date,
    db_option,
    echo_json,
    json_option,
    model_option,
)
from reportedly.confidence import DEFAULT_MIN_CONFIDENCE, confidence_label
from reportedly.model import STATEMENT_ACTS, STATEMENT_KINDS

if TYPE_CHECKING:
    from reportedly.model import Analysis


def _statement_filters(
    speaker: str | None,
    search: str | None,
    outlet: str | None,
    since: datetime | None,
    until: datetime | None,
    kind: str | None,
    article: str | None,
    lang: str | None = None,
    min_speaker_confidence: float | None = None,
) -> dict[str, Any]:
    """The store's statement filters from the command-line options both listings share."""
    return dict(
        speaker=speaker,
        search=search,
        outlet=outlet,
        since=as_date(since),
        until=as_date(until),
        kind=kind,
        article=article,
        language=lang,
        min_speaker_confidence=min_speaker_confidence,
    )


lang_option = click.option(
    "--lang",
    metavar="CODE",
    help="Articles in this language only: en, ru, uk, or und (undetermined).",
)


def filter_options(fn: F) -> F:
    """The statement filters shared by ``statements`` and ``export``."""
    for option in reversed(
        [
            click.option("--speaker", help="Speaker name or words of it (case-insensitive)."),
            click.option("--search", "-s", help="Full-text search in what was said."),
            click.option("--outlet", help="Publishing or cited outlet."),
            click.option("--since", type=DATE, help="Published on or after (YYYY-MM-DD)."),
            click.option("--until", type=DATE, help="Published on or before (YYYY-MM-DD)."),
            click.option("--kind", type=click.Choice(STATEMENT_KINDS)),
            click.option("--article", help="Article id (or a unique prefix)."),
            lang_option,
            click.option(
                "--act",
                type=click.Choice([*STATEMENT_ACTS, "all"]),
                default="speech",
                show_default=True,
                help="What the statements do: said (speech), believe, intend, other; or all.",
            ),
            click.option(
                "--min-speaker-confidence",
                type=click.FloatRange(0, 1),
                default=None,
                help="Leave out statements whose resolved speaker is less likely right than "
                "this (those with no resolved speaker are kept).",
            ),
        ]
    ):
        fn = option(fn)
    return fn


@click.command()
@filter_options
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help=f"Leave out statements of a lower confidence [default: {DEFAULT_MIN_CONFIDENCE}, "
    "hiding the doubtful ones].",
)
@click.option("--all", "show_all", is_flag=True, help="Show doubtful statements too.")
@click.option(
    "--sort",
    type=click.Choice(["newest", "confidence"]),
    default="newest",
    show_default=True,
    help="Newest article first, or the likeliest statements first.",
)
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--after", help="Cursor from a previous page (printed with --json).")
@db_option
@json_option
def statements(
    speaker: str | None,
    search: str | None,
    outlet: str | None,
    since: datetime | None,
    until: datetime | None,
    kind: str | None,
    article: str | None,
    lang: str | None,
    act: str,
    min_speaker_confidence: float | None,
    min_confidence: float | None,
    show_all: bool,
    sort: str,
    limit: int,
    after: str | None,
    db: Path | None,
    as_json: bool,
) -> None:
    """Search stored statements by speaker, words, outlet, date, kind and act.

    Shows what was said (--act speech) unless asked for another act; says how many
    statements of other acts the view hides. A negated statement reads "did NOT say".
    Each statement shows how likely it is to be right ("very likely", "likely", "uncertain",
    "doubtful"; the number is in --json); doubtful ones are hidden unless --all is given.
    """
    from reportedly.attribution.act_views import act_label, view_line
    from reportedly.store import Store

    if show_all and min_confidence is not None:
        raise click.UsageError("give --all or --min-confidence, not both")
    threshold = None if show_all else DEFAULT_MIN_CONFIDENCE
    if min_confidence is not None:
        threshold = min_confidence

    filters = _statement_filters(
        speaker, search, outlet, since, until, kind, article, lang, min_speaker_confidence
    )
    shown = None if act == "all" else act
    doubtful = 0
    counts: dict[str, int] = {}
    with Store.open(db) as store:
        page = store.statements(
            **filters, act=shown, min_confidence=threshold, sort=sort, limit=limit, after=after
        )
        if after is None:
            # one pass: each act's matches, and those at the confidence shown
            tally = store.statement_tally(**filters, sure=threshold or 0.0)
            counts = {a: n for a, n in tally.sure.items() if n}
            if threshold:
                doubtful = sum(
                    n - tally.sure[a] for a, n in tally.total.items() if shown in (None, a)
                )
    hidden = {a: n for a, n in counts.items() if shown is not None and a != shown}
    if as_json:
        echo_json(
            {
                "items": list(page.items),
                "cursor": page.cursor,
                "act": act,
                "hidden": hidden,
                "hidden_doubtful": doubtful,
            }
        )
        return
    if after is None:
        more = "; --act all shows them" if act != "all" and len(counts) > (act in counts) else ""
        click.echo(click.style(view_line(act, counts) + more, dim=True), err=True)
    if not page.items:
        click.echo("No statements match.", err=True)
    for item in page.items:
        speaker_name = item.get("speaker_name") or item.get("speaker_text") or "?"
        published = item.get("published") or "undated"
        outlet_name = item.get("outlet") or "unknown outlet"
        head = click.style(str(speaker_name), bold=True)
        label = act_label(item["act"], item["negated"])
        if item["negated"]:
            label = click.style(label, fg="red", bold=True)
        likely = confidence_label(item["confidence"])
        if item.get("speaker_confidence") is not None:  # how likely the speaker is right
            likely += f" · speaker {confidence_label(item['speaker_confidence'])}"
        click.echo(
            f"{head}  {label} · {item['kind']} · {likely} · {published} · {outlet_name} · "
            f"{item['language']} · {item['article_id'][:8]}"
        )
        content = " ".join(str(item.get("content", "")).split())
        click.echo(f"    {content[:300]}{'…' if len(content) > 300 else ''}")
    if page.cursor:
        click.echo(click.style(f"more: --after {page.cursor}", dim=True), err=True)
    if doubtful:
        below = "doubtful" if threshold == DEFAULT_MIN_CONFIDENCE else "less sure"
        click.echo(
            click.style(
                f"{doubtful} {below} statement(s) hidden (confidence under {threshold:g}); "
                "--all or --min-confidence to show",
                dim=True,
            ),
            err=True,
        )


@click.command()
@click.argument("article")
@db_option
@model_option
@json_option
@click.option("--no-color", is_flag=True, help="Plain text (markers instead of colours).")
@click.option("--width", type=click.IntRange(40, 400), default=None, help="Wrap width.")
@actors_option
def show(
    article: str,
    db: Path | None,
    model: str | None,
    as_json: bool,
    no_color: bool,
    width: int | None,
    actor_files: tuple[Path, ...] = (),
) -> None:
    """Show an article with its statements marked, speakers and nesting shown.

    ARTICLE is a stored article's id (or a unique prefix of it), or a file to analyse on
    the fly without storing it.
    """
    from reportedly.cli.render import render_article, render_statements
    from reportedly.serialize import analysis_to_dict

    path = Path(article)
    if path.is_file():
        from reportedly.config import Settings
        from reportedly.ingest import read_paths
        from reportedly.pipeline import Pipeline

        items = list(read_paths([path]))
        first = items[0] if items else None
        if first is None or isinstance(first, Exception):
            raise click.ClickException(str(first) if first else f"{path}: no article found")
        settings = Settings(model=model) if model else Settings()
        settings = dataclasses.replace(settings, actor_files=actor_files)
        analysis = Pipeline(settings).analyze(first)
        if as_json:
            echo_json(analysis_to_dict(_in_file_offsets(path, analysis)))
            return
    else:
        from reportedly.store import Store

        with Store.open(db) as store:
            analysis = store.article(article)
    if as_json:
        echo_json(analysis_to_dict(analysis))
        return
    color = not no_color and sys.stdout.isatty()
    wrap = width or min(100, max(60, shutil.get_terminal_size().columns - 2))
    click.echo(render_article(analysis, color=color, width=wrap))
    click.echo(render_statements(analysis, color=color, width=wrap))


def _in_file_offsets(path: Path, analysis: Analysis) -> Analysis:
    """``analysis`` with offsets into the text of the plain-text file ``path`` (and that text
    as the article text); unchanged, with a note, when the text was extracted (HTML, …)."""
    from reportedly.errors import InputError
    from reportedly.ingest.offsets import in_source_offsets
    from reportedly.ingest.paths import source_text

    try:
        original = source_text(path)
    except InputError as e:
        raise click.ClickException(str(e)) from e
    moved = None if original is None else in_source_offsets(analysis, original)
    if moved is None:
        click.echo(
            f"{path}: offsets index the extracted text in article.text, not the file's bytes",
            err=True,
        )
        return analysis
    return moved


@click.command()
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--after", help="Cursor from a previous page.")
@lang_option
@db_option
@json_option
def articles(
    limit: int, after: str | None, lang: str | None, db: Path | None, as_json: bool
) -> None:
    """List stored articles, newest first (a derived title shows as ``~[…]``)."""
    from reportedly.cli.render import display_title
    from reportedly.store import Store

    with Store.open(db) as store:
        page = store.articles(limit=limit, after=after, language=lang)
    if as_json:
        echo_json({"items": list(page.items), "cursor": page.cursor})
        return
    for item in page.items:
        click.echo(
            f"{item['id'][:12]}  {item.get('published') or 'undated':10}  "
            f"{item['language']:3}  "
            f"{(item.get('outlet') or '-')[:20]:20}  {item.get('statements', '')!s:>4}  "
            f"{display_title(item.get('title'), derived=bool(item.get('title_derived')))}"
        )


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="jsonl",
    show_default=True,
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write [default: standard output; required for parquet].",
)
@filter_options
@click.option(
    "--events",
    "events",
    is_flag=True,
    help="Export events instead (csv/parquet: POLECAT-like columns; --since/--until/--article).",
)
@db_option
def export_cmd(
    fmt: ExportFormat,
    output: Path | None,
    speaker: str | None,
    search: str | None,
    outlet: str | None,
    since: datetime | None,
    until: datetime | None,
    kind: str | None,
    article: str | None,
    lang: str | None,
    act: str,
    min_speaker_confidence: float | None,
    db: Path | None,
    events: bool = False,
) -> None:
    """Export statements (one flat record each) as JSONL, CSV or Parquet.

    Exports what was said (--act speech) unless asked for another act or all; every record
    carries its act and whether it is negated.
    """
    from reportedly.store import Store
    from reportedly.store.export import export

    if events:
        from reportedly.cli.events_cmd import export_events_to

        others = (speaker, search, outlet, kind, lang, min_speaker_confidence)
        if any(o is not None for o in others) or act not in {"speech", "all"}:
            raise click.UsageError("--events takes only --since, --until and --article")
        with Store.open(db) as store:
            export_events_to(
                store,
                fmt,
                output,
                {"since": as_date(since), "until": as_date(until), "article": article},
            )
        return

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    filters = _statement_filters(
        speaker, search, outlet, since, until, kind, article, lang, min_speaker_confidence
    )
    filters["act"] = None if act == "all" else act
    with Store.open(db) as store:
        if output is None:
            export(store, fmt, sys.stdout.buffer if fmt == "parquet" else sys.stdout, **filters)
        else:
            count = export(store, fmt, output, **filters)
            click.echo(f"wrote {count} statement(s) to {output}", err=True)
