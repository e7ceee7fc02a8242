"""``reportedly run`` and ``reportedly demo``: ingest, extract and store."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reportedly.cli import actors_option, db_option, model_option, sample_path
from reportedly.config import Settings
from reportedly.errors import InputError, ReportedlyError
from reportedly.model import Analysis, Article

if TYPE_CHECKING:
    from reportedly.store import Store

E_FATAL = "E2"  # the pipeline's codes for an article it could not analyse at all


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the closing line."""

    analysed: int = 0
    added: int = 0
    already: int = 0
    statements: int = 0
    failed: int = 0


def _settings(model: str | None, workers: int, actor_files: tuple[Path, ...] = ()) -> Settings:
    if model:
        return Settings(model=model, workers=workers, actor_files=actor_files)
    return Settings(workers=workers, actor_files=actor_files)


def run_paths(
    paths: list[str],
    *,
    db: Path | None,
    model: str | None,
    workers: int,
    replace: bool,
    actor_files: tuple[Path, ...] = (),
) -> tuple[RunSummary, list[Analysis]]:
    """Ingest ``paths``, analyse every article and store the results; errors are reported
    per input and never abort the run or touch what is stored."""
    from reportedly.ingest import read_paths
    from reportedly.pipeline import Pipeline
    from reportedly.store import Store

    summary = RunSummary()
    analyses: list[Analysis] = []
    pipeline = Pipeline(_settings(model, workers, actor_files))
    with Store.open(db) as store:
        store.registry = pipeline.registry

        def articles() -> Iterator[Article]:
            for item in read_paths(paths):
                if isinstance(item, InputError):
                    summary.failed += 1
                    click.echo(f"skipped: {item}", err=True)
                    store.save_skip(item.source, "ingest", item.code, str(item))
                    continue
                yield item

        show_bar = sys.stderr.isatty()
        stream = pipeline.analyze_many(articles())
        with click.progressbar(
            stream, label="analysing", file=sys.stderr, show_pos=True, hidden=not show_bar
        ) as bar:
            for analysis in bar:
                if _store(store, analysis, summary, replace=replace) and len(analyses) < 1:
                    analyses.append(analysis)
    return summary, analyses


def _store(store: Store, analysis: Analysis, summary: RunSummary, *, replace: bool) -> bool:
    """Save one analysis, or record why it cannot be; say so on stderr, naming the input.

    An analysis that failed as a whole (``E2xx``) is recorded as a skip of its input, not
    stored, so that a later run tries it again. Returns whether the analysis was kept.
    """
    source = analysis.article.source or analysis.article.id
    for skip in analysis.skipped:
        kind = "warning" if skip.code.startswith("W") else "skipped"
        click.echo(f"{kind}: [{skip.code}] {source}: {skip.reason}", err=True)
    fatal = next((s for s in analysis.skipped if s.code.startswith(E_FATAL)), None)
    try:
        if fatal is not None:
            store.save_skip(source, fatal.stage, fatal.code, fatal.reason)
            summary.failed += 1
            return False
        saved = store.save(analysis, replace=replace)
    except ReportedlyError as e:  # a record the store refuses: the others are still stored
        click.echo(f"skipped: {source}: {e}", err=True)
        summary.failed += 1
        return False
    summary.analysed += 1
    summary.statements += len(analysis.statements)
    if saved:
        summary.added += 1
    else:
        summary.already += 1
    return True


def _report(summary: RunSummary, db: Path | None) -> None:
    from reportedly.config import default_db_path
    from reportedly.store.dialect import redact

    where = redact(str(db or default_db_path()))
    click.echo(
        f"{summary.analysed} article(s) analysed: {summary.added} added, "
        f"{summary.already} already stored; {summary.statements} statement(s) found; "
        f"{summary.failed} input(s) skipped. Store: {where}",
        err=True,
    )


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@model_option
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(0),
    default=1,
    show_default=True,
    help="Processes to use; 0 means one per core.",
)
@click.option("--replace", is_flag=True, help="Re-analyse articles already in the store.")
@actors_option
def run(
    paths: tuple[str, ...],
    db: Path | None,
    model: str | None,
    workers: int,
    replace: bool,
    actor_files: tuple[Path, ...] = (),
) -> None:
    """Ingest PATHS (files, directories, `-` for stdin), extract statements, store them.

    Text, HTML, JSONL (.jsonl/.ndjson, gzipped too) and WARC files are recognised. An input
    that cannot be read is reported and skipped; the rest of the run goes on. Running twice
    on the same input adds nothing twice.
    """
    summary, _ = run_paths(
        list(paths),
        db=db,
        model=model,
        workers=workers,
        replace=replace,
        actor_files=actor_files,
    )
    _report(summary, db)
    # checked after the run: the inputs that do exist are stored all the same
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        named = ", ".join(repr(p) for p in missing)
        raise click.ClickException(f"no such file or directory: {named}")
    if summary.failed and not summary.analysed:
        raise click.ClickException("no input could be read; see the messages above")


@click.command()
@db_option
@model_option
@click.option("--no-color", is_flag=True, help="Plain text (markers instead of colours).")
@actors_option
def demo(
    db: Path | None, model: str | None, no_color: bool, actor_files: tuple[Path, ...] = ()
) -> None:
    """Analyse the bundled sample article, store it and show it."""
    from reportedly.cli.render import render_article, render_statements
    from reportedly.store import Store

    path = sample_path()
    summary, analyses = run_paths(
        [str(path)], db=db, model=model, workers=1, replace=False, actor_files=actor_files
    )
    _report(summary, db)
    with Store.open(db) as store:
        analysis = store.article(analyses[0].article.id) if analyses else None
    if analysis is None:
        raise click.ClickException(f"{path}: the sample could not be analysed")
    color = not no_color and sys.stdout.isatty()
    click.echo(render_article(analysis, color=color))
    click.echo(render_statements(analysis, color=color))
    store_arg = "" if db is None else f" --db {shlex.quote(str(db))}"
    click.echo(
        f"Next: `reportedly statements{store_arg} --speaker Peskov`, "
        f"`reportedly show{store_arg} {analysis.article.id[:8]}`, "
        f"`reportedly export{store_arg} --format csv`."
    )
