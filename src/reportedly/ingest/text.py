"""Read a plain-text article (bytes or str) into an Article."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportedly.errors import InputError
from reportedly.ingest.article import build_article
from reportedly.ingest.decode import check_size, decode_detected
from reportedly.ingest.metadata import Metadata
from reportedly.ingest.options import DEFAULT_OPTIONS, IngestOptions
from reportedly.model import Article


def read_text(
    data: bytes | str,
    *,
    source: str,
    metadata: Mapping[str, Any] | None = None,
    options: IngestOptions = DEFAULT_OPTIONS,
    defaults: Metadata | None = None,
) -> Article:
    """Read one plain-text article.

    The first line is the title when it looks like one (see ``find_title``); it stays in
    ``Article.text`` with ``title_span`` set. A ``title`` in ``metadata`` wins: it becomes
    the first line unless the text already starts with it.

    Args:
        data: the text, or bytes in any common encoding (BOM, UTF-8, UTF-16, cp1251, …).
        source: where it came from (a path); names the input in errors.
        metadata: explicit fields (title, outlet, url, published, authors, language), which
            win over anything found in the text.
        options: size limit and tail patterns.
        defaults: fields used only where ``metadata`` has none (a date in the file name).

    Raises:
        InputError: E101 empty, E102 undecodable or binary, E104 too large.
    """
    guess = None
    if isinstance(data, bytes):
        guess = decode_detected(data, source=source, max_bytes=options.max_bytes)
        text = guess.text
    else:
        check_size(len(data), source=source, max_bytes=options.max_bytes)
        text = data
    if not text.strip():
        raise InputError(source, "input is empty; nothing to read", code="E101")
    return build_article(
        text,
        source=source,
        metadata=Metadata.from_mapping(metadata).over(defaults or Metadata()),
        options=options,
        detect_title=True,
        encoding=guess,
    )
