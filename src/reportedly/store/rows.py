"""Analyses to table rows and back: the dialect-free mapping behind every store back end."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from reportedly import serialize
from reportedly.errors import InputError
from reportedly.model import Analysis, Statement
from reportedly.store.base import pub_order
from reportedly.store.event_rows import event_dicts, event_rows

Row = dict[str, Any]


class RowLike(Protocol):
    """A row as a back end returns it: columns by name (a dict, an ``sqlite3.Row``)."""

    def __getitem__(self, key: str, /) -> Any: ...


def dumps(value: object) -> str:
    """Compact JSON for a JSON column (non-ASCII kept as is)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True, kw_only=True)
class AnalysisRows:
    """The rows one analysis is stored as, table by table."""

    article: Row
    entities: tuple[Row, ...]
    statements: tuple[Row, ...]
    citations: tuple[Row, ...]
    statement_citations: tuple[Row, ...]
    skips: tuple[Row, ...]
    events: tuple[Row, ...] = ()


def to_rows(a: Analysis, added_at: str) -> AnalysisRows:
    """Split ``a`` into table rows (raises InputError when a span lies outside the text)."""
    d = serialize.analysis_to_dict(a)
    art = d["article"]
    order = pub_order(a.article.published)
    article = {
        "id": art["id"],
        "title": art["title"],
        "outlet": art["outlet"],
        "url": art["url"],
        "published": art["published"],
        "pub_order": order,
        "language": art["language"],
        "source": art["source"],
        "text": art["text"],
        "title_span": None if art["title_span"] is None else dumps(art["title_span"]),
        "authors": dumps(art["authors"]),
        "sections": dumps(art["sections"]),
        "dropped": dumps(art["dropped"]),
        "title_derived": int(art["title_derived"]),
        "encoding": art["encoding"],
        "encoding_confidence": art["encoding_confidence"],
        "versions": dumps(d["versions"]),
        "added_at": added_at,
    }
    entities = tuple(
        {
            "article_id": a.article.id,
            "position": i,
            "id": e["id"],
            "name": e["name"],
            "kind": e["kind"],
            "mentions": dumps(e["mentions"]),
            "roles": dumps(e["roles"]),
            "actor_id": e["actor_id"],
            "code": e["code"],
            "resolution": e["resolution"],
        }
        for i, e in enumerate(d["entities"])
    )
    statements = tuple(_statement_row(a, i, s, order) for i, s in enumerate(a.statements))
    citations = tuple(
        {
            "article_id": a.article.id,
            "position": i,
            "id": c["id"],
            "kind": c["kind"],
            "outlet": c["outlet"],
            "description": c["description"],
            "span_start": c["span"]["start"],
            "span_end": c["span"]["end"],
            "cue_start": None if c["cue"] is None else c["cue"]["start"],
            "cue_end": None if c["cue"] is None else c["cue"]["end"],
            "statements": dumps(c["statements"]),
            "outlet_id": c["outlet_id"],
        }
        for i, c in enumerate(d["citations"])
    )
    links = {
        (sid, i): {
            "article_id": a.article.id,
            "statement_id": sid,
            "citation_position": i,
            "outlet": c.outlet,
        }
        for i, c in enumerate(a.citations)
        for sid in c.statements
    }
    skips = tuple(
        {
            "article_id": a.article.id,
            "position": i,
            "source": None,
            "stage": s.stage,
            "code": s.code,
            "reason": s.reason,
            "span_start": None if s.span is None else s.span.start,
            "span_end": None if s.span is None else s.span.end,
            "added_at": added_at,
        }
        for i, s in enumerate(a.skipped)
    )
    return AnalysisRows(
        article=article,
        entities=entities,
        statements=statements,
        citations=citations,
        statement_citations=tuple(links.values()),
        skips=skips,
        events=event_rows(a),
    )


def _statement_row(a: Analysis, position: int, s: Statement, order: int) -> Row:
    if not s.content:
        raise InputError(f"statement {s.id}", "has no content span", code=serialize.BAD_RECORD)
    record = serialize.statement_record(a, s)
    extent = s.extent
    row = {k: v for k, v in record.items() if k in _STATEMENT_RECORD_COLUMNS}
    row.update(
        id=s.id,
        article_id=a.article.id,
        position=position,
        content=dumps(record["content_spans"]),
        content_text=record["content"],
        quotes=dumps(record["quotes"]),
        extent_start=extent.start,
        extent_end=extent.end,
        speaker_label=None if s.speaker is None else s.speaker.label,
        pub_order=order,
        speaker_actor=s.speaker_actor,
        speaker_resolution=s.speaker_resolution,
    )
    return row


_STATEMENT_RECORD_COLUMNS = frozenset(
    (
        "kind",
        "cue_start",
        "cue_end",
        "cue_text",
        "speaker_start",
        "speaker_end",
        "speaker_text",
        "speaker_entity",
        "speaker_name",
        "speaker_kind",
        "reported_by",
        "confidence",
        "speaker_confidence",
        "published",
        "outlet",
        "act",
        "negated",
    )
)


