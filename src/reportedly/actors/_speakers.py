"""Statement speakers to entities: phrase heads, untagged names, descriptions; output records."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from reportedly.actors._pronouns import _PronounResolver
from reportedly.actors._resolution_data import Gender
from reportedly.actors._state import _INDEFINITE, _LATTER, _clean, _office_org, _Work
from reportedly.actors.folding import fold
from reportedly.attribution.speakers import slugify, strip_honorifics
from reportedly.model import Entity, EntityKind, Mention, Resolution, Span, Statement


class _SpeakerResolver(_PronounResolver):
    """Assigns each statement's speaker an entity and builds the stage's output records."""

    def _statement(self, s: Statement, key: str | None, done: Mapping[str, Statement]) -> Statement:
        if s.speaker is not None:
            at = (s.speaker.span.start, s.speaker.span.end)
            walked = self.resolved_at.get(at)
            pronoun = self.data.pronoun_gender(s.speaker.text.strip()) is not None
            if walked is not None and (key is None or pronoun):
                key = walked  # the walk knows genders, quotes and runs of quotes
            outer = done.get(s.reported_by) if s.reported_by is not None else None
            first = self.data.first_singular | self.data.first_plural
            if key is None and outer is not None and s.speaker.text.strip().lower() in first:
                key = outer.speaker_entity  # "I"/"we" inside someone's words: that someone
            elif pronoun and outer is not None and key is not None and key == outer.speaker_entity:
                # "he" inside Biden's words is someone else than Biden
                gender = self.data.pronoun_gender(s.speaker.text.strip())
                key = self._antecedent(s.speaker.span, gender, {key})
            if key is None and s.id in self.descriptions:
                key = self._describe(s.speaker.span, self.descriptions[s.id])
            elif key is None:
                key = self._speaker_by_text(s.speaker)
        if key is None or key not in self.works:
            resolution: Resolution = "unresolved"
            return dataclasses.replace(
                s, speaker_entity=None, speaker_actor=None, speaker_resolution=resolution
            )
        if s.reported_by is None:
            self.previous_speaker = key
        work = self.works[key]
        if s.speaker is not None and not any(m.overlaps(s.speaker.span) for m in work.mentions):
            work.mentions.append(s.speaker.span)
        return dataclasses.replace(
            s,
            speaker_entity=key,
            speaker_actor=work.actor.id if work.actor is not None else None,
            speaker_resolution="registry" if work.actor is not None else "article",
        )

    def _sweep_surnames(self) -> None:
        """Surnames the language model did not tag, joined to the one full name they end."""
        doc = self.doc
        if doc is None:
            return
        owners: dict[str, list[str]] = {}
        for work in self.works.values():
            words = fold(work.name).split()
            if work.kind == "person" and len(words) > 1:
                owners.setdefault(words[-1], []).append(work.key)
        covered = [m for w in self.works.values() for m in w.mentions]
        annotation = self.analysis.annotation
        if annotation is not None:
            covered += [m.span for m in annotation.entities]
        for t in doc.tokens:
            if t.pos != "PROPN" or not t.text[:1].isupper():
                continue
            keys = owners.get(fold(t.text), [])
            if len(keys) == 1 and not any(m.overlaps(t.span) for m in covered):
                self.works[keys[0]].mentions.append(t.span)

    def _speaker_heads(self, speakers: dict[str, str | None]) -> None:
        """Point each speaker at the entity its phrase is headed by, not at a modifier.

        "Hillary Clinton's campaign manager Robby Mook" is Mook; "the Vermont senator" is
        no entity named in it (a description, resolved later); a name the language model
        missed ("Schiff said") becomes an entity of its own or joins the full name it ends.
        """
        doc = self.doc
        if doc is None:
            return
        for s in self.analysis.statements:
            if s.speaker is None:
                continue
            span = s.speaker.span
            head = doc.head_of(span)
            if head is None:
                continue
            token = doc.tokens[head]
            if token.tag in {"WP", "WDT"}:  # "Peskov, who said": the relative's antecedent
                verb = doc.tokens[token.head]
                if verb.dep != "relcl" or verb.head == verb.i:
                    continue
                head, token = verb.head, doc.tokens[verb.head]
            if token.pos == "PRON" or token.text.lower() in _LATTER:
                continue
            named = self._work_at(token.span)
            lemma = token.lemma.lower() or token.text.lower()
            described = lemma in self._description_heads or token.tag in {"NNS", "NNPS"}
            if named is not None:
                speakers[s.id] = named
            elif token.pos == "PROPN" and token.text[:1].isupper() and not described:
                speakers[s.id] = self._name_entity(head)
            elif token.pos in {"NOUN", "PROPN"}:
                given = speakers.get(s.id)
                if given in self.works and any(
                    span.contains(m) for m in self.works[given].mentions
                ):
                    speakers[s.id] = None  # a modifier ("the Vermont senator"), not the speaker
                self.descriptions[s.id] = head

    def _work_at(self, at: Span) -> str | None:
        """The entity with a named mention covering ``at`` (persons first)."""
        found = [w for w in self.works.values() if any(m.contains(at) for m in w.mentions)]
        found.sort(key=lambda w: w.kind != "person")
        return found[0].key if found else None

    def _name_entity(self, head: int) -> str:
        """The entity of a proper name the language model did not tag ("Schiff said")."""
        doc = self.doc
        if doc is None:  # pragma: no cover - only called with a parse
            raise ValueError("no parse")
        lo = head
        while lo > 0 and doc.tokens[lo - 1].pos == "PROPN" and doc.tokens[lo - 1].head == head:
            lo -= 1
        span = doc.span(lo, head)
        name = _clean(span.text(self.text))
        if not name.isupper():
            name = strip_honorifics(name)  # "Mr Schiff" is Schiff
        words = fold(name).split()
        best: tuple[int, str] | None = None
        for work in self.works.values():
            if work.kind != "person":
                continue
            have = fold(work.name).split()
            if words and have[-len(words) :] == words:
                last = max((m.start for m in work.mentions if m.start < span.start), default=-1)
                if best is None or last > best[0]:
                    best = (last, work.key)
        if best is not None:
            key = best[1]
        else:
            found = [a for a in self.registry.match_name(name)]
            metonym = self.registry.match_metonym(name)
            if len(found) == 1:
                key = self._ensure(found[0])
            elif not found and metonym is not None:
                key = self._ensure(metonym)  # a capital that speaks: its government
            else:
                key = slugify(name)
                while key in self.registry or key in self.works:
                    key += "-x"
                kind: EntityKind = "organisation" if name.isupper() else "person"
                work = _Work(
                    key=key,
                    name=name,
                    kind=kind,
                    names=[name],
                    order=len(self.analysis.entities) + len(self.works),
                )
                self.works[key] = work
                work.gender = self._gender(work)
        work = self.works[key]
        if not any(m.overlaps(span) for m in work.mentions):
            work.mentions.append(span)
        return key

    @property
    def _description_heads(self) -> frozenset[str]:
        d = self.data
        return d.person_nouns | d.title_heads | d.document_nouns | d.organisation_nouns

    def _describe(self, span: Span, head: int) -> str | None:
        """Who a description speaker is: a title, a document's author, an organisation."""
        doc = self.doc
        if doc is None:
            return None
        token = doc.tokens[head]
        word = token.text.lower()
        lemma = token.lemma.lower() or word
        children = [doc.tokens[c] for c in doc.children[head]]
        for c in children:  # "Trump's running mate, Indiana Gov. Mike Pence"
            if c.dep == "appos":
                named = self._work_at(c.span)
                if named is not None:
                    return named
        lo, hi = doc.subtree(head)
        phrase = doc.span(lo, hi)
        named = self._trailing_name(lo, hi)
        if named is not None:
            return named  # "the leader of Belarus Alexander Lukashenko"
        if lemma in self.data.document_nouns:
            for c in children:
                if c.dep == "poss":
                    return self.resolved_at.get((c.start, c.end)) or self._entity_at(c.span)
            inside = [
                w.key
                for w in self.works.values()
                if w.kind != "country" and any(phrase.contains(m) for m in w.mentions)
            ]
            if inside:
                return inside[0]  # "a USA TODAY analysis", "a report released by the VA"
        plural = token.tag in {"NNS", "NNPS"} or any(
            c.dep == "det" and c.text.lower() in _INDEFINITE for c in children
        )
        if lemma in self.data.official_nouns and plural:
            body = self._officials_body(lo, head)
            if body is not None:
                return body  # "US officials", "a senior Ukrainian official": their government
        if plural:
            return None  # "officials", "a source": nobody in particular
        if not any(c.dep in {"det", "poss"} for c in children):
            if token.sent == 0 and lemma in self.data.person_nouns | self.data.title_heads:
                return self._headline_subject()  # "Lawmaker urges …": cataphora
            return None
        if lemma in self.data.document_nouns:
            return self.previous_speaker
        if lemma in self.data.organisation_nouns:
            bodies = [
                a for a in self.registry.match_name(phrase.text(self.text)) if a.type != "person"
            ]
            if len(bodies) == 1:
                return self._ensure(bodies[0])  # "Russia's defense ministry"
            for c in children:  # "the Obama administration": the office holder's government
                if c.dep in {"compound", "poss"}:
                    owner = self._entity_at(c.span)
                    actor = self.works[owner].actor if owner in self.works else None
                    org = _office_org(actor, self.on)
                    if org is not None and org in self.registry:
                        return self._ensure(self.registry.by_id(org))
            owners = {self.registry.country_token(doc.tokens[i].text) for i in range(lo, hi + 1)}
            countries = {t[1:].upper() for t in owners if t}
            earlier = []
            for seen in reversed(self.history):
                work = self.works[seen.key]
                # "Belarus's army" is no earlier body of another or an unknown country
                of_country = not countries or bool(work.actor and work.actor.country in countries)
                before = seen.span.end <= span.start
                if before and of_country and work.kind not in {"person", "country"}:
                    earlier.append(work)
            # "the ministry" is the last ministry named, else the last body
            for work in earlier:
                if any(lemma in fold(n).split() for n in [work.name, *work.names]):
                    return work.key
            return earlier[0].key if earlier else None
        if lemma in self.data.person_nouns or lemma in self.data.title_heads:
            key = self._title(span, head) if lemma in self.data.title_heads else None
            if key is None:
                gender: Gender | None = None
                if word.endswith("woman"):
                    gender = "female"
                elif word.endswith("man") and not word.endswith("woman"):
                    gender = "male"
                exclude = self._other_countries(lo, hi) | self._other_offices(lemma)
                key = self._antecedent(span, gender, exclude)
            return key
        return None

    def _other_offices(self, head: str) -> set[str]:
        """People known to hold only offices ``head`` does not name: "the director" is never
        someone known only as President (a generic head like "leader" excludes nobody)."""
        if head not in self.data.title_heads or head in self.data.generic_title_heads:
            return set()
        wanted = set(self.registry.title_key(head))
        others = set()
        for work in self.works.values():
            titles = list(work.roles)
            if work.actor is not None:
                roles = work.actor.roles_on(self.on) if self.on else work.actor.roles
                titles += [title for role in roles for title in role.all_titles]
            if titles and not any(wanted <= set(self.registry.title_key(t)) for t in titles):
                others.add(work.key)
        return others

    def _other_countries(self, lo: int, hi: int) -> set[str]:
        """Registry people from another country than the one a description names: "the
        Russian foreign minister" is never Joe Biden, however salient he is."""
        doc = self.doc
        if doc is None:
            return set()
        tokens = {self.registry.country_token(doc.tokens[i].text) for i in range(lo, hi + 1)}
        countries = {t[1:].upper() for t in tokens if t}
        if len(countries) != 1:
            return set()
        return {
            w.key
            for w in self.works.values()
            if w.actor is not None and w.actor.country and w.actor.country not in countries
        }

    def _trailing_name(self, lo: int, hi: int) -> str | None:
        """The person a description ends by naming, a name right after a title's last word
        ("the head of the Ministry of Foreign Affairs Radosław Sikorski"); never a name after
        a preposition ("the wife of Joe Biden")."""
        doc = self.doc
        if doc is None or hi - lo < 2:
            return None
        last, given, before = doc.tokens[hi], doc.tokens[hi - 1], doc.tokens[hi - 2]
        if not all(t.pos == "PROPN" and t.text[:1].isupper() for t in (last, given)):
            return None
        if before.pos in {"ADP", "DET", "CCONJ", "PUNCT", "PART"}:
            return None
        named = self._named_at(last.span)
        if named is not None:
            return named
        found = [
            a for a in self.registry.match_name(f"{given.text} {last.text}") if a.type == "person"
        ]
        return self._ensure(found[0]) if len(found) == 1 else None

    def _officials_body(self, lo: int, head: int) -> str | None:
        """The body that unnamed officials speak for, named before the head noun: a country
        (its government), a government or an organisation ("Pentagon officials")."""
        doc = self.doc
        if doc is None:
            return None
        for i in range(lo, head):
            t = doc.tokens[i]
            work = self.works.get(self._entity_at(t.span) or "")
            if work is not None and work.kind not in {"person", "unknown"}:
                if work.kind != "country":
                    return work.key
                government = self._government(work.actor.country if work.actor else None)
                if government is not None:
                    return government
            token = self.registry.country_token(t.text)
            government = self._government(token[1:].upper() if token else None)
            if government is not None:
                return government
            body = self.registry.match_metonym(t.text)
            if body is not None:
                return self._ensure(body)
        return None

    def _government(self, country: str | None) -> str | None:
        """The key of the government of ``country`` (ISO 3166 alpha-3), when the registry
        has exactly one."""
        if country is None:
            return None
        found = [a for a in self.registry if a.type == "government" and a.country == country]
        return self._ensure(found[0]) if len(found) == 1 else None

    def _headline_subject(self) -> str | None:
        """The first person heard of as a subject in the sentences after a headline."""
        for seen in self.history:
            if 1 <= seen.sent <= 3 and seen.subject and self.works[seen.key].kind == "person":
                return seen.key
        return None

    def _speaker_by_text(self, speaker: Mention) -> str | None:
        """A speaker no entity covers: a name, a metonym or a title the registry knows."""
        text = speaker.text
        metonym = self.registry.match_metonym(text)
        if metonym is not None:
            return self._ensure(metonym)
        names = self.registry.match_name(text)
        if len(names) == 1:
            return self._ensure(names[0])
        return self._by_article_role(text, speaker.span.start) or self._by_registry_title(text)

    def _entity(self, work: _Work) -> Entity:
        actor = work.actor
        return Entity(
            id=work.key,
            name=work.name,
            kind=work.kind,
            mentions=tuple(sorted(set(work.mentions))),
            roles=tuple(work.roles),
            actor_id=actor.id if actor is not None else None,
            code=actor.code if actor is not None else None,
            resolution=work.resolution,
        )
