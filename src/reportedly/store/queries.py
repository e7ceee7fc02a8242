"""Read-only SQL the store does not offer yet: speakers, timelines and outlets.

These queries read the store file through a separate read-only SQLite connection
(``mode=ro``), so they can never write to it. They rely on the store's tables as created by
``store/schema.py``:

- speakers are the resolved ``statements.speaker_entity`` ids, grouped across articles;
- actors are the store's cross-article ids in ``statements.linked_actor`` and
  ``entities.linked_actor`` (names in ``actors``);
- a speaker's or actor's timeline counts their statements per ``statements.published`` date;
- outlets are the names in ``articles.outlet`` and ``citations.outlet`` (with
  ``citations.outlet_id``, the outlet-registry id).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportedly.errors import NotFound
from reportedly.store.base import decode_cursor, encode_cursor
from reportedly.store.dialect import is_url, redact
from reportedly.store.rows import article_summary
from reportedly.store.sqlite_conn import ReadOnlyStore
from reportedly.store.sqlite_select import STATEMENT_SELECT, sort_key, statement_records

_SPEAKER_KEY = (int, str)  # -statements, id
_STATEMENT_KEY = (int, str, int, str)  # pub_order, article_id, extent_start, id
_CHUNK = 500  # ids per IN (…) list, well under SQLite's variable limit


@dataclass(frozen=True, slots=True, kw_only=True)
class Rows:
    """A page of plain rows and the cursor of the next page."""

    items: tuple[dict[str, Any], ...]
    cursor: str | None = None


class Reader(ReadOnlyStore):
    """A read-only connection to a store file, for the queries below."""

    def __init__(self, path: Path | str) -> None:
        self.path = redact(str(path)) if is_url(path) else path  # named in messages
        super().__init__(path)

    # -- speakers --------------------------------------------------------------------

    _SPEAKER_SQL = (
        "SELECT speaker_entity AS id, max(speaker_name) AS name, max(speaker_kind) AS kind,"
        " count(*) AS statements, count(DISTINCT article_id) AS articles,"
        " min(published) AS first, max(published) AS last"
        " FROM statements WHERE speaker_entity IS NOT NULL"
    )

    def speakers(self, *, query: str | None, limit: int, after: str | None) -> Rows:
        """Resolved speakers, most statements first; ``query`` filters by name or id."""
        params: list[Any] = []
        where = ""
        if query:
            needle = query.casefold()
            where = (
                " AND (instr(casefold(speaker_name), ?) > 0"
                " OR instr(casefold(speaker_entity), ?) > 0)"
            )
            params += [needle, needle]
        having = ""
        if after is not None:
            neg, last_id = decode_cursor(after, _SPEAKER_KEY)
            having = " HAVING (-count(*), speaker_entity) > (?, ?)"
            params += [neg, last_id]
        rows = self._all(
            self._SPEAKER_SQL
            + where
            + " GROUP BY speaker_entity"
            + having
            + " ORDER BY count(*) DESC, speaker_entity LIMIT ?",
            [*params, limit + 1],
        )
        page = [dict(r) for r in rows[:limit]]
        cursor = None
        if len(rows) > limit:
            cursor = encode_cursor((-page[-1]["statements"], page[-1]["id"]))
        return Rows(items=tuple(page), cursor=cursor)

    def speaker(self, speaker_id: str) -> dict[str, Any]:
        """The summary of one speaker.

        Raises:
            NotFound: no statement is attributed to ``speaker_id``.
        """
        rows = self._all(
            self._SPEAKER_SQL + " AND speaker_entity = ? GROUP BY speaker_entity", (speaker_id,)
        )
        if not rows:
            raise NotFound(f"no speaker {speaker_id!r} in store {self.path}")
        return dict(rows[0])

    def timeline(self, speaker_id: str) -> tuple[list[tuple[str, int]], int]:
        """Statements of ``speaker_id`` per publication date, and how many are undated."""
        return self._per_date("speaker_entity", speaker_id)

    def _per_date(self, column: str, value: str) -> tuple[list[tuple[str, int]], int]:
        """Statements whose ``column`` is ``value`` per publication date, and the undated."""
        rows = self._all(
            f"SELECT published, count(*) AS n FROM statements WHERE {column} = ?"
            " GROUP BY published ORDER BY published",
            (value,),
        )
        dated = [(str(r["published"]), int(r["n"])) for r in rows if r["published"] is not None]
        undated = sum(int(r["n"]) for r in rows if r["published"] is None)
        return dated, undated

    def speaker_statements(self, speaker_id: str, *, limit: int, after: str | None) -> Rows:
        """Statement records of ``speaker_id``, newest first (as ``Store.statements``)."""
        return self._statement_page("s.speaker_entity = ?", [speaker_id], limit, after)

    def _statement_page(self, where: str, params: list[Any], limit: int, after: str | None) -> Rows:
        params = list(params)
        if after is not None:
            where += " AND (s.pub_order, s.article_id, s.extent_start, s.id) > (?, ?, ?, ?)"
            params += list(decode_cursor(after, _STATEMENT_KEY))
        rows = self._all(
            f"SELECT {STATEMENT_SELECT} FROM statements s"
            f" JOIN articles a ON a.id = s.article_id WHERE {where}"
            " ORDER BY s.pub_order, s.article_id, s.extent_start, s.id LIMIT ?",
            [*params, limit + 1],
        )
        page = rows[:limit]
        cursor = None
        if len(rows) > limit:
            cursor = encode_cursor(sort_key(page[-1], "newest"))
        return Rows(items=tuple(self._records(page)), cursor=cursor)

    def _records(self, page: list[Any]) -> list[dict[str, Any]]:
        return self._reading(lambda conn: statement_records(conn, page))

    # -- actors ----------------------------------------------------------------------

    def actor_timeline(self, actor_id: str) -> tuple[list[tuple[str, int]], int]:
        """Statements of the store actor ``actor_id`` per publication date, and the undated."""
        return self._per_date("linked_actor", actor_id)

    def quoted_actor_count(self) -> int:
        """How many store actors have at least one statement (counted at write time)."""
        rows = self._all("SELECT count(*) FROM actor_counts WHERE statements > 0")
        return int(rows[0][0])

    def actor_period(self, actor_id: str) -> tuple[str | None, str | None]:
        """The first and last publication dates of the statements of ``actor_id``."""
        row = self._all(
            "SELECT min(published), max(published) FROM statements WHERE linked_actor = ?",
            (actor_id,),
        )[0]
        return row[0], row[1]

    def actor_statements(self, actor_id: str, *, limit: int, after: str | None) -> Rows:
        """Statement records of the store actor ``actor_id``, newest first."""
        return self._statement_page("s.linked_actor = ?", [actor_id], limit, after)

    def statement_actors(self, statement_ids: list[str]) -> dict[str, str]:
        """The store actor id of each of ``statement_ids`` whose speaker is linked to one."""
        found: dict[str, str] = {}
        for start in range(0, len(statement_ids), _CHUNK):
            chunk = statement_ids[start : start + _CHUNK]
            for r in self._all(
                "SELECT id, linked_actor FROM statements WHERE linked_actor IS NOT NULL"
                f" AND id IN ({', '.join('?' for _ in chunk)})",
                chunk,
            ):
                found[str(r["id"])] = str(r["linked_actor"])
        return found

    def entity_actors(self, article_id: str) -> dict[str, str]:
        """The store actor id of each entity of one article that is linked to one."""
        return {
            str(r["id"]): str(r["linked_actor"])
            for r in self._all(
                "SELECT id, linked_actor FROM entities WHERE article_id = ?"
                " AND linked_actor IS NOT NULL",
                (article_id,),
            )
        }

    def actor_names(self, actor_ids: list[str]) -> dict[str, str]:
        """The canonical names of the store actors ``actor_ids`` (unknown ids left out)."""
        ids = sorted(set(actor_ids))[:_CHUNK]
        if not ids:
            return {}
        return {
            str(r["id"]): str(r["name"])
            for r in self._all(
                f"SELECT id, name FROM actors WHERE id IN ({', '.join('?' for _ in ids)})", ids
            )
        }

    # -- outlets ---------------------------------------------------------------------

    def outlet_names(self) -> tuple[list[tuple[str, int]], list[tuple[str | None, str, int]]]:
        """How many articles each outlet name published, and how often each (registry id,
        name) pair is cited (counted at write time)."""
        published: list[tuple[str, int]] = []
        cited: list[tuple[str | None, str, int]] = []
        for role, outlet_id, name, n in self._all(
            "SELECT role, outlet_id, name, rows FROM outlet_counts WHERE rows > 0"
            " ORDER BY role, outlet_id, name"
        ):
            if role == "published":
                published.append((str(name), int(n)))
            else:
                cited.append((str(outlet_id) or None, str(name), int(n)))
        return published, cited

    def outlet_detail(
        self, names: list[str], outlet_id: str | None, *, limit: int
    ) -> dict[str, Any]:
        """The latest articles published under any of ``names`` and the latest citations of
        them (or of the registry outlet ``outlet_id``), with their totals."""
        names = names[:_CHUNK] or [""]
        marks = ", ".join("?" for _ in names)
        cited_where = f"c.outlet IN ({marks})"
        cited_params: list[Any] = list(names)
        if outlet_id is not None:
            cited_where = f"(c.outlet_id = ? OR ({cited_where} AND c.outlet_id IS NULL))"
            cited_params = [outlet_id, *names]
        articles = self._all(
            "SELECT a.*, (SELECT count(*) FROM statements s WHERE s.article_id = a.id)"
            f" AS statements FROM articles a WHERE a.outlet IN ({marks})"
            " ORDER BY a.pub_order, a.id LIMIT ?",
            [*names, limit],
        )
        citations = self._all(
            "SELECT c.id, c.article_id, c.outlet, a.title, a.published, c.kind, c.description,"
            " c.span_start, c.span_end, json_array_length(c.statements) AS statements"
            f" FROM citations c JOIN articles a ON a.id = c.article_id WHERE {cited_where}"
            " ORDER BY a.pub_order, a.id, c.position LIMIT ?",
            [*cited_params, limit],
        )
        totals = self._all(
            f"SELECT (SELECT count(*) FROM articles WHERE outlet IN ({marks})) AS articles,"
            f" (SELECT count(*) FROM citations c WHERE {cited_where}) AS citations",
            [*names, *cited_params],
        )[0]
        return {
            "articles_total": int(totals["articles"]),
            "citations_total": int(totals["citations"]),
            "articles": [article_summary(r) for r in articles],
            "citations": [
                {
                    "id": c["id"],
                    "article_id": c["article_id"],
                    "outlet": c["outlet"],
                    "title": c["title"],
                    "published": c["published"],
                    "kind": c["kind"],
                    "description": c["description"],
                    "span": {"start": c["span_start"], "end": c["span_end"]},
                    "statements": int(c["statements"]),
                }
                for c in citations
            ],
        }
