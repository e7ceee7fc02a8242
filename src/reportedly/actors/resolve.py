"""The actors stage: resolve every entity and speaker of one article to a canonical actor.

Named entities are matched to the registry by name (with the article's date to choose among
namesakes) or, for capitals and buildings used as agents, by metonym; entities that resolve
to one actor are merged. Role descriptions ("the Russian president", "the spokesman", "his
Russian counterpart") go through the article's own appositions and the registry's titles on
the article's date; pronouns and "the latter"/"the former" go to the antecedent their
gender, number and syntactic role allow. The stage is pure: an Analysis in, a new one out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from reportedly.actors._doc import SUBJECT_DEPS, Doc
from reportedly.actors.registry import Actor, ActorRegistry, fold
from reportedly.attribution.speakers import slugify
from reportedly.errors import ConfigError
from reportedly.model import (
    Analysis,
    Entity,
    EntityKind,
    Mention,
    Resolution,
    Span,
    Statement,
)

VERSION = "reportedly.actors.resolve.v1"
CODE_DATA = "E512"  # the resolution word lists cannot be read

Gender = Literal["male", "female"]
_PERSON_LABELS = frozenset({"PERSON"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_INDEFINITE = frozenset({"a", "an", "another", "any", "some", "every", "each", "no", "one"})
_TITLE_LEFT = frozenset({"det", "poss", "amod", "compound", "nmod", "nummod", "case"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
_LATTER = {"latter": -1, "former": -2}
_LOOKBACK = 3  # sentences searched before the one a pronoun is in


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolutionData:
    """The word lists the stage reads from ``data/resolution.yaml``."""

    male: frozenset[str]
    female: frozenset[str]
    plural: frozenset[str]
    first_singular: frozenset[str]
    title_heads: frozenset[str]
    place_prepositions: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    person_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: object, source: str) -> ResolutionData:
        """Build from the parsed YAML ``data``; raise ConfigError naming ``source`` if wrong."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"{source}: expected a mapping", code=CODE_DATA)

        def words(*path: str) -> frozenset[str]:
            node: Any = data
            for key in path:
                node = node.get(key) if isinstance(node, Mapping) else None
            if not isinstance(node, list) or not all(isinstance(w, str) for w in node):
                raise ConfigError(
                    f"{source}: {'.'.join(path)} must be a list of strings", code=CODE_DATA
                )
            return frozenset(w.strip().lower() for w in node if w.strip())

        return cls(
            male=words("pronouns", "male"),
            female=words("pronouns", "female"),
            plural=words("pronouns", "plural"),
            first_singular=words("pronouns", "first_singular"),
            title_heads=frozenset(w for w in words("title_heads") if " " not in w),
            place_prepositions=words("place_prepositions"),
            male_honorifics=words("gendered_honorifics", "male"),
            female_honorifics=words("gendered_honorifics", "female"),
            male_names=words("given_names", "male"),
            female_names=words("given_names", "female"),
            person_nouns=words("person_nouns"),
            document_nouns=words("document_nouns"),
            organisation_nouns=words("organisation_nouns"),
        )

    def pronoun_gender(self, word: str) -> Gender | None:
        """The gender a third-person singular pronoun asks for, or None for other words."""
        w = word.lower()
        if w in self.male:
            return "male"
        if w in self.female:
            return "female"
        return None


@cache
def default_data() -> ResolutionData:
    """The packaged word lists, loaded once per process."""
    path = resources.files("reportedly.actors") / "data" / "resolution.yaml"
    try:
        parsed = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{path}: cannot read resolution data: {e}", code=CODE_DATA) from e
    return ResolutionData.from_mapping(parsed, str(path))


@dataclass(slots=True)
class _Work:
    """An entity being resolved (mutable while the stage runs)."""

    key: str
    name: str
    kind: EntityKind
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)
    actor: Actor | None = None
    resolution: Resolution = "article"
    gender: Gender | None = None
    order: int = 0


@dataclass(frozen=True, slots=True)
class _Seen:
    """One reference to an entity, in text order: the history pronouns look back over."""

    span: Span
    key: str
    sent: int
    subject: bool
    main: bool
    named: bool


