"""The outlet registry: news outlets and channels, found by name, alias, Telegram handle or domain.

The registry is data (``data/outlets.yaml``, schema in ``docs/outlets.md``) plus optional user
files that add outlets or replace them by id. It is validated once when loaded, then answers
lookups without I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar, cast, get_args

from reportedly._registry import read_documents
from reportedly.errors import ConfigError, NotFound
from reportedly.provenance.outlet_names import fold, host_of, words_of

OutletKind = Literal[
    "news_agency",
    "newspaper",
    "broadcaster",
    "online_outlet",
    "telegram_channel",
    "official_channel",
    "radio",
    "magazine",
]
OUTLET_KINDS: tuple[OutletKind, ...] = get_args(OutletKind)
Affiliation = Literal[
    "state-owned",
    "state-funded",
    "public-service",
    "private",
    "government official channel",
    "unknown",
]
AFFILIATIONS: tuple[Affiliation, ...] = get_args(Affiliation)

CODE_UNREADABLE = "E530"  # an outlet file cannot be read or parsed
CODE_INVALID = "E531"  # an entry breaks the schema, or two outlets claim one name or domain

_KEYS = frozenset(
    {"id", "name", "aliases", "domains", "country", "languages", "kind", "owner"}
    | {"affiliation", "basis", "telegram", "parent"}
)
_REQUIRED = ("id", "name", "country", "languages", "kind", "affiliation")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")
_LANG_RE = re.compile(r"^[a-z]{2,3}$")
_DOMAIN_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$")
_HANDLE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")

_BRACKETS_RE = re.compile(r"\[[^\[\]]*\]")

_K = TypeVar("_K", str, tuple[str, ...])


@dataclass(frozen=True, slots=True, kw_only=True)
class Outlet:
    """One outlet or channel: its names, web domains, country, kind and documented ownership.

    ``affiliation`` other than ``unknown`` always comes with ``basis``, a short note of the
    public fact it rests on. ``parent`` is the id of the outlet a channel or brand belongs to.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    languages: tuple[str, ...] = ()
    kind: OutletKind
    owner: str | None = None
    affiliation: Affiliation = "unknown"
    basis: str | None = None
    telegram: str | None = None
    parent: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletMatch:
    """An outlet named in a text, with the character offsets of the words that name it."""

    outlet: Outlet
    start: int
    end: int
    bracketed: bool = False  # inside square brackets, e.g. an editor's gloss "[… - ed.]"


