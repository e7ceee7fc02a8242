"""Read HTML pages from a WARC archive (warcio): one Article per HTML response record."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from reportedly.errors import InputError
from reportedly.ingest.html import html_article
from reportedly.ingest.metadata import Metadata, parse_date
from reportedly.ingest.options import DEFAULT_OPTIONS, IngestOptions
from reportedly.model import Article

_GZIP_MAGIC = b"\x1f\x8b"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    path: str | Path, *, options: IngestOptions = DEFAULT_OPTIONS
) -> Iterator[Article | InputError]:
    """Yield an Article (or an InputError) for each HTML response record of a WARC file.

    Only ``response`` records with HTTP status 200 and an HTML content type are read; the
    rest (requests, metadata, images, redirects) are passed over silently. The URL comes
    from ``WARC-Target-URI``. ``WARC-Date`` is the crawl date, not the publication date: it
    is stored as ``published`` only when the page itself has no date. Sources are
    ``"<path>#<WARC-Record-ID>"``. Plain and gzipped WARCs are both read.
    """
    name = str(path)
    try:
        with Path(path).open("rb") as stream:
            yield from _read_records(stream, name, options)
    except OSError as e:
        yield InputError(name, f"cannot open: {e.strerror or e}", code="E106")


def _read_records(
    stream: IO[bytes], name: str, options: IngestOptions
) -> Iterator[Article | InputError]:
    if not _starts_like_warc(stream):
        yield InputError(name, "not a WARC file (no WARC/ header at the start)", code="E107")
        return
    records = iter(ArchiveIterator(stream))
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except ArchiveLoadFailed as e:
            yield InputError(name, f"not a readable WARC file: {e}", code="E107")
            return
        # warcio raises assorted errors (even AttributeError) on damaged archives
        except Exception as e:
            yield InputError(name, f"WARC file is damaged or truncated: {e!r}", code="E106")
            return
        found = _from_record(record, name, options)
        if found is not None:
            yield found


def _starts_like_warc(stream: IO[bytes]) -> bool:
    head = stream.read(512)
    stream.seek(0)
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def _from_record(record: Any, name: str, options: IngestOptions) -> Article | InputError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return None
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    where = f"{name}#{record_id}" if record_id else name
    try:
        data = record.content_stream().read(options.max_bytes + 1)
    except (OSError, EOFError, zlib.error, ValueError) as e:
        return InputError(where, f"record is damaged or truncated: {e!r}", code="E106")
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
    crawl_date = parse_date(record.rec_headers.get_header("WARC-Date"))
    try:
        return html_article(
            data,
            source=where,
            url=record.rec_headers.get_header("WARC-Target-URI"),
            defaults=Metadata(published=crawl_date),
            charset=charset,
            options=options,
        )
    except InputError as e:
        return e
