"""Actor resolution for events: a resolver protocol, an alias fallback and a registry adapter."""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any, Protocol

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError

FALLBACK_FILE = "actors_fallback.yaml"


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedActor:
    """An actor a mention resolves to: registry id, display name, PLOVER code and sector.

    ``code`` is the PLOVER actor code (ISO 3166 alpha-3, or a non-state code such as
    ``IGO``); ``sector`` the optional sector code (``GOV``, ``MIL``, …).
    """

    id: str
    name: str
    code: str | None = None
    sector: str | None = None

    @staticmethod
    def split_code(code: str | None) -> tuple[str | None, str | None]:
        """``"RUS GOV"`` → ``("RUS", "GOV")``; a bare code has no sector."""
        if not code or not code.strip():
            return None, None
        parts = code.split()
        return parts[0], (" ".join(parts[1:]) or None)


class ActorResolver(Protocol):
    """Anything that turns a mention's text into an actor (or ``None``)."""

    def resolve(self, text: str, *, on: date | None) -> ResolvedActor | None:
        """The actor ``text`` refers to on date ``on``, or ``None`` when unknown."""
        ...


class _Names:
    """Names to find in a mention, each with its actor, ranked longest first (then in table
    order). One scan finds, at every word start, the longest name that begins there: names in
    capitals of two or more letters match case-sensitively ("US" must not match "us"), others
    in any case."""

    def __init__(self, actors: tuple[tuple[ResolvedActor, tuple[str, ...]], ...]) -> None:
        names = [(name, actor) for actor, written in actors for name in written]
        names.sort(key=lambda n: -len(n[0]))  # stable: table order among equal lengths
        self._ranks: tuple[dict[str, tuple[int, ResolvedActor]], ...] = ({}, {})
        groups: tuple[list[str], list[str]] = ([], [])
        for rank, (name, actor) in enumerate(names):
            exact = re.fullmatch(r"[A-Z.]{2,}", name) is not None
            key = name if exact else name.lower()
            if key not in self._ranks[exact]:
                self._ranks[exact][key] = (rank, actor)
                groups[exact].append(re.escape(name))
        self._patterns = tuple(
            re.compile(rf"(?<![\w.])(?=({'|'.join(group)})(?![\w]))", 0 if exact else re.I)
            if group
            else None
            for exact, group in enumerate(groups)
        )

    def found(self, text: str) -> list[tuple[int, int, int, ResolvedActor]]:
        """(start, end, rank, actor) of the longest name at each place in ``text``."""
        out: list[tuple[int, int, int, ResolvedActor]] = []
        for exact, pattern in enumerate(self._patterns):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                name = m.group(1)
                rank, actor = self._ranks[exact][name if exact else name.lower()]
                out.append((m.start(1), m.end(1), rank, actor))
        return out


class AliasResolver:
    """A small, transparent resolver: the longest alias found in the mention wins.

    Aliases match case-sensitively when written in capitals of two or more letters ("US"
    must not match "us") and case-insensitively otherwise. ``places`` (towns, regions and
    states inside a country) give their country only where no alias is found: "Chicago
    residents" are American, "Russian troops near Kharkiv" are Russian whatever the lengths.
    """

    def __init__(
        self,
        actors: tuple[tuple[ResolvedActor, tuple[str, ...]], ...],
        places: tuple[tuple[ResolvedActor, tuple[str, ...]], ...] = (),
    ) -> None:
        self._aliases = _Names(actors)
        self._places = _Names(places)

    @classmethod
    def bundled(cls) -> AliasResolver:
        """The resolver over the bundled alias table (``events/data/actors_fallback.yaml``)."""
        return _bundled_resolver()

    def resolve(self, text: str, *, on: date | None = None) -> ResolvedActor | None:
        """The actor of the longest alias occurring in ``text`` outside a place's name ("New
        Mexico" is no Mexico), else the country of the longest place; ``on`` is ignored."""
        places = self._places.found(text)
        named = [
            (rank, actor)
            for start, end, rank, actor in self._aliases.found(text)
            if not any(a <= start and end <= b for a, b, _, _ in places)
        ]
        if named:
            return min(named, key=lambda n: n[0])[1]
        return min(places, key=lambda p: p[2])[3] if places else None


