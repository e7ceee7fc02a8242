"""The actor registry: canonical people, governments and bodies, by name, title or metonym.

The registry is data (``data/actors.yaml``, schema in ``docs/actors.md``) plus optional user files
that add actors or replace them by id. It is loaded and validated once, then answers lookups
without I/O.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast, get_args

from reportedly._registry import read_documents
from reportedly.actors._spelling import spelling_key
from reportedly.errors import ConfigError, NotFound
from reportedly.model import ActorType

ACTOR_TYPES: tuple[ActorType, ...] = get_args(ActorType)
Gender = Literal["male", "female"]

CODE_UNREADABLE = "E510"  # a registry file cannot be read or parsed
CODE_INVALID = "E511"  # an entry breaks the schema or points at an unknown id

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ACTOR_KEYS = frozenset(
    {"id", "type", "name", "aliases", "metonyms", "gender", "country", "code", "wikidata"}
    | {"roles", "member_of"}
)
_ROLE_KEYS = frozenset({"title", "titles", "org", "start", "end"})
_TABLE_KEYS = frozenset(
    {"country_forms", "title_synonyms", "title_ignore", "former_markers", "honorifics"}
    | {"ambiguous_aliases"}
)


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the day, the month or the year: ``2012-05-22``, ``2012-05``, ``2012``."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read an ISO date of day, month or year precision; raise ``ValueError`` otherwise."""
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        match = _DATE_RE.match(str(value).strip())
        if match is None:
            raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
        year, month, day = (int(g) if g else None for g in match.groups())
        partial = cls(cast(int, year), month, day)
        try:
            partial.first_day()
        except ValueError as e:  # month 13, 30 February, …
            raise ValueError(f"{value!r} is not a valid date: {e}") from None
        return partial

    def first_day(self) -> date:
        """The earliest day this date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The latest day this date can mean."""
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        parts += [f"{n:02d}" for n in (self.month, self.day) if n is not None]
        return "-".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    """An office an actor held: its title, how news names it, whose it is, and when."""

    title: str
    titles: tuple[str, ...] = ()
    org: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None

    @property
    def all_titles(self) -> tuple[str, ...]:
        """The formal title followed by the ways news refers to it."""
        return (self.title, *self.titles)

    def held_on(self, on: date) -> bool:
        """Whether the role may have been held on ``on``; imprecise bounds count generously."""
        if self.start is not None and on < self.start.first_day():
            return False
        return self.end is None or on <= self.end.last_day()


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A canonical actor: a person, government, body, military, outlet or country."""

    id: str
    type: ActorType
    name: str
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    gender: Gender | None = None
    country: str | None = None
    code: str | None = None
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()
    member_of: tuple[str, ...] = ()
    source: str = field(default="", compare=False)  # the file the entry came from

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases (metonyms excluded)."""
        return (self.name, *self.aliases)

    def roles_on(self, on: date) -> tuple[Role, ...]:
        """The roles this actor may have held on ``on``."""
        return tuple(r for r in self.roles if r.held_on(on))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Tables:
    """The normalisation tables read from the data files (``docs/actors.md``)."""

    country_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    title_synonyms: Mapping[str, str] = field(default_factory=dict)
    title_ignore: frozenset[str] = frozenset()
    former_markers: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    ambiguous_aliases: frozenset[str] = frozenset()


