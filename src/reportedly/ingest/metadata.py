"""Article metadata from mappings and pages: field aliases, dates, languages, precedence."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

logger = logging.getLogger(__name__)

# Keys accepted for each field, in order of preference (JSONL lines, ``metadata=`` args).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "site", "sitename", "source", "publisher"),
    "url": ("url", "link"),
    "published": ("published", "date", "pubdate", "published_at", "datePublished"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "lang"),
}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# control characters in a field are no part of it (and PostgreSQL text cannot hold NUL)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ufeff]")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_MAX_DATE_CHARS = 100
DATE_LANGUAGES = ["en", "ru", "uk"]  # languages of written dates ("2 грудня 2022")
_DATEPARSER_SETTINGS: dict[str, Any] = {
    # absolute dates only: "yesterday" in a metadata field says nothing about publication
    "PARSERS": ["custom-formats", "absolute-time"],
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    """The metadata fields of an article, each possibly unknown."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None

    def over(self, fallback: Metadata) -> Metadata:
        """These fields, with unknown ones taken from ``fallback``."""
        merged = {f.name: getattr(self, f.name) or getattr(fallback, f.name) for f in fields(self)}
        return Metadata(**merged)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> Metadata:
        """Read metadata from a mapping, accepting the aliases in :data:`FIELD_ALIASES`.

        Unparseable values (a date nobody can read, a non-string title) count as unknown.
        """
        if not values:
            return cls()
        found = {name: _first(values, keys) for name, keys in FIELD_ALIASES.items()}
        return cls(
            title=_clean_str(found["title"]),
            outlet=_clean_str(found["outlet"]),
            url=_clean_str(found["url"]),
            published=parse_date(found["published"]),
            authors=parse_authors(found["authors"]),
            language=normalize_language(found["language"]),
        )


def _first(values: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = values.get(key)
        if value not in (None, "", [], ()):
            return value
    return None


def _clean_str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    words = (_CONTROL.sub("", word) for word in value.split())  # whitespace first: "a\nb"
    return " ".join(w for w in words if w) or None


def parse_authors(value: object) -> tuple[str, ...]:
    """Authors from a ``"A; B"`` string, a list of names, or a list of ``{"name": …}``."""
    if isinstance(value, str):
        items: list[object] = list(value.split(";"))
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        return ()
    names: list[str] = []
    for item in items:
        name = _clean_str(item.get("name") if isinstance(item, Mapping) else item)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def normalize_language(value: object) -> str | None:
    """The primary language subtag, lower-cased (``"en-GB"`` → ``"en"``), or ``None``."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if _LANGUAGE.fullmatch(primary) else None


def parse_date(value: object) -> date | None:
    """A publication date from a date, a datetime, a Unix time or a string.

    Strings may be ISO 8601 (``2022-12-02``, ``2022-12-02T10:00:00Z``) or common written
    forms in English, Russian or Ukrainian (``2 December 2022``, ``02.12.2022``,
    ``2 декабря 2022``). Numeric dates are read day first. Relative dates ("yesterday") and
    anything unreadable give ``None``.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    if _ISO_DAY.match(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                pass
    return _parse_written_date(text)


def _parse_written_date(text: str) -> date | None:
    import dateparser  # slow import; only for non-ISO dates

    try:
        parsed = dateparser.parse(text, languages=DATE_LANGUAGES, settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd strings; unknown is fine
        logger.debug("dateparser failed on %r", text, exc_info=True)
        return None
    return None if parsed is None else parsed.date()
