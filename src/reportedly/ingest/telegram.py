"""Read Telegram channel posts: JSON Lines of posts, or a Telegram Desktop ``result.json``.

A post becomes an Article with the channel as its outlet, the post date as its publication
date and the post link as its url; its text is the post's plain text (see
:mod:`reportedly.ingest.telegram_text`: marks dropped, Telegram links kept), so every span
indexes the stored text. The form is told by content: a JSON Lines record with ``channel``,
``message_id`` and ``text`` is a post (read through :mod:`reportedly.ingest.jsonl`); a JSON
document with a ``messages`` list is a Desktop export; a JSON list holds post records.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from reportedly.errors import InputError
from reportedly.ingest.article import build_article
from reportedly.ingest.metadata import Metadata, normalize_language, parse_date
from reportedly.ingest.options import DEFAULT_OPTIONS, IngestOptions
from reportedly.ingest.telegram_text import PlainText, join_entities, strip_markdown
from reportedly.model import Article

E_RECORD = "E111"  # a post or message record is malformed
E_EXPORT = "E112"  # a JSON document that is not a Telegram export
POST_KEYS = ("channel", "message_id", "text")
EXPORT_SIZE_FACTOR = 10  # an export holds many posts: ``max_bytes`` times this, in all


def is_post(record: Mapping[str, Any]) -> bool:
    """Whether a JSON object is a Telegram post record (``channel``, ``message_id``,
    ``text``), not an article."""
    return all(key in record for key in POST_KEYS)


def is_export(document: object) -> bool:
    """Whether a parsed JSON document is a Telegram export: an object with a ``messages``
    list (Telegram Desktop), or a non-empty list of post records."""
    if isinstance(document, dict):
        return isinstance(document.get("messages"), list)
    return (
        isinstance(document, list)
        and bool(document)
        and isinstance(document[0], dict)
        and is_post(document[0])
    )


def post_article(
    record: Mapping[str, Any], *, source: str, options: IngestOptions = DEFAULT_OPTIONS
) -> Article:
    """The Article of one post record (``text`` in Telegram markdown, ``channel``, ``date``,
    ``url``, optionally ``language``).

    Raises:
        InputError: E111 when a field has the wrong type, the date cannot be read or the
            post has no text.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(source, "post 'text' must be a string", code=E_RECORD)
    channel = _optional_str(record, "channel", source)
    url = _optional_str(record, "url", source)
    plain = strip_markdown(text)
    return _article(plain, source, channel, url, _date(record.get("date"), source), record, options)


def read_export(
    document: object, *, source: str, options: IngestOptions = DEFAULT_OPTIONS
) -> Iterator[Article | InputError]:
    """The posts of a parsed export, each an Article or the InputError saying why not.

    Desktop exports skip service messages (a channel created, a pin) and posts without
    text (a photo alone). A document that is not an export yields one E112.
    """
    if isinstance(document, list) and is_export(document):
        for index, record in enumerate(document):
            where = f"{source}[{index}]"
            try:
                if not isinstance(record, dict):
                    raise InputError(where, "expected a post object", code=E_RECORD)
                yield post_article(record, source=where, options=options)
            except InputError as e:
                yield e
        return
    if not isinstance(document, dict) or not is_export(document):
        yield InputError(
            source,
            "not a Telegram export (a JSON object with a 'messages' list, or a list of posts"
            " with 'channel', 'message_id' and 'text'); articles go in .jsonl files",
            code=E_EXPORT,
        )
        return
    channel = document.get("name") if isinstance(document.get("name"), str) else None
    for index, message in enumerate(document["messages"]):
        where = f"{source}:messages[{index}]"
        try:
            article = _message_article(message, where, channel, options)
        except InputError as e:
            yield e
            continue
        if article is not None:
            yield article


def read_export_bytes(
    data: bytes, *, source: str, options: IngestOptions = DEFAULT_OPTIONS
) -> Iterator[Article | InputError]:
    """:func:`read_export` on the bytes of a JSON file (E112 when it is not JSON)."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        yield InputError(source, f"not valid UTF-8 JSON: {e}", code=E_EXPORT)
        return
    except RecursionError:
        yield InputError(source, "JSON nested too deeply to read", code=E_EXPORT)
        return
    yield from read_export(document, source=source, options=options)


def _message_article(
    message: object, where: str, channel: str | None, options: IngestOptions
) -> Article | None:
    if not isinstance(message, dict):
        raise InputError(where, "expected a message object", code=E_RECORD)
    if message.get("type", "message") != "message":
        return None
    if "id" in message:
        where = f"{where} (id {message['id']!s:.20})"
    text = message.get("text", "")
    if isinstance(text, str):
        plain = PlainText(text, tuple(range(len(text))))
    elif isinstance(text, list):
        try:
            plain = join_entities(text)
        except ValueError as e:
            raise InputError(where, f"message {e}", code=E_RECORD) from e
    else:
        raise InputError(where, "message 'text' must be a string or a list", code=E_RECORD)
    if not plain.text.strip():
        return None  # a photo, a sticker, a poll: nothing to read
    published = _date(message.get("date"), where)
    if published is None and message.get("date_unixtime") is not None:
        published = _date(_unix(message["date_unixtime"], where), where)
    author = channel or _optional_str(message, "from", where)
    return _article(plain, where, author, None, published, message, options)


def _article(
    plain: PlainText,
    source: str,
    channel: str | None,
    url: str | None,
    published: date | None,
    record: Mapping[str, Any],
    options: IngestOptions,
) -> Article:
    if not plain.text.strip():
        raise InputError(source, "post has no text once its marks are removed", code=E_RECORD)
    declared = record.get("language", record.get("lang"))
    metadata = Metadata(
        outlet=channel, url=url, published=published, language=normalize_language(declared)
    )
    return build_article(
        plain.text,
        source=source,
        metadata=metadata,
        options=options,
        detect_title=True,
        empty_code=E_RECORD,
    )


def _optional_str(record: Mapping[str, Any], key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(source, f"post {key!r} must be a string", code=E_RECORD)
    return " ".join(value.split()) or None


def _date(value: object, source: str) -> date | None:
    if value is None or value == "":
        return None
    found = parse_date(value)  # None for a bool, a list, or text that is no date
    if found is None:
        raise InputError(source, f"post date {value!r:.40} is not a date", code=E_RECORD)
    return found


def _unix(value: object, source: str) -> int:
    try:
        return int(str(value))
    except ValueError as e:
        raise InputError(
            source, f"date_unixtime {value!r:.40} is not a number", code=E_RECORD
        ) from e