def resolve_actors(
    analysis: Analysis,
    registry: ActorRegistry,
    *,
    published: date | None = None,
    data: ResolutionData | None = None,
) -> Analysis:
    """Resolve the entities and speakers of ``analysis`` to actors; return a new Analysis.

    Every entity gets a registry actor id (``resolution="registry"``), or is an actor known
    only from the article (``"article"``), or a place that stands for nobody
    (``"unresolved"``); entities of one actor are merged under the actor's id. Every
    statement gets ``speaker_actor``/``speaker_resolution`` (``"unresolved"`` when nobody
    could be named), and ``speaker_entity`` keeps pointing at an entity of the result.

    Args:
        analysis: the attribution stage's output (with its annotation for pronouns/titles).
        registry: the actor registry.
        published: the date titles are read on; defaults to the article's publication date.
        data: the stage's word lists; defaults to the packaged ones.
    """
    on = published if published is not None else analysis.article.published
    return _Resolver(analysis, registry, on, data or default_data()).run()


class _Resolver:
    def __init__(
        self, analysis: Analysis, registry: ActorRegistry, on: date | None, data: ResolutionData
    ) -> None:
        self.analysis = analysis
        self.text = analysis.article.text
        self.registry = registry
        self.on = on
        self.data = data
        self.doc = Doc(analysis.annotation) if analysis.annotation is not None else None
        self.works: dict[str, _Work] = {}
        self.split: set[str] = set()  # ids of attribution clusters split into namesakes
        self.alias: dict[str, str] = {}  # original entity id -> final key
        self.history: list[_Seen] = []
        self.resolved_at: dict[tuple[int, int], str] = {}  # span -> key, for pronouns/titles
        self.descriptions: dict[str, int] = {}  # statement id -> head token of its description
        self.previous_speaker: str | None = None

    # -- the stage ----------------------------------------------------------------------

    def run(self) -> Analysis:
        self._match_entities()
        speakers = {
            s.id: self.alias.get(s.speaker_entity)
            if s.speaker_entity and s.speaker_entity not in self.split
            else None
            for s in self.analysis.statements
        }
        if self.doc is not None:
            self._sweep_surnames()
            self._speaker_heads(speakers)
            self._walk(speakers)
        statements = tuple(self._statement(s, speakers.get(s.id)) for s in self.analysis.statements)
        entities = tuple(
            self._entity(w) for w in sorted(self.works.values(), key=lambda w: w.order)
        )
        versions = {**self.analysis.versions, "actors": VERSION}
        return dataclasses.replace(
            self.analysis, entities=entities, statements=statements, versions=versions
        )

    # -- named entities -------------------------------------------------------------------

    def _match_entities(self) -> None:
        labels = self._labels_by_span()
        for order, entity in enumerate(self._split_namesakes()):
            work = _Work(
                key=entity.id,
                name=entity.name,
                kind=entity.kind,
                mentions=list(entity.mentions),
                roles=list(entity.roles),
                names=self._name_mentions(entity),
                labels={labels.get((m.start, m.end), "") for m in entity.mentions},
                order=order,
            )
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
                work.kind = work.actor.type
                work.resolution = "registry"
                self.works[work.key] = work
            else:
                into.mentions += work.mentions
                into.roles += [r for r in work.roles if r not in into.roles]
                into.names += work.names
                into.labels |= work.labels
                if _fullness(work.name) > _fullness(into.name):
                    into.name = work.name
            self.alias[entity.id] = work.actor.id
        for work in self.works.values():
            work.gender = self._gender(work)

    def _split_namesakes(self) -> list[Entity]:
        """Attribution's entities, with persons who only share a surname told apart.

        "Bill Clinton" and "Hillary Clinton" come as one cluster; each full name becomes its
        own entity and a bare "Clinton" goes to the full name last heard of as a subject (else
        last mentioned) before it. The cluster's id then stands for nobody.
        """
        out: list[Entity] = []
        for entity in self.analysis.entities:
            groups = self._namesake_groups(entity) if entity.kind == "person" else None
            if groups is None:
                out.append(entity)
                continue
            for names, mentions in groups:
                name = max(names, key=_fullness)
                roles = [r for r in entity.roles if self._role_near(r, mentions)]
                out.append(
                    Entity(
                        id=slugify(name),
                        name=name,
                        kind="person",
                        mentions=tuple(mentions),
                        roles=tuple(roles),
                    )
                )
            self.split.add(entity.id)
        return out

    def _namesake_groups(self, entity: Entity) -> list[tuple[list[str], list[Span]]] | None:
        skip = self.registry.honorifics
        first: dict[str, int] = {}
        named: list[tuple[Span, str | None, str]] = []
        name = fold(entity.name).split()
        for span in sorted(entity.mentions):
            written = _clean(span.text(self.text))
            if not name or fold(written).split()[-1:] != name[-1:]:
                continue  # a pronoun or a title added by an earlier run, not a name
            words = [w for w in fold(written).split() if w not in skip]
            key = words[0] if len(words) > 1 else None
            if key is not None:
                first.setdefault(key, len(first))
            named.append((span, key, written))
        if len(first) < 2:
            return None
        groups: list[tuple[list[str], list[Span]]] = [([], []) for _ in first]
        last: dict[int, int] = {}
        last_subject: dict[int, int] = {}
        pending: list[Span] = []
        for span, key, written in named:
            if key is not None:
                g = first[key]
                groups[g][0].append(written)
            elif last_subject:
                g = max(last_subject, key=lambda k: last_subject[k])
            elif last:
                g = min(last)  # no one was a subject yet: the one named first, the topic
            else:
                pending.append(span)  # before any full name: goes with the first one
                if self.doc is not None and self.doc.is_subject(span):
                    last_subject[0] = span.start
                continue
            groups[g][1].append(span)
            last[g] = span.start
            if self.doc is not None and self.doc.is_subject(span):
                last_subject[g] = span.start
        first_group = min(first.values())
        groups[first_group][1].extend(pending)
        return [(names, sorted(spans)) for names, spans in groups if names]

    def _role_near(self, role: str, mentions: list[Span]) -> bool:
        """Whether ``role`` is written right beside one of ``mentions`` (a title, an appositive)."""
        start = self.text.find(role)
        while start >= 0:
            end = start + len(role)
            if any(-3 <= m.start - end <= 3 or -3 <= start - m.end <= 3 for m in mentions):
                return True
            start = self.text.find(role, start + 1)
        return False

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
                found.append(written)
        return found

    def _match(self, work: _Work, entity: Entity) -> None:
        if entity.resolution == "registry" and entity.actor_id in self.registry:
            work.actor = self.registry.by_id(str(entity.actor_id))  # resolved before: keep
            return
        if work.kind == "person":
            work.actor = self._match_person(work)
            return
        names = _by_fullness([work.name, *work.names])
        for name in names:
            actor = self.registry.match_metonym(name)
            if actor is None:
                continue
            if self._agentive(work):
                work.actor = actor
            else:
                work.resolution = "unresolved"  # a place: "talks in Moscow"
            return
        for name in names:
            found = [a for a in self.registry.match_name(name) if a.type != "person"]
            if len(found) == 1:
                work.actor = found[0]
                return

    def _match_person(self, work: _Work) -> Actor | None:
        names = _by_fullness([work.name, *work.names])
        full = names[0] if names else work.name
        candidates: tuple[Actor, ...] = ()
        for name in names:
            # a fuller name that is not in the registry is someone else ("Hunter Biden"):
            # never fall back from it to a bare surname
            if len(name.split()) < len(full.split()) and len(full.split()) > 1:
                break
            candidates = tuple(a for a in self.registry.match_name(name) if a.type == "person")
            if candidates:
                break
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

    def _roles_fit(self, work: _Work, actor: Actor) -> bool:
        return any(actor in self.registry.match_title(r, on=self.on) for r in work.roles)

    def _agentive(self, work: _Work) -> bool:
        """Whether a capital or a building acts somewhere (is not only a place) in the text."""
        if not work.labels & {"GPE", "LOC"} and work.labels:
            return True  # a building ("the Kremlin", ORG/FAC) stands for who sits there
        if self.doc is None:
            return True
        for span in work.mentions:
            if self.doc.previous_word(span) not in self.data.place_prepositions:
                return True
        return False

    def _gender(self, work: _Work) -> Gender | None:
        if work.kind != "person":
            return None
        if work.actor is not None and work.actor.gender is not None:
            return work.actor.gender
        for name in _by_fullness([work.name, *work.names]):
            words = fold(name).split()
            if len(words) > 1:
                if words[0] in self.data.male_names:
                    return "male"
                if words[0] in self.data.female_names:
                    return "female"
        if self.doc is not None:
            for span in work.mentions:
                before = self.doc.previous_word(span).rstrip(".")
                if before in self.data.male_honorifics:
                    return "male"
                if before in self.data.female_honorifics:
                    return "female"
        return None

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

    # -- the walk over pronouns, titles and names -----------------------------------------

    def _walk(self, speakers: dict[str, str | None]) -> None:
        doc = self.doc
        if doc is None:
            return
        events: list[tuple[int, int, str, Span, int]] = []  # start, rank, what, span, token
        for work in self.works.values():
            for span in work.mentions:
                events.append((span.start, 0, "name:" + work.key, span, -1))
        person_tokens = self._person_tokens()
        for t in doc.tokens:
            word = t.text.lower()
            if t.pos == "PRON" and (
                self.data.pronoun_gender(word) or word in self.data.first_singular
            ):
                events.append((t.start, 1, "pronoun", t.span, t.i))
            elif word in _LATTER and t.dep not in {"amod", "compound", "advmod"}:
                if t.i > 0 and doc.tokens[t.i - 1].text.lower() == "the":
                    span = Span(doc.tokens[t.i - 1].start, t.end)
                    events.append((span.start, 1, "latter", span, t.i))
            elif word in self.data.title_heads and t.i not in person_tokens:
                found = self._title_phrase(t.i)
                if found is not None:
                    events.append((found.start, 2, "title", found, t.i))
        events.sort(key=lambda e: (e[0], e[1]))
        speaker_keys = {
            (s.speaker.span.start, s.speaker.span.end): speakers[s.id]
            for s in self.analysis.statements
            if s.speaker is not None and speakers.get(s.id) is not None
        }
        for start, _, what, span, i in events:
            del start
            if what.startswith("name:"):
                self._see(span, what[5:], named=True)
                continue
            given = speaker_keys.get((span.start, span.end))
            key: str | None
            if what == "pronoun":
                key = self._pronoun(span, i, speakers, given)
            elif what == "latter":
                key = self._latter(span, _LATTER[doc.tokens[i].text.lower()])
            else:
                key = given if given is not None else self._title(span, i)
            if key is None:
                continue
            self.resolved_at[(span.start, span.end)] = key
            work = self.works[key]
            if not any(m.overlaps(span) for m in work.mentions):
                work.mentions.append(span)
            if what != "pronoun" or doc.tokens[i].text.lower() not in self.data.first_singular:
                self._see(span, key, named=False)

    def _person_tokens(self) -> set[int]:
        """Tokens inside named mentions: a title word there is part of a name."""
        doc = self.doc
        annotation = self.analysis.annotation
        if doc is None or annotation is None:
            return set()
        inside: set[int] = set()
        for m in annotation.entities:
            if m.label in _NAME_LABELS:
                inside.update(doc.tokens_in(m.span))
        return inside

    def _see(self, span: Span, key: str, *, named: bool) -> None:
        doc = self.doc
        if doc is None:
            return
        self.history.append(
            _Seen(
                span=span,
                key=key,
                sent=doc.sentence_of(span),
                subject=doc.is_subject(span),
                main=doc.is_main_subject(span),
                named=named,
            )
        )

    def _pronoun(
        self, span: Span, i: int, speakers: dict[str, str | None], given: str | None
    ) -> str | None:
        doc = self.doc
        if doc is None:
            return None
        word = doc.tokens[i].text.lower()
        quoted_by = self._quoted_by(span, speakers)
        if word in self.data.first_singular:
            return given if given is not None else quoted_by
        gender = self.data.pronoun_gender(word)
        if given is not None and self._compatible(given, gender):
            return given
        exclude = {quoted_by} if quoted_by else set()
        token = doc.tokens[i]
        if word.endswith("self"):
            bound = self._clause_subject(i)
            if bound is not None and self._compatible(bound, gender):
                return bound
        elif token.dep in _OBJECT_DEPS:
            bound = self._clause_subject(i)
            if bound is not None:
                exclude.add(bound)  # "Biden told him": him is not Biden
        return self._antecedent(span, gender, exclude)

    def _quoted_by(self, span: Span, speakers: dict[str, str | None]) -> str | None:
        """The resolved speaker of the innermost direct quote holding ``span``."""
        best: tuple[int, str] | None = None
        for s in self.analysis.statements:
            key = speakers.get(s.id)
            if key is None or s.kind == "indirect":
                continue
            holders = s.content if s.kind == "direct" else s.quotes
            for part in holders:
                if part.contains(span) and (best is None or len(part) < best[0]):
                    best = (len(part), key)
        return best[1] if best else None

    def _clause_subject(self, i: int) -> str | None:
        """The key of the subject of the verb governing token ``i``, when it is known."""
        doc = self.doc
        if doc is None:
            return None
        verb = doc.tokens[i].head
        if doc.tokens[i].dep == "pobj":
            verb = doc.tokens[verb].head
        for c in doc.children[verb]:
            if doc.tokens[c].dep in SUBJECT_DEPS:
                at = doc.tokens[c].span
                for seen in reversed(self.history):
                    if seen.span.overlaps(at) or at.contains(seen.span):
                        return seen.key
        return None

    def _compatible(self, key: str, gender: Gender | None) -> bool:
        work = self.works.get(key)
        if work is None or work.kind != "person":
            return False
        return gender is None or work.gender is None or work.gender == gender

    def _antecedent(self, span: Span, gender: Gender | None, exclude: set[str]) -> str | None:
        """Hobbs-like choice: this sentence's nearest subject, then earlier main subjects."""
        doc = self.doc
        if doc is None:
            return None
        sent = doc.sentence_of(span)
        prior = [
            h
            for h in self.history
            if h.span.end <= span.start and h.key not in exclude and self._compatible(h.key, gender)
        ]
        same = [h for h in prior if h.sent == sent]
        for group in ([h for h in same if h.subject], same):
            if group:
                return group[-1].key
        for back in range(1, _LOOKBACK + 1):
            earlier = [h for h in prior if h.sent == sent - back]
            for group in (
                [h for h in earlier if h.main],
                [h for h in earlier if h.subject],
                earlier,
            ):
                if group:
                    return group[0].key
        return None

    def _latter(self, span: Span, which: int) -> str | None:
        """ "the latter"/"the former": the last or last-but-one actor named just before."""
        doc = self.doc
        if doc is None:
            return None
        sent = doc.sentence_of(span)
        order: list[str] = []
        for h in self.history:
            if h.named and h.span.end <= span.start and sent - _LOOKBACK <= h.sent <= sent:
                if h.key in order:
                    order.remove(h.key)
                order.append(h.key)
        persons = [k for k in order if self.works[k].kind == "person"]
        pool = persons if len(persons) >= 2 else order
        return pool[which] if len(pool) >= -which else None

    # -- role descriptions ------------------------------------------------------------------

    def _title_phrase(self, i: int) -> Span | None:
        """The definite singular noun phrase headed by title word ``i``, or None."""
        doc = self.doc
        if doc is None:
            return None
        t = doc.tokens[i]
        if t.pos not in {"NOUN", "PROPN"} or t.tag in {"NNS", "NNPS"} or t.dep == "compound":
            return None
        lo = hi = i
        definite = False
        for c in doc.children[i]:
            ct = doc.tokens[c]
            if c < i and ct.dep in _TITLE_LEFT:
                if ct.dep == "det" and ct.text.lower() in _INDEFINITE:
                    return None
                definite = definite or ct.dep in {"det", "poss"}
                lo = min(lo, doc.subtree(c)[0])
            elif c > i and ct.dep == "prep" and ct.text.lower() in {"of", "for"}:
                hi = max(hi, doc.subtree(c)[1])
        if not definite and t.dep != "appos" and not t.text[:1].isupper():
            return None
        return doc.span(lo, hi)

    def _title(self, span: Span, i: int) -> str | None:
        doc = self.doc
        if doc is None:
            return None
        t = doc.tokens[i]
        # "his Russian counterpart Vladimir Putin", "the spokesman, Dmitry Peskov"
        for c in doc.children[i]:
            if doc.tokens[c].dep == "appos":
                named = self._named_at(doc.tokens[c].span)
                if named is not None:
                    return named
        # "Peskov, press secretary of …": a role of the named head
        if t.dep == "appos":
            named = self._named_at(doc.tokens[t.head].span)
            if named is not None:
                return named
        if t.text.lower() == "counterpart":
            return self._counterpart(i)
        text = span.text(self.text)
        return self._by_article_role(text, span.start) or self._by_registry_title(text)

    def _named_at(self, at: Span) -> str | None:
        for work in self.works.values():
            if work.kind == "person" and any(m.overlaps(at) for m in work.mentions):
                return work.key
        return None

    def _by_article_role(self, text: str, offset: int) -> str | None:
        """The person this article gave the role to (apposition, title, registry role)."""
        want = set(self.registry.title_key(text))
        head = self._title_head(text)
        if not want or head is None:
            return None
        best: tuple[int, str] | None = None
        for work in self.works.values():
            if work.kind != "person":
                continue
            titles = list(work.roles)
            if work.actor is not None:
                roles = work.actor.roles_on(self.on) if self.on else work.actor.roles
                titles += [title for role in roles for title in role.all_titles]
            if not any(
                want <= set(self.registry.title_key(title)) and self._title_head(title) == head
                for title in titles
            ):
                continue
            before = [m.start for m in work.mentions if m.end <= offset]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), work.key)
        return best[1] if best else None

    def _title_head(self, title: str) -> str | None:
        """The office word of a title: "press secretary of the President" -> "secretary"."""
        words = fold(title).split()
        for cut in ("of", "for", "to"):
            if cut in words[1:]:
                words = words[: words.index(cut, 1)]
        words = [w for w in words if w not in ("s", "'s")]
        if not words:
            return None
        key = self.registry.title_key(words[-1])
        return key[-1] if key else None

    def _by_registry_title(self, text: str) -> str | None:
        holders = self.registry.match_title(text, on=self.on)
        if not holders:
            return None
        present = [a for a in holders if a.id in self.works]
        if present:
            return present[0].id
        if self.on is not None and len(holders) == 1:
            return self._ensure(holders[0])
        return None

    def _counterpart(self, i: int) -> str | None:
        doc = self.doc
        if doc is None:
            return None
        owner: str | None = None
        country: str | None = None
        for c in doc.children[i]:
            ct = doc.tokens[c]
            if ct.dep == "poss":
                owner = self.resolved_at.get((ct.start, ct.end)) or self._entity_at(ct.span)
            elif ct.dep in {"amod", "compound"} and self.registry.country_token(ct.text):
                country = ct.text
        if owner is None or country is None:
            return None
        actor = self.works[owner].actor if owner in self.works else None
        if actor is None:
            return None
        holders = self.registry.match_counterpart(actor, country, on=self.on)
        present = [a for a in holders if a.id in self.works]
        if present:
            return present[0].id
        if self.on is not None and len(holders) == 1:
            return self._ensure(holders[0])
        return None

    def _entity_at(self, at: Span) -> str | None:
        for work in self.works.values():
            if any(m.overlaps(at) for m in work.mentions):
                return work.key
        return None

    # -- statements and output ----------------------------------------------------------

    def _statement(self, s: Statement, key: str | None) -> Statement:
        if s.speaker is not None:
            at = (s.speaker.span.start, s.speaker.span.end)
            walked = self.resolved_at.get(at)
            if walked is not None and (key is None or self._pronoun_mismatch(s.speaker, key)):
                key = walked
            if key is None and s.id in self.descriptions:
                key = self._describe(s.speaker.span, self.descriptions[s.id])
            elif key is None:
                key = self._speaker_by_text(s.speaker)
        if key is None or key not in self.works:
            resolution: Resolution = "unresolved"
            return dataclasses.replace(
                s, speaker_entity=None, speaker_actor=None, speaker_resolution=resolution
            )
        if s.reported_by is None:
            self.previous_speaker = key
        work = self.works[key]
        if s.speaker is not None and not any(m.overlaps(s.speaker.span) for m in work.mentions):
            work.mentions.append(s.speaker.span)
        return dataclasses.replace(
            s,
            speaker_entity=key,
            speaker_actor=work.actor.id if work.actor is not None else None,
            speaker_resolution="registry" if work.actor is not None else "article",
        )

    def _sweep_surnames(self) -> None:
        """Surnames the language model did not tag, joined to the one full name they end."""
        doc = self.doc
        if doc is None:
            return
        owners: dict[str, list[str]] = {}
        for work in self.works.values():
            words = fold(work.name).split()
            if work.kind == "person" and len(words) > 1:
                owners.setdefault(words[-1], []).append(work.key)
        covered = [m for w in self.works.values() for m in w.mentions]
        annotation = self.analysis.annotation
        if annotation is not None:
            covered += [m.span for m in annotation.entities]
        for t in doc.tokens:
            if t.pos != "PROPN" or not t.text[:1].isupper():
                continue
            keys = owners.get(fold(t.text), [])
            if len(keys) == 1 and not any(m.overlaps(t.span) for m in covered):
                self.works[keys[0]].mentions.append(t.span)

    def _speaker_heads(self, speakers: dict[str, str | None]) -> None:
        """Point each speaker at the entity its phrase is headed by, not at a modifier.

        "Hillary Clinton's campaign manager Robby Mook" is Mook; "the Vermont senator" is
        no entity named in it (a description, resolved later); a name the language model
        missed ("Schiff said") becomes an entity of its own or joins the full name it ends.
        """
        doc = self.doc
        if doc is None:
            return
        for s in self.analysis.statements:
            if s.speaker is None:
                continue
            span = s.speaker.span
            head = doc.head_of(span)
            if head is None:
                continue
            token = doc.tokens[head]
            if token.pos == "PRON" or token.text.lower() in _LATTER:
                continue
            named = self._work_at(token.span)
            lemma = token.lemma.lower() or token.text.lower()
            described = lemma in self._description_heads or token.tag in {"NNS", "NNPS"}
            if named is not None:
                speakers[s.id] = named
            elif token.pos == "PROPN" and token.text[:1].isupper() and not described:
                speakers[s.id] = self._name_entity(head)
            elif token.pos in {"NOUN", "PROPN"}:
                given = speakers.get(s.id)
                if given in self.works and any(
                    span.contains(m) for m in self.works[given].mentions
                ):
                    speakers[s.id] = None  # a modifier ("the Vermont senator"), not the speaker
                self.descriptions[s.id] = head

    def _work_at(self, at: Span) -> str | None:
        """The entity with a named mention covering ``at`` (persons first)."""
        found = [w for w in self.works.values() if any(m.contains(at) for m in w.mentions)]
        found.sort(key=lambda w: w.kind != "person")
        return found[0].key if found else None

    def _name_entity(self, head: int) -> str:
        """The entity of a proper name the language model did not tag ("Schiff said")."""
        doc = self.doc
        if doc is None:  # pragma: no cover - only called with a parse
            raise ValueError("no parse")
        lo = head
        while lo > 0 and doc.tokens[lo - 1].pos == "PROPN" and doc.tokens[lo - 1].head == head:
            lo -= 1
        span = doc.span(lo, head)
        name = _clean(span.text(self.text))
        words = fold(name).split()
        best: tuple[int, str] | None = None
        for work in self.works.values():
            if work.kind != "person":
                continue
            have = fold(work.name).split()
            if words and have[-len(words) :] == words:
                last = max((m.start for m in work.mentions if m.start < span.start), default=-1)
                if best is None or last > best[0]:
                    best = (last, work.key)
        if best is not None:
            key = best[1]
        else:
            found = [a for a in self.registry.match_name(name)]
            if len(found) == 1:
                key = self._ensure(found[0])
            else:
                key = slugify(name)
                while key in self.registry or key in self.works:
                    key += "-x"
                kind: EntityKind = "organisation" if name.isupper() else "person"
                work = _Work(
                    key=key,
                    name=name,
                    kind=kind,
                    names=[name],
                    order=len(self.analysis.entities) + len(self.works),
                )
                self.works[key] = work
                work.gender = self._gender(work)
        work = self.works[key]
        if not any(m.overlaps(span) for m in work.mentions):
            work.mentions.append(span)
        return key

    @property
    def _description_heads(self) -> frozenset[str]:
        d = self.data
        return d.person_nouns | d.title_heads | d.document_nouns | d.organisation_nouns

    def _describe(self, span: Span, head: int) -> str | None:
        """Who a description speaker is: a title, a document's author, an organisation."""
        doc = self.doc
        if doc is None:
            return None
        token = doc.tokens[head]
        word = token.text.lower()
        lemma = token.lemma.lower() or word
        children = [doc.tokens[c] for c in doc.children[head]]
        for c in children:  # "Trump's running mate, Indiana Gov. Mike Pence"
            if c.dep == "appos":
                named = self._work_at(c.span)
                if named is not None:
                    return named
        lo, hi = doc.subtree(head)
        phrase = doc.span(lo, hi)
        if lemma in self.data.document_nouns:
            for c in children:
                if c.dep == "poss":
                    return self.resolved_at.get((c.start, c.end)) or self._entity_at(c.span)
            inside = [
                w.key
                for w in self.works.values()
                if w.kind != "country" and any(phrase.contains(m) for m in w.mentions)
            ]
            if inside:
                return inside[0]  # "a USA TODAY analysis", "a report released by the VA"
        if token.tag in {"NNS", "NNPS"} or any(
            c.dep == "det" and c.text.lower() in _INDEFINITE for c in children
        ):
            return None  # "officials", "a source": nobody in particular
        if not any(c.dep in {"det", "poss"} for c in children):
            if token.sent == 0 and lemma in self.data.person_nouns | self.data.title_heads:
                return self._headline_subject()  # "Lawmaker urges …": cataphora
            return None
        if lemma in self.data.document_nouns:
            return self.previous_speaker
        if lemma in self.data.organisation_nouns:
            for c in children:  # "the Obama administration": the office holder's government
                if c.dep in {"compound", "poss"}:
                    owner = self._entity_at(c.span)
                    actor = self.works[owner].actor if owner in self.works else None
                    org = _office_org(actor, self.on)
                    if org is not None and org in self.registry:
                        return self._ensure(self.registry.by_id(org))
            for seen in reversed(self.history):
                work = self.works[seen.key]
                if seen.span.end <= span.start and work.kind not in {"person", "country"}:
                    return seen.key
            return None
        if lemma in self.data.person_nouns or lemma in self.data.title_heads:
            key = self._title(span, head) if lemma in self.data.title_heads else None
            if key is None:
                gender: Gender | None = None
                if word.endswith("woman"):
                    gender = "female"
                elif word.endswith("man") and not word.endswith("woman"):
                    gender = "male"
                key = self._antecedent(span, gender, set())
            return key
        return None

    def _headline_subject(self) -> str | None:
        """The first person heard of as a subject in the sentences after a headline."""
        for seen in self.history:
            if 1 <= seen.sent <= 3 and seen.subject and self.works[seen.key].kind == "person":
                return seen.key
        return None

    def _pronoun_mismatch(self, speaker: Mention, key: str) -> bool:
        gender = self.data.pronoun_gender(speaker.text.strip())
        return gender is not None and not self._compatible(key, gender)

    def _speaker_by_text(self, speaker: Mention) -> str | None:
        """A speaker no entity covers: a name, a metonym or a title the registry knows."""
        text = speaker.text
        metonym = self.registry.match_metonym(text)
        if metonym is not None:
            return self._ensure(metonym)
        names = self.registry.match_name(text)
        if len(names) == 1:
            return self._ensure(names[0])
        return self._by_article_role(text, speaker.span.start) or self._by_registry_title(text)

    def _entity(self, work: _Work) -> Entity:
        actor = work.actor
        return Entity(
            id=work.key,
            name=work.name,
            kind=work.kind,
            mentions=tuple(sorted(set(work.mentions))),
            roles=tuple(work.roles),
            actor_id=actor.id if actor is not None else None,
            code=actor.code if actor is not None else None,
            resolution=work.resolution,
        )


def _office_org(actor: Actor | None, on: date | None) -> str | None:
    """The body whose office ``actor`` held on ``on`` (or most recently)."""
    if actor is None:
        return None
    roles = [r for r in (actor.roles_on(on) if on else ()) if r.org] or [
        r for r in actor.roles if r.org
    ]
    return roles[0].org if roles else None


def _subsequence(part: list[str], whole: list[str]) -> bool:
    """Whether the words of ``part`` occur in ``whole`` in order (and ``part`` has some)."""
    it = iter(whole)
    return bool(part) and all(any(w == x for x in it) for w in part)


def _fullness(name: str) -> tuple[int, int]:
    return len(name.split()), len(name)


def _by_fullness(names: Iterable[str]) -> list[str]:
    """Distinct cleaned names, fullest first."""
    cleaned = {_clean(n) for n in names}
    return sorted((n for n in cleaned if n), key=lambda n: (-_fullness(n)[0], -_fullness(n)[1], n))


def _clean(name: str) -> str:
    name = name.strip()
    for suffix in ("’s", "'s", "’", "'"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip()
