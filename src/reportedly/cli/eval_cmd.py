"""``reportedly eval``: score the extractor against annotated corpora."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from reportedly.config import Settings
from reportedly.errors import ReportedlyError
from reportedly.eval.skips import skipped_warning

FC = TypeVar("FC", bound=Callable[..., Any])

eval_group = click.Group("eval", help="Measure extraction quality against annotated corpora.")


# options every corpus evaluation takes
workers_option = click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes (0: all cores).",
)
model_option = click.option("--model", default=None, help="spaCy pipeline (default from settings).")


def articles_option(which: str) -> Callable[[FC], FC]:
    """The ``--articles`` folder option of the evaluations read against war-news articles."""
    return click.option(
        "--articles",
        "articles_dir",
        type=click.Path(path_type=Path, file_okay=False),
        help=f"Folder of the {which} war-news articles; "
        "default ../shared/data/warnews-en/articles.",
    )


@eval_group.command("polnear")
@click.option(
    "--split",
    default="dev",
    show_default=True,
    help="A split folder of the data directory (dev, train, or any other present).",
)
@click.option(
    "--data",
    type=click.Path(path_type=Path, file_okay=False),
    help="PolNeAR directory (holds metadata.tsv); default ../shared/data/polnear.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--markdown", is_flag=True, help="Print the score table as Markdown.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(path_type=Path, dir_okay=False, writable=True),
    help="Write misses and false alarms with context (.md: Markdown, else JSON lines).",
)
@workers_option
@model_option
def polnear(
    split: str,
    data: Path | None,
    limit: int | None,
    as_json: bool,
    markdown: bool,
    errors_path: Path | None,
    workers: int,
    model: str | None,
) -> None:
    """Score predicted statements against PolNeAR gold attributions."""
    from reportedly.eval import polnear as corpus
    from reportedly.eval.report import format_error_markdown, format_markdown, format_table
    from reportedly.pipeline import Pipeline

    try:
        data_dir = corpus.resolve_data_dir(data)
        settings = (
            Settings(workers=workers) if model is None else Settings(model=model, workers=workers)
        )
        pipeline = Pipeline(settings)
        sink: IO[str] | None = None
        if errors_path is not None:
            sink = errors_path.open("w", encoding="utf-8")
        errors_as_markdown = errors_path is not None and errors_path.suffix.lower() == ".md"

        def write_error(record: dict[str, Any]) -> None:
            if sink is not None:
                if errors_as_markdown:
                    sink.write(format_error_markdown(record) + "\n")
                else:
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")

        try:
            report = corpus.evaluate(
                corpus.iter_entries(data_dir, split=split, limit=limit),
                pipeline,
                workers=workers,
                on_error=write_error if sink is not None else None,
            )
        finally:
            if sink is not None:
                sink.close()
    except ReportedlyError as e:
        raise click.ClickException(str(e)) from e
    warning = skipped_warning(report.skipped_as_dicts(), report.documents, "doc_id")
    if warning is not None:
        click.echo(warning, err=True)
    if as_json:
        payload = {"corpus": "polnear", "split": split, "data": str(data_dir), **report.as_dict()}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    elif markdown:
        click.echo(format_markdown(report))
    else:
        title = f"PolNeAR {split}: {report.documents} articles ({data_dir})"
        click.echo(format_table(report, title=title))
    if errors_path is not None:
        click.echo(f"errors written to {errors_path}", err=True)


@eval_group.command("gold")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@articles_option("annotated")
@click.option(
    "--texts",
    "texts_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of the Russian and Ukrainian texts (telegram-ru/, slavicner/, ner-uk/); "
    "default ../shared/data/ru-uk.",
)
@click.option(
    "--strip-markdown",
    is_flag=True,
    help="Analyse Telegram posts without their markdown (the gold spans are carried over).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(path_type=Path, dir_okay=False, writable=True),
    help="Write misses, false alarms, wrong speakers and lost negations as JSON lines.",
)
@click.option(
    "--split",
    "splits",
    multiple=True,
    metavar="NAME",
    help="Score only this split (dev, test, calib; repeatable): errors then hold no other "
    "split's rows.",
)
@workers_option
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Score only statements at least this sure (0.5: what listings show by default).",
)
@model_option
def gold(
    files: tuple[Path, ...],
    articles_dir: Path | None,
    texts_dir: Path | None,
    strip_markdown: bool,
    as_json: bool,
    errors_path: Path | None,
    splits: tuple[str, ...],
    workers: int,
    min_confidence: float,
    model: str | None,
) -> None:
    """Score predicted statements against the statement gold (FILE: JSON lines, or a
    folder of them: gold/warnews-en, gold/ru, gold/uk).

    Reports, per language and per split, statement precision/recall/F1 in the speech view
    and the all-acts view, kind and act accuracy, negation errors and resolved-speaker
    accuracy by mention type (see docs/gold-guide.md).
    """
    from dataclasses import replace

    from reportedly.eval import gold as gold_file
    from reportedly.eval import gold_report, gold_score, gold_texts
    from reportedly.model import Article
    from reportedly.pipeline import Pipeline

    def plain(article: Article) -> Article:
        if not article.source.startswith("telegram-"):
            return article
        return replace(article, text=gold_texts.strip_markdown(article.text))

    try:
        annotated = gold_file.in_splits(
            gold_file.load_gold(files), splits, ", ".join(map(str, files))
        )
        directory = (
            gold_file.resolve_articles_dir(articles_dir)
            if any(a.origin is None for a in annotated)
            else None
        )
        texts = (
            gold_texts.TextReader(gold_texts.resolve_texts_dir(texts_dir))
            if any(a.origin is not None for a in annotated)
            else None
        )
        settings = (
            Settings(workers=workers) if model is None else Settings(model=model, workers=workers)
        )
        sink: IO[str] | None = errors_path.open("w", encoding="utf-8") if errors_path else None

        def write_error(record: dict[str, Any]) -> None:
            if sink is not None:
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")

        try:
            scores = gold_score.evaluate(
                annotated,
                Pipeline(settings),
                directory,
                texts=texts,
                prepare=plain if strip_markdown else None,
                workers=workers,
                on_error=write_error if sink is not None else None,
                min_confidence=min_confidence,
            )
        finally:
            if sink is not None:
                sink.close()
    except ReportedlyError as e:
        raise click.ClickException(str(e)) from e
    by_split = gold_report.report(scores)
    by_language = gold_report.report_by_language(scores)
    warning = skipped_warning(by_split["all"]["skipped"], len(scores), "article")
    if warning is not None:
        click.echo(warning, err=True)
    folders = [str(d) for d in (directory, texts.directory if texts else None) if d is not None]
    if as_json:
        payload = {
            "corpus": "statement gold",
            "files": [str(f) for f in files],
            "articles_dir": str(directory) if directory is not None else None,
            "texts_dir": str(texts.directory) if texts is not None else None,
            "strip_markdown": strip_markdown,
            "act_field": gold_score.ACT_SOURCE,
            "negated_field": gold_score.NEGATED_SOURCE,
            "splits": by_split,
            "languages": by_language,
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(
            f"Statement gold: {len(scores)} texts from {len(files)} path(s) "
            f"({', '.join(folders)})\n{gold_score.ACT_SOURCE}; {gold_score.NEGATED_SOURCE}"
        )
        for lang, report in by_language.items():
            if len(by_language) > 1:
                click.echo(f"\n== language: {lang}")
            click.echo(gold_report.format_report(report))
    if errors_path is not None:
        click.echo(f"errors written to {errors_path}", err=True)


@eval_group.command("speaker-judgements")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@articles_option("judged")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@workers_option
@model_option
def speaker_judgements(
    files: tuple[Path, ...],
    articles_dir: Path | None,
    as_json: bool,
    workers: int,
    model: str | None,
) -> None:
    """Score the speaker confidence against hand judgements of resolved speakers (FILE: JSON
    lines, or a folder of them: gold/speaker-judgements).

    Reports how many judged statements today's pipeline resolves a speaker for, the share
    whose speaker is right, and the speaker confidence's reliability table and ECE.
    """
    from reportedly.eval import gold as gold_file
    from reportedly.eval import speaker_judgements as evaluation
    from reportedly.eval.calibration import format_reliability
    from reportedly.pipeline import Pipeline

    try:
        judgements = evaluation.load_judgements(files)
        directory = gold_file.resolve_articles_dir(articles_dir)
        settings = (
            Settings(workers=workers) if model is None else Settings(model=model, workers=workers)
        )
        report = evaluation.evaluate(judgements, Pipeline(settings), directory, workers=workers)
    except ReportedlyError as e:
        raise click.ClickException(str(e)) from e
    if as_json:
        payload = {"corpus": "speaker judgements", "files": [str(f) for f in files]}
        click.echo(json.dumps(payload | report.as_dict(), indent=2, ensure_ascii=False))
        return
    found = report.as_dict()
    click.echo(
        f"Speaker judgements: {report.articles} articles, {report.rows} judged statements "
        f"with a resolved speaker, {found['share_right']:.3f} right "
        f"({report.unaligned} resolved statements judged in no file)"
    )
    lines = format_reliability(report.calibration, target=0.05)
    lines[0] = f"Speaker confidence calibration ({report.calibration.count} statements)"
    click.echo("\n".join(lines))
