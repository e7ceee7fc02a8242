"""Read files, directories and stdin, choosing a reader by extension or by sniffing content."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal

from reportedly.errors import InputError
from reportedly.ingest.decode import check_size, decode_bytes, looks_like_html
from reportedly.ingest.html import html_article, read_html
from reportedly.ingest.jsonl import read_jsonl
from reportedly.ingest.metadata import Metadata
from reportedly.ingest.options import DEFAULT_OPTIONS, IngestOptions
from reportedly.ingest.telegram import EXPORT_SIZE_FACTOR, is_export, read_export_bytes
from reportedly.ingest.text import read_text
from reportedly.ingest.warc import read_warc
from reportedly.model import Article

Format = Literal["text", "html", "jsonl", "warc", "json"]
STDIN = "-"
EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".json": "json",
}
# Formats we know we cannot read: refused with E107 rather than decoded as text.
UNSUPPORTED = frozenset(
    (
        *(".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".csv"),
        *(".xml", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico"),
        *(".mp3", ".mp4", ".wav", ".ogg", ".webm", ".zip", ".tar", ".tgz", ".bz2", ".xz"),
        *(".7z", ".rar", ".exe", ".so", ".dll", ".parquet", ".sqlite", ".db"),
    )
)
_GZIP_MAGIC = b"\x1f\x8b"
SIDECAR_SUFFIX = ".meta.json"  # X.txt (or X.html, X.txt.gz) takes metadata from X.meta.json
E_SIDECAR = "E108"  # a metadata sidecar that cannot be read or is not a JSON object
_MAX_SIDECAR_BYTES = 1_000_000
# a leading ISO 8601 date (basic or extended), an optional time, then a separator
_NAME_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?P<sep>-?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)"
    r"(?:T\d\d(?::?\d\d(?::?\d\d)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?=[_ .-])"
)


def read_paths(
    paths: Iterable[str | Path], *, options: IngestOptions = DEFAULT_OPTIONS
) -> Iterator[Article | InputError]:
    """Yield Articles (and InputErrors, never raised) from files, directories and stdin.

    Directories are walked recursively in sorted order, skipping hidden files and folders.
    The reader is chosen by extension (``.txt .text .md``: text; ``.html .htm .xhtml``:
    HTML; ``.jsonl .ndjson``: JSON Lines; ``.warc``: WARC; ``.json``: a Telegram export; any
    of them may add ``.gz``). Other extensions are sniffed: WARC, JSON Lines, a Telegram
    export, HTML, else plain text. ``-`` reads stdin.
    """
    for item in paths:
        if str(item) == STDIN:
            yield from _read_stdin(options)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_dir(path, options)
        elif path.exists():
            yield from read_file(path, options=options)
        else:
            yield InputError(str(path), "no such file or directory", code="E106")


def read_file(
    path: Path, *, options: IngestOptions = DEFAULT_OPTIONS
) -> Iterator[Article | InputError]:
    """Yield what one file holds: one Article for text/HTML, many for JSONL/WARC."""
    if not path.is_file():  # a FIFO or device would block or never end
        yield InputError(str(path), "not a regular file; pass files or folders", code="E106")
        return
    kind = format_of(path)
    if kind == "unsupported":
        yield InputError(
            str(path),
            f"unsupported format {path.suffix!r}; use .txt, .html, .jsonl, .warc or .json",
            code="E107",
        )
        return
    if kind == "jsonl":
        yield from read_jsonl(path, options=options)
        return
    if kind == "warc":
        yield from read_warc(path, options=options)
        return
    if kind == "json":
        yield from _read_export(path, options)
        return
    try:
        data = _read_bytes(path, options.max_bytes)
        if kind is None:
            sniffed = _sniff(data)
            if sniffed == "warc":
                yield from read_warc(path, options=options)
                return
            if sniffed == "jsonl":
                yield from read_jsonl(io.BytesIO(data), source=str(path), options=options)
                return
            if sniffed == "json":
                yield from read_export_bytes(data, source=str(path), options=options)
                return
            kind = sniffed
        defaults = Metadata(published=date_in_name(path.name))
        sidecar = read_sidecar(path)
        if kind == "html":
            yield html_article(
                data, source=str(path), metadata=sidecar, defaults=defaults, options=options
            )
        else:
            yield read_text(
                data, source=str(path), metadata=sidecar, defaults=defaults, options=options
            )
    except InputError as e:
        yield e


def source_text(path: Path, *, options: IngestOptions = DEFAULT_OPTIONS) -> str | None:
    """The decoded text of a plain-text article file, as ``read_file`` decoded it before
    normalising; ``None`` for HTML, JSON Lines and WARC files, whose text is extracted.

    Raises:
        InputError: the file cannot be read or decoded.
    """
    kind = format_of(path)
    if kind not in {"text", None}:
        return None
    data = _read_bytes(path, options.max_bytes)
    if kind is None and _sniff(data) != "text":
        return None
    return decode_bytes(data, source=str(path), max_bytes=options.max_bytes)


def date_in_name(name: str) -> date | None:
    """The publication date a file name starts with: ``20220125T090000Z_…`` or
    ``2022-01-25_…`` (an ISO date, basic or extended, optionally with a time), else ``None``.
    Metadata from a sidecar or the page itself wins over it."""
    match = _NAME_DATE.match(name)
    if match is None:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def sidecar_of(path: Path) -> Path:
    """The metadata sidecar of an article file: ``a/X.txt`` → ``a/X.meta.json``."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, dot, _ = name.rpartition(".")
    return path.with_name((stem if dot and stem else name) + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, Any] | None:
    """The metadata in the sidecar of ``path`` (title, outlet, url, published, authors,
    language), or ``None`` when it has none.

    Raises:
        InputError: E108 when the sidecar cannot be read or is not a JSON object.
    """
    sidecar = sidecar_of(path)
    if not sidecar.is_file():
        return None
    try:
        with sidecar.open("rb") as f:
            raw = f.read(_MAX_SIDECAR_BYTES + 1)
        if len(raw) > _MAX_SIDECAR_BYTES:
            raise InputError(str(sidecar), "metadata sidecar is over 1 MB", code=E_SIDECAR)
        data = json.loads(raw.decode("utf-8-sig"))
    except OSError as e:
        raise InputError(str(sidecar), f"cannot read metadata sidecar: {e}", code=E_SIDECAR) from e
    except RecursionError as e:
        raise InputError(
            str(sidecar), "metadata sidecar is nested too deeply", code=E_SIDECAR
        ) from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(
            str(sidecar), f"metadata sidecar is not valid UTF-8 JSON: {e}", code=E_SIDECAR
        ) from e
    if not isinstance(data, dict):
        raise InputError(
            str(sidecar),
            f"metadata sidecar must be a JSON object, got {type(data).__name__}",
            code=E_SIDECAR,
        )
    return data


