"""Cataphora: a description that comes before the name of the one it describes, or that the
article writes elsewhere before that name ("her lawyer said … her lawyer Kaloy Akhilgov")."""

from __future__ import annotations

from reportedly.actors._documents import _DocumentResolver
from reportedly.actors.folding import fold
from reportedly.model import Span, Token

# characters before a name searched for the words of a description
_WINDOW = 120
# tokens after a role noun searched for the name it introduces ("Journalist of Russian
# independent television "Rain" Jekaterina Kotrikadze"), and the steps from name to noun
_ROLE_REACH = 12
_ROLE_PATH = frozenset({"prep", "pobj", "compound", "appos", "nmod", "flat"})


class _Cataphora(_DocumentResolver):
    """Finds who a headline's or a lede's description is in the sentences after it."""

    def _headline_subject(self) -> str | None:
        """The first person heard of as a subject in the sentences after a headline."""
        for seen in self.history:
            if 1 <= seen.sent <= 3 and seen.subject and self.works[seen.key].kind == "person":
                return seen.key
        return None

    def _lede_subject(self, span: Span, token: Token, lemma: str) -> str | None:
        """Who a person's description in an article's first sentence is, no other person named
        before it: the person the next sentence names first as a subject, new there (a
        lede's cataphora); never for an official or a source, whom a lede keeps anonymous, nor
        for someone's ("his lawyer"), whom the next sentence's subject is likely to own."""
        d = self.data
        if token.sent != 0 or lemma not in d.person_nouns | d.title_heads:
            return None
        before = [h for h in self.history if h.span.end <= span.start]
        if lemma in d.official_nouns or any(self.works[h.key].kind == "person" for h in before):
            return None  # (a place or body named before is no one a person's description is)
        doc = self.doc
        if doc is not None and any(
            doc.tokens[c].dep == "poss" and doc.tokens[c].pos == "PRON"
            for c in doc.children[token.i]
        ):
            return None  # "…, his lawyer said. Ivan Petrenko is expected in court": his, not he
        after = [h for h in self.history if h.sent == 1 and h.subject and h.span.start >= span.end]
        first = after[0] if after else None
        if first is None or not first.named:
            return None
        work = self.works[first.key]
        fresh = not any(m.end <= first.span.start for m in work.mentions)
        return first.key if work.kind == "person" and fresh else None

    def _named_with_description(self, span: Span, *, ours: bool = False) -> str | None:
        """The one person the article names right after the same words as the description
        ``span`` elsewhere: "her lawyer said … her lawyer Kaloy Akhilgov said" (a name the
        registry does not know is taken whatever the tagger labelled it). ``ours``: the
        description is the outlet's own ("our correspondent adds"), whose "our" the name's
        words need not repeat ("BBC diplomatic correspondent James Landale")."""
        words = fold(span.text(self.text)).split()
        if len(words) < 2:
            return None
        if ours and words[0] == "our":
            words = words[1:]
        found = set()
        for work in self.works.values():
            if work.kind != "person" and (work.actor is not None or work.kind == "country"):
                continue  # (a name only the article knows may be tagged as a body)
            for m in work.mentions:
                written = m.text(self.text)
                if m.overlaps(span) or not written[:1].isupper():
                    continue  # a name, not "he" or a description resolved to the person
                # right before the name: "according to his lawyer, Masha wrote" names no lawyer
                before = self.text[max(0, m.start - _WINDOW) : m.start].rstrip()
                if before[-1:].isalnum() and fold(before).split()[-len(words) :] == words:
                    found.add(work.key)
        return found.pop() if len(found) == 1 else None

    def _described_objects(self, children: list[Token]) -> list[int]:
        """The objects of a description's "of"/"for"/"at" ("the chairman of [Rusal]")."""
        doc = self.doc
        if doc is None:
            return []
        return [
            k
            for c in children
            if c.dep == "prep" and c.text.lower() in {"of", "for", "at"}
            for k in doc.children[c.i]
            if doc.tokens[k].dep == "pobj"
        ]

    def _of_named_firm(self, children: list[Token]) -> bool:
        """Whether a description's "of"/"for"/"at" object is a business written with its name
        ("the chairman of the Russian metals firm Rusal"): someone of that firm, whom the last
        person named need not be."""
        doc = self.doc
        if doc is None:
            return False
        for k in self._described_objects(children):
            lo, hi = doc.subtree(k)
            words = doc.tokens[lo : hi + 1]
            if any(t.lemma_or_word in self.data.business_nouns for t in words) and any(
                t.pos == "PROPN" for t in words
            ):
                return True
        return False

    def _named_after_role(self, lemma: str, offset: int) -> str | None:
        """The person the article introduced before ``offset`` with a ``lemma`` noun and a
        name right in its phrase: "Journalist of Russian independent television "Rain"
        Jekaterina Kotrikadze … - the journalist emphasized", where the tagger took her name
        for a work's title; the latest such introduction, outside quotes."""
        doc = self.doc
        if doc is None:
            return None
        for t in reversed(doc.tokens):
            if t.end > offset or t.pos != "NOUN" or (t.lemma or t.text).lower() != lemma:
                continue
            if self._in_quote(t.span):
                continue
            for k in range(t.i + 1, min(len(doc.tokens), t.i + _ROLE_REACH)):
                name = doc.tokens[k]
                if name.sent != t.sent or name.end > offset:
                    break
                if name.pos != "PROPN" or not name.text[:1].isupper():
                    continue
                if doc.tokens[name.head].pos == "PROPN" and name.head > k:
                    continue  # a given name: its surname heads the name
                if not self._reaches(k, t.i):
                    continue
                named = [  # (a mention from the role noun on is a speaker phrase, no name)
                    w
                    for w in self.works.values()
                    if any(m.contains(name.span) and m.start > t.start for m in w.mentions)
                ]
                if named:
                    if named[0].kind == "person":
                        return named[0].key
                    continue  # "the journalist of CNN": a body, no name of the journalist
                return self._name_entity(k)
        return None

    def _reaches(self, i: int, noun: int) -> bool:
        """Whether token ``i`` hangs on ``noun`` through a noun phrase's own links only."""
        doc = self.doc
        for _ in range(_ROLE_REACH):
            if doc is None or doc.tokens[i].dep not in _ROLE_PATH or doc.tokens[i].head == i:
                return False
            i = doc.tokens[i].head
            if i == noun:
                return True
        return False

    def _person_in_name(self, i: int) -> str | None:
        """The one person named inside the proper name token ``i`` ends: "Karolina Hytrek
        -Posiecka", where the tagger's person stops before the hyphenated word."""
        doc = self.doc
        if doc is None or doc.tokens[i].pos != "PROPN":
            return None
        words = [k for k in doc.children[i] if k < i and doc.tokens[k].dep in {"compound", "flat"}]
        name = doc.span(min([i, *words]), i)
        found = {
            w.key
            for w in self.works.values()
            if w.kind == "person" and any(name.contains(m) and m != name for m in w.mentions)
        }
        return found.pop() if len(found) == 1 else None
