"""Antecedents of pronouns and "the latter"/"the former": the mentions before one, chosen by
sentence, subjecthood, gender and role."""

from __future__ import annotations

from reportedly.actors._doc import SUBJECT_DEPS
from reportedly.actors._resolution_data import Gender
from reportedly.actors._runs import _QuoteRuns
from reportedly.actors._state import _LOOKBACK, _Seen
from reportedly.model import Span, Statement

_REPORTED = frozenset({"ccomp", "parataxis"})  # a speech verb's clause of what was said


class _AntecedentChoice(_QuoteRuns):
    """Chooses the mention a pronoun or "the latter" refers back to."""

    def _only_person_ahead(
        self, span: Span, gender: Gender | None, exclude: set[str], statement: Statement
    ) -> str | None:
        """A he or she speaking before anyone is named, described or speaks is the one person
        the article names, when it names one only and not just in these words ('"Belarus lets
        thousands of Russian soldiers in," he wrote in a communiqué' opening an article that
        names only Senator Lankford); none when it names two."""
        if gender not in ("male", "female"):
            return None
        if any(
            s.speaker is not None
            and s.speaker.span.start < span.start
            and not any(p.contains(s.speaker.span) for p in statement.content)
            for s in self.analysis.statements
        ):
            return None  # someone spoke before: "…, the official said. He stated …"
        people = [w for w in self.works.values() if w.kind == "person" and w.mentions]
        if any(m.start < span.start for w in people for m in w.mentions):
            return None
        if len(people) != 1 or people[0].key in exclude:
            return None
        if all(any(p.contains(m) for p in statement.content) for m in people[0].mentions):
            return None  # "He stated that the war lasts longer than Putin expected"
        return people[0].key if self._compatible(people[0].key, gender) else None

    def _fronted_clause_subject(
        self, i: int, gender: Gender | None, exclude: set[str]
    ) -> str | None:
        """The person named as the main clause's subject after a fronted subordinate clause
        whose subject is the pronoun at token ``i`` (cataphora): "Even as he accused the
        Justice Department …, Giuliani wouldn't speculate" is Giuliani."""
        doc = self.doc
        if doc is None or self._in_quote(doc.tokens[i].span):
            return None
        t = doc.tokens[i]
        verb = doc.tokens[t.head]
        if t.dep not in SUBJECT_DEPS or verb.dep != "advcl" or verb.head <= verb.i:
            return None
        if not any(doc.tokens[c].dep == "mark" for c in doc.children[verb.i]):
            return None
        _, clause_end = doc.subtree(verb.i)
        for c in doc.children[verb.head]:
            n = doc.tokens[c]
            if n.dep not in SUBJECT_DEPS or n.i <= clause_end:
                continue
            for work in self.works.values():
                if work.kind != "person" or work.key in exclude:
                    continue
                if any(
                    m.contains(n.span) and m.text(self.text)[:1].isupper() for m in work.mentions
                ):
                    return work.key if self._compatible(work.key, gender) else None
        return None

    def _reported_subjects(self, span: Span) -> set[str]:
        """The people named as the subject of the clause reported by the verb ``span`` is the
        subject of: Trump of "Trump has one thing in common …, the columnist suggested", whom
        the description c-commands (a name deeper in the words may be the speaker's own:
        "the nominee later said he was being sarcastic, … criticism that Trump was …")."""
        doc = self.doc
        head = doc.head_of(span) if doc is not None else None
        if doc is None or head is None or doc.tokens[head].dep not in SUBJECT_DEPS:
            return set()
        subjects = [
            doc.tokens[k].span
            for c in doc.children[doc.tokens[head].head]
            if doc.tokens[c].dep in _REPORTED
            for k in doc.children[c]
            if doc.tokens[k].dep in SUBJECT_DEPS
        ]
        return {
            h.key
            for h in self.history
            if h.named and any(h.span.overlaps(at) or h.span.contains(at) for at in subjects)
        }

    def _indefinite_before(self, i: int) -> bool:
        """Whether the pronoun at token ``i`` opens a clause hung on a verb whose object is a
        person introduced with "a"/"an" and never named ("forced out a Russia-friendly
        president after he refused"): the pronoun is that unnamed one, whom no name gives."""
        doc = self.doc
        if doc is None or self._in_quote(doc.tokens[i].span):
            return False
        t = doc.tokens[i]
        verb = doc.tokens[t.head]
        if t.dep not in SUBJECT_DEPS or verb.dep not in {"advcl", "relcl", "ccomp", "conj"}:
            return False
        heads = self.data.title_heads | self.data.person_nouns | self.data.occupation_nouns
        spoken = [s.speaker.span for s in self.analysis.statements if s.speaker is not None]
        for k in doc.children[verb.head]:
            n = doc.tokens[k]
            if (
                n.dep == "dobj"
                and n.i < i
                and n.tag == "NN"
                and n.lemma_or_word in heads
                and any(doc.tokens[c].text.lower() in {"a", "an"} for c in doc.children[k])
                and not self._in_quote(n.span)
                and not any(at.contains(n.span) for at in spoken)
            ):
                return True
        return False

    def _heard_before(self, span: Span) -> list[_Seen]:
        """The mentions before ``span`` that it may refer back to, in text order: outside a
        quote, a quote's words name no antecedent."""
        outside = not self._in_quote(span)
        found = [
            h
            for h in self.history
            if h.span.end <= span.start and not (outside and self._in_quote(h.span))
        ]
        if self._headlines:
            line = self._headline_of(span)
            found = [h for h in found if self._headline_of(h.span) in (None, line)]
        return found

    def _clause_subject(self, i: int) -> str | None:
        """The key of the subject of the verb governing token ``i``, when it is known."""
        doc = self.doc
        if doc is None:
            return None
        verb = doc.tokens[i].head
        if doc.tokens[i].dep == "pobj":
            verb = doc.tokens[verb].head
        for c in doc.children[verb]:
            if doc.tokens[c].dep in SUBJECT_DEPS:
                at = doc.tokens[c].span
                for seen in reversed(self.history):
                    if seen.span.overlaps(at) or at.contains(seen.span):
                        return seen.key
        return None

    def _antecedent(
        self, span: Span, gender: Gender | None, exclude: set[str], lookback: int = _LOOKBACK
    ) -> str | None:
        """Hobbs-like choice: this sentence's nearest subject, then earlier main subjects
        (at most ``lookback`` sentences back)."""
        doc = self.doc
        if doc is None:
            return None
        sent = doc.sentence_of(span)
        prior = [
            h
            for h in self._heard_before(span)
            if h.key not in exclude and not h.modifier and self._compatible(h.key, gender)
        ]
        same = [h for h in prior if h.sent == sent]
        parallel = self._conjunct_subject(span, same)
        if parallel is not None:
            return self._unjoined(span, parallel, prior)
        # a possessor ("Comey's recommendation") only where no other mention of the sentence is
        owning = [h for h in same if not self._possessor(h.span)]
        for group in ([h for h in same if h.subject], owning, same):
            if group:
                return self._unjoined(span, group[-1], prior)
        for back in range(1, lookback + 1):
            earlier = [h for h in prior if h.sent == sent - back]
            for group in (
                [h for h in earlier if h.main],
                [h for h in earlier if h.subject],
                earlier,
            ):
                if group:
                    return self._unjoined(span, group[0], prior)
        return None

    def _conjunct_subject(self, span: Span, same: list[_Seen]) -> _Seen | None:
        """The subject of the verb the pronoun's own verb is joined to by "and"/"but", among
        ``same``: "Sanders let Kingson speak first, and then … he spent his speech praising
        the candidate" is Sanders, not Kingson, the subject of a clause inside."""
        doc = self.doc
        head = doc.head_of(span) if doc is not None else None
        if doc is None or head is None or doc.tokens[head].dep not in SUBJECT_DEPS:
            return None
        verb = doc.tokens[doc.tokens[head].head]
        if verb.dep != "conj" or verb.head == verb.i:
            return None
        for c in doc.children[verb.head]:
            if doc.tokens[c].dep in SUBJECT_DEPS:
                at = doc.tokens[c].span
                return next((h for h in reversed(same) if h.span.contains(at)), None)
        return None

    def _possessor(self, span: Span) -> bool:
        """Whether ``span`` is written as the possessor of a noun ("Comey's recommendation")."""
        doc = self.doc
        head = doc.head_of(span) if doc is not None else None
        return doc is not None and head is not None and doc.tokens[head].dep == "poss"

    def _unjoined(self, span: Span, chosen: _Seen, prior: list[_Seen]) -> str | None:
        """``chosen``'s key, unless it was named joined by "and" to another candidate:
        "Stoltenberg and Johnson also confirmed … He added" may be either man."""
        doc = self.doc
        head = doc.head_of(chosen.span) if doc is not None else None
        if doc is None or head is None:
            return chosen.key
        t = doc.tokens[head]
        partners = [c for c in doc.children[head] if doc.tokens[c].dep == "conj"]
        if t.dep == "conj":
            partners.append(t.head)
        for h in prior:
            if h.key != chosen.key and any(h.span.contains(doc.tokens[p].span) for p in partners):
                self.ambiguous.add(span)
                return None
        return chosen.key

    def _latter(self, span: Span, which: int) -> str | None:
        """ "the latter"/"the former": the last or last-but-one actor named just before."""
        doc = self.doc
        if doc is None:
            return None
        sent = doc.sentence_of(span)
        order: list[str] = []
        for h in self.history:
            if h.named and h.span.end <= span.start and sent - _LOOKBACK <= h.sent <= sent:
                if h.key in order:
                    order.remove(h.key)
                order.append(h.key)
        persons = [k for k in order if self.works[k].kind == "person"]
        pool = persons if len(persons) >= 2 else order
        return pool[which] if len(pool) >= -which else None
