"""Documents as speakers: who issued "the report", "the resolution", "the statement"."""

from __future__ import annotations

import re

from reportedly.actors._doc import SUBJECT_DEPS
from reportedly.actors._officials import _OfficialsResolver
from reportedly.actors._state import _INDEFINITE, _Work
from reportedly.actors.acronyms import expansion, is_acronym
from reportedly.actors.folding import fold
from reportedly.model import Span, Token


class _DocumentResolver(_OfficialsResolver):
    """Finds the author of a document the text names as a speaker."""

    def _remember_document(self, head: int, key: str | None) -> None:
        """Keep the author found for a document noun: a later "the resolution" some
        sentences on is the same resolution ("According to the resolution …" after "The
        Senate adopted a resolution"); a guess from the previous speaker is not kept."""
        doc = self.doc
        if doc is None or key is None:
            return
        token = doc.tokens[head]
        lemma = token.lemma_or_word
        kept = self.documents.get(lemma)
        if key == self.previous_speaker and (kept is None or kept[1] != key):
            return  # (the same author as the document kept: this one is the latest of it)
        if lemma in self.data.document_nouns and token.tag == "NN":
            self.documents[lemma] = (head, key)

    def _earlier_document(
        self, head: int, lemma: str, children: list[Token], *, outlets: bool = True
    ) -> str | None:
        """The author of "the report" that no words of its own name: the author found for
        the same noun before, when no other such document was named since ("a new report",
        "a joint statement"); else the body that spoke before (never a person, who is seldom
        the author of the report that follows his words; with ``outlets`` false, nor an
        outlet, whose report a frame's "- added in the communication" is not)."""
        doc = self.doc
        earlier = self.documents.get(lemma)
        if (
            doc is not None
            and earlier is not None
            and any(c.dep == "det" and c.text.lower() == "the" for c in children)
            and not any(self._another_document(k, lemma) for k in range(earlier[0] + 1, head))
        ):
            return earlier[1]
        if doc is not None and self._new_document_just_before(head, lemma):
            # "a report published by the Conflict Observatory, … The report assessed": that
            # new report, whose author is no one known, not the body that spoke before it
            return None
        prev = self.previous_speaker
        at = self.previous_at
        if at is not None and doc is not None and doc.sentence_of(at) < doc.tokens[head].sent - 2:
            # "The Washington Post reported on Monday … The most recent polling shows": a body
            # that spoke sentences before issued no document named now
            prev = None
        kinds = {"person"} if outlets else {"person", "media"}
        return prev if prev is not None and self.works[prev].kind not in kinds else None

    def _new_document_just_before(self, head: int, lemma: str) -> bool:
        """Whether a new document of noun ``lemma`` that its own words give an author ("a
        report published by …") is named in the sentence of token ``head`` or the one before
        ("the Ministry said in a statement" gives none: the statement is the speaker's)."""
        doc = self.doc
        if doc is None:
            return False
        first = doc.tokens[head].sent - 1
        k = head - 1
        while k >= 0 and doc.tokens[k].sent >= first:
            if self._another_document(k, lemma):
                hi = doc.subtree(k)[1]
                if any(doc.tokens[j].text.lower() == "by" for j in range(k + 1, hi + 1)):
                    return True
            k -= 1
        return False

    def _issued_next(self, head: int) -> str | None:
        """Who the sentence after a new document's ("a U.S. spy report says") says issued a
        document: "The Intelligence Community released its annual threat assessment
        report" (cataphora); ``None`` for a document known before ("the report")."""
        doc = self.doc
        if doc is None or not any(
            doc.tokens[c].dep == "det" and doc.tokens[c].text.lower() in _INDEFINITE
            for c in doc.children[head]
        ):
            return None
        after = doc.tokens[head].sent + 1
        for t in doc.tokens[head:]:
            if t.sent > after:
                break
            lemma = t.lemma_or_word
            if t.sent < after or t.pos != "VERB" or lemma not in self.data.issuing_verbs:
                continue
            kids = [doc.tokens[c] for c in doc.children[t.i]]
            if not any(
                c.dep == "dobj" and c.lemma_or_word in self.data.document_nouns for c in kids
            ):
                continue
            for c in kids:
                if c.dep == "nsubj":
                    return self._subject_actor(c.i)
        return None

    def _another_document(self, k: int, lemma: str) -> bool:
        """Whether token ``k`` names a document of noun ``lemma`` other than one named before:
        indefinite ("a new report") or joint ("the joint statement", of several authors)."""
        doc = self.doc
        if doc is None:
            return False
        t = doc.tokens[k]
        if t.lemma_or_word != lemma:
            return False
        return any(doc.tokens[c].text.lower() in _INDEFINITE | {"joint"} for c in doc.children[k])

    def _document_author(self, head: int) -> str | None:
        """Who issued the document "the document"/"the resolution" refers to: the subject
        of the clause that last issued a document, or had one of the same noun as its object,
        a few sentences back ("The Senate has passed a resolution. … the resolution reads")."""
        doc = self.doc
        if doc is None:
            return None
        own = doc.tokens[head].lemma_or_word
        other = False  # another such document named since: "The joint statement …"
        for k, t in self._tokens_back(head):
            lemma = t.lemma_or_word
            noun = doc.tokens[t.head]
            released = lemma in self.data.issuing_verbs and noun.lemma_or_word == own
            if t.pos == "VERB" and (lemma == own or released) and not other:
                # "This was reported by the Institute for the Study of War. … the report
                # notes"; "a report released by UNHCR. … the report said"
                by = [c for c in doc.children[k] if doc.tokens[c].dep == "agent"]
                objects = [o for c in by for o in doc.children[c] if doc.tokens[o].dep == "pobj"]
                if objects:  # the name "by" gives, not an apposition after it
                    return self._entity_at(doc.tokens[objects[0]].span)
            another = not other and self._another_document(k, own)
            if another:
                # "a new television ad from the Acme PAC … The ad says": the body it is from
                author = self._named_author(k)
                if author is not None:
                    return author
            other = other or another
            if t.dep == "dobj" and lemma in self.data.document_nouns:
                verb = doc.tokens[t.head]
                issued = (verb.lemma.lower() or verb.text) in self.data.issuing_verbs
                if lemma != own and not issued:
                    continue  # "Moscow has ignored that warning. … The report": not Moscow's
                for c in doc.children[t.head]:
                    if doc.tokens[c].dep in SUBJECT_DEPS:
                        return self._subject_actor(c)
                return None
        return None

    def _widest_at(self, at: Span) -> str | None:
        """The entity with the widest named mention covering ``at``, a country aside."""
        found = [
            (m.end - m.start, w.key)
            for w in self.works.values()
            if w.kind != "country"
            for m in w.mentions
            if m.contains(at)
        ]
        return max(found)[1] if found else None

    def _written_author(self, phrase: Span, lo: int, head: int) -> str | None:
        """The author a document's own words name: a name before its head noun or the agent
        of a verb on it, the widest first and a body before a person ("the SITE Intelligence
        Group", not its "Intelligence Group" [PERSON]); else an untagged acronym or name
        before the noun; never a platform ("a YouTube video") or a capitalised common word
        ("Exit polling")."""
        inside = [
            (m, w)
            for w in self.works.values()
            if w.kind != "country"
            for m in w.mentions
            if phrase.contains(m)
            and self._authors(m, head)
            and not self._capital_only(w, m)
            and fold(w.name) not in self.data.platform_names
        ]
        inside.sort(key=lambda p: (p[1].kind == "person", -(p[0].end - p[0].start)))
        if inside:
            return None if self._joined_bodies(inside[0][1].name) else inside[0][1].key
        return (
            self._acronym_before(lo, head)
            or self._untagged_author(head)
            or self._untagged_agent(head)
        )

    def _untagged_agent(self, head: int) -> str | None:
        """The entity of a name the tagger missed as the agent of a verb on a document
        ("disclosures filed Sunday night by Conservative Solutions"), not one who relays it."""
        doc = self.doc
        if doc is None:
            return None
        for k in self._by_objects(head):
            t = doc.tokens[k]
            by = doc.tokens[t.head]
            if t.pos != "PROPN" or by.dep != "agent" or t.ent_type or self._relays(by):
                continue
            if doc.tokens[by.head].head != head or not t.text[:1].isupper():
                continue  # the verb must hang on the document itself
            return self._untagged_body(k)
        return None

    def _untagged_body(self, last: int, first: int | None = None) -> str:
        """The entity of an untagged name (:meth:`_name_entity`) that writes a document: made
        new, it is a pollster's, a publisher's or a filer's, a body, not a person."""
        known = set(self.works)
        key = self._name_entity(last, first)
        if key not in known:
            self.works[key].kind, self.works[key].gender = "organisation", None
        return key

    def _relays(self, by: Token) -> bool:
        """Whether the agent ``by`` is of a verb that passes a document on ("court documents
        reported previously by The Post"): who relays a document wrote none."""
        doc = self.doc
        return (
            doc is not None
            and by.dep == "agent"
            and doc.tokens[by.head].lemma_or_word in self.data.relaying_verbs
        )

    def _capital_only(self, work: _Work, m: Span) -> bool:
        """Whether ``work`` is a one-word "person" named once, by the word opening a sentence
        ("Exit polling showed"): a capitalised common word the tagger took for a name."""
        doc = self.doc
        if doc is None or work.kind != "person" or len(work.mentions) != 1:
            return False
        inside = doc.tokens_in(m)
        if len(inside) != 1:
            return False
        i = inside[0]
        return i == 0 or doc.tokens[i - 1].sent != doc.tokens[i].sent

    def _joined_bodies(self, name: str) -> bool:
        """Whether a name the tagger glued from two names with a hyphen or a slash, one of
        them a body the registry knows ("Washington Post-ABC News" of a joint poll), is that
        pair: several authors."""
        parts = [p.strip() for p in re.split(r"(?<=\w)[-/](?=[A-Z])", name)]
        return len(parts) > 1 and any(
            any(a.type != "person" for a in self.registry.match_name(p)) for p in parts
        )

    def _acronym_before(self, lo: int, head: int) -> str | None:
        """The one body named before whose name an untagged acronym written before a
        document's head noun spells ("A 1996 FEC advisory opinion" after "Federal Election
        Commission regulations")."""
        doc = self.doc
        if doc is None:
            return None
        for k in range(lo, head):
            word = doc.tokens[k].text
            if doc.tokens[k].pos != "PROPN" or not is_acronym(word) or len(word) < 3:
                continue
            bodies = [
                (w.key, [w.name, *w.names])
                for w in self.works.values()
                if w.kind not in {"person", "country", "unknown"}
                and any(m.end <= doc.tokens[k].start for m in w.mentions)
            ]
            found = expansion(word, bodies)
            if found is not None:
                return found
        return None

    def _untagged_author(self, head: int) -> str | None:
        """The entity of a name the tagger missed written just before a document's head noun
        ("The Morning Consult poll"): capitalised proper nouns tagged nothing, joined to the
        noun; never a people's or a party's adjective ("a Democratic poll"), a place or a day."""
        doc = self.doc
        if doc is None:
            return None
        first = head
        while first > 0:
            t = doc.tokens[first - 1]
            if t.pos != "PROPN" or t.dep != "compound" or t.ent_type or not t.text[:1].isupper():
                break
            first -= 1
        if first == head or self.registry.country_token(doc.tokens[first].text):
            return None
        if fold(doc.span(first, head - 1).text(self.text)) in self.data.platform_names:
            return None  # "the school's Facebook post": a platform publishes no one's words
        return self._untagged_body(head - 1, first)

    def _by_objects(self, head: int) -> list[int]:
        """The tokens of ``head``'s subtree that a "by" takes as its object: a document's
        authors, or the agents of a verb on it."""
        doc = self.doc
        if doc is None:
            return []
        lo, hi = doc.subtree(head)
        return [
            k
            for k in range(lo, hi + 1)
            if doc.tokens[k].dep == "pobj" and doc.tokens[doc.tokens[k].head].text.lower() == "by"
        ]

    def _joint_authors(self, head: int) -> bool:
        """Whether a document's "by" names two or more authors ("a study by William Seltzer
        of Fordham University and Margo Anderson"), directly or as the agent of a verb on it."""
        doc = self.doc
        if doc is None:
            return False
        for k in self._by_objects(head):
            joined = [doc.tokens[c] for c in doc.children[k] if doc.tokens[c].dep == "conj"]
            if any(c.pos == "PROPN" for c in joined):
                return True
        return False

    def _named_author(self, k: int) -> str | None:
        """The body a document noun at token ``k`` says it is by or from, by the widest name
        tagged there ("a new ad from the Acme PAC"); None for a place or no name."""
        doc = self.doc
        if doc is None:
            return None
        for c in doc.children[k]:
            if doc.tokens[c].dep != "prep" or doc.tokens[c].text.lower() not in {"by", "from"}:
                continue
            for o in doc.children[c]:
                if doc.tokens[o].dep != "pobj" or doc.tokens[o].pos != "PROPN":
                    continue
                key = self._widest_at(doc.tokens[o].span)
                if key is not None and self.works[key].kind not in {"person", "unknown"}:
                    return key
        return None

    def _subject_actor(self, c: int) -> str | None:
        """The actor subject token ``c`` heads: a body the registry knows by the whole
        phrase, else the entity its head or an apposition names ("the upper house of the
        Polish parliament, the Senate")."""
        doc = self.doc
        if doc is None:
            return None
        subject = doc.span(*doc.subtree(c))
        written = subject.text(self.text)
        bodies = [a for a in self.registry.match_name(written) if a.type != "person"]
        if len(bodies) == 1:
            return self._ensure(bodies[0])
        parts = [doc.tokens[c].span] + [
            doc.tokens[k].span for k in doc.children[c] if doc.tokens[k].dep == "appos"
        ]
        for part in parts:
            found = [h.key for h in self.history if h.span.overlaps(part)]
            if found:
                return found[0]
        return None

    def _authors(self, m: Span, head: int) -> bool:
        """Whether a mention inside a document's phrase can be its author: written before
        its head noun ("a USA TODAY analysis") or as the agent of a verb on it ("a report
        released by the VA"), not what the document is about ("a resolution demanding
        Russia end its occupation of the Zaporizhzhia nuclear power plant")."""
        doc = self.doc
        if doc is None:
            return False
        if m.end <= doc.tokens[head].start:
            return True
        k = doc.head_of(m)
        while k is not None and doc.tokens[k].dep in {"compound", "nmod", "flat"}:
            k = doc.tokens[k].head  # "the Quad [nmod] foreign ministers"
        if k is None or doc.tokens[k].dep != "pobj":
            return False
        by = doc.tokens[doc.tokens[k].head]
        return by.text.lower() == "by" and not self._relays(by)

    def _author_owned_by(self, head: int) -> str | None:
        """The body a document's agent names as someone's ("a statement released by his
        ministry", "a report by Lavrov's ministry"): the body whose office that person holds
        on the article's date, when its name has the agent's noun."""
        doc = self.doc
        if doc is None:
            return None
        for k in self._by_objects(head):
            noun = doc.tokens[k].lemma_or_word
            if noun not in self.data.organisation_nouns:
                continue
            for c in doc.children[k]:
                owner = doc.tokens[c]
                if owner.dep != "poss":
                    continue
                key = self._referent(owner)
                work = self.works.get(key or "")
                body = self.office_body(work.actor) if work and work.kind == "person" else None
                if body is not None and noun in fold(body.name).split():
                    return self._ensure(body)
        return None
