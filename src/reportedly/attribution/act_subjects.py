"""Who or what does the act of a cue: a thing's "which" or a bare "this" infers ("…, missiles,
which suggests …"), and a deed verb's cue acts unless it holds a verb of saying ("signed a
decree to …" is done, "signed a statement calling on …" is said)."""

from __future__ import annotations

from functools import cache

from reportedly.attribution._parse import Parse
from reportedly.attribution.act_lexicon import ActLexicon
from reportedly.attribution.lexicon import data_table
from reportedly.model import Span, StatementAct


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
    suggests …", "This indicates …"), not a person or a body ("the ministry, which
    suggested …")."""
    tokens = parse.tokens
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


@cache
def _speaker_nouns() -> frozenset[str]:
    """Nouns naming a person or a body that speaks (``frames.yaml`` ``speaker_nouns``)."""
    return frozenset(str(w).lower() for w in data_table("frames.yaml")["speaker_nouns"])
