"""Concern: an actor's stated concern about another actor's act codes its criticism.

"The US is deeply concerned about the increase in repressive measures by Russian occupying
authorities", "Blinken raised concerns over Beijing's alignment with Moscow", "Europe is
concerned that China is backing Russia": no verb of criticism, yet the concerned actor
criticises the doer (ACCUSE, docs/events-gold.md "a statement's stance"). Who is concerned
is the subject of the predicate adjective or of the verb that voices the concern noun ("we"
in a quote: its speaker). What about: the doer of the act noun a "about"/"over" phrase names
(its possessor, "by" agent, "of" agent or entity modifier, never the noun itself: "concerned
about Ukraine" worries for it), or the subject of a "that" clause told as done. Words are
data (``stance.yaml``, ``concern``). No event where the concern is negated or conditional,
the act is hedged ("possible aggression"), told in a modal or future clause ("concerned that
Russia could invade") or as a gerund ("concerned about Russia using nuclear weapons"), or
the doer is no coded actor or the holder's own side.
"""

from __future__ import annotations

from reportedly.events._clause import _conditional
from reportedly.events._participants import _Actors, _same_actor
from reportedly.events._statement_frames import _Frame, accuse_event, lemma_key, statement_frame
from reportedly.events._tree import Sentence
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event, EventActor
from reportedly.events.stance import _negated
from reportedly.model import Span, Statement, Token

