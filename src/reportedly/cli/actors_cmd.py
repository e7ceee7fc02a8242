"""``reportedly actors``, ``reportedly actor ID`` and ``reportedly eval speakers``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from reportedly.attribution.act_views import act_label
from reportedly.cli import actors_option, db_option, echo_json, json_option
from reportedly.errors import NotFound, ReportedlyError
from reportedly.serialize import actor_registry_entry


def _registry(actor_files: tuple[Path, ...]) -> Any:
    from reportedly.actors import ActorRegistry, default_registry

    return ActorRegistry.load(actor_files) if actor_files else default_registry()


@click.command("actors")
@click.option("--search", "-s", help="Words of any name or alias of the actor, or of its id.")
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=50, show_default=True)
@db_option
@json_option
def actors(search: str | None, limit: int, db: Path | None, as_json: bool) -> None:
    """List the actors of the store with their mention and statement counts."""
    from reportedly.store import Store

    with Store.open(db) as store:
        found = store.actors(search=search, limit=limit)
    if as_json:
        echo_json({"items": found})
        return
    if not found:
        click.echo("No actors match.", err=True)
        return
    click.echo(f"{'ID':32} {'NAME':28} {'KIND':18} {'STATEMENTS':>10} {'MENTIONS':>8}")
    for a in found:
        click.echo(
            f"{a['id'][:32]:32} {a['name'][:28]:28} {a['kind'][:18]:18} "
            f"{a['statements']:>10} {a['mentions']:>8}"
        )


@click.command("actor")
@click.argument("actor_id")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(1, 1000),
    default=10,
    show_default=True,
    help="How many of the latest statements to show.",
)
@actors_option
@db_option
@json_option
def actor(
    actor_id: str,
    limit: int,
    actor_files: tuple[Path, ...],
    db: Path | None,
    as_json: bool,
) -> None:
    """Show one actor: names and aliases, roles, and the latest statements.

    ACTOR_ID is an id listed by `reportedly actors` (a registry id such as peskov-dmitry, or
    one the store created). A registry actor the store has not seen yet is shown too.
    """
    from reportedly.store import Store
    from reportedly.store.sqlite_actors import unseen_actor

    registry = _registry(actor_files)
    with Store.open(db) as store:
        try:
            found: dict[str, Any] = store.actor(actor_id, statements=limit)
        except NotFound:
            if actor_id not in registry:
                raise
            found = unseen_actor(registry, actor_id)
    found["registry"] = actor_registry_entry(registry, found["id"])
    if as_json:
        echo_json(found)
        return
    _print_actor(found)


def _print_actor(found: dict[str, Any]) -> None:
    head = click.style(found["name"], bold=True)
    click.echo(f"{head}  ({found['id']}; {found['kind']}; {found['origin']})")
    entry = found.get("registry")
    if entry:
        facts = [f"{k} {entry[k]}" for k in ("country", "code", "wikidata") if entry.get(k)]
        if facts:
            click.echo("  " + " · ".join(facts))
        if entry["aliases"]:
            click.echo("  aliases: " + ", ".join(entry["aliases"]))
        for role in entry["roles"]:
            span = f"{role['start'] or '?'} – {role['end'] or 'now'}"
            click.echo(f"  role: {role['title']} ({span})")
    seen = [n for n in found["names"] if n != found["name"]]
    if seen:
        click.echo("  known in the store as: " + ", ".join(seen))
    if found["article_roles"]:
        click.echo("  described in articles as: " + "; ".join(found["article_roles"][:8]))
    if found["merged"]:
        click.echo("  merged from: " + ", ".join(found["merged"]))
    click.echo(
        f"  {found['statements']} statement(s), {found['mentions']} mention(s) "
        f"in {found['articles']} article(s)"
    )
    for item in found["statements_latest"]:
        published = item.get("published") or "undated"
        content = " ".join(str(item.get("content", "")).split())
        label = act_label(item["act"], item["negated"])
        click.echo(f"  · {published} · {label} · {item['kind']} · {item['article_id'][:8]}")
        click.echo(f"      {content[:240]}{'…' if len(content) > 240 else ''}")


@click.command("speakers")
@click.option(
    "--data",
    type=click.Path(path_type=Path, file_okay=False),
    help="PolNeAR directory (holds metadata.tsv); default ../shared/data/polnear.",
)
@click.option(
    "--gold",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Speaker annotation file; default tests/golden/speakers/polnear-dev.yaml.",
)
@click.option("--errors", "show_errors", is_flag=True, help="List every wrong speaker.")
@click.option("--model", default=None, help="spaCy pipeline (default from settings).")
@actors_option
@json_option
def eval_speakers_command(
    data: Path | None,
    gold: Path | None,
    show_errors: bool,
    model: str | None,
    actor_files: tuple[Path, ...],
    as_json: bool,
) -> None:
    """Score resolved speakers against the speaker annotation of PolNeAR dev articles."""
    from reportedly.config import Settings
    from reportedly.eval import speakers as evaluation
    from reportedly.pipeline import Pipeline

    try:
        settings = Settings(actor_files=actor_files)
        if model is not None:
            settings = Settings(model=model, actor_files=actor_files)
        gold_path = gold or evaluation.default_gold_path()
        report = evaluation.evaluate(
            evaluation.load_gold(gold_path), Pipeline(settings), data_dir=data
        )
    except ReportedlyError as e:
        raise click.ClickException(str(e)) from e
    if as_json:
        echo_json(report.as_dict())
        return
    click.echo(evaluation.format_report(report, errors=show_errors))
