"""What a speaker phrase says of its speaker: a pronoun's kind, a list a pronoun takes whole,
joined names, a name beside a person noun, "one of" a group, a name set off by a comma."""

from __future__ import annotations

from reportedly.actors._doc import SUBJECT_DEPS
from reportedly.actors._reports import _ReportResolver
from reportedly.actors._resolution_data import DASHES
from reportedly.actors._titles import named_by
from reportedly.actors.folding import fold
from reportedly.model import Span

# how the first of joined names stands to the rest: a subject, or the parser's "nmod" of "Xi
# and … Putin"
_JOINED = SUBJECT_DEPS | {"nmod", "conj"}


class _SpeakerPhrases(_ReportResolver):
    """Reads speaker phrases for the speaker resolver."""

    def _kind_agrees(self, written: str, kind: str) -> bool:
        """Whether a pronoun speaker may be an actor of ``kind``: "he"/"she" only a person,
        "it" never one ("… you are the best," it said: the letter, not the man it names);
        other words always."""
        word = written.strip().lower().lstrip(DASHES)
        if self.data.pronoun_gender(word) is not None:
            return kind == "person"
        return kind != "person" if word in self.data.neuter else True

    def _person_by_apposition(self, key: str, span: Span) -> None:
        """Make an article's own body or place a person when the speaker phrase sets its name
        beside a person noun ("Fumio Ohta, a retired admiral", "her lawyer Kaloy Akhilgov"):
        the tagger's label was wrong, the phrase says who it is."""
        doc, work = self.doc, self.works[key]
        if doc is None or work.actor is not None or work.kind not in {"country", "organisation"}:
            return
        heads = self.data.person_nouns | self.data.title_heads
        for m in work.mentions:
            h = doc.head_of(m) if span.contains(m) else None
            if h is None:
                continue
            beside = [c for c in doc.children[h] if doc.tokens[c].dep == "appos"]
            if doc.tokens[h].dep == "appos":
                beside.append(doc.tokens[h].head)
            if any(
                doc.tokens[b].tag == "NN"
                and not m.contains(doc.tokens[b].span)
                and doc.tokens[b].lemma_or_word in heads
                for b in beside
            ):
                work.kind = "person"
                return

    def _listed_before(self, key: str, span: Span) -> bool:
        """Whether the last mention of ``key`` before ``span`` is one item of a list ("Bulgaria,
        Czech Republic, … and Slovakia"), which a plural pronoun takes whole, not the one."""
        doc = self.doc
        before = [m for m in self.works[key].mentions if m.end <= span.start]
        if doc is None or not before:
            return False
        last = max(before, key=lambda m: m.start)
        head = doc.head_of(last)
        if head is None:
            return False
        token = doc.tokens[head]
        # (the parser may hang the rest of the list on the first as an apposition)
        conjuncts = [
            c
            for c in doc.children[head]
            if doc.tokens[c].dep == "conj"
            or (
                doc.tokens[c].dep == "appos"
                and any(doc.tokens[g].dep == "conj" for g in doc.children[c])
            )
        ]
        return any(not last.contains(doc.tokens[c].span) for c in conjuncts) or (
            token.dep == "conj" and not last.contains(doc.tokens[token.head].span)
        )

    def _registry_person_within(self, named: str, written: str) -> str | None:
        """The registry person a speaker's own words name when the tagger glued them into a
        longer body or place of the article's own ("Other Topics of Interest Scholz Urges …":
        an organisation "Topics of Interest Scholz"); None when the words are that whole
        name, or name no one person."""
        work = self.works[named]
        if work.kind in {"person", "unknown"} or fold(written) == fold(work.name):
            return None
        people = named_by(self.registry, written)
        if len(people) != 1 or people[0].type != "person":
            return None
        return self._ensure(people[0])

    def _group_of_one(self, head: int, span: Span) -> int | None:
        """The plural noun of "one of the EU officials", "some of Ukraine's partners" inside
        the speaker ``span`` headed by token ``head``: the group describes the part, not a name
        the group's noun is modified by ("one of Australia's leading defence strategists" is no
        Australia)."""
        doc = self.doc
        if doc is None or doc.tokens[head].text.lower() not in self.data.partitive_words:
            return None
        for c in doc.children[head]:
            if doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() == "of":
                for o in doc.children[c]:
                    t = doc.tokens[o]
                    if t.dep == "pobj" and t.tag in {"NNS", "NNPS"} and span.contains(t.span):
                        return o
        return None

    def _modified_person(self, head: int, span: Span) -> str | None:
        """The person whose name a speaker ``span`` only modifies: "Ukrainian" of "by Ukrainian
        President Volodymyr Zelensky", where attribution kept the first entity of the phrase."""
        doc = self.doc
        if doc is None or doc.tokens[head].dep not in {"amod", "compound"}:
            return None
        k = doc.tokens[head].head
        while doc.tokens[k].dep in {"compound", "flat"} and doc.tokens[k].head > k:
            k = doc.tokens[k].head
        if k <= head or span.contains(doc.tokens[k].span) or doc.subtree(k)[0] > head:
            return None
        named = self._work_at(doc.tokens[k].span)
        return named if named is not None and self.works[named].kind == "person" else None

    def _apposed_opening(self, span: Span) -> str | None:
        """The person whose name opens a speaker phrase and is set off from a description by
        a comma or a dash ("Kostin, Ukraine's chief prosecutor", "Andriy Yermak – chief
        adviser to Ukraine's president, Volodymyr Zelenskiy"), whatever the parser made the
        phrase's head: the description says who the name is, it names no other speaker."""
        doc = self.doc
        inside = doc.tokens_in(span) if doc is not None else range(0)
        if doc is None or len(inside) < 3:
            return None
        first = doc.tokens[inside[0]]
        key = self._work_at(first.span)
        if key is None or self.works[key].kind != "person":
            return None
        k = inside[0]
        while k + 1 < inside.stop and any(
            m.contains(doc.tokens[k + 1].span) for m in self.works[key].mentions
        ):
            k += 1
        if k + 1 >= inside.stop - 1 or doc.tokens[k + 1].text not in {",", *DASHES}:
            return None
        rest = [doc.tokens[i] for i in range(k + 2, inside.stop)]
        if any(t.pos == "CCONJ" for t in rest):
            return None  # "Biden, Scholz and Macron": several speakers
        heads = self.data.title_heads | self.data.person_nouns
        if not any(t.lemma_or_word in heads for t in rest):
            return None
        return key

    def _aged(self, head: int) -> bool:
        """Whether token ``head`` is the "old" of "the 44-year-old": a person described."""
        doc = self.doc
        if doc is None or doc.tokens[head].text.lower() != "old":
            return False
        return any(doc.tokens[c].text.lower() in {"year", "years"} for c in doc.children[head])

    def _joint(self, head: int, span: Span) -> bool:
        """Whether the speaker headed by token ``head`` is two or more named actors joined by
        "and" ("Xi and Russian President Vladimir Putin", "Dan Sabbagh in Kyiv and Luke
        Harding"), not one name holding an "and" ("Law and Justice", one entity)."""
        doc = self.doc
        if doc is None:
            return False
        token, first_conj = doc.tokens[head], head
        while doc.tokens[first_conj].dep == "conj" and doc.tokens[first_conj].head < first_conj:
            first_conj = doc.tokens[first_conj].head  # "and Russia" of "the US, Britain and …"
        if first_conj != head and doc.tokens[first_conj].dep in SUBJECT_DEPS:
            span = Span(min(span.start, doc.tokens[first_conj].start), span.end)  # "Johnson"
        elif token.dep in SUBJECT_DEPS:  # "US President Joe Biden" of "… and Olaf Scholz agreed"
            last = [
                doc.subtree(c)[1]
                for c in doc.children[head]
                if doc.tokens[c].dep == "conj" and doc.tokens[c].pos == "PROPN"
            ]  # a name joined on, never a clause the parser hung there
            span = Span(span.start, max([span.end, *(doc.tokens[i].end for i in last)]))
        inside = doc.tokens_in(span)
        names = [i for i in inside if doc.tokens[i].pos == "PROPN"]
        comma = False  # an apposition's "and" describes one ("a professor and …"), unless two
        # people stand on its sides ("The Secretary-General of NATO, Jens Stoltenberg and
        # British Prime Minister Boris Johnson")
        for k in inside:
            t = doc.tokens[k]
            if t.text == ",":
                comma = True
                continue
            first = doc.tokens[t.head]
            if (
                t.text.lower() != "and"
                or self._entity_at(t.span) is not None
                or first.pos != "PROPN"
                or (first.i != head and first.dep not in _JOINED and not comma)
            ):
                continue  # "Law and Justice MP Marek Suski": the party's name
            left = [i for i in names if i < k]
            right = [i for i in names if i > k]
            if left and not right and not comma and self._joined_group(first.i, k, inside):
                # "Kyiv and its Western allies": a named actor and a group beside it
                return self._actor_like(self._work_at(doc.tokens[left[-1]].span), left[-1])
            if not left or not right:
                continue
            x = self._work_at(doc.tokens[left[-1]].span)
            y = self._work_at(doc.tokens[right[-1]].span)
            kind = self.works[x].kind if x and y and x != y else None
            if kind is not None and y is not None and kind != self.works[y].kind:
                kind = None
            if comma and not (kind == "person" or (kind == "country" and first.dep in _JOINED)):
                continue  # "Ziabari, the correspondent of Asia Times and … Fellow": one man;
                # countries inside a description ("CEO of Iraq and Afghanistan Veterans …")
            if x != y and (x is not None or y is not None) and self._actor_like(x, left[-1]):
                return True  # two entities, or a name beside one the tagger missed ("Xi")
        return False

    def _joint_people(self, head: int, span: Span) -> bool:
        """Whether the speaker headed by token ``head`` is two groups of unnamed people joined
        by "and" ("three US officials and one senior Ukrainian official"), or people of two
        countries ("French and German officials"): several speakers, none of them alone."""
        doc = self.doc
        if doc is None:
            return False
        d = self.data
        people = d.official_nouns | d.person_nouns | d.occupation_nouns | d.spokesperson_nouns
        token = doc.tokens[head]
        if token.pos != "NOUN" or token.lemma_or_word not in people:
            return False
        inside = doc.tokens_in(span)
        for k in inside:
            t = doc.tokens[k]
            if t.dep != "conj" or doc.tokens[t.head].dep == "conj":
                continue
            own = any(doc.tokens[c].dep in {"det", "nummod"} for c in doc.children[k])
            if (
                t.head == head
                and t.pos == "NOUN"
                and t.lemma_or_word in people
                and (own or "NNS" in {t.tag, token.tag})
            ):
                # "US officials and one senior Ukrainian official"; never one person's two
                # roles ("Lithuania's president and summit host, Gitanas Nauseda")
                return True
            first = doc.tokens[t.head]
            country = self.registry.country_token(first.text)
            if (
                first.head == head
                and first.dep in {"amod", "compound", "nmod"}
                and country is not None
                and self.registry.country_token(t.text) not in {None, country}
            ):
                return True  # "French and German officials"
        return False

    def _whose_owner(self, head: int) -> int | None:
        """The noun "whose" stands for in a speaker that is a thing of it ("Legittelekom,
        whose homepage reveals …"): the head of the relative clause; None for a person or a
        body of it ("Kyiv, whose spokesman said", "Russia, whose ministry said")."""
        doc = self.doc
        d = self.data
        others = (
            d.official_nouns
            | d.person_nouns
            | d.occupation_nouns
            | d.spokesperson_nouns
            | d.title_heads
            | d.organisation_nouns
            | d.government_nouns
        )
        token = doc.tokens[head] if doc is not None else None
        if doc is None or token is None or token.pos != "NOUN" or token.lemma_or_word in others:
            return None
        if not any(doc.tokens[c].text.lower() == "whose" for c in doc.children[head]):
            return None
        verb = doc.tokens[doc.tokens[head].head]
        if verb.dep != "relcl" or verb.head == verb.i:
            return None
        return verb.head

    def _joined_group(self, first: int, k: int, inside: range) -> bool:
        """Whether a plural common noun after the "and" at ``k`` is joined to ``first``."""
        doc = self.doc
        return doc is not None and any(
            i > k
            and doc.tokens[i].dep == "conj"
            and doc.tokens[i].head == first
            and doc.tokens[i].tag == "NNS"
            for i in inside
        )

    def _actor_like(self, key: str | None, i: int) -> bool:
        """Whether the first of joined names is an actor of its own: known to the registry
        ("Xi", "Kyiv", untagged), or a full name, a body or a country; not a one-word person of the
        article's own ("Law" of "Law and Justice MP Marek Suski", tagged as a person)."""
        doc = self.doc
        if key is None:
            if doc is None:
                return False
            written = doc.tokens[i].text  # "Xi", or a capital that speaks ("Kyiv")
            found = self.registry.match_name(written)
            return len(found) == 1 or (
                not found and self.registry.match_metonym(written) is not None
            )
        work = self.works[key]
        return work.actor is not None or work.kind != "person" or len(work.name.split()) > 1
