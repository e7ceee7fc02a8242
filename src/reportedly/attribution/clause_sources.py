"""A model source that the cue verb's own clause rules out.

The span model reads a source from the words around a cue; the parse knows which clause the cue
verb heads. Where the verb has a subject of its own and the model's source is a phrase that
cannot be that verb's speaker, the verb's subject speaks:

- a prepositional adjunct of the verb ("Israel acceded to the ultimatum and, per a reported
  demand by Biden, publicly announced the change": Israel, not the demand);
- the subject of the main clause, while the verb and its subject lie in an adverbial clause
  of it ("while the administration has ramped up aid … and called for …, it could do more":
  the administration, not "it"). A reported clause is no such clause: "Mr Zelensky said
  Russia was adapting and urged …" is the parser's misreading, and the model's source stands.
"""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import RELATIVE, Parse, subject_of

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MAX_CLIMB = 8


def own_clause_speaker(
    parse: Parse, draft: Draft, not_speakers: frozenset[str], adverbial_marks: frozenset[str]
) -> None:
    """Give ``draft`` its cue verb's subject where the model's source is an adjunct of the verb
    or the subject of the clause that the verb's adverbial clause (opened by one of
    ``adverbial_marks``) hangs on (see the module docs); otherwise leave it."""
    i, source = draft.cue_token, draft.speaker_token
    if i is None or source is None or draft.speaker is None:
        return
    if parse.tokens[i].pos != "VERB":
        return
    subject = subject_of(parse, i)
    if subject is None or subject == source:
        return
    said = parse.tokens[subject]
    if said.dep != "nsubj":  # a passive's subject is what was done, not who said it
        return
    word = said.text.lower()
    if word in not_speakers or word in RELATIVE or draft.speaker.overlaps(said.span):
        return
    if _adjunct_of(parse, source, i) or _subject_elsewhere(parse, source, subject, adverbial_marks):
        draft.speaker = parse.noun_phrase(subject)
        draft.speaker_token = subject


def _adjunct_of(parse: Parse, j: int, verb: int) -> bool:
    """Whether token ``j`` lies in a prepositional phrase hung on ``verb``."""
    for _ in range(_MAX_CLIMB):
        t = parse.tokens[j]
        if t.head == j:
            return False
        if t.head == verb:
            return t.dep == "prep"
        j = t.head
    return False


def _subject_elsewhere(parse: Parse, source: int, subject: int, marks: frozenset[str]) -> bool:
    """Whether the model's ``source`` is the subject of another verb than the one ``subject``
    is the subject of, one that governs that verb's adverbial clause from outside it."""
    s = parse.tokens[source]
    if s.dep not in _SUBJECTS:
        return False
    own = parse.tokens[subject].head
    if s.head == own:
        return False
    if not any(parse.tokens[m].text.lower() in marks for m in parse.deps(own, "mark")):
        return False
    lo, hi = parse.subtree(own)
    return not lo <= source <= hi and lo <= subject <= hi and _governs(parse, s.head, own)


def _governs(parse: Parse, verb: int, j: int) -> bool:
    """Whether ``verb`` is an ancestor of token ``j``."""
    for _ in range(_MAX_CLIMB):
        head = parse.tokens[j].head
        if head == j:
            return False
        if head == verb:
            return True
        j = head
    return False
