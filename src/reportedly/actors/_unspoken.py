"""Mentions that speak no statement, for the events stage: an "it" or "its", and a definite
body description ("the ministry", "the Commission"), to the body the article named."""

from __future__ import annotations

from reportedly.actors._doc import SUBJECT_DEPS
from reportedly.actors._speakers import _SpeakerResolver
from reportedly.actors._state import _OBJECT_DEPS, _Work
from reportedly.actors.folding import fold
from reportedly.model import Span

_NOT_BODIES = frozenset({"person", "unknown"})


class _UnspokenMentions(_SpeakerResolver):
    """Resolves the "it" and "its" no statement names as its speaker, as a speaker's "it" is
    resolved: the body or country that is the subject just before it ("Russia had violated
    the ceasefire it declared", "The Wagner group claimed its fighters had captured …").

    Runs after the statements are settled and only adds mentions, so no speaker changes; the
    events stage reads the mentions for the doer and the owner of an act.
    """

    def _unspoken(self) -> None:
        spoken = [s.speaker.span for s in self.analysis.statements if s.speaker is not None]
        self._neuter_pronouns(set(spoken))
        self._unspoken_descriptions(spoken)

    def _neuter_pronouns(self, spoken: set[Span]) -> None:
        doc = self.doc
        if doc is None:
            return
        for t in doc.tokens:
            word = t.text.lower()
            if t.pos != "PRON" or word not in {"it", "its"} or t.span in spoken:
                continue
            if any(m.overlaps(t.span) for w in self.works.values() for m in w.mentions):
                continue
            if word == "its" and t.dep != "poss":
                continue
            if word == "it" and (t.dep not in SUBJECT_DEPS or self._dummy(t.i)):
                continue
            subject = self._subject_in_sentence_before(t.i)
            if subject is None and self._nouns_before(t.i):
                continue  # the sentence before is no antecedent past nouns of this one
            _, key = self._subject_noun(t.span, "it")
            work = self.works.get(key or "")
            if work is None or work.kind in _NOT_BODIES:
                continue
            if subject is not None and self._rival_between(subject, t.i, work.key):
                continue  # "warned Beijing of consequences if it supports …": either body
            work.mentions.append(t.span)

    def _unspoken_descriptions(self, spoken: list[Span]) -> None:
        """A definite body description that is some verb's subject and speaks no statement
        ("The Commission also proposed …" after the European Commission is named) is the
        body a speaker so described would be, where that body's name holds the noun or, for
        "the government" or "the regime" of a country, it is that country's government;
        never the last body named whatever its name, as a speaker may be."""
        doc = self.doc
        if doc is None:
            return
        heads = self.data.organisation_nouns | self.data.government_nouns
        for t in doc.tokens:
            lemma = t.lemma_or_word
            if t.dep not in SUBJECT_DEPS or lemma not in heads or t.tag in {"NNS", "NNPS"}:
                continue
            if not self._definite([doc.tokens[c] for c in doc.children[t.i]]):
                continue
            span = doc.span(*self._noun_phrase(t.i))
            if any(s.overlaps(span) for s in spoken) or self._work_at(t.span) is not None:
                continue
            key = self._describe_phrase(span, t.i)
            work = self.works.get(key or "")
            if work is None or work.kind in _NOT_BODIES or not self._named_by(work, lemma):
                continue
            if not any(m.overlaps(span) for m in work.mentions):
                work.mentions.append(span)

    def _named_by(self, work: _Work, lemma: str) -> bool:
        """Whether ``work`` is what a description headed by ``lemma`` names by itself: a body
        whose name holds the noun, or a government for a government noun."""
        if lemma in self.data.government_nouns | self.data.executive_nouns:
            return work.kind == "government"
        return any(lemma in fold(n).split() for n in [work.name, *work.names])

    def _nouns_before(self, i: int) -> bool:
        """Whether a noun stands before token ``i`` in its sentence."""
        doc = self.doc
        if doc is None:
            return False
        sent = doc.tokens[i].sent
        return any(
            t.sent == sent and t.pos in {"NOUN", "PROPN"} for t in doc.tokens[max(0, i - 80) : i]
        )

    def _rival_between(self, subject: int, i: int, key: str) -> bool:
        """Whether another body is an object between subject ``subject`` and token ``i``."""
        doc = self.doc
        if doc is None:
            return False
        lo, hi = doc.tokens[subject].end, doc.tokens[i].start
        for work in self.works.values():
            if work.key == key or work.kind in _NOT_BODIES:
                continue
            for m in work.mentions:
                head = doc.head_of(m) if lo <= m.start and m.end <= hi else None
                if head is not None and doc.tokens[head].dep in _OBJECT_DEPS:
                    return True
        return False

    def _dummy(self, i: int) -> bool:
        """Whether subject "it" ``i`` is a dummy: of a copula or raising verb ("it is
        important", "it seems"), or of a passive with a clause ("it is believed that …")."""
        doc = self.doc
        if doc is None:
            return True
        verb = doc.tokens[doc.tokens[i].head]
        if verb.lemma_or_word in self.data.expletive_verbs:
            return True
        clauses = {doc.tokens[c].dep for c in doc.children[verb.i]}
        return doc.tokens[i].dep == "nsubjpass" and bool(clauses & {"ccomp", "xcomp"})
