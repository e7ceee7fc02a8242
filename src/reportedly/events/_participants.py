"""An event's participants: target choice (the actors themselves: ``_actor_sides``)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

# re-exported: the modules that pick sides import the actor builder from here
from reportedly.events._actor_sides import _Actors as _Actors
from reportedly.events._actor_sides import _same_actor as _same_actor
from reportedly.events._match import Match
from reportedly.events._tree import NON_ACTOR_LABELS, NOUN_POS, Sentence, is_actor_like
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import EventActor
from reportedly.model import Token


def _target_candidates(
    sentence: Sentence, match: Match, chain: list[Token], lexicon: EventLexicon
) -> list[Token]:
    heads = [*match.trigger]
    if match.noun is not None:
        heads.append(match.noun)
    if match.complement is not None:
        heads.append(match.complement)
    if match.inner is not None:
        heads.extend(match.inner.trigger)
    for below, token in pairwise(chain):
        if token in heads:
            continue
        if below.dep == "conj" and _objects(sentence, heads, match, lexicon):
            break  # "thanked Xi … and blasted Washington's policies": the other verb's object
        heads.append(token)
    # a phrase that ends in its preposition names its target there ("lined up behind him")
    ending = [
        pobj
        for t in match.trigger
        if t.dep == "prep" and t.lemma.lower() in lexicon.target_preps
        for pobj in sentence.children(t, "pobj")
    ]
    return [*_objects(sentence, heads, match, lexicon), *ending, *_shared_objects(sentence, match)]


def _shared_objects(sentence: Sentence, match: Match) -> list[Token]:
    """The object a verb with none of its own shares with the verb joined right after it
    ("shell and bomb Ukrainian cities", "attacked and captured the town"): only where the
    two stand side by side, so that the object is plainly both verbs'."""
    verb = match.trigger[0]
    if verb.pos != "VERB" or sentence.children(verb, "dobj", "dative"):
        return []
    joiner = sentence.tokens.get(verb.i + 1)
    if joiner is None or joiner.dep != "cc" or joiner.lemma.lower() not in ("and", "or"):
        return []
    return [
        obj
        for other in sentence.children(verb, "conj")
        if other.i == verb.i + 2 and other.pos == "VERB"
        for obj in sentence.children(other, "dobj")
    ]


def _clause_targets(sentence: Sentence, match: Match, lexicon: EventLexicon) -> list[Token]:
    """The objects of the infinitive a trigger governs ("agreed to provide Sri Lanka with",
    "refused to meet X"): where the trigger's own objects name no target."""
    heads = [c for t in match.trigger for c in sentence.children(t, "xcomp")]
    return _objects(sentence, heads, match, lexicon)


def _objects(
    sentence: Sentence, heads: list[Token], match: Match, lexicon: EventLexicon
) -> list[Token]:
    found: list[Token] = []
    for head in heads:
        found.extend(sentence.children(head, "dobj", "dative"))
        for prep in sentence.children(head, "prep", "prt"):
            # "defended his record against ISIS": one supports X against a rival, not the rival
            if match.rule.type == "SUPPORT" and prep.lemma.lower() == "against":
                continue
            if prep.lemma.lower() in lexicon.target_preps:
                found.extend(sentence.children(prep, "pobj"))
        if match.rule.type == "REQUEST" or head.lemma.lower() in lexicon.helping_verbs:
            for clause in sentence.children(head, "ccomp", "xcomp"):
                found.extend(sentence.children(clause, "nsubj"))
    return found


