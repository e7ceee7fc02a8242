"""What a trigger acts on and how a noun is modified: the words a rule's object and
modifier constraints read (split from ``_match``)."""

from __future__ import annotations

from reportedly.events._tree import Sentence
from reportedly.model import Token

OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")


def trigger_objects(sentence: Sentence, token: Token, amount_nouns: frozenset[str]) -> list[Token]:
    """The objects of ``token``: direct, prepositional and passive-subject ones, their
    conjuncts, what an amount is of ("welcomed millions of refugees"), and the noun a
    relative clause's object stands for ("the presidency of the G20, which Brazil will
    accept": the presidency)."""
    found = sentence.children(token, *OBJECT_DEPS, "nsubjpass")
    antecedent = _relative_antecedent(sentence, token, found)
    if antecedent is not None:
        found.append(antecedent)
        # the parser may hang the clause on an "of" object: "the presidency of the G20, which"
        of = sentence.head(antecedent)
        owner = sentence.head(of) if of is not None and of.lemma.lower() == "of" else None
        if antecedent.dep == "pobj" and owner is not None and owner.pos == "NOUN":
            found.append(owner)
    for prep in sentence.children(token, "prep", "agent"):
        found.extend(sentence.children(prep, "pobj", "pcomp"))
    for obj in list(found):
        found.extend(sentence.children(obj, "conj"))
    for obj in list(found):
        if _amount(obj, amount_nouns):
            for of in sentence.children(obj, "prep"):
                if of.lemma.lower() == "of":
                    found.extend(sentence.children(of, "pobj"))
    return found


_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})


def _relative_antecedent(sentence: Sentence, token: Token, objects: list[Token]) -> Token | None:
    """The noun a relative clause ``token`` modifies, when the clause's object is a relative
    pronoun ("which Brazil will accept"). A clause with no object is not read as the noun's
    act: the parser often leaves the gap's verb out ("the progress he helped wrangle")."""
    noun = sentence.head(token)
    if token.dep != "relcl" or noun is None or noun.pos not in ("NOUN", "PROPN"):
        return None
    if any(o.lemma.lower() in _RELATIVE_PRONOUNS for o in objects):
        return noun
    return None


def noun_modifiers(sentence: Sentence, noun: Token) -> list[Token]:
    """A noun's modifier words: adjectives, compounds and an "of" object ("state of emergency")."""
    found = sentence.children(noun, "amod", "compound")
    for prep in sentence.children(noun, "prep"):
        if prep.lemma.lower() == "of":
            found.extend(sentence.children(prep, "pobj"))
    return found


def _amount(token: Token, amount_nouns: frozenset[str]) -> bool:
    return token.lemma.lower() in amount_nouns or token.ent_type in ("CARDINAL", "QUANTITY")


def counted_by(sentence: Sentence, noun: Token, amount_nouns: frozenset[str]) -> Token:
    """The outermost amount ``noun`` is the "of" object of ("tens of thousands of troops":
    "tens"), which stands in the clause where the noun would; else ``noun`` itself."""
    current = noun
    while current.dep == "pobj":
        of = sentence.head(current)
        amount = sentence.head(of) if of is not None else None
        if of is None or amount is None or of.lemma.lower() != "of":
            break
        if not _amount(amount, amount_nouns):
            break
        current = amount
    return current
