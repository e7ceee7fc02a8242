"""Who a pronoun speaker inside someone's report is, which body "it"/"they"/"we" speak for,
and whose document a speaker-less frame quotes."""

from __future__ import annotations

from collections.abc import Mapping

from reportedly.actors._descriptions import _DescriptionResolver
from reportedly.actors._doc import SUBJECT_DEPS, Doc
from reportedly.actors.folding import fold
from reportedly.model import Span, Statement

_CHAIN_GAP = 2  # sentences an "it"/"they" chain may pass over, each opening with it
# how a clause hangs under the clause that reports it ("said he would …, because he believes")
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


class _ReportResolver(_DescriptionResolver):
    """Speakers read from the statement that reports them and from the statements before."""

    def _frame_document(self, s: Statement) -> str | None:
        """The issuer of the document a speaker-less frame takes its words from: "In the
        message of the White House …, it was stated", "- added in the communication", "- was
        assured in a statement" (the body that spoke before: a statement of its own), "an
        appeal …, in which it was written"; ``None`` for a joint document or none."""
        doc = self.doc
        if doc is None or s.speaker is not None or s.cue is None:
            return None
        verb = doc.head_of(s.cue)
        if verb is None:
            return None
        for prep in doc.children[verb]:
            if doc.tokens[prep].dep != "prep" or doc.tokens[prep].text.lower() != "in":
                continue
            for k in doc.children[prep]:
                noun = doc.tokens[k]
                if noun.dep != "pobj":
                    continue
                if noun.tag == "WDT" and doc.tokens[verb].dep == "relcl":
                    noun = doc.tokens[doc.tokens[verb].head]  # "an appeal, in which …"
                lemma = noun.lemma_or_word
                if lemma not in self.data.document_nouns:
                    continue
                children = [doc.tokens[c] for c in doc.children[noun.i]]
                if any(c.text.lower() == "joint" for c in children):
                    return None
                phrase = doc.span(*doc.subtree(noun.i))
                key = self._describe(phrase, noun.i)
                bare = all(c.dep == "det" for c in children)  # "in the communication"
                if bare and key is not None and key == self.previous_speaker:
                    # an outlet that reported before issued no frame's document
                    key = None if self.works[key].kind == "media" else key
                return key or self._earlier_document(noun.i, lemma, children, outlets=False)
        return None

    def _says_of_self(self, s: Statement, outer: Statement) -> bool:
        """Whether ``s`` is the clause ``outer``'s cue reports, with its own cue's subject as
        speaker, outside quoted words: "he said he agreed" (the same he, as English reports
        one's own words), not "comments by Trump in which he claimed"."""
        doc = self.doc
        if doc is None or s.speaker is None or outer.cue is None or s.cue is None:
            return False
        if _quoted_in(s.speaker.span, outer):
            return False
        said, cue = doc.head_of(outer.cue), doc.head_of(s.cue)
        subject = doc.head_of(s.speaker.span)
        if said is None or cue is None or subject is None:
            return False
        verb = doc.tokens[subject].head
        clause = doc.tokens[verb]
        return (
            clause.dep in {"ccomp", "xcomp"}
            and clause.head == said
            and _within(doc, cue, verb)  # "he was rather pessimistic about": the cue's clause
            and doc.tokens[subject].dep in {"nsubj", "nsubjpass"}
        )

    def _same_subject_chain(self, s: Statement, outer: Statement, key: str) -> bool:
        """Whether the pronoun speaking ``s`` heads a clause inside ``outer``'s reported words
        whose every clause up to ``outer``'s cue has the same pronoun as subject, resolved to
        ``key``: "Berlusconi said he would never have met the Ukrainian president because he
        believes …" (one man throughout, whoever else the clauses name as objects)."""
        doc = self.doc
        if doc is None or s.speaker is None or outer.cue is None:
            return False
        if _quoted_in(s.speaker.span, outer) or self._in_quote(s.speaker.span):
            return False  # in someone's quoted words, "he" is someone they speak of
        said, subject = doc.head_of(outer.cue), doc.head_of(s.speaker.span)
        if said is None or subject is None or doc.tokens[subject].dep not in {"nsubj", "nsubjpass"}:
            return False
        word = doc.tokens[subject].text.lower()
        k, links = doc.tokens[subject].head, 0
        while k != said:
            t = doc.tokens[k]
            if t.dep not in _CLAUSE_LINKS or t.head == k:
                return False
            k, links = t.head, links + 1
            if k == said:
                break
            same = [
                c
                for c in doc.children[k]
                if doc.tokens[c].dep in {"nsubj", "nsubjpass"}
                and doc.tokens[c].text.lower() == word
                and self.resolved_at.get((doc.tokens[c].start, doc.tokens[c].end)) == key
            ]
            if not same:
                return False
        return links > 1

    def _relative_elsewhere(self, s: Statement, outer: Statement, other: str) -> bool:
        """Whether the pronoun speaking ``s`` heads a relative clause, in ``outer``'s reported
        words outside quotes, on a noun phrase that does not name ``other``: "Lukashenko said
        he intensified talks with Putin about threats from Ukraine's allies, who he claimed
        …" is Lukashenko's own claim; "comments made by Trump in which he claimed" Trump's."""
        doc = self.doc
        if doc is None or s.speaker is None or _quoted_in(s.speaker.span, outer):
            return False
        if self._in_quote(s.speaker.span):
            return False
        subject = doc.head_of(s.speaker.span)
        if subject is None or doc.tokens[subject].dep not in {"nsubj", "nsubjpass"}:
            return False
        clause = doc.tokens[doc.tokens[subject].head]
        if clause.dep != "relcl" or clause.head == clause.i:
            return False
        phrase = doc.span(*doc.subtree(clause.head))
        return not any(
            h.key == other and phrase.contains(h.span) and h.span.end <= s.speaker.span.start
            for h in self.history
        )

    def _ours(self, span: Span) -> bool:
        """Whether the speaker ``span`` is a group "our" owns ("Our analysts say …" in the
        words of the US president): people of the quoted speaker's body."""
        doc = self.doc
        head = doc.head_of(span) if doc is not None else None
        if doc is None or head is None or doc.tokens[head].tag not in {"NNS", "NNPS"}:
            return False
        t = doc.tokens[head]
        nouns = self.data.person_nouns | self.data.official_nouns
        return t.lemma_or_word in nouns and any(
            doc.tokens[c].dep == "poss" and doc.tokens[c].text.lower() == "our"
            for c in doc.children[head]
        )

    def _body_speaking(self, key: str | None) -> str | None:
        """The body ``key`` speaks for: a body itself, a country its government, a person the
        body whose office they held on the article's date; None for a person of no office."""
        work = self.works.get(key or "")
        if work is None or work.kind == "unknown":
            return None
        if work.kind == "country":
            return self._government(work.actor.country if work.actor else None)
        if work.kind != "person":
            return work.key
        body = self.office_body(work.actor)
        return self._ensure(body) if body is not None else None

    def _named_it(self, span: Span, done: Mapping[str, Statement]) -> str | None:
        """The body "it" stands for, as the statement naming it resolved it (the UN Office
        for the Coordination of Humanitarian Affairs, not the "UN Office" the tagger found)."""
        at = self._body_antecedent(span)
        if at is None:
            return None
        for d in done.values():
            if d.speaker is not None and d.speaker_entity and d.speaker.span.contains(at):
                return d.speaker_entity
        return self._entity_at(at)

    def _chained(self, s: Statement, done: Mapping[str, Statement]) -> str | None:
        """The body an "it"/"they" speaker goes on from: the speaker of the statement just
        before, in this sentence or the one before, when it was the same pronoun or (for
        "they") plural people resolved to their body ("the foreign ministers said … They
        called for …")."""
        doc = self.doc
        if doc is None or s.speaker is None:
            return None
        word = s.speaker.text.strip().lower()
        sent = doc.sentence_of(s.speaker.span)
        before = [
            d
            for d in done.values()
            if d.reported_by is None
            and d.speaker is not None
            and d.speaker_entity in self.works
            and d.speaker.span.end <= s.speaker.span.start
        ]
        if not before:
            return None
        last = max(before, key=lambda d: d.speaker.span.start if d.speaker else -1)
        if last.speaker is None or last.speaker_entity is None:
            return None
        between = range(doc.sentence_of(last.speaker.span) + 1, sent)
        if len(between) > _CHAIN_GAP or not all(self._opens_with(k, word) for k in between):
            # "It's threatening sanctions … It's providing … It's promising": a sentence
            # between goes on only when it opens with the same pronoun
            return None
        if self.works[last.speaker_entity].kind == "person":
            return None
        said = last.speaker.text.strip().lower()
        head = doc.head_of(last.speaker.span)
        plural = head is not None and doc.tokens[head].tag in {"NNS", "NNPS"}
        return last.speaker_entity if said == word or (word == "they" and plural) else None

    def _opens_with(self, sent: int, word: str) -> bool:
        """Whether sentence ``sent`` opens with the pronoun ``word`` as its subject."""
        doc = self.doc
        if doc is None:
            return False
        for t in doc.tokens:
            if t.sent != sent or t.pos in {"SPACE", "PUNCT"}:
                continue
            return t.text.lower() == word and t.dep in SUBJECT_DEPS
        return False

    def _proceeding_opener(self, span: Span, done: Mapping[str, Statement]) -> str | None:
        """Who opened the proceedings a definite speaker names ("The FSB said it had opened a
        criminal case against him. The case accuses him …"): the subject of the verb that
        opened one of the same noun a few sentences back, an "it" there found as a speaker's
        "it" is (not through a speaker attribution may have cut wrong); None when no such verb
        is found."""
        doc = self.doc
        head = doc.head_of(span) if doc is not None else None
        if doc is None or head is None:
            return None
        lemma = doc.tokens[head].lemma_or_word
        if lemma not in self.data.proceeding_nouns or not any(
            doc.tokens[c].text.lower() in {"the", "this"} for c in doc.children[head]
        ):
            return None
        for _, t in self._tokens_back(head):
            if t.dep != "dobj" or t.lemma_or_word != lemma:
                continue
            verb = doc.tokens[t.head]
            if verb.lemma_or_word not in self.data.opening_verbs:
                return None
            for c in doc.children[verb.i]:
                subject = doc.tokens[c]
                if subject.dep != "nsubj":
                    continue
                if subject.text.lower() == "it":
                    return self._named_it(subject.span, done)
                return self._subject_actor(c)
            return None
        return None

    def _names_inside(self, span: Span) -> bool:
        """Whether a named mention of a person lies inside ``span``."""
        return any(
            span.contains(m) and m != span
            for w in self.works.values()
            if w.kind == "person"
            for m in w.mentions
        )

    def _same_sentence(self, s: Statement, outer: Statement) -> bool:
        """Whether the speakers of ``s`` and the statement it is nested in share a sentence."""
        doc = self.doc
        if doc is None or s.speaker is None or outer.speaker is None:
            return True
        return doc.sentence_of(s.speaker.span) == doc.sentence_of(outer.speaker.span)

    def _we_by_final_speakers(self, speakers: dict[str, str | None]) -> None:
        """Resolve "we" in quoted words again once the walk has resolved every speaker: a
        quote's "he said" comes after its "we", so the walk met the "we" while that speaker
        was still attribution's guess ('"As for Donbass, we hoped …" he said' was Donbass)."""
        doc = self.doc
        if doc is None:
            return
        final = {
            s.id: self.resolved_at.get((s.speaker.span.start, s.speaker.span.end), speakers[s.id])
            if s.speaker is not None
            else speakers.get(s.id)
            for s in self.analysis.statements
        }
        for t in doc.tokens:
            at = (t.start, t.end)
            if t.text.lower() not in self.data.first_plural or at not in self.resolved_at:
                continue
            key = self._quoted_by(t.span, final)
            old = self.resolved_at[at]
            if key is None or key == old:
                continue
            self.resolved_at[at] = key
            self.works[old].mentions = [m for m in self.works[old].mentions if m != t.span]
            if not any(m.overlaps(t.span) for m in self.works[key].mentions):
                self.works[key].mentions.append(t.span)

    def _we_named(self, at: Span) -> str | None:
        """The body the text names as "we" before ``at`` ("We, the Participants in the
        International Crimea Platform, …"): the one organisation named in the nearest such
        apposition; else nobody, since a "we" of its own may be anyone (the author too)."""
        doc = self.doc
        if doc is None:
            return None
        for t in reversed(doc.tokens[: doc.tokens_in(Span(0, at.start)).stop]):
            if t.text.lower() not in self.data.first_plural:
                continue
            for c in doc.children[t.i]:
                if doc.tokens[c].dep != "appos":
                    continue
                lo, hi = doc.subtree(c)
                phrase, head = doc.span(lo, hi), doc.tokens[c].span
                written = f" {fold(phrase.text(self.text))} "
                bodies = {
                    w.key
                    for w in self.works.values()
                    if w.kind not in {"person", "country"}
                    and (
                        any(phrase.contains(m) and not m.overlaps(head) for m in w.mentions)
                        or (len(w.name.split()) > 1 and f" {fold(w.name)} " in written)
                    )
                }
                if len(bodies) == 1:
                    return bodies.pop()
        return None

    def _joint_subject_before(self, span: Span) -> bool:
        """Whether a subject in the sentence before ``span`` (or in its own, before it) joins
        names with "and" ("China and Belarus would bolster their cooperation …, the statement
        said. They also pledged"): a "they" after it may be all of them."""
        doc = self.doc
        inside = doc.tokens_in(span) if doc is not None else range(0)
        if doc is None or not inside:
            return False
        first = doc.tokens[inside[0]].sent - 1
        k = inside[0] - 1
        while k >= 0 and doc.tokens[k].sent >= first:
            t = doc.tokens[k]
            if t.dep in {"nsubj", "nsubjpass"} and self._entity_at(t.span) is not None:
                joined = [c for c in doc.children[k] if doc.tokens[c].dep == "conj"]
                if any(self._entity_at(doc.tokens[c].span) is not None for c in joined):
                    return True
            k -= 1
        return False

    def _subject_noun(self, span: Span, word: str) -> tuple[bool, str | None]:
        """(decided, key) for an "it"/"they" speaker from the subject before it in its
        sentence, else the main subject of the sentence before: a body resolved there is the
        speaker, a person leaves it to the other rules; a common noun must agree in number,
        and a body's noun is resolved as a description ("Ukraine's military says … And on
        Saturday, it said"); a thing speaks for nobody ("The legal arm of the foundation has
        drawn up an indictment. It said", never a body named sentences before). A plural
        noun of no body may be people: "they" is left to the other rules then."""
        doc = self.doc
        i = self._noun_subject_before(span) if doc is not None else None
        if doc is None or i is None:
            return False, None
        t = doc.tokens[i]
        if doc.is_infinitive_subject(t.span):
            return True, None  # "get Hamas to release …, it could": Hamas is acted on
        named = self._entity_at(t.span)
        if named is not None:
            # a body the subject was resolved to ("Ukraine's military says …", the armed
            # forces), never a person, whom "it" does not stand for
            if self.works[named].kind in {"person", "unknown"}:
                return False, None
            return True, named
        if t.pos == "PROPN":
            # a name no actor stands for ("Western Europe helped Ukraine because it
            # expected …"): a place, or someone the text leaves unknown
            return word == "it", None
        if (word == "they") != (t.tag == "NNS"):
            return False, None
        d = self.data
        lemma = t.lemma_or_word
        if lemma in d.organisation_nouns | d.government_nouns | d.document_nouns:
            lo, hi = doc.subtree(i)
            return True, self._describe(doc.span(lo, hi), i)
        # "they" may be people whatever the noun ("Rescuers … and they also say")
        return word == "it", None


def _within(doc: Doc, i: int, verb: int) -> bool:
    """Whether token ``i`` is ``verb`` or lies under it, no other clause between."""
    while i != verb:
        t = doc.tokens[i]
        if t.head == i or t.dep in _CLAUSE_LINKS:
            return False
        i = t.head
    return True


def _quoted_in(span: Span, outer: Statement) -> bool:
    """Whether ``span`` lies in ``outer``'s own quoted words."""
    if outer.kind == "indirect":
        return False
    return any(
        part.contains(span) for part in (outer.content if outer.kind == "direct" else outer.quotes)
    )
