"""Score the pipeline against the statement gold (``gold/warnews-en``, ``gold/ru``, ``gold/uk``).

The gold (schema and conventions in ``docs/gold-guide.md``) lists, per article, every
attributed statement with its content spans, kind, act, polarity, speaker mention and
canonical speaker. Each article is read from an articles folder, analysed, and its predicted
statements (nested ones included: the gold annotates nesting too) are aligned one-to-one
with the gold by content overlap, with the PolNeAR scorer's rule (``eval.scoring``): pairs
ranked by shared tokens over the larger side, an aligned pair matching at a ratio ≥ 0.5.
A record may name its text's language (``lang``, default ``en``) and where the text lies
(``source``: a Telegram post by id, a SlavicNER or NER-UK file; see ``gold/ru/README.md``);
without ``source`` it is a war-news article file (:mod:`reportedly.eval.gold_texts` reads both).

Two views are aligned separately: all acts, and speech only (gold ``act == "speech"``
against predicted statements whose act is speech), with ``Statement.act`` and
``Statement.negated`` as predicted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportedly.errors import InputError
from reportedly.eval._shared import resolve_folder
from reportedly.model import Article, Span

CODE_GOLD = "E602"  # the gold file is malformed or does not fit its article
CODE_DATA = "E601"  # the articles folder or an article cannot be read
# calib: held out like test, for choosing a confidence fit only (never tuned on)
SPLITS = ("dev", "test", "calib")
KINDS = ("direct", "mixed", "indirect")
ACTS = ("speech", "belief", "intent", "other")
POLARITIES = ("positive", "negative")
SPEAKER_TYPES = (
    "name",
    "surname",
    "pronoun",
    "title",
    "organisation",
    "document",
    "anonymous",
    "none",
)
SNIPPET_WORDS = 8
# corpus -> the key that locates a text in it (under ../shared/data/ru-uk)
SOURCES = {"telegram-ru": "id", "slavicner": "path", "ner-uk": "path"}
_LANG = re.compile(r"^[a-z]{2,3}$")
_RELATIVE = Path("..") / "shared" / "data" / "warnews-en" / "articles"
_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})T")


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldStatement:
    """One annotated statement (fields as in the gold file; spans as :class:`Span`)."""

    index: int
    content: tuple[Span, ...]
    snippet: str
    kind: str
    act: str
    polarity: str
    cue: Span | None
    speaker: Span | None
    speaker_text: str | None
    speaker_type: str
    canonical: str | None
    actor_id: str | None
    nested_in: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class TextSource:
    """Where a text lies in ``../shared/data/ru-uk``: a corpus and a post id or file path."""

    corpus: str
    key: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldArticle:
    """The gold of one article: its name, split, statements, language and text's place."""

    name: str
    split: str
    statements: tuple[GoldStatement, ...]
    source: str  # "file:line" it was read from, for messages
    lang: str = "en"
    origin: TextSource | None = None  # None: a war-news article file named ``name``


# -- reading and checking ----------------------------------------------------------------