def statement_record(row: RowLike, citations: Sequence[RowLike]) -> Row:
    """The export record (as :func:`serialize.statement_record`) of a stored statement.

    ``row`` is a ``statements`` row joined with its article's ``title``, ``url``, ``source``,
    ``language``;
    ``citations`` are the citations covering it, in article order.
    """
    return {
        "statement_id": row["id"],
        "kind": row["kind"],
        "content": row["content_text"],
        "content_spans": json.loads(row["content"]),
        "quotes": json.loads(row["quotes"]),
        "cue_text": row["cue_text"],
        "cue_start": row["cue_start"],
        "cue_end": row["cue_end"],
        "speaker_text": row["speaker_text"],
        "speaker_start": row["speaker_start"],
        "speaker_end": row["speaker_end"],
        "speaker_entity": row["speaker_entity"],
        "speaker_name": row["speaker_name"],
        "speaker_kind": row["speaker_kind"],
        "reported_by": row["reported_by"],
        "confidence": row["confidence"],
        "speaker_confidence": row["speaker_confidence"],
        "act": row["act"],
        "negated": bool(row["negated"]),
        "citations": [
            {"outlet": c["outlet"], "kind": c["kind"], "description": c["description"]}
            for c in citations
        ],
        "article_id": row["article_id"],
        "title": row["title"],
        "outlet": row["outlet"],
        "url": row["url"],
        "published": row["published"],
        "source": row["source"],
        "language": row["language"],
    }


def article_summary(row: RowLike) -> Row:
    """The listing form of a stored article (no text, no extractions)."""
    return {
        "id": row["id"],
        "title": row["title"],
        "title_derived": bool(row["title_derived"]),
        "outlet": row["outlet"],
        "url": row["url"],
        "published": row["published"],
        "language": row["language"],
        "source": row["source"],
        "authors": json.loads(row["authors"]),
        "statements": row["statements"],
        "added_at": row["added_at"],
    }


def _span(start: int | None, end: int | None) -> dict[str, int] | None:
    return None if start is None or end is None else {"start": start, "end": end}


def from_rows(
    article: RowLike,
    entities: Iterable[RowLike],
    statements: Iterable[RowLike],
    citations: Iterable[RowLike],
    skips: Iterable[RowLike],
    events: Iterable[RowLike] = (),
) -> Analysis:
    """Rebuild an analysis from its rows, each table's rows in ``position`` order.

    Raises:
        InputError: the rows do not decode (a damaged store).
    """
    d = {
        "format": serialize.FORMAT_VERSION,
        "article": {
            "id": article["id"],
            "title": article["title"],
            "outlet": article["outlet"],
            "url": article["url"],
            "published": article["published"],
            "authors": json.loads(article["authors"]),
            "language": article["language"],
            "source": article["source"],
            "title_span": None
            if article["title_span"] is None
            else json.loads(article["title_span"]),
            "sections": json.loads(article["sections"]),
            "dropped": json.loads(article["dropped"]),
            "title_derived": bool(article["title_derived"]),
            "encoding": article["encoding"],
            "encoding_confidence": article["encoding_confidence"],
            "text": article["text"],
        },
        "entities": [
            {
                "id": e["id"],
                "name": e["name"],
                "kind": e["kind"],
                "mentions": json.loads(e["mentions"]),
                "roles": json.loads(e["roles"]),
                "actor_id": e["actor_id"],
                "code": e["code"],
                "resolution": e["resolution"],
            }
            for e in entities
        ],
        "statements": [
            {
                "id": s["id"],
                "kind": s["kind"],
                "content": json.loads(s["content"]),
                "quotes": json.loads(s["quotes"]),
                "cue": _span(s["cue_start"], s["cue_end"]),
                "speaker": None
                if s["speaker_start"] is None
                else {
                    "start": s["speaker_start"],
                    "end": s["speaker_end"],
                    "text": s["speaker_text"],
                    "label": s["speaker_label"],
                },
                "speaker_entity": s["speaker_entity"],
                "reported_by": s["reported_by"],
                "confidence": s["confidence"],
                "speaker_confidence": s["speaker_confidence"],
                "speaker_actor": s["speaker_actor"],
                "speaker_resolution": s["speaker_resolution"],
                "act": s["act"],
                "negated": bool(s["negated"]),
            }
            for s in statements
        ],
        "citations": [
            {
                "id": c["id"],
                "kind": c["kind"],
                "outlet": c["outlet"],
                "description": c["description"],
                "span": _span(c["span_start"], c["span_end"]),
                "cue": _span(c["cue_start"], c["cue_end"]),
                "statements": json.loads(c["statements"]),
                "outlet_id": c["outlet_id"],
            }
            for c in citations
        ],
        "skipped": [
            {
                "stage": k["stage"],
                "code": k["code"],
                "reason": k["reason"],
                "span": _span(k["span_start"], k["span_end"]),
            }
            for k in skips
        ],
        "events": event_dicts(events),
        "versions": json.loads(article["versions"]),
    }
    return serialize.analysis_from_dict(d)
