"""Who does an infinitive: the object of the verb over it, or the subject of a passive one;
and whose necessity an obligation states."""

from __future__ import annotations

from reportedly.events._tree import Sentence, is_actor_like
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Token


def _passive_controller(
    sentence: Sentence, below: Token | None, verb: Token, lexicon: EventLexicon
) -> bool:
    """Whether a passive ``verb``'s subject does the infinitive ``below`` ("the community was
    forced to impose sanctions", "troops were ordered to withdraw"): the party forced or
    asked, as in the active. Not under a reporting or belief verb ("is said / believed /
    expected to have attacked": nobody is said to do it)."""
    if not _infinitive_below(sentence, below, verb):
        return False
    lemma = verb.lemma.lower()
    reporting = (
        lexicon.speech_verbs,
        lexicon.belief_verbs,
        lexicon.alleging_verbs,
        lexicon.verb_only_reporting,
    )
    return not any(lemma in words for words in reporting)


def _object_controller(
    sentence: Sentence, below: Token | None, verb: Token, lexicon: EventLexicon
) -> Token | None:
    """The object that does ``verb``'s infinitive ("asked Congress to approve the aid",
    "called on NATO to close the sky", "forced Kyiv to retreat"): the party asked, not the
    asker; subject-control verbs ("promised Kyiv to deliver tanks") keep their subject."""
    if not _infinitive_below(sentence, below, verb):
        return None
    if verb.lemma.lower() in lexicon.subject_control_verbs:
        return None
    objects = sentence.children(verb, "dobj") + [
        o
        for p in sentence.children(verb, "prep", "prt")
        if p.lemma.lower() in ("on", "upon")
        for o in sentence.children(p, "pobj")
    ]
    return next(
        (
            o
            for o in objects
            if is_actor_like(o) or o.tag == "PRP" or o.lemma.lower() in lexicon.people_nouns
        ),
        None,
    )


def _infinitive_below(sentence: Sentence, below: Token | None, verb: Token) -> bool:
    """Whether ``below`` is a "to" infinitive complement of ``verb`` ("forced Kyiv to retreat")."""
    return (
        below is not None
        and below.dep == "xcomp"
        and sentence.head(below) is verb
        and _to_infinitive(sentence, below)
    )


def _to_infinitive(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` is a "to" infinitive (it has "to" among its auxiliaries)."""
    return any(a.lemma.lower() == "to" for a in sentence.children(token, "aux"))


def own_necessity(sentence: Sentence, clause: Token) -> bool:
    """Whether the doer of an obligation is the subject of the verb its clause completes
    ("Moscow decides it needs to cut its losses", "Biden said he must go"): the doer's own
    necessity, told of, which demands nothing of anyone."""
    doer = next(iter(sentence.children(clause, "nsubj")), None)
    outer_verb = sentence.head(clause) if clause.dep == "ccomp" else None
    if doer is None or outer_verb is None or doer.lemma.lower() not in ("it", "he", "she"):
        return False
    outer = next(iter(sentence.children(outer_verb, "nsubj")), None)
    if outer is None or outer.pos not in ("NOUN", "PROPN") or outer.tag in ("NNS", "NNPS"):
        return False
    return (outer.ent_type == "PERSON") == (doer.lemma.lower() != "it")


def no_obligation(sentence: Sentence, trigger: Token, clause: Token) -> bool:
    """Whether an obligation frame states no demand: the doer's own necessity; a modal
    before its subject ("sanctions Russia will face should it opt for aggression": a
    condition); a need whose object is the noun its relative clause hangs on ("the support
    it needs to repel Russian forces": a want)."""
    if own_necessity(sentence, clause):
        return True
    doers = sentence.children(clause, "nsubj", "nsubjpass")
    if trigger.dep == "aux" and doers and trigger.i < doers[0].i:
        return True
    return (
        trigger.dep == "relcl"
        and bool(doers)
        and doers[0].tag not in ("WDT", "WP", "WP$")
        and not sentence.children(trigger, "dobj")
    )