@lru_cache(maxsize=1 << 16)  # names recur across an article and a batch
def fold(text: str) -> str:
    """Normalise ``text`` for lookup: case, diacritics, apostrophes, possessives, articles.

    ``"Peskov’s"`` and ``"PESKOV"`` both give ``"peskov"``; ``"the U.S."`` gives ``"us"``.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’‘`´ʼ]", "'", text)
    text = re.sub(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)", "", text)
    text = re.sub(r"(?<=\b\w)\.", "", text)  # initials and U.S.: "u.s." -> "us"
    text = re.sub(r"[^\w']+", " ", text).replace("'", " ")
    words = text.split()
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    return " ".join(words)


class ActorRegistry:
    """Canonical actors with lookups by id, name, role title (on a date) and metonym."""

    def __init__(self, actors: Iterable[Actor], *, tables: _Tables | None = None) -> None:
        self._tables = tables or _Tables()
        self._actors: dict[str, Actor] = {a.id: a for a in actors}
        self._order = {actor_id: i for i, actor_id in enumerate(self._actors)}
        forms = {
            fold(form): f"@{key.lower()}"
            for key, written in self._tables.country_forms.items()
            for form in written
        }
        self._forms = forms
        self._forms_re = (
            re.compile(
                r"\b(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b"
            )
            if forms
            else None
        )
        self._names: dict[str, list[str]] = {}
        self._bags: dict[tuple[str, ...], list[str]] = {}
        self._metonyms: dict[str, str] = {}
        self._titles: dict[tuple[str, ...], list[tuple[str, Role]]] = {}
        self._spellings: dict[str, list[str]] = {}
        for actor in self._actors.values():
            for name in actor.names:
                _add(self._names, fold(name), actor.id)
                if actor.type == "person":
                    _add(self._spellings, spelling_key(fold(name)), actor.id)
                if actor.type != "person":
                    _add(self._bags, self.title_key(name), actor.id)
            for metonym in actor.metonyms:
                self._metonyms[fold(metonym)] = actor.id
            for role in actor.roles:
                for title in role.all_titles:
                    entries = self._titles.setdefault(self.title_key(title), [])
                    entries.append((actor.id, role))

    # -- loading ----------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> ActorRegistry:
        """Load the packaged registry, then each ``extra`` file, which adds or replaces by id.

        Raises:
            ConfigError: a file cannot be read, or an entry breaks the schema (the message
                names the file and the entry).
        """
        packaged = resources.files("reportedly.actors") / "data" / "actors.yaml"
        return cls.from_documents(
            read_documents(packaged, extra, what="actor", code=CODE_UNREADABLE)
        )

    @classmethod
    def from_documents(cls, documents: Sequence[tuple[str, object]]) -> ActorRegistry:
        """Build a registry from parsed YAML documents ``(source, data)``, later ones overriding."""
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
        built = _Tables(
            country_forms={k: tuple(v) for k, v in tables.get("country_forms", {}).items()},
            title_synonyms=dict(tables.get("title_synonyms", {})),
            title_ignore=frozenset(fold(w) for w in tables.get("title_ignore", ())),
            former_markers=frozenset(fold(w) for w in tables.get("former_markers", ())),
            honorifics=frozenset(fold(w) for w in tables.get("honorifics", ())),
            ambiguous_aliases=frozenset(fold(w) for w in tables.get("ambiguous_aliases", ())),
        )
        _check_references(actors)
        _check_aliases(actors, built.ambiguous_aliases)
        return cls(actors.values(), tables=built)

    # -- collection -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    @property
    def ambiguous_aliases(self) -> frozenset[str]:
        """Folded aliases deliberately shared by several actors (e.g. a common surname)."""
        return self._tables.ambiguous_aliases

    @property
    def honorifics(self) -> frozenset[str]:
        """Folded words that may precede a name without being part of it ("president")."""
        return self._tables.honorifics

    def by_id(self, actor_id: str) -> Actor:
        """The actor with id ``actor_id``; raise :class:`NotFound` when there is none."""
        try:
            return self._actors[actor_id]
        except KeyError:
            raise NotFound(f"no actor with id {actor_id!r} in the registry") from None

    # -- lookups ----------------------------------------------------------------------

    def match_name(self, text: str) -> tuple[Actor, ...]:
        """Actors whose name or alias ``text`` is; several when a surname is shared.

        Case, diacritics, possessives and leading articles are ignored; the names of bodies
        also match in another word order ("Russia's Defence Ministry"); a leading title or
        honorific is stripped when nothing matches whole ("US President Joe Biden"); a
        person's name written in another transliteration or alphabet matches last ("Sergei
        Riabkow", "Рябков").
        """
        key = fold(text)
        if not key:
            return ()
        ids = self._names.get(key) or self._bags.get(self.title_key(text))
        if not ids:
            words = key.split()
            for cut in range(1, len(words)):
                if self._is_title_prefix(words[:cut]):
                    ids = self._names.get(" ".join(words[cut:]))
                    if ids:
                        break
        if not ids:
            ids = self._spellings.get(spelling_key(key))
        return self._actors_for(ids or ())

    def match_title(self, text: str, *, on: date | None = None) -> tuple[Actor, ...]:
        """Holders of the role ``text`` describes on ``on`` (or all, most recent first).

        "the Russian President", "President of the Russian Federation" and "Russia's
        president" are one title. A leading "former"/"ex-" asks for holders whose tenure had
        ended by ``on``.
        """
        words = fold(text).split()
        former = bool(words) and words[0] in self._tables.former_markers
        if former:
            words = words[1:]
        entries = self._titles.get(self.title_key(" ".join(words)), [])
        found: list[tuple[date, date, str]] = []
        for actor_id, role in entries:
            if former:
                if role.end is None or (on is not None and role.end.last_day() >= on):
                    continue
            elif on is not None and not role.held_on(on):
                continue
            start = role.start.first_day() if role.start else date.min
            end = role.end.last_day() if role.end else date.max
            found.append((start, end, actor_id))
        found.sort(key=lambda item: (item[0], item[1]), reverse=True)
        return self._actors_for([actor_id for _, _, actor_id in found])

    def match_counterpart(
        self, actor: Actor, country: str, *, on: date | None = None
    ) -> tuple[Actor, ...]:
        """Holders of ``actor``'s office in another ``country`` ("his Russian counterpart").

        ``country`` is any written form of the country ("Russian", "Russia", "RUS"). The
        office is the one ``actor`` held on ``on`` (or any, without a date); the holders are
        those of ``on``, or all, most recent first.
        """
        target = self.country_token(country)
        if target is None or actor.country is None:
            return ()
        own = f"@{actor.country.lower()}"
        found: list[tuple[date, str]] = []
        for role in actor.roles_on(on) if on is not None else actor.roles:
            key = self.title_key(role.title)
            if own not in key or target == own:
                continue
            other = tuple(sorted(target if w == own else w for w in key))
            for actor_id, held in self._titles.get(other, []):
                if on is not None and not held.held_on(on):
                    continue
                found.append((held.start.first_day() if held.start else date.min, actor_id))
        found.sort(reverse=True)
        return self._actors_for(actor_id for _, actor_id in found)

    def country_token(self, text: str) -> str | None:
        """The one-word country token of a written country form ("Russian" -> "@rus")."""
        key = fold(text)
        token = self._forms.get(key)
        if token is None and key.upper() in self._tables.country_forms:
            token = f"@{key}"
        return token

    def match_metonym(self, text: str) -> Actor | None:
        """The actor a place or building stands for ("the Kremlin", "Washington"), if any."""
        actor_id = self._metonyms.get(fold(text))
        return self._actors[actor_id] if actor_id else None

    def title_key(self, text: str) -> tuple[str, ...]:
        """The order-free key of a title or body name used for matching (sorted words).

        Country names and adjectives become one token per country, synonyms are mapped,
        and function words dropped: "press secretary of the President of Russia" and
        "Russian President's press secretary" share a key.
        """
        folded = fold(text)
        if self._forms_re is not None:
            folded = self._forms_re.sub(lambda m: self._forms[m.group(1)], folded)
        words: list[str] = []
        for word in folded.split():
            mapped = self._tables.title_synonyms.get(word, word)
            words += [w for w in mapped.split() if w not in self._tables.title_ignore]
        return tuple(sorted(w for w in words if w not in _STOPWORDS))

    def _is_title_prefix(self, words: Sequence[str]) -> bool:
        if self._titles.get(self.title_key(" ".join(words))):
            return True
        text = " ".join(words)
        tokens = (self._forms_re.sub(" ", text) if self._forms_re else text).split()
        honorific = self._tables.honorifics
        return bool(tokens) and all(t in honorific or t in _STOPWORDS for t in tokens)

    def _actors_for(self, ids: Iterable[str]) -> tuple[Actor, ...]:
        unique = list(dict.fromkeys(ids))
        return tuple(self._actors[i] for i in unique)


_STOPWORDS = frozenset({"of", "the", "a", "an", "for", "to", "and", "s"})


def _add(index: dict[Any, list[str]], key: Any, actor_id: str) -> None:
    if key:
        ids = index.setdefault(key, [])
        if actor_id not in ids:
            ids.append(actor_id)


@cache
def default_registry() -> ActorRegistry:
    """The packaged registry, loaded once per process."""
    return ActorRegistry.load()


# -- validation -------------------------------------------------------------------------


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
    for key in ("aliases", "metonyms", "member_of"):
        value = entry.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(f"'{key}' must be a list of non-empty strings")
        lists[key] = tuple(value)
    if lists["metonyms"] and kind == "person":
        raise fail("a person has no metonyms")
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