_COPULAS = frozenset({"be", "remain", "seem", "become", "grow", "get", "appear", "feel"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _holder(sentence: Sentence, word: Token, lexicon: EventLexicon) -> Token | None:
    """Who is concerned: the subject of "is concerned" or of "voiced concern"."""
    passive = sentence.subjects(word, "nsubjpass") if word.pos == "VERB" else []
    if passive and any(lemma_key(k) == "be" for k in sentence.children(word, "auxpass")):
        return passive[-1]  # "NATO is alarmed by ..."
    head = sentence.head(word)
    if head is None or head.i == word.i:
        return None
    predicate = word.pos in ("ADJ", "VERB") and word.dep == "acomp"
    voiced = word.pos == "NOUN" and word.dep == "dobj"
    if not (predicate and lemma_key(head) in _COPULAS) and not (
        voiced and lemma_key(head) in lexicon.stance.concern_verbs
    ):
        return None  # "is concerned", "voiced concern"
    subjects = sentence.subjects(head, "nsubj")
    shared = sentence.head(head)
    if not subjects and head.dep == "conj" and shared is not None:
        subjects = sentence.subjects(shared, "nsubj")  # "Blinken met Wang and raised concerns"
    return subjects[-1] if subjects else None


def _told_as_done(sentence: Sentence, verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a clause's verb tells its act as done, not as possible or to come."""
    for kid in sentence.children(verb, "aux", "neg"):
        key = lemma_key(kid)
        if kid.dep == "neg" or key in lexicon.hypothetical_modals:
            return False
        if key in lexicon.future_auxiliaries or kid.text.lower() in lexicon.future_auxiliaries:
            return False
    return not sentence.children(verb, "mark") or all(
        lemma_key(m) == "that" for m in sentence.children(verb, "mark")
    )


def _act_doers(sentence: Sentence, noun: Token, lexicon: EventLexicon) -> list[Token]:
    """The tokens that may name whose act ``noun`` is, best first."""
    stance = lexicon.stance
    if lemma_key(noun) in stance.concern_for:
        return []  # "concerned about the fate of Ukrainians": worry for them, no criticism
    if any(lemma_key(k) in stance.hedges for k in sentence.children(noun)):
        return []  # "possible aggression": no act named as done
    if any(k.tag == "VBG" for k in sentence.children(noun, "acl")):
        return []  # "about Russia using nuclear weapons": a fear of what may be done
    found = list(sentence.children(noun, "poss"))
    for prep in sentence.children(noun, "prep"):
        key = lemma_key(prep)
        if key == "by" or (key == "of" and lemma_key(noun) not in stance.of_victims):
            found.extend(sentence.children(prep, "pobj"))
    found.extend(
        k for k in sentence.children(noun, "amod", "compound") if k.ent_type in stance.actor_labels
    )
    return found


def _about(sentence: Sentence, word: Token, lexicon: EventLexicon) -> tuple[list[Token], str]:
    """(doer candidates, mode) of what the concern is about."""
    stance = lexicon.stance
    owners = [word]
    head = sentence.head(word)
    if head is not None and head.i != word.i and word.dep != "ROOT":
        owners.append(head)  # "raised concerns over", "is concerned by" hung on the verb
    for owner in owners:
        for prep in sentence.children(owner, "prep", "agent"):
            if lemma_key(prep) not in stance.concern_preps:
                continue
            for noun in sentence.children(prep, "pobj"):
                if noun.pos in _NOUNS:
                    return _act_doers(sentence, noun, lexicon), "disapprove"
        for clause in sentence.children(owner, "ccomp"):
            if clause.pos in ("VERB", "AUX") and _told_as_done(sentence, clause, lexicon):
                return sentence.subjects(clause, "nsubj"), "allege"
    return [], "disapprove"


def _source(
    sentence: Sentence,
    word: Token,
    holder: Token,
    statements: tuple[Statement, ...],
    actors: _Actors,
    lexicon: EventLexicon,
) -> _Frame | None:
    """The concerned actor as a frame; "we" in a quote stands for its speaker."""
    own = frozenset(t.i for t in sentence.subtree(holder))
    if any(t.text.lower() in lexicon.poll_words for t in sentence.subtree(holder)):
        return None  # "66 percent say they are concerned": a poll, no actor
    if lemma_key(holder) in lexicon.first_person:
        frame = statement_frame(sentence, word, statements, actors, lexicon)
        if frame is None:
            return None
        return _Frame(frame.speaker, frame.content, frame.statement, own)
    actor = actors.from_token(sentence, holder)
    content = frozenset(t.i for t in sentence) - own
    return _Frame(actor, content, None, own)


def concern_events(
    sentence: Sentence,
    *,
    article_id: str,
    statements: tuple[Statement, ...],
    coded: list[Event],
    actors: _Actors,
    lexicon: EventLexicon,
) -> list[Event]:
    """The ACCUSE event of the first concern about an actor's act in ``sentence`` (none
    where the sentence already has an ACCUSE)."""
    stance = lexicon.stance
    if not stance.concern_words or any(e.type == "ACCUSE" for e in coded):
        return []
    for word in sentence:
        if lemma_key(word) not in stance.concern_words:
            continue
        holder = _holder(sentence, word, lexicon)
        if holder is None:
            continue
        if _negated(sentence, [word], lexicon.negators) or _conditional(sentence, word, lexicon):
            continue
        doers, mode = _about(sentence, word, lexicon)
        if not doers:
            continue
        frame = _source(sentence, word, holder, statements, actors, lexicon)
        if frame is None or frame.speaker.code is None:
            continue
        target = _target(sentence, doers, frame, actors, lexicon)
        if target is None:
            continue
        trigger = Span(word.start, word.end)
        rule = f"concern:{lemma_key(word)}"
        return [
            accuse_event(
                sentence,
                frame,
                article_id=article_id,
                mode=mode,
                target=target,
                trigger=trigger,
                rule=rule,
            )
        ]
    return []


def _target(
    sentence: Sentence,
    doers: list[Token],
    frame: _Frame,
    actors: _Actors,
    lexicon: EventLexicon,
) -> EventActor | None:
    """The coded actor the first fitting doer names, not the concerned actor's own side."""
    for doer in doers:
        if doer.i in frame.speaker_tokens or lemma_key(doer) in lexicon.first_person:
            return None
        if lemma_key(doer) in lexicon.not_actors:
            continue
        actor = actors.from_token(sentence, doer)
        if actor.code is None:
            continue
        if _same_actor(actor, frame.speaker) or actor.code == frame.speaker.code:
            return None
        return actor
    return None
