"""Reactions reported: "X's remarks drew criticism from Y" codes Y's ACCUSE of X.

"The shocking statement of the Russian patriarch caused the outrage of Ukraine", "Orban faced
sharp criticism from the European Union", "Putin's speech was met with condemnation from
NATO": the critic is the "from"/"of"/"in"/"among" object of a criticism noun that the
criticised (or its act) drew, faced or was met with (PLV's "faces criticism from" rows; the
gold's ACCUSE from the critic). Words are data (``stance.yaml``, ``reaction``). No event
where the verb is negated, conditional or under a modal, or either side is no actor.
"""

from __future__ import annotations

from reportedly.events._clause import _conditional
from reportedly.events._participants import _Actors, _same_actor
from reportedly.events._statement_frames import lemma_key
from reportedly.events._tree import Sentence, is_actor_like
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event, EventActor
from reportedly.model import Span, Statement, Token

# "was met with condemnation", "came under criticism"
_REACTION_PREPS = frozenset({"with", "under"})


def _verb_of(sentence: Sentence, noun: Token, verbs: frozenset[str]) -> Token | None:
    """The verb that makes ``noun`` a reaction to its subject: its object ("drew
    criticism") or the object of its "with"/"under" ("was met with condemnation")."""
    head = sentence.head(noun)
    if head is None:
        return None
    if noun.dep == "dobj" and lemma_key(head) in verbs:
        return head
    verb = sentence.head(head)
    if (
        noun.dep == "pobj"
        and lemma_key(head) in _REACTION_PREPS
        and verb is not None
        and lemma_key(verb) in verbs
    ):
        return verb
    return None


def _actor(sentence: Sentence, token: Token, actors: _Actors) -> EventActor | None:
    actor = actors.from_token(sentence, token)
    if actor.code is not None or is_actor_like(token):
        return actor
    return None


def _criticised(
    sentence: Sentence, verb: Token, actors: _Actors, labels: frozenset[str]
) -> EventActor | None:
    """Who drew the reaction: the subject when it names an actor, else whose act the subject
    is (its possessor, "of" or "by" object, or an entity compound or adjective)."""
    for subject in sentence.subjects(verb, "nsubj", "nsubjpass"):
        if subject.pos == "PRON":
            return None
        actor = _actor(sentence, subject, actors)
        if actor is not None:
            return actor
        owners = list(sentence.children(subject, "poss"))
        owners.extend(
            o
            for prep in sentence.children(subject, "prep")
            if lemma_key(prep) in ("of", "by")
            for o in sentence.children(prep, "pobj")
        )
        owners.extend(
            k for k in sentence.children(subject, "compound", "amod") if k.ent_type in labels
        )
        for owner in owners:
            actor = _actor(sentence, owner, actors)
            if actor is not None:
                return actor
    return None


def reaction_events(
    sentence: Sentence,
    *,
    article_id: str,
    statements: tuple[Statement, ...],
    coded: list[Event],
    actors: _Actors,
    lexicon: EventLexicon,
) -> list[Event]:
    """The ACCUSE of the first reported reaction in ``sentence`` (none where the sentence
    already has an ACCUSE)."""
    stance = lexicon.stance
    if not stance.reaction_nouns or any(e.type == "ACCUSE" for e in coded):
        return []
    for noun in sentence:
        if lemma_key(noun) not in stance.reaction_nouns or noun.pos != "NOUN":
            continue
        verb = _verb_of(sentence, noun, stance.reaction_verbs)
        if verb is None or _conditional(sentence, verb, lexicon):
            continue
        if any(
            kid.dep == "neg" or lemma_key(kid) in lexicon.hypothetical_modals
            for kid in sentence.children(verb)
        ):
            continue
        # "criticism from Y", or hung on the verb: "drew criticism from Y"
        critics = [
            o
            for head in (noun, verb)
            for prep in sentence.children(head, "prep")
            if lemma_key(prep) in stance.reaction_preps
            for o in sentence.children(prep, "pobj")
        ]
        source = next((a for c in critics if (a := _actor(sentence, c, actors)) is not None), None)
        target = _criticised(sentence, verb, actors, stance.actor_labels)
        if source is None or target is None or _same_actor(source, target):
            continue
        trigger = Span(noun.start, noun.end)
        return [
            Event(
                id=Event.make_id(article_id, "ACCUSE", trigger),
                type="ACCUSE",
                mode="disapprove",
                source=source,
                target=target,
                evidence=sentence.evidence,
                trigger=trigger,
                statement=None,
                modality="asserted",
                cameo="111",
                rule=f"reaction:{lemma_key(noun)}",
                confidence=0.55 if source.code is not None else 0.35,
            )
        ]
    return []
