"""An event's sides as actors: built from tokens, statements, the actors stage's mentions and
the resolver."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from itertools import islice

from reportedly.events._tree import Sentence
from reportedly.events.actors import ActorResolver, ResolvedActor
from reportedly.events.model import EventActor
from reportedly.model import Entity, Span, Statement, Token

# a middle initial between a first name and a surname ("Harry M. Reid", "George W. Bush")
_MIDDLE_INITIAL = re.compile(r"(?<=[a-z]) [A-Z]\. (?=[A-Z][a-z])")


class _Actors:
    """Builds :class:`EventActor` records from tokens, statements and the resolver."""

    def __init__(
        self,
        text: str,
        resolver: ActorResolver | None,
        on: date | None,
        entities: tuple[Entity, ...] = (),
        member_nouns: frozenset[str] = frozenset(),
        leaning_words: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.resolver = resolver
        self.on = on
        self.leaning = (
            re.compile(rf"\b[\w.]+-(?:{'|'.join(sorted(leaning_words))})\b", re.I)
            if leaning_words
            else None
        )
        named = tuple(self._named(e) for e in entities)
        # the entities coded here by their name: their mentions read as the entity everywhere
        self.named = {e.id for e, n in zip(entities, named, strict=True) if e is not n}
        entities = named
        self.entities = {e.id: e for e in entities}
        self.kinds = {e.actor_id or e.id: e.kind for e in entities}
        self.member_nouns = member_nouns
        # the actors stage's answer for every mention it settled: "he", "the minister"
        self.mentions = sorted(
            ((m, e) for e in entities if e.code for m in e.mentions), key=lambda me: me[0]
        )
        self.starts = [m.start for m, _ in self.mentions]

    def _named(self, entity: Entity) -> Entity:
        """``entity`` with the code its name resolves to where the actors stage gave none: a
        person the registry lacks but the alias table knows ("she" of Hillary Clinton), so
        that every mention the stage settled to it is coded."""
        if entity.code or self.resolver is None:
            return entity
        found = self._resolve(entity.name)
        if found is None or found.code is None:
            return entity
        code = f"{found.code} {found.sector}" if found.sector else found.code
        return replace(entity, code=code, actor_id=entity.actor_id or found.id)

    def from_span(self, span: Span, head: Span | None = None) -> EventActor:
        """The actor of the words at ``span``: the resolver's, else (or where it gives no
        code) the actors stage's for a mention inside ``span`` that holds ``head`` (or, with
        no head, ends where ``span`` ends)."""
        words = span.text(self.text)
        found = self._resolve(words)
        if found is None or found.code is None or self.named:
            entity = self._mentioned(span, head)
            # "Clinton" of an entity coded by its name "Hillary Clinton" is that entity, as
            # her "her" is (the words alone may name another Clinton)
            if entity is not None and (
                found is None or found.code is None or entity.id in self.named
            ):
                return _entity_actor(words, span, entity)
        return _actor(words, span, found)

    def from_token(self, sentence: Sentence, token: Token) -> EventActor:
        """The actor of the phrase ``token`` heads; people who act for someone ("its
        fighters", "its troops") with no code of their own take their owner's."""
        actor = self.from_span(sentence.phrase(token), token.span)
        if actor.code is None and token.lemma.lower() in self.member_nouns:
            owner = self._owner(sentence, token)
            if owner is not None and owner.code is not None:
                return replace(owner, text=actor.text, span=actor.span)
        return actor

    def _owner(self, sentence: Sentence, token: Token) -> EventActor | None:
        """The actor that possesses ``token`` ("its", which the actors stage resolved)."""
        owners = sentence.children(token, "poss")
        return self.from_token(sentence, owners[0]) if owners else None

    def agrees(self, pronoun: str, actor: EventActor) -> bool:
        """Whether ``pronoun`` may stand for ``actor`` as far as the actors stage knows its
        kind: "it" is no person. ("he" of a speaker resolved to a country is kept: the
        country of a person the stage could not name, "the Australian prime minister".)"""
        return pronoun not in {"it", "its"} or self.kinds.get(actor.actor_id or "") != "person"

    def mentioned(self, sentence: Sentence, token: Token) -> EventActor | None:
        """The coded actor the actors stage resolved the phrase ``token`` heads to, if any."""
        span = sentence.phrase(token)
        entity = self._mentioned(span, token.span)
        return None if entity is None else _entity_actor(span.text(self.text), span, entity)

    def _mentioned(self, span: Span, head: Span | None) -> Entity | None:
        # mentions are sorted by start: none before the span's start can be inside it
        first = bisect_left(self.starts, span.start)
        for mention, entity in islice(self.mentions, first, None):
            if mention.start > span.end:
                break
            inside = span.start <= mention.start and mention.end <= span.end
            if inside and (mention.contains(head) if head else mention.end == span.end):
                return entity
        return None

    def from_statement(self, statement: Statement) -> EventActor | None:
        if statement.speaker is None:
            return None
        mention = statement.speaker
        entity = self.entities.get(statement.speaker_entity or "")
        if entity is not None and entity.code:
            # the actors stage already settled who "he" or "the press secretary" is
            return _entity_actor(mention.text, mention.span, entity)
        found = self._resolve(mention.text)
        if found is None and statement.speaker_entity:
            found = self._resolve(statement.speaker_entity.replace("-", " ").replace("_", " "))
        return _actor(mention.text, mention.span, found)

    def resolves(self, words: str) -> bool:
        """Whether ``words`` alone name a known actor."""
        return self._resolve(words) is not None

    def _resolve(self, words: str) -> ResolvedActor | None:
        if self.leaning is not None:
            words = self.leaning.sub(" ", words)  # "a Russia-friendly president": no Russian
        if self.resolver is None or not words.strip():
            return None
        found = self.resolver.resolve(words, on=self.on)
        if found is None and _MIDDLE_INITIAL.search(words):
            # "Harry M. Reid": the tables list people without their middle initial
            found = self.resolver.resolve(_MIDDLE_INITIAL.sub(" ", words), on=self.on)
        return found


def _actor(words: str, span: Span, found: ResolvedActor | None) -> EventActor:
    if found is None:
        return EventActor(text=words, span=span)
    return EventActor(
        text=words,
        span=span,
        actor_id=found.id,
        name=found.name,
        code=found.code,
        sector=found.sector,
    )


def _entity_actor(words: str, span: Span, entity: Entity) -> EventActor:
    code, sector = ResolvedActor.split_code(entity.code)
    return EventActor(
        text=words,
        span=span,
        actor_id=entity.actor_id or entity.id,
        name=entity.name,
        code=code,
        sector=sector,
    )


def _same_actor(a: EventActor | None, b: EventActor | None) -> bool:
    if a is None or b is None:
        return False
    if a.span is not None and b.span is not None and a.span.overlaps(b.span):
        return True
    return a.actor_id is not None and a.actor_id == b.actor_id
