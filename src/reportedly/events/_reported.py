"""What a clause a trigger reports says about the act: a condition, a demand, a question."""

from __future__ import annotations

from reportedly.events._tree import Sentence
from reportedly.model import Token

_CONDITION_MARKS = frozenset({"if", "unless"})
_WH_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})


def states_condition(sentence: Sentence, token: Token) -> bool:
    """Whether a clause ``token`` reports holds an "if"/"unless" clause ("warned that if Poland
    attacks, Belarus will respond")."""
    return any(
        kid.dep == "mark" and kid.lemma.lower() in _CONDITION_MARKS
        for clause in sentence.children(token, "ccomp", "parataxis")
        for kid in sentence.subtree(clause)
    )


def mandative(sentence: Sentence, clause: Token) -> bool:
    """ "insisted that Russia withdraw / must withdraw": a clause that asks for an act (a bare
    verb or a must/should modal), not one that states a fact ("insisted that his party was
    still the No. 1 force")."""
    return clause.tag == "VB" or any(
        a.lemma.lower() in ("must", "should") for a in sentence.children(clause, "aux")
    )


def asks_a_question(sentence: Sentence, token: Token) -> bool:
    """ "asked our followers what they thought", "asked him what to thank for": an indirect
    question asks for an answer."""
    return any(wh_clause(sentence, c) for c in sentence.children(token, "ccomp", "xcomp"))


def wh_clause(sentence: Sentence, clause: Token) -> bool:
    """Whether ``clause`` opens with a wh-word ("what they thought", "how to respond") or
    "whether" ("asked by a reporter whether he would run")."""
    first = min(sentence.subtree(clause), key=lambda t: t.i)
    return first.tag in _WH_TAGS or first.lemma.lower() == "whether"