def format_of(path: Path) -> Format | Literal["unsupported"] | None:
    """The format a file's name says (``None``: unknown, sniff the content)."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
        if not suffixes:
            return None
    suffix = suffixes[-1] if suffixes else ""
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if suffix in UNSUPPORTED:
        return "unsupported"
    return None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as stream:
                data = stream.read(max_bytes + 1)
        else:
            check_size(path.stat().st_size, source=name, max_bytes=max_bytes)
            data = path.read_bytes()
    except (OSError, EOFError, zlib.error) as e:
        message = getattr(e, "strerror", None) or str(e)
        raise InputError(name, f"cannot read: {message}", code="E106") from e
    check_size(len(data), source=name, max_bytes=max_bytes)
    return data


def _sniff(data: bytes) -> Format:
    """Guess a format from the first bytes: WARC, JSON Lines, HTML, else text."""
    head = data[:4096]
    if head.startswith(b"WARC/") or (
        head.startswith(_GZIP_MAGIC) and _gunzip_head(head).startswith(b"WARC/")
    ):
        return "warc"
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        first = data.split(b"\n", 1)[0]
        try:
            record = json.loads(first)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            record = None
        if isinstance(record, dict) and ("text" in record or "html" in record):
            return "jsonl"
    if text.startswith(("{", "[")) and _is_export(data):
        return "json"
    return "html" if looks_like_html(text) else "text"


def _is_export(data: bytes) -> bool:
    """Whether ``data`` is a whole JSON document that is a Telegram export."""
    try:
        return is_export(json.loads(data.decode("utf-8-sig")))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False


def _read_export(path: Path, options: IngestOptions) -> Iterator[Article | InputError]:
    """The posts of a Telegram export file (up to ``EXPORT_SIZE_FACTOR`` × ``max_bytes``)."""
    try:
        data = _read_bytes(path, options.max_bytes * EXPORT_SIZE_FACTOR)
    except InputError as e:
        yield e
        return
    yield from read_export_bytes(data, source=str(path), options=options)


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
    except zlib.error:
        return b""


def _read_dir(root: Path, options: IngestOptions) -> Iterator[Article | InputError]:
    failures: list[OSError] = []
    files: list[Path] = []
    for folder, dirs, names in os.walk(root, onerror=failures.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(
            Path(folder, n)
            for n in names
            if not n.startswith(".") and not n.lower().endswith(SIDECAR_SUFFIX)
        )
    for failure in failures:
        where = str(failure.filename or root)
        yield InputError(where, f"cannot read directory: {failure.strerror}", code="E106")
    for path in sorted(files, key=lambda p: p.relative_to(root).parts):
        yield from read_file(path, options=options)


def _read_stdin(options: IngestOptions) -> Iterator[Article | InputError]:
    source = "<stdin>"
    data = sys.stdin.buffer.read(options.max_bytes + 1)
    try:
        check_size(len(data), source=source, max_bytes=options.max_bytes)
        kind = _sniff(data)
        if kind == "json":
            yield from read_export_bytes(data, source=source, options=options)
            return
        if kind in ("warc", "jsonl"):
            if kind == "warc":
                raise InputError(
                    source, "WARC on stdin is not supported; pass the file path", code="E107"
                )
            yield from read_jsonl(io.BytesIO(data), source=source, options=options)
            return
        reader = read_html if kind == "html" else read_text
        yield reader(data, source=source, options=options)
    except InputError as e:
        yield e