class OutletRegistry:
    """Outlets by id, by name or alias in running text, and by web domain."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        """Index ``outlets``; raise ``ConfigError`` if ids, names or domains collide."""
        self._outlets: dict[str, Outlet] = {}
        for outlet in outlets:
            if outlet.id in self._outlets:
                raise ConfigError(f"duplicate outlet id {outlet.id!r}", code=CODE_INVALID)
            self._outlets[outlet.id] = outlet
        _check_parents(self._outlets)
        self._domains: dict[str, str] = {}
        self._names: dict[tuple[str, ...], str] = {}
        derived: dict[tuple[str, ...], str] = {}
        for outlet in self._outlets.values():
            for domain in outlet.domains:
                _claim(self._domains, domain, outlet.id, f"domain {domain!r}")
            for key, label in _keys_of(outlet):
                _claim(self._names, key, outlet.id, label)
            # "The Kyiv Independent" is also written "Kyiv Independent"; "The Times" stays whole.
            for name in outlet.names:
                key = fold(name)
                if len(key) > 2 and key[0] == "the":
                    derived[key[1:]] = outlet.id
        for key, outlet_id in derived.items():
            self._names.setdefault(key, outlet_id)
        self._longest = max((len(key) for key in self._names), default=0)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> OutletRegistry:
        """The packaged registry, then each file in ``extra``, whose entries add or replace by id.

        Raises:
            ConfigError: a file cannot be read, or an entry is malformed (the message names the
                file and the entry).
        """
        ref = resources.files("reportedly.provenance") / "data" / "outlets.yaml"
        return cls.from_documents(read_documents(ref, extra, what="outlet", code=CODE_UNREADABLE))

    @classmethod
    def from_documents(cls, documents: Sequence[tuple[str, object]]) -> OutletRegistry:
        """Build from parsed YAML documents, each named by its source; later ones override by id."""
        merged: dict[str, Outlet] = {}
        for source, data in documents:
            if data is None:
                continue
            if not isinstance(data, list):
                raise ConfigError(f"{source}: expected a list of outlets", code=CODE_INVALID)
            seen: set[str] = set()
            for index, entry in enumerate(data):
                outlet = _parse_outlet(entry, source=source, index=index)
                if outlet.id in seen:
                    raise _invalid(source, index, outlet.id, "id is used twice in this file")
                seen.add(outlet.id)
                merged[outlet.id] = outlet
        return cls(merged.values())

    def __len__(self) -> int:
        return len(self._outlets)

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._outlets.values())

    def __contains__(self, outlet_id: object) -> bool:
        return outlet_id in self._outlets

    def by_id(self, outlet_id: str) -> Outlet:
        """The outlet with id ``outlet_id``; raise ``NotFound`` when there is none."""
        try:
            return self._outlets[outlet_id]
        except KeyError:
            raise NotFound(f"no outlet with id {outlet_id!r} in the registry") from None

    def parent_of(self, outlet: Outlet) -> Outlet | None:
        """The outlet that ``outlet`` belongs to (Radio Mayak for its Telegram channel), if any."""
        return None if outlet.parent is None else self._outlets[outlet.parent]

    def by_domain(self, url_or_host: str) -> Outlet | None:
        """The outlet whose domain is the host of ``url_or_host`` or a parent domain of it."""
        host = host_of(url_or_host)
        if host is None:
            return None
        labels = host.split(".")
        for i in range(len(labels) - 1):
            outlet_id = self._domains.get(".".join(labels[i:]))
            if outlet_id is not None:
                return self._outlets[outlet_id]
        return None

    def match(self, text: str) -> Outlet | None:
        """The outlet best named in ``text``, ignoring descriptions around the name.

        "Kremlin-aligned news outlet RIA Novosti", "Reuters news agency" and "the Kyiv
        Independent" all resolve. The longest name wins; a name inside square brackets (an
        editor's gloss) counts only when nothing outside the brackets matches.
        """
        ranked = self._ranked(text)
        plain = [m for m in ranked if not m.bracketed]
        best = plain or ranked
        return best[0].outlet if best else None

    def find(self, text: str) -> tuple[OutletMatch, ...]:
        """Every outlet named in ``text``, in order, without overlaps.

        Longer names win over the shorter names inside them. Names inside square brackets are
        dropped when some name outside the brackets matched, since those are editors' glosses.
        """
        chosen: list[OutletMatch] = []
        for candidate in self._ranked(text):
            if all(candidate.end <= m.start or candidate.start >= m.end for m in chosen):
                chosen.append(candidate)
        if any(not m.bracketed for m in chosen):
            chosen = [m for m in chosen if not m.bracketed]
        return tuple(sorted(chosen, key=lambda m: m.start))

    def _ranked(self, text: str) -> list[OutletMatch]:
        """Candidate matches, best first: most words, then most characters, then earliest."""
        tokens = words_of(text)
        glosses = [m.span() for m in _BRACKETS_RE.finditer(text)]
        found: list[tuple[int, OutletMatch]] = []
        for i in range(len(tokens)):
            for size in range(min(self._longest, len(tokens) - i), 0, -1):
                key = tuple(t[2] for t in tokens[i : i + size])
                outlet_id = self._names.get(key)
                if outlet_id is None and size == 1 and "." in key[0]:
                    outlet = self.by_domain(key[0])
                    outlet_id = None if outlet is None else outlet.id
                if outlet_id is not None:
                    start, end = tokens[i][0], tokens[i + size - 1][1]
                    bracketed = any(a <= start and end <= b for a, b in glosses)
                    match = OutletMatch(
                        outlet=self._outlets[outlet_id], start=start, end=end, bracketed=bracketed
                    )
                    found.append((size, match))
        found.sort(key=lambda f: (-f[0], -(f[1].end - f[1].start), f[1].start))
        return [m for _, m in found]


@cache
def default_registry() -> OutletRegistry:
    """The packaged registry, loaded once per process."""
    return OutletRegistry.load()


# -- indexing ------------------------------------------------------------------------------------


def _keys_of(outlet: Outlet) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every lookup key of an outlet (names, aliases, domains, handle), with a label for errors."""
    for name in outlet.names:
        yield fold(name), f"name {name!r}"
    for domain in outlet.domains:
        yield fold(domain), f"domain {domain!r}"
    if outlet.telegram is not None:
        yield fold(outlet.telegram), f"Telegram handle {outlet.telegram!r}"


