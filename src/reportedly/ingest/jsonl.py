"""Read JSON Lines: one article per line, as ``text`` or ``html`` plus metadata fields."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from reportedly.errors import InputError
from reportedly.ingest.html import html_article
from reportedly.ingest.options import DEFAULT_OPTIONS, IngestOptions
from reportedly.ingest.telegram import is_post, post_article
from reportedly.ingest.text import read_text
from reportedly.model import Article

_CHUNK = 1 << 20


def read_jsonl(
    path_or_stream: str | Path | IO[bytes] | IO[str],
    *,
    source: str | None = None,
    options: IngestOptions = DEFAULT_OPTIONS,
) -> Iterator[Article | InputError]:
    """Yield one Article (or the InputError explaining why not) per non-blank line.

    Each line is a JSON object with a ``text`` (plain text, preferred) or ``html`` string,
    and optionally ``title``, ``url``, ``outlet``/``site``/``source``, ``published``/``date``,
    ``author``/``authors``, ``language``. Articles get ``source`` ``"<source>:<line>"``.
    A Telegram post record (``channel``, ``message_id``, ``text``) is read as a post
    (see :func:`reportedly.ingest.telegram.post_article`).
    A path ending in ``.gz`` is decompressed. Bad lines yield ``E105`` (or ``E104`` when
    over ``max_bytes``) and reading goes on; an unreadable file yields ``E106`` and stops.

    Args:
        path_or_stream: a path, or a binary or text stream.
        source: the name used in sources and errors (default: the path or stream name).
    """
    if isinstance(path_or_stream, str | Path):
        path = Path(path_or_stream)
        name = source or str(path)
        try:
            with _open(path) as stream:
                yield from _read_lines(stream, name, options)
        except OSError as e:
            yield InputError(name, f"cannot open: {e.strerror or e}", code="E106")
    else:
        name = source or str(getattr(path_or_stream, "name", "<stream>"))
        yield from _read_lines(path_or_stream, name, options)


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))  # GzipFile is a binary stream
    return path.open("rb")


def _read_lines(
    stream: IO[Any], name: str, options: IngestOptions
) -> Iterator[Article | InputError]:
    number = 0
    try:
        for number, line in _lines(stream, options.max_bytes):
            where = f"{name}:{number}"
            if line is None:
                yield InputError(
                    where, f"line is over the limit of {options.max_bytes:,} bytes", code="E104"
                )
                continue
            if not line.strip():
                continue
            try:
                yield _article(line, where, options)
            except InputError as e:
                yield e
    except (OSError, EOFError, zlib.error) as e:
        yield InputError(f"{name}:{number + 1}", f"cannot read further: {e}", code="E106")


def _lines(stream: IO[Any], limit: int) -> Iterator[tuple[int, bytes | str | None]]:
    """Number the lines of ``stream``; a line longer than ``limit`` is skipped as ``None``."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n" if isinstance(line, bytes) else "\n"):
            rest = line
            while rest and not rest.endswith(b"\n" if isinstance(rest, bytes) else "\n"):
                rest = stream.readline(_CHUNK)
            yield number, None
            continue
        yield number, line


def _article(line: bytes | str, where: str, options: IngestOptions) -> Article:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(
            where, f"not a valid JSON line ({e}); fix or remove it", code="E105"
        ) from e
    except RecursionError as e:  # the decoder recurses once per nested array or object
        raise InputError(where, "JSON nested too deeply to read", code="E105") from e
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}", code="E105")
    if is_post(record):
        return post_article(record, source=where, options=options)
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return read_text(text, source=where, metadata=record, options=options)
    if isinstance(html, str) and html.strip():
        url = record.get("url")
        return html_article(
            html,
            source=where,
            url=url if isinstance(url, str) else None,
            metadata=record,
            options=options,
        )
    raise InputError(where, "needs a non-empty 'text' or 'html' string field", code="E105")
