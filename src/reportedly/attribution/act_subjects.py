"""Who or what does the act of a cue: a thing's "which", a bare "this" or a noun for a thing
or an event infers ("…, missiles, which suggests …", "The tank fiasco highlights …"), and a
deed verb's cue acts unless it holds a verb of saying ("signed a decree to …" is done, "signed
a statement calling on …" is said), a noun of saying in a cue whose verb has no act says
("doubled down on past comments that …"), and a light verb's object noun with what it is about
acts for it ("expressed their condemnation of the invasion" says)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportedly.attribution._parse import Parse
from reportedly.attribution.act_lexicon import ActLexicon
from reportedly.attribution.lexicon import data_table
from reportedly.model import Span, StatementAct

_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def says_after_head(parse: Parse, head: int, cue: Span, lexicon: ActLexicon) -> bool:
    """Whether a verb of saying follows the cue's head ``head`` inside ``cue`` ("sought to
    make the case that", "signed a statement calling on"): the inner verb reports what is
    said."""
    inner = (parse.tokens[i] for i in parse.tokens_in(cue) if i > head)
    return any(t.pos == "VERB" and lexicon.lemmas.get(t.lemma.lower()) == "speech" for t in inner)


def deed_act(parse: Parse, head: int, cue: Span, lexicon: ActLexicon) -> StatementAct:
    """The act of a cue headed by a deed verb (``acts.yaml`` ``deed_verbs``) at ``head``:
    speech where a verb of saying after it in the cue reports what the signed text says
    (:func:`says_after_head`), else other."""
    return "speech" if says_after_head(parse, head, cue, lexicon) else "other"


def is_thing_subject(parse: Parse, head: int, lexicon: ActLexicon) -> bool:
    """Whether verb ``head``'s subject stands for a thing or a fact ("…, missiles, which
    suggests …", "This indicates …", "The tank fiasco highlights …"), not a person or a body
    ("the ministry, which suggested …", "the minister highlighted …")."""
    tokens = parse.tokens
    nouns = [i for i in parse.deps(head, "nsubj") if tokens[i].pos == "NOUN"]
    if nouns and names_thing(parse, nouns[0], lexicon):
        return True
    subjects = [i for i in parse.deps(head, "nsubj") if tokens[i].pos in {"PRON", "DET"}]
    if not subjects or tokens[subjects[0]].text.lower() not in lexicon.thing_subjects:
        return False
    word = tokens[subjects[0]].text.lower()
    if word != "which":
        return not parse.children[subjects[0]]  # "this" alone, not "this official"
    if tokens[head].dep != "relcl":
        return False
    antecedent = tokens[tokens[head].head]
    return not (
        antecedent.pos == "PROPN"
        or antecedent.ent_type in _PERSON_OR_BODY
        or antecedent.lemma.lower() in _speaker_nouns()
    )


_PERSON_OR_BODY = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def names_thing(parse: Parse, noun: int, lexicon: ActLexicon) -> bool:
    """Whether common noun ``noun`` names a thing or an event ("fiasco", "clashes",
    "homepage"): no tagged entity, and none of the words for a person, a body, a group of
    people, a document or an act of saying (:func:`_person_or_body_nouns`)."""
    token = parse.tokens[noun]
    if token.ent_type:
        return False
    lemma = token.lemma.lower()
    return not (
        lemma in _person_or_body_nouns()
        or token.text.lower() in _person_or_body_nouns()
        or lemma in lexicon.people_nouns
        or lemma in lexicon.lemmas
        or lemma in lexicon.evidence_sources  # already decided by the evidence rule
    )


@cache
def _person_or_body_nouns() -> frozenset[str]:
    """The actors stage's nouns for a person, a title, an office, a body or a document
    (``actors/data/resolution.yaml``), and the speaker nouns of ``frames.yaml``."""
    from reportedly.actors.resolve import default_data  # the actors stage imports this one

    data = default_data()
    return _speaker_nouns().union(
        data.title_heads,
        data.generic_title_heads,
        data.person_nouns,
        data.occupation_nouns,
        data.official_nouns,
        data.organisation_nouns,
        data.outlet_nouns,
        data.business_nouns,
        data.public_body_nouns,
        data.government_nouns,
        data.document_nouns,
    )


@cache
def _speaker_nouns() -> frozenset[str]:
    """Nouns naming a person or a body that speaks (``frames.yaml`` ``speaker_nouns``)."""
    return frozenset(str(w).lower() for w in data_table("frames.yaml")["speaker_nouns"])


def said_noun_act(parse: Parse, head: int, cue: Span, lexicon: ActLexicon) -> StatementAct | None:
    """The act of a noun of saying in a cue whose verb has none, where the noun holds the
    that-clause reported ("doubled down on past comments that …" is speech)."""
    for i in reversed(parse.tokens_in(cue)):
        if i > head and parse.tokens[i].pos == "NOUN" and that_clause(parse, i):
            act = lexicon.lemmas.get(parse.tokens[i].lemma.lower())
            return "speech" if act == "speech" else None
    return None


def held_object(parse: Parse, head: int, content: Sequence[Span]) -> int | None:
    """Verb ``head``'s object noun inside ``content`` that holds what it is about ("expressed
    [their condemnation of the invasion]", "voiced [their intention to deepen ties]"); None
    for a bare noun ("expressed [his opinion]")."""

    def inside(k: int) -> bool:
        return any(c.contains(parse.tokens[k].span) for c in content)

    for i in parse.deps(head, "dobj"):
        if inside(i) and any(inside(k) for k in parse.deps(i, "prep", "acl", "ccomp")):
            return i
    return None


def that_clause(parse: Parse, i: int) -> bool:
    """Whether noun ``i`` holds a that-clause ("accusations that Nato may have provoked …"):
    the clause is the claim (a relative clause, "disinformation that Russia spreads", is not)."""
    return any(
        parse.tokens[c].dep == "acl"
        and finite(parse, c)
        and any(parse.tokens[m].dep == "mark" for m in parse.children[c])
        for c in parse.children[i]
    )


def finite(parse: Parse, i: int) -> bool:
    """Whether token ``i`` heads a finite clause ("the UK was …", "Nato may have provoked")."""
    t = parse.tokens[i]
    if t.pos not in {"VERB", "AUX"}:
        return False
    return t.tag in _FINITE or any(
        parse.tokens[c].dep in {"aux", "auxpass"} and parse.tokens[c].tag in _FINITE
        for c in parse.children[i]
    )
