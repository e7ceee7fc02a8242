"""Evaluate the pipeline on PolNeAR (Newell, Margolin & Ruths, LREC 2018), streaming.

Layout read (as published): ``<data>/{split}/text/<article>.txt``,
``<data>/{split}/attributions/<article>_<annotator>.ann`` and ``<data>/metadata.tsv``.
When several annotators annotated an article, the one whose id sorts first is scored
(deterministic, and the same choice on every run); the others are not read.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportedly.attribution._quote_marks import Quote, find_quotes
from reportedly.errors import ConfigError, InputError
from reportedly.eval._shared import beside
from reportedly.eval.brat import attributions, read_ann
from reportedly.eval.calibration import reliability, right_statements
from reportedly.eval.records import Attribution
from reportedly.eval.scoreboard import Report, Scoreboard
from reportedly.eval.scoring import error_records, score_document
from reportedly.eval.skips import stage_notes
from reportedly.model import Analysis, Article, Span, Statement

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline

EVENT_TYPES = ("Attribution", "Attribution-no-source")
_RELATIVE = Path("..") / "shared" / "data" / "polnear"
_CLOSING_PUNCTUATION = " \t\n.,;:!?…"
# the "that" before a wholly quoted clause ('said that "…"'): PolNeAR's content starts there
_THAT_BEFORE = re.compile(r"(?<![\w'’])that[ \t\xa0]+$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One PolNeAR article to score: where its text and chosen annotation live."""

    name: str
    annotator: str
    text_path: Path
    ann_path: Path


def default_data_dir() -> Path | None:
    """``../shared/data/polnear`` beside the current directory or the repository, if present."""
    return beside(_RELATIVE, "metadata.tsv")


def resolve_data_dir(data: Path | None) -> Path:
    """The PolNeAR directory to read: ``data`` when given, else :func:`default_data_dir`.

    Raises:
        ConfigError: no PolNeAR copy is found; the message says how to point at one.
    """
    if data is None:
        found = default_data_dir()
        if found is None:
            raise ConfigError(
                "PolNeAR not found at ../shared/data/polnear (from the current directory or "
                "the repository root). Point at a copy with --data DIR, where DIR holds "
                "metadata.tsv and dev/{text,attributions}/ (PolNeAR v1.0.0, "
                "github.com/networkdynamics/PolNeAR).",
                code="E601",
            )
        return found
    if not (data / "metadata.tsv").is_file():
        raise ConfigError(
            f"{data} is not a PolNeAR directory: metadata.tsv is missing. Give the directory "
            "that holds metadata.tsv and the {dev,train}/ compartments.",
            code="E601",
        )
    return data


def _annotators(data_dir: Path, split: str) -> dict[str, list[str]]:
    path = data_dir / "metadata.tsv"
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError(str(path), f"cannot read PolNeAR metadata: {e}", code="E601") from e
    result: dict[str, list[str]] = {}
    for row in rows:
        if row.get("compartment") == split and row.get("filename"):
            result[row["filename"]] = sorted(
                a for a in (row.get("annotators") or "").split("|") if a
            )
    return result


def available_splits(data_dir: Path) -> tuple[str, ...]:
    """The folders of ``data_dir`` that hold ``text/`` and ``attributions/``, by name."""
    if not data_dir.is_dir():
        return ()
    return tuple(
        sorted(
            p.name
            for p in data_dir.iterdir()
            if (p / "text").is_dir() and (p / "attributions").is_dir()
        )
    )


def iter_entries(
    data_dir: Path, *, split: str = "dev", limit: int | None = None
) -> Iterator[Entry]:
    """The articles of ``split`` in name order, each with its chosen annotator.

    ``split`` is any folder of ``data_dir`` that holds ``text/`` and ``attributions/``.

    Raises:
        ConfigError: the split is absent from ``data_dir`` (the message lists those present).
    """
    text_dir = data_dir / split / "text"
    ann_dir = data_dir / split / "attributions"
    if not split or Path(split).name != split or not text_dir.is_dir() or not ann_dir.is_dir():
        present = ", ".join(available_splits(data_dir)) or "none"
        raise ConfigError(
            f"no PolNeAR split {split!r} in {data_dir}: a split is a folder holding text/ and "
            f"attributions/; present: {present}",
            code="E601",
        )
    listed = _annotators(data_dir, split)
    count = 0
    for text_path in sorted(text_dir.glob("*.txt")):
        if limit is not None and count >= limit:
            return
        name = text_path.stem
        candidates = listed.get(name) or sorted(
            p.stem[len(name) + 1 :] for p in ann_dir.glob(f"{name}_*.ann")
        )
        chosen = next((a for a in candidates if (ann_dir / f"{name}_{a}.ann").is_file()), None)
        if chosen is None:
            continue  # an article nobody annotated is not scored
        count += 1
        yield Entry(
            name=name,
            annotator=chosen,
            text_path=text_path,
            ann_path=ann_dir / f"{name}_{chosen}.ann",
        )


def read_text(entry: Entry) -> str:
    """The article text, exactly as annotated (no stripping: the offsets index it).

    Raises:
        InputError: the file cannot be read.
    """
    try:
        with entry.text_path.open(encoding="utf-8", newline="") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(entry.text_path), f"cannot read article text: {e}", code="E601") from e


