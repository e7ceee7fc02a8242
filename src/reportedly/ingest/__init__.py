"""Ingest: read text, HTML, JSON Lines and WARC inputs into clean, offset-addressable Articles.

Every reader returns :class:`reportedly.model.Article` records whose ``text`` is normalised
once (encoding, newlines, NFC), with the title as first line, boilerplate tails cut into
``dropped`` and labelled sections found. Batch readers yield :class:`InputError` for a bad
input instead of raising, so one bad file never aborts a batch.
"""

from reportedly.ingest.article import build_article, find_title
from reportedly.ingest.decode import decode_bytes, looks_like_html, normalize_text
from reportedly.ingest.html import read_html
from reportedly.ingest.jsonl import read_jsonl
from reportedly.ingest.metadata import Metadata, parse_date
from reportedly.ingest.options import DEFAULT_MAX_BYTES, DEFAULT_OPTIONS, IngestOptions
from reportedly.ingest.paths import read_file, read_paths
from reportedly.ingest.sections import find_sections, label_length, load_label_rules
from reportedly.ingest.tails import find_tail, is_tail, load_tail_patterns
from reportedly.ingest.text import read_text
from reportedly.ingest.warc import read_warc

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_OPTIONS",
    "IngestOptions",
    "Metadata",
    "build_article",
    "decode_bytes",
    "find_sections",
    "find_tail",
    "find_title",
    "is_tail",
    "label_length",
    "load_label_rules",
    "load_tail_patterns",
    "looks_like_html",
    "normalize_text",
    "parse_date",
    "read_file",
    "read_html",
    "read_jsonl",
    "read_paths",
    "read_text",
    "read_warc",
]