@functools.cache
def _bundled_resolver() -> AliasResolver:
    ref = resources.files("reportedly.events") / "data" / FALLBACK_FILE
    try:
        raw = load_yaml(ref.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the actor alias table {ref}: {e}", code="E510") from e
    if not isinstance(raw, dict) or not isinstance(raw.get("actors"), list):
        raise ConfigError(f"{ref}: expected a mapping with an 'actors' list", code="E510")
    entries: list[tuple[ResolvedActor, tuple[str, ...]]] = []
    places: list[tuple[ResolvedActor, tuple[str, ...]]] = []
    for item in raw["actors"]:
        code, sector = ResolvedActor.split_code(item.get("code"))
        actor = ResolvedActor(id=str(item["id"]), name=str(item["name"]), code=code, sector=sector)
        entries.append((actor, tuple(str(a) for a in item.get("aliases", ()))))
        places.append((actor, tuple(str(p) for p in item.get("places", ()))))
    return AliasResolver(tuple(entries), tuple(places))


class RegistryResolver:
    """Adapter from the actors registry (``reportedly.actors.registry``) to the protocol.

    Tries the registry's name, title and metonym matchers in that order, passing the date
    when a matcher accepts ``on``.
    """

    def __init__(self, registry: Any) -> None:
        self._matchers: list[tuple[Callable[..., Any], bool]] = []
        for name in ("match_name", "match_title", "match_metonym"):
            matcher = getattr(registry, name, None)
            if callable(matcher):
                takes_on = "on" in inspect.signature(matcher).parameters
                self._matchers.append((matcher, takes_on))
        if not self._matchers:
            raise ConfigError("the actors registry offers no match_* method", code="E511")

    @classmethod
    def load(cls) -> RegistryResolver:
        """Load the actors registry and wrap it.

        Raises:
            ConfigError: the actors registry is not available.
        """
        try:
            module = importlib.import_module("reportedly.actors.registry")
        except ImportError as e:
            raise ConfigError(
                "the actors registry (reportedly.actors.registry) is not available", code="E511"
            ) from e
        return cls(module.ActorRegistry.load())

    def resolve(self, text: str, *, on: date | None) -> ResolvedActor | None:
        """The first registry actor any matcher finds for ``text`` or, failing that, for
        its trailing words ("his Russian counterpart Vladimir Putin" → "Vladimir Putin")."""
        words = text.split()
        for cut in range(len(words)):
            found = self._match(" ".join(words[cut:]), on)
            if found is not None:
                return found
        return None

    def _match(self, text: str, on: date | None) -> ResolvedActor | None:
        for matcher, takes_on in self._matchers:
            found = matcher(text, on=on) if takes_on else matcher(text)
            if isinstance(found, (list, tuple)):
                found = found[0] if len(found) == 1 else None  # a shared surname stays open
            if found is not None:
                code, sector = ResolvedActor.split_code(getattr(found, "code", None))
                return ResolvedActor(
                    id=str(found.id), name=str(found.name), code=code, sector=sector
                )
        return None


class ChainResolver:
    """Ask several resolvers in turn; the first answer wins."""

    def __init__(self, *resolvers: ActorResolver) -> None:
        self._resolvers = resolvers

    def resolve(self, text: str, *, on: date | None) -> ResolvedActor | None:
        """The first resolver's actor for ``text``."""
        for resolver in self._resolvers:
            found = resolver.resolve(text, on=on)
            if found is not None:
                return found
        return None


class _RegistryIds:
    """Give the alias table's actors their registry ids ("putin" → "putin-vladimir").

    An actor the registry knows under the alias entry's name (one match) takes its id, name
    and, when the entry has none, its code; others keep the alias table's id.
    """

    def __init__(self, resolver: ActorResolver, registry: Any) -> None:
        self._resolver = resolver
        self._registry = registry

    def resolve(self, text: str, *, on: date | None) -> ResolvedActor | None:
        """The alias table's actor for ``text``, under its registry id when there is one."""
        found = self._resolver.resolve(text, on=on)
        if found is None:
            return None
        matches = self._registry.match_name(found.name)
        if len(matches) != 1:
            return found
        actor = matches[0]
        code, sector = found.code, found.sector
        if code is None:
            code, sector = ResolvedActor.split_code(getattr(actor, "code", None))
        return ResolvedActor(id=str(actor.id), name=str(actor.name), code=code, sector=sector)


def registry_resolver(registry: Any) -> ActorResolver:
    """The resolver the pipeline codes events with: ``registry`` first, then the bundled
    alias table, its hits renamed to registry ids so one actor has one id in the store.

    Raises:
        ConfigError: ``registry`` offers no ``match_*`` method.
    """
    return ChainResolver(
        RegistryResolver(registry), _RegistryIds(AliasResolver.bundled(), registry)
    )


def default_resolver() -> ActorResolver:
    """The actors registry (when available) backed by the bundled alias table."""
    try:
        module = importlib.import_module("reportedly.actors.registry")
    except ImportError:
        return AliasResolver.bundled()
    return registry_resolver(module.default_registry())
