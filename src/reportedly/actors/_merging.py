"""Entities found to be one actor within an article (an acronym and its body, a surname the
tagger labelled a body and its person): merged, and the attribution ids that
pointed at the one pointed at the other."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from reportedly.actors._spelling import alike, spelling_key
from reportedly.actors._state import _State, _Work
from reportedly.actors._titled import given_named
from reportedly.actors.acronyms import expansion, is_acronym
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.attribution.speakers import surname


class _Merging(_State):
    """Merges the article's entities that stand for one actor."""

    def _merge_acronyms(self) -> None:
        """An article-only actor named by an acronym joins the one actor whose name it spells."""
        for key, work in list(self.works.items()):
            if work.actor is not None or not is_acronym(work.name):
                continue
            others = [(k, [w.name, *w.names]) for k, w in self.works.items() if k != key]
            into_key = expansion(work.name, others)
            if into_key is None:
                continue
            self._merge(key, into_key)
        self._merge_glossed_acronyms()

    def _merge_glossed_acronyms(self) -> None:
        """An article-only body written with a known body's acronym in brackets after it is
        that body, whatever its words: a translation's "the American Institute of Research on
        War (ISW)" is the Institute for the Study of War. The acronym must be a mention of just
        one body the registry resolved."""
        known: dict[str, set[str]] = {}
        for key, work in self.works.items():
            if work.actor is not None and work.kind not in {"person", "country"}:
                for m in work.mentions:
                    known.setdefault(self.text[m.start : m.end], set()).add(key)
        for key, work in list(self.works.items()):
            if work.actor is not None or work.kind != "organisation":
                continue
            glossed = {
                into
                for m in work.mentions
                if (found := _GLOSS.match(self.text, m.end)) and is_acronym(found[1])
                for into in known.get(found[1], ())
            }
            if len(glossed) == 1:
                self._merge(key, glossed.pop())

    def _merge(self, key: str, into_key: str) -> None:
        """Entity ``key`` is entity ``into_key``: its mentions, roles and names go there."""
        work, into = self.works.pop(key), self.works[into_key]
        into.mentions += work.mentions
        into.roles += [r for r in work.roles if r not in into.roles]
        into.names += [work.name, *work.names]
        into.labels |= work.labels
        self._realias(key, into_key)

    def _realias(self, key: str, into_key: str) -> None:
        for entity_id, target in self.alias.items():
            if target == key:
                self.alias[entity_id] = into_key

    def _bodies_named_as_people(self) -> None:
        """Article-only bodies that are people by their names: a known given name and a
        surname ("Oleg Nikolenko" [ORG]); then a one-word body that is the surname of just one
        person named in the article ("Nikolenko said", tagged ORG) joins that person, as does
        a one-word body or person a letter off it ("Taraneko" after "Anton Taranenko")."""
        for work in self.works.values():
            if (
                work.actor is None
                and work.kind == "organisation"
                and given_named(work.name, self.data, self.registry)
            ):
                work.kind = "person"
        people = self._people_by_surname()
        for key, work in list(self.works.items()):
            if work.actor is not None or work.kind not in _NAMED or " " in work.name:
                continue
            exact = people.get(fold(work.name), []) if work.kind == "organisation" else []
            owners = exact or _spelt_like(work.name, people)
            if len(owners) == 1 and not is_acronym(work.name):
                self._merge(key, owners[0])

    def _people_by_surname(self) -> dict[str, list[str]]:
        """The people the article names in full, by the folded surnames they go by alone."""
        people: dict[str, list[str]] = {}
        for key, work in self.works.items():
            if work.kind == "person" and len(work.name.split()) > 1:
                for surname in _surnames(work):
                    people.setdefault(surname, []).append(key)
        return people

    def _bodies_named_by_their_noun(self) -> None:
        """An article-only body named by its kind's noun alone ("The Institute noted", tagged
        a body) is the one body named before it whose name holds that noun ("the American
        Institute for Research on War"); a body named by the last words of a name the article
        gave a body before ("the Treasury" after "The U.S. Treasury", "the Post" after "The
        Washington Post") is that body. None if two such bodies were named."""
        nouns = self.data.organisation_nouns | self.data.public_body_nouns
        for key, work in list(self.works.items()):
            word = fold(work.name)
            if work.actor is not None or work.kind != "organisation" or not word:
                continue
            first = min((m.start for m in work.mentions), default=0)
            owners = [
                k
                for k, w in self.works.items()
                if k != key
                and w.kind not in {"person", "country", "unknown"}
                and fold(w.name) != word
                and (
                    any(word in fold(n).split() for n in (w.name, *w.names))
                    if word in nouns
                    else any(fold(n).endswith(f" {word}") for n in (w.name, *w.names))
                )
                and any(m.end <= first for m in w.mentions)
            ]
            if len(owners) == 1:
                self._merge(key, owners[0])

    def _unglue_bodies(self) -> None:
        """A body's name the tagger glued from two names joined by "and", the first a person's
        the article or the registry knows ("Zeilinsky and Den Administration" of "tension
        between Zeilinsky and Den Administration officials"), names nobody: its words would
        otherwise make it what "the administration" refers to."""
        people = set()
        for w in self.works.values():
            if w.kind == "person" and fold(w.name):
                people |= {fold(w.name), fold(w.name).split()[-1]}  # "Biden" of "Joe Biden"
        for work in self.works.values():
            if work.actor is not None or work.kind in {"person", "country", "unknown"}:
                continue
            first, _, rest = fold(work.name).partition(" and ")
            if not rest or not first:
                continue
            person = first in people or any(
                a.type == "person" for a in self.registry.match_name(first)
            )
            if person:
                work.kind, work.resolution = "unknown", "unresolved"

    def _executives_of_holders(self) -> list[tuple[str, Actor]]:
        """Article-only bodies named as an office holder's or a country's executive ("the
        Biden Administration", "the US Administration", tagged a body of their own), each
        with the registry body it is: the holder's office's on the article's date, or the
        country's one government."""
        people: dict[str, set[str]] = {}
        for w in self.works.values():
            if w.kind == "person" and w.actor is not None:
                for name in (fold(w.name), *_surnames(w)):
                    people.setdefault(name, set()).add(w.actor.id)
        found = []
        for key, work in self.works.items():
            words = fold(work.name).split()
            if work.actor is not None or work.kind != "organisation" or len(words) < 2:
                continue
            if words[-1] not in self.data.executive_nouns:
                continue
            owner = " ".join(words[:-1])
            country = self.registry.country_token(owner)
            if country:
                bodies = [
                    a
                    for a in self.registry
                    if a.type == "government" and a.country == country[1:].upper()
                ]
            else:
                holders = people.get(owner) or {
                    a.id for a in self.registry.match_name(owner) if a.type == "person"
                }
                one = next(iter(holders)) if len(holders) == 1 else None
                body = self.office_body(self.registry.by_id(one)) if one else None
                bodies = [body] if body is not None else []
            if len(bodies) == 1:
                found.append((key, bodies[0]))
        return found


