"""Whether a clause reports its act as done: the modals, necessities, permissions,
questions, weighed "for X to" clauses and beliefs that make it `hypothetical` (split from
``_clause``)."""

from __future__ import annotations

from itertools import pairwise

from reportedly.events._control import _to_infinitive
from reportedly.events._reported import wh_clause
from reportedly.events._tree import Sentence
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Token


def _hypothetical(
    sentence: Sentence, chain: list[Token], lexicon: EventLexicon, *, reported: bool
) -> bool:
    conditioned = _conditioned(sentence, chain, lexicon)
    for token in chain:
        for aux in sentence.children(token, "aux"):
            modal = aux.lemma.lower()
            if modal in lexicon.hypothetical_modals and not (
                modal == "would" and reported and not conditioned
            ):
                return True  # a reported "would" tells of a decision, unless "if" binds it
        if any(
            a.lemma.lower() in lexicon.near_miss_adverbs for a in sentence.children(token, "advmod")
        ):
            return True  # "nearly unleashed a war": all but done
    if any(
        verb.lemma.lower() in lexicon.obligation_verbs
        and verb.tag != "VBD"
        and below.dep == "xcomp"
        and sentence.head(below) is verb
        for below, verb in pairwise(chain)
    ):
        return True  # "America will have to get involved": a necessity, not an act done
    top = chain[-1]
    if _permitted(sentence, chain, lexicon):
        return True  # "clerks would be allowed to deny licences": made possible, not done
    if any(_aimed_at(sentence, t) for t in chain):
        return True  # "sent troops in order to stop an offensive": aimed at, not done
    if any(_to_infinitive(sentence, t) and wh_clause(sentence, t) for t in chain):
        return True  # "asked him what to thank for", "how to respond": a question
    for clause in (top, *sentence.ancestors(top)):
        marks = sentence.children(clause, "mark")
        if any(m.lemma.lower() in lexicon.question_marks for m in marks):
            return True  # "asked whether he would meet Putin"
        if _for_infinitive(sentence, clause):
            return True  # "it would be acceptable for Israel to attack Iran": weighed, not done
    current = top
    for ancestor in sentence.ancestors(top):
        if (
            current.dep == "ccomp"
            and ancestor.lemma.lower() in lexicon.belief_verbs
            and not _evidence(sentence, ancestor, lexicon)
        ):
            return True
        for aux in sentence.children(ancestor, "aux"):
            if current.dep == "ccomp" and aux.lemma.lower() in lexicon.hypothetical_modals:
                return True
        current = ancestor
    return False


def _conditioned(sentence: Sentence, chain: list[Token], lexicon: EventLexicon) -> bool:
    """The clause holds an "if"/"unless" clause of its own ("said Russia would strike Kyiv if
    Ukraine attacked Crimea"): its "would" weighs a consequence, it announces nothing."""
    return any(
        m.lemma.lower() in lexicon.condition_marks
        for t in chain
        for clause in sentence.children(t, "advcl")
        for m in sentence.children(clause, "mark")
    )


def _evidence(sentence: Sentence, verb: Token, lexicon: EventLexicon) -> bool:
    """A belief verb whose subject is a record or an image ("documents show that ..."): what
    it shows is reported as found."""
    return any(
        s.lemma.lower() in lexicon.evidence_subjects for s in sentence.children(verb, "nsubj")
    )


def _aimed_at(sentence: Sentence, token: Token) -> bool:
    """An "in order to" or "so as to" infinitive: the purpose of an act, not one done."""
    head = sentence.head(token)
    if token.dep == "acl" and head is not None and head.lemma.lower() == "order":
        prep = sentence.head(head)
        return head.dep == "pobj" and prep is not None and prep.lemma.lower() == "in"
    return [m.lemma.lower() for m in sentence.children(token, "mark")][:2] == ["so", "as"]


def _permitted(sentence: Sentence, chain: list[Token], lexicon: EventLexicon) -> bool:
    """The clause is the infinitive of a permission verb ("would be allowed to deny", "permits
    police to detain"), whether the chain climbed to that verb or stopped below it."""
    pairs = list(pairwise(chain))
    head = sentence.head(chain[-1])
    if head is not None:
        pairs.append((chain[-1], head))
    return any(
        verb.lemma.lower() in lexicon.permission_verbs
        and below.dep in ("xcomp", "ccomp")
        and sentence.head(below) is verb
        and _to_infinitive(sentence, below)
        for below, verb in pairs
    )


def _for_infinitive(sentence: Sentence, clause: Token) -> bool:
    """A "for X to do Y" clause: an act judged, wished or made possible, never one reported as
    done ("it is acceptable / wrong / time for X to do Y", "waited for X to do Y")."""
    return any(
        m.lemma.lower() == "for" for m in sentence.children(clause, "mark")
    ) and _to_infinitive(sentence, clause)


def _noun_infinitive(sentence: Sentence, token: Token) -> bool:
    """ "the decision to station weapons", "a false pretext to invade" (which the parser may
    read as a relative clause): an infinitive that modifies a noun is not asserted."""
    return token.dep in ("acl", "relcl") and _to_infinitive(sentence, token)


def _reluctant(sentence: Sentence, token: Token, lexicon: EventLexicon) -> bool:
    """ "his hesitation in providing military aid", "a delay in delivering": a gerund under a
    noun of reluctance or failure names an act not done (the parser often hangs the "in" on
    the verb instead: the noun right before it counts too)."""
    prep = sentence.head(token)
    if token.dep != "pcomp" or prep is None or prep.dep != "prep":
        return False
    nouns = [sentence.head(prep), sentence.tokens.get(prep.i - 1)]
    return any(n is not None and n.lemma.lower() in lexicon.reluctance_nouns for n in nouns)


def _prospect(sentence: Sentence, token: Token, lexicon: EventLexicon) -> bool:
    """ "the prospect of Ukraine joining the alliance", "reasons for supporting Ukraine": a
    gerund under a noun of prospect names an act weighed, not one reported as done."""
    if token.tag != "VBG":
        return False
    head = sentence.head(token)
    if token.dep == "pcomp" and head is not None and head.dep == "prep":
        head = sentence.head(head)
    elif token.dep != "acl":
        return False
    return head is not None and head.lemma.lower() in lexicon.prospect_nouns


def named_not_done(sentence: Sentence, token: Token, lexicon: EventLexicon) -> bool:
    """A trigger a noun names as not done: its infinitive, or a gerund under a noun of
    reluctance or of prospect."""
    return (
        _noun_infinitive(sentence, token)
        or _reluctant(sentence, token, lexicon)
        or _prospect(sentence, token, lexicon)
    )
