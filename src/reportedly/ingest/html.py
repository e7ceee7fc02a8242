"""Read an HTML page into an Article with trafilatura: main text and page metadata."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reportedly.errors import InputError
from reportedly.ingest.article import build_article
from reportedly.ingest.decode import check_size, decode_detected
from reportedly.ingest.metadata import Metadata, normalize_language, parse_authors, parse_date
from reportedly.ingest.options import DEFAULT_OPTIONS, IngestOptions
from reportedly.model import Article

_HAS_DOCUMENT = re.compile(r"<\s*(?:html|body|head)\b", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]{0,500}?\blang\s*=\s*["']?([A-Za-z_-]{2,20})""", re.I)


def read_html(
    data: bytes | str,
    *,
    source: str,
    url: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    options: IngestOptions = DEFAULT_OPTIONS,
) -> Article:
    """Read one HTML page: trafilatura finds the main text, title, date, outlet, authors.

    ``Article.text`` is the title, a blank line, then the main text with one paragraph per
    block (blank lines between). Metadata precedence: ``url`` and ``metadata`` arguments,
    then the page's own, then defaults.

    Raises:
        InputError: E101 empty, E102 undecodable, E103 no main text found, E104 too large.
    """
    return html_article(data, source=source, url=url, metadata=metadata, options=options)


def html_article(
    data: bytes | str,
    *,
    source: str,
    url: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    defaults: Metadata | None = None,
    charset: str | None = None,
    options: IngestOptions = DEFAULT_OPTIONS,
) -> Article:
    """:func:`read_html` with ``defaults`` (used only when the page lacks a field) and a
    ``charset`` declared outside the bytes (an HTTP header)."""
    guess = None
    if isinstance(data, bytes):
        guess = decode_detected(
            data, source=source, max_bytes=options.max_bytes, charset=charset, html=True
        )
        page = guess.text
    else:
        check_size(len(data), source=source, max_bytes=options.max_bytes)
        page = data
    if not page.strip():
        raise InputError(source, "input is empty; nothing to read", code="E101")
    if not _HAS_DOCUMENT.search(page[:5000]):
        page = f"<html><body>{page}</body></html>"  # trafilatura rejects bare fragments
    body, found = _extract(page, source=source, url=url)
    explicit = Metadata.from_mapping(metadata)
    if url:
        explicit = Metadata(url=url).over(explicit)
    merged = explicit.over(found).over(defaults or Metadata())
    # trafilatura puts one block per line; blank lines make them paragraphs like plain text
    body = re.sub(r"\n+", "\n\n", body)
    return build_article(
        body,
        source=source,
        metadata=merged,
        options=options,
        detect_title=False,
        empty_code="E103",
        encoding=guess,
    )


def _extract(page: str, *, source: str, url: str | None) -> tuple[str, Metadata]:
    """Main text and page metadata, trying trafilatura's precise then recall modes, then its
    baseline."""
    # imported here: a run over text files never needs it (0.15 s of every start-up)
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.settings import set_date_params

    # Dates from page markup only: htmldate's extensive search takes years from lines such as
    # "© 2000-2022" and turns them into 1 January.
    date_params = set_date_params(extensive=False)
    try:
        for favor_recall in (False, True):
            document = trafilatura.bare_extraction(
                page,
                url=url,
                with_metadata=True,
                include_comments=False,
                favor_recall=favor_recall,
                date_extraction_params=date_params,
            )
            text = getattr(document, "text", None)
            if isinstance(text, str) and text.strip():
                return text, _metadata(document, page)
        _, text, _ = trafilatura.baseline(page)
        if text.strip():
            found = extract_metadata(page, default_url=url, date_config=date_params)
            return text, _metadata(found, page)
    # trafilatura and lxml raise assorted errors on malformed pages; all mean "no text"
    except Exception as e:
        raise InputError(
            source, f"trafilatura could not parse the page ({e!r}); is it HTML?", code="E103"
        ) from e
    raise InputError(
        source,
        "no main text found in the HTML (trafilatura and its fallbacks found none); check "
        "that the page has article text and is not a script-rendered shell",
        code="E103",
    )


def _metadata(document: Any, page: str) -> Metadata:
    if document is None:
        return Metadata()
    lang_match = _HTML_LANG.search(page[:5000])
    return Metadata(
        title=_str(getattr(document, "title", None)),
        outlet=_str(getattr(document, "sitename", None))
        or _str(getattr(document, "hostname", None)),
        url=_str(getattr(document, "url", None)),
        published=parse_date(getattr(document, "date", None)),
        authors=parse_authors(getattr(document, "author", None)),
        language=normalize_language(getattr(document, "language", None))
        or normalize_language(lang_match.group(1) if lang_match else None),
    )


def _str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None
