"""Named entities to registry actors: namesakes told apart, names and metonyms matched, gender."""

from __future__ import annotations

import re

from reportedly.actors._merging import _Merging
from reportedly.actors._namesakes import _Namesakes
from reportedly.actors._possessed import possessed_body
from reportedly.actors._registry_people import _RegistryPeople
from reportedly.actors._state import (
    _by_fullness,
    _clean,
    _fullness,
    _subsequence,
    _Work,
    without_glued_stop,
)
from reportedly.actors._titled import (
    aged_name,
    completed_by,
    described_body,
    described_person,
    given_name,
    is_demonym,
    predicate_role,
    title_before,
    titled_person,
    with_office,
    without_group_nouns,
)
from reportedly.actors.acronyms import spelled_at
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.model import Entity, Span

_WEB_NAME = re.compile(r"\w\.[a-z]{2,4}$")  # a website's name: "Belsat.eu", "Gazeta.pl"


def _listed_tail(name: str, actor: Actor) -> str:
    """``name`` from its first word that starts a name of two words or more the registry lists
    for ``actor`` (a title run into the name: "Ukrainian Ministry of Foreign Affairs Oleh
    Nikołenko"), else whole (a misspelt first name stays: "Alaxandr Lukashenko")."""
    listed = {fold(n) for n in actor.names}
    words = name.split()
    return next(
        (" ".join(words[i:]) for i in range(len(words) - 1) if fold(" ".join(words[i:])) in listed),
        name,
    )


def _mostly_place(work: _Work, labels: dict[tuple[int, int], str], text: str) -> bool:
    """Whether the tagger took a one-word name for a place at least three times as often as
    for a person: the entity index joined the place to its stray person-tagged mention
    ("Clarkston became his home"), and no "he" stands for it. A full name tagged a person
    once ("John Kasich", then "Kasich" as GPE) stays a person."""
    found = [(labels.get((m.start, m.end), ""), m) for m in work.mentions]
    people = [m for label, m in found if label == "PERSON"]
    places = sum(label in {"GPE", "LOC"} for label, _ in found)
    if not people or any(len(m.text(text).split()) > 1 for m in people):
        return False
    return places >= 3 * len(people)


