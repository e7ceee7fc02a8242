"""``reportedly run`` and ``reportedly demo``: ingest, extract and store."""

from __future__ import annotations

import functools
import itertools
import shlex
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reportedly.cli import actors_option, db_option, model_option, sample_path
from reportedly.config import Settings
from reportedly.engines import ENGINES
from reportedly.errors import InputError, ReportedlyError
from reportedly.model import Analysis, Article

if TYPE_CHECKING:
    from reportedly.actors import ActorRegistry
    from reportedly.store import Store

E_FATAL = "E2"  # the pipeline's codes for an article it could not analyse at all


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the closing line."""

    new: int = 0  # analysed and stored for the first time
    unchanged: int = 0  # stored already with the same text and stage versions: not parsed
    reanalysed: int = 0  # stored with other stage versions (or --reanalyse): stored anew
    duplicates: int = 0  # the same text met earlier in this run
    statements: int = 0  # statements stored by this run
    failed: int = 0  # inputs that could not be read or analysed (recorded as skips)
    first: str | None = None  # the id of the first article stored or found unchanged

    @property
    def articles(self) -> int:
        """Articles read, whatever became of them."""
        return self.new + self.unchanged + self.reanalysed + self.duplicates


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
    reanalyse: bool = False,
    actor_files: tuple[Path, ...] = (),
    engine: str = "local",
    cluster: str | None = None,
) -> RunSummary:
    """Ingest ``paths``, analyse every article that needs it and store the results; errors
    are reported per input and never abort the run or touch what is stored.

    An article stored already with the same text (its id) and the same stage versions is
    left alone before any parsing, unless ``reanalyse``; see :mod:`reportedly.engines`.
    """
    from reportedly.engines import analyse
    from reportedly.engines.incremental import Need, Triage
    from reportedly.ingest import read_paths
    from reportedly.pipeline import Pipeline, stage_versions
    from reportedly.store import Store

    if engine == "dask":  # fail before any input is read
        from reportedly.engines.dask_engine import import_distributed

        import_distributed()
    summary = RunSummary()
    settings = _settings(model, workers, actor_files)
    with Store.open(db) as store:
        store.registry = _registry(actor_files)
        expected = functools.cache(functools.partial(stage_versions, settings))
        triage = Triage(store.stored_versions, expected, reanalyse=reanalyse)
        replacing: set[str] = set()  # in flight, stored under other versions

        def ingested() -> Iterator[Article]:
            for item in read_paths(paths):
                if isinstance(item, InputError):
                    summary.failed += 1
                    click.echo(f"skipped: {item}", err=True)
                    store.save_skip(item.source, "ingest", item.code, str(item))
                    continue
                yield item

        def todo() -> Iterator[Article]:
            for need, article in triage(ingested()):
                if need is Need.RERUN:
                    _rerun_stored(store, article.id, summary)
                    continue
                if need is Need.REANALYSE:
                    replacing.add(article.id)
                yield article

        pending = todo()
        first = next(pending, None)  # nothing to analyse: no model is loaded at all
        if first is not None:
            local = Pipeline(settings, registry=store.registry) if engine == "local" else None
            stream = analyse(
                itertools.chain([first], pending),
                settings,
                engine=engine,
                cluster=cluster,
                pipeline=local,
            )
            show_bar = sys.stderr.isatty()
            with click.progressbar(
                stream, label="analysing", file=sys.stderr, show_pos=True, hidden=not show_bar
            ) as bar:
                for analysis in bar:
                    _store(store, analysis, summary, replacing)
        summary.unchanged += triage.counts[Need.UNCHANGED]
        summary.duplicates = triage.counts[Need.DUPLICATE]
        if summary.first is None and triage.first_unchanged is not None:
            summary.first = triage.first_unchanged
    return summary


def _registry(actor_files: tuple[Path, ...]) -> ActorRegistry:
    from reportedly.actors import ActorRegistry, default_registry

    return ActorRegistry.load(actor_files) if actor_files else default_registry()


def _rerun_stored(store: Store, article_id: str, summary: RunSummary) -> None:
    """Re-run the stages whose inputs are all stored (provenance) on a stored analysis."""
    from reportedly.provenance.stage import provenance_stage

    try:
        analysis = provenance_stage(store.article(article_id))
        store.save(analysis, replace=True)
    except ReportedlyError as e:  # a record the store refuses: the others are still stored
        click.echo(f"skipped: {article_id}: {e}", err=True)
        summary.failed += 1
        return
    summary.reanalysed += 1
    summary.statements += len(analysis.statements)
    summary.first = summary.first or article_id


def _store(store: Store, analysis: Analysis, summary: RunSummary, replacing: set[str]) -> None:
    """Save one analysis, or record why it cannot be; say so on stderr, naming the input.

    An analysis that failed as a whole (``E2xx``) is recorded as a skip of its input, not
    stored, so that a later run tries it again.
    """
    aid = analysis.article.id
    replace = aid in replacing
    replacing.discard(aid)
    source = analysis.article.source or aid
    for skip in analysis.skipped:
        kind = "warning" if skip.code.startswith("W") else "skipped"
        click.echo(f"{kind}: [{skip.code}] {source}: {skip.reason}", err=True)
    fatal = next((s for s in analysis.skipped if s.code.startswith(E_FATAL)), None)
    try:
        if fatal is not None:
            store.save_skip(source, fatal.stage, fatal.code, fatal.reason)
            summary.failed += 1
            return
        saved = store.save(analysis, replace=replace)
    except ReportedlyError as e:  # a record the store refuses: the others are still stored
        click.echo(f"skipped: {source}: {e}", err=True)
        summary.failed += 1
        return
    summary.first = summary.first or aid
    if not saved:  # another run stored it meanwhile
        summary.unchanged += 1
        return
    summary.statements += len(analysis.statements)
    if replace:
        summary.reanalysed += 1
    else:
        summary.new += 1


def _report(summary: RunSummary, db: Path | None) -> None:
    from reportedly.config import default_db_path
    from reportedly.store.dialect import redact

    where = redact(str(db or default_db_path()))
    click.echo(
        f"{summary.articles} article(s): {summary.new} new, {summary.unchanged} unchanged, "
        f"{summary.reanalysed} re-analysed, {summary.duplicates} duplicate(s) in the input; "
        f"{summary.statements} statement(s) stored; {summary.failed} input(s) skipped. "
        f"Store: {where}",
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
    help="Processes to use (local engine) or to start (dask engine); 0 means one per core.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="local: this process, or a process pool with --workers > 1; dask: a Dask cluster "
    "(the `dask` extra), a LocalCluster of --workers processes unless --cluster is given.",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    envvar="REPORTEDLY_CLUSTER",
    help="A running Dask scheduler, e.g. tcp://scheduler:8786 (implies --engine dask).",
)
@click.option(
    "--reanalyse",
    "--replace",
    "reanalyse",
    is_flag=True,
    help="Re-analyse articles already stored, even with unchanged text and stage versions.",
)
@actors_option
def run(
    paths: tuple[str, ...],
    db: Path | None,
    model: str | None,
    workers: int,
    engine: str,
    cluster: str | None,
    reanalyse: bool,
    actor_files: tuple[Path, ...] = (),
) -> None:
    """Ingest PATHS (files, directories, `-` for stdin), extract statements, store them.

    Text, HTML, JSONL (.jsonl/.ndjson, gzipped too) and WARC files are recognised. An input
    that cannot be read is reported and skipped; the rest of the run goes on. An article
    stored already with the same text and stage versions is not analysed again (runs are
    incremental); one stored by an older version of a stage is re-analysed.
    """
    summary = run_paths(
        list(paths),
        db=db,
        model=model,
        workers=workers,
        reanalyse=reanalyse,
        actor_files=actor_files,
        engine="dask" if cluster else engine,
        cluster=cluster,
    )
    _report(summary, db)
    # checked after the run: the inputs that do exist are stored all the same
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        named = ", ".join(repr(p) for p in missing)
        raise click.ClickException(f"no such file or directory: {named}")
    if summary.failed and not summary.articles:
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
    summary = run_paths([str(path)], db=db, model=model, workers=1, actor_files=actor_files)
    _report(summary, db)
    with Store.open(db) as store:
        analysis = store.article(summary.first) if summary.first else None
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
