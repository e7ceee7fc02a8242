"""Unnamed sources to the bodies they speak for: "US officials", "a defense official"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from reportedly.actors._body_words import headed_by_another
from reportedly.actors._pronouns import _PronounResolver
from reportedly.actors._state import _Work
from reportedly.actors.folding import fold
from reportedly.model import Span, Token

# sentences a definite description looks back for its antecedent ("The scholar explained"
# after quotes of him: more than a pronoun, which is seldom far from its antecedent)
_DESCRIBED_LOOKBACK = 6
_NOT_BODIES = frozenset({"person", "country", "unknown"})  # kinds that are no one's employer


class _BodyResolver(_PronounResolver):
    """Finds the body that unnamed officials or sources speak for."""

    def _tokens_back(self, head: int) -> Iterator[tuple[int, Any]]:
        """The tokens before ``head``, nearest first, back to a few sentences before it."""
        doc = self.doc
        if doc is None:
            return
        sent = doc.tokens[head].sent
        for k in range(head - 1, -1, -1):
            t = doc.tokens[k]
            if t.sent < sent - _DESCRIBED_LOOKBACK:
                return
            yield k, t

    def _group_subject(self, span: Span) -> str | None:
        """The body whose people are the plural subject before ``span`` in its sentence, for a
        "they" that goes back to them: "Rescuers from Ukraine's State Emergencies Service
        often arrive first, and they also say …" is the service."""
        doc = self.doc
        inside = doc.tokens_in(span) if doc is not None else range(0)
        if doc is None or not inside:
            return None
        k = self._subject_in_sentence_before(inside[0])
        if k is None or doc.tokens[k].tag != "NNS":
            return None  # the nearest subject is no group of people
        for c in doc.children[k]:
            if doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() in {"of", "from"}:
                for o in doc.children[c]:
                    lo, hi = doc.subtree(o)
                    for i in range(hi, lo - 1, -1):  # "Ukraine's State Emergencies Service"
                        owner = self._entity_at(doc.tokens[i].span)
                        if owner is not None and self.works[owner].kind not in _NOT_BODIES:
                            return owner
        return None

    def _subject_in_sentence_before(self, first: int, *, unquoted: bool = False) -> int | None:
        """The nearest subject token before token ``first`` in its sentence, if any; with
        ``unquoted``, none inside quoted words ('"Congress has failed to act," it read')."""
        doc = self.doc
        if doc is None:
            return None
        sent = doc.tokens[first].sent
        for k in range(first - 1, -1, -1):
            t = doc.tokens[k]
            if t.sent != sent:
                return None
            if t.dep in {"nsubj", "nsubjpass"} and not (unquoted and self._in_quote(t.span)):
                return k
        return None

    def _countries_in(self, lo: int, hi: int) -> set[str]:
        """The countries tokens ``lo``..``hi`` name, a region's word left out ("Latin
        America" is no America)."""
        doc = self.doc
        if doc is None:
            return set()
        found = set()
        for i in range(lo, hi + 1):
            before = fold(doc.tokens[i - 1].text) if i > 0 else ""
            if f"{before} {fold(doc.tokens[i].text)}" in self.data.regions:
                continue
            token = self.registry.country_token(doc.tokens[i].text)
            if token:
                found.add(token[1:].upper())
        return found

    def _unknown_country_named(self, lo: int, hi: int) -> bool:
        """Whether tokens ``lo``..``hi`` name a place or people the registry knows no country
        or seat of ("the Peruvian government", "Colombia's government")."""
        doc = self.doc
        if doc is None:
            return False
        return any(
            t.ent_type in {"GPE", "NORP"}
            and self.registry.country_token(t.text) is None
            and self.registry.match_metonym(t.text) is None
            for t in doc.tokens[lo : hi + 1]
        )

    def _seat_government(self, lo: int, hi: int) -> str | None:
        """The government whose seat tokens ``lo``..``hi`` name, the one alone ("the Kyiv
        government"), as a speaker "Kyiv" is read."""
        doc = self.doc
        if doc is None:
            return None
        seats = {self.registry.match_metonym(t.text) for t in doc.tokens[lo : hi + 1]}
        governments = [a for a in seats if a is not None and a.type == "government"]
        return self._ensure(governments[0]) if len(governments) == 1 else None

    def _seat_countries(self, lo: int, hi: int) -> set[str]:
        """The countries of the seats of power tokens ``lo``..``hi`` name ("the Kremlin
        dictator", "the White House leader"): a registry metonym the tagger did not take for
        a place, so a city a description names ("our Moscow correspondent") says no country."""
        doc = self.doc
        if doc is None:
            return set()
        places = (
            [m.span for m in self.analysis.annotation.entities if m.label in {"GPE", "LOC"}]
            if self.analysis.annotation
            else []
        )
        found = set()
        for i in range(lo, hi + 1):
            # a seat of one to three words ("the Kremlin", "the White House")
            for j in range(i, min(i + 3, hi + 1)):
                run = doc.span(i, j)
                if doc.tokens[j].pos != "PROPN" or any(p.overlaps(run) for p in places):
                    break
                written = run.text(self.text)
                body = self.registry.match_metonym(written) or self.registry.match_metonym(
                    f"the {written}"
                )
                if body is not None and body.type != "person" and body.country:
                    found.add(body.country)
        return found

    def _subject_country(self, span: Span) -> str | None:
        """The country (ISO code) that is the subject just before ``span`` (as for "it"), or
        whose government is: the country a bare "the government" there is of."""
        doc = self.doc
        i = self._noun_subject_before(span) if doc is not None else None
        if doc is None or i is None:
            return None
        key = self._entity_at(doc.tokens[i].span)
        work = self.works.get(key or "")
        if work is None or work.actor is None or work.kind not in {"country", "government"}:
            return None
        return work.actor.country

    def _noun_subject_before(self, span: Span) -> int | None:
        """The noun that is the nearest subject before ``span`` in its sentence (outside
        quoted words, for a span outside them), else the main subject of the sentence
        before; None when that subject is a pronoun."""
        doc = self.doc
        inside = doc.tokens_in(span) if doc is not None else range(0)
        if doc is None or not inside:
            return None
        first = inside[0]
        sent = doc.tokens[first].sent
        # outside quotes, a quote's words name no antecedent, as in the pronoun walk
        found = self._subject_in_sentence_before(first, unquoted=not self._in_quote(span))
        if found is None:
            for k in range(first - 1, -1, -1):
                t = doc.tokens[k]
                if t.sent < sent - 1:
                    break
                main = doc.tokens[t.head].dep == "ROOT"
                if t.sent == sent - 1 and t.dep in {"nsubj", "nsubjpass"} and main:
                    found = k
        if found is None:
            return None
        return found if doc.tokens[found].pos in {"NOUN", "PROPN"} else None

    def _bare_executive(self, lemma: str, children: list[Token]) -> bool:
        """Whether a description is "the administration" or "the US administration": a
        country's executive, like "the government"; not "the regional administration"."""
        return lemma in self.data.executive_nouns and all(
            c.dep in {"det", "poss", "case", "punct"} or self.registry.country_token(c.text)
            for c in children
        )

    def _named_executive(self, head: int) -> str | None:
        """The government of the last executive named with its owner before token ``head``
        ("the US administration", "the Biden administration"): what a bare "the
        administration" after it is."""
        doc = self.doc
        if doc is None:
            return None
        for i in range(head - 1, -1, -1):
            token = doc.tokens[i]
            if token.lemma_or_word in self.data.executive_nouns:
                owned = self._executive_of_owner(i)
                if owned is not None:
                    return owned
        return None

    def _executive_of_owner(self, i: int, owners: Sequence[int] | None = None) -> str | None:
        """The government of executive noun ``i``'s owner written with it ("the US
        administration", "the Biden administration"); None when it names none. ``owners``:
        the tokens that own it, where the parser hung them elsewhere (its children else)."""
        doc = self.doc
        if doc is None:
            return None
        for k in doc.children[i] if owners is None else owners:
            owner = doc.tokens[k]
            if owner.dep not in {"compound", "amod", "poss", "nmod"}:
                continue
            country = self.registry.country_token(owner.text)
            if country:
                return self._government(country[1:].upper())
            key = self._entity_at(owner.span)
            work = self.works.get(key or "")
            body = self.office_body(work.actor) if work and work.kind == "person" else None
            if body is not None:
                return self._ensure(body)
        return None

    def _may_be_business(self, work: _Work) -> bool:
        """Whether a body may be what "the company" refers to: no government, army or
        international body, nor a body named as public ("Ministry of Defence")."""
        if work.actor is not None and work.actor.type != "organisation":
            return False
        words = {w for n in [work.name, *work.names] for w in fold(n).split()}
        return not words & self.data.public_body_nouns

    def _other_kind_of_body(self, noun: str, work: _Work) -> bool:
        """Whether ``work`` is named as a public body of another kind than ``noun`` says
        ("the agency" after the Ministry of Foreign Affairs): not what that noun refers to."""
        names = [work.name, *work.names, *(work.actor.names if work.actor else ())]
        kinds = self.data.body_noun_kinds
        return headed_by_another(noun, names, self.data.public_body_nouns, kinds)

    def _seat_of_country(self, head: int) -> str | None:
        """The body a seat of power written with its country's adjective stands for ("the
        German chancellery": the Government of Germany, as "the Chancellery" is): the registry
        metonym the words after the country are, when its body is of that country."""
        doc = self.doc
        if doc is None:
            return None
        lo = doc.subtree(head)[0]
        at = [i for i in range(lo, head) if self.registry.country_token(doc.tokens[i].text)]
        if len(at) != 1 or any(doc.tokens[i].dep != "det" for i in range(lo, at[0])):
            return None
        token = self.registry.country_token(doc.tokens[at[0]].text) or ""
        written = doc.span(at[0] + 1, head).text(self.text)
        body = self.registry.match_metonym(written) or self.registry.match_metonym(f"the {written}")
        if body is None or body.type == "person" or body.country != token[1:].upper():
            return None
        return self._ensure(body)

    def _government(self, country: str | None) -> str | None:
        """The key of the government of ``country`` (ISO 3166 alpha-3), when the registry
        has exactly one."""
        if country is None:
            return None
        found = [a for a in self.registry if a.type == "government" and a.country == country]
        return self._ensure(found[0]) if len(found) == 1 else None

    def _subject_body(self, span: Span) -> str | None:
        """The body (a country: its government) that is the subject just before ``span``, as
        "it" would find it; never an outlet, whose sources are not the outlet speaking."""
        at = self._body_antecedent(span)
        key = self._entity_at(at) if at is not None else None
        work = self.works.get(key or "")
        if work is None or work.kind == "media":
            return None
        if work.kind == "country":
            return self._government(work.actor.country if work.actor else None)
        return work.key

    def _body_antecedent(self, span: Span) -> Span | None:
        """Where "it" as a speaker is named: the body or country that is the subject
        nearest before it in its sentence ("Downing Street agreed …, it said"), else the
        main subject of the sentence before ("Britain is coming to Ukraine's aid. It's
        threatening sanctions"); quoted words name no antecedent."""
        doc = self.doc
        if doc is None:
            return None
        sent = doc.sentence_of(span)
        prior = [
            h
            for h in self._heard_before(span)
            if sent - 1 <= h.sent <= sent
            and self.works[h.key].kind not in _NOT_BODIES - {"country"}
        ]
        same = [h for h in prior if h.sent == sent and h.subject]
        topics = [h for h in same if not doc.is_infinitive_subject(h.span)]
        if topics:
            return topics[-1].span
        if same:
            # only bodies acted on ("get Hamas to release …"): the subject is unnamed
            return None
        before = [h for h in prior if h.sent == sent - 1 and h.main]
        if not before:
            # the parser lost the subject of "Britain - like other western powers - is …":
            # a name opening the sentence before is its topic
            before = [
                h
                for h in prior
                if h.sent == sent - 1 and not h.modifier and self._opens_sentence(h.span)
            ]
        return before[0].span if before else None

    def _opens_sentence(self, span: Span) -> bool:
        """Whether ``span`` starts at the first word of its sentence."""
        doc = self.doc
        inside = doc.tokens_in(span) if doc is not None else range(0)
        if doc is None or not inside:
            return False
        i = inside[0]
        opens = i == 0 or doc.tokens[i - 1].sent != doc.tokens[i].sent
        opens = opens or doc.tokens[i - 1].pos == "SPACE"
        head = doc.head_of(span)
        # the sentence's topic, not a possessor ("Germany's … chancellor, Olaf Scholz, …")
        if not opens or head is None or doc.tokens[head].dep in {"poss", "compound", "amod"}:
            return False
        # a sentence with a verb of its own, not a list the splitter cut off ("Estonia,
        # Latvia and Lithuania.")
        sent = doc.tokens[i].sent
        return any(
            t.sent == sent and t.dep == "ROOT" and t.pos in {"VERB", "AUX"} for t in doc.tokens
        )

    def _people_of(self, token: Token, children: list[Token]) -> str | None:
        """The country whose people a plural demonym with only "the" names ("the Germans",
        "the Ukrainians"), as the country speaks through them; else nobody."""
        if token.tag not in {"NNS", "NNPS"} or not self._definite(children) or len(children) > 1:
            return None
        word = token.text[:-1] if token.text.endswith("s") else token.text
        code = self.registry.country_token(word)
        found = self.registry.country(code[1:].upper()) if code else None
        return self._ensure(found) if found is not None else None

    def _members_of(self, lemma: str, span: Span) -> str | None:
        """The body named last before ``span`` whose name has the word its members are named
        by: "senators" of the Senate, "congressmen" of Congress, "councillors" of a council."""
        last: tuple[int, str] | None = None
        for w in self.works.values():
            if w.kind in _NOT_BODIES or not any(
                _member_word(x, lemma) for n in [w.name, *w.names] for x in fold(n).split()
            ):
                continue
            before = [m.start for m in w.mentions if m.end <= span.start]
            if before and (last is None or max(before) > last[0]):
                last = (max(before), w.key)
        return last[1] if last else None

    def _national_members(self, children: list[Token], lemma: str, span: Span) -> bool:
        """Whether members named by their country's adjective alone ("Polish senators") are
        those of the body named before whose name holds that country ("Senate of Poland")."""
        if len(children) != 1 or children[0].dep != "amod":
            return False
        code = self.registry.country_token(children[0].text)
        country = self.registry.country(code[1:].upper()) if code else None
        body = self._members_of(lemma, span) if country is not None else None
        return (
            country is not None
            and body is not None
            and fold(country.name) in fold(self.works[body].name)
        )

    @staticmethod
    def _definite(children: list[Token]) -> bool:
        return any(c.dep == "det" and c.text.lower() == "the" for c in children)

    def _named_in(self, lo: int, hi: int) -> bool:
        """Whether tokens ``lo``..``hi`` hold a proper name other than a country's."""
        doc = self.doc
        return doc is not None and any(
            doc.tokens[i].pos == "PROPN" and self.registry.country_token(doc.tokens[i].text) is None
            for i in range(lo, hi + 1)
        )


def _member_word(word: str, member: str) -> bool:
    """Whether ``member`` names a member of a body named by ``word`` ("senator" of "senate",
    "congressman" of "congress", "parliamentarian" of "parliament")."""
    if len(word) < 6 or member == word or member == "officer":  # officers serve no "office"
        return False
    pairs = zip(word, member, strict=False)
    common = next((i for i, (a, b) in enumerate(pairs) if a != b), len(word))
    return common >= len(word) - 1
