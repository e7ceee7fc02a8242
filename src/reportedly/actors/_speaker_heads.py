"""Speaker phrases to the entity their head word names: past a relative "who", an apposition,
a possessor or "one of"; a joint subject to no one; a description left for later."""

from __future__ import annotations

from reportedly.actors._doc import SUBJECT_DEPS
from reportedly.actors._speaker_phrases import _SpeakerPhrases
from reportedly.actors._state import _LATTER, _clean
from reportedly.actors._titled import is_demonym
from reportedly.model import Span

_APPOSITION_CLIMB = 4  # steps up from a "who" clause's noun to the name an apposition describes


class _SpeakerHeads(_SpeakerPhrases):
    """Points each statement's speaker at the entity its phrase is headed by."""

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
            if token.pos in {"VERB", "AUX"}:
                # "the Ukrainian President’s Office, Ukrinform reports": a clause glued onto
                # the phrase; the one noun before it whose head lies outside heads the speaker
                nouns = self._outer_nouns_before(head, span)
                if len(nouns) == 1:
                    head, token = nouns[0], doc.tokens[nouns[0]]
            if token.dep == "npadvmod" and token.pos == "NOUN":
                # "a report released by the Brookings Institution last year": a time the
                # parser hung on the verb, not the phrase's head
                nouns = self._outer_nouns_before(head, span)
                if nouns:
                    head, token = nouns[0], doc.tokens[nouns[0]]
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
                    nouns = self._outer_nouns_before(head, span)
                    if not nouns:
                        continue
                    head, token = nouns[0], doc.tokens[nouns[0]]
            owned = self._owned_after_possessor(head, span)
            if owned is not None:
                head, token = owned, doc.tokens[owned]  # "Moskalyov’s daughter Masha": Masha
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
                and len(token.text) > 1  # "Q: Did …?": an interview's label, no one's name
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

    def _outer_nouns_before(self, head: int, span: Span) -> list[int]:
        """The nouns of ``span`` before ``head`` whose own head lies outside it: the phrase's
        opening noun, where the parser hung a verb or a relative on the phrase."""
        doc = self.doc
        if doc is None:
            return []
        inside = doc.tokens_in(span)
        return [
            i
            for i in inside
            if i < head
            and doc.tokens[i].pos in {"NOUN", "PROPN"}
            and doc.tokens[i].head not in inside
        ]

    def _owned_after_possessor(self, head: int, span: Span) -> int | None:
        """Where the parser made a possessor the phrase's head ("Moskalyov’s then 12-year-old
        daughter Masha", "’s" as a mere case mark and the rest apposed to it): the last of
        the appositions after it, the one possessed; None when the head owns nothing."""
        doc = self.doc
        if doc is None or head + 1 >= len(doc.tokens):
            return None
        mark = doc.tokens[head + 1]
        if mark.tag != "POS" or not span.contains(mark.span):
            return None
        owned = None
        at = head
        while True:
            apposed = [
                c
                for c in doc.children[at]
                if c > at and doc.tokens[c].dep == "appos" and span.contains(doc.tokens[c].span)
            ]
            if not apposed:
                return owned
            owned = at = apposed[0]

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
