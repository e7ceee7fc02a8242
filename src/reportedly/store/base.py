"""Dialect-free parts of the store: result pages, cursors, query filters and error codes."""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportedly.errors import InputError
from reportedly.model import STATEMENT_ACTS, STATEMENT_KINDS

MAX_LIMIT = 1000
MIN_PREFIX = 6  # shortest article-id prefix accepted by ``Store.article``

# Error codes of the store (E404 is NotFound's own default).
E_OPEN = "E401"  # the file is not a store or cannot be opened
E_NEWER = "E402"  # the store was created by a newer reportedly
E_MIGRATE = "E403"  # a migration failed
E_WRITE = "E405"  # a write failed and was rolled back
E_AMBIGUOUS = "E406"  # an article-id prefix matches several articles
E_ARGUMENT = "E407"  # a bad query argument: cursor, limit, kind, format
E_READ = "E409"  # a read query failed

_HEX = re.compile(r"[0-9a-f]+")
_LANGUAGE = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One page of query results; pass ``cursor`` as ``after`` to get the next page.

    ``cursor`` is ``None`` on the last page.
    """

    items: tuple[dict[str, Any], ...]
    cursor: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActTally:
    """How many statements of each act match a query, and how many of them reach a
    confidence: what a view of one act hides.

    ``exact`` is False when more statements match than were counted (``Store.statement_tally``
    with a ``cap``): each count is then a lower bound, over the first matches found.
    """

    total: dict[str, int]
    sure: dict[str, int]
    exact: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementFilter:
    """Validated filters of a statement query (see ``Store.statements``)."""

    speaker: str | None = None
    search: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    article: str | None = None
    act: str | None = None
    min_confidence: float | None = None
    language: str | None = None
    min_speaker_confidence: float | None = None


def make_filter(
    *,
    speaker: str | None = None,
    search: str | None = None,
    outlet: str | None = None,
    since: date | None = None,
    until: date | None = None,
    kind: str | None = None,
    article: str | None = None,
    act: str | None = None,
    min_confidence: float | None = None,
    language: str | None = None,
    min_speaker_confidence: float | None = None,
) -> StatementFilter:
    """Check and normalise statement filters: blank strings mean no filter.

    Raises:
        InputError: ``kind`` is not a statement kind, ``act`` not a statement act, a date
            is not a date, ``min_confidence`` or ``min_speaker_confidence`` is not a number
            from 0 to 1 or ``language`` is not a language code (``en``, ``ru``, ``uk``,
            ``und``, …).
    """
    if kind is not None and kind not in STATEMENT_KINDS:
        raise InputError("kind", f"unknown statement kind {kind!r}", code=E_ARGUMENT)
    if act is not None and act not in STATEMENT_ACTS:
        raise InputError(
            "act", f"unknown statement act {act!r}; use one of {STATEMENT_ACTS}", code=E_ARGUMENT
        )
    for name, value in (
        ("min_confidence", min_confidence),
        ("min_speaker_confidence", min_speaker_confidence),
    ):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1
        ):
            raise InputError(name, f"expected a number from 0 to 1, got {value!r}", code=E_ARGUMENT)
    return StatementFilter(
        act=act,
        speaker=_blank_to_none(speaker),
        search=_blank_to_none(search),
        outlet=_blank_to_none(outlet),
        since=_as_date("since", since),
        until=_as_date("until", until),
        kind=kind,
        article=_blank_to_none(article),
        min_confidence=None if min_confidence is None else float(min_confidence),
        language=check_language(language),
        min_speaker_confidence=None
        if min_speaker_confidence is None
        else float(min_speaker_confidence),
    )


def check_language(value: str | None) -> str | None:
    """A language filter lower-cased (blank: none).

    Raises:
        InputError: ``value`` is not a two- or three-letter code.
    """
    code = _blank_to_none(value)
    if code is None:
        return None
    if not _LANGUAGE.fullmatch(code.lower()):
        raise InputError(
            "language",
            f"expected a language code such as en, ru, uk or und, got {value!r:.40}",
            code=E_ARGUMENT,
        )
    return code.lower()


def _blank_to_none(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    return value.strip()


def _as_date(name: str, value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise InputError(name, f"expected a date, got {value!r}", code=E_ARGUMENT)


def check_limit(limit: int) -> int:
    """``limit`` capped at :data:`MAX_LIMIT`.

    Raises:
        InputError: ``limit`` is not a positive integer.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InputError("limit", f"expected a positive integer, got {limit!r}", code=E_ARGUMENT)
    return min(limit, MAX_LIMIT)


def pub_order(published: date | None) -> int:
    """An ascending sort key for "published, newest first, undated last"."""
    return 0 if published is None else -published.toordinal()


def encode_cursor(key: tuple[int | str, ...]) -> str:
    """An opaque, URL-safe cursor for the sort key of the last row of a page."""
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, types: tuple[type, ...]) -> tuple[Any, ...]:
    """The sort key in ``cursor``, checked against ``types``.

    Raises:
        InputError: the cursor was not made by :func:`encode_cursor` for this query.
    """
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (ValueError, binascii.Error, UnicodeDecodeError) as e:
        raise InputError("cursor", f"{cursor!r:.60} is not a valid cursor", code=E_ARGUMENT) from e
    if (
        not isinstance(key, list)
        or len(key) != len(types)
        or not all(type(k) is t for k, t in zip(key, types, strict=False))
    ):
        raise InputError("cursor", f"{cursor!r:.60} is not a cursor of this query", code=E_ARGUMENT)
    return tuple(key)


def is_id_prefix(value: str) -> bool:
    """Whether ``value`` can be an article-id prefix (lowercase hex, ≥ 6 chars)."""
    return len(value) >= MIN_PREFIX and _HEX.fullmatch(value) is not None
