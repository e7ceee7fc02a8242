"""An "it" or "its" that speaks no statement, to the body or country it stands for."""

from __future__ import annotations

from reportedly.actors._doc import SUBJECT_DEPS
from reportedly.actors._speakers import _SpeakerResolver

_NOT_BODIES = frozenset({"person", "unknown"})


class _NeuterPronouns(_SpeakerResolver):
    """Resolves the "it" and "its" no statement names as its speaker, as a speaker's "it" is
    resolved: the body or country that is the subject just before it ("Russia had violated
    the ceasefire it declared", "The Wagner group claimed its fighters had captured …").

    Runs after the statements are settled and only adds mentions, so no speaker changes; the
    events stage reads the mentions for the doer and the owner of an act.
    """

    def _neuter_pronouns(self) -> None:
        doc = self.doc
        if doc is None:
            return
        spoken = {s.speaker.span for s in self.analysis.statements if s.speaker is not None}
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
            _, key = self._subject_noun(t.span, "it")
            work = self.works.get(key or "")
            if work is None or work.kind in _NOT_BODIES:
                continue
            work.mentions.append(t.span)

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