class _NameMatcher(_Merging, _RegistryPeople, _Namesakes):
    """Matches the article's named entities to registry actors and merges those of one actor."""

    def _match_entities(self) -> None:
        labels = self._labels_by_span()
        for order, entity in enumerate(self._split_namesakes()):
            if self.data.pronoun_gender(entity.name) is not None:
                continue  # "-he said" of a dash quote, tagged as a name: a pronoun
            work = _Work(
                key=entity.id,
                name=without_glued_stop(without_group_nouns(entity, self.data)),
                kind=entity.kind,
                mentions=list(entity.mentions),
                roles=list(entity.roles),
                names=self._name_mentions(entity),
                labels={labels.get((m.start, m.end), "") for m in entity.mentions},
                order=order,
            )
            spelled = spelled_at(self.text, work.mentions, self.data.abbreviated, self.registry)
            if spelled is not None:
                work.name, work.kind = spelled, "organisation"  # "German MoD"
            self._match(work, entity)
            if work.actor is None:
                # an article-only actor never takes an id the registry may use
                while work.key in self.registry or work.key in self.works:
                    work.key += "-x"
                self.works[work.key] = work
                self.alias[entity.id] = work.key
                continue
            into = self.works.get(work.actor.id)
            if into is None:
                work.key = work.actor.id
                work.name = _listed_tail(work.name, work.actor)
                work.kind = work.actor.type
                work.resolution = "registry"
                self.works[work.key] = work
            else:
                into.mentions += work.mentions
                into.roles += [r for r in work.roles if r not in into.roles]
                into.names += work.names
                into.labels |= work.labels
                name = _listed_tail(work.name, work.actor)
                if _fullness(name) > _fullness(into.name):
                    into.name = name
            self.alias[entity.id] = work.actor.id
        self._merge_acronyms()
        self._merge_given_names()
        self._split_titled()
        self._bodies_named_as_people()
        self._bodies_named_by_their_noun()
        self._unglue_bodies()
        for key, body in self._executives_of_holders():  # "the Biden Administration" [ORG]
            self._merge(key, self._ensure(body))
        cues = [s.cue for s in self.analysis.statements if s.cue is not None]
        for work in self.works.values():
            doc = self.doc
            # "Maciej Padzikiewicz [ORG], a member of the team"; "Oleksii Vlasenko [GPE], 32,
            # …": only people have ages
            if (
                work.actor is None
                and doc is not None
                and any(
                    (work.kind == "organisation" and described_person(doc, self.data, m, self.text))
                    or (work.kind in {"organisation", "country"} and aged_name(doc, m))
                    for m in work.mentions
                )
            ):
                work.kind = "person"
            if (
                work.actor is None
                and work.kind == "person"
                and doc is not None
                and any(described_body(doc, self.data, m) for m in work.mentions)
            ):
                work.kind = "organisation"  # "Silva [PERSON], a company headquartered in …"
            if work.actor is None and work.kind == "person" and _WEB_NAME.search(work.name):
                work.kind = "organisation"  # "Belsat.eu" tagged a person: a website
            if work.actor is None and len(fold(work.name)) == 1:
                work.kind = "unknown"  # "Q: Did the service help you?": an interview's label
            if (
                work.actor is None
                and work.kind == "person"
                and fold(work.name) in self.data.platform_names
            ):
                work.kind = "organisation"  # "took to Twitter [PERSON] … he tweeted": no "he"
            if (
                work.actor is None
                and work.kind == "person"
                and _mostly_place(work, labels, self.text)
            ):
                # "Clarkston" tagged a place eight times and a person once: a place
                work.kind, work.resolution = "unknown", "unresolved"
            if work.actor is None and work.kind == "person":
                self._abbreviated_body(work)  # "German MoD [PERSON] says"
            if (
                work.actor is None
                and work.kind == "person"
                and is_demonym(self.registry, (work.name.split() or [""])[-1])
            ):
                work.kind = "unknown"  # "Exiled Belarusian [PERSON] opposition leader …"
            if (
                work.actor is None
                and work.mentions
                and all(any(c.contains(m) for c in cues) for m in work.mentions)
            ):
                work.kind = "unknown"  # "…, GOP SENATOR WARNS": a cue verb is nobody's name
            work.gender = self._gender(work)
            if work.kind == "person":
                work.name = completed_by(work.name, work.names)
                for span in work.mentions:
                    role = title_before(self.doc, self.data, span, self.text) or predicate_role(
                        self.doc, self.data, span, self.text
                    )
                    if role and role not in work.roles:
                        work.roles.append(role)

    def _merge_given_names(self) -> None:
        """A lone given name ("his wife, Jane", "the Donald") is the one person the article
        names in full with that given name ("Jane Sanders"), none if several are."""
        for work in [w for w in self.works.values() if w.kind == "person"]:
            words = work.name.split()
            if work.actor is not None or len(words) != 1 or not given_name(words[0], self.data):
                continue
            owners = [
                o.key
                for o in self.works.values()
                if o.kind == "person"
                and o.key != work.key
                and len(o.name.split()) > 1
                and fold(o.name.split()[0]) == fold(words[0])
            ]
            if len(owners) == 1:
                self._merge(work.key, owners[0])

    def _abbreviated_body(self, work: _Work) -> None:
        """A ministry's abbreviation the tagger took for a person ("MoD") is a body, named
        with the country's adjective written just before it ("German MoD")."""
        doc = self.doc
        *country, last = work.name.split() or [""]
        if doc is None or fold(last) not in self.data.body_abbreviations:
            return
        if not all(is_demonym(self.registry, w) for w in country):
            return
        work.kind = "organisation"
        if country:
            return  # "Dutch MoD" tagged whole
        for m in work.mentions:
            before = doc.tokens_in(Span(max(0, m.start - 40), m.start))
            word = doc.tokens[before[-1]] if before else None
            if word is None or self.text[word.end : m.start].strip():
                continue
            if is_demonym(self.registry, word.text):
                work.name = f"{word.text} {work.name}"
                return

    def _split_titled(self) -> None:
        """A body named by a title and a person's name is that person, with that role; it
        joins the person of that name when the article names them elsewhere."""
        for key, work in list(self.works.items()):
            found = titled_person(work.name, self.data, self.registry)
            if work.actor is not None or work.kind == "person" or found is None:
                continue
            role, name = found
            role = with_office(self.doc, self.data, work.mentions, role, self.text)
            work.kind, work.name, work.names, work.roles = "person", name, [name], [role]
            person = self._match_person(work)
            if person is not None:
                work.actor, work.resolution = person, "registry"
                if person.id in self.works:
                    self._merge(key, person.id)
                else:
                    self.works[person.id] = self.works.pop(key)
                    work.key = person.id
                    self._realias(key, person.id)
                continue
            same = [k for k, w in self.works.items() if k != key and w.kind == "person"]
            same = [k for k in same if fold(self.works[k].name) == fold(name)]
            if same:
                self._merge(key, same[0])

    def _labels_by_span(self) -> dict[tuple[int, int], str]:
        annotation = self.analysis.annotation
        if annotation is None:
            return {}
        return {(m.span.start, m.span.end): m.label for m in annotation.entities}

    def _name_mentions(self, entity: Entity) -> list[str]:
        """The mentions of ``entity`` that are (part of) its name, not titles or pronouns."""
        words = fold(entity.name).split()
        found = []
        for span in entity.mentions:
            written = span.text(self.text)
            if _subsequence(fold(written).split(), words):
                found.append(self._with_particles(span, written))
        return found

    def _with_particles(self, span: Span, written: str) -> str:
        """``written`` with the rest of a surname that has particles ("von der Leyen") when
        the language model tagged only part of it ("Leyen", "Ursula von")."""
        particles = self.data.name_particles
        before = self.text[max(0, span.start - 40) : span.start].split(" ")[:-1]
        n = 0
        while n < len(before) and before[-1 - n] in particles:
            n += 1
        if n:
            written = " ".join(before[len(before) - n :]) + " " + written
        if written.split()[-1] in particles:
            after = self.text[span.end : span.end + 40].split()
            k = 0
            while k < len(after) and after[k] in particles:
                k += 1
            if k < len(after) and after[k][:1].isupper():
                written += " " + _clean(" ".join(after[: k + 1]).rstrip(".,;:"))
        return written

    def _match(self, work: _Work, entity: Entity) -> None:
        if entity.resolution == "registry" and entity.actor_id in self.registry:
            work.actor = self.registry.by_id(str(entity.actor_id))  # resolved before: keep
            return
        if work.kind == "person":
            work.actor = self._match_person(work)
            if work.actor is not None or any(
                a.type == "person" for a in self.registry.match_name(work.name)
            ):
                return
            # else perhaps a place or a body the tagger took for a person ("Kyiv")
        names = _by_fullness([work.name, *work.names])
        for name in names:
            actor = self.registry.match_metonym(name)
            if actor is None:
                continue
            if self._agentive(work):
                work.actor = actor
            else:
                work.resolution = "unresolved"  # a place: "talks in Moscow"
                work.kind = "unknown" if work.kind == "person" else work.kind
            return
        for name in names:
            found = [a for a in self.registry.match_name(name) if a.type != "person"]
            if len(found) == 1:
                work.actor = found[0]
                return
        owned = self._owned_body(work) or next(
            (b for b in (possessed_body(n, self.registry) for n in names) if b is not None), None
        )
        if owned is not None:
            work.actor = owned  # "Russia's [Defense Ministry]", "the Treasury's [OFAC]"
            return
        # a registry person whatever label the tagger gave the name ("Stoltenberg" as ORG)
        person = self._match_person(work)
        if person is not None:
            work.actor, work.kind = person, "person"
        elif work.labels and work.labels <= {"GPE", "LOC"} and not self._agentive(work):
            work.resolution, work.kind = "unresolved", "unknown"  # "in Nursultan": a place

    def _owned_body(self, work: _Work) -> Actor | None:
        """The registry body a name is with the country written before it ("Russia's" or
        "Russian" + "Defense Ministry"), when every such mention agrees on one."""
        if self.doc is None or work.kind == "person":
            return None
        found: set[str] = set()
        for span in work.mentions:
            owner = self.doc.owner_before(span)
            if not owner or self.registry.country_token(owner.removesuffix("'s")) is None:
                continue
            bodies = self.registry.match_name(f"{owner} {span.text(self.text)}")
            found |= {a.id for a in bodies if a.type != "person"}
        return self.registry.by_id(found.pop()) if len(found) == 1 else None

    def _agentive(self, work: _Work) -> bool:
        """Whether a capital or a building acts somewhere (is not only a place) in the text: it
        speaks, or is written other than after a place preposition."""
        if not work.labels & {"GPE", "LOC"} and work.labels:
            return True  # a building ("the Kremlin", ORG/FAC) stands for who sits there
        if self.doc is None:
            return True
        speakers = [s.speaker.span for s in self.analysis.statements if s.speaker is not None]
        if any(
            m.contains(sp) or (sp.contains(m) and len(sp) - len(m) <= 4)
            for m in work.mentions
            for sp in speakers
        ):
            # the whole speaker, "the" aside ("in Tehran, Saddam's fall was seen as …": the
            # city holds the view), not a place inside one ("Ukraine's ambassador in London")
            return True
        for span in work.mentions:
            if self.doc.previous_word(span) not in self.data.place_prepositions:
                return True
        return False

    def _ensure(self, actor: Actor) -> str:
        """The key of the entity standing for registry ``actor``, creating it if absent."""
        if actor.id not in self.works:
            self.works[actor.id] = _Work(
                key=actor.id,
                name=actor.name,
                kind=actor.type,
                actor=actor,
                resolution="registry",
                gender=actor.gender,
                order=len(self.analysis.entities) + len(self.works),
            )
        return actor.id
