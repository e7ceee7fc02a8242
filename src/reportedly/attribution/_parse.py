"""Attribution's view of a parse: sentences, noun phrases, dependents by label, subjects."""

from __future__ import annotations

from collections.abc import Iterable

from reportedly.model import Annotation, Span
from reportedly.tokens import TokenIndex

# dependents that do not belong to a speaker's noun phrase
NP_EXCLUDE = {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis", "ccomp"}
PRONOUNS_PERSONAL = {
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
    "i",
    "we",
    "you",
    "it",
    "me",
    "us",
}


class Parse(TokenIndex):
    """Token index with the sentences and phrases attribution reads."""

    def __init__(self, annotation: Annotation) -> None:
        super().__init__(annotation)
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for t in self.tokens:
            first.setdefault(t.sent, t.i)
            last[t.sent] = t.i
        self._sent_bounds = [(first[s], last[s]) for s in sorted(first)]

    @property
    def sentence_count(self) -> int:
        """How many sentences have tokens."""
        return len(self._sent_bounds)

    def sentence_range(self, sent: int) -> range:
        """Token indexes of sentence number ``sent``."""
        lo, hi = self._sent_bounds[sent]
        return range(lo, hi + 1)

    def noun_phrase(self, i: int) -> Span:
        """The noun phrase headed by token ``i``, without appositions, clauses or punctuation."""
        lo, hi = self.subtree(i, exclude=NP_EXCLUDE)
        # trim punctuation and possessive markers at the edges
        while lo < hi and self.tokens[lo].pos in {"PUNCT", "SPACE"}:
            lo += 1
        while hi > lo and (
            self.tokens[hi].pos in {"PUNCT", "SPACE"} or self.tokens[hi].tag == "POS"
        ):
            hi -= 1
        return self.span(lo, hi)

    def tokens_within(self, spans: Iterable[Span]) -> list[int]:
        """Token indexes of ``spans`` (a content's parts), in their order."""
        return [i for span in spans for i in self.tokens_in(span)]

    def heads(self, indexes: Iterable[int]) -> list[int]:
        """Those of ``indexes``, in their order, whose head lies outside them (or who are
        their own head): the roots of the phrase they make."""
        given = list(indexes)
        members = set(given)
        return [i for i in given if self.tokens[i].head not in members or self.tokens[i].head == i]

    def deps(self, i: int, *names: str) -> list[int]:
        """Children of ``i`` whose dependency label is one of ``names``."""
        return [c for c in self.children[i] if self.tokens[c].dep in names]

    def is_pronoun(self, i: int) -> bool:
        t = self.tokens[i]
        return t.pos == "PRON" and t.text.lower() in PRONOUNS_PERSONAL


RELATIVE = {"who", "that", "which"}


def subject_of(parse: Parse, i: int) -> int | None:
    """The subject (or passive agent) of verb ``i``, following conjunctions and auxiliaries."""
    seen = 0
    while seen < 4:
        seen += 1
        # a quote mark the parser took for a subject ('…,’’ said Saltmarsh') is none
        subj = [j for j in parse.deps(i, "nsubj") if parse.tokens[j].pos != "PUNCT"]
        if subj:
            # the subject nearest the verb (a stray label before it may parse as one too)
            nearest = min(subj, key=lambda j: abs(j - i))
            t = parse.tokens[i]
            if parse.tokens[nearest].text.lower() in RELATIVE and t.dep == "relcl":
                return t.head  # "an official who said that …": the official
            return nearest
        for agent in parse.deps(i, "agent"):
            objs = parse.deps(agent, "pobj")
            if objs:
                return objs[0]
        if parse.deps(i, "nsubjpass"):
            return None
        named = _name_taken_for_modal(parse, i)
        if named is not None:
            return named
        t = parse.tokens[i]
        reporting = _reported_clause_trailed(parse, i)
        if reporting is not None:
            # "Kallas said that training would not be escalatory, adding that …", "May said
            # the world body has become …, noting, …": the parser hung the participle on the
            # reported clause; the one who adds or notes is the one who said it, never a
            # subject inside what was said
            i = reporting
            continue
        if t.dep == "conj" and _finite_on_infinitive(parse, i):
            return _series_subject(parse, i)
        if t.dep in {"conj", "xcomp", "advcl"} and t.head != i:
            i = t.head
            continue
        if t.dep == "acl" and t.tag == "VBG" and parse.tokens[t.head].pos in {"NOUN", "PROPN"}:
            return t.head  # "a statement saying that …", "postings saying that …"
        head = parse.tokens[t.head]
        # "began by saying he would …", "was criticised for saying that …": the one saying
        # is the subject of the verb the preposition hangs on
        if (
            t.dep == "pcomp"
            and t.tag == "VBG"
            and head.dep == "prep"
            and head.text.lower() in {"by", "for", "after", "before", "in", "while", "from"}
            and parse.tokens[head.head].pos in {"VERB", "AUX"}
        ):
            i = head.head
            continue
        # "RIA Novosti quoted Peskov as saying that …": the one quoted is the speaker
        if t.dep == "pcomp" and head.text.lower() == "as":
            verb = parse.tokens[head.head]
            if verb.lemma.lower() in {"quote", "cite"}:
                objects = parse.deps(verb.i, "dobj")
                return objects[0] if objects else None
        return None
    return None


def _name_taken_for_modal(parse: Parse, i: int) -> int | None:
    """A capitalised "modal" on past-tense verb ``i`` ("May said …", "Will said …"): no modal
    comes before a past tense, so the word is the verb's subject, a name the parser took for
    an auxiliary."""
    if parse.tokens[i].tag != "VBD":
        return None
    for a in parse.deps(i, "aux"):
        word = parse.tokens[a]
        if word.tag == "MD" and a < i and word.text[:1].isupper() and word.text[1:].islower():
            return a
    return None


def _reported_clause_trailed(parse: Parse, i: int) -> int | None:
    """The reporting verb whose content verb ``i`` trails, if ``i`` is a participle after a
    comma that the parser hung on that content, or on its last conjunct ("X said Y has
    become Z, noting …", "… said A and B, claiming …"): a participle after the content
    modifies the verb that reports it."""
    t = parse.tokens[i]
    if t.dep != "advcl" or t.tag != "VBG" or t.head == i:
        return None
    if i == 0 or parse.tokens[i - 1].text != ",":
        return None
    up = parse.tokens[t.head]
    seen = 0
    while up.dep == "conj" and up.head != up.i and seen < 4:
        up = parse.tokens[up.head]
        seen += 1
    if up.dep != "ccomp" or up.head == up.i or not up.head < up.i < i:
        return None
    return up.head


_FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
_SERIES_SEPARATORS = frozenset({",", "and", "or"})
_MODIFIERS = frozenset({"acl", "amod", "relcl"})  # "the statement issued by …": no verb of a run


def _finite_on_infinitive(parse: Parse, i: int) -> bool:
    """Whether the parser hung finite verb ``i`` as a conjunct on a bare verb ("… encouraged
    talks to get Hamas to release hostages and called for …", "said the US would continue to
    draw down … and reiterated calls …"): a finite verb never coordinates with an infinitive
    or a verb after a modal, so the two are not one verb phrase. A bare verb with "do" is
    finite ("did not name China, but stressed …")."""
    t = parse.tokens[i]
    head = parse.tokens[t.head]
    return (
        t.tag in _FINITE
        and head.tag == "VB"
        and not any(parse.tokens[a].lemma.lower() == "do" for a in parse.deps(head.i, "aux"))
    )


def _series_subject(parse: Parse, i: int) -> int | None:
    """The subject of the run of finite verbs that verb ``i`` ends ("while the administration
    has ramped up aid, encouraged talks and called for …": the administration): walking back
    over the verbs that follow a comma or "and", the first that does not opens the run."""
    sent = parse.tokens[i].sent
    for j in range(i - 1, -1, -1):
        t = parse.tokens[j]
        if t.sent != sent:
            return None
        if t.pos != "VERB" or t.tag not in _FINITE or t.dep in _MODIFIERS:
            continue
        before = j - 1
        while before >= 0 and parse.tokens[before].pos == "ADV":
            before -= 1
        if before < 0 or parse.tokens[before].text.lower() not in _SERIES_SEPARATORS:
            return subject_of(parse, j)
    return None


# what a content span may not end with
TRAILING = set(" \t\n,;:.!?—–-")


def trim_span(text: str, span: Span) -> Span:
    """``span`` without leading spaces and separators or trailing spaces and punctuation."""
    start, end = span.start, span.end
    while start < end and text[start] in " \t\n,;:—–":
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return Span(start, end)


_HEAD_POS = ("VERB", "AUX", "ADJ", "NOUN", "PROPN")


def cue_head(parse: Parse, cue: Span) -> int | None:
    """The token heading the cue span: the one whose head lies outside it."""
    inside = parse.tokens_in(cue)
    if not inside:
        return None
    heads = parse.heads(inside)
    content_words = [i for i in heads if parse.tokens[i].pos in _HEAD_POS]
    head = (content_words or heads or [inside[-1]])[0]
    if parse.tokens[head].pos == "AUX":  # "is not prepared to …", "was adamant that …"
        complements = [i for i in parse.deps(head, "acomp", "attr") if i in inside]
        if complements:
            return complements[0]
    return head
