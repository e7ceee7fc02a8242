"""Statement speakers to entities: phrase heads, untagged names, descriptions; output records."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from reportedly.actors._doc import SUBJECT_DEPS
from reportedly.actors._reports import _quoted_in
from reportedly.actors._speaker_phrases import _SpeakerPhrases
from reportedly.actors._state import _LATTER, _clean, _Work
from reportedly.actors._titled import is_demonym
from reportedly.actors._titles import named_by
from reportedly.actors.folding import fold
from reportedly.model import Entity, Mention, Resolution, Span, Statement

_WORDS = re.compile(r"[^\W\d_]+")
_APPOSITION_CLIMB = 4  # steps up from a "who" clause's noun to the name an apposition describes


class _SpeakerResolver(_SpeakerPhrases):
    """Assigns each statement's speaker an entity and builds the stage's output records."""

    def _statement(self, s: Statement, key: str | None, done: Mapping[str, Statement]) -> Statement:
        if s.id in self.joint:
            return dataclasses.replace(
                s, speaker_entity=None, speaker_actor=None, speaker_resolution="unresolved"
            )
        given = key  # attribution's guess
        if s.speaker is not None:
            at = (s.speaker.span.start, s.speaker.span.end)
            walked = self.resolved_at.get(at) or self._walked_within(s.speaker.span)
            pronoun = self.data.pronoun_gender(s.speaker.text.strip()) is not None
            if walked is not None and (key is None or pronoun):
                key = walked  # the walk knows genders, quotes and runs of quotes
            elif pronoun and s.speaker.span in self.ambiguous | self.self_named:
                # "Stoltenberg and Johnson confirmed … He added": either man; "- … Zelensky
                # and Putin … - he emphasized": not Putin, and no one else the text offers
                key = None
            outer = done.get(s.reported_by) if s.reported_by is not None else None
            first = self.data.first_singular | self.data.first_plural
            word = s.speaker.text.strip().lower()
            if outer is not None and self._ours(s.speaker.span):
                # "Our analysts say" in a president's words: his government's, not him
                key = self._body_speaking(outer.speaker_entity)
            elif key is None and outer is not None and word in first:
                key = outer.speaker_entity  # "I"/"we" inside someone's words: that someone
            elif key is None and outer is None and word in self.data.first_plural:
                key = self._we_named(s.speaker.span)  # a joint statement's "we"
            elif (
                pronoun
                and outer is not None
                and key is not None
                and key == outer.speaker_entity
                and (_quoted_in(s.speaker.span, outer) or self._same_sentence(s, outer))
                and (outer.speaker is None or outer.speaker.span != s.speaker.span)
            ):
                # "he" inside Biden's words is someone else than Biden (but a statement of
                # the sentence after Biden's may be his own: "He added that …"), and "he said
                # he agreed" is one man unless another was named just before
                gender = self.data.pronoun_gender(s.speaker.text.strip())
                if self._same_subject_chain(s, outer, key):
                    pass  # "X said he would never … because he believes …": X throughout
                elif self._says_of_self(s, outer):
                    key = self._antecedent(s.speaker.span, gender, {key}, lookback=1) or key
                else:
                    other = self._antecedent(s.speaker.span, gender, {key})
                    if other is None or not self._relative_elsewhere(s, outer, other):
                        key = other
            # "China and Belarus would … , the statement said. They also pledged": all of them
            joint = word == "they" and self._joint_subject_before(s.speaker.span)
            if joint:
                key = None
            elif word == "it" and s.reported_by is None:
                key = self._named_it(s.speaker.span, done) or self._chained(s, done) or key
            elif word == "its":
                # "China, for all its claims that …": the possessor is found as "it" is
                key = self._named_it(s.speaker.span, done) or key
            elif word == "they" and s.reported_by is None and not joint:
                key = self._named_it(s.speaker.span, done) or self._chained(s, done)
                key = key or self._group_subject(s.speaker.span)
            if (
                word in {"it", "they"}
                and outer is not None
                and outer.speaker is not None
                and outer.speaker.text.strip().lower() == word
                and self._says_of_self(s, outer)
            ):
                key = outer.speaker_entity  # "It said it hoped": the one body throughout
            elif (
                not joint and word in {"it", "they"} and (s.reported_by is not None or key == given)
            ):
                # no rule above found the body: the subject just before decides, if a noun
                decided, noun = self._subject_noun(s.speaker.span, word)
                key = noun if decided else key
                if (
                    not decided
                    and word == "they"
                    and key == given
                    and self._in_quote(s.speaker.span)
                ):
                    # '"They reined him in," he said': whom a quote's "they" means, its words
                    # say; attribution's guess is a body named outside them
                    key = None
            if s.id in self.descriptions and (key is None or key != walked):
                # what the description says before attribution's guess at it
                key = self._describe(s.speaker.span, self.descriptions[s.id]) or key
                key = key or self._proceeding_opener(s.speaker.span, done)  # "The case accuses"
                if key is None and not self._names_inside(s.speaker.span):
                    # "the Ukrainian truth": a name the registry knows, in words (never the
                    # president of "a spokesman for the president, Vladimir Putin")
                    found = named_by(self.registry, _clean(s.speaker.text))
                    key = self._ensure(found[0]) if len(found) == 1 else None
            elif key is None and not joint:
                key = self._speaker_by_text(s.speaker)
        if s.speaker is None and key is None:
            key = self._frame_document(s)  # "In the message of X …, it was stated"
        if s.speaker is not None and key in self.works:
            self._person_by_apposition(key, s.speaker.span)
            if s.speaker.span in self.unnamed_said:
                pass  # an unnamed official's "He added": the body they speak for, as before
            elif not self._kind_agrees(s.speaker.text, self.works[key].kind):
                key = None  # "he" is a person and "it" never one, whatever the walk found
            elif word in self.data.plural and self._listed_before(key, s.speaker.span):
                key = None  # "The nine – Bulgaria, Estonia, … – joined. They urged": all nine
        if key is None or key not in self.works or self.works[key].kind == "unknown":
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

    def _walked_within(self, span: Span) -> str | None:
        """Who the walk found a title phrase inside ``span`` headed by the same word to be:
        "spokesman for the Ministry of Foreign Affairs of Ukraine" in "- - -The spokesman
        for …", where the parser left "The" outside the phrase."""
        doc = self.doc
        head = doc.head_of(span) if doc is not None else None
        if doc is None or head is None:
            return None
        found = [
            (b - a, key)
            for (a, b), key in self.resolved_at.items()
            if span.start <= a
            and b <= span.end
            and (a, b) != (span.start, span.end)
            and doc.tokens[head].start >= a
            and doc.tokens[head].end <= b
        ]
        return max(found)[1] if found else None

    def _sweep_surnames(self) -> None:
        """Surnames the language model did not tag, joined to the one full name they end;
        also one it took for a plural noun ("Sarts points out", NNS) where it is a subject and
        the article never writes the word in lower case."""
        doc = self.doc
        if doc is None:
            return
        lower = {w for w in _WORDS.findall(self.text) if w.islower()}
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
            if not t.text[:1].isupper():
                continue
            if t.pos != "PROPN" and not (
                t.pos == "NOUN" and t.dep in SUBJECT_DEPS and t.text.lower() not in lower
            ):
                continue
            keys = owners.get(fold(t.text), [])
            if len(keys) == 1 and not any(m.overlaps(t.span) for m in covered):
                self.works[keys[0]].mentions.append(t.span)

    def _apposed_antecedent(self, i: int) -> int | None:
        """The person's name a "who" clause hung on a noun of an apposition describes:
        "Donald Trump, the leading contender for the Republican nomination, who has said":
        up from "nomination" through "for" and the apposition to Trump."""
        doc = self.doc
        if doc is None or self._named_at(doc.tokens[i].span) is not None:
            return None
        apposed = False
        for _ in range(_APPOSITION_CLIMB):
            t = doc.tokens[i]
            if t.dep == "pobj" and doc.tokens[t.head].dep == "prep":
                i = doc.tokens[t.head].head
            elif t.dep == "appos":
                i, apposed = t.head, True
            else:
                return None
            if apposed and self._named_at(doc.tokens[i].span) is not None:
                return i
        return None

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
            if token.pos == "ADP":
                # "Marek Suski in an interview with Radio Plus": the subject the phrase holds
                inside = doc.tokens_in(span)
                subjects = [
                    i
                    for i in inside
                    if doc.tokens[i].dep in SUBJECT_DEPS and doc.tokens[i].head not in inside
                ]
                if len(subjects) == 1:
                    head, token = subjects[0], doc.tokens[subjects[0]]
            if token.dep == "det" and token.head != head and len(doc.tokens_in(span)) == 1:
                head, token = token.head, doc.tokens[token.head]  # "The" of "The US President"
            if token.tag in {"WP", "WDT"}:  # "Peskov, who said": the relative's antecedent
                verb = doc.tokens[token.head]
                if verb.dep == "relcl" and verb.head != verb.i:
                    head, token = verb.head, doc.tokens[verb.head]
                    up = doc.tokens[token.head]
                    title = doc.tokens[up.head]
                    held = title.lemma_or_word
                    if (
                        s.speaker.text.lower() == "who"
                        and token.dep == "pobj"
                        and up.text.lower() == "of"
                        and held in self.data.title_heads | self.data.person_nouns
                    ):
                        # "Karin Keller, Chair of the Nordic Council who spoke": "who" is a
                        # person, the title's holder, not the body its "of" names; "the
                        # prosecutor of the tribunal, who issued": a person no title names
                        if held not in self.data.title_heads:
                            speakers[s.id] = None
                            continue
                        head, token = title.i, title
                    if s.speaker.text.lower() == "who":
                        described = self._apposed_antecedent(head)
                        if described is not None:
                            head, token = described, doc.tokens[described]
                else:
                    # "…, President of the Commission who, on Day 3, spoke": the parser hung
                    # "who" on the main verb; the noun the phrase opens with heads it
                    inside = doc.tokens_in(span)
                    nouns = [
                        i
                        for i in inside
                        if i < head
                        and doc.tokens[i].pos in {"NOUN", "PROPN"}
                        and doc.tokens[i].head not in inside
                    ]
                    if not nouns:
                        continue
                    head, token = nouns[0], doc.tokens[nouns[0]]
            owner = self._whose_owner(head)
            if owner is not None:
                head, token = owner, doc.tokens[owner]  # "X, whose homepage reveals": X
            member = self._group_of_one(head, span)
            if member is not None:
                head, token = member, doc.tokens[member]  # "one of Australia's strategists"
            if token.pos == "PRON" or token.text.lower() in _LATTER:
                continue
            modified = self._modified_person(head, span)
            if modified is not None:
                speakers[s.id] = modified  # "by Ukrainian [President] Volodymyr Zelensky"
                continue
            if self._joint(head, span) or self._joint_people(head, span):
                speakers[s.id] = None  # "Stoltenberg and Johnson said": neither alone
                self.joint.add(s.id)
                continue
            opening = self._apposed_opening(span)
            if opening is not None:
                speakers[s.id] = opening  # "Kostin, Ukraine's chief prosecutor"
                continue
            named = self._work_at(token.span)
            lemma = token.lemma_or_word
            # a person named at the end of a body's phrase is its founder or owner, not it:
            # "the Foundation for the Fight of Corruption (FBK) of … Alexei Navalny"
            body_head = lemma in self.data.organisation_nouns
            if named is not None and self.works[named].actor is None:
                # "the UN Office [ORG] for the Coordination of Humanitarian Affairs": OCHA
                written = _clean(span.text(self.text))
                bodies = [a for a in self.registry.match_name(written) if a.type != "person"]
                if len(bodies) == 1:
                    speakers[s.id] = self._ensure(bodies[0])
                    continue
                person = None if body_head else self._registry_person_within(named, written)
                if person is not None:
                    speakers[s.id] = person
                    continue
            if not body_head and (named is None or self.works[named].kind != "person"):
                # "the Minister of Foreign Affairs [ORG] of this country Sergei Lavrov"
                inside = doc.tokens_in(span)
                person = self._trailing_name(inside[0], inside[-1]) if inside else None
                if person is not None and self.works[person].kind == "person":
                    speakers[s.id] = person
                    continue
            brand = self._lowercase_brand(token.text) if token.pos == "NOUN" else None
            if brand is not None and lemma not in self._description_heads:
                speakers[s.id] = brand  # "German news agency dpa": a name written in lower case
                continue
            described = lemma in self._description_heads or token.tag in {"NNS", "NNPS"}
            if (token.text.isupper() and len(token.text) > 3) or self._headline_noun(head):
                # a headline's "…, EXPERTS" or "Former Clinton Pollster Says": a common noun
                # in capitals, not a name
                low = token.text.lower()
                described = described or low in self._description_heads
                described = described or low.removesuffix("s") in self._description_heads
            if named is not None:
                speakers[s.id] = named
            elif (
                token.pos == "PROPN"
                and token.text[:1].isupper()
                and not described
                and not is_demonym(self.registry, token.text)
            ):
                speakers[s.id] = self._name_entity(head)
            elif (
                token.pos in {"NOUN", "PROPN"}
                or self._aged(head)
                or (described and token.dep in SUBJECT_DEPS)
            ):
                # (a description word the tagger took for an adjective: "the official cast
                # doubt", "official" as ADJ)
                given = speakers.get(s.id)
                if given in self.works and any(
                    span.contains(m) for m in self.works[given].mentions
                ):
                    speakers[s.id] = None  # a modifier ("the Vermont senator"), not the speaker
                self.descriptions[s.id] = head

    def _headline_noun(self, head: int) -> bool:
        """Whether token ``head`` is a capitalised noun a name modifies ("Clinton" of "Former
        Clinton Pollster Says …", "Zelensky Aide"): a headline's common noun, not a name."""
        doc = self.doc
        if doc is None or head == 0 or not doc.tokens[head].text[:1].isupper():
            return False
        before = doc.tokens[head - 1]
        return before.ent_type == "PERSON" and before.head == head and before.dep == "compound"

    def _lowercase_brand(self, word: str) -> str | None:
        """The one registry body a lower-case word is a name of as written ("dpa"), which the
        tagger read as a common noun."""
        if not word.islower():
            return None
        found = [a for a in self.registry.match_name(word) if a.type != "person"]
        found = [a for a in found if word in a.names]
        return self._ensure(found[0]) if len(found) == 1 else None

    def _speaker_by_text(self, speaker: Mention) -> str | None:
        """A speaker no entity covers: a name, a metonym or a title the registry knows."""
        text = speaker.text
        metonym = self.registry.match_metonym(text)
        if metonym is not None:
            return self._ensure(metonym)
        names = named_by(self.registry, text)
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
