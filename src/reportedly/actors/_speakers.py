"""Statement speakers to entities: untagged surnames, titles the walk resolved, names by text;
output records (phrase heads: :mod:`._speaker_heads`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from reportedly.actors._doc import SUBJECT_DEPS
from reportedly.actors._reports import _quoted_in
from reportedly.actors._speaker_checks import _SpeakerChecks
from reportedly.actors._state import _clean, _Work
from reportedly.actors._titles import named_by
from reportedly.actors.folding import fold
from reportedly.attribution.speakers import surname
from reportedly.model import Entity, Mention, Resolution, Span, Statement

_WORDS = re.compile(r"[^\W\d_]+")


class _SpeakerResolver(_SpeakerChecks):
    """Assigns each statement's speaker an entity and builds the stage's output records."""

    def _statement(self, s: Statement, key: str | None, done: Mapping[str, Statement]) -> Statement:
        if s.id in self.joint:
            if s.reported_by is None:
                self.previous_speaker = None  # several spoke since: no one body goes on
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
            if pronoun and s.speaker.span in self.broken_runs:
                # "Daczić noted … The advice of Basta warned … He added": Basta, who spoke last
                key = self._person_just_before(s, done)
            if pronoun and key is not None and self._other_gender(key, s.speaker.text):
                key = None  # "Paradis agrees. She said": attribution's guess was Jim Bennett
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
                described = self._describe(s.speaker.span, self.descriptions[s.id])
                key = described or self._guess_kept(s.speaker.span, self.descriptions[s.id], key)
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
            elif self.works[key].kind == "person" and self._many_people(s.speaker.span, key):
                key = None  # "police said" is not the detective named before
            elif self._place_refutes(key, s.speaker.span):
                key = None  # "the Vermont senator" is not Clinton, the most salient senator
            elif word in self.data.plural and self._listed_before(key, s.speaker.span):
                key = None  # "The nine – Bulgaria, Estonia, … – joined. They urged": all nine
        if key is None or key not in self.works or self.works[key].kind == "unknown":
            if s.reported_by is None and s.speaker is not None:
                # someone the text writes spoke since ("Trump and his attorneys have said …
                # the order released Friday said"): no body's document goes on from before
                self.previous_speaker = None
            resolution: Resolution = "unresolved"
            return dataclasses.replace(
                s, speaker_entity=None, speaker_actor=None, speaker_resolution=resolution
            )
        if s.reported_by is None:
            self.previous_speaker = key
            self.previous_at = s.speaker.span if s.speaker is not None else s.cue
        work = self.works[key]
        if s.speaker is not None and not any(m.overlaps(s.speaker.span) for m in work.mentions):
            work.mentions.append(s.speaker.span)
        return dataclasses.replace(
            s,
            speaker_entity=key,
            speaker_actor=work.actor.id if work.actor is not None else None,
            speaker_resolution="registry" if work.actor is not None else "article",
        )

    def _person_just_before(self, s: Statement, done: Mapping[str, Statement]) -> str | None:
        """The person who spoke the top-level statement just before ``s``'s speaker, in its
        sentence or the one before; None when that speaker is unresolved or no person."""
        doc = self.doc
        if doc is None or s.speaker is None:
            return None
        before = [
            d
            for d in done.values()
            if d.reported_by is None
            and d.speaker is not None
            and d.speaker.span.end <= s.speaker.span.start
        ]
        if not before:
            return None
        last = max(before, key=lambda d: d.speaker.span.start if d.speaker else -1)
        key = last.speaker_entity
        if last.speaker is None or key not in self.works or self.works[key].kind != "person":
            return None
        if doc.sentence_of(s.speaker.span) - doc.sentence_of(last.speaker.span) > 1:
            return None
        return key

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
        also one it took for a plural noun ("Sarts points out", NNS) or a verb ("Trump
        himself was delighted", VB) where it is a subject and the article never writes the word
        in lower case."""
        doc = self.doc
        if doc is None:
            return
        lower = {w for w in _WORDS.findall(self.text) if w.islower()}
        owners: dict[str, list[str]] = {}
        for work in self.works.values():
            words = fold(work.name).split()
            if work.kind == "person" and len(words) > 1:
                owners.setdefault(fold(surname(work.name)), []).append(work.key)
        covered = [m for w in self.works.values() for m in w.mentions]
        annotation = self.analysis.annotation
        if annotation is not None:
            covered += [m.span for m in annotation.entities]
        for t in doc.tokens:
            if not t.text[:1].isupper():
                continue
            if t.pos != "PROPN" and not (
                t.pos in {"NOUN", "VERB"}  # "Trump himself was delighted": "Trump" as VB
                and t.dep in SUBJECT_DEPS
                and t.text.lower() not in lower
            ):
                continue
            keys = owners.get(fold(t.text), [])
            if len(keys) == 1 and not any(m.overlaps(t.span) for m in covered):
                self.works[keys[0]].mentions.append(t.span)

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

    def _guess_kept(self, span: Span, head: int, key: str | None) -> str | None:
        """Attribution's guess at a description no rule resolved: kept for a person's
        description unless it is the subject of the clause reported, but for a body's or a
        document's only where the phrase names it ("Mr. Rubio's campaign" is not the
        Republican Party attribution found nearby)."""
        doc = self.doc
        if doc is None or key is None or key not in self.works:
            return key
        lemma = doc.tokens[head].lemma_or_word
        if lemma not in self.data.organisation_nouns | self.data.document_nouns:
            # "But Trump has one thing in common …, the columnist suggested": not Trump
            return None if key in self._reported_subjects(span) else key
        return key if any(span.contains(m) for m in self.works[key].mentions) else None