def gold_files(paths: Sequence[Path]) -> list[Path]:
    """``paths`` with each folder replaced by the ``*.jsonl`` files in it, sorted.

    Raises:
        InputError: a folder holds no ``.jsonl`` file.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.jsonl"))
            if not found:
                raise InputError(str(path), "no gold .jsonl file in this folder", code=CODE_GOLD)
            files += found
        else:
            files.append(path)
    return files


def load_gold(paths: Sequence[Path]) -> tuple[GoldArticle, ...]:
    """Read the gold JSON-lines files (a folder: its ``*.jsonl``), one article per line.

    Raises:
        InputError: a file cannot be read, a line breaks the schema, or an article is
            annotated twice (the message names the file and line).
    """
    articles: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for where, line in jsonl_lines(paths, "gold file"):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(where, f"not a JSON object: {e}", code=CODE_GOLD) from e
        article = parse_article(record, where)
        if article.name in seen:
            raise InputError(
                where,
                f"{article.name} is also annotated at {seen[article.name]}",
                code=CODE_GOLD,
            )
        seen[article.name] = where
        articles.append(article)
    return tuple(articles)


def in_splits(
    articles: Sequence[GoldArticle], splits: Sequence[str], where: str
) -> tuple[GoldArticle, ...]:
    """The ``articles`` of ``splits`` (all of them when none is named), so that tuning on dev
    never prints a test row.

    Raises:
        InputError: a split is not one of :data:`SPLITS`, or ``where`` holds none of them.
    """
    unknown = sorted(set(splits) - set(SPLITS))
    if unknown:
        raise InputError(
            where, f"no split {', '.join(unknown)} (splits: {', '.join(SPLITS)})", code=CODE_GOLD
        )
    if not splits:
        return tuple(articles)
    kept = tuple(a for a in articles if a.split in splits)
    if not kept:
        raise InputError(where, f"no article of split {', '.join(splits)}", code=CODE_GOLD)
    return kept


def jsonl_lines(paths: Sequence[Path], what: str) -> Iterator[tuple[str, str]]:
    """The non-blank lines of the JSON-lines files ``paths`` name (a folder: its ``*.jsonl``),
    each with where it is ("file:line").

    Raises:
        InputError: a file cannot be read (named, as a ``what``).
    """
    for path in gold_files(paths):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(str(path), f"cannot read {what}: {e}", code=CODE_GOLD) from e
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield f"{path}:{number}", line


def parse_article(record: object, where: str) -> GoldArticle:
    """One gold line, checked against the schema (not yet against the text)."""
    if not isinstance(record, Mapping):
        raise InputError(where, "expected a JSON object", code=CODE_GOLD)
    name, split, items = record.get("article"), record.get("split"), record.get("statements")
    if not isinstance(name, str) or not name:
        raise InputError(where, "'article' must be a file name", code=CODE_GOLD)
    if split not in SPLITS:
        raise InputError(where, f"'split' must be one of {SPLITS}, not {split!r}", code=CODE_GOLD)
    if not isinstance(items, list):
        raise InputError(where, "'statements' must be a list", code=CODE_GOLD)
    lang = record.get("lang", "en")
    if not isinstance(lang, str) or not _LANG.match(lang):
        raise InputError(where, f"'lang' must be a language code, not {lang!r}", code=CODE_GOLD)
    origin = _origin(record.get("source"), where)
    statements = tuple(
        _statement(item, k, len(items), f"{where}: {name} statement {k}")
        for k, item in enumerate(items)
    )
    for s in statements:
        _check_layout(s, statements, f"{where}: {name} statement {s.index}")
    return GoldArticle(
        name=name,
        split=str(split),
        statements=statements,
        source=where,
        lang=lang,
        origin=origin,
    )


def _origin(value: object, where: str) -> TextSource | None:
    """The record's ``source``: absent, or a known corpus with its id or relative path."""
    if value is None:
        return None
    corpus = value.get("corpus") if isinstance(value, Mapping) else None
    if corpus not in SOURCES:
        raise InputError(
            where, f"'source.corpus' must be one of {', '.join(SOURCES)}", code=CODE_GOLD
        )
    key = value.get(SOURCES[corpus]) if isinstance(value, Mapping) else None
    if not isinstance(key, str) or not key or ".." in Path(key).parts or Path(key).is_absolute():
        raise InputError(
            where,
            f"'source.{SOURCES[corpus]}' must name a {corpus} text (a relative path or id)",
            code=CODE_GOLD,
        )
    return TextSource(corpus=corpus, key=key)


def _check_layout(s: GoldStatement, statements: Sequence[GoldStatement], where: str) -> None:
    """A nested content lies inside its parent's; a speaker mention outside its own content."""
    if s.nested_in is not None:
        parent = statements[s.nested_in].content
        if min(c.start for c in s.content) < min(c.start for c in parent) or max(
            c.end for c in s.content
        ) > max(c.end for c in parent):
            raise InputError(where, "a nested content must lie inside its parent's", code=CODE_GOLD)
    if s.speaker is not None and any(
        c.start < s.speaker.end and s.speaker.start < c.end for c in s.content
    ):
        raise InputError(where, "the speaker mention overlaps its own content", code=CODE_GOLD)


def _span(value: object) -> Span | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] < value[1]
    ):
        return Span(value[0], value[1])
    return None