def _claim(index: dict[_K, str], key: _K, outlet_id: str, label: str) -> None:
    owner = index.setdefault(key, outlet_id)
    if owner != outlet_id:
        raise ConfigError(
            f"outlet {outlet_id!r}: {label} is already used by outlet {owner!r}",
            code=CODE_INVALID,
        )


def _check_parents(outlets: dict[str, Outlet]) -> None:
    for outlet in outlets.values():
        seen = {outlet.id}
        parent = outlet.parent
        while parent is not None:
            if parent not in outlets:
                raise ConfigError(
                    f"outlet {outlet.id!r}: parent {parent!r} is not in the registry",
                    code=CODE_INVALID,
                )
            if parent in seen:
                raise ConfigError(
                    f"outlet {outlet.id!r}: parent chain loops through {parent!r}",
                    code=CODE_INVALID,
                )
            seen.add(parent)
            parent = outlets[parent].parent


# -- validation ----------------------------------------------------------------------------------


def _invalid(source: str, index: int, outlet_id: object, problem: str) -> ConfigError:
    """An error naming the file and the entry (its position in the file and, if known, its id)."""
    where = f"entry {index + 1}" + (f" (id {outlet_id!r})" if outlet_id else "")
    return ConfigError(f"{source}: outlet {where}: {problem}", code=CODE_INVALID)


def _parse_outlet(entry: object, *, source: str, index: int) -> Outlet:
    if not isinstance(entry, dict):
        raise _invalid(source, index, None, "expected a mapping of fields")
    raw_id = entry.get("id")

    def fail(problem: str) -> ConfigError:
        return _invalid(source, index, raw_id if isinstance(raw_id, str) else None, problem)

    unknown = sorted(str(k) for k in set(entry) - _KEYS)
    if unknown:
        raise fail(f"unknown fields {unknown}")
    missing = [k for k in _REQUIRED if k not in entry]
    if missing:
        raise fail(f"missing fields {missing}")

    def text(key: str, *, optional: bool = False) -> str | None:
        value = entry.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            raise fail(f"{key!r} must be a non-empty string" + (" or null" if optional else ""))
        return value.strip()

    def strings(key: str) -> tuple[str, ...]:
        value = entry.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(f"{key!r} must be a list of non-empty strings")
        return tuple(dict.fromkeys(v.strip() for v in value))

    outlet_id = cast(str, text("id"))
    if not _ID_RE.match(outlet_id):
        raise fail("'id' must be lower-case letters and digits joined by hyphens")
    name = cast(str, text("name"))
    aliases = strings("aliases")
    for alias in (name, *aliases):
        if not fold(alias):
            raise fail(f"name {alias!r} has no letters or digits to match on")
    domains = strings("domains")
    for domain in domains:
        if not _DOMAIN_RE.match(domain):
            raise fail(f"domain {domain!r} must be a lower-case host name without scheme or path")
    country = text("country", optional=True)
    if country is not None and not _ISO3_RE.match(country):
        raise fail(f"country {country!r} must be an ISO 3166-1 alpha-3 code such as 'RUS'")
    languages = strings("languages")
    if not languages or not all(_LANG_RE.match(code) for code in languages):
        raise fail("'languages' must list ISO 639-1 codes such as 'ru'")
    kind = entry.get("kind")
    if kind not in OUTLET_KINDS:
        raise fail(f"kind {kind!r} must be one of {list(OUTLET_KINDS)}")
    affiliation = entry.get("affiliation")
    if affiliation not in AFFILIATIONS:
        raise fail(f"affiliation {affiliation!r} must be one of {list(AFFILIATIONS)}")
    basis = text("basis", optional=True)
    if affiliation == "unknown" and basis is not None:
        raise fail("an 'unknown' affiliation takes no basis")
    if affiliation != "unknown" and basis is None:
        raise fail(f"affiliation {affiliation!r} needs a 'basis' naming the public fact")
    telegram = text("telegram", optional=True)
    if telegram is not None and not _HANDLE_RE.match(telegram):
        raise fail(f"telegram {telegram!r} must be a channel handle (5-32 letters, digits, _)")
    parent = text("parent", optional=True)
    if parent == outlet_id:
        raise fail("an outlet cannot be its own parent")
    return Outlet(
        id=outlet_id,
        name=name,
        aliases=aliases,
        domains=domains,
        country=country,
        languages=languages,
        kind=cast(OutletKind, kind),
        owner=text("owner", optional=True),
        affiliation=cast(Affiliation, affiliation),
        basis=basis,
        telegram=telegram,
        parent=parent,
    )
