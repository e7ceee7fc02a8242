"""Settings shared by every reader: size limit and the boilerplate-tail patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestOptions:
    """How readers treat their input.

    ``max_bytes`` caps one document (a file, a JSONL line, a WARC record); larger inputs get
    an ``E104`` error before any parsing. ``tail_patterns`` replaces the built-in boilerplate
    patterns (``ingest/data/tails.txt``) when given; ``drop_tails=False`` keeps every tail.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    tail_patterns: tuple[re.Pattern[str], ...] | None = None
    drop_tails: bool = True


DEFAULT_OPTIONS = IngestOptions()