def _surnames(work: _Work) -> set[str]:
    """The folded surnames a person named in full goes by alone: a registry person's own
    ("Lula", never "Silva" of "Luiz Inácio Lula da Silva"), else the name's last word."""
    if work.actor is not None and work.actor.type == "person":
        return {fold(n).split()[-1] for n in work.actor.alone_names if fold(n)}
    return {fold(surname(work.name))}


# an acronym in brackets right after a name: "the American Institute of Research on War (ISW)"
_GLOSS = re.compile(r"\s?\(([A-Z][A-Za-z]*[A-Z])\)")
_NAMED = {"organisation", "person"}  # what the tagger may call a surname it does not know
_MISSPELT_LEN = 6  # a shorter word one letter off a surname is as likely another word


def _misspelt_owners(word: str, people: dict[str, list[str]]) -> list[str]:
    """The people whose surname ``word`` misspells by one letter left out, added or changed
    ("Taraneko" for "Taranenko"); none for a short word or one several surnames are near."""
    key = spelling_key(fold(word))
    if len(key) < _MISSPELT_LEN or word.isupper():
        return []
    found = {
        k: None
        for surname, keys in people.items()
        if Levenshtein.distance(key, spelling_key(surname), score_cutoff=1) == 1
        for k in keys
    }  # one person under two spellings of a surname ("Zakharova", "Захарова") is one
    return list(found) if len(found) == 1 else []


def _spelt_like(word: str, people: dict[str, list[str]]) -> list[str]:
    """The one person whose surname ``word`` misspells: a letter off it, or as alike as a
    misspelt full name's surname must be with the first letter the same ("Zacharów" for
    "Zakharova": Polish "ch" is Russian "kh"); none for a short word or several people."""
    found = _misspelt_owners(word, people)
    key = spelling_key(fold(word))
    if found or len(key) < _MISSPELT_LEN or word.isupper():
        return found
    near = {
        k: None
        for surname, keys in people.items()
        if spelling_key(surname)[:1] == key[:1] and alike(key, spelling_key(surname))
        for k in keys
    }
    return list(near) if len(near) == 1 else []