def read_gold(entry: Entry) -> tuple[Attribution, ...]:
    """The gold attributions of ``entry`` (both attribution event types)."""
    return attributions(read_ann(entry.ann_path), event_types=EVENT_TYPES)


def to_article(entry: Entry) -> Article:
    """The article to analyse for ``entry``: its exact text, so gold offsets stay valid."""
    text = read_text(entry)
    return Article(id=Article.make_id(text), text=text, source=str(entry.text_path))


def with_quote_marks(text: str, spans: Iterable[Span], quotes: Sequence[Quote]) -> tuple[Span, ...]:
    """``spans`` in PolNeAR's convention: a content that starts a quote starts with its
    opening mark (and with the "that" right before it, which PolNeAR's reported clauses
    hold: 'said that "…"'), and one that ends a quote (up to its closing punctuation) ends
    with its closing mark. Other edges stay as they are."""
    result: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        for q in quotes:
            inner = q.inner
            if inner.start <= start < inner.end and not text[inner.start : start].strip():
                start = min(start, q.outer.start)
                that = _THAT_BEFORE.search(text, max(0, start - 12), start)
                start = that.start() if that else start
            if (
                inner.start < end <= inner.end
                and q.closed
                and not text[end : inner.end].strip(_CLOSING_PUNCTUATION)
            ):
                end = max(end, q.outer.end)
        result.append(Span(start, end))
    return tuple(result)


def with_apposition_comma(text: str, span: Span) -> Span:
    """A source ``span`` in PolNeAR's convention: one that holds a comma (a name with its
    apposition: "Richard Revesz, director of the institute") ends with the comma that closes
    the apposition, where one follows right after it ("…, director of the institute, said").
    On PolNeAR train, 1,058 of the 1,184 such sources end so; a source without a comma
    inside ends before the comma (912 of 917)."""
    if "," in span.text(text).rstrip(",") and text[span.end : span.end + 1] == ",":
        return Span(span.start, span.end + 1)
    return span


def in_convention(analysis: Analysis) -> list[Statement]:
    """The pipeline's statements with their contents and speakers in the corpus' convention
    (:func:`with_quote_marks`, :func:`with_apposition_comma`), so that a statement is right by
    the same spans it is scored by."""
    text = analysis.article.text
    quotes = find_quotes(text)
    result: list[Statement] = []
    for s in analysis.statements:
        speaker = s.speaker
        if speaker is not None:
            span = with_apposition_comma(text, speaker.span)
            speaker = dataclasses.replace(speaker, span=span, text=span.text(text))
        content = with_quote_marks(text, s.content, quotes)
        result.append(dataclasses.replace(s, content=content, speaker=speaker))
    return result


def predicted_attributions(statements: Iterable[Statement]) -> tuple[Attribution, ...]:
    """The pipeline's statements, their contents already in the corpus' convention
    (:func:`in_convention`), as scorer records (speaker span as source).

    Nested statements (reported inside another statement's quote) are left out: PolNeAR
    annotates only the article's own attributions (its dev split has no attribution whose
    content lies inside another's), so scoring them would count correct nesting as noise.
    """
    return tuple(
        Attribution(
            content=statement.content,
            source=(statement.speaker.span,) if statement.speaker is not None else (),
            cue=(statement.cue,) if statement.cue is not None else (),
            id=statement.id,
            label=statement.kind,
        )
        for statement in statements
        if statement.reported_by is None
    )


def evaluate(
    entries: Iterable[Entry],
    pipeline: Pipeline,
    *,
    workers: int = 1,
    on_error: Callable[[dict[str, Any]], None] | None = None,
    worst_n: int = 20,
) -> Report:
    """Run ``pipeline`` over the entries' texts and score them against the gold, streaming.

    Only the entries in flight are held (their paths); gold is read when a result arrives.

    Args:
        entries: the articles to score (see :func:`iter_entries`).
        pipeline: the extraction pipeline.
        workers: processes for the pipeline (0: all cores).
        on_error: called with each miss, false alarm or wrong source/cue record.
        worst_n: how many worst articles the report keeps.
    """
    board = Scoreboard(worst_n=worst_n)
    in_flight: deque[Entry] = deque()

    def articles() -> Iterator[Article]:
        for entry in entries:
            in_flight.append(entry)
            yield to_article(entry)

    outcomes: list[tuple[float, bool]] = []
    skipped: list[tuple[str, tuple[str, ...]]] = []
    for analysis in pipeline.analyze_many(articles(), workers=workers):
        entry = in_flight.popleft()
        if analysis.skipped:
            skipped.append((entry.name, stage_notes(analysis)))
        text = analysis.article.text
        gold = read_gold(entry)
        statements = in_convention(analysis)  # quotes found and contents converted once
        right = right_statements(text, gold, statements)
        outcomes += [(s.confidence, right[s.id]) for s in analysis.statements if s.id in right]
        predicted = predicted_attributions(statements)
        score = score_document(text, gold, predicted, doc_id=entry.name)
        board.add(score)
        if on_error is not None:
            for record in error_records(text, gold, predicted, score):
                on_error(record)
    report = board.report()
    return dataclasses.replace(report, calibration=reliability(outcomes), skipped=tuple(skipped))
