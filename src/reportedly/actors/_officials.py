"""Unnamed officials to the bodies they speak for: "US officials", "a defense official"."""

from __future__ import annotations

from reportedly.actors._bodies import _NOT_BODIES, _BodyResolver
from reportedly.actors._doc import Doc
from reportedly.actors.folding import fold
from reportedly.model import Token


class _OfficialsResolver(_BodyResolver):
    """Finds the body that officials written without a name speak for."""

    def _earlier_officials(self, head: int, lemma: str) -> str | None:
        """The body of the officials last named a few sentences before ``head`` ("the senior
        DIA officials said … , the officials said")."""
        doc = self.doc
        if doc is None:
            return None
        for k, t in self._tokens_back(head):
            if t.tag in {"NNS", "NNPS"} and t.lemma_or_word == lemma:
                body = self._officials_body(doc.subtree(k)[0], k)
                if body is not None:
                    return body
        return None

    def _country_source(self, lo: int, head: int) -> bool:
        """Whether ``head`` is a noun naming no office that only a country qualifies ("a
        German source"): someone of that country, not its government."""
        doc = self.doc
        if doc is None:
            return False
        t = doc.tokens[head]
        if t.lemma_or_word not in self.data.source_nouns:
            return False
        words = [doc.tokens[i] for i in range(lo, head) if doc.tokens[i].pos not in {"DET", "NUM"}]
        return len(words) == 1 and self.registry.country_token(words[0].text) is not None

    def _earlier_official(self, head: int, lemma: str) -> str | None:
        """The body of the unnamed official a phrase introduced a few sentences before
        ``head`` ("a senior US official said … the official added": the US government), the
        nearest one with a body named; None when there is none."""
        doc = self.doc
        if doc is None:
            return None
        for k, t in self._tokens_back(head):
            if t.tag != "NN" or t.lemma_or_word != lemma:
                continue
            dets = [doc.tokens[c].text.lower() for c in doc.children[k]]
            body = self._officials_body(doc.subtree(k)[0], k) or self._officials_of(
                [doc.tokens[c] for c in doc.children[k]]
            )
            if body is not None or any(d in {"a", "an"} for d in dets):
                # the nearest official a body was given ("the senior White House official
                # … the official cast doubt"), up to the one an "a" introduced
                return body
        return None

    def _officials_body(self, lo: int, head: int) -> str | None:
        """The body that unnamed officials speak for, named before the head noun: a country
        (its government), a government or an organisation ("Pentagon officials")."""
        doc = self.doc
        if doc is None:
            return None
        spelled = self._body_spelled(lo, head)
        if spelled is not None:
            return spelled  # "US intelligence officials": the body the words spell, not the US
        for i in range(lo, head):
            t = doc.tokens[i]
            work = self.works.get(self._entity_at(t.span) or "")
            if work is not None and work.kind not in {"person", "unknown"}:
                if work.kind != "country":
                    return work.key
                country = work.actor.country if work.actor else None
                government = self._country_body(country, lo, head) or self._government(country)
                if government is not None:
                    return government
            token = self.registry.country_token(t.text)
            country = token[1:].upper() if token else None
            government = self._country_body(country, lo, head) or self._government(country)
            if government is not None:
                return government
            body = self.registry.match_metonym(t.text)
            if body is not None:
                return self._ensure(body)
        return self._executive_officials(lo, head) or self._body_by_word(lo, head)

    def _leaders_body(self, union: str, lemma: str) -> str | None:
        """The body in which the leaders of ``union`` meet, where the data name one ("EU
        leaders": the European Council); None for other nouns and bodies."""
        actor = self.works[union].actor
        if lemma not in self.data.leader_nouns or actor is None:
            return None
        body = self.data.leaders_bodies.get(actor.id)
        if body is None or body not in self.registry:
            return None
        return self._ensure(self.registry.by_id(body))

    def _executive_officials(self, lo: int, head: int) -> str | None:
        """The government that officials named by its executive speak for ("two senior
        administration officials", "government officials"): the executive last named with
        its owner ("the Biden administration"), else the government of the country that is
        the subject just before, as a bare "the government" there is read; None when neither.
        An executive with words of its own ("the regional administration") is no government."""
        doc = self.doc
        if doc is None or head <= lo:
            return None
        t = doc.tokens[head - 1]
        lemma = t.lemma_or_word
        if t.dep not in {"compound", "nmod", "amod"} or lemma not in (
            self.data.executive_nouns | self.data.government_nouns
        ):
            return None
        ranks = self.data.official_ranks
        # "Biden administration officials", parsed as two compounds of "officials": the
        # proper name right before the executive noun owns it all the same
        before = doc.tokens[head - 2] if head - 2 >= lo else None
        flat = (
            before is not None
            and before.head == head
            and before.dep in {"compound", "poss", "nmod"}
            and before.pos == "PROPN"
        )
        first, last = doc.subtree(head - 2) if flat else (head, head)
        if any(
            doc.tokens[i].pos not in {"DET", "NUM", "PUNCT"}
            and fold(doc.tokens[i].text) not in ranks
            for i in range(lo, head - 1)
            if doc.tokens[i].head != t.i and not first <= i <= last
        ):
            return None  # "Regional administration officials": another body's
        owners = [doc.tokens[k] for k in doc.children[t.i] if doc.tokens[k].dep != "punct"]
        if owners or flat:  # "Biden administration officials": that administration, or nobody
            if lemma not in self.data.executive_nouns:
                return None
            return self._executive_of_owner(t.i, [head - 2] if flat and not owners else None)
        named = self._named_executive(t.i) if lemma in self.data.executive_nouns else None
        return named or self._government(self._subject_country(doc.span(lo, head)))

    def _body_spelled(self, lo: int, head: int) -> str | None:
        """The one registry body the words before ``head`` spell out, the longest run that
        holds a capital first ("State department officials", a name the tagger missed)."""
        doc = self.doc
        if doc is None:
            return None
        for start in range(lo, head):
            if not any(doc.tokens[i].text[:1].isupper() for i in range(start, head)):
                return None
            written = doc.span(start, head - 1).text(self.text)
            bodies = [a for a in self.registry.match_name(written) if a.type not in _NOT_BODIES]
            if len(bodies) == 1:
                return self._ensure(bodies[0])
        return None

    def _officials_of(self, children: list[Token]) -> str | None:
        """The body of "officials of the American administration", "a spokesman for Acme": the
        one their "of"/"for"/"at" names."""
        doc = self.doc
        if doc is None:
            return None
        for c in children:
            if c.dep == "prep" and c.text.lower() in self.data.official_prepositions:
                for k in doc.children[c.i]:
                    if doc.tokens[k].dep == "pobj":
                        return self._officials_body(doc.subtree(k)[0], k + 1)
            if c.dep == "prep" and c.text.lower() == "in":
                # "the authorities in Kyiv": a capital that stands for its government; a
                # city no government sits in ("officials in Kharkiv") names no body
                for k in doc.children[c.i]:
                    t = doc.tokens[k]
                    if t.dep == "pobj" and t.pos == "PROPN" and doc.subtree(k) == (k, k):
                        body = self.registry.match_metonym(t.text)
                        if body is not None and body.type == "government":
                            return self._ensure(body)
        return None

    def _modifier_words(self, doc: Doc, lo: int, head: int) -> set[str]:
        """The lowercase nouns and adjectives before ``head`` that are not official nouns
        ("defense" in "U.S. defense officials")."""
        return {
            fold(doc.tokens[i].text)
            for i in range(lo, head)
            if doc.tokens[i].pos in {"NOUN", "ADJ"} and doc.tokens[i].text.islower()
        } - self.data.official_nouns

    def _owned_by_it(self, head: int, key: str | None) -> str | None:
        """A body "its"/"their" owns ("Its defence ministry", after "Russia … calls …"): the
        registry body of the possessor's country whose name holds the phrase's modifier (the
        possessor found as "it" is), else ``key`` only when that body's name holds the head
        word (the last ministry named); never the last body of another kind named before,
        which is no body the pronoun owns. ``key`` as given for any other phrase."""
        doc = self.doc
        if doc is None:
            return key
        token = doc.tokens[head]
        owners = [
            doc.tokens[c]
            for c in doc.children[head]
            if doc.tokens[c].dep == "poss" and doc.tokens[c].text.lower() in {"its", "their"}
        ]
        lemma = token.lemma_or_word
        if len(owners) != 1 or lemma not in self.data.organisation_nouns:
            return key
        at = self._body_antecedent(owners[0].span)
        work = self.works.get((self._entity_at(at) if at is not None else None) or "")
        if work is not None and work.kind in {"country", "government"}:
            country = work.actor.country if work.actor is not None else None
            return self._country_body(country, doc.subtree(head)[0], head) or key
        if work is not None and work.kind not in _NOT_BODIES:
            return work.key  # "Aramco … Its board also recommended …": Aramco
        known = self.works.get(key or "")
        names = [known.name, *known.names] if known is not None else []
        return key if any(lemma in fold(n).split() for n in names) else None

    def _country_body(self, country: str | None, lo: int, head: int) -> str | None:
        """The one registry body of ``country`` whose name holds a lowercase modifier of the
        officials ("U.S. defense officials": the Department of Defense, not the government);
        its armed forces for a military word ("Ukrainian military officials")."""
        doc = self.doc
        if doc is None or country is None:
            return None
        words = self._modifier_words(doc, lo, head)
        if words & self.data.military_modifiers:
            forces = self._country_forces(lo, head)  # "a Ukrainian military spokesman"
            if forces is not None:
                return forces
        if words & {"defense", "defence"}:
            words |= {"defense", "defence"}
        found = [
            a
            for a in self.registry
            if a.country == country
            and a.type not in {"person", "country", "government", "media"}
            and words & set(fold(a.name).split())
        ]
        if len(found) > 1:  # "defense" officials are the ministry's, not the DIA's
            found = [a for a in found if {"ministry", "department"} & set(fold(a.name).split())]
        if len(found) > 1:  # "foreign ministry" officials: the ministry with both words
            most = max(len(words & set(fold(a.name).split())) for a in found)
            found = [a for a in found if len(words & set(fold(a.name).split())) == most]
        return self._ensure(found[0]) if len(found) == 1 else None

    def _body_by_word(self, lo: int, head: int) -> str | None:
        """The one body named before ``head`` whose name holds a lowercase modifier of the
        officials ("a defense official" after "the Defense Department"); never an
        international body, whose name's words are fields of any country's officials
        ("public health officials" are no World Health Organization's)."""
        doc = self.doc
        if doc is None:
            return None
        words = self._modifier_words(doc, lo, head)
        at = doc.tokens[head].start
        found = {
            w.key
            for w in self.works.values()
            if w.kind not in _NOT_BODIES
            and (w.actor is None or w.actor.type != "international_body")
            and any(m.end <= at for m in w.mentions)
            and words & {x for n in [w.name, *w.names] for x in fold(n).split()}
        }
        return found.pop() if len(found) == 1 else None

    def _country_forces(self, lo: int, head: int) -> str | None:
        """The armed forces a unit written before ``head`` with its country belongs to
        ("Ukraine's eastern military command": the Armed Forces of Ukraine): of the registry's
        military bodies of that one country, the one no other is part of and others are (or
        the only one); None when the words name no country, or two."""
        countries = self._countries_in(lo, head - 1)
        if len(countries) != 1:
            return None
        country = countries.pop()
        military = {a.id: a for a in self.registry if a.type == "military" and a.country == country}
        parents = {p for a in military.values() for p in a.member_of if p in military}
        top = [a for a in military.values() if not set(a.member_of) & military.keys()]
        chosen = [a for a in top if a.id in parents] if len(top) > 1 else top
        return self._ensure(chosen[0]) if len(chosen) == 1 else None
