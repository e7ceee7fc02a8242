"""Description speakers to actors: titles, people described by role, documents, bodies."""

from __future__ import annotations

from reportedly.actors._bodies import _DESCRIBED_LOOKBACK, _NOT_BODIES
from reportedly.actors._body_words import heads_any
from reportedly.actors._cataphora import _Cataphora
from reportedly.actors._resolution_data import Gender
from reportedly.actors._state import _FORMER, _INDEFINITE, _Work
from reportedly.actors._written_bodies import _ACRONYM_AFTER, _WrittenBodies
from reportedly.actors.folding import fold
from reportedly.model import Span, Token

# sentences a description naming a country looks back for a person of that country (the
# country narrows the field, so a farther antecedent is still safe)
_COUNTRY_LOOKBACK = 30
_BY = frozenset({"of", "by", "from"})  # "the statement of …", "a report by …"
# what a noun phrase holds after its head: "the head of the Indian government", not the clause
_PHRASE_DEPS = frozenset({"prep", "compound", "amod", "nmod", "poss", "case", "nummod", "flat"})


class _DescriptionResolver(_WrittenBodies, _Cataphora):
    """Resolves a speaker written as a description ("the Kremlin spokesman", "the report",
    "US officials", "the ministry") through the article and the registry."""

    def _work_at(self, at: Span) -> str | None:
        """The entity with a named mention covering ``at`` (persons first)."""
        found = [w for w in self.works.values() if any(m.contains(at) for m in w.mentions)]
        found.sort(key=lambda w: w.kind != "person")
        return found[0].key if found else None

    @property
    def _description_heads(self) -> frozenset[str]:
        d = self.data
        return d.person_nouns | d.title_heads | d.document_nouns | d.organisation_nouns

    def _describe(self, span: Span, head: int) -> str | None:
        """Who a description speaker is: a title, a document's author, an organisation."""
        key = self._describe_phrase(span, head) or self._seat_of_country(head)
        key = self._owned_by_it(head, key)
        self._remember_document(head, key)
        return key

    def _describe_phrase(self, span: Span, head: int) -> str | None:
        doc = self.doc
        if doc is None:
            return None
        token = doc.tokens[head]
        word = token.text.lower()
        # a head the lists name as written is not lemmatised ("data" is no "datum")
        lemma = word if word in self._description_heads else token.lemma.lower() or word
        children = [doc.tokens[c] for c in doc.children[head]]
        executive = self._bare_executive(lemma, children)
        governing = lemma in self.data.government_nouns or executive
        for c in children:  # "Trump's running mate, Indiana Gov. Mike Pence"
            if c.dep == "appos" and not doc.past_its_verb(head, c.i):
                named = self._work_at(c.span) or self._person_in_name(c.i)
                if named is not None:
                    return named
        if token.dep == "appos" and lemma in self.data.title_heads:
            # "Ursula von der Leyen, President of the European Commission": the one named
            named = self._work_at(doc.tokens[token.head].span)
            if named is not None and self.works[named].kind == "person":
                return named
        lo, hi = doc.subtree(head)
        phrase = doc.span(lo, hi)
        if not span.overlaps(token.span):
            span = phrase  # attribution kept only "The" of "The US President"
        # "the leader of Belarus Alexander Lukashenko"; never a body's founder or owner ("the
        # Foundation for the Fight of Corruption (FBK) of the oppositionist Alexei Navalny")
        named = None if lemma in self.data.organisation_nouns else self._trailing_name(lo, hi)
        if named is not None:
            return named
        if lemma in self.data.document_nouns:
            documents = self.data.document_nouns
            if any(c.dep == "conj" and c.lemma_or_word in documents for c in children):
                return None  # "the book and the movie": several documents, as joint speakers
            for c in children:
                if c.dep == "poss":
                    return self._referent(c)
            authors = [c for c in children if c.dep == "prep" and c.text.lower() in _BY]
            if self._joint_authors(head):
                return None  # "a study by William Seltzer … and Margo Anderson": several
            for c in authors:  # "the statement of the leadership of Belarus"
                a, b = doc.subtree(c.i)
                by = doc.span(a + 1, b).text(self.text) if b > a else ""
                bodies = [x for x in self.registry.match_name(by) if x.type != "person"]
                if len(bodies) == 1:
                    return self._ensure(bodies[0])
            first = next((k for k in range(lo, head) if doc.tokens[k].dep != "det"), head)
            left = doc.span(first, head - 1).text(self.text) if first < head else ""
            bodies = [x for x in self.registry.match_name(left) if x.type != "person"]
            if len(bodies) == 1:
                return self._ensure(bodies[0])  # "a U.S. intelligence report"
            if (issuer := self._author_owned_by(head)) is not None:
                return issuer  # "a statement released by his ministry"
            if (written := self._written_author(phrase, lo, head)) is not None:
                return written  # "a USA TODAY analysis", "a report released by the VA"
            if any(c.text.lower() == "joint" for c in children):
                return None  # "a joint statement" of no body named: several, as joint speakers
            verb = doc.tokens[token.head]
            if token.dep == "dobj" and (verb.lemma.lower() or verb.text) in self.data.issuing_verbs:
                for k in doc.children[verb.i]:  # "Kissinger issued a statement that …"
                    if doc.tokens[k].dep == "nsubj":
                        return self._subject_actor(k)
            for c in authors:  # "the advice of Basta": a name the tagger missed
                objects = [doc.tokens[k] for k in doc.children[c.i] if doc.tokens[k].dep == "pobj"]
                if objects and objects[0].pos == "PROPN" and objects[0].text[:1].isupper():
                    # the widest name tagged there ("the SITE Intelligence Group", not its
                    # "Intelligence Group" [PERSON]), else a name of its own
                    return self._widest_at(objects[0].span) or self._name_entity(objects[0].i)
            if authors:
                return None  # its author is written, but is nobody known
            if (issuer := self._issued_next(head)) is not None:
                return issuer  # "a report says. X released the report": a new one's issuer
        plural = token.tag in {"NNS", "NNPS"} or any(  # ("one official": a numeral "one")
            c.dep in {"det", "nummod"} and c.text.lower() in _INDEFINITE for c in children
        )
        speaking = lemma in self.data.official_nouns | self.data.spokesperson_nouns
        if speaking and plural and not self._country_source(lo, head):
            body = self._officials_body(lo, head) or self._officials_of(children)
            if body is None and any(c.dep == "det" and c.text.lower() == "the" for c in children):
                body = self._earlier_officials(head, lemma)  # "the officials": those named
                if body is None:
                    body = self._subject_body(span)  # "The SBU accused him. The authorities …"
            if body is not None:
                return body  # "US officials", "a senior Ukrainian official": their government
        if plural and lemma in self.data.person_nouns:
            for c in children:  # "ISW analysts", "an Ukrinform correspondent": their body
                if c.dep not in {"compound", "poss"}:
                    continue
                owner = self._entity_at(c.span) or self._named_elsewhere(c.text)
                if owner is None:
                    bodies = [a for a in self.registry.match_name(c.text) if a.type != "person"]
                    owner = self._ensure(bodies[0]) if len(bodies) == 1 else None
                if owner is not None and self.works[owner].kind not in _NOT_BODIES:
                    return self._leaders_body(owner, lemma) or owner
            of = [c for c in children if c.dep == "prep" and c.text.lower() == "of"]
            for c in of:  # "Members of the G7", "leaders of the Quad": that body
                pobj = [k for k in doc.children[c.i] if doc.tokens[k].dep == "pobj"]
                owner = self._entity_at(doc.tokens[pobj[0]].span) if pobj else None
                if owner is not None and self.works[owner].kind not in _NOT_BODIES:
                    return owner
            if self._definite(children) or self._national_members(children, lemma, span):
                # "Quad foreign ministers" before; "the senators" of the Senate named before
                body = self._earlier_officials(head, lemma) or self._members_of(lemma, span)
                if body is not None:
                    return body
        if governing and not plural:
            # "the Ukrainian side", "the Russian regime": that country's government
            government = self._government(self._described_country(lo, hi))
            if government is not None:
                return government
            if lemma in self.data.government_nouns:
                if (seat := self._seat_government(lo, hi)) is not None:
                    return seat  # "the Kyiv government"
                if self._unknown_country_named(lo, hi):
                    return None  # "the Peruvian government" is no government named before
        # ("one of Australia's leading defence strategists has warned. Prof Paul Dibb …": one)
        one = span.text(self.text).lower().startswith("one of ")
        if plural and (token.tag not in {"NNS", "NNPS"} or one):
            lede = self._lede_subject(span, token, lemma)
            if lede is not None:
                return lede  # "…, a UK defence minister has said. James Heappey said …"
        if plural:
            # "The Ukrainians say": their country; "officials", "a source": nobody in particular
            return self._people_of(token, children)
        # "said PiS president": a title a named body specifies is as definite as with "the";
        # so is one after a possessive the parser did not join to it ("The spies’ spokesman"),
        # and one a country's adjective specifies ("…," Brazilian leader noted)
        owned = lemma in self.data.title_heads and (
            any(c.dep == "compound" and self._entity_at(c.span) is not None for c in children)
            or (head > 0 and doc.tokens[head - 1].text in {"'", "’", "'s", "’s"})
            or (
                lemma in self.data.sole_title_heads
                and any(c.dep == "amod" and self.registry.country_token(c.text) for c in children)
            )
        )
        if (named := self._brand_before(lemma, children)) is not None:
            return named  # "Time magazine", "the Acme company": the name it is written with
        if not owned and not any(c.dep in {"det", "poss"} for c in children):
            if token.sent == 0 and lemma in self.data.person_nouns | self.data.title_heads:
                return self._headline_subject()  # "Lawmaker urges …": cataphora
            return None
        if lemma in self.data.document_nouns:
            return self._document_author(head) or self._earlier_document(head, lemma, children)
        if lemma in self.data.military_unit_nouns and not plural:
            written = _ACRONYM_AFTER.sub("", phrase.text(self.text))
            bodies = [a for a in self.registry.match_name(written) if a.type != "person"]
            if bodies:  # a unit the registry knows by name
                return self._ensure(bodies[0]) if len(bodies) == 1 else None
            return self._country_forces(lo, head)  # "Ukraine's eastern military command"
        if lemma in self.data.organisation_nouns:
            if (office := self._office_owner(head)) is not None:
                return office  # "the Kremlin's press service": the body it speaks for
            # "Russia's defense ministry"; "the Organization for … in Europe (OSCE)"
            bodies = self._written_bodies(phrase, head, lemma)
            if len(bodies) == 1:
                return self._ensure(bodies[0])
            modifiers = {
                a.id: a
                for c in children
                if c.dep in {"compound", "appos", "npadvmod"} and c.pos == "PROPN"
                for a in self.registry.match_name(c.text)
                if a.type not in {"person", "country"}
            }
            if len(modifiers) == 1:  # "the Reuters agency", "the Ukrainian agency Unian"
                return self._ensure(next(iter(modifiers.values())))
            for c in children:  # "the Obama administration": the office holder's government
                if c.dep in {"compound", "poss"}:
                    owner = self._entity_at(c.span)
                    actor = self.works[owner].actor if owner in self.works else None
                    owners_body = self.office_body(actor)
                    if owners_body is not None:
                        return self._ensure(owners_body)
            countries = self._countries_in(lo, hi)
            # bodies named before, latest first; a speaker only a statement resolved counts
            # too ('says "Economist"', which the tagger did not see)
            seen_at = [(h.span.end, h.key) for h in self.history if h.span.end <= span.start]
            seen_at += [
                (m.end, w.key)
                for w in self.works.values()
                for m in w.mentions
                if m.end <= span.start
            ]
            earlier = []
            for _, body in sorted(seen_at, reverse=True):
                work = self.works[body]
                # "Belarus's army" is no earlier body of another or an unknown country
                of_country = not countries or bool(work.actor and work.actor.country in countries)
                if of_country and work.kind not in _NOT_BODIES and work not in earlier:
                    earlier.append(work)
            outlets = [w for w in earlier if w.actor is not None and w.actor.type == "media"]
            if lemma in self.data.outlet_nouns:
                earlier = outlets  # "the American daily" is the last outlet named, no other body
            else:
                # "The bank" is no newspaper that reported on it
                earlier = [w for w in earlier if w not in outlets]
            if lemma in self.data.business_nouns | self.data.civic_nouns:
                # "The company", "the association" is no government, army, alliance or
                # ministry named before it
                earlier = [w for w in earlier if self._may_be_business(w)]
            # "the agency" is no ministry named before it; "the ministry" no service
            earlier = [w for w in earlier if not self._other_kind_of_body(lemma, w)]
            if executive and not countries:
                # "the administration": the one last named with its owner ("the US
                # administration"), else as "the government" below, the subject's country aside
                named = self._named_executive(head)
                if named is not None:
                    return named
            elif governing and not countries:
                topic = self._subject_country(span)
                if topic is not None:
                    # "The UK remains a supporter of Kyiv. The government announced …"
                    return self._government(topic)
            # "the ministry" is the last ministry named, else the last body; a name of its
            # own the tagger missed ("the Ibris research agency", "The Prosecutor General's
            # Office of Belarus") refers back to nobody
            owner = self._person_owner(children)
            for work in earlier:
                if heads_any(lemma, [work.name, *work.names]) and (
                    owner is None or owner in fold(work.name).split()
                ):
                    return work.key
            if (
                owner is not None
                or self._named_in(lo, hi)
                or self._unmatched_alone(children, lemma)
            ):
                # "Huckabee's campaign", "the Carson campaign", "his campaign": a body of a
                # person of no office that the article has not named, not the last body named
                return None
            quoted = bool(earlier) and not self._named_outside_quotes(earlier[0], span.start)
            if lemma in self.data.business_nouns and quoted:
                # the last body is named only in someone's quoted words ("… in Bucha,
                # Irpin …," he said. The company says …): the text does not say which
                return None
            if governing:
                # "The government" after a ministry: that country's government, not the ministry
                actor = earlier[0].actor if earlier else None
                return self._government(actor.country if actor is not None else None)
            if quoted and lemma not in self.data.outlet_nouns:
                # "CNA said: 'The Russian Navy depends …' … the organization added": the body
                # that spoke, not one its words name (an outlet's name is often quoted:
                # 'writes "The Economist"')
                earlier = [w for w in earlier if self._named_outside_quotes(w, span.start)]
            return earlier[0].key if earlier else None
        if lemma in self.data.person_nouns or lemma in self.data.title_heads:
            # "the top US diplomat" is a registry title too, though "diplomat" heads no title
            key = self._title(span, head)
            # the phrase without clauses hung on it ("the dictator, blaming Ukraine" names no
            # Ukrainian)
            nlo, nhi = self._noun_phrase(head)
            exclude = self._other_countries(nlo, nhi)
            if not any(c.text.lower() in _FORMER for c in children):
                # "the former congressman" is no office anyone holds now: the governor too
                exclude |= self._other_offices(lemma) | self._outside_role(lemma)
            if key is None:
                key = self._by_role_head(lemma, span.start, exclude)
            if key is None and lemma in self.data.occupation_nouns and self._definite(children):
                key = self._named_after_role(lemma, span.start)  # a name the tagger missed
            if key is None and lemma in self.data.official_nouns and self._definite(children):
                # "a senior US official said … the official added": the US government, not
                # the last person named
                key = self._earlier_official(head, lemma)
            body = self._officials_body(lo, head) if lemma in self.data.official_nouns else None
            if key is None and body is not None:
                # an official of a body the phrase names is that body's, never someone
                # salient: "the senior White House official" is not the president named since
                return body
            if key is None:
                gender: Gender | None = None
                if word.endswith("woman"):
                    gender = "female"
                elif word.endswith("man") and not word.endswith("woman"):
                    gender = "male"
                # (a number is no possessor: "2006-2009.The former spy", as the parser cut it)
                possessed = any(c.dep == "poss" and c.pos != "NUM" for c in children)
                lede = self._lede_subject(span, token, lemma)
                if lede is not None:
                    return lede  # "The archbishop of Canterbury has said … Justin Welby …"
                if possessed or self._of_someone(children) or self._of_named_firm(children):
                    # "his lawyer", "Biden's spokesman": someone of the possessor's whom the
                    # article has not named; salience would only guess; "the former director
                    # of an intelligence service" is someone new, as its "an" says; unless the
                    # article writes the same words before a name ("her lawyer Kaloy Akhilgov")
                    ours = lemma in self.data.occupation_nouns and not self._in_quote(span)
                    return self._named_with_description(span, ours=ours)
                if lemma in self.data.occupation_nouns:
                    # "the journalist" is no office: never the president he interviews
                    exclude |= self._office_holders()
                # "But Trump has one thing in common …, the columnist suggested": the subject
                # of the clause reported is not who reports it
                exclude |= self._reported_subjects(span)
                country = self._described_country(nlo, nhi)
                if country is not None:
                    # "the head of the Indian government": an Indian named before, first
                    foreign = {
                        w.key
                        for w in self.works.values()
                        if w.actor is None or w.actor.country != country
                    }
                    key = self._antecedent(
                        span, gender, exclude | foreign, lookback=_COUNTRY_LOOKBACK
                    )
                if key is None:
                    # "the journalist" of an interview: the one person holding no office, however
                    # many quoted sentences back (office holders are excluded above)
                    occupation = lemma in self.data.occupation_nouns and self._definite(children)
                    back = _COUNTRY_LOOKBACK if occupation else _DESCRIBED_LOOKBACK
                    key = self._antecedent(span, gender, exclude, lookback=back)
            return key
        return None

    def _noun_phrase(self, head: int) -> tuple[int, int]:
        """The first and last tokens of the noun phrase ``head`` heads, without the clauses,
        appositions and punctuation hung after it."""
        doc = self.doc
        if doc is None:
            return head, head
        lo, hi = doc.subtree(head)[0], head
        for c in doc.children[head]:
            if c > head and doc.tokens[c].dep in _PHRASE_DEPS:
                hi = max(hi, doc.subtree(c)[1])
        return lo, hi

    def _named_outside_quotes(self, work: _Work, offset: int) -> bool:
        """Whether the article names ``work`` before ``offset`` outside quoted words."""
        return any(m.end <= offset and not self._in_quote(m) for m in work.mentions)

    def _of_someone(self, children: list[Token]) -> bool:
        """Whether a description's "of"/"for"/"at" object is indefinite ("the director of an
        intelligence service"): it describes someone not named before."""
        doc = self.doc
        if doc is None:
            return False
        return any(
            doc.tokens[d].dep == "det" and doc.tokens[d].text.lower() in _INDEFINITE
            for k in self._described_objects(children)
            for d in doc.children[k]
        )

    def _described_country(self, lo: int, hi: int) -> str | None:
        """The one country tokens ``lo``..``hi`` name ("the Russian foreign minister")."""
        doc = self.doc
        if doc is None:
            return None
        countries = self._countries_in(lo, hi) or self._seat_countries(lo, hi)
        return countries.pop() if len(countries) == 1 else None

    def _other_countries(self, lo: int, hi: int) -> set[str]:
        """Registry people from another country than the one a description names: "the
        Russian foreign minister" is never Joe Biden, however salient he is."""
        country = self._described_country(lo, hi)
        if country is None:
            return set()
        return {
            w.key
            for w in self.works.values()
            if w.actor is not None and w.actor.country and w.actor.country != country
        }
