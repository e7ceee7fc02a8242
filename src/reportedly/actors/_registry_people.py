"""Which registry person an article's name is: by its fuller names, a family name written
first, a surname after a body or a country, a misspelt given name, and the roles it holds."""

from __future__ import annotations

from difflib import SequenceMatcher

from reportedly.actors._gender import _Gendering
from reportedly.actors._spelling import (
    alone_surnames,
    misspelt_person,
    name_last_words,
    spelling_key,
)
from reportedly.actors._state import _by_fullness, _Work
from reportedly.actors._titled import completed_name
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor

_TYPO_RATIO = 0.75  # given names this alike are one spelt two ways: Vladamir, Alaxandr


class _RegistryPeople(_Gendering):
    """Matches a person's names to registry people."""

    def _match_person(self, work: _Work) -> Actor | None:
        names = _by_fullness([work.name, *work.names])
        full = names[0] if names else work.name
        candidates: tuple[Actor, ...] = ()
        for name in names:
            # a fuller name the registry lacks is someone else ("Hunter Biden"): no surname
            if len(name.split()) < len(full.split()) and len(full.split()) > 1:
                break
            candidates = tuple(a for a in self.registry.match_name(name) if a.type == "person")
            if candidates:
                break
        if not candidates and len(full.split()) > 1:
            candidates = self._person_in(full) or misspelt_person(self.registry, full)
        if not candidates and len(full.split()) == 1:  # "Sergei" of "Sergei Lavrov.-"
            fuller = completed_name(self.text, work.mentions)
            candidates = tuple(a for a in self.registry.match_name(fuller) if a.type == "person")
        if not candidates and len(full.split()) == 1:
            candidates = self._family_name_of(full)  # "Wang" after "Wang Yi"
        candidates = tuple(a for a in candidates if not self._honorific_refutes(work, a))
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        by_role = [a for a in candidates if self._roles_fit(work, a)]
        if len(by_role) == 1:
            return by_role[0]
        if self.on is not None:
            active = [a for a in candidates if a.roles_on(self.on)]
            if len(active) == 1:
                return active[0]
        return None

    def _family_name_of(self, word: str) -> tuple[Actor, ...]:
        """Registry people this article has named in full whose family name, written first
        where they come from ("Wang Yi", "Kim Jong Un"), is ``word``."""
        key = fold(word)
        found = {
            w.actor.id: w.actor
            for w in self.works.values()
            if w.actor is not None
            and w.actor.type == "person"
            and (w.actor.country or "").lower() in self.data.family_name_first
            and fold(w.actor.name).split()[:1] == [key]
        }
        return tuple(found.values())

    def _person_in(self, full: str) -> tuple[Actor, ...]:
        """Registry people a full name not in the registry still names: its last words after
        a body or a country ("Security Council of Russia Dmitry Medvedev", "Belarus
        Alexander Lukashenko"), or a misspelt given name ("Vladamir Putin"); never a bare
        surname, since "Hunter Biden" is not Joe Biden, nor a name that a particle begins
        ("Khalid bin Salman" is not Mohammed bin Salman)."""
        words = full.split()
        surname = fold(words[-1])
        keys = {surname, spelling_key(surname)}
        if not keys & name_last_words(self.registry):
            return ()
        for cut in range(1, len(words) - 1):  # a whole registry name: "North Korea Kim Jong Un"
            if fold(words[cut]) in self.data.name_particles:
                continue  # "bin Salman" of "Abdulaziz bin Salman" is his father's name
            found = [
                a for a in self.registry.match_name(" ".join(words[cut:])) if a.type == "person"
            ]
            if found:
                return tuple(found)
        if not keys & alone_surnames(self.registry):
            return ()  # "Luiz Silva": Lula goes by "Lula" alone
        given = fold(" ".join(words[-2:-1]))
        close = []
        for actor in self.registry.match_name(words[-1]):
            if actor.type != "person":
                continue
            known = {fold(n).split()[0] for n in actor.names if len(fold(n).split()) > 1}
            known |= {spelling_key(k) for k in known}
            keyed = {given, spelling_key(given)}
            if any(
                SequenceMatcher(None, g, k).ratio() >= _TYPO_RATIO for g in keyed for k in known
            ):
                close.append(actor)
        return tuple(close)

    def _roles_fit(self, work: _Work, actor: Actor) -> bool:
        return any(actor in self.registry.match_title(r, on=self.on) for r in work.roles)