def _statement(item: object, index: int, count: int, where: str) -> GoldStatement:
    def bad(problem: str) -> InputError:
        return InputError(where, problem, code=CODE_GOLD)

    if not isinstance(item, Mapping):
        raise bad("must be a JSON object")
    raw = item.get("content")
    content = tuple(_span(v) for v in raw) if isinstance(raw, list) else ()
    if not content or any(s is None for s in content):
        raise bad("'content' must be a non-empty list of [start, end] spans")
    for key, allowed in (
        ("kind", KINDS),
        ("act", ACTS),
        ("polarity", POLARITIES),
        ("speaker_type", SPEAKER_TYPES),
    ):
        if item.get(key) not in allowed:
            raise bad(f"'{key}' must be one of {', '.join(allowed)}, not {item.get(key)!r}")
    spans: dict[str, Span | None] = {}
    for key in ("cue", "speaker"):
        value = item.get(key)
        spans[key] = _span(value)
        if value is not None and spans[key] is None:
            raise bad(f"'{key}' must be [start, end] or null")
    if (spans["speaker"] is None) != (item["speaker_type"] == "none"):
        raise bad("'speaker' is null exactly when 'speaker_type' is none")
    for key in ("snippet",):
        if not isinstance(item.get(key), str):
            raise bad(f"'{key}' must be a string")
    for key in ("speaker_text", "canonical", "actor_id"):
        if item.get(key) is not None and not isinstance(item.get(key), str):
            raise bad(f"'{key}' must be a string or null")
    nested = item.get("nested_in")
    if nested is not None and (
        not isinstance(nested, int)
        or isinstance(nested, bool)
        or not 0 <= nested < count
        or nested == index
    ):
        raise bad(f"'nested_in' must be another statement's index (0..{count - 1}) or null")
    return GoldStatement(
        index=index,
        content=tuple(s for s in content if s is not None),
        snippet=item["snippet"],
        kind=item["kind"],
        act=item["act"],
        polarity=item["polarity"],
        cue=spans["cue"],
        speaker=spans["speaker"],
        speaker_text=item.get("speaker_text"),
        speaker_type=item["speaker_type"],
        canonical=item.get("canonical"),
        actor_id=item.get("actor_id"),
        nested_in=nested,
    )


def snippet_of(text: str, content: Sequence[Span]) -> str:
    """The first words (at most 8) of ``content`` in ``text``, single-spaced."""
    words = " ".join(text[s.start : s.end] for s in content).split()
    return " ".join(words[:SNIPPET_WORDS])


def check_against_text(article: GoldArticle, text: str) -> None:
    """Check that every span lies in ``text`` and every snippet opens its content.

    Raises:
        InputError: a span or snippet does not fit (the statement is named).
    """
    for s in article.statements:
        where = f"{article.source}: {article.name} statement {s.index}"
        spans = [*s.content, *(x for x in (s.cue, s.speaker) if x is not None)]
        if any(span.end > len(text) for span in spans):
            raise InputError(where, f"a span ends past the text ({len(text)})", code=CODE_GOLD)
        written = snippet_of(text, s.content)
        if written != s.snippet:
            raise InputError(
                where,
                f"snippet {s.snippet!r} does not open the content {written!r}",
                code=CODE_GOLD,
            )
        if (
            s.speaker is not None
            and s.speaker_text is not None
            and text[s.speaker.start : s.speaker.end] != s.speaker_text
        ):
            raise InputError(where, "speaker_text differs from the speaker span", code=CODE_GOLD)


# -- the articles ------------------------------------------------------------------------


def resolve_articles_dir(directory: Path | None) -> Path:
    """The folder to read articles from: ``directory`` when given, else the default.

    Raises:
        ConfigError: no folder is found (the message says how to give one).
    """
    return resolve_folder(
        directory,
        _RELATIVE,
        what="war-news articles folder",
        holds="the articles' .txt files",
        option="--articles",
        code=CODE_DATA,
    )


def read_article(directory: Path, gold: GoldArticle) -> Article:
    """The article ``gold`` annotates, exactly as annotated, dated from its file name.

    Raises:
        InputError: the file is missing or unreadable.
    """
    path = directory / gold.name
    try:
        with path.open(encoding="utf-8", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(
            str(path), f"cannot read the annotated article: {e}", code=CODE_DATA
        ) from e
    stamp = _STAMP.match(gold.name)
    published = None
    if stamp:
        try:
            published = date(*(int(g) for g in stamp.groups()))
        except ValueError:
            published = None
    return Article(id=Article.make_id(text), text=text, source=str(path), published=published)
