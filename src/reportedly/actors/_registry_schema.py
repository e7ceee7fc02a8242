"""Reading the actor registry files: the schema of an entry and its tables, checked on load.

The schema is documented in ``docs/actors.md``; every error names the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from reportedly.actors.folding import fold
from reportedly.actors.records import ACTOR_TYPES, Actor, PartialDate, Role
from reportedly.errors import ConfigError

CODE_INVALID = "E511"  # an entry breaks the schema or points at an unknown id

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")
_ACTOR_KEYS = frozenset(
    {"id", "type", "name", "aliases", "metonyms", "gender", "country", "code", "wikidata"}
    | {"roles", "member_of", "goes_by"}
)
_ROLE_KEYS = frozenset({"title", "titles", "org", "start", "end"})
_TABLE_KEYS = frozenset(
    {"country_forms", "title_synonyms", "title_ignore", "former_markers", "honorifics"}
    | {"ambiguous_aliases"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class RegistryTables:
    """The normalisation tables read from the data files (``docs/actors.md``)."""

    country_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    title_synonyms: Mapping[str, str] = field(default_factory=dict)
    title_ignore: frozenset[str] = frozenset()
    former_markers: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    ambiguous_aliases: frozenset[str] = frozenset()


def read_registry(
    documents: Sequence[tuple[str, object]],
) -> tuple[list[Actor], RegistryTables]:
    """The actors and tables of parsed YAML documents ``(source, data)``, later ones overriding.

    Raises:
        ConfigError: an entry breaks the schema (the message names the file and the entry).
    """
    actors: dict[str, Actor] = {}
    tables: dict[str, Any] = {}
    for source, data in documents:
        entries, file_tables = _split_document(source, data)
        _merge_tables(tables, file_tables, source)
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            actor = _parse_actor(entry, source=source, index=index)
            if actor.id in seen:
                raise _invalid(source, index, actor.id, "duplicate id in the same file")
            seen.add(actor.id)
            actors.pop(actor.id, None)  # an override moves to the end: later files win
            actors[actor.id] = actor
    built = RegistryTables(
        country_forms={k: tuple(v) for k, v in tables.get("country_forms", {}).items()},
        title_synonyms=dict(tables.get("title_synonyms", {})),
        title_ignore=frozenset(fold(w) for w in tables.get("title_ignore", ())),
        former_markers=frozenset(fold(w) for w in tables.get("former_markers", ())),
        honorifics=frozenset(fold(w) for w in tables.get("honorifics", ())),
        ambiguous_aliases=frozenset(fold(w) for w in tables.get("ambiguous_aliases", ())),
    )
    _check_references(actors)
    _check_aliases(actors, built.ambiguous_aliases)
    return list(actors.values()), built


def _invalid(source: str, index: int | None, actor_id: object, problem: str) -> ConfigError:
    """An error naming the file and the entry (its position in the file, when known, and id)."""
    parts = [] if index is None else [f"entry {index + 1}"]
    if actor_id:
        parts.append(f"id {actor_id!r}")
    return ConfigError(f"{source}: actor {', '.join(parts)}: {problem}", code=CODE_INVALID)


def _split_document(source: str, data: object) -> tuple[list[object], dict[str, Any]]:
    """The actor entries and tables of one file: a list of actors, or a mapping with ``actors``."""
    if data is None:
        return [], {}
    if isinstance(data, list):
        return data, {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a list of actors or a mapping", code=CODE_INVALID)
    unknown = set(data) - _TABLE_KEYS - {"actors", "version"}
    if unknown:
        raise ConfigError(f"{source}: unknown top-level keys {sorted(unknown)}", code=CODE_INVALID)
    actors = data.get("actors") or []
    if not isinstance(actors, list):
        raise ConfigError(f"{source}: 'actors' must be a list", code=CODE_INVALID)
    return actors, {k: v for k, v in data.items() if k in _TABLE_KEYS}


def _merge_tables(into: dict[str, Any], tables: Mapping[str, Any], source: str) -> None:
    for key, value in tables.items():
        if key in ("country_forms", "title_synonyms"):
            if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
                raise ConfigError(f"{source}: {key!r} must be a mapping", code=CODE_INVALID)
            target = into.setdefault(key, {})
            for k, v in value.items():
                if key == "country_forms":
                    target[k] = [*target.get(k, []), *_strings(v, f"{source}: {key}.{k}")]
                elif isinstance(v, str):
                    target[fold(k)] = fold(v)
                else:
                    raise ConfigError(f"{source}: {key}.{k} must be a string", code=CODE_INVALID)
        else:
            into[key] = [*into.get(key, []), *_strings(value, f"{source}: {key}")]


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where} must be a list of non-empty strings", code=CODE_INVALID)
    return cast(list[str], value)


def _parse_actor(entry: object, *, source: str, index: int) -> Actor:
    if not isinstance(entry, dict):
        raise _invalid(source, index, None, "must be a mapping")
    actor_id = entry.get("id")

    def fail(problem: str) -> ConfigError:
        return _invalid(source, index, actor_id, problem)

    if not isinstance(actor_id, str) or not _ID_RE.match(actor_id):
        raise fail("'id' must be a lowercase slug such as 'peskov-dmitry'")
    unknown = set(entry) - _ACTOR_KEYS
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}")
    kind = entry.get("type")
    if kind not in ACTOR_TYPES:
        raise fail(f"'type' must be one of {', '.join(ACTOR_TYPES)}, not {kind!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("'name' must be a non-empty string")
    lists = {}
    for key in ("aliases", "metonyms", "member_of", "goes_by"):
        value = entry.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(f"'{key}' must be a list of non-empty strings")
        lists[key] = tuple(value)
    if lists["metonyms"] and kind == "person":
        raise fail("a person has no metonyms")
    if lists["goes_by"] and kind != "person":
        raise fail("'goes_by' is only for persons")
    # a name or alias, or words of one: "Kim" of "Kim Jong Un", whose family name comes first
    written = [f" {n} " for n in (name, *lists["aliases"])]
    unlisted = [g for g in lists["goes_by"] if not any(f" {g} " in n for n in written)]
    if unlisted:
        raise fail(f"'goes_by' names {unlisted} must be its name, an alias or words of one")
    gender = entry.get("gender")
    if gender is not None and (kind != "person" or gender not in ("male", "female")):
        raise fail("'gender' is 'male' or 'female', and only for persons")
    country = entry.get("country")
    if country is not None and (not isinstance(country, str) or not _ISO3_RE.match(country)):
        raise fail(f"'country' must be an ISO 3166-1 alpha-3 code such as RUS, not {country!r}")
    code = entry.get("code")
    if code is not None and (not isinstance(code, str) or not code.strip()):
        raise fail("'code' must be a non-empty string")
    wikidata = entry.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not _QID_RE.match(wikidata)):
        raise fail(f"'wikidata' must be a QID such as Q7747, not {wikidata!r}")
    raw_roles = entry.get("roles") or []
    if not isinstance(raw_roles, list):
        raise fail("'roles' must be a list")
    roles = tuple(_parse_role(r, fail) for r in raw_roles)
    return Actor(
        id=actor_id,
        type=kind,
        name=name.strip(),
        aliases=lists["aliases"],
        metonyms=lists["metonyms"],
        gender=gender,
        country=country,
        code=code,
        wikidata=wikidata,
        roles=roles,
        member_of=lists["member_of"],
        goes_by=lists["goes_by"],
        source=source,
    )


def _parse_role(raw: object, fail: Any) -> Role:
    if not isinstance(raw, dict):
        raise fail("each role must be a mapping")
    unknown = set(raw) - _ROLE_KEYS
    if unknown:
        raise fail(f"role has unknown keys {sorted(unknown)}")
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise fail("each role needs a non-empty 'title'")
    titles = raw.get("titles") or []
    if not isinstance(titles, list) or not all(isinstance(t, str) and t.strip() for t in titles):
        raise fail(f"role {title!r}: 'titles' must be a list of non-empty strings")
    org = raw.get("org")
    if org is not None and not isinstance(org, str):
        raise fail(f"role {title!r}: 'org' must be an actor id")
    bounds: dict[str, PartialDate | None] = {}
    for key in ("start", "end"):
        value = raw.get(key)
        try:
            bounds[key] = None if value is None else PartialDate.parse(value)
        except ValueError as e:
            raise fail(f"role {title!r}: '{key}': {e}") from None
    start, end = bounds["start"], bounds["end"]
    if start and end and start.first_day() > end.last_day():
        raise fail(f"role {title!r}: starts ({start}) after it ends ({end})")
    return Role(title=title.strip(), titles=tuple(titles), org=org, start=start, end=end)


def _check_references(actors: Mapping[str, Actor]) -> None:
    for actor in actors.values():
        refs = [*actor.member_of, *(r.org for r in actor.roles if r.org)]
        for ref in refs:
            if ref not in actors:
                raise _invalid(actor.source, None, actor.id, f"refers to unknown actor id {ref!r}")


def _check_aliases(actors: Mapping[str, Actor], ambiguous: frozenset[str]) -> None:
    """A name belongs to one actor unless declared ambiguous; a metonym to exactly one."""
    owners: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    for actor in actors.values():
        for name in {fold(n) for n in actor.names}:
            other = owners.setdefault(name, actor.id)
            if other != actor.id and name not in ambiguous:
                raise _invalid(
                    actor.source,
                    None,
                    actor.id,
                    f"name {name!r} is also {other!r}'s; list it under ambiguous_aliases",
                )
        for metonym in actor.metonyms:
            other = metonyms.setdefault(fold(metonym), actor.id)
            if other != actor.id:
                raise _invalid(
                    actor.source, None, actor.id, f"metonym {metonym!r} is also {other!r}'s"
                )
