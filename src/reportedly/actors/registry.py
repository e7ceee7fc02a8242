"""The actor registry: canonical people, governments and bodies, by name, title or metonym.

The registry is data (``data/actors.yaml``, schema in ``docs/actors.md``) plus optional user files
that add actors or replace them by id. It is loaded and validated once, then answers lookups
without I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from reportedly._registry import read_documents
from reportedly.actors._registry_schema import RegistryTables, read_registry
from reportedly.actors._spelling import spelling_key
from reportedly.actors.folding import fold as fold  # re-exported: store/ imports it from here
from reportedly.actors.records import Actor, Role
from reportedly.errors import NotFound

CODE_UNREADABLE = "E510"  # a registry file cannot be read or parsed


class ActorRegistry:
    """Canonical actors with lookups by id, name, role title (on a date) and metonym."""

    def __init__(self, actors: Iterable[Actor], *, tables: RegistryTables | None = None) -> None:
        self._tables = tables or RegistryTables()
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
        self._countries: dict[str, list[str]] = {}
        for actor in self._actors.values():
            if actor.type == "country" and actor.country:
                _add(self._countries, actor.country, actor.id)
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
        actors, tables = read_registry(documents)
        return cls(actors, tables=tables)

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
        Riabkow", "Рябков"), a single plain-ASCII word only when its spelling key is long
        enough to name no one else ("Patruszew", never "Milei" for Milley).
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
            spelt = spelling_key(key)
            # one short word keys to others' names too ("Milei" as Milley, "Mass" as Maas)
            if len(key.split()) > 1 or len(spelt) >= _SHORTEST_SPELT or not text.isascii():
                ids = self._spellings.get(spelt)
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

    def country(self, code: str) -> Actor | None:
        """The one country actor of ISO code ``code`` ("RUS"); None for none or several."""
        ids = self._countries.get(code, [])
        return self._actors[ids[0]] if len(ids) == 1 else None

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
_SHORTEST_SPELT = 6  # letters of the shortest one-word spelling key matched ("lavrov")


def _add(index: dict[Any, list[str]], key: Any, actor_id: str) -> None:
    if key:
        ids = index.setdefault(key, [])
        if actor_id not in ids:
            ids.append(actor_id)


@cache
def default_registry() -> ActorRegistry:
    """The packaged registry, loaded once per process."""
    return ActorRegistry.load()