def _pick_target(
    sentence: Sentence,
    candidates: list[Token],
    actors: _Actors,
    source: EventActor | None,
    people: frozenset[str],
    type_: str,
) -> EventActor | None:
    def fits(actor: EventActor) -> bool:
        return not _same_actor(actor, source)

    candidates = [c for c in candidates if not sentence.in_dateline(c)]
    for candidate in candidates:
        if (
            is_actor_like(candidate)
            or actors.resolves(candidate.text)
            or actors.mentioned(sentence, candidate) is not None
        ):
            actor = actors.from_token(sentence, candidate)
            if fits(actor):
                return actor

    def own_side(actor: EventActor, token: Token) -> bool:
        # deep inside an object, the source's own side is not the target ("withdraw Russian
        # troops"); a named person of it is ("called for the impeachment of Loretta Lynch")
        return (
            source is not None
            and actor.code is not None
            and actor.code == source.code
            and token.ent_type != "PERSON"
        )

    for candidate in candidates:
        for token in _settled_owners(sentence, candidate, actors):
            # a person or body the pronoun stands for, of whatever side ("admires his
            # determination": Sanders, of the speaker's own country)
            actor = actors.from_token(sentence, token)
            if fits(actor):
                return actor
        for token in [*_nearest_actors(sentence, candidate), *_doers(sentence, candidate)]:
            if type_ == "SUPPORT" and _rival(sentence, token, candidate):
                continue
            actor = actors.from_token(sentence, token)
            if fits(actor) and not own_side(actor, token):
                return actor
    for candidate in candidates:
        # "Russian central bank assets": the whole phrase, read as one, names the actor
        core = actors.from_span(sentence.phrase(candidate, preps=False))
        if core.code is not None and fits(core):
            return core
        for token in sentence.breadth_first(candidate, into_clauses=False):
            if token.ent_type == "NORP":
                actor = actors.from_token(sentence, token)
                if fits(actor) and not own_side(actor, token):
                    return actor
    if type_ in ("RETREAT", "REJECT", "MOBILIZE", "AGREE", "CONCEDE"):
        return None  # "withdraw its troops": the troops are what moves, not a recipient
    for candidate in candidates:
        for token in sentence.breadth_first(candidate, into_clauses=False):
            if token.lemma.lower() in people and not (
                type_ == "SUPPORT" and _rival(sentence, token, candidate)
            ):
                return actors.from_token(sentence, candidate)
    return None


def _settled_owners(sentence: Sentence, noun: Token, actors: _Actors) -> list[Token]:
    """The possessive pronoun of an object that the actors stage settled to a coded actor:
    whose thing the act is done to ("called for her ouster", "admires his determination")."""
    return [
        kid
        for kid in sentence.children(noun, "poss")
        if kid.tag == "PRP$" and actors.mentioned(sentence, kid) is not None
    ]


def _rival(sentence: Sentence, token: Token, top: Token) -> bool:
    """ "defended his record against ISIS": ``token`` is named under an "against" inside
    ``top``, the side supported against, not the one supported."""
    for head in sentence.ancestors(token):
        if head.i == top.i:
            return False
        if head.dep == "prep" and head.lemma.lower() == "against":
            return True
    return False


def noun_owner(sentence: Sentence, noun: Token) -> Token | None:
    """Whose act an event noun is: its possessor ("Russia's invasion") or its nationality
    adjective or name ("the Russian offensive", "the Taliban attack")."""
    for kid in sentence.children(noun, "poss"):
        if is_actor_like(kid):
            return kid
    for kid in sentence.children(noun, "amod", "compound"):
        if kid.ent_type in ("NORP", "GPE", "ORG") or (kid.pos == "PROPN" and is_actor_like(kid)):
            return kid
    return None


def _nearest_actors(sentence: Sentence, top: Token) -> list[Token]:
    """The tokens under ``top`` (not in its clauses) that can name an actor, nearest first; at
    one depth a noun before an adjective ("his Russian counterpart Vladimir Putin": Putin),
    an adjective before a deeper noun ("an Armenian proposal on … Karabakh": Armenian)."""
    depth = {top.i: 0}
    found: list[tuple[int, int, int, Token]] = []
    for token in sentence.breadth_first(top, into_clauses=False):
        head = sentence.head(token)
        if token.i != top.i and head is not None:
            depth[token.i] = depth.get(head.i, 0) + 1
        noun = token.pos in NOUN_POS
        named = (noun or token.ent_type == "NORP") and is_actor_like(token)
        if named and _name_part(sentence, token):
            continue  # "Justice" of "the Justice Department": the name's head reads it whole
        if named and not sentence.in_dateline(token):
            found.append((depth[token.i], not noun, token.i, token))
    return [t for *_, t in sorted(found, key=lambda f: f[:3])]


def reported_it(
    sentence: Sentence, pronoun: Token, speaking: list[Token], actors: _Actors
) -> EventActor | None:
    """The coded state or body an "it" in reported words stands for, under the pronoun's
    words: the nearest subject before it that names one and is not the speaker ("officials
    said Russia had violated the ceasefire it declared", "Austin said: we want Russia
    weakened so that it can't")."""
    if pronoun.lemma.lower() not in ("it", "its"):
        return None
    speakers = {t.i for s in speaking for t in sentence.subtree(s)}
    for token in reversed([t for t in sentence if t.i < pronoun.i]):
        if token.i in speakers or token.dep not in ("nsubj", "nsubjpass"):
            continue
        if is_actor_like(token) and token.ent_type != "PERSON":
            actor = actors.from_token(sentence, token)
            if actor.code is None:
                return None
            return replace(actor, text=pronoun.text, span=pronoun.span)
    return None


def _name_part(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` is a word inside a longer proper name (a compound of a proper noun),
    whose own phrase would cut the name."""
    head = sentence.head(token)
    return token.dep == "compound" and head is not None and head.pos == "PROPN"


def _doers(sentence: Sentence, noun: Token) -> list[Token]:
    """The actors named as the doer of a noun's participle ("the war unleashed by Russia",
    "the threats made by the United States"): whose act the object is."""
    return [
        doer
        for clause in sentence.children(noun, "acl")
        for agent in sentence.children(clause, "agent")
        for doer in sentence.children(agent, "pobj")
        if is_actor_like(doer) and not sentence.in_dateline(doer)
    ]


def object_target(
    sentence: Sentence,
    candidates: list[Token],
    actors: _Actors,
    source: EventActor | None,
    type_: str,
    noun: Token | None = None,
) -> EventActor | None:
    """Where no actor (nor an actor's place) is the target: the object an accusation,
    assault, coercion, rejection, threat or sanction is done to, named by no actor
    ("condemned the attack", "rejected the referendum", "detained 12 suspects": PLV's
    reading), or the object of a noun rule's event noun ("launched an investigation into the
    deal")."""
    if type_ not in _OBJECT_TARGETS:
        return None
    for candidate in candidates:
        if (
            candidate.dep in ("dobj", "dative") or _noun_object(sentence, candidate, noun)
        ) and _patient(sentence, candidate):
            actor = actors.from_token(sentence, candidate)
            if not _same_actor(actor, source):
                return actor
    return None


# Types whose object is what the act is done to; not MOBILIZE, RETREAT or AGREE ("mobilized
# the army", "withdrew peacekeepers", "accepted a formula": the source's own, what moves, or
# a thing agreed on; docs/events.md leaves those without a target)
_OBJECT_TARGETS = frozenset({"ACCUSE", "ASSAULT", "COERCE", "REJECT", "THREATEN", "SANCTION"})


def _noun_object(sentence: Sentence, token: Token, noun: Token | None) -> bool:
    """Whether ``token`` is the prepositional object of the event noun ``noun``."""
    if noun is None or token.dep != "pobj":
        return False
    prep = sentence.head(token)
    return prep is not None and sentence.head(prep) == noun


def _patient(sentence: Sentence, token: Token) -> bool:
    """Whether an object can be a target: a noun that is not a number, date or amount, and
    not the source's own ("withdraw its troops", "lay down their weapons")."""
    if token.pos not in ("NOUN", "PROPN") or token.ent_type in NON_ACTOR_LABELS:
        return False
    return not any(kid.pos == "PRON" for kid in sentence.children(token, "poss"))


# Acts two parties do together ("signed a deal", "exchanged prisoners", "held talks")
TWO_SIDED = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "RETREAT"})
